"""A leader's past tenure as a date: "during the Obama administration", "under President Chirac".

News dates past acts by whose government it was: "silent during the Obama administration", "the
ban imposed under Prime Minister Blair". Without a date of its own such an act would take the
publication day, years after it happened. The knowledge base holds the heads of state and
government with their terms (data/actors/people.tsv), so the phrase names a range of dates: the
term itself.

Only a term that ended before the reference date counts ("under President X" while X is in
office says nothing the publication day does not), only a phrase led by a preposition of time
("during", "under", "throughout"; not "in": "a minister in the Blair government" describes a person; a name modifying an object, "reversed an Obama
administration policy", dates the policy, not the act), and only a name that gives one ended term
of one leader: "Bush" alone names two presidents, "Netanyahu" several terms, so they date nothing.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .. import data

_NAME = r"(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w'’-]+?)"


@lru_cache(maxsize=1)
def _words() -> dict:
    return data.load_yaml("time/lexicon.yaml")["tenure"]


@lru_cache(maxsize=1)
def pattern() -> re.Pattern:
    """'during the Obama administration', 'under Blair's premiership', 'under President Chirac'."""
    w = _words()
    preps = "|".join(w["prepositions"])
    nouns = "|".join(w["nouns"])
    titles = "|".join(re.escape(t) for t in w["titles"])
    return re.compile(
        rf"\b(?i:{preps})\s+(?:the\s+)?(?:(?:former|late)\s+)?(?:(?:{titles})\s+)?{_NAME}(?:'s|’s)?\s+(?P<noun>{nouns})\b"
        rf"|\b(?i:under)\s+(?:(?:former|late)\s+)?(?P<title>{titles})\s+(?P<name2>(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w'’-]+)")


@lru_cache(maxsize=1)
def _terms() -> dict[str, list[tuple[str, str, date | None, date | None]]]:
    """Name, alias or surname -> (person, title, start, end) of each leading office held."""
    from ..actors.lexicon import load_people

    lead = tuple(_words()["titles_held"])
    out: dict[str, list] = {}
    for p in load_people():
        for r in p["roles"]:
            title = (r["title"] or "").lower()
            if not title.startswith(lead) or r["start"] is None:
                continue
            term = (p["name"], title, _day(r["start"]), _day(r["end"]) if r["end"] else None)
            for key in {p["name"], *p["aliases"], p["name"].split()[-1]}:
                out.setdefault(key.lower(), []).append(term)
    return out


def _day(iso: str) -> date:
    parts = [int(x) for x in iso.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def tenure_range(name: str, ref: date | None) -> tuple[date, date] | None:
    """The one leading term the name gives that ended before ``ref``; None when it gives none, gives
    several (two leaders of one surname, or one leader's several terms), or the leader still held
    office on ``ref``."""
    if ref is None:
        return None
    terms = _terms().get(name.lower().replace("’", "'"), [])
    if any(start <= ref and (end is None or ref <= end) for _, _, start, end in terms):
        return None  # in office on the reference date: the phrase dates nothing
    ended = {(start, end) for _, _, start, end in terms if end is not None and end < ref}
    return next(iter(ended)) if len(ended) == 1 else None
