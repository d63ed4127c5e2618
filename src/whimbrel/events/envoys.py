"""Whom a state's acts on its own diplomats are aimed at: an ambassador recalled "to" or "from" a
capital is withdrawn from that state (CAMEO 161, reduce or break diplomatic relations; manual,
SANCTION withdraw), not aimed at the ambassador; and what a mission abroad says with no stated target
is said to its host state. Candidate passes of the recipient phase (events/passes.py), run once the
actor is known."""
from __future__ import annotations

from dataclasses import replace

from . import places
from .common import _codes, _entities
from .fill_recipient import VERBAL
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


MISSIONS = frozenset(words("retype", "MISSIONS"))
MISSION_POSTS = ("in", "to")  # "the embassy in Moscow", "the ambassador to Sweden"


def recipient_mission_host(s: SentenceState, c: Candidate):
    """A state's embassy, consulate or ambassador posted in another state ("the U.S. Embassy in
    Moscow called the case baseless", "the Russian embassy in Stockholm rejected any link") speaks to
    its host: a mission's words with no stated target are aimed at the state it is posted in, not
    at its own state's people (the domestic guess). Only a post the sentence names, in the actor's
    own phrase, and a state: "to the United Nations" names a forum, not the one addressed."""
    if c.recipient or c.cat not in VERBAL or not c.actor:
        return
    hosts = [h for a in c.actor if a.sentence == s.seq for h in _mission_hosts(s, a) if h.code not in c.acodes]
    if hosts:
        # the host's government, whom a mission deals with; named by the place it is posted in
        c.recipient = [replace(hosts[0], sector="GOV", why=f"{hosts[0].why}; the mission's host government")]
        c.why.append("recipient: the state the speaking mission is posted in")


def _mission_hosts(s: SentenceState, actor) -> list:
    """The state of the place a mission noun of the actor's phrase is posted "in" or "to"."""
    span = [t for t in s.sdoc if actor.tok_start <= t.i < actor.tok_end]
    out = []
    for t in span:
        if t.lemma_.lower() not in MISSIONS:
            continue
        posts = [g for p in t.children if p.dep_ == "prep" and p.lower_ in MISSION_POSTS
                 for g in p.children if g.dep_ == "pobj"]
        # a state: a mission to the UN or NATO speaks in that body's forum, to its other members
        out += [e for e in _entities(s.doc, s.seq, posts[:1]) if places.is_place(e)]
    return out
