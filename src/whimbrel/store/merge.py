"""Cross-story merging: one event record per happening, however many stories report it.

Within a story the pipeline already merges repeats (``whimbrel.events.merge_mentions``); here
story events from *different* stories are joined when they describe the same happening:

* the same merge key: PLOVER category, the set of actor country codes, the set of recipient
  country codes, and factuality (a denial never merges with a report that it happened);
* dates that overlap within their precision (each date is an interval: a day, a month, a year, a
  range; a date that is only the publication date covers that day and the day before, since news
  reports what happened yesterday); the merged event's interval is the intersection of its
  members', so every member stays compatible with every other;
* compatible places: unknown is compatible with anything; otherwise countries must agree and,
  where both name a place below country level, the names (or feature ids) must agree;
* never two story events of the same story (the in-story merger kept them apart for a reason).

An event with no date or no coded actor and recipient is never merged: nothing says two such
reports are one happening. Every decision is written to ``story_events.merge_why`` in words.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def date_interval(value: str | None, precision: str | None, enddate: str | None = None) -> tuple[date, date] | None:
    """The span of days a (date, precision) pair stands for, or None if undated."""
    if not value:
        return None
    m = _DATE.match(value)
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    precision = (precision or "").lower()
    if not precision:
        precision = "day" if d else "month" if mo else "year"
    try:
        if precision == "year" or mo is None:
            return date(y, 1, 1), date(y, 12, 31)
        if precision == "month" or d is None:
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
        day = date(y, mo, d)
        if precision == "range":
            end = date_interval(enddate, "day") if enddate else None
            return (day, end[1]) if end and end[1] >= day else (day, day)
        if precision == "publication":
            return day - timedelta(days=1), day
        return day, day
    except ValueError:
        return None


def _first(loc: dict, *keys):
    for k in keys:
        v = loc.get(k)
        if v not in (None, ""):
            return v
    return None


def place_parts(loc: dict | None) -> dict:
    """Country, admin1, name and feature id of a PLOVER ``event_loc``.

    Reads whimbrel's own location object (``resolved_place``, ``city``, ``province``,
    ``country_code``, ``geonameid``, ``feature_code``) and GeoNames-style or plain keys. A place that
    is a whole country (feature PCL*) or a province (ADM1) is reduced to that level, so "Iraq" stays
    compatible with "Baghdad, Iraq" and a province with a city inside it.
    """
    if not loc or not isinstance(loc, dict):
        return {}
    country = _first(loc, "country_code", "countryCode", "country_code3", "country")
    name = _first(loc, "city", "resolved_place", "name", "placename", "place", "toponym")
    parts = {
        "country": str(country).upper() if country else None,
        "admin1": _first(loc, "province", "admin1", "adminCode1", "admin1_code", "admin1Name"),
        "feature": _first(loc, "geonameid", "geonameId", "geoname_id", "feature_id"),
        "name": str(name) if name else None,
        "lat": _first(loc, "lat", "latitude"),
        "lon": _first(loc, "lon", "lng", "long", "longitude"),
    }
    code = str(loc.get("feature_code") or "").upper()
    if code.startswith("PCL") or (parts["name"] and parts["name"] in (parts["country"], loc.get("country"))):
        parts.update(name=None, feature=None, admin1=None)  # the place is the whole country
    elif code == "ADM1":
        parts.update(admin1=parts["admin1"] or parts["name"], name=None, feature=None)
    return parts


def places_compatible(a: dict, b: dict) -> tuple[bool, str]:
    """Whether two place_parts can be the same place, and why."""
    if not a or not b:
        return True, "place unknown on one side"
    if a.get("country") and b.get("country") and a["country"] != b["country"]:
        return False, f"places in different countries ({a['country']} vs {b['country']})"
    if a.get("admin1") and b.get("admin1") and str(a["admin1"]) != str(b["admin1"]):
        return False, f"places in different provinces ({a['admin1']} vs {b['admin1']})"
    if a.get("feature") and b.get("feature"):
        same = str(a["feature"]) == str(b["feature"])
        return same, "same place" if same else f"different places ({a.get('name')} vs {b.get('name')})"
    if a.get("name") and b.get("name"):
        same = a["name"].casefold() == b["name"].casefold()
        return same, f"same place ({a['name']})" if same else f"different places ({a['name']} vs {b['name']})"
    return True, "places compatible (one is less specific)"


def codes(entities) -> list[str]:
    return sorted({e.code for e in entities if getattr(e, "code", None)})


def merge_key(category: str, actor_codes: list[str], recipient_codes: list[str], factual: bool) -> str:
    return f"{category}|{'+'.join(actor_codes) or '-'}|{'+'.join(recipient_codes) or '-'}|{'F' if factual else 'N'}"


def mergeable(actor_codes: list[str], recipient_codes: list[str], interval) -> str | None:
    """None if a story event may be merged, else the reason it stands alone."""
    if interval is None:
        return "not merged: no date"
    if not actor_codes and not recipient_codes:
        return "not merged: no coded actor or recipient"
    return None


@dataclass
class Candidate:
    """A merged event as the matcher sees it: key, date interval, place, and its stories."""

    event_id: str
    key: str
    lo: date
    hi: date
    place: dict
    docs: set = field(default_factory=set)
    dirty: bool = False


def _fmt(lo: date, hi: date) -> str:
    return lo.isoformat() if lo == hi else f"{lo.isoformat()}..{hi.isoformat()}"


def match(cands: list[Candidate], doc_id: str, lo: date, hi: date, place: dict) -> tuple[Candidate | None, str]:
    """The best candidate (same key already) for a story event, and the reason for the decision.

    Best = overlapping dates, compatible place, not from the same story; ties go to the narrowest
    event interval (the most precisely dated happening), then the earliest created.
    """
    best, best_why, rejected = None, "", []
    for c in cands:
        if doc_id in c.docs:
            rejected.append(f"{c.event_id}: same story")
            continue
        if c.lo > hi or c.hi < lo:
            rejected.append(f"{c.event_id}: dates {_fmt(c.lo, c.hi)} do not overlap {_fmt(lo, hi)}")
            continue
        ok, pwhy = places_compatible(c.place, place)
        if not ok:
            rejected.append(f"{c.event_id}: {pwhy}")
            continue
        if best is None or (c.hi - c.lo) < (best.hi - best.lo):
            best = c
            best_why = f"date {_fmt(lo, hi)} overlaps {_fmt(c.lo, c.hi)}; {pwhy}"
    if best is None:
        why = "new event: no earlier report with the same key and an overlapping date"
        if rejected:
            why = "new event: " + "; ".join(rejected[:5])
        return None, why
    return best, f"joined {best.event_id}: same key; {best_why}"


def stable_hash(text: str) -> str:
    import hashlib

    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
