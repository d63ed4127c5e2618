"""Accidents are not attacks: people killed or hurt by a crash, a collapse, a fire or an animal; nor
are animals shot or killed (hunting, poaching, culls).

PLOVER's ASSAULT is force used by an actor. Casualty copy of accidents has the shape of attack copy
("two people were killed when a bus plunged into a ravine", "a fire killed nine patients", "a leopard
attacked villagers"), and the coder used to give such a killing an unidentified attacker of the place.
The trigger lexicon already rules out a killing "in a crash" or "in floods" (word_classes.yaml
accidents); this pass reads the doer instead: the subject or agent of the killing, or the subject of
the clause telling when it happened (data/events/words.yaml accidents).
"""
from __future__ import annotations

from .state import Candidate, SentenceState
from .vocab import words

WHEN_MARKS = words("accidents", "WHEN_MARKS")
HAZARDS = words("accidents", "HAZARDS")
WEAPONS = words("accidents", "WEAPONS")
ANIMALS = words("accidents", "ANIMALS")
NATURAL_TARGETS = words("accidents", "NATURAL_TARGETS")

_SUBJECTS = ("nsubj", "nsubjpass")


def when_clauses(tok) -> list:
    """The trigger's adverbial clauses of time ("were killed when X attacked", "as X fired")."""
    return [c for c in tok.children if c.dep_ == "advcl"
            and any(m.dep_ in ("mark", "advmod") and m.lower_ in WHEN_MARKS for m in c.children)]


def _hazard(noun) -> bool:
    """A hazard noun not made a weapon by its modifier: "Israeli fire", "tank fire" are an army's."""
    if noun.lemma_.lower() not in HAZARDS and noun.lower_ not in HAZARDS:
        return False
    return not any(g.dep_ in ("amod", "compound", "poss") and (g.ent_type_ in ("NORP", "GPE", "ORG") or _armed([g]))
                   for g in noun.children)


def _armed(tokens) -> bool:
    return any(t.lemma_.lower() in WEAPONS or t.lower_ in WEAPONS for t in tokens)


def _doers(tok) -> list:
    """Who does the killing: the subject of an active verb, the by-agent of a passive one."""
    out = [c for c in tok.children if c.dep_ == "nsubj"]
    for agent in (c for c in tok.children if c.dep_ == "agent"):
        out += [o for o in agent.children if o.dep_ == "pobj"]
    return out


def _animals_only(tok) -> bool:
    """'Hunters shot the lion', 'two rhinos were killed by poachers', 'firefighters battled bushfires':
    every one acted on (object or passive subject, with its conjuncts) is an animal, a fire, a flood
    or an epidemic (words.yaml accidents ANIMALS, NATURAL_TARGETS)."""
    targets = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    targets += [g for t in targets for g in t.conjuncts]
    kinds = ANIMALS | NATURAL_TARGETS
    return bool(targets) and all(t.lemma_.lower() in kinds or t.lower_ in kinds for t in targets)


ACCIDENT_CATEGORIES = ("ASSAULT", "PROTEST")  # "heavy snow blocked roads" is no protest either


def accident(s: SentenceState, c: Candidate):
    """Drop an ASSAULT (or a PROTEST) whose doer is a vehicle, a structure, a fire, an animal, the
    weather or a disease, or whose clause of time has one as its subject with no weapon in the
    clause: "a leopard attacked villagers", "floods swept through villages, killing 20" (the
    participle's doer is its verb's subject: the roles pass's actor heads), "were killed when a
    truck plunged into a river". A bomb, a mine or a gunman in that clause keeps it."""
    if c.cat not in ACCIDENT_CATEGORIES:
        return True
    if c.cat == "ASSAULT" and _animals_only(c.tok):
        c.why.append("no attack on people: animals, fires or floods were its targets")
        return False
    doers = _doers(c.tok) or list(c.args.actor)
    if doers and all(_hazard(d) for d in doers) and not _armed(c.tok.subtree):
        c.why.append(f"an accident: done by '{doers[0].text}'")
        return False
    if doers:
        return True
    for clause in when_clauses(c.tok):
        subjects = [g for g in clause.children if g.dep_ in _SUBJECTS]
        if subjects and all(_hazard(g) for g in subjects) and not _armed(clause.subtree):
            c.why.append(f"an accident: when '{subjects[0].text}' {clause.text}")
            return False
    return True
