"""Stored events as rows of POLECAT's public release: its 40 Title-Case columns, one row per event.

Why: POLECAT users have readers and notebooks written for that file (``pd.read_csv(f, sep="\\t")``
and column names such as "Event Type", "Actor Country"). whimbrel's records are PLOVER too, so most
columns map one to one; several actors of a compound event are joined with ``;`` in one cell, as
POLECAT does. Columns whimbrel has no source for (COW codes, titles, Wikipedia ids, district, story
people/organisations/locations) are left empty; the list is in data/exports/polecat_columns.tsv
(``filled: no``) and docs/exports.md.
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Iterator

from .. import data
from .query import LEAD_FROM, EventFilter, lead_rows


@lru_cache(maxsize=1)
def columns() -> list[tuple[str, str]]:
    """(name, type) of the 40 columns, from data/exports/polecat_columns.tsv."""
    return [(r["name"], r["type"]) for _, r in data.read_tsv("exports/polecat_columns.tsv")]


@lru_cache(maxsize=1)
def empty_columns() -> list[str]:
    """The columns whimbrel always leaves empty."""
    return [r["name"] for _, r in data.read_tsv("exports/polecat_columns.tsv") if r["filled"] == "no"]


SQL = """
    SELECT e.event_id, e.date_lo, e.category, e.mode, e.goldstein, e.quad_code, e.place, l.record,
           d.source_name, d.pub_datetime, d.language
""" + LEAD_FROM


def rows(con, flt: EventFilter | None = None, chunk: int = 1000) -> Iterator[list]:
    """POLECAT rows (40 values each, in the release's order) of the filtered events, streamed."""
    for r in lead_rows(con, SQL, flt, chunk):
        yield event_row(*r)


def _joined(values) -> str | None:
    vals = [str(v) for v in values if v not in (None, "")]
    return ";".join(vals) if vals else None


def party_cells(entities: list[dict]) -> list:
    """Name, Country, COW, Primary Sector, Sectors, Title, Name Raw, Wikipedia ID of one side."""
    names = [e.get("identifier_text") or e.get("entity_text") for e in entities]
    sectors = [";".join(x for x in [e.get("sector")] + list(e.get("other_sectors") or []) if x) for e in entities]
    return [_joined(names), _joined(e.get("code") for e in entities), None,
            _joined(e.get("sector") for e in entities), _joined(sectors), None,
            _joined(e.get("entity_text") for e in entities), None]


def place_cells(loc: dict | None) -> list:
    """Placename, City, District, Province, Country, Latitude, Longitude, GeoNames ID, Raw Placename,
    Feature Type."""
    if not loc:
        return [None] * 10
    gid = loc.get("geonameid")
    return [loc.get("resolved_place"), loc.get("city"), None, loc.get("province"), loc.get("country_code"),
            loc.get("lat"), loc.get("lon"), str(gid) if gid else None, loc.get("extracted_place"),
            loc.get("feature_code")]


def event_row(event_id, day, category, mode, weight, quad, place, record, source, pub, language) -> list:
    rec = json.loads(record)
    loc = rec.get("event_loc") or _loc_from_place(place)
    head = [event_id, day, category, _joined(mode or []), rec.get("event_scale"), quad,
            _joined(rec.get("context") or [])]
    tail = [source, pub.date() if pub else None, None, None, None, language or "en", rec.get("coder")]
    return head + party_cells(rec.get("actor") or []) + party_cells(rec.get("recipient") or []) + place_cells(loc) + tail


def _loc_from_place(place) -> dict | None:
    if not place:
        return None
    p = json.loads(place)
    return {"resolved_place": p.get("name"), "province": p.get("admin1"), "country_code": p.get("country"),
            "geonameid": p.get("feature"), "lat": p.get("lat"), "lon": p.get("lon")}
