"""Places at the time of the story: a city maps to the state that held it on the story's date.

Data: data/actors/succession.yaml (dates of independence since 1990, with sources). "Juba" in a
story published in 2000 was a city of Sudan (SDN), and not yet any state's capital, so it acts as
a place (CVL) rather than as a government. Applied, using Document.pub_datetime, to units that are
places (cities, capitals, gazetteer places) once the story is linked (__init__.py), and to bare
place modifiers (entities_for); a story with no date keeps today's codes.

Why places only: a text that names the polity itself or its people ("Montenegro", "Montenegro's
prime minister" in 1999, "Slovenia" in 1991, "Eritrean guerrillas", "Kosovo Albanians") names an
actor that already had its own government or identity, and event-data coders code it as that
polity (the PLOVER gold-standard sentences do: Montenegro MNE, Slovenia SVN in stories of those
years); a city, by contrast, is only a place, and belongs to whichever state held it then.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from ..data import load_yaml
from .lexicon import _end_date


@lru_cache(maxsize=1)
def _table() -> dict[str, list[tuple[date, str]]]:
    data = load_yaml("actors/succession.yaml") or {}
    out = {}
    for code, spans in (data.get("succession") or {}).items():
        out[code] = sorted((_end_date(s["until"]), s["code"]) for s in spans)
    return out


def regions() -> list[str]:
    return list((load_yaml("actors/succession.yaml") or {}).get("regions") or [])


def state_on(code: str | None, when: date | None) -> str | None:
    """The state that held ``code``'s territory on ``when``."""
    if code is None or when is None:
        return code
    for until, before in _table().get(code, ()):
        if when <= until:
            return before
    return code


PLACE_UNITS = ("capital", "city")


def date_units(units, when: date | None) -> None:
    """Map the codes of place units to the state of the story's date (in place)."""
    if when is None:
        return
    for u in units:
        if not u.codes or u.kind not in PLACE_UNITS:
            continue
        new = []
        for c in u.codes:
            s = state_on(c, when)
            if s not in new:
                new.append(s)
        if new != u.codes:
            u.why.append(f"state on {when.isoformat()}: {','.join(new)}")
            if u.kind == "capital" and u.sector == "GOV":
                u.sector = "CVL"  # not yet a capital: a city
            u.codes = new
