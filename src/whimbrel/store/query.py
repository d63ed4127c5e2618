"""Query the event store: filter merged events, and show one event with all its evidence.

Filters are built into one parameterised SQL statement (never string-pasted values), so the same
function serves ``whimbrel events``, ``whimbrel stats --dyad`` and Python users.

Semantics (docs/store.md): ``actor`` matches the actor (initiator) side, ``dyad A:B`` actor A and
recipient B; ``since``/``until`` keep events whose date interval overlaps the range (a
month-precision event in June is kept by ``--since 2020-06-15``); ``country`` is where the event
happened; ``event`` is a PLOVER category (0.5-era names accepted) or a CAMEO code prefix.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Iterator

from .. import data
from ..errors import E, WhimbrelError

_CODE = re.compile(r"^[A-Z]{3}$")


def parse_day(value: str | None, option: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else date.fromisoformat(
            value + ("-01" if len(value) == 7 else "-01-01")
        )
    except ValueError as err:
        raise WhimbrelError(E.E204, option=option, value=value, reason=f"use YYYY-MM-DD ({err})") from err


def parse_code(value: str, option: str) -> str:
    code = value.strip().upper()
    if not _CODE.match(code):
        raise WhimbrelError(E.E204, option=option, value=value, reason="expected a 3-letter code such as IRN, IGO")
    return code


def parse_dyad(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    if value.count(":") != 1:
        raise WhimbrelError(E.E204, option="--dyad", value=value, reason="expected ACTOR:RECIPIENT, e.g. IRN:IRQ")
    a, b = value.split(":")
    return parse_code(a, "--dyad"), parse_code(b, "--dyad")


@dataclass
class EventFilter:
    actor: str | None = None
    dyad: str | None = None
    event: str | None = None
    since: str | None = None
    until: str | None = None
    country: str | None = None
    factual_only: bool = False
    limit: int | None = None

    def where(self, alias: str = "e") -> tuple[str, list]:
        """SQL condition and parameters for these filters."""
        conds, params = ["TRUE"], []
        if self.actor:
            conds.append(f"list_contains({alias}.actor_codes, ?)")
            params.append(parse_code(self.actor, "--actor"))
        dyad = parse_dyad(self.dyad)
        if dyad:
            conds.append(f"list_contains({alias}.actor_codes, ?) AND list_contains({alias}.recipient_codes, ?)")
            params.extend(dyad)
        if self.event:
            ev = self.event.strip()
            if ev.isdigit():
                conds.append(f"starts_with({alias}.cameo, ?)")
                params.append(ev)
            else:
                name, _mode = data.canonical_category(ev)
                if name not in data.plover()["categories"]:
                    raise WhimbrelError(E.E204, option="--event", value=ev,
                                        reason="not a PLOVER category (" + ", ".join(data.plover()["categories"]) + ") or CAMEO code")
                conds.append(f"{alias}.category = ?")
                params.append(name)
        since, until = parse_day(self.since, "--since"), parse_day(self.until, "--until")
        if since:
            conds.append(f"{alias}.date_hi >= ?")
            params.append(since)
        if until:
            conds.append(f"{alias}.date_lo <= ?")
            params.append(until)
        if self.country:
            conds.append(f"{alias}.place_country = ?")
            params.append(parse_code(self.country, "--country"))
        if self.factual_only:
            conds.append(f"{alias}.factual")
        return " AND ".join(conds), params


EVENT_COLUMNS = [
    "event_id", "event_num", "date", "date_precision", "category", "mode", "cameo", "goldstein", "quad_code",
    "actor_codes", "recipient_codes", "factual", "place_name", "place_country", "num_mentions", "num_sources",
    "num_articles", "merged", "lead_story_event",
]


def iter_events(con, flt: EventFilter | None = None, chunk: int = 1000) -> Iterator[dict]:
    """Merged events matching ``flt``, oldest date first, streamed in chunks."""
    flt = flt or EventFilter()
    cond, params = flt.where()
    sql = (f"SELECT {', '.join('e.' + c for c in EVENT_COLUMNS)} FROM events e WHERE {cond} "
           "ORDER BY e.date_lo NULLS LAST, e.event_num")
    if flt.limit is not None:  # 0 means none, not "no limit"
        if int(flt.limit) < 0:
            raise WhimbrelError(E.E204, option="--limit", value=flt.limit, reason="use 0 or more")
        sql += f" LIMIT {int(flt.limit)}"
    cur = con.execute(sql, params)
    while True:
        rows = cur.fetchmany(chunk)
        if not rows:
            return
        for r in rows:
            yield dict(zip(EVENT_COLUMNS, r))


def show_event(con, event_id: str) -> dict:
    """One event with every report of it: member story events (and why they were merged), mentions."""
    cols = EVENT_COLUMNS + ["merge_key", "date_lo", "date_hi", "place", "first_added", "updated_at"]
    # by one key, never "id = ? OR num = ?": the OR made every lookup a scan of the table (0.1 s per
    # million events); an event number is read by its (ordered) column, an id by its primary key
    by_num = event_id.isascii() and event_id.isdigit() and len(event_id) < 19
    row = con.execute(f"SELECT {', '.join(cols)} FROM events WHERE {'event_num' if by_num else 'event_id'} = ?",
                      [int(event_id) if by_num else event_id]).fetchone()
    if row is None:
        raise WhimbrelError(E.E202, event_id=event_id)
    ev = dict(zip(cols, row))
    ev["place"] = json.loads(ev["place"]) if ev["place"] else None
    members = con.execute(
        """SELECT s.story_event_id, s.doc_id, d.title, d.url, d.source_name, d.pub_datetime, s.date, s.date_precision,
                  s.actor_codes, s.recipient_codes, s.place_name, s.merge_why, s.record
           FROM story_events s JOIN documents d ON d.doc_id = s.doc_id
           WHERE s.event_id = ? ORDER BY d.ingested_at, s.story_event_id""",
        [ev["event_id"]],
    ).fetchall()
    mcols = ["story_event_id", "story_id", "title", "url", "source", "pub_datetime", "date", "date_precision",
             "actor_codes", "recipient_codes", "place_name", "merge_why", "record"]
    ev["reports"] = []
    for m in members:
        rep = dict(zip(mcols, m))
        rep["record"] = json.loads(rep["record"])
        rep["mentions"] = [
            dict(zip(["sentence", "start", "end", "text", "event_text"], x))
            for x in con.execute(
                'SELECT sentence, start, "end", text, event_text FROM mentions WHERE story_event_id = ? ORDER BY seq',
                [rep["story_event_id"]],
            ).fetchall()
        ]
        ev["reports"].append(rep)
    return ev


def format_show(ev: dict) -> str:
    """Plain-text view of ``show_event`` for a terminal."""
    def codes(xs):
        return "+".join(xs or []) or "-"

    lines = [
        f"event {ev['event_id']} (#{ev['event_num']}): {ev['category']} {codes(ev['actor_codes'])} -> "
        f"{codes(ev['recipient_codes'])}, CAMEO {ev['cameo'] or '-'}, Goldstein {ev['goldstein']}",
        f"  date {ev['date'] or '-'} ({ev['date_precision'] or 'undated'}), interval {ev['date_lo']}..{ev['date_hi']}",
        f"  place {ev['place_name'] or '-'} ({ev['place_country'] or '-'})"
        + ("" if ev["factual"] else "  [not factual: negated, hypothetical or future]"),
        f"  {ev['num_mentions']} mentions in {ev['num_articles']} stories from {ev['num_sources']} sources"
        + ("" if ev["merged"] else " (merging was off)"),
    ]
    for rep in ev["reports"]:
        lines.append(f"  story {rep['story_id']} [{rep['source']}] {rep['title'] or ''} {rep['url'] or ''}".rstrip())
        lines.append(f"    {rep['story_event_id']}: date {rep['date'] or '-'} ({rep['date_precision'] or '-'}); {rep['merge_why']}")
        for m in rep["mentions"]:
            lines.append(f"    sentence {m['sentence']} [{m['start']}:{m['end']}]: {m['text']}")
    return "\n".join(lines)


# an export's rows: each filtered event with its lead mention and that mention's document
LEAD_FROM = """
    FROM events e
    JOIN story_events l ON l.story_event_id = e.lead_story_event
    JOIN documents d ON d.doc_id = l.doc_id
    WHERE {where}
    ORDER BY e.event_num"""


def lead_rows(con, sql: str, flt: "EventFilter | None" = None, chunk: int = 1000) -> Iterator[tuple]:
    """The rows of an export query (`sql` with a `{where}` slot over events `e`) for the filtered
    events, fetched in chunks so that an export of millions of events streams in bounded memory."""
    cond, params = (flt or EventFilter()).where("e")
    cur = con.execute(sql.format(where=cond), params)
    while True:
        batch = cur.fetchmany(chunk)
        if not batch:
            return
        yield from batch
