"""Who a pronoun, "the two sides" or an unnamed subject refers to: the antecedents the actor and
recipient passes (fill_actor.py, fill_recipient.py) take for a party the clause names only by
reference. Within the sentence: the main clause's subject for a subordinate clause's pronoun, a
fronted clause's subject for the main clause's, the verb above for a that-clause's, a relative
clause's noun. Across sentences: the one person or group named in the nearest earlier sentence
naming any (news copy names a party, then goes on "He said ...", "They accused ..."), and the two
parties of the most recent bilateral event for "the two sides".
"""
from __future__ import annotations

import re

from dataclasses import replace

from .. import actors
from ..model import STORY, Document, Entity
from .common import _coded, _entities
from .state import SentenceState
from .subjects import _subject_of
from .vocab import STATE_SECTORS

COUNTRYISH = re.compile(r"^[A-Z]{3}$")


def _side(e: Entity) -> tuple:
    """Which side a party is on: its state, and within one state the state's bodies apart from an
    armed or civil group ("the Sudanese army ... the Rapid Support Forces": a civil war's two sides)."""
    if e.sector is None or e.sector in STATE_SECTORS:
        return (e.code, "state")
    return (e.code, e.sector)


def last_pair(events) -> list[Entity]:
    """The two parties of the most recent event between two states or groups, or []. Two groups
    of one state count (an army and a militia it fights), an unplaced sector does not split one."""
    for ev in reversed(events):
        sides, picked = [], []
        for e in ev.actor + ev.recipient:
            if e.code and _side(e) not in sides:
                sides.append(_side(e))
                picked.append(e)
        if len(sides) >= 2:
            return picked[:2]
    return []


def both_sides(doc: Document, seq: int) -> list[Entity]:
    """'the two sides': the two parties of the most recent bilateral event (in a long document's
    earlier chunks too), else the two most mentioned country codes before this sentence."""
    pair = last_pair(doc.events)
    if pair:
        return pair
    story = doc.stage_data.get(STORY)
    if story is not None and story.last_pair:
        # copies without offsets: the chunk that uses them must not move the earlier chunk's
        return [replace(e, start=-1, end=-1, sentence=-1) for e in story.last_pair]
    counts: dict[str, list[Entity]] = {}
    for e in doc.entities:
        if e.sentence < seq and e.code and COUNTRYISH.match(e.code):
            counts.setdefault(e.code, []).append(e)
    top = sorted(counts.items(), key=lambda kv: -len(kv[1]))[:2]
    return [v[-1] for _, v in top] if len(top) == 2 else []


def antecedent(s: SentenceState, tok) -> list[Entity]:
    """A subject pronoun of an adverbial or coordinated clause refers to the main clause's subject
    ("bombers killed 23 people when they blew themselves up", "rebels took the town and they ...")."""
    v = tok
    while v.dep_ in ("xcomp", "acomp") and v.head.i != v.i:
        v = v.head
    if v.dep_ == "ccomp" and v.head.i != v.i:
        return complement_antecedent(s, v)
    if v.dep_ not in ("advcl", "conj") or v.head.i == v.i:
        return fronted_clause_subject(s, v)
    h = v.head
    subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # "X told lawmakers it was his duty ..., as he deflected ...": an expletive "it" of a reported
    # clause is no one; the speaker of the clause above is
    if subj is not None and subj.lower_ == "it" and h.dep_ == "ccomp" and h.head.i != h.i:
        subj = next((c for c in h.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON":
        return []
    return _coded(_entities(s.doc, s.seq, [subj]))


def fronted_clause_subject(s: SentenceState, verb) -> list[Entity]:
    """"When thousands of residents marched on the campus, they faced tear gas": the subject pronoun
    of a main clause after a fronted adverbial clause is that clause's subject."""
    pron = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON"), None)
    if pron is None:
        return []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > pron.i or not any(
                m.dep_ == "mark" or (m.dep_ == "advmod" and m.tag_ == "WRB") for m in clause.children):
            continue
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ == "PRON":
            continue
        person = subj.ent_type_ == "PERSON"
        if (pron.lower_ in PERSONAL_PRONOUNS) == person and pron.lower_ in PERSONAL_PRONOUNS | PLURAL_PRONOUNS:
            return _coded(_entities(s.doc, s.seq, [subj]))
    return []


RELATIVE_PRONOUNS = ("who", "which", "that")


def relative_antecedent(subj, verb):
    """"the protest leaders, who said they would meet ...": the subject "who" of a relative clause
    is the noun the clause hangs on, which speaks and which "they" refers to."""
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and subj.tag_ in ("WP", "WDT") \
            and verb.dep_ == "relcl" and verb.head.i != verb.i:
        return verb.head
    return subj


def shared_subject(verb):
    """The subject a coordinated verb shares with the verb before it ("rebels rejected the plan and
    said they ..."), or None: "said" has no subject of its own, the rebels speak."""
    if verb.dep_ != "conj":
        return None
    subj, _, passive = _subject_of(verb)
    return None if passive or subj is None else subj


def complement_antecedent(s: SentenceState, clause) -> list[Entity]:
    """A subject pronoun of a that-clause refers to the subject of the verb above it when they agree
    ("Hamas admitted that it attacked ...", "the rebels denied they had ...", "Ruto confirmed he
    would ..."): as the speaker of reported speech is (actor_speaker), for any verb with a clause.
    "he"/"she" take a person only, "it"/"they" anything else."""
    pron = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "PRON"), None)
    subj = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        or shared_subject(clause.head)
    subj = relative_antecedent(subj, clause.head)
    if pron is None or subj is None or subj.pos_ == "PRON":
        return []
    person = subj.ent_type_ == "PERSON"
    if (pron.lower_ in PERSONAL_PRONOUNS) != person or pron.lower_ not in PERSONAL_PRONOUNS | THING_PRONOUNS:
        return []
    return _coded(_entities(s.doc, s.seq, [subj]))


# ---------------------------------------------------------------- passes (each: s, c -> False drops c)

PERSONAL_PRONOUNS = {"he", "she"}
PRONOUN_LOOKBACK = 3  # sentences: news names a person, then goes on "He said ..." within a few
PLURAL_PRONOUNS = {"they"}
THING_PRONOUNS = {"it", "they"}  # what a body or a group is referred back to by
GROUP_LOOKBACK = 2  # sentences: "They" opens the sentence right after its group is named
BODY_LOOKBACK = 1  # sentences: "It" takes up the subject of the sentence just before
SINGULAR_THING_PRONOUNS = {"it"}
PLURAL_TAGS = ("NNS", "NNPS")


def nearest_one(doc: Document, seq: int, lookback: int, candidates) -> list[Entity]:
    """The entities of the one candidate the nearest earlier sentence with any candidate names
    (``candidates(x)``: key -> entities of one sentence), at most ``lookback`` sentences back; two
    candidates there leave it unresolved. Web pages make a paragraph of each sentence, so
    paragraphs do not bound the search."""
    from ..actors import _ATTR
    sents = doc.stage_data.get(_ATTR) or {}
    for back in range(1, lookback + 1):
        x = sents.get(seq - back)
        if x is None:
            return []
        found = candidates(x)
        if len(found) == 1:
            return [e for e in next(iter(found.values())) if e.code]
        if found:
            return []
    return []


def named_people(x) -> dict:
    people = {}
    for u in x.units:
        if u.kind == "person" and u.codes and u.head in x.ents:
            people.setdefault(u.identifier or u.head, x.ents[u.head])
    return people


def named_groups(x) -> dict:
    groups = {}
    if x.sdoc is None:
        return groups
    for u in x.units:
        if u.kind in ("agent", "org", "demonym") and u.codes and u.head in x.ents \
                and x.sdoc[u.head].tag_ in PLURAL_TAGS:
            groups.setdefault((tuple(u.codes), u.sector), x.ents[u.head])
    # named people joined by "and" ("Senator X and Representative Y") are a "they" too
    people = {u.head: u for u in x.units if u.kind == "person" and u.codes and u.head in x.ents}
    for head, u in people.items():
        pair = [head] + [c.i for c in x.sdoc[head].conjuncts if c.i in people and c.i > head]
        if len(pair) > 1:
            groups.setdefault(("people", tuple(pair)), [e for h in pair for e in x.ents[h]])
            break
    # states or bodies joined by "and" as the main clause's subject ("Britain, France and Germany
    # welcomed the vote. They urged ..."): a "they" too, when no plural group was named
    subj = _root_subject(x)
    if not groups and subj is not None and subj.pos_ != "PRON":
        heads = [subj.i] + [c.i for c in subj.conjuncts]
        joined = [u for u in x.units if u.head in heads and u.codes and u.head in x.ents]
        if len(joined) > 1:
            groups[("joined", tuple(u.head for u in joined))] = [e for u in joined for e in x.ents[u.head]]
    return groups


def titled_subject(x) -> dict:
    """The one titled person with no name the sentence's main clause is about ("A coast guard
    spokesman said ...", "The governor of the region said ..."): a singular agent word naming one
    person (units.Unit.person_title) as the subject of the root verb."""
    subj = _root_subject(x)
    if subj is None or subj.pos_ == "PRON" or subj.tag_ in PLURAL_TAGS:
        return {}
    u = next((u for u in x.units if u.start <= subj.i < u.end and u.kind == "agent" and u.person_title
              and u.codes and u.head in x.ents), None)
    return {(tuple(u.codes), u.sector): x.ents[u.head]} if u is not None else {}


def titled_people(x) -> dict:
    """The titled persons with no name a sentence names anywhere ("ordered a Russian diplomat to
    leave", "arrested a Kenyan journalist"): singular agent words naming one person."""
    if x.sdoc is None:
        return {}
    return {(tuple(u.codes), u.sector): x.ents[u.head] for u in x.units
            if u.kind == "agent" and u.person_title and u.codes and u.head in x.ents
            and x.sdoc[u.head].tag_ not in PLURAL_TAGS}


def previous_titled_person(doc: Document, seq: int) -> list[Entity]:
    """The one titled person the sentence just before names, subject or object: whom "him" or "her"
    acted on in the next sentence takes up ("Police arrested a journalist. Prosecutors charged her")."""
    return nearest_one(doc, seq, BODY_LOOKBACK, titled_people)


def previous_person(doc: Document, seq: int) -> list[Entity]:
    """The one person named in the nearest earlier sentence naming anyone (PRONOUN_LOOKBACK):
    who "he" or "she" opening a later sentence is in news copy; else the titled person with no
    name the sentence just before is about ("A ministry spokesman said ... He urged ...")."""
    return nearest_one(doc, seq, PRONOUN_LOOKBACK, named_people) or \
        nearest_one(doc, seq, BODY_LOOKBACK, titled_subject)


def previous_group(doc: Document, seq: int) -> list[Entity]:
    """The one group named as a plural noun phrase in the nearest earlier sentence naming any
    ("Opposition lawmakers walked out. They accused ..."; GROUP_LOOKBACK): who "they" opening a
    later sentence is in news copy. People and single bodies ("the ministry") are not what "they"
    takes up."""
    return nearest_one(doc, seq, GROUP_LOOKBACK, named_groups)


def _root_subject(x):
    """The subject of the sentence's root verb (a parsed sentence's), else None."""
    if x.sdoc is None:
        return None
    root = next((t for t in x.sdoc if t.dep_ == "ROOT"), None)
    return next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None


def subject_body(x) -> dict:
    """The body a sentence's main clause is about: the coded unit naming the subject of its root
    verb, a state or a single body ("Mali's government said ...", "The ministry recalled ..."), not
    a person ("he"/"she" take those) and not a plural group ("they")."""
    subj = _root_subject(x)
    if subj is None or subj.pos_ == "PRON" or subj.tag_ in PLURAL_TAGS or subj.ent_type_ == "PERSON":
        return {}
    u = next((u for u in x.units if u.start <= subj.i < u.end and u.kind != "person" and u.codes), None)
    if u is None or u.head not in x.ents:
        return {}
    return {(tuple(u.codes), u.sector): x.ents[u.head]}


def previous_body(doc: Document, seq: int) -> list[Entity]:
    """The body the sentence just before is about (subject_body): what "it" opening the next
    sentence takes up in news copy ("The ministry condemned the raid. It also recalled its envoy").
    One sentence back only: a body named further back has usually been displaced by another."""
    return nearest_one(doc, seq, BODY_LOOKBACK, subject_body)


SUBORDINATE_CLAUSES = ("relcl", "advcl")  # "visited X, where he ...", "met Y after he ..."


def main_clause_person(s: SentenceState, tok) -> list[Entity]:
    """The one person subject of the clause a relative or adverbial clause hangs in: "President X
    visited Cotabato, where he handed out cash" — "he" is X, the clause's own sentence names him."""
    clause = tok  # not through a that-clause: "saying he must resign" speaks of someone else
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in SUBORDINATE_CLAUSES:
        return []
    main = clause.head
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head  # the relative clause hangs on the main verb's object or adjunct
    subject = [t for c in main.children if c.dep_ == "nsubj" for t in c.subtree]
    from ..actors import _ATTR

    x = (s.doc.stage_data.get(_ATTR) or {}).get(s.seq)
    persons = {(e.tok_start, e.tok_end) for ents in (named_people(x).values() if x is not None else ()) for e in ents}
    people = [e for e in actors.entities_for(s.doc, s.seq, [t.i for t in subject])
              if e.code and e.sector and (e.tok_start, e.tok_end) in persons]
    return people if len(people) == 1 else []
