"""The web app's filter: request parameters, checked, turned into one parameterised SQL condition.

Why a filter of its own and not only ``store.query.EventFilter``: the analyst's table needs more
facets than the command line (recipient, sectors, mode, flags, publisher, place, text search), and
every value arrives from a URL, so each is checked against a closed vocabulary (country codes,
sectors, categories, modes) and turned into a 400 with a message, never pasted into SQL. The
filter round-trips to a query string, so a page's URL is the filter (shareable, bookmarkable) and
the download links and the JSON API take the very same parameters (docs/web.md).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date
from functools import lru_cache
from urllib.parse import urlencode

from .. import data
from ..errors import WhimbrelError
from ..store.readside import SEP

MAX_PAGE_SIZE = 500
MAX_PAGE = 100_000
MAX_TEXT = 200
FLAGS = ("negated", "hypothetical", "future", "reported", "historical")
SORTS = {
    "date": "e.date_lo {d} NULLS LAST, e.event_num {d}",
    "goldstein": "e.goldstein {d} NULLS LAST, e.event_num {d}",
    "mentions": "e.num_mentions {d}, e.event_num {d}",
    "sources": "e.num_sources {d}, e.event_num {d}",
    "category": "e.category {d}, e.event_num {d}",
    "num": "e.event_num {d}",
}
PERIODS = ("week", "month", "year")
_CODE = re.compile(r"^[A-Z]{3}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class BadParameter(ValueError):
    """A request parameter the app cannot use: answered with a 400 and this message."""

    def __init__(self, name: str, value, reason: str):
        self.name, self.value, self.reason = name, value, reason
        shown = str(value)
        shown = shown[:60] + "..." if len(shown) > 60 else shown
        super().__init__(f"invalid parameter {name}={shown!r}: {reason}")


@lru_cache(maxsize=1)
def actor_codes() -> frozenset[str]:
    """Every code an actor can have: ISO 3166 countries, PLOVER's non-state codes, and the codes of
    the organisations and people in the actor lexicons (KOS for Kosovo, ...)."""
    from ..actors.codesets import NON_STATE_CODES

    codes = set(data.load_yaml("actors/countries.yaml")) | set(NON_STATE_CODES)
    codes |= {o["code"] for o in data.load_yaml("actors/orgs.yaml")["orgs"] if o.get("code")}
    for name in ("actors/petrarch_orgs.tsv", "actors/people.tsv", "actors/petrarch_people.tsv"):
        try:
            codes |= {row.get("code") or row.get("country") or "" for _, row in data.read_tsv(name)}
        except (OSError, WhimbrelError):  # a lexicon missing or malformed must not stop the web app
            continue
    return frozenset(c for c in codes if _CODE.match(c))


@lru_cache(maxsize=1)
def sectors() -> frozenset[str]:
    return frozenset(data.load_yaml("actors/sectors.yaml")["sectors"]) | {"UNK"}


@lru_cache(maxsize=1)
def categories() -> dict[str, dict]:
    return data.plover()["categories"]


@lru_cache(maxsize=1)
def modes() -> frozenset[str]:
    return frozenset(m for c in categories().values() for m in (c.get("modes") or {}))


def _code(name: str, value: str) -> str:
    code = value.strip().upper()
    if not _CODE.match(code):
        raise BadParameter(name, value, "expected a 3-letter code such as IRN, USA, IGO")
    if code not in actor_codes():
        raise BadParameter(name, value, "unknown country or actor code")
    return code


def _day(name: str, value: str) -> str:
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise BadParameter(name, value, "expected a date YYYY-MM-DD") from None


def _sector(name: str, value: str) -> str:
    s = value.strip().upper()
    if s not in sectors():
        raise BadParameter(name, value, "unknown sector (" + ", ".join(sorted(sectors())) + ")")
    return s


def _category(name: str, value: str) -> str:
    cat, _mode = data.canonical_category(value)
    if cat not in categories():
        raise BadParameter(name, value, "not a PLOVER category (" + ", ".join(categories()) + ")")
    return cat


def _mode(name: str, value: str) -> str:
    m = value.strip().lower()
    if m not in modes():
        raise BadParameter(name, value, "not a PLOVER mode")
    return m


def _text(name: str, value: str) -> str:
    v = value.strip()
    if len(v) > MAX_TEXT:
        raise BadParameter(name, value, f"at most {MAX_TEXT} characters")
    if _CONTROL.search(v):  # the store keeps evidence sentences one per line for the text search
        raise BadParameter(name, value, "no control characters (line breaks, tabs)")
    return v


def _int(name: str, value: str, lo: int, hi: int) -> int:
    try:
        n = int(value)
    except ValueError:
        raise BadParameter(name, value, "expected a whole number") from None
    if not lo <= n <= hi:
        raise BadParameter(name, value, f"expected {lo} to {hi}")
    return n


def _like(text: str) -> str:
    """A LIKE pattern matching ``text`` literally anywhere (``%``, ``_`` and ``\\`` escaped)."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@dataclass
class WebFilter:
    """The filter of every page and API route. Empty fields filter nothing."""

    since: str | None = None
    until: str | None = None
    actor: str | None = None
    recipient: str | None = None
    asector: str | None = None
    rsector: str | None = None
    category: str | None = None
    quad: int | None = None
    mode: str | None = None
    country: str | None = None
    place: str | None = None
    publisher: str | None = None
    q: str | None = None
    hide: list[str] = field(default_factory=list)

    # parameter name -> checker; the order is the order in URLs
    CHECKS = {
        "since": _day, "until": _day, "actor": _code, "recipient": _code, "asector": _sector,
        "rsector": _sector, "category": _category, "mode": _mode, "country": _code, "place": _text,
        "publisher": _text, "q": _text,
    }

    @classmethod
    def from_params(cls, params) -> "WebFilter":
        """Read a filter from a request's query parameters (a Starlette QueryParams or a dict);
        raises BadParameter for the first value that cannot be used."""
        flt = cls()
        for name, check in cls.CHECKS.items():
            value = params.get(name)
            if value is not None and value.strip():
                setattr(flt, name, check(name, value))
        quad = params.get("quad")
        if quad:
            flt.quad = _int("quad", quad, 1, 4)
        hide = params.getlist("hide") if hasattr(params, "getlist") else params.get("hide", [])
        hide = [hide] if isinstance(hide, str) else list(hide)
        for h in hide:
            if h not in FLAGS:
                raise BadParameter("hide", h, "use " + ", ".join(FLAGS))
        flt.hide = sorted(set(hide))
        if flt.since and flt.until and flt.since > flt.until:
            raise BadParameter("until", flt.until, "is before since")
        return flt

    def items(self) -> list[tuple[str, str]]:
        """The filter as (parameter, value) pairs, in a stable order."""
        out = [(f.name, str(getattr(self, f.name))) for f in fields(self)
               if f.name != "hide" and getattr(self, f.name) not in (None, "")]
        return out + [("hide", h) for h in self.hide]

    def query(self, **extra) -> str:
        """The query string of this filter with ``extra`` parameters set (None removes one)."""
        pairs = [(k, v) for k, v in self.items() if k not in extra]
        pairs += [(k, str(v)) for k, v in extra.items() if v is not None]
        return urlencode(pairs)

    def without(self, name: str) -> str:
        return urlencode([(k, v) for k, v in self.items() if k != name])

    def active(self) -> bool:
        return bool(self.items())

    def narrow(self, table: str | None) -> None:
        """Use the events listed in the temporary ``table`` (``queries.matches``: the numbers of
        the events this whole filter keeps, on this request's connection) in place of the
        conditions. Why: a text search scans every event's evidence (0.1-0.2 s over a million
        events), and a page asks the filter several times (count, page, facets, charts); resolved
        once, the others read a list of numbers (measured: a count 0.17 s -> 0.02 s). None: keep
        the conditions (a list of most of the store is no faster to join than the scan)."""
        assert table is None or re.fullmatch(r"[a-z_0-9]+", table)  # formatted into SQL: asserted again
        self._narrowed = table or ""
        self._table = table

    @property
    def narrowed(self) -> bool:
        return hasattr(self, "_narrowed")

    def where(self, alias: str = "e", plain: bool = False) -> tuple[str, list]:
        """SQL condition over the ``events`` table (as ``alias``) and its parameters.

        Sectors, flags, publishers and the text search are read from the columns the store derives
        for them; ``plain`` asks the lead records, stories and mentions themselves instead (the
        definition, kept for the tests that check both give the same events)."""
        a = alias
        if not plain and getattr(self, "_table", None):
            return f"{a}.event_num IN (SELECT event_num FROM {self._table})", []
        conds, params = ["TRUE"], []

        def add(cond, *values):
            conds.append(cond)
            params.extend(values)

        if self.since:
            add(f"{a}.date_hi >= CAST(? AS DATE)", self.since)
        if self.until:
            add(f"{a}.date_lo <= CAST(? AS DATE)", self.until)
        for side, code in (("actor", self.actor), ("recipient", self.recipient)):
            if code and plain:
                add(f"list_contains({a}.{side}_codes, ?)", code)
            elif code:  # the code set as a string (store/readside.py): faster than a list
                add(f"contains({a}.{side}_set, ?)", SEP + code + SEP)
        if self.category:
            add(f"{a}.category = ?", self.category)
        if self.quad:
            add(f"{a}.quad_code = ?", self.quad)
        if self.mode:
            add(f"list_contains({a}.mode, ?)", self.mode)
        if self.country:
            add(f"{a}.place_country = ?", self.country)
        if self.place:
            add(f"{a}.place_name = ?", self.place)
        if plain:
            _plain_story_conditions(self, a, add)
        else:  # the same conditions on columns the store derives at ingest (store/readside.py)
            if self.asector:
                add(f"contains({a}.actor_sectors, ?)", SEP + self.asector + SEP)
            if self.rsector:
                add(f"contains({a}.recipient_sectors, ?)", SEP + self.rsector + SEP)
            for flag in self.hide:
                assert flag in FLAGS  # checked by from_params; a column name, so asserted again
                add(f"{a}.{flag} = ?", False)
            if self.publisher:
                add(f"contains({a}.publishers, ?)", SEP + self.publisher + SEP)
            if self.q:
                add(f"contains({a}.search_text, lower(?))", self.q)
        return " AND ".join(conds), params


def _plain_story_conditions(flt: WebFilter, a: str, add) -> None:
    """The sector, flag, publisher and text conditions asked of the stories and their records."""
    lead = []  # conditions on the lead story's record
    if flt.asector:
        lead.append(("list_contains(CAST(json_extract_string(s.record, '$.actor[*].sector') AS VARCHAR[]), ?)",
                     flt.asector))
    if flt.rsector:
        lead.append(("list_contains(CAST(json_extract_string(s.record, '$.recipient[*].sector') AS VARCHAR[]), ?)",
                     flt.rsector))
    for flag in flt.hide:
        lead.append((f"coalesce(CAST(json_extract_string(s.record, '$.{flag}') AS BOOLEAN), false) = ?", False))
    if lead:
        add(f"{a}.lead_story_event IN (SELECT s.story_event_id FROM story_events s WHERE "
            + " AND ".join(c for c, _ in lead) + ")", *[v for _, v in lead])
    if flt.publisher:
        add(f"{a}.event_id IN (SELECT s.event_id FROM story_events s WHERE s.source_name = ?)", flt.publisher)
    if flt.q:
        add(f"{a}.event_id IN (SELECT s.event_id FROM story_events s JOIN mentions m "
            "ON m.story_event_id = s.story_event_id WHERE m.text ILIKE ? ESCAPE '\\')", _like(flt.q))


@dataclass
class Paging:
    page: int = 1
    size: int = 50
    sort: str = "date"
    desc: bool = True

    @classmethod
    def from_params(cls, params, default_size: int = 50) -> "Paging":
        pg = cls(size=default_size)
        if params.get("page"):
            pg.page = _int("page", params["page"], 1, MAX_PAGE)
        if params.get("size"):
            pg.size = _int("size", params["size"], 1, MAX_PAGE_SIZE)
        sort = (params.get("sort") or "-date").strip()
        pg.desc = sort.startswith("-")
        pg.sort = sort.lstrip("-")
        if pg.sort not in SORTS:
            raise BadParameter("sort", sort, "use " + ", ".join(SORTS) + " (prefix - for descending)")
        return pg

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size

    def order_by(self) -> str:
        return SORTS[self.sort].format(d="DESC" if self.desc else "ASC")

    def sort_param(self) -> str:
        return ("-" if self.desc else "") + self.sort


def period(params, default: str = "month") -> str:
    by = (params.get("by") or default).strip()
    if by not in PERIODS:
        raise BadParameter("by", by, "use " + ", ".join(PERIODS))
    return by
