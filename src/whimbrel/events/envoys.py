"""Whom a state's acts on its own diplomats are aimed at: an ambassador recalled "to" or "from" a
capital is withdrawn from that state (CAMEO 161, reduce or break diplomatic relations; manual,
SANCTION withdraw), not aimed at the ambassador. A candidate pass of the recipient phase
(events/passes.py), run once the actor is known."""
from __future__ import annotations

from .common import _codes, _entities
from .state import Candidate, SentenceState
from .vocab import words

ENVOYS = frozenset(words("retype", "ENVOYS"))
POSTS = ("to", "from", "in")  # "its ambassador to Britain", "recalled its envoy from Paris"


def _posts(tok) -> list:
    """The states an envoy object is posted to: the objects of to/from/in on the envoy noun or on the
    recalling verb."""
    envoys = [o for o in tok.children if o.dep_ == "dobj" and o.lemma_.lower() in ENVOYS]
    heads = [*envoys, tok] if envoys else []
    return [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in POSTS
            for g in p.children if g.dep_ == "pobj"]


def recipient_envoys_host(s: SentenceState, c: Candidate):
    """"Iran recalled its ambassadors to Britain, France and Germany": the states they are posted to,
    in place of the actor's own envoys (the story may have resolved "its ambassadors" as its
    government)."""
    if c.cat != "SANCTION" or c.entry.cameo != "161" or not c.actor:
        return
    if c.recipient and not _codes(c.recipient) <= c.acodes:
        return
    posts = _posts(c.tok)
    if not posts:
        return
    heads = [x for g in posts for x in (g, *g.conjuncts)]
    hosts = [e for e in _entities(s.doc, s.seq, heads) if e.code and e.code not in c.acodes]
    if hosts:
        c.recipient = hosts
        c.why.append("recipient: the states the recalled envoys are posted to")
