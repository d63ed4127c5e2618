"""Actor resolution: who acts and who is acted on, as PLOVER country/non-state code + sector.

Entry points (the stage contract in docs/design.md):

* ``resolve_actors(doc, options)`` finds every actor mention of the story (``doc.entities``),
  sentence by sentence (mentions.py: lexicon hits grouped by noun phrase), then links them across
  the story (story.py: surnames, misspellings, counterparts, roles).
* ``entities_for(doc, sentence_seq, token_indices)`` answers the event stage: the entities of one
  argument (the tokens of a subject/object subtree), one per conjunct, head first.

Sentences the pre-filter did not parse are scanned with the tokenizer only (names, countries,
organisations, people of the knowledge base), so a person introduced in an unparsed sentence is
still known when a parsed one calls him by surname.

Unknown but clearly political actors ("rebels", "officials" with no country anywhere in their
phrase) keep code None with their sector unless context.py can place them narrowly: titled people
the knowledge base does not know ("Lt. Gen. Prosper Avril"), ethnic groups placed by their sentence
("ethnic Albanians", groups.py), local actors by their sentence's one locative state ("Islamists
attacked a village in Algeria"), and generic agents by the story's one dominant state (never in an
international story with two salient states). anaphora.py resolves descriptions that stand for an
actor named earlier ("the bloc", "the island", "the company"). names.py corrects atoms before units are built
(surnames that are towns, "anti-/pro-" stances, unlisted organisations, misspelt agent words).
"""
from __future__ import annotations

from typing import Iterable

from ..model import STORY, Document, Entity
from ..options import Options
from .history import date_units, state_on
from .lexicon import AGENT, PERSON, REGION, get_lexicon, tokenize
from .acronyms import apply_story_acronyms
from .anaphora import resolve_descriptions
from .roundups import item_states
from .context import fill_from_context, place_counts, state_counts
from .groups import resolve_groups
from .links import share_alias_codes
from .mentions import Atom, Unit, atoms_of, sentence_units
from .names import drop_stances
from .shared_places import story_preference
from .story import full_names_by_surname, link_story

__all__ = ["resolve_actors", "entities_for", "get_lexicon"]

_ATTR = "actors"  # key of this stage's per-sentence index in Document.stage_data


class _Sent:
    """What the actor stage keeps per sentence for entities_for."""

    __slots__ = ("seq", "units", "atoms", "ents", "offsets", "sdoc", "_by_head", "_units_at", "_atoms_at", "places")

    def __init__(self, seq, units, atoms, offsets, sdoc):
        self.seq, self.units, self.atoms, self.offsets, self.sdoc = seq, units, atoms, offsets, sdoc
        self.ents: dict[int, list[Entity]] = {}
        self._by_head = None
        self._units_at = None
        self._atoms_at = None
        self.places = None  # context.place_atoms of this sentence, found once (its atoms are fixed)

    def drop_unit(self, u) -> None:
        """Take a unit out of the sentence (a roundup's header label), and the lookups built on them."""
        self.units.remove(u)
        self._by_head = self._units_at = None

    def by_head(self) -> dict:
        """Unit by head token (the last unit of a head wins, as a dict built in order would)."""
        if self._by_head is None:
            self._by_head = {u.head: u for u in self.units}
        return self._by_head

    def units_at(self, toks: set[int]) -> list:
        """The units whose head is one of ``toks``, in sentence-unit order: looked up per token so
        that an argument costs its own length, not the sentence's (issue 14: run-on sentences)."""
        if self._units_at is None:
            self._units_at = {}
            for n, u in enumerate(self.units):
                self._units_at.setdefault(u.head, []).append((n, u))
        return [u for _, u in sorted((p for i in toks for p in self._units_at.get(i, ())), key=lambda p: p[0])]

    def atoms_at(self, toks: set[int]) -> list:
        """The atoms starting at one of ``toks``, in sentence order."""
        if self._atoms_at is None:
            self._atoms_at = {}
            for n, a in enumerate(self.atoms):
                self._atoms_at.setdefault(a.i, []).append((n, a))
        return [a for _, a in sorted((p for i in toks for p in self._atoms_at.get(i, ())), key=lambda p: p[0])]


def _shallow_units(words: list[str], lx) -> tuple[list[Unit], list[Atom]]:
    """Units of an unparsed sentence: every named hit on its own (no agent words, no parse)."""
    atoms = drop_stances(words, atoms_of(words, lx))
    resolve_groups(words, atoms)
    units = []
    for a in atoms:
        if a.kind in (AGENT, REGION):
            continue
        lex = a.lex
        u = Unit(head=a.j - 1, start=a.i, end=a.j, atoms=[a], kind=lex.kind, identifier=lex.name, why=[lex.why])
        u.codes = [lex.code] if lex.code else []
        u.sector = lex.sector
        if lex.kind == PERSON:
            u.kind = "person"
        if lex.kind in ("country", "demonym", "city", "pre", "capital"):
            u.identifier = None
        units.append(u)
    return units, atoms


def resolve_actors(doc: Document, options: Options) -> None:
    lx = get_lexicon()
    when = doc.pub_datetime.date() if doc.pub_datetime else None
    words = [[t[0] for t in (s.tokens or _tokens(s.text))] for s in doc.sentences]
    prefer = story_preference(words, lx)  # "Punjab" in a Pakistani story is Pakistan's
    sents: list[_Sent] = []
    for s in doc.sentences:
        if s.doc is not None:
            units, atoms = sentence_units(s.doc, lx, when, prefer)
            offsets = token_offsets(s.doc)
            sents.append(_Sent(s.seq, units, atoms, offsets, s.doc))
        else:
            toks = s.tokens or _tokens(s.text)  # segmentation's tokens: same tokenizer rules
            units, atoms = _shallow_units([t[0] for t in toks], lx)
            sents.append(_Sent(s.seq, units, atoms, [(b, e) for _, b, e in toks], None))
    names = full_names_by_surname(words)
    story = doc.stage_data.get(STORY)  # a chunk of a long document: what the earlier chunks found
    if story is not None:
        counts = place_counts(sents), state_counts(sents)
        names = story.with_names(names)
    link_story([x.units for x in sents], lx, when, names, story)
    apply_story_acronyms(sents, words)
    resolve_descriptions(sents, [s.paragraph for s in doc.sentences])
    homes = dateline_states(doc.meta.get("dateline_place"), lx)
    home = next(iter(homes)) if len(homes) == 1 else None  # "GAZA/CAIRO": told from two states, none
    items = item_states(doc, sents)  # a roundup's items, each headed by its state
    fill_from_context(sents, story if story is not None else story_prior(doc, lx, home), home, items)
    for x in sents:
        share_alias_codes(x.units)
    if story is not None:
        story.places.update(counts[0])
        story.states.update(counts[1])
    for x in sents:
        date_units(x.units, when)
    by_seq = {s.seq: s for s in doc.sentences}
    entities = []
    for x in sents:
        s = by_seq[x.seq]
        for u in x.units:
            if not u.kind or (u.vague and not u.codes and not _pronoun_owned(x, u)):
                continue
            ents = [_entity(s, x, u, code) for code in (u.codes or [None])]
            x.ents[u.head] = ents
            entities.extend(ents)
    doc.entities = entities
    doc.stage_data[_ATTR] = {x.seq: x for x in sents}


def _pronoun_owned(x, u) -> bool:
    """A bare title owned by a pronoun ("IGAD said its secretary had ...", "the senator said his
    party would ..."): the owner the pronoun stands for places it (events/places.py
    infer_country: the speaker), so it is kept uncoded."""
    return x.sdoc is not None and u.kind == "agent" and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in x.sdoc[u.head].children)


def may_name_actor(words: list[str], story_names: set[str] = frozenset()) -> bool:
    """Cheap test for the pre-filter: could these words name an actor? True when the lexicon
    (countries, demonyms, capitals, organisations, people, agent words) matches, or a capitalised
    word is a name the story uses elsewhere ("Baqeri" after "Mohammad Baqeri"). An event needs an
    actor; a sentence that names none is not worth parsing. The first word counts too: a sentence
    opens with a surname as often as with anything ("Sharif's office rejected ...")."""
    if story_names and any(w in story_names for w in words):
        return True
    return bool(get_lexicon().scan(words)) or _refers_back(words)


def _refers_back(words: list[str]) -> bool:
    """Words that stand for parties named before ("the group", "the bloc", "the two countries"):
    the actor stage resolves them (anaphora.py, collective.PAIR_WORDS), so the sentence is worth
    parsing though it names no one itself."""
    from .anaphora import description_heads
    from .collective import PAIR_WORDS

    heads = description_heads()
    low = [w.lower() for w in words]
    return any((prev in ("the", "its", "their") and w in heads) or (prev in ("two", "both") and w in PAIR_WORDS)
               for prev, w in zip(low, low[1:]))


def story_name_words(sentences_words: list[list[str]]) -> set[str]:
    """Capitalised words of multi-word names in the story (the later surname-only mentions)."""
    names: set[str] = set()
    for words in sentences_words:
        run: list[str] = []
        for w in words[1:] + [""]:
            if w[:1].isupper() and w.isalpha():
                run.append(w)
                continue
            if len(run) >= 2:
                names.update(run)
            run = []
    return names


def headline_prior(title: str | None, lx):
    """The states a headline names, counted once each, as the story context's starting counts
    (model.StoryState): a headline names what the story is about ("... killed in Iran unrest"), so
    it counts like one more sentence towards the story's dominant state; None without a title."""
    from collections import Counter

    from ..model import StoryState
    from .codesets import NON_STATE_CODES

    if not title:
        return None
    words = [t[0] for t in _tokens(title)]
    codes = {lex.code for i, j, lexes in lx.scan(words) for lex in lexes
             if lex.code and lex.code not in NON_STATE_CODES and lex.kind != AGENT and not _headline_venue(words, i, j)}
    if not codes:
        return None
    return StoryState(places=Counter(codes), states=Counter(codes))


def _headline_venue(words: list[str], start: int, end: int) -> bool:
    """A headline's place that names where talks are held ("walk out of Nairobi peace talks",
    "Talks in Doha stall"): the venue, not the story's state (context.venue_of_talks for parsed
    sentences; a headline is not parsed, so its next two words or the two before decide)."""
    from .codesets import VENUE_NOUNS

    after = [w.lower() for w in words[end:end + 2]]
    before = [w.lower() for w in words[max(0, start - 2):start]]
    return any(w in VENUE_NOUNS for w in after) or (len(before) == 2 and before[0] in VENUE_NOUNS and before[1] in ("in", "at"))


def dateline_states(place: str | None, lx) -> set[str]:
    """The states of a dateline's places ("ISLAMABAD", "GAZA/CAIRO"): the lexicon's capitals and
    cities, else the gazetteer when it leaves no doubt (context.gazetteer_state)."""
    from .codesets import NON_STATE_CODES
    from .context import gazetteer_state

    states = set()
    for name in (place or "").split("/"):
        words = [t[0] for t in _tokens(name.strip().title())]
        codes = {lex.code for _, _, lexes in lx.scan(words) for lex in lexes[:1]
                 if lex.code and lex.code not in NON_STATE_CODES and lex.kind != AGENT}
        if not codes and words:
            code = gazetteer_state(" ".join(words))
            codes = {code} if code else set()
        states |= codes
    return states


DATELINE_WEIGHT = 2  # sentences: a dateline frames the whole story, enough alone for its state


def story_prior(doc: Document, lx, home: str | None):
    """The story context's starting counts: the states its headline names (headline_prior), each
    counted like one more sentence of the story naming it, and the one state of its dateline
    (``home``: "ISLAMABAD (Reuters) - Police arrested ...", the story is told from Pakistan), counted
    as two: alone it makes that state the story's, against another state the story names it weighs
    as two of its sentences (context.story_dominant)."""
    from collections import Counter

    from ..model import StoryState

    prior = headline_prior(doc.title, lx)
    if home is None:
        return prior  # no dateline, or one told from two states ("GAZA/CAIRO")
    weight = Counter({home: DATELINE_WEIGHT})
    if prior is None:
        return StoryState(places=Counter(weight), states=Counter(weight))
    prior.places.update(weight)
    prior.states.update(weight)
    return prior


def token_offsets(sdoc) -> list[tuple[int, int]]:
    """(start, end) of each token in its sentence, read from the doc's arrays (speed, same
    offsets: a Token object built per word of every parsed sentence was 1.5% of make bench)."""
    from spacy.attrs import IDX, LENGTH

    return [(idx, idx + length) for idx, length in sdoc.to_array([IDX, LENGTH]).tolist()]


def _tokens(text: str) -> list[tuple[str, int, int]]:
    from .lexicon import _tokenizer

    return [(t.text, t.idx, t.idx + len(t.text)) for t in _tokenizer()(text)]


def _entity(s, x: _Sent, u: Unit, code) -> Entity:
    start, end = u.start, u.end
    # drop a leading determiner or punctuation from the mention text
    if x.sdoc is not None:
        while start < end - 1 and (x.sdoc[start].pos_ in ("DET", "PUNCT", "CCONJ") or x.sdoc[start].lower_ in ("his", "her", "its", "their")):
            start += 1
    cs, ce = x.offsets[start][0], x.offsets[end - 1][1]
    other = [o for o in u.other if o != u.sector]
    return Entity(
        code=code,
        sector=u.sector,
        entity_text=s.text[cs:ce],
        identifier_text=u.identifier,
        start=s.start + cs,
        end=s.start + ce,
        sentence=s.seq,
        why="; ".join(u.why),
        other_sectors=other,
        tok_start=start,
        tok_end=end,
    )


def entities_for(doc: Document, sentence_seq: int, token_indices: Iterable[int], owners: bool = False) -> list[Entity]:
    """The entities of one argument: one per conjunct, the argument's head first; [] if none.
    ``owners``: a state's possessive on a noun no actor phrase names counts too, at its own depth
    (the target search of events/fill_recipient.py asks for it)."""
    index = doc.stage_data.get(_ATTR)
    if index is None or sentence_seq not in index:
        return []
    x = index[sentence_seq]
    toks = set(token_indices)
    if not toks:
        return []
    units = [u for u in x.units_at(toks) if u.head in x.ents]

    def depth(i: int) -> int:
        t, d = x.sdoc[i], 0
        while t.head.i != t.i and t.head.i in toks and d < 50:
            t, d = t.head, d + 1
        return d

    # the head of the argument first: the unit whose head's own head lies outside the tokens
    if x.sdoc is not None:
        units.sort(key=lambda u: (depth(u.head), u.start))
    heads = {u.head for u in units}
    out: list[Entity] = []
    seen = set()
    by_head = x.by_head()
    for u in units:
        if u.alias_of is not None and u.alias_of in heads:
            target = by_head.get(u.alias_of)
            if target is not None and target.head in x.ents:
                u = target
        for e in x.ents.get(u.head, []):
            key = (e.code, e.sector, e.identifier_text)
            if key in seen:
                continue
            seen.add(key)
            out.append(e)
    if out:
        # "the Emir of Qatar": the state of the of-phrase already placed the agent, it is not a
        # second party of the argument
        placed = {e.code for e in out if e.sector and "of-phrase" in e.why}
        out = [e for e in out if not (e.sector is None and e.identifier_text is None and e.code in placed)] or out
        if x.sdoc is None or not owners:
            return out
        # a state that owns a thing no actor phrase names ("Serbia's suppression of unrest in
        # Montenegro") names a party too, at its own depth among the phrase's actors
        covered = {k for u in units for k in range(u.start, u.end)}
        owner_atoms = [a for a in x.atoms_at(toks) if a.j - 1 not in covered
                       and (_possessor(x.sdoc, a) or _state_modifier(x.sdoc, a))]
        extra = _modifier_entities(doc, x, sentence_seq, owner_atoms, seen)
        if not extra:
            return out
        ranked = [(depth(e.tok_end - 1), e.tok_start, e) for e in out + extra]
        return [e for _, _, e in sorted(ranked, key=lambda r: (r[0], r[1]))]
    # no actor phrase among the tokens: a bare possessor or modifier ("Iran's") still names a state
    return _modifier_entities(doc, x, sentence_seq, x.atoms_at(toks), seen)


OWNER_KINDS = ("country", "capital", "city", "seat", "person")


def _possessor(sdoc, a) -> bool:
    """The atom is a state's or a person's possessive ("Serbia's", "Moscow's", "the Kremlin's") on
    a noun; an organisation's ("the party's plan") is left to the organisation's own phrase."""
    return a.kind in OWNER_KINDS and sdoc[a.j - 1].dep_ == "poss"


def _state_modifier(sdoc, a) -> bool:
    """The atom is a state's adjective on a noun no actor phrase names ("at Armenian positions",
    "on Ukrainian territory"): it names the party that noun belongs to, as a possessive does."""
    t = sdoc[a.j - 1]
    return a.kind in ("country", "demonym") and t.dep_ in ("amod", "compound") and t.head.pos_ == "NOUN"


def _modifier_entities(doc: Document, x, sentence_seq: int, atoms, seen: set) -> list[Entity]:
    """Entities of place, organisation and person words that modify a noun no actor phrase names."""
    when = doc.pub_datetime.date() if doc.pub_datetime else None
    s = doc.sentences[sentence_seq] if 0 <= sentence_seq < len(doc.sentences) else None  # seq is the index
    out: list[Entity] = []
    for a in atoms:
        if a.lex is None or a.kind == AGENT or a.lex.code is None:
            continue
        e = Entity(code=state_on(a.lex.code, when) if a.kind in ("city", "capital") else a.lex.code, sector=None if a.kind != "org" and a.kind != "seat" else a.lex.sector,
                   entity_text=" ".join(x.sdoc[k].text for k in range(a.i, a.j)) if x.sdoc is not None else a.lex.name,
                   identifier_text=a.lex.name if a.kind in ("org", "seat", "person") else None,
                   sentence=sentence_seq, why=a.lex.why + " (modifier)", tok_start=a.i, tok_end=a.j)
        if s is not None:
            e.start, e.end = s.start + x.offsets[a.i][0], s.start + x.offsets[a.j - 1][1]
            e.entity_text = s.text[x.offsets[a.i][0]:x.offsets[a.j - 1][1]]
        key = (e.code, e.sector, e.identifier_text)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
