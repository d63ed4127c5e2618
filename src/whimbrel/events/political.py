"""Keep only political events: at least one party from a political sector, or a political act.

The event lexicons are political words ("offer", "ask", "deal", "release") that ordinary business
and private life use too; on news pages with no political event most of what the coder finds is
"Amazon offers ..." or "doctors ask ...". PLOVER codes political interactions, so an event whose
parties are all companies, customers or private people is dropped unless the act itself is one
that is political whoever does it (protest, violence, coercion, threats) or it crosses borders
(parties of two states): data/events/political.yaml.
A party with no sector is unknown, not private: it keeps the event.
"""
from __future__ import annotations

from functools import lru_cache

from ..data import load_yaml
from ..model import Document, Entity, Event
from ..options import Options
from .vocab import GUESSED_RECIPIENT


@lru_cache(maxsize=1)
def _rules() -> tuple[frozenset, frozenset, frozenset]:
    rules = load_yaml("events/political.yaml")
    return (frozenset(rules["political_sectors"]), frozenset(rules["political_codes"]),
            frozenset(rules["any_actor_categories"]))


@lru_cache(maxsize=1)
def _private_sectors() -> frozenset:
    return frozenset(load_yaml("events/political.yaml").get("private_sectors") or ())


@lru_cache(maxsize=1)
def _firm_marks() -> tuple[frozenset, frozenset]:
    rules = load_yaml("events/political.yaml")
    return frozenset(rules.get("firm_sectors") or ()), frozenset(rules.get("firm_codes") or ())


def firm(entity: Entity) -> bool:
    sectors, codes = _firm_marks()
    return entity.sector in sectors or (entity.code in codes and entity.sector in (None, *sectors))


def among_firms(event: Event) -> bool:
    """Only firms act, and only firms (or no one named) undergo it: "Samsung fought back against
    Apple" is competition, not an attack (political.yaml firm_sectors)."""
    named = [e for e in event.recipient if not defaulted(e)]
    return bool(event.actor) and all(firm(e) for e in event.actor) and all(firm(e) for e in named)


@lru_cache(maxsize=1)
def _court_words() -> frozenset:
    return frozenset(load_yaml("events/political.yaml").get("any_actor_triggers") or [])


def addressed_to_court(event: Event) -> bool:
    words = {w.lower() for text in event.event_text for w in text.split()}
    return bool(words & _court_words())


def political_party(entity: Entity) -> bool:
    sectors, codes, _ = _rules()
    if entity.code in codes or entity.sector is None:
        return True
    return entity.sector in sectors or any(s in sectors for s in entity.other_sectors)


def international(event: Event) -> bool:
    """Parties of two different states: an interaction across borders (aid groups of one state
    helping people of another) is international relations, unless every party is a private person
    or a firm (political.yaml private_sectors): a runner praising a foreign crowd, a firm suing a
    foreign firm."""
    _, codes, _ = _rules()
    parties = event.actor + event.recipient
    if parties and all(e.sector in _private_sectors() for e in parties):
        return False  # private people or firms of two states ("a Kenyan runner praised the Berlin crowd")
    states = {e.code for e in parties if e.code and e.code not in codes and e.code != "MNC"}
    return len(states) >= 2


def is_political(event: Event) -> bool:
    _, _, any_actor = _rules()
    if event.category in any_actor and among_firms(event):
        return False
    if event.category in any_actor or international(event) or addressed_to_court(event):
        return True
    return any(political_party(e) for e in event.actor + event.recipient if not defaulted(e))


def defaulted(entity: Entity) -> bool:
    """A recipient the coder guessed (fill_recipient.recipient_domestic_default: a complaint or
    demand "aimed at home"), not one the text names: it says nothing of whether the act is
    political. Without this, every guessed party (no sector: "unknown") kept the event, and false
    alarms per page without events doubled on news train (0.061 -> 0.102) and dev (0.037 -> 0.148)."""
    return (entity.why or "").startswith(GUESSED_RECIPIENT)


def keep_political(doc: Document, options: Options) -> None:
    """Drop the events of a document that no political party takes part in, and those whose doer
    the story never places in a state or body."""
    doc.events = [ev for ev in doc.events if is_political(ev) and placed_actor(ev)]


def placed_actor(event: Event) -> bool:
    """Has a doer of the event a code (a state, or a body such as IGO or NGO)? A person the text
    names but nowhere places ("Owner Jerry Jones said he supported coach X", in a page with no state
    named) cannot make a dyad: event data codes who acts by state or body (PLOVER actors, CAMEO's
    actor codes), and PETRARCH drops an event whose actor it cannot code. Speech and pronouns can
    pass such a person on as a doer after the sentence's own checks (events/common._coded). A
    reciprocal act (talks, a meeting) has no doer apart from its other party: a placed party on
    either side makes the dyad."""
    parties = event.actor + (event.recipient if event.reciprocal else [])
    return any(e.code for e in parties)
