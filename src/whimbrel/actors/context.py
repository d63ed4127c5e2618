"""Context countries: the state a sentence or a story is about, for actors whose phrase names none.

Two kinds of actor carry a role but no state in their own words:

* titled people the knowledge base does not know ("Lt. Gen. Prosper Avril", "Judge Alejandro
  Rivera"): the title gives the sector (GOV, MIL, JUD; ELI when former/ousted), and news copy names
  the person's state nearby. We take a state named in the same sentence when exactly one is
  salient there, else the story's dominant state, else none (the sector is kept);
* ethnic groups placed by context (groups.py: "ethnic Albanians", "Kurdish rebels"): the one state
  the sentence places events in (a locative phrase: "in Macedonia", "at Tetovo"), else the story's
  dominant state, else the group's home state.

Why "exactly one": a sentence naming two states ("Syria offered troops to Lebanon's president to
oust General Aoun") does not say whose the general is, so we leave it unknown rather than guess.
A state that is the object of a preposition of direction or opposition ("to Paris", "against
Iraq", "with Israel") is where the actor goes or whom it faces, not where it belongs, so it is not
salient.

Generic agents with no state ("the rebels", "protesters", "the union", "the government",
"officials", "police", unknown national bodies) take a state in two narrower ways:

* the sentence's one locative state, only for actors that are local by nature (rebels, religious
  and ideological groups, civilians, opposition, workers, students, police, gunmen, criminals,
  farmers: LOCAL_SECTORS): "Islamic fundamentalists attacked a village in Algeria". Officials,
  diplomats, troops and reporters are often foreign where they act ("officials met in Geneva");
* the story's one dominant state (why="story context"): the state of the story's resolved actors
  named at least twice when no other state is named twice. An international story (two salient
  states) gives none. Troops, refugees, aid groups, spies and reporters are left out
  (STORY_EXCLUDE): in a story about one country they are as often foreign;
* then the story's plurality state (named in the most sentences, no tie), except STORY_EXCLUDE;
* last, for the state's own officials only (SOLE_STATE_SECTORS, titled people too), the one state a
  story of two sentences or more names at all: a local story names its country once ("doctors
  across Kenya") and its officials by title only. Foreign ministers and envoys face out
  (OUTWARD_TITLES) and are never placed so;
* and after all of these, the state of the story's dateline ("MANILA (AP) -"), for the state's own
  officials and home institutions and for unlisted official bodies ("the Department of Foreign
  Affairs"): wire copy names the home state's bodies bare.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from .codesets import DOER_ACT_NOUNS, HOME_INSTITUTIONS, INDEFINITE_BODIES, LOCAL_BODIES, LOCAL_SECTORS, OUTWARD_TITLES
from .codesets import DIVIDED_HALVES, POLICE_OR_MILITARY, QUANTITY_NOUNS
from .codesets import REGIONAL_WORDS, SOLE_STATE_SECTORS, STATE_BODY_SECTORS, STORY_EXCLUDE, VENUE_NOUNS
from .codesets import LOCATIVE_PREPS as LOCATIVE
from .codesets import NOT_HOME_PREPS as NOT_HOME
from .codesets import NON_STATE_CODES as NON_STATE
from .shared_names import localise_shared_names, _shared_atom, _shared_name
from .story_counts import other_side, story_dominant, story_plurality, story_sole, with_prior
from .lexicon import CAPITAL, CITY, COUNTRY, DEMONYM, PRE, SEAT, get_lexicon
from .owners import its_owned, owner_state
from .places import plausible_alternate
from .titles import _sector_table

PLACE_KINDS = (COUNTRY, DEMONYM, CAPITAL, CITY, PRE, SEAT)  # a seat (Pentagon, Kremlin) names its state
PLACE_UNIT_KINDS = ("capital", "country", "city")  # a unit that is a place name, not a body or a person


def _prep_of(tok):
    """The preposition whose object ``tok`` is (climbing compound/appositive links), or None."""
    for _ in range(4):
        if tok.dep_ == "pobj":
            return tok.head
        if tok.dep_ in ("compound", "conj", "appos", "amod", "poss") and tok.head.i != tok.i:
            tok = tok.head
            continue
        return None
    return None


OBJECT_DEPS = {"dobj", "dative", "iobj"}


def _phrase_head(tok):
    """The head noun of the phrase a modifier token sits in ("Chinese" -> "government")."""
    for _ in range(4):
        if tok.dep_ in ("compound", "amod", "poss", "case", "nmod") and tok.head.i != tok.i:
            tok = tok.head
        else:
            break
    return tok


def _atom_token(sdoc, a):
    toks = sdoc[a.i : a.j]
    outside = [t for t in toks if not (a.i <= t.head.i < a.j) or t.head.i == t.i]
    return outside[-1] if outside else toks[-1]


def faced_states(x, u) -> set[str]:
    """States named as the object of a verb whose subject is ``u`` ("the minister accused Moscow",
    "... called the arrests a warning and accused Moscow")."""
    if x.sdoc is None:
        return set()
    out = set()
    for a in place_atoms(x):
        head = _phrase_head(_atom_token(x.sdoc, a))
        verb = head.head
        while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) and verb.head.i != verb.i:
            verb = verb.head
        if head.dep_ in OBJECT_DEPS and any(c.dep_ == "nsubj" and u.start <= c.i < u.end for c in verb.children):
            out.add(a.lex.code)
    return out


def place_atoms(x) -> list:
    """Atoms of one sentence that name a state or a place in one. Not a name many states' bodies
    bear ("the Senate", "Congress": code_sets.yaml shared_names), which the lexicons give to the US:
    a Kenyan story naming its Senate five times is no US story; nor the venue of talks ("the talks
    in Nairobi" between South Sudan's parties), which places neither a sentence nor a story."""
    found = getattr(x, "places", None)
    if found is None:  # once a sentence: every unit's context asks (sentence_states)
        found = [a for a in x.atoms if a.lex is not None and a.kind in PLACE_KINDS and a.lex.code
                 and not _shared_atom(a) and not (x.sdoc is not None and venue_of_talks(_atom_token(x.sdoc, a)))]
        if hasattr(x, "places"):
            x.places = found
    return found


def local_org_states(x, u) -> set[str]:
    """States of the sentence's named organisations other than ``u`` and the source's ("a Cairo
    hospital was raided by police": the hospital's state is where it happens)."""
    if x.sdoc is None:
        return set()
    return {c for v in x.units if v is not u and v.kind == "org" and not v.pair and not _speaker_phrase(x.sdoc[v.head])
            for c in v.codes if c and c not in NON_STATE}


def _speaker_phrase(tok) -> bool:
    """The token sits in the subject of a reporting verb ("Kenyan officials said")."""
    head = _phrase_head(tok)
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in _speech_verbs()


def _speech_verbs() -> frozenset:
    from ..events.lexicon import modality
    return frozenset(modality()["speech_verbs"])


EDGE_NOUNS = frozenset({"border", "frontier", "embassy", "consulate", "boundary"})


def venue_of_talks(tok) -> bool:
    """A state named as where talks are held ("the talks in Nairobi", "held talks in Damascus",
    "a hotel outside Nairobi", "the Nairobi talks"): the venue, not the parties' state
    (code_sets.yaml venue_nouns)."""
    head = _phrase_head(tok)
    if head is not tok and head.lemma_.lower() in VENUE_NOUNS:
        return True  # "the Nairobi talks", "the Nairobi hotel"
    prep = _prep_of(tok)
    if prep is None or prep.lower_ not in LOCATIVE:
        return False
    host = prep.head
    return host.lemma_.lower() in VENUE_NOUNS or host.lower_ in VENUE_NOUNS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in VENUE_NOUNS for c in host.children)


def _edge_of(tok) -> bool:
    """A state named only as the other side of a border or as an embassy's owner ("near the Thai
    border" in Myanmar, "outside the U.S. embassy" in Bogota, "the border with Rwanda"): not the
    state the sentence happens in."""
    head = tok.head if tok.dep_ in ("amod", "compound", "poss", "nmod") else None
    if head is None and tok.dep_ == "pobj" and tok.head.lower_ == "with":  # "the border with Rwanda"
        head = tok.head.head
    return head is not None and head.lemma_.lower() in EDGE_NOUNS


def sentence_states(x, u, locative: bool, speakers: bool = True) -> set[str]:
    """States named in the sentence outside the unit ``u``.

    locative=True: only those in a locative phrase (where things happen); otherwise every mention
    except the objects of prepositions of direction/opposition."""
    out = set()
    for a in place_atoms(x):
        if u.start <= a.i < u.end:
            continue
        if x.sdoc is not None:
            tok = _atom_token(x.sdoc, a)
            if _edge_of(tok):
                continue  # "near the Thai border", "outside the U.S. embassy": the neighbour's edge
            if a.kind == DEMONYM and tok.dep_ == "amod" and tok.head.lower_ in DOER_ACT_NOUNS:
                continue  # "killed in a Russian air strike": who struck, not where nor whose the dead
            if locative:
                prep = _prep_of(tok)
                if prep is None or prep.lower_ not in LOCATIVE:
                    continue
            else:
                first = tok
                while first.dep_ == "conj" and first.head.i != first.i:  # "from Peru and Bolivia"
                    first = first.head
                if first.dep_ == "pobj" and first.head.lower_ in NOT_HOME:
                    continue
                if _phrase_head(first).dep_ in OBJECT_DEPS:
                    continue  # "Senator X criticised the Chinese government": whom X faces
                if not speakers and _speaker_phrase(first):
                    continue  # "Rebels attacked a convoy, Kenyan officials said": the source's state
        elif locative:
            continue  # unparsed sentence: no phrase structure to trust
        out.add(a.lex.code)
    return out


GAZETTEER_LABELS = ("GPE", "LOC")
MIN_PLACE_POPULATION = 1000  # hamlets share names with towns the world over
DOMINANT_POPULATION = 10  # the biggest candidate must outnumber every other state's this many times


@lru_cache(maxsize=4096)
def gazetteer_state(name: str) -> str | None:
    """The state a place name the lexicon lacks belongs to ("Springfield", "Franklin County"),
    when the gazetteer leaves no doubt: every entry of that name lies in one state, or the biggest
    lies in a state whose places outnumber every other state's tenfold. Else None."""
    from ..gazetteer import get_gazetteer, normalise, us_county_names
    gaz = get_gazetteer()
    entries = [p for p, primary in gaz.lookup(name) if primary or plausible_alternate(p, name)]
    if not entries:
        key = normalise(name)
        return "USA" if (key[4:] if key.startswith("the ") else key) in us_county_names() else None
    states_and_provinces = [p for p in entries if p.resolution in (1, 2)]
    by_state: dict[str, int] = {}
    for place in states_and_provinces or entries:  # "Indiana" the state, not a Brazilian town
        if not place.country or place.resolution == 0:
            continue
        if place.resolution >= 4 and place.population < MIN_PLACE_POPULATION:
            continue
        by_state[place.country] = max(by_state.get(place.country, 0), place.population, 1)
    if not by_state:
        return None
    ranked = sorted(by_state.items(), key=lambda kv: kv[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] < DOMINANT_POPULATION * ranked[1][1]:
        return None
    code = gaz.iso3(ranked[0][0])
    return dict(get_lexicon().fold_items).get(code, code)  # PLOVER's codes: folded dependencies, KOS


def gazetteer_states(x) -> set[str]:
    """States of the sentence's place entities that no lexicon atom covers: a local story names its
    towns and counties, not its country, so these are what place its police and protesters."""
    if x.sdoc is None:
        return set()
    covered = {i for a in x.atoms for i in range(a.i, a.j)}
    out = set()
    for ent in x.sdoc.ents:
        if ent.label_ in GAZETTEER_LABELS and not any(t.i in covered for t in ent) and not venue_of_talks(ent.root):
            code = gazetteer_state(ent.text)
            if code and code not in NON_STATE:
                out.add(code)
    return out


def place_counts(sents) -> Counter:
    """How often each state's places are named in these sentences (story_state's evidence)."""
    return Counter(a.lex.code for x in sents for a in place_atoms(x))


def story_state(sents, prior=None) -> str | None:
    """The story's dominant state: the most mentioned, if named at least twice and more often
    than any other. ``prior``: a long document's StoryState (the chunks before these sentences)."""
    counts = with_prior(place_counts(sents), prior, "places")
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def _pan_national(x, u) -> bool:
    """The phrase holds a pan-national word ("Arab ministers"): no one state's context places it."""
    return any(a.lex is not None and a.lex.ethnic and not a.lex.context for a in x.atoms if u.start <= a.i < u.end)


def _venue_unit(x, u) -> bool:
    """A place mention that is the venue of talks ("the talks in Nairobi"): no vote for its state."""
    return u.kind in PLACE_UNIT_KINDS and x.sdoc is not None and venue_of_talks(x.sdoc[u.head])


def state_counts(sents) -> Counter:
    """Sentences naming each state (actor phrases, lexicon places, gazetteer places)."""
    counts = Counter()
    for x in sents:
        # a name many states' bodies bear ("the Senate") is not yet placed: it does not vote for the US
        # nor "the North" of a divided state (shared_places.half_atoms): the story named the state
        # already, and a story about the South that names the North in every line is still the South's
        named = {c for u in x.units if u.kind and not u.pair and not _shared_name(x, u) and not _venue_unit(x, u)
                 and not _half(x, u.head) for c in u.codes if c and c not in NON_STATE}
        named |= {a.lex.code for a in place_atoms(x) if a.lex.code not in NON_STATE and not _half(x, a.i, a.j)}
        named |= gazetteer_states(x)
        counts.update(named)
    return counts


def _half(x, i: int, j: int | None = None) -> bool:
    """Is token i (the span [i, j)) a bare half of a divided state ("the North")?"""
    return x.sdoc is not None and (j is None or j == i + 1) and x.sdoc[i].lower_ in DIVIDED_HALVES


def sole_ok(x, u) -> bool:
    """May an official take the story's only state? A local story names its country once ("across
    Kenya") and its officials by title only ("Health Minister X"); a foreign minister or an envoy
    faces out, and only the state's own officials (SOLE_STATE_SECTORS) are placed so."""
    return u.sector in SOLE_STATE_SECTORS and x.sdoc is not None \
        and not {t.lower_ for t in x.sdoc[u.start:u.end]} & OUTWARD_TITLES


def _generic(x, u) -> bool:
    """A country-less agent or unnamed national body that context may place."""
    if u.codes or u.pair or u.counterpart or u.alias_of is not None or u.sector is None or _pan_national(x, u):
        return False
    if x.sdoc is not None and any(t.lower_ in REGIONAL_WORDS and t.dep_ in ("amod", "compound")
                                  for t in x.sdoc[u.start:u.head]):
        return False  # "Western governments", "Southeast Asian ministers": several states'

    if u.kind == "org":
        return True
    if u.kind != "agent":
        return False
    if u.vague:  # "the union", "the party", "the governor": only a definite or counted word
        return x.sdoc is not None and (x.sdoc[u.start].lower_ == "the" or _local_body(x, u) or (
            not u.person_title and _counted(x.sdoc[u.head])) or x.sdoc[u.head].lower_ in INDEFINITE_BODIES)
    return True


def _local_body(x, u) -> bool:
    """"Authorities imposed a curfew in X": a state's bodies named bare, the place's own
    (code_sets.yaml local_bodies)."""
    return x.sdoc is not None and x.sdoc[u.head].lower_ in LOCAL_BODIES


def _home_institution(x, u) -> bool:
    """A state's own armed institution named bare ("the army", "security forces"): the story's state
    when it has one, though troops in general are not (code_sets.yaml home_institutions)."""
    if x.sdoc is None or u.sector not in ("MIL", "COP", "SPY"):
        return False
    words = [t.lower_ for t in x.sdoc[u.start:u.end] if t.lower_ != "the"]
    return " ".join(words) in HOME_INSTITUTIONS


def _counted(head) -> bool:
    """A counted group is a concrete one: "20 people", "hundreds of people", "a group of men" (as
    against "people say"); so context may place it like "the crowd"."""
    if any(c.dep_ == "nummod" for c in head.children):
        return True
    h = head.head
    return head.dep_ == "pobj" and h.lower_ == "of" and h.head.lower_ in QUANTITY_NOUNS


def _named_states(x) -> list[str]:
    """States a sentence names (actor phrases and places), in text order."""
    found = [(a.i, a.lex.code) for a in place_atoms(x) if a.lex.code not in NON_STATE]
    found += [(u.start, c) for u in x.units if u.kind and not u.pair and not _shared_name(x, u)
              for c in u.codes if c and c not in NON_STATE]
    return [c for _, c in sorted(found)] + sorted(gazetteer_states(x))


def subject_state(x) -> str | None:
    """The one state a sentence's main clause is about: the state of the subject of its root verb,
    named as a state or as a body of one ("Cairo disputed the report", "Egypt's army
    denied it"), not a person (whose state says nothing of the officials dealing with
    him), else None."""
    if x.sdoc is None:
        return None
    root = next((t for t in x.sdoc if t.dep_ == "ROOT"), None)
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
    if subj is None:
        return None
    codes = {c for u in x.units if u.kind and u.kind != "person" and u.start <= subj.i < u.end
             for c in u.codes if c and c not in NON_STATE}
    return next(iter(codes)) if len(codes) == 1 else None


def recent_state(sents, at: int, window: int = 2) -> str | None:
    """The one state named in the sentence and the `window` sentences before it (a story's scene is
    set just before its local actors appear: "... in Hong Kong. Police fired tear gas ..."), or
    None when that stretch names two states or none."""
    states = {c for x in sents[max(0, at - window):at + 1] for c in _named_states(x)}
    return next(iter(states)) if len(states) == 1 else None


def _agent_key(x, u) -> tuple[str, str] | None:
    """What makes two agent phrases the same agent: the head word's lemma and the sector."""
    if u.kind != "agent" or x.sdoc is None or u.sector is None:
        return None
    return x.sdoc[u.head].lemma_.lower(), u.sector


def named_agents(sents) -> list[tuple[int, tuple[str, str], str]]:
    """Agent phrases whose own words give one state ("Iranian security forces", "Chilean
    police"), as (sentence index, agent key, state), before any context fills others."""
    found = []
    for at, x in enumerate(sents):
        for u in x.units:
            key = _agent_key(x, u)
            if key and len(u.codes) == 1 and not u.pair:
                found.append((at, key, u.codes[0]))
    return found


def earlier_mention(named, at: int, key, definite: bool = False) -> str | None:
    """The state the story's earlier mentions of the same agent give (a definite noun phrase refers
    back: "Iranian security forces opened fire ... security forces later withdrew"), or None when
    they give two states or none. Measured on news train/dev: no recall change (the one page it
    changes also places the recipients by clutter), dev extra events 0.745 -> 0.766 per page.
    An international body's agents ("the foreign ministers of ASEAN ... the ministers") are
    referred back to only by a definite phrase: bare "officials" after "UN officials" are anyone's."""
    states = {code for i, k, code in named if i <= at and k == key and (definite or code not in NON_STATE)}
    return next(iter(states)) if len(states) == 1 else None


def fronted_place(x, u) -> str | None:
    """The state of a place a sentence opens with, when the unit is its main verb's subject ("In
    Beijing, the commerce ministry said ...", "In Poland, the military's command said ..."): wire
    copy places a bare state body by where it speaks, as a dateline does."""
    if x.sdoc is None:
        return None
    head = x.sdoc[u.head]
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ROOT":
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i < head.i), None)
    if prep is None or prep.lower_ != "in" or prep.i > 1 or not any(t.text == "," for t in x.sdoc[prep.i:head.i]):
        return None
    span = range(prep.i + 1, prep.right_edge.i + 1)
    states = {a.lex.code for a in place_atoms(x) if a.i in span}
    return next(iter(states)) if len(states) == 1 else None


def fill_generic(sents, prior=None, dateline: str | None = None, items=None) -> None:
    """Give generic agents the sentence's locative state, the state of an earlier mention of the
    same agent, the story's dominant state, (for actors local by nature) the one state of the
    last few sentences, and last the state of the story's dateline for the state's own bodies."""
    referents = police_officers(sents)
    counts = with_prior(state_counts(sents), prior, "states")  # once: both story states read it
    dominant = story_dominant(counts)
    from .unlisted import fill_unlisted  # imported when called: unlisted reads this module's gazetteer

    fill_unlisted(sents, dominant, dateline)
    localise_shared_names(sents, dominant)
    plurality = story_plurality(counts)
    named = named_agents(sents)
    for at, x in enumerate(sents):
        for u in x.units:
            if not _generic(x, u):
                continue
            code, why = fronted_place(x, u), "the place the sentence opens with"
            if code is None and items and items[at]:
                code, why = items[at], "the roundup item's header"
            if code is None and its_owned(x, u):
                code, why = owner_state(sents, at, u), "owner of 'its'"
            # a counted group ("20 people") or a bare title ("the mayor") is placed by the story only:
            # the sentence's places may be the speaker's ("..., killing 20 people, officials in Nairobi said")
            story_only = u.vague and (x.sdoc[u.start].lower_ != "the" or u.person_title) and not _local_body(x, u)
            if code is None and (u.sector in LOCAL_SECTORS or _local_body(x, u)) and not story_only:
                here = sentence_states(x, u, locative=True)
                if len(here) == 1:
                    code, why = next(iter(here)), "sentence locative"
            key = _agent_key(x, u) if code is None else None
            if key:
                code = earlier_mention(named, at, key, x.sdoc is not None and x.sdoc[u.start].lower_ == "the")
                why = "earlier mention" if code else ""
            if code is None and dominant and (u.sector not in STORY_EXCLUDE or _home_institution(x, u)):
                code, why = dominant, "story"
            if code is None and u.sector in LOCAL_SECTORS and not story_only:
                # the one state the sentence names ("a Cairo hospital was raided by police"), not
                # counting the source's ("Rebels attacked a convoy, Kenyan officials said")
                here = sentence_states(x, u, locative=False, speakers=False) | local_org_states(x, u)
                if len(here) == 1:
                    code, why = next(iter(here)), "own sentence"
            if code is None and u.sector in LOCAL_SECTORS and at > 0 and not story_only:
                recent = recent_state(sents, at)
                if recent:
                    code, why = recent, "recent sentences"
            if code is None and at > 0 and u.sector == "GOV" and (u.person_title or u.kind == "org"):
                # "Cairo disputed the report. A foreign ministry spokesman called it ...": a
                # government official takes up the state the sentence before is about
                code, why = subject_state(sents[at - 1]), "the state the sentence before is about"
                if code in faced_states(x, u):
                    code = None  # "... The interior minister accused Minsk": the other side's official
            if code is None and plurality and u.sector not in STORY_EXCLUDE:
                code, why = plurality, "story plurality"
            if code is None and sole_ok(x, u):
                sole = story_sole(counts, sents)
                code, why = (sole, "story's only") if sole else (None, "")
            if code is None and u.sector in STATE_BODY_SECTORS:
                code, why = other_side(counts, faced_states(x, u)), "the other side it faces"
            if code is None and dateline and (sole_ok(x, u) or _home_institution(x, u)):
                # wire copy names the home state's own bodies bare ("ISLAMABAD (Reuters) - The
                # interior ministry said ...", "the army said"): the dateline's state
                code, why = dateline, "dateline"
            if code:
                u.codes = [code]
                u.vague = False
                u.why.append(f"{why} context: {code}")
    for officers, police in referents:
        if not officers.codes and len(police.codes) == 1:
            officers.codes = list(police.codes)
            officers.why.append(f"the police named before: {police.codes[0]}")


def _officer_word(x, u) -> bool:
    return u.kind == "agent" and x.sdoc is not None and x.sdoc[u.head].lower_ in POLICE_OR_MILITARY


def police_officers(sents) -> list:
    """"Officers" are police in a story whose other security actors are all police (a local crime
    story: police make an arrest, then "officers seized ..."), and where the last security actor
    named before them is the police ("police fired tear gas ... officers had threatened to use live
    fire"): the word refers back. The agent lexicon's MIL stands otherwise. The parse names the
    word; the story decides its sense."""
    sectors = {u.sector for x in sents for u in x.units if u.sector in ("COP", "MIL") and not _officer_word(x, u)}
    last = None  # the last security actor named so far, officers aside
    referents = []  # (officers, the police they refer back to): the same police, the same state
    for x in sents:
        for u in sorted(x.units, key=lambda u: u.start):
            if u.sector == "MIL" and _officer_word(x, u):
                if sectors == {"COP"}:
                    u.sector = "COP"
                    u.why.append("officers in a police story: COP")
                    if last is not None:  # and the police named before them, whose state they share
                        referents.append((u, last))
                elif last is not None and last.sector == "COP":
                    u.sector = "COP"
                    u.why.append("officers after the police: COP")
                    referents.append((u, last))
            elif u.sector in ("COP", "MIL"):
                last = u
    return referents


def fill_from_context(sents, prior=None, dateline: str | None = None, items=None) -> None:
    """Give a state to titled people and placed groups that have none (units changed in place).
    ``prior``: a long document's StoryState, the counts of the chunks coded before these sentences;
    ``dateline``: the one state of the story's dateline, if it has one; ``items``: per sentence, the
    state of the roundup item it belongs to (roundups.item_states), which places its bare bodies
    before the story does."""
    story = None
    story_done = False
    dominant = None
    counts = None  # state_counts with the prior chunks, counted once when a titled person needs it
    for at, x in enumerate(sents):
        for u in x.units:
            if u.codes:
                continue
            titled = u.kind == "person" and u.person_title and u.sector is not None
            if not (u.placed or titled):
                continue
            # "X held talks with his Syrian counterpart": X is not Syria's, whatever the story's state
            rivals = {c for v in x.units if v.counterpart and v is not u for c in v.codes} if titled else set()
            # "In Ankara, defence ministry spokesman X said ...": the place the sentence
            # opens with, as for a bare title (fill_generic)
            code, why = (fronted_place(x, u), "the place the sentence opens with") if titled else (None, "")
            if code is None or code in rivals:
                here = sentence_states(x, u, locative=u.placed) - rivals
                code, why = (next(iter(here)), "sentence") if len(here) == 1 else (None, "")
            if code is None and items and items[at]:
                code, why = items[at], "roundup item"
            if code is None:
                if not story_done:
                    story, story_done = story_state(sents, prior), True
                code, why = (story, "story") if story and story not in rivals else (None, "")
            if code is None and u.placed and u.home:
                code, why = u.home, "home"
            if code is None and titled and u.sector not in STORY_EXCLUDE:
                # "Senator X" in a story about one state whose places are few: the state its
                # actors and places name (story_dominant, as for generic agents)
                if dominant is None:
                    counts = counts if counts is not None else with_prior(state_counts(sents), prior, "states")
                    dominant = story_dominant(counts) or ""
                code, why = (dominant, "story dominant") if dominant and dominant not in rivals else (None, "")
            if code is None and titled and sole_ok(x, u):
                counts = counts if counts is not None else with_prior(state_counts(sents), prior, "states")
                sole = story_sole(counts, sents)
                code, why = (sole, "story's only") if sole and sole not in rivals else (None, "")
            if code is None and titled and rivals and dateline and dateline not in rivals:
                # "AMMAN - Foreign Minister X held talks with his Syrian counterpart": wire copy's
                # bare title is the dateline state's, here the one side the counterpart is not
                code, why = dateline, "dateline"
            if code:
                u.codes = [code]
                u.vague = False
                u.why.append(f"context: {why} state {code}")
    fill_generic(sents, prior, dateline, items)
    # the same person named again (by surname) takes the state found for the full name
    found = {u.identifier: u.codes for x in sents for u in x.units if u.kind == "person" and u.identifier and u.codes}
    for x in sents:
        for u in x.units:
            if u.kind == "person" and not u.codes and u.identifier in found:
                u.codes = list(found[u.identifier])
                u.why.append("context: same person")
