"""Publication date-times from datelines: "04:55 GMT07 June 2020", "June 7, 2020 | 4:55 AM", ...

Why our own parser rather than dateparser alone: dateparser costs 1-2 ms a call (the text cleaner
must stay well under 5 ms a page), silently drops time zones unless configured, reads "07.06.2020"
month-first, and ``search_dates`` finds false dates ("we" as Wednesday). Datelines come in a small
number of shapes, so regular expressions over month names, numeric dates, clock times and a table of
zone abbreviations (data/clean/timezones.yaml) read them exactly and fast. dateparser remains the
fallback for shapes we do not know (other languages), called only on short non-body lines with a
year in them and required to find day, month and year (so "© 2020 X" never becomes a date).

Every date has a year in it: relative datelines ("2 hours ago") need a reference time and are not
read. A date without a zone is taken as UTC and flagged (``tz_assumed``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

from ..data import load_yaml

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?,?"
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

_DATES = [
    ("iso", re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
        r"(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d)(?:\.\d+)?)?\s*(?P<tz>Z|[+-][01]\d:?[0-5]\d)?)?(?!\d)")),
    ("dmy", re.compile(r"(?<!\d)(?P<d>[0-3]?\d)(?:st|nd|rd|th)?[\s\-]+(?:of\s+)?" + _MONTH + r"[\s,\-]+(?P<y>(?:19|20)\d\d)(?!\d)", re.I)),
    ("mdy", re.compile(r"\b" + _MONTH + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)(?!\d)", re.I)),
    ("ymd", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[/.](?P<m>[01]?\d)[/.](?P<d>[0-3]?\d)(?!\d)")),
    ("num", re.compile(r"(?<![\d.:/])(?P<a>[0-3]?\d)(?P<sep>[./\-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?!\d)")),
]
_TIME = re.compile(
    r"(?<![\d:.])(?P<H>[0-2]?\d)(?:[:h](?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?|(?=\s*[ap]\.?m\b))"
    r"(?!\d)\s*(?P<ampm>[ap]\.?m\.?)?(?![a-z])", re.I)
_MILITARY = re.compile(r"(?<!\d)(?P<H>[01]\d|2[0-3])(?P<M>[0-5]\d)\s*(?=GMT|UTC)")
_OFFSET = r"(?:(?:GMT|UTC)\s*[+-−]\s*\d{1,2}(?::?\d\d)?|[+-−][01]\d:?[0-5]\d)"


@lru_cache(maxsize=1)
def _zones() -> tuple[dict, re.Pattern, re.Pattern]:
    table = load_yaml("clean/timezones.yaml")
    names = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    after_time = re.compile(r"\s*,?\s*\(?(?P<tz>" + _OFFSET + r"|(?:" + names + r"))\)?(?![A-Za-z])")
    anywhere = re.compile(r"(?<![A-Za-z])\(?(?P<tz>" + _OFFSET + r"|(?:" + names + r"))\)?(?![A-Za-z])")
    return table, after_time, anywhere


@dataclass
class DateFound:
    dt: datetime
    precision: str  # "minute" | "second" | "day"
    tz_assumed: bool
    spans: list[tuple[int, int]]  # what the date, time and zone took up in the text

    def rest(self, text: str) -> str:
        """The text with the date, time and zone removed (to tell a dateline from a sentence)."""
        out, last = [], 0
        for s, e in sorted(self.spans):
            out.append(text[last:s])
            last = max(last, e)
        out.append(text[last:])
        return " ".join(out)


def _tzinfo(label: str, when: datetime):
    label = label.replace("−", "-").strip()
    table = _zones()[0]
    if label in table:
        value = table[label]
        if "/" in value:
            return ZoneInfo(value)
        label = value
    m = re.fullmatch(r"(?:GMT|UTC)?\s*([+-])\s*(\d{1,2}):?(\d\d)?", label)
    if not m:
        return None
    delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0))
    if delta > timedelta(hours=14):
        return None
    return timezone(-delta if m.group(1) == "-" else delta)


def _date(text: str):
    """(year, month, day, span, iso-match) of the first date in text, or None."""
    best = None
    for kind, rx in _DATES:
        m = rx.search(text)
        if not m or (best and m.start() >= best[3][0]):
            continue
        g = m.groupdict()
        y = int(g["y"])
        if kind in ("dmy", "mdy"):
            mo, d = _MONTHS[g["mon"].lower().rstrip(".")], int(g["d"])
        elif kind in ("iso", "ymd"):
            mo, d = int(g["m"]), int(g["d"])
        else:
            a, b = int(g["a"]), int(g["b"])
            # day first unless impossible, except "/" which US pages use month first
            if a > 12 or (g["sep"] != "/" and b <= 12):
                d, mo = a, b
            else:
                mo, d = a, b
        if 1 <= mo <= 12 and 1 <= d <= 31:
            best = (y, mo, d, m.span(), m if kind == "iso" else None)
    return best


def find_date(text: str) -> DateFound | None:
    """The first date (with its clock time and zone, if the text gives them) in a short text."""
    if not YEAR.search(text):
        return None
    found = _date(text)
    if not found:
        return None
    y, mo, d, span, iso = found
    spans = [span]
    hh = mm = ss = 0
    precision, tz = "day", None
    if iso and iso.group("H"):
        hh, mm, ss = int(iso.group("H")), int(iso.group("M")), int(iso.group("S") or 0)
        precision = "second" if iso.group("S") else "minute"
        tz = iso.group("tz")
    else:
        masked = text[: span[0]] + " " * (span[1] - span[0]) + text[span[1]:]
        t = _TIME.search(masked) or _MILITARY.search(masked)
        if t and (t.group("M") or t.groupdict().get("ampm")):
            hh, mm = int(t.group("H")), int(t.group("M") or 0)
            ss = int(t.groupdict().get("S") or 0)
            ampm = (t.groupdict().get("ampm") or "").lower()
            if ampm.startswith("p") and hh < 12:
                hh += 12
            elif ampm.startswith("a") and hh == 12:
                hh = 0
            if hh < 24:
                precision = "minute"
                spans.append(t.span())
                z = _zones()[1].match(masked, t.end())
                if z:
                    tz = z.group("tz")
                    spans.append(z.span())
            else:
                hh = mm = ss = 0
        if tz is None:
            z = _zones()[2].search(masked)
            if z:
                tz = z.group("tz")
                spans.append(z.span())
    try:
        naive = datetime(y, mo, d, hh, mm, ss)
    except ValueError:
        return None
    info = _tzinfo(tz, naive) if tz else None
    return DateFound(naive.replace(tzinfo=info or timezone.utc), precision, info is None, spans)


def fallback_date(text: str) -> datetime | None:
    """dateparser on a short line our patterns do not know (e.g. another language); day needed."""
    import dateparser

    try:
        return dateparser.parse(text, settings={"RETURN_AS_TIMEZONE_AWARE": True, "TIMEZONE": "UTC",
                                                "REQUIRE_PARTS": ["day", "month", "year"]})
    except Exception:  # dateparser raises assorted errors on odd input
        return None


def parse_date_value(value: str) -> tuple[datetime, str] | None:
    """A date stated by the input (JSONL ``date``): ISO 8601 first, then any dateline shape.

    Returns (aware datetime, precision) or None. A value without a zone is taken as UTC.
    """
    value = value.strip()
    try:
        dt = datetime.fromisoformat(value.replace("z", "Z"))
        precision = "day" if len(value) <= 10 else ("second" if dt.second or value.count(":") >= 2 else "minute")
        return (dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)), precision
    except ValueError:
        pass
    found = find_date(value)
    if found:
        return found.dt, found.precision
    if YEAR.search(value):
        dt = fallback_date(value)
        if dt:
            return dt, "day" if (dt.hour, dt.minute) == (0, 0) else "minute"
    return None
