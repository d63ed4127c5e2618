"""Where an event happens, used when the text names no one: a locative phrase stands in for a party.

Three fallbacks of the PLOVER gold-standard practice, each used only after the parse gave nothing:

* recipient from the place: an event aimed at a place ("blocked roads in the capital Algiers",
  "extended the curfew in Abidjan", "troops remained on alert in the West Bank") is aimed at the
  country of that place (PROTEST, COERCE, MOBILIZE, ASSAULT, SANCTION, CONCEDE, AID, THREATEN);
* actor from the place: an attack with no stated attacker ("a roadside bomb near Samarra killed a
  US soldier", "was killed in a car bomb explosion in Beirut") is by an unidentified actor of the
  country where it happened (PLOVER's generic actor: sector UNK);
* country of a country-less actor ("students", "fundamentalists", "supporters of X"): a place in the
  actor's own phrase, else the event's place, else the country of a recipient that is a domestic
  authority ("fundamentalists demanded the resignation of Algerian President X" -> Algeria), else
  the sentence's one state named in a locative phrase anywhere;
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .. import actors
from ..actors.codesets import LOCAL_SECTORS
from ..actors.context import venue_of_talks as venue
from ..actors.codesets import NON_STATE_CODES as NOT_COUNTRIES
from ..data import load_yaml
from ..model import Document, Entity
from .vocab import ON_THE_SPOT_SECTORS, words

STREET_NOUNS = frozenset(words("places", "STREET_NOUNS"))
LOC_PREPS = ("in", "at", "near", "across", "throughout", "outside", "inside", "around", "within", "on", "through")
COUNTRYISH = re.compile(r"^[A-Z]{3}$")
AUTHORITY = {"GOV", "COP", "MIL", "JUD", "SPY"}
# country-less doers a story about one state places in it when nothing nearer does (infer_country)
STORY_PLACED = frozenset(words("places", "STORY_PLACED"))
# categories whose act is done to a place (its people, its streets, its authorities)
PLACE_DIRECTED = words("places", "PLACE_DIRECTED")
DESTINATION_DIRECTED = words("places", "DESTINATION_DIRECTED")
DESTINATION_PREPS = ("into", "to")
OPPOSITION_WORDS = frozenset(words("places", "OPPOSITION_WORDS"))
# nouns whose "on" phrase is a time or a state, not a place ("on alert", "on strike", "on Monday")
_ON_PLACES = words("places", "_ON_PLACES")
_BORDERS = frozenset(words("places", "BORDER_NOUNS"))


# how the actor stage resolved a place name: the lexicons' countries, cities, capitals and demonyms,
# and a town only the GeoNames gazetteer knows (a market town such as Karak)
_PLACE_WHY = re.compile(r"^(country|city|capital|demonym|gazetteer):")


def _country(e: Entity) -> bool:
    return bool(e.code and COUNTRYISH.match(e.code) and e.code not in NOT_COUNTRIES)


def is_place(e: Entity) -> bool:
    """A place name (country, city, capital, nationality word), not an actor who is there."""
    return _country(e) and bool(_PLACE_WHY.match(e.why or "")) and "agent:" not in (e.why or "")


def place_objects(prep) -> list:
    """The place nouns of a locative preposition, through "outside of", "near to". Not a border
    (words.yaml places BORDER_NOUNS): "near the Niger border", "on the border with Syria" is on
    either side of it, so the state it names is no place of the event; a state's own border
    ("Kenya's border with Somalia") is on its side."""
    out = []
    for g in prep.children:
        if g.lemma_.lower() in _BORDERS:
            out += [x for x in g.children if x.dep_ == "poss"]  # "near Kenya's border with Somalia": Kenya's side
            continue
        if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME"):
            if prep.lower_ == "on" and g.lemma_.lower() not in _ON_PLACES and g.ent_type_ not in ("GPE", "LOC", "FAC"):
                continue
            out.append(g)
        elif g.dep_ == "prep" and g.lower_ in ("of", "to"):
            out += [x for x in g.children if x.dep_ == "pobj"]
    return out


def _scope(tok) -> list:
    """The trigger and the words its place phrase may hang on: its object, a light verb over a noun
    trigger, a non-agent subject ("a bombing near X killed ...") and the verb a complement or a
    participle depends on."""
    scope = [tok]
    scope += [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr", "agent")]
    scope += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    scope += [c for c in tok.children if c.dep_ in ("nsubj",) and c.pos_ == "NOUN"]
    h = tok
    for _ in range(2):
        if h.dep_ in ("dobj", "pobj", "xcomp", "advcl", "acl", "conj", "prep", "nsubj", "nsubjpass") and h.head.i != h.i:
            h = h.head
            scope.append(h)
        else:
            break
    return scope


def place_entities(doc: Document, sent, tok, preps: tuple[str, ...] = LOC_PREPS) -> list[Entity]:
    """Countries of the first locative phrase of the trigger's clause (shallowest entities)."""
    sdoc = sent.doc
    for t in _scope(tok):
        for c in t.children:
            if c.dep_ != "prep" or c.lower_ not in preps:
                continue
            for p in place_objects(c):
                idx = [x.i for x in p.subtree]
                ents = [e for e in actors.entities_for(doc, sent.seq, idx) if is_place(e)]
                if not ents:
                    continue
                # the nearest to the place noun: "the Iraqi city of Basra" -> Iraq, "capital of X" -> X
                ents.sort(key=lambda e: abs((e.tok_start if e.tok_start >= 0 else 0) - p.i))
                code = ents[0].code
                return [e for e in ents if e.code == code][:1]
    return []


def _from_places(doc: Document, sent, tok) -> list[Entity]:
    """Countries of the trigger's own "from" phrase ("deported from Arizona in the US"), else of
    the place its clause says they entered or lived in ("deported for illegally entering the
    United States"; implied_actors.yaml entered_verbs)."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            ents = _places_in(doc, sent, [x.i for x in c.subtree])
            if ents:
                return ents[:1]
    entered = set(load_yaml("events/implied_actors.yaml").get("entered_verbs") or ())
    for v in tok.subtree:
        if v.pos_ != "VERB" or v.i == tok.i or v.lemma_.lower() not in entered:
            continue
        spots = [c for c in v.children if c.dep_ == "dobj"]
        spots += [g for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "into")
                  for g in c.children if g.dep_ == "pobj"]
        ents = _places_in(doc, sent, [x.i for s in spots for x in s.subtree])
        if ents:
            return ents[:1]
    return []


def _places_in(doc: Document, sent, idx: list[int]) -> list[Entity]:
    return [e for e in actors.entities_for(doc, sent.seq, idx) if is_place(e)]


def place_recipient(doc: Document, sent, tok, category: str) -> list[Entity]:
    """The country of the place an event is done in, as its recipient (see module doc)."""
    if category not in PLACE_DIRECTED:
        return []
    # relief goes to the people of the place it is brought into ("trucks carrying food crossed into
    # Syria", not "from Turkey" or "through the crossing"): for aid, the destination first
    found = place_entities(doc, sent, tok, DESTINATION_PREPS) if category in DESTINATION_DIRECTED else []
    found = found or place_entities(doc, sent, tok)
    return [replace(e, why=f"{e.why}; recipient: place of the event") for e in found]


def unidentified_attacker(doc: Document, sent, tok) -> list[Entity]:
    """An attack with no stated attacker: an unidentified actor (sector UNK) of the place's country."""
    places = place_entities(doc, sent, tok)
    if not places:
        return []
    p = places[0]
    return [Entity(code=p.code, sector="UNK", entity_text="", sentence=sent.seq,
                   why=f"unidentified attacker: place of the attack ({p.entity_text})")]


def story_state(doc: Document, sole: bool = False) -> str | None:
    """The story's one dominant state (actors.context.story_dominant) over the actor mentions the
    actor stage found, computed once per document. ``sole``: else the one state a story names at
    all, even once (a local crime story names "the U.S. Attorney's Office" and its towns)."""
    from ..actors.story_counts import story_dominant

    if "story_state" not in doc.stage_data:
        named: dict[int, set[str]] = {}
        for e in doc.entities:
            if _country(e):
                named.setdefault(e.sentence, set()).add(e.code)
        counts = Counter(c for codes in named.values() for c in codes)
        doc.stage_data["story_state"] = story_dominant(counts)
        doc.stage_data["sole_state"] = next(iter(counts)) if len(counts) == 1 else None
    return doc.stage_data["story_state"] or (doc.stage_data["sole_state"] if sole else None)


def implied_by_lemma(category: str) -> frozenset[str]:
    """Trigger lemmas whose agentless passive implies an authority in a category with no modes
    (implied_actors.yaml: CONCEDE acquit -> JUD)."""
    modes = (load_yaml("plover.yaml").get("categories") or {}).get(category, {}).get("modes") or {}
    table = load_yaml("events/implied_actors.yaml").get(category) or {}
    return frozenset(k for k in table if k not in modes) if isinstance(table, dict) else frozenset()


def implied_noun_categories() -> frozenset[str]:
    """Categories whose noun acts with no doer imply the authority too (implied_actors.yaml)."""
    return frozenset(load_yaml("events/implied_actors.yaml").get("noun_acts") or ())


def noun_doers() -> dict:
    """Trigger nouns that name their doer's sector themselves, and the prepositions of the noun
    they modify that name the one acted on (implied_actors.yaml noun_doers)."""
    return load_yaml("events/implied_actors.yaml").get("noun_doers") or {}


def own_body(sent, recipient: list[Entity], sector: str, noun: str) -> list[Entity]:
    """The body of the recipient's own state that alone does what the noun names ("the impeachment
    inquiry into the president": the president's state's legislature)."""
    states = [e.code for e in recipient if _country(e)][:1]
    if not states:
        return []
    return [Entity(code=states[0], sector=sector, entity_text="", sentence=sent.seq,
                   why=f"implied {sector} of {states[0]} (the state of the one acted on): '{noun}' names its doer")]


def not_implied() -> frozenset[str]:
    """Trigger lemmas whose agentless passive implies no authority (implied_actors.yaml)."""
    return frozenset(load_yaml("events/implied_actors.yaml").get("not_implied") or ())


def unnamed_speakers() -> str:
    """The sector of the unnamed accusers of an agentless "was accused of" (implied_actors.yaml)."""
    return load_yaml("events/implied_actors.yaml").get("said_by_unnamed") or "UNK"


def said_by_source() -> frozenset[str]:
    """Trigger lemmas whose agentless passive is the quoted source's words (implied_actors.yaml)."""
    return frozenset(load_yaml("events/implied_actors.yaml").get("said_by_source") or ())


def faced_act(tok) -> bool:
    """Charges, a trial or crowd-control weapons a party faces, stands or braves ("faces nine
    charges", "stood trial", "faced tear gas", "faces dozens of charges"): the object (or a
    conjunct of it, or the "dozens of" object it counts) of one of
    faced_acts' verbs (implied_actors.yaml), done to that verb's subject by an authority. Not an
    infinitive ("extradited to face charges", "flew home to stand trial"): the charges it names are
    what the act is for, not a report that they were brought. Nor charges from someone the text
    names ("faces charges from the league"): theirs, if the parse finds them."""
    from .roles import measured_object

    faced = load_yaml("events/implied_actors.yaml").get("faced_acts") or {}
    obj = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "dobj" else measured_object(tok) or tok
    verb = obj.head
    return (tok.lemma_.lower() in faced.get("nouns", ()) and obj.dep_ == "dobj"
            and verb.lemma_.lower() in faced.get("verbs", ())
            and not any(ch.dep_ == "aux" and ch.tag_ == "TO" for ch in verb.children)
            and not any(ch.dep_ == "prep" and ch.lower_ in ("from", "by") for h in (tok, verb) for ch in h.children))


def implied_only_with() -> dict:
    """Categories whose implied authority needs one of some words in the act's clause
    (implied_actors.yaml only_with: a prisoner's release, not a hostage's)."""
    return load_yaml("events/implied_actors.yaml").get("only_with") or {}


MAIN_CLAUSE_DEPS = ("ROOT", "conj", "ccomp")  # a clause that reports an act, not one that qualifies a noun or another act


def implied_authority(doc: Document, sent, tok, category: str, modes, recipient: list[Entity],
                      sector: str | None = None, held_in: list[Entity] = ()) -> list[Entity]:
    """The authority that must have done an agentless passive act ("X was arrested"): its sector
    from the act (data/events/implied_actors.yaml); its state that of the place of the act, else the
    story's dominant state, else the state of the person acted on. Nobody else arrests, convicts or
    deports, and the local authority does it to a foreigner too ("a Briton was arrested in Dubai").
    ``sector`` overrides the act's: unnamed accusers of words anyone says are UNK. ``held_in``: where
    the ones released were held, whose state holds and frees them."""
    table = load_yaml("events/implied_actors.yaml")
    sectors = table.get(category) or {}
    sector = sector or next((sectors[m] for m in modes if m in sectors), None)
    needed = implied_only_with().get(category)
    if sector is None or needed and (not any(t.lemma_.lower() in needed for t in tok.subtree) or tok.dep_ not in MAIN_CLAUSE_DEPS):
        # "the hostages were freed": by their captors, no authority; "those released from jail",
        # "was due to be released", "after X was released": a kind of people, a plan, background
        return []
    if set(modes) & set(table.get("from_place_only") or ()):
        # "deported from Arizona": the state sent away from, and nothing else says who deports
        states = [(e.code, "place sent away from") for e in _from_places(doc, sent, tok)[:1]]
    else:
        states = [(e.code, "where they were held") for e in held_in[:1]]
        states = states or [(e.code, "place of the act") for e in place_entities(doc, sent, tok)[:1]]
        if not states and story_state(doc, sole=True):
            states = [(story_state(doc, sole=True), "the story's state")]
        states = states or [(e.code, "the person acted on") for e in recipient if _country(e)][:1]
    if not states:
        return []
    code, how = states[0]
    return [Entity(code=code, sector=sector, entity_text="", sentence=sent.seq,
                   why=f"implied {sector} of {code} ({how}): agentless passive {category} {'/'.join(modes)}")]


def infer_country(doc: Document, sent, tok, raw_actor: list[Entity], actor_heads, recipient: list[Entity],
                  source: list[Entity] = (), on_the_spot: bool = False, protest: bool = False,
                  own_forces: bool = False) -> list[Entity]:
    """Country-less political actors ("students", "supporters of X") get the country of the speaker
    when a possessive pronoun ties them to it ("Serbs said their forces had ..."), else of a place in
    their own phrase, else of the event's place, else of a domestic-authority recipient, else of the
    sentence's one locative state, else, for an act done on the spot to people (``on_the_spot``:
    an attack, a coercion, a protest), of the one state of the people acted on. A protest
    (``protest``) is civilian dissent against an authority (manual, PROTEST), so whoever its
    country-less doers are, they are the people of the authority they address. Forces a state's
    authority says were deployed or sent (``own_forces``: a mobilization, "the presidency said 1,200
    soldiers had been deployed") are that state's, counted or not, and where they were sent is a
    place they act in, not a party kept out of the places."""
    todo = [e for e in raw_actor if e.code is None and e.sector]
    if not todo:
        return []
    code, how = None, ""
    targets = {(r.sentence, r.tok_start) for r in recipient if r.entity_text}
    spoken = [x for x in source if _country(x)]
    # "IGAD said its executive secretary had ...": the speaker's own, an international body's too
    owner = [x for x in source if x.code and COUNTRYISH.match(x.code)]
    if owner and any(c.dep_ == "poss" and c.pos_ == "PRON" for h in actor_heads for c in h.children):
        code, how = owner[0].code, f"possessive pronoun -> speaker ({owner[0].entity_text})"
    elif spoken and all(e.sector in AUTHORITY for e in todo) and (_definite(actor_heads) or own_forces):
        # "officials in Lima said the army would return to barracks": the speaker's own state's army
        code, how = spoken[0].code, f"the authority of the speaker ({spoken[0].entity_text})"
    # not a relative clause's: "the minister, who accused Russia of lying," is not Russia's
    clauses = {t.i for h in actor_heads for r in h.children if r.dep_ == "relcl" for t in r.subtree}
    own = [t.i for h in actor_heads for t in h.subtree if t.i not in clauses]
    for e in (actors.entities_for(doc, sent.seq, own) if code is None else []):
        if is_place(e) and not venue_of_talks(sent, e):
            code, how = e.code, f"place in its phrase ({e.entity_text})"
            break
    if code is None:
        pl = place_entities(doc, sent, tok)
        if not on_the_spot and not own_forces:
            # "imposed sanctions on Russia": the party acted on is no place where the actor is; only
            # an act done on the spot happens where its target is ("gunmen attacked Kabul")
            pl = [e for e in pl if (e.sentence, e.tok_start) not in targets]
        pl = [e for e in pl if not venue_of_talks(sent, e)]
        if pl:
            code, how = pl[0].code, f"place of the event ({pl[0].entity_text})"
    if code is None and (protest or all(e.sector in LOCAL_SECTORS or _named_legislator(e) or _opposition(e) for e in todo)):
        # people who address their own authorities (students, workers, protesters, a senator by
        # name); a minister or a group of lawmakers who faces a government is as often facing a
        # foreign one. A protest may address a parliament too ("boycotted X's parliament")
        addressed = AUTHORITY | {"LEG"} if protest else AUTHORITY
        auth = [r for r in recipient if _country(r) and r.sector in addressed]
        if auth:
            code, how = auth[0].code, f"country of the authority it addresses ({auth[0].entity_text})"
    if code is None:
        states = sentence_places(doc, sent, venues=False)
        if not on_the_spot:
            states = states - {r.code for r in recipient if (r.sentence, r.tok_start) in targets}
        if len(states) == 1:
            # the sentence's one state named in a locative phrase, wherever it hangs ("Hackers broke
            # into ... of a ministry in Seoul"): the actor stage localises only actors that are local
            # by nature; an actor the sentence places nowhere else acts where the sentence happens
            code, how = next(iter(states)), "the sentence's one locative state"
    if code is None and on_the_spot and all(e.sector in LOCAL_SECTORS | ON_THE_SPOT_SECTORS for e in todo):
        # gunmen, soldiers, a mob: non-state actors take the country they act in (manual), and an
        # attack on people happens where those people are
        victims = {r.code for r in recipient if _country(r)}
        if len(victims) == 1:
            code, how = next(iter(victims)), "country of the people acted on"
    if code is None and all(e.sector in STORY_PLACED for e in todo):
        # "Troops confiscated 19 rifles" in a story about one state: that state's forces, as a
        # reader takes them (story_state: named in twice as many sentences as any other state)
        state = story_state(doc)
        if state is not None:
            code, how = state, "the story's state"
    if code is None:
        return []
    return [replace(e, code=code, why=f"{e.why}; country inferred: {how}") for e in todo]


def _opposition(e: Entity) -> bool:
    """Opposition lawmakers or politicians ("opposition MPs"): they oppose their own state's
    government, so they address its authorities, unlike lawmakers as a group."""
    return bool(OPPOSITION_WORDS & set((e.entity_text or "").lower().split()))


def _named_legislator(e: Entity) -> bool:
    """A senator or deputy by name ("Senator X"): a member of a state's legislature who addresses an
    authority addresses, in the news, mostly that of the state he sits for; lawmakers as a group and
    ministers (who face foreign governments as often) are not."""
    return e.sector == "LEG" and bool(e.identifier_text)


def _definite(heads) -> bool:
    """Do the noun phrases say "the" (an authority the reader knows from the context)?"""
    return bool(heads) and all(any(c.dep_ == "det" and c.lower_ == "the" for c in h.children) for h in heads)


def streets_of(doc: Document, sent, tok) -> set[str]:
    """States of the place whose streets or squares a protest takes to or fills ("took to the streets
    of Algiers", "poured into the squares of Baghdad"): the of-phrase of the trigger's place noun."""
    out: set[str] = set()
    for p in tok.children:
        if p.dep_ != "prep":
            continue
        for g in (x for x in p.children if x.dep_ == "pobj" and x.lemma_.lower() in STREET_NOUNS):
            idx = [x.i for o in g.children if o.dep_ == "prep" and o.lower_ == "of" for x in o.subtree]
            out |= {e.code for e in actors.entities_for(doc, sent.seq, idx) if is_place(e)}
    return out


def sentence_places(doc: Document, sent, venues: bool = True) -> set[str]:
    """States of every place named in a locative phrase of the sentence (``venues=False``: not the
    venue of talks, which places no party: venue_of_talks)."""
    out: set[str] = set()
    for c in sent.doc:
        if c.dep_ != "prep" or c.lower_ not in LOC_PREPS:
            continue
        for p in place_objects(c):
            idx = [x.i for x in p.subtree]
            out |= {e.code for e in actors.entities_for(doc, sent.seq, idx) if is_place(e)
                    and (venues or not venue_of_talks(sent, e))}
    return out


def venue_of_talks(sent, e: Entity) -> bool:
    """The place is where talks are held ("accused X of bad faith at the talks in Pretoria"): where
    the parties meet, not whose they are (actors.context.venue_of_talks)."""
    return sent.doc is not None and 0 < e.tok_end <= len(sent.doc) and venue(sent.doc[e.tok_end - 1])
