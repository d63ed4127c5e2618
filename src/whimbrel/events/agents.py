"""Doers a clause names only indirectly: the user of a weapon a clause's subject is ("a bomb planted
by militants struck ...") or an adverbial clause names ("were wounded when a mine laid by rebels
exploded"), and a passive's "by" agent the parser hung on a later verb. Kept apart from roles.py,
which assigns the roles a parse gives directly.
"""
from __future__ import annotations

from .subjects import _agent_object, _prep_objects
from .triggers import VERB_POS
from .vocab import words

WEAPON_NOUNS = words("roles", "WEAPON_NOUNS")


def weapon_user(subj):
    """The one who fired, planted or launched a weapon that is a clause's subject ("a bomb planted
    by militants struck ...": the militants), from a participle's by-phrase on it; None when the
    subject is no weapon or the text does not say."""
    if subj.lemma_.lower() not in WEAPON_NOUNS:
        return None
    for c in subj.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            user = _agent_object(c) or next(iter(_prep_objects(c, ("by",))), None)
            if user is not None:
                return user
    return None


def clause_weapon_user(verb):
    """Who planted or fired the weapon an adverbial clause of an agentless passive names, in a
    participle's by-phrase ("were wounded when their vehicle hit a mine laid by rebels", "were hurt
    when a bomb planted by gunmen exploded"): the attack the passive reports is theirs."""
    for c in verb.children:
        if c.dep_ != "advcl" or c.pos_ not in VERB_POS:
            continue
        for n in c.children:
            if n.dep_ in ("nsubj", "nsubjpass", "dobj"):
                user = weapon_user(n)
                if user is not None:
                    return user
    return None


def passive_agent_far(verb):
    """A "by" agent set off by a comma at the end of a passive clause, which the parser hangs on a
    later verb ("X has been accused of misusing funds, much of it embezzled, by officials")."""
    for t in verb.subtree:
        if t.i > verb.i and t.lower_ == "by" and t.dep_ in ("agent", "prep") and t.i > 0 and t.doc[t.i - 1].text == ",":
            objs = [g for g in t.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None
