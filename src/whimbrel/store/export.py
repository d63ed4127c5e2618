"""Export merged events: PLOVER records (nested JSONL or flat typed columns), GDELT 2.0 event
rows, or POLECAT release rows; to JSONL, CSV, TSV or Parquet, a file or stdout (``-``).

Why DuckDB's own COPY for flat PLOVER: it streams to disk and writes Parquet without pyarrow or
pandas, so export memory does not grow with the database, and it writes actors, recipients and the
place as lists of structs, the same shape as the JSONL records. PLOVER JSONL is assembled in Python
(nested records, streamed in chunks) because each merged event extends its lead story's record with
the mentions of every story that reported it. GDELT and POLECAT rows are translated in Python
(store/gdelt.py, store/polecat.py) and written by whimbrel.output.

Schemas and formats: docs/exports.md.
"""
from __future__ import annotations

import json
from pathlib import Path

import duckdb

from ..errors import E, WhimbrelError
from ..output import binary_target, format_for, open_text, write_rows
from . import gdelt, polecat
from .query import EventFilter

SCHEMAS = ("plover", "gdelt", "polecat")
# per schema: the formats it can be written in, the first being the default
SCHEMA_FORMATS = {
    "plover": ("jsonl", "csv", "tsv", "parquet"),
    "gdelt": ("gdelt-tsv", "tsv", "csv", "parquet", "jsonl"),
    "polecat": ("tsv", "csv", "parquet", "jsonl"),
}
FORMATS = ("jsonl", "csv", "tsv", "parquet", "gdelt-tsv")

# shapes for DuckDB's from_json (missing keys become NULL)
ENTITY = json.dumps({"code": "VARCHAR", "sector": "VARCHAR", "entity_text": "VARCHAR", "identifier_text": "VARCHAR",
                     "other_sectors": ["VARCHAR"]})
EVENT_LOC = json.dumps({"extracted_place": "VARCHAR", "resolved_place": "VARCHAR", "geonameid": "BIGINT",
                        "lat": "DOUBLE", "lon": "DOUBLE", "city": "VARCHAR", "province": "VARCHAR",
                        "country": "VARCHAR", "country_code": "VARCHAR", "feature_class": "VARCHAR",
                        "feature_code": "VARCHAR", "resolution": "INTEGER", "how": "VARCHAR"})
FLAGS = ("reciprocal", "negated", "hypothetical", "future", "reported", "historical")
# flat columns that hold lists of structs or a struct: JSON text in CSV/TSV
NESTED = ("actor", "recipient", "event_loc")
# flat columns that hold lists of strings: joined by ';' in CSV/TSV
LISTS = ("mode", "context", "actor_codes", "recipient_codes", "event_text", "story_ids")


def plover_flat_sql(where: str) -> str:
    """Every PLOVER field as a typed column: dates as DATE with their precision and bounds, every
    flag, context, and actors, recipients and the place as (lists of) structs."""
    r = "l.record"
    flags = ",\n      ".join(f"CAST({r}->>'{f}' AS BOOLEAN) AS {f}" for f in FLAGS)
    return f"""
    SELECT e.event_id AS id, e.event_num, l.doc_id AS story_id,
      (SELECT list(DISTINCT s.doc_id ORDER BY s.doc_id) FROM story_events s WHERE s.event_id = e.event_id) AS story_ids,
      e.date, e.date_precision, l.enddate, e.date_lo, e.date_hi,
      {r}->>'date_text' AS date_text, {r}->>'date_source' AS date_source,
      e.category AS event, e.mode, CAST({r}->'context' AS VARCHAR[]) AS context,
      e.quad_code, CAST({r}->>'event_scale' AS DOUBLE) AS event_scale, e.cameo, e.goldstein,
      e.actor_codes, e.recipient_codes,
      from_json({r}->'actor', '[{ENTITY}]') AS actor, from_json({r}->'recipient', '[{ENTITY}]') AS recipient,
      e.factual,
      {flags},
      from_json({r}->'event_loc', '{EVENT_LOC}') AS event_loc,
      e.place_name, e.place_country,
      e.num_mentions, e.num_sources, e.num_articles, e.merged,
      CAST({r}->>'confidence' AS DOUBLE) AS confidence,
      {r}->>'text' AS text, CAST({r}->'event_text' AS VARCHAR[]) AS event_text,
      d.title, d.url, d.source_name AS publisher, d.pub_datetime, d.language, {r}->>'coder' AS coder
    FROM events e
    JOIN story_events l ON l.story_event_id = e.lead_story_event
    JOIN documents d ON d.doc_id = l.doc_id
    WHERE {where}
    ORDER BY e.event_num"""


def plover_records(con, flt: EventFilter | None = None, chunk: int = 500):
    """PLOVER records of merged events: the lead story's record, with every story's mentions."""
    cond, params = (flt or EventFilter()).where("e")
    cur = con.execute(
        f"""SELECT e.event_id, e.event_num, e.num_mentions, e.num_sources, e.num_articles, e.merged,
                   e.date, e.date_precision, e.place, l.record
            FROM events e JOIN story_events l ON l.story_event_id = e.lead_story_event
            WHERE {cond} ORDER BY e.event_num""",
        params,
    )
    # a second cursor for the members: the first one is still being read
    mcon = con.cursor()
    while True:
        rows = cur.fetchmany(chunk)
        if not rows:
            break
        ids = [r[0] for r in rows]
        members: dict[str, list] = {}
        for eid, sid, doc_id, why, sentence, start, end, text, etext in mcon.execute(
            """SELECT s.event_id, s.story_event_id, s.doc_id, s.merge_why, m.sentence, m.start, m."end", m.text,
                      m.event_text
               FROM story_events s JOIN mentions m ON m.story_event_id = s.story_event_id
               JOIN documents d ON d.doc_id = s.doc_id
               WHERE s.event_id IN (SELECT unnest($1::VARCHAR[]))
               ORDER BY d.ingested_at, s.story_event_id, m.seq""",
            [ids],
        ).fetchall():
            members.setdefault(eid, []).append((sid, doc_id, why, sentence, start, end, text, etext))
        for eid, num, nm, ns, na, merged, dt, prec, place, record in rows:
            rec = json.loads(record)
            rec["story_event_id"] = rec["id"]
            rec["id"] = eid
            rec["global_event_id"] = num
            rec["date"], rec["date_precision"] = dt, prec
            if place and "event_loc" not in rec:
                rec["event_loc"] = json.loads(place)
            ms = members.get(eid, [])
            rec["story_ids"] = list(dict.fromkeys(m[1] for m in ms))
            rec["mentions"] = [
                {"story_id": m[1], "story_event_id": m[0], "sequence": m[3], "start": m[4], "end": m[5],
                 "text": m[6], "event_text": m[7]}
                for m in ms
            ]
            rec["merge"] = [{"story_event_id": sid, "why": why} for sid, why in dict.fromkeys((m[0], m[2]) for m in ms)]
            rec.update({"num_mentions": nm, "num_sources": ns, "num_articles": na, "merged": merged})
            yield rec
    mcon.close()


def resolve(out, fmt: str | None, schema: str) -> str:
    """The format to write ``schema`` in: ``fmt`` if given, else the extension's, else the schema's
    default (PLOVER JSONL, GDELT headerless TSV, POLECAT TSV). Raises E204/E303."""
    if schema not in SCHEMAS:
        raise WhimbrelError(E.E204, option="--schema", value=schema, reason="use " + ", ".join(SCHEMAS))
    allowed = SCHEMA_FORMATS[schema]
    if fmt and fmt in FORMATS and fmt not in allowed:
        raise WhimbrelError(E.E303, fmt=fmt, schema=schema, allowed=", ".join(allowed))
    found = format_for(out, fmt, FORMATS, allowed[0])
    if schema == "gdelt" and found == "tsv":  # GDELT's own TSV is headerless
        return "gdelt-tsv"
    return found if found in allowed else allowed[0]


def export(con, out: str | Path, fmt: str | None = None, schema: str = "plover",
           flt: EventFilter | None = None) -> int:
    """Write the (filtered) merged events to ``out`` (``-`` = stdout); returns the rows written
    (events, or for GDELT actor x recipient pairs)."""
    fmt = resolve(out, fmt, schema)
    flt = flt or EventFilter()
    flt.where("e")  # bad filter values are reported before any output is opened
    if schema == "gdelt":
        header = fmt != "gdelt-tsv"
        return write_rows(gdelt.rows(con, flt), gdelt.columns(), out, fmt if header else "tsv", header=header)
    if schema == "polecat":
        return write_rows(polecat.rows(con, flt), polecat.columns(), out, fmt)
    if fmt == "jsonl":
        n = 0
        with open_text(out) as fh:
            for rec in plover_records(con, flt):
                fh.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
                n += 1
        return n
    return copy_flat(con, out, fmt, flt)


def copy_flat(con, out, fmt: str, flt: EventFilter) -> int:
    """Flat PLOVER columns through DuckDB's COPY (Parquet typed and nested; CSV/TSV with nested
    values as JSON text and lists joined by ';')."""
    cond, params = flt.where("e")
    sql = plover_flat_sql(cond)
    if fmt in ("csv", "tsv"):
        repl = [f"array_to_string({c}, ';') AS {c}" for c in LISTS] + [f"CAST(to_json({c}) AS VARCHAR) AS {c}" for c in NESTED]
        sql = f"SELECT * REPLACE ({', '.join(repl)}) FROM ({sql})"
    options = {"csv": "FORMAT csv, HEADER true", "tsv": "FORMAT csv, HEADER true, DELIMITER '\t'",
               "parquet": "FORMAT parquet"}[fmt]
    # COPY takes no prepared parameters; the filter values are validated (codes, dates, digits), so
    # they are inlined as quoted literals
    sql = _inline(sql, params)
    n = con.execute(f"SELECT count(*) FROM events e WHERE {_inline(cond, params)}").fetchone()[0]
    with binary_target(out) as target:
        try:
            con.execute(f"COPY ({sql}) TO {_literal(target)} ({options})")
        except duckdb.IOException as err:
            raise WhimbrelError(E.E301, path=out, reason=str(err)) from err
    return n


def _literal(v) -> str:
    from datetime import date

    if isinstance(v, date):
        return f"DATE '{v.isoformat()}'"
    return "'" + str(v).replace("'", "''") + "'"


def _inline(sql: str, params: list) -> str:
    parts = sql.split("?")
    if len(parts) != len(params) + 1:
        raise ValueError("parameter count mismatch")
    return "".join(p + (_literal(params[i]) if i < len(params) else "") for i, p in enumerate(parts))
