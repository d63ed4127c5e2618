"""Temporal expressions in a sentence, and what each one means against a reference date.

``find_expressions(text)`` finds them with patterns of English news dates ("on Sunday",
"late last year", "a day after", "almost four years ago", "1 May 2018", "in 2009"), then
``value(expr, ref, future)`` turns one into a date with its precision.

Why patterns of our own, not ``dateparser.search_dates``: measured (FIELD-NOTES.md), search_dates
finds false dates ("we" as Wednesday, "16 Years Later" as 2036), returns None for "late last year",
"earlier in the day" and "almost four years ago", reads "on Sunday" as the previous week with
PREFER_DATES_FROM=past and "a day after" as relative to the publication date. So finding
expressions, weekdays, relative periods, "ago" and anchors are done here; dateparser still reads
the absolute forms ("1 May 2018", "Sept. 11, 2001", "June 5") and gives their period.
"""
from __future__ import annotations

from bisect import bisect_left

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache

from .. import data
from .tenure import pattern as tenure_pattern, tenure_range

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
# before a day number a month may be abbreviated without a period ("on Jan 5", "Feb 24, 2022": South
# Asian, African and wire copy); alone it may not, so that a name or a verb ("Jan", "may") is no month
_MONTH_D = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_WDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
# a clock time as page stamps write it ("11:28 AMT", "4:05 PM ET", "14:05 GMT")
_CLOCK = r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?i:[ap]\.?m\.?))?(?:\s+[A-Z]{2,4}\b)?"
_EDGE = r"(?:(?:early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of)[-\s]+)"


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return data.load_yaml("time/lexicon.yaml")


def _num_re() -> str:
    words = sorted(lexicon()["numbers"], key=len, reverse=True)
    return r"(?:\d+|" + "|".join(re.escape(w) for w in words) + ")"


@dataclass
class TimeExpr:
    start: int  # char offsets into the sentence text
    end: int
    text: str
    kind: str  # stamp | absolute | dm | dom | month | year | decade | range | weekday | today | period | ago | anchor | ref
    parts: dict = field(default_factory=dict)


@dataclass
class DateValue:
    date: str
    precision: str  # day | month | year | range
    enddate: str | None = None


# (kind, pattern, flags): tried in this order; longer matches win over shorter overlapping ones
def _patterns() -> list[tuple[str, re.Pattern]]:
    N = _num_re()
    U = r"(?P<unit>hour|day|week|month|year|decade)s?"
    Q = r"(?:(?P<q>just|only|barely|about|some|nearly|almost|roughly|around|more\s+than|over|less\s+than|at\s+least|exactly)\s+)?"
    I = re.I
    return [
        ("range", re.compile(rf"\b(?P<m>{_MONTH_D})\s+(?P<d1>{_DAY})\s*(?:-|–|to|and)\s*(?P<d2>{_DAY})\b(?:,?\s+(?P<y>{_YEAR})\b)?"), 0),
        ("range", re.compile(rf"\b(?P<d1>{_DAY})\s*(?:-|–|to|and)\s*(?P<d2>{_DAY})\s+(?P<m>{_MONTH_D})(?:,?\s+(?P<y>{_YEAR})\b)?"), 0),
        ("range", re.compile(rf"\bbetween\s+(?P<y1>{_YEAR})\s+and\s+(?P<y2>{_YEAR})\b|\bfrom\s+(?P<y3>{_YEAR})\s+(?:to|until|till)\s+(?P<y4>{_YEAR})\b|\b(?P<y5>{_YEAR})\s*[-–]\s*(?P<y6>{_YEAR}|\d\d)\b"), 0),
        ("stamp", re.compile(rf"\b(?:{_WDAY},?\s+)?(?:{_DAY}\s+{_MONTH_D},?\s+{_YEAR}|{_MONTH_D}\s+{_DAY},?\s+{_YEAR})\s*(?:[-–—|,•]\s*)?{_CLOCK}"), 0),
        ("absolute", re.compile(rf"\b(?:{_WDAY},?\s+)?(?:(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH_D},?\s+{_YEAR}|{_MONTH_D}\s+{_DAY},?\s+{_YEAR})\b"), 0),
        ("absolute", re.compile(r"\b(?:[0-3]?\d)[/.](?:[01]?\d)[/.](?:19|20)\d\d\b|\b(?:19|20)\d\d-[01]\d-[0-3]\d\b"), 0),
        ("dm", re.compile(rf"\b(?:{_WDAY},?\s+)?(?:(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH_D}|{_MONTH_D}\s+{_DAY})(?!\d)(?!,?\s+{_YEAR})\b"), 0),
        ("month", re.compile(rf"\b(?i:{_EDGE})?(?P<m>{_MONTH})(?:\s+of)?,?\s+(?P<y>{_YEAR})\b"), 0),
        ("month", re.compile(rf"\b(?P<ctx>(?i:in|during|since|until|till|by|from|through|throughout|last|this|next|early|late|mid|before|after|of|between|and)[-\s]+(?:(?i:{_EDGE}))?)?(?P<m>{_MONTH})(?![-\w])(?!\s+\d)"), 0),
        ("decade", re.compile(r"\b(?:the\s+)?(?P<edge>early|mid|late)?[-\s]?(?P<dec>(?:19|20)\d0)s\b", I), 0),
        ("year", re.compile(rf"\b(?P<ctx>(?i:in|since|during|by|until|till|from|of|before|after|around|between|through|throughout|and|to|for|as\s+of|early|late|mid|end\s+of|summer\s+of|spring\s+of|autumn\s+of|winter\s+of|fall\s+of)[-\s]+)?(?P<y>{_YEAR})(?![-\d]|\s*%)\b"), 0),
        ("today", re.compile(r"\b(?:the\s+day\s+before\s+yesterday|yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night|(?:earlier|later)\s+(?:today|tonight)|today|tonight|tomorrow(?:\s+(?:morning|afternoon|evening))?|this\s+(?:morning|afternoon|evening)|overnight|(?:in|over|during)\s+the\s+(?:past|last)\s+(?:24|twenty-four|48)\s+hours)\b", I), 0),
        ("ref", re.compile(r"\b(?:on\s+)?the\s+(?P<which>same|next|following|previous|preceding)\s+(?P<unit>day|week|month|year)\b|\bthe\s+day\s+before\b(?!\s+(?:yesterday|the))|\bthat\s+(?P<that>day|week|month|year)\b", I), 0),
        # the day, or a month of the year, the story was just telling of: "earlier in the day" (the
        # lead's day, not the publication's), "in October that year", "in March the following year"
        ("ref", re.compile(r"\b(?:earlier|later)\s+(?:in|on)\s+the\s+day\b", I), 0),
        ("ref", re.compile(rf"\b(?:in\s+)?(?P<m>{_MONTH})\s+(?:of\s+)?(?:that|the\s+(?P<which>same|following|next|previous|preceding))\s+year\b"), 0),
        ("period", re.compile(r"\b(?P<edge>(?:early|late|mid|earlier|later|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of)[-\s]+)?(?P<rel>this\s+past|this|last|next|past|previous|coming|current)\s+(?P<unit>week|weekend|month|year|decade|summer|winter|spring|autumn|fall)\b", I), 0),
        ("period", re.compile(r"\b(?:at|over|during)\s+the\s+(?P<unit>weekend)\b", I), 0),
        ("period", re.compile(rf"\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?P<n>{N})\s+(?P<unit>day|week|month|year)s\b", I), 0),
        ("ago", re.compile(rf"\b{Q}(?P<n>{N})\s+{U}\s+ago\b", I), 0),
        ("ago", re.compile(rf"\b(?P<n>hours|days|weeks|months|years|decades)\s+ago\b", I), 0),
        # "three days on, ..." (later), not "for 30 days on Monday" (the day of the act)
        ("anchor", re.compile(rf"\b{Q}(?P<n>{N})\s+{U}\s+(?P<dir>after|before|later|earlier|on(?!\s+(?:{_WDAY}|{_MONTH_D}|the\b|\d)))\b", I), 0),
        ("anchor", re.compile(r"\b(?P<vague>shortly|soon|hours|minutes|moments|just|only|days|weeks|months|years)\s+(?P<dir>after|before|later|earlier)\b", I), 0),
        # a day of the month alone ("on the 14th, Manila said"): the publication month's, or the one before
        # (not an ordinal of something else: "on the 5th floor", "on the 3rd day of the strike")
        ("dom", re.compile(r"\bon\s+the\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!-)(?!\s+(?:of\b|floor|storey|story|day|days|"
                           r"anniversary|time|attempt|round|century|minute|lap|hole|ballot|amendment|street|avenue|division|"
                           r"district|birthday|level|page|place|try|week|month|year|edition|session|stage|phase|line|hour)\b)"), 0),
        ("weekday", re.compile(rf"\b(?:(?P<mod>last|this\s+past|this|next|early|late|earlier\s+on|on)\s+)?(?P<wd>{_WDAY})s?{_PART}\b"), 0),
    ]


_PATTERNS: list | None = None


def find_expressions(text: str) -> list[TimeExpr]:
    """Every temporal expression in ``text``, longest first where they overlap, in text order."""
    global _PATTERNS
    if _PATTERNS is None:
        _PATTERNS = _patterns()
    found: list[TimeExpr] = []
    for kind, pat, _ in _PATTERNS:
        for m in pat.finditer(text):
            if not m.group(0).strip():
                continue
            parts = {k: v for k, v in m.groupdict().items() if v}
            s, e = m.start(), m.end()
            if kind == "month" and not parts.get("y") and not parts.get("ctx") and m.group("m") in ("May", "March"):
                continue  # modal "may", verb "march"
            if kind == "year" and not parts.get("ctx") and not _year_alone_ok(text, s, e):
                continue
            if kind == "stamp" and _PREP_BEFORE.search(text, 0, s):
                continue  # "on November 20, 2019 at 11:28": prose timing an act, not a page stamp
            found.append(TimeExpr(s, e, text[s:e], kind, parts))
    for m in tenure_pattern().finditer(text):
        found.append(TimeExpr(m.start(), m.end(), m.group(0), "tenure", {"name": m.group("name") or m.group("name2")}))
    found.sort(key=lambda x: (-(x.end - x.start), x.start))
    kept = Expressions()  # non-overlapping, in text order: a new one need only be checked
    starts: list[int] = []  # against its two neighbours (linear in the sentence, not quadratic)
    for x in found:
        at = bisect_left(starts, x.start)
        if at > 0 and kept[at - 1].end > x.start:
            continue
        if at < len(kept) and kept[at].start < x.end:
            continue
        kept.insert(at, x)
        starts.insert(at, x.start)
    kept.starts = starts
    return kept


# a stamp is a date and clock time standing alone, as a page prints when it was published or
# updated ("November 20, 2019 - 11:28 AMT", "Updated 20 Nov 2019 14:05 GMT"); one after a
# preposition times an act in prose
_PREP_BEFORE = re.compile(r"\b(?:on|in|at|since|by|until|from|of|before|after|between|and)\s*$", re.I)


class Expressions(list):
    """find_expressions' result: a list of TimeExpr in text order, with ``starts`` (their start
    offsets) so that resolve finds those near a trigger by bisection."""

    starts: list[int]  # set by find_expressions; absent on a hand-made list (resolve computes it)


def _year_alone_ok(text: str, s: int, e: int) -> bool:
    """A bare year is a date when it opens the sentence or a clause ("2019 saw ...", ", 2014,")."""
    i = s - 1
    while i >= 0 and text[i].isspace():  # the last character before it (not a copy of all of them)
        i -= 1
    return i < 0 or text[i] in (",", "(", "—", "–")


# -- values -------------------------------------------------------------------------------------
def _n(word: str | None, default: int = 1) -> int:
    if not word:
        return default
    w = re.sub(r"\s+", " ", word.lower())
    if w.isdigit():
        return int(w)
    return lexicon()["numbers"].get(w, default)


def _shift_months(d: date, months: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _ym(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _infer_year(month: int, day: int | None, ref: date, future: bool) -> int:
    """A month (and day) without a year: the latest one not after the reference, or the next one."""
    y = ref.year
    cand = date(y, month, day or 1)
    if future:
        if (day and cand < ref - timedelta(days=1)) or (not day and month < ref.month):
            y += 1
    elif (day and cand > ref + timedelta(days=1)) or (not day and month > ref.month):
        y -= 1
    return y


def _dateparser(text: str, ref: date, future: bool):
    clean = re.sub(r"^(?:the\s+)", "", text.strip(), flags=re.I)
    dd = _ddp("future" if future else "past", ref).get_date_data(clean)
    return dd.date_obj, dd.period


@lru_cache(maxsize=64)
def _ddp(prefer: str, ref: date):
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"RELATIVE_BASE": datetime(ref.year, ref.month, ref.day, 12),
                                                        "PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": True,
                                                        "PREFER_DAY_OF_MONTH": "first"})


def _week_bounds(d: date) -> tuple[date, date]:
    mon = d - timedelta(days=d.weekday())
    return mon, mon + timedelta(days=6)


def _day_of_month(day: int, ref: date, future: bool) -> DateValue | None:
    """"on the 14th": that day of the reference month, or of the month before when it would fall
    after the reference day of a past event (after it, for a future one)."""
    year, month = ref.year, ref.month
    if not future and day > ref.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    elif future and day < ref.day:
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    try:
        return DateValue(date(year, month, day).isoformat(), "day")
    except ValueError:
        return None


def value(x: TimeExpr, ref: date | None, future: bool = False, pub: date | None = None) -> DateValue | None:
    """What ``x`` means. ``ref``: the date relative words count from (publication, or the date of
    the event an anchor points to); ``future``: the governing verb looks ahead. None when the
    expression cannot be resolved (a relative one with no reference date)."""
    p = x.parts
    t = x.text.lower()
    if x.kind == "tenure":  # a leader's past term (tenure.py)
        span = tenure_range(p["name"], pub or ref)
        return DateValue(span[0].isoformat(), "range", span[1].isoformat()) if span else None
    if x.kind == "year":
        return DateValue(p["y"], "year")
    if x.kind == "decade":
        start = int(p["dec"])
        edge = (p.get("edge") or "").lower()
        lo, hi = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(edge, (0, 9))
        return DateValue(str(start + lo), "range", str(start + hi))
    if x.kind == "range":
        if p.get("m"):
            month = MONTHS[p["m"].lower().rstrip(".")]
            d1, d2 = int(re.match(r"\d+", p["d1"]).group()), int(re.match(r"\d+", p["d2"]).group())
            if p.get("y"):
                y = int(p["y"])
            elif ref:
                y = _infer_year(month, d1, ref, future)
            else:
                return None
            try:
                return DateValue(date(y, month, d1).isoformat(), "range", date(y, month, d2).isoformat())
            except ValueError:
                return None
        ys = [v for k, v in sorted(p.items()) if k.startswith("y") and v]
        y1, y2 = ys[0], ys[1]
        if len(y2) == 2:
            y2 = y1[:2] + y2
        return DateValue(y1, "range", y2) if y2 > y1 else None
    if x.kind == "month":
        month = MONTHS[p["m"].lower().rstrip(".")]
        if p.get("y"):
            return DateValue(f"{int(p['y']):04d}-{month:02d}", "month")
        if not ref:
            return None
        ctx = (p.get("ctx") or "").lower()
        y = ref.year
        if ctx.startswith("last"):
            y = ref.year if month < ref.month else ref.year - 1
        elif ctx.startswith("next"):
            y = ref.year if month > ref.month else ref.year + 1
        elif not ctx.startswith("this"):
            y = _infer_year(month, None, ref, future)
        return DateValue(f"{y:04d}-{month:02d}", "month")
    if x.kind in ("absolute", "dm"):
        base = ref or date(2000, 1, 1)
        if x.kind == "dm" and not ref:
            return None
        obj, period = _dateparser(re.sub(r"^[A-Z][a-z]+day,?\s+", "", x.text), base, future)
        if obj is None:
            return None
        d = obj.date()
        if x.kind == "dm":
            d = d.replace(year=_infer_year(d.month, d.day, ref, future))
        return DateValue(d.isoformat(), "day")
    if ref is None:
        return None
    if x.kind == "dom":
        return _day_of_month(int(p["d"]), ref, future)
    if x.kind == "today":
        if t == "overnight":  # the night before the reference day, into it
            return DateValue((ref - timedelta(days=1)).isoformat(), "range", ref.isoformat())
        if "before yesterday" in t:
            return DateValue((ref - timedelta(days=2)).isoformat(), "day")
        if t.startswith("yesterday") or t == "last night":
            return DateValue((ref - timedelta(days=1)).isoformat(), "day")
        if t.startswith("tomorrow"):
            return DateValue((ref + timedelta(days=1)).isoformat(), "day")
        return DateValue(ref.isoformat(), "day")
    if x.kind == "weekday":
        wd = WEEKDAYS[p["wd"].lower()]
        mod = (p.get("mod") or "").lower()
        back = (ref.weekday() - wd) % 7
        fwd = (wd - ref.weekday()) % 7
        if mod == "next":
            d = ref + timedelta(days=fwd or 7)
        elif mod in ("last", "this past"):
            d = ref - timedelta(days=back or 7)
        elif future and mod != "earlier on":
            d = ref + timedelta(days=fwd)
        else:
            d = ref - timedelta(days=back)  # news weekdays: the latest such day, today included
        return DateValue(d.isoformat(), "day")
    if x.kind == "period":
        return _period(p, t, ref, future)
    if x.kind == "ago":
        unit = (p.get("unit") or p.get("n", "")).lower().rstrip("s")
        vague = not p.get("unit")
        n = 3 if vague else _n(p.get("n"))
        return _offset(ref, -n, unit, approx=vague or bool(p.get("q")))
    return None


def _offset(ref: date, n: int, unit: str, approx: bool = False) -> DateValue:
    if unit == "hour":
        return DateValue(ref.isoformat(), "day")
    if unit == "day":
        return DateValue((ref + timedelta(days=n)).isoformat(), "day")
    if unit == "week":
        d = ref + timedelta(weeks=n)
        if approx:
            lo, hi = _week_bounds(d)
            return DateValue(lo.isoformat(), "range", hi.isoformat())
        return DateValue(d.isoformat(), "day")
    if unit == "month":
        return DateValue(_ym(_shift_months(ref, n)), "month")
    if unit == "decade":
        return DateValue(str(ref.year + 10 * n), "year")
    return DateValue(str(ref.year + n), "year")


def _period(p: dict, t: str, ref: date, future: bool) -> DateValue | None:
    unit = p["unit"].lower()
    rel = re.sub(r"\s+", " ", (p.get("rel") or "").lower())
    edge = (p.get("edge") or "").lower().strip(" -")
    if p.get("n"):  # "in the past three weeks"
        n = _n(p["n"])
        start = {"day": ref - timedelta(days=n), "week": ref - timedelta(weeks=n)}.get(unit)
        if start is None:
            start = _shift_months(ref, -n if unit == "month" else -12 * n)
        return DateValue(start.isoformat(), "range", ref.isoformat())
    step = {"last": -1, "past": -1, "previous": -1, "this past": -1, "next": 1, "coming": 1}.get(rel, 0)
    if unit in ("week", "weekend"):
        if unit == "weekend":
            at_weekend = ref.weekday() >= 5
            latest = ref - timedelta(days=(ref.weekday() - 5) % 7)  # latest Saturday, today included
            upcoming = latest if at_weekend else latest + timedelta(days=7)
            if rel in ("last", "past", "previous", "this past"):
                sat = latest - timedelta(days=7) if at_weekend else latest
            elif rel in ("this", "current"):
                # "clashed this weekend" in a Monday story: the weekend just past; "will meet this
                # weekend": the coming one
                sat = upcoming if future else latest
            elif rel == "coming":
                sat = upcoming
            elif rel == "next":
                sat = upcoming + timedelta(days=7) if at_weekend else upcoming
            else:  # "at the weekend": the latest one, or the next one looking ahead
                sat = upcoming if future else latest
            return DateValue(sat.isoformat(), "range", (sat + timedelta(days=1)).isoformat())
        lo, hi = _week_bounds(ref + timedelta(weeks=step))
        if edge == "earlier" and step == 0:
            hi = ref
        if edge == "later" and step == 0:
            lo = ref
        return DateValue(lo.isoformat(), "range", hi.isoformat())
    if unit == "month":
        return DateValue(_ym(_shift_months(ref.replace(day=1), step)), "month")
    if unit == "year":
        return DateValue(str(ref.year + step), "year")
    if unit == "decade":
        start = (ref.year // 10 + step) * 10
        return DateValue(str(start), "range", str(start + 9))
    # seasons: "last summer" (northern hemisphere months, as news agencies write them)
    months = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[unit]
    y = ref.year + (step if step else 0)
    if step == -1 and months < ref.month - 2:
        y = ref.year
    return DateValue(str(y), "year")


def anchor_offset(x: TimeExpr) -> tuple[int, str, str] | None:
    """(signed amount, unit, direction) of an anchor ("a day after" -> (1, 'day', 'after'))."""
    p = x.parts
    direction = p.get("dir", "").lower()
    if p.get("vague"):
        v = p["vague"].lower()
        if v in ("shortly", "soon", "hours", "minutes", "moments", "just", "only"):
            return 0, "day", direction
        if v == "days":
            return 1, FEW_DAYS, direction  # "days after": one to seven days apart (shift)
        return None
    return _n(p.get("n")), p.get("unit", "day").lower(), direction


FEW_DAYS = "few-days"  # the unit of "days after" / "days before": a range, not one day


def shift(v: DateValue, n: int, unit: str) -> DateValue | None:
    """Move a resolved date by n units, keeping what precision it can. ``FEW_DAYS`` moves a day to
    the range of one to seven days in n's direction ("came days after X": X one to seven days
    before)."""
    if unit == FEW_DAYS:
        if v.precision != "day":
            return None
        d = date.fromisoformat(v.date)
        lo, hi = (d + timedelta(days=1), d + timedelta(days=7)) if n > 0 else (d - timedelta(days=7), d - timedelta(days=1))
        return DateValue(lo.isoformat(), "range", hi.isoformat())
    if v.precision == "day" or (v.precision == "range" and len(v.date) == 10):
        d = date.fromisoformat(v.date)
        return _offset(d, n, unit) if unit != "hour" else DateValue(d.isoformat(), "day")
    if v.precision == "month":
        y, m = map(int, v.date.split("-"))
        if unit in ("day", "week", "hour"):
            return v
        return _offset(date(y, m, 15), n, unit)
    if v.precision == "year":
        y = int(v.date[:4])
        return DateValue(str(y + n), "year") if unit == "year" else v
    return None
