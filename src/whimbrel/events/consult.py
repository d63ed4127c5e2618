"""Who is the actor of a CONSULT: the PLOVER manual's visit/host direction.

The manual (CONSULT, "Requires recipient: No"): "In events where one side is hosting and one is
visiting, the visitor will always be coded as the actor and the host will be the recipient" (mode
visit); a meeting hosted by someone not party to it has mode third-party. The parse gives the host
as the subject of "hosted"/"received" and the meeting place of "met in <capital>": these rules turn
such events round so that the visitor is the actor whatever the sentence's grammar.
"""
from __future__ import annotations

from ..model import Document, Event
from . import cameo
from .common import _codes, _coded, _entities
from .lexicon import modality
from .triggers import NOUN_POS, phrase_tokens
from .vocab import words

# what a host can host that is a meeting of others, not a guest ("hosted talks between A and B")
MEETING_NOUNS = words("consult", "MEETING_NOUNS")
# meetings a statement is made at or to ("told a donors' session", "addressing a party gathering"): the
# venue of the words, and no meeting between parties unless it names the other (venue_meeting)
VENUE_MEETINGS = frozenset(words("consult", "VENUE_MEETINGS"))
VENUE_VERBS = frozenset(words("consult", "VENUE_VERBS"))
COUNTERPART_PREPS = ("with", "between", "among")


def _set(ev: Event, code: str, mode: str, why: str) -> None:
    ev.mode = [mode]
    ev.cameo, ev.goldstein = code, cameo.goldstein(code)
    ev.rule += "; " + why


def host_direction(doc: Document, sent, tok, ev: Event) -> None:
    """'X hosted Y', 'X received Y in <X's capital>': Y visits X (actor Y, recipient X, mode visit).
    'X hosted talks between A and B': X is a third party to the meeting (mode third-party, X stays
    the actor as the one who convenes it, A and B its recipients)."""
    if not ev.actor:
        return
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and obj.lemma_.lower() in MEETING_NOUNS:
        if ev.recipient and not (_codes(ev.recipient) & _codes(ev.actor)):
            _set(ev, "044", "third-party", "third-party: the host convenes a meeting of others")
        return
    if not ev.recipient or _codes(ev.recipient) == _codes(ev.actor):
        return
    ev.actor, ev.recipient = ev.recipient, ev.actor
    ev.reciprocal = False
    _set(ev, "042", "visit", "visit: the guest is the actor, the host the recipient (manual, CONSULT)")


def caller_direction(ev: Event) -> None:
    """'X received a phone call from Y': Y called X (actor Y, recipient X, mode phone), as a guest
    received is the visitor."""
    if not ev.actor or not ev.recipient or _codes(ev.recipient) == _codes(ev.actor):
        return
    ev.actor, ev.recipient = ev.recipient, ev.actor
    ev.rule += "; phone: the caller is the actor, the one called the recipient"


def visit_direction(doc: Document, sent, tok, ev: Event) -> None:
    """A meeting 'in <capital of one side>' is a visit: the visitor is the actor, the host the
    recipient (PLOVER CONSULT, mode visit)."""
    if not ev.actor or not ev.recipient:
        return
    scope = phrase_tokens(tok) + [tok.head]
    places = [g for h in scope for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for g in c.children if g.dep_ == "pobj"]
    if not places:
        return
    host = _codes(_coded(_entities(doc, sent.seq, places)))
    a, r = _codes(ev.actor), _codes(ev.recipient)
    if not host or a == r:
        return
    if host & a and not host & r:
        ev.actor, ev.recipient = ev.recipient, ev.actor
    elif not host & r:
        return
    _set(ev, "042", "visit", "visit: meeting held in the recipient's country")


def direct(doc: Document, sent, tok, ev: Event, entry_cameo: str | None) -> None:
    """Apply the manual's direction to a factual, non-reciprocal CONSULT."""
    if ev.reciprocal or ev.future:
        return
    if entry_cameo == "043":
        host_direction(doc, sent, tok, ev)
    elif entry_cameo == "041" and tok.lemma_.lower() == "receive":
        caller_direction(ev)
    elif entry_cameo != "045":
        visit_direction(doc, sent, tok, ev)


def venue_meeting(s, c):
    """"Addressing a party gathering in Lyon, the mayor said ...", "the envoy told a donors' session
    that ...": a meeting that is only where the words were said is their venue, not a CONSULT of
    the speaker's with no one (the manual's CONSULT is a meeting between parties). Kept when the
    meeting names its other party ("a meeting with the envoy") or the parse gave it one."""
    if c.cat != "CONSULT" or c.tok.pos_ not in NOUN_POS or c.tok.lemma_.lower() not in VENUE_MEETINGS or c.recipient:
        return True
    tok = c.tok
    if any(p.dep_ == "prep" and p.lower_ in COUNTERPART_PREPS for p in tok.children):
        return True
    speech = VENUE_VERBS | set(modality()["speech_verbs"])
    said_to = tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() in speech
    said_at = tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head.lemma_.lower() in speech
    if said_to or said_at:
        c.why.append("a meeting that is only the venue of the words said at it")
        return False
    return True
