"""Who frees hostages when the text names nobody: their captors. "Six nurses who were kidnapped last
month have been freed", "the priest was released in northern Mali, where he had been held by
fighters of X": a hostage's release is its captors' act (manual, RETREAT release; an authority
frees only people in its custody, which implied_actors.yaml's custody words tell and
fill_actor.actor_implied_authority codes). An actor pass, run before that one."""
from __future__ import annotations

from ..model import Entity
from . import places
from .common import _entities
from .state import Candidate, SentenceState
from .vocab import words

ABDUCTING_VERBS = words("captives", "ABDUCTING_VERBS")
CAPTIVE_NOUNS = words("captives", "CAPTIVE_NOUNS")
HOLDING_VERBS = words("captives", "HOLDING_VERBS")


def actor_captors(s: SentenceState, c: Candidate):
    """A release with no named doer of people the sentence calls captives (kidnapped, abducted,
    hostages) is by their captors: the ones a by-phrase names ("held by X"), else the doers of the
    latest abduction the story told, else an unidentified armed group (PLOVER sector UAF)
    of the place of the release or of the story's state."""
    if c.actor or c.cat != "RETREAT" or c.entry.mode != "release" or c.args.actor_pronoun:
        return
    lemmas = {t.lemma_.lower() for t in s.sdoc}
    if lemmas & set(places.implied_only_with().get("RETREAT", ())):
        return  # freed from custody: the authority holding them (actor_implied_authority)
    if not _held_captive(s):
        return
    captors, how = _named_captors(s), "the captors the sentence names"
    if not captors:
        captors, how = _abductors_told(s, c), "the doers of the abduction told before"
    if not captors:
        captors, how = _unidentified(s, c), "unidentified captors of the place"
    held = {(r.code, r.sector) for r in c.recipient}
    c.actor = [e for e in captors if (e.code, e.sector) not in held]
    if c.actor:
        c.why.append(f"actor: {how}, who free the hostages")


def _held_captive(s: SentenceState) -> bool:
    """Does the sentence call people captives: an abducting verb, or a hostage noun?"""
    return any((t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in ABDUCTING_VERBS) or t.lemma_.lower() in CAPTIVE_NOUNS
               for t in s.sdoc)


def _named_captors(s: SentenceState) -> list[Entity]:
    """The agents of a verb of holding in the sentence ("had been held by fighters of X")."""
    agents = [g for t in s.sdoc if t.lemma_.lower() in HOLDING_VERBS
              for a in t.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    return [e for e in _entities(s.doc, s.seq, agents) if e.code]


def _abductors_told(s: SentenceState, c: Candidate) -> list[Entity]:
    """The doers of the latest abduction the story told (this sentence's earlier acts too)."""
    here = [o.actor for o in s.candidates if o is not c and o.tok.i < c.tok.i and not o.dropped
            and o.cat == "ASSAULT" and o.entry.mode == "abduct"]
    before = [ev.actor for ev in s.doc.events if ev.sentence < s.seq and ev.category == "ASSAULT"
              and "abduct" in (ev.mode or ())]
    doers = [[a for a in actor if a.code] for actor in before + here]
    doers = [d for d in doers if d]
    return doers[-1] if doers else []


UNNAMED_CAPTORS = "UAF"  # PLOVER's unidentified armed forces: people who hold hostages are armed


def _unidentified(s: SentenceState, c: Candidate) -> list[Entity]:
    """Unnamed captors, an unidentified armed group: of the place of the release, else the one state
    the sentence's places are in (where they were taken), else the story's state."""
    place = places.unidentified_attacker(s.doc, s.sent, c.tok)
    named = places.sentence_places(s.doc, s.sent)  # "abducted from a camp in X": the abduction's place
    if place:
        state, how = place[0].code, "the place of the release"
    elif len(named) == 1:
        state, how = next(iter(named)), "the place the sentence names"
    else:
        state, how = places.story_state(s.doc, sole=True), "the story's state"
    return [Entity(code=state, sector=UNNAMED_CAPTORS, entity_text="", sentence=s.seq,
                   why=f"unidentified captors: {how}")] if state else []
