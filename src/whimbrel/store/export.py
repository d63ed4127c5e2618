"""Export merged events as PLOVER records or GDELT event-table columns, to JSONL, CSV or Parquet.

Why DuckDB's own COPY: it streams to disk and writes Parquet without pyarrow or pandas, so export
memory does not grow with the database. PLOVER JSONL is assembled in Python (nested records,
streamed in chunks) because each merged event extends its lead story's PLOVER record with the
mentions of every story that reported it.

The GDELT columns and how they differ from GDELT's own are documented in docs/store.md.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..errors import E, WhimbrelError
from .query import EventFilter

FORMATS = ("jsonl", "csv", "parquet")
SCHEMAS = ("plover", "gdelt")

# PLOVER's non-state actor codes: not countries, so GDELT's KnownGroupCode rather than CountryCode
GROUP_CODES = ("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC")


def _actor_cols(n: int, side: str) -> str:
    a = f"(l.record->'{side}'->0)"
    groups = ", ".join(f"'{g}'" for g in GROUP_CODES)
    return f"""
      nullif(coalesce({a}->>'code', '') || coalesce({a}->>'sector', ''), '') AS Actor{n}Code,
      upper(coalesce({a}->>'identifier_text', {a}->>'entity_text')) AS Actor{n}Name,
      CASE WHEN {a}->>'code' NOT IN ({groups}) THEN {a}->>'code' END AS Actor{n}CountryCode,
      CASE WHEN {a}->>'code' IN ({groups}) THEN {a}->>'code' END AS Actor{n}KnownGroupCode,
      {a}->>'sector' AS Actor{n}Type1Code"""


def gdelt_sql(where: str) -> str:
    """The GDELT 1.0/2.0 event columns (plus WB_ extras at the end) for the filtered events."""
    return f"""
    SELECT
      e.event_num AS GlobalEventID,
      CAST(strftime(e.date_lo, '%Y%m%d') AS INTEGER) AS SQLDATE,
      CAST(strftime(e.date_lo, '%Y%m') AS INTEGER) AS MonthYear,
      year(e.date_lo) AS Year,
      round(year(e.date_lo) + (month(e.date_lo) * 30 + day(e.date_lo)) / 365.0, 4) AS FractionDate,
      {_actor_cols(1, 'actor')},
      {_actor_cols(2, 'recipient')},
      CASE WHEN l.paragraph = 0 THEN 1 ELSE 0 END AS IsRootEvent,
      e.cameo AS EventCode,
      left(e.cameo, 3) AS EventBaseCode,
      left(e.cameo, 2) AS EventRootCode,
      e.quad_code AS QuadClass,
      e.goldstein AS GoldsteinScale,
      e.num_mentions AS NumMentions,
      e.num_sources AS NumSources,
      e.num_articles AS NumArticles,
      CAST(NULL AS DOUBLE) AS AvgTone,
      CASE
        WHEN e.place IS NULL THEN NULL
        WHEN e.place->>'name' IS NOT NULL THEN CASE WHEN e.place_country = 'USA' THEN 3 ELSE 4 END
        WHEN e.place->>'admin1' IS NOT NULL THEN CASE WHEN e.place_country = 'USA' THEN 2 ELSE 5 END
        WHEN e.place_country IS NOT NULL THEN 1
      END AS ActionGeo_Type,
      nullif(concat_ws(', ', e.place->>'name', e.place->>'admin1', e.place_country), '') AS ActionGeo_FullName,
      e.place_country AS ActionGeo_CountryCode,
      TRY_CAST(e.place->>'lat' AS DOUBLE) AS ActionGeo_Lat,
      TRY_CAST(e.place->>'lon' AS DOUBLE) AS ActionGeo_Long,
      e.place->>'feature' AS ActionGeo_FeatureID,
      CAST(strftime(e.first_added, '%Y%m%d%H%M%S') AS BIGINT) AS DATEADDED,
      coalesce(d.url, d.origin) AS SOURCEURL,
      e.event_id AS WB_EventID,
      e.category AS WB_Category,
      e.date_precision AS WB_DatePrecision,
      e.factual AS WB_Factual
    FROM events e
    JOIN story_events l ON l.story_event_id = e.lead_story_event
    JOIN documents d ON d.doc_id = l.doc_id
    WHERE {where}
    ORDER BY e.event_num"""


def plover_flat_sql(where: str) -> str:
    """PLOVER fields as flat columns (lists kept as lists for Parquet, joined by ';' for CSV)."""
    return f"""
    SELECT e.event_id AS id, e.event_num, e.date, e.date_precision,
      l.record->>'date_text' AS date_text,
      e.category AS event, e.mode, e.cameo, e.goldstein, e.quad_code,
      CAST(l.record->>'event_scale' AS DOUBLE) AS event_scale,
      e.actor_codes, e.recipient_codes,
      l.record->'actor' AS actor, l.record->'recipient' AS recipient,
      e.factual, e.place_name, e.place_country, e.place AS event_loc,
      e.num_mentions, e.num_sources, e.num_articles,
      (SELECT list(DISTINCT s.doc_id ORDER BY s.doc_id) FROM story_events s WHERE s.event_id = e.event_id) AS story_ids,
      l.doc_id AS lead_story_id, l.record->>'text' AS text, d.url, d.source_name AS source
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


def export(con, out: str | Path, fmt: str = "jsonl", schema: str = "plover", flt: EventFilter | None = None) -> int:
    """Write the (filtered) merged events to ``out``; returns the number of events written."""
    if fmt not in FORMATS:
        raise WhimbrelError(E.E204, option="--format", value=fmt, reason="use " + ", ".join(FORMATS))
    if schema not in SCHEMAS:
        raise WhimbrelError(E.E204, option="--schema", value=schema, reason="use " + ", ".join(SCHEMAS))
    out = str(out)
    if schema == "plover" and fmt == "jsonl":
        n = 0
        with open(out, "w", encoding="utf-8") as fh:
            for rec in plover_records(con, flt):
                fh.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
                n += 1
        return n
    cond, params = (flt or EventFilter()).where("e")
    sql = gdelt_sql(cond) if schema == "gdelt" else plover_flat_sql(cond)
    if fmt == "csv" and schema == "plover":
        sql = (f"SELECT * REPLACE (array_to_string(mode, ';') AS mode, array_to_string(actor_codes, ';') AS actor_codes, "
               f"array_to_string(recipient_codes, ';') AS recipient_codes, array_to_string(story_ids, ';') AS story_ids) "
               f"FROM ({sql})")
    options = {"jsonl": "FORMAT json", "csv": "FORMAT csv, HEADER true", "parquet": "FORMAT parquet"}[fmt]
    # COPY takes no prepared parameters; the filter values are validated (codes, dates, digits), so
    # they are inlined as quoted literals
    sql = _inline(sql, params)
    n = con.execute(f"SELECT count(*) FROM events e WHERE {_inline(cond, params)}").fetchone()[0]
    con.execute(f"COPY ({sql}) TO {_literal(out)} ({options})")
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
