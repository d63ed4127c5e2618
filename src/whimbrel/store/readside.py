"""What the store keeps for fast reading: per-event columns derived from the members, and rollups.

Why: the web app (``whimbrel serve``, bench/web.py) answers filters over a million events in well
under a second only if no filter has to open JSON records or join stories at request time.
Measured on 1,000,000 generated events: hiding negated events or asking for a sector parsed every
lead record (over 10 s, stopped by the time limit); a publisher joined every story (2.5 s); a text
search joined stories and mentions and scanned the text with ILIKE (1.6-3.3 s); the whole-store
overview and facets grouped every event again on every request (0.2-0.6 s). So:

* **derived columns** on ``events`` (migration 2), written by ``refresh_derived`` whenever an
  event is recomputed from its members (ingest, import-parquet) and by the migration for older
  stores: the event's actor and recipient codes as set strings (a test or a grouping on a string
  is two to three times faster than on a list), the lead report's flags (``negated`` ...
  ``historical``), its actors' and recipients' sectors (and code + sector: the nodes of the sector network), the publishers of every member
  story, the place's ``lat``/``lon``, and ``search_text``: every member's evidence sentences,
  lower-cased, one per line. A text search is then one scan of one column (about 0.1 s per million events) with literal substring semantics.
  Why not an index: DuckDB's ``fts`` extension is not in the pip wheel (only core_functions, icu,
  json and parquet are) and whimbrel never lets DuckDB download one; a word index of our own
  would change the meaning of a search (a substring such as "ezbollah" needs a scan of the
  vocabulary, then a check of every candidate sentence) and grow the store by a row per word,
  while the plain column scan already answers within the target.
* **rollups** (``rollup`` table, ``build_rollups``): the whole store's counts by day and quad
  class, by dyad, by actor code (as actor, as recipient), by place and point, by category, quad
  class and place country, by the lead story's publisher, rebuilt at the end of each ingest run
  and import. ``rollup_state`` keeps the signature of the events table they were built from
  (count, last event number, last update); a reader uses them only while the signature still
  matches (``rollups_fresh``), so a killed ingest or a ``Store.write`` without ``finish_run`` can
  make them stale but never wrong: the reader falls back to the plain queries.
"""
from __future__ import annotations

FLAG_COLUMNS = ("negated", "hypothetical", "future", "reported", "historical")

SEP = "\x1f"  # joins the values of a set column; removed from the values (a request cannot hold it: E306)

# (column, type) appended to events by migration 2. Sets of values are strings, not lists: DuckDB
# updates a list column by rewriting the row (measured: 11 s for 50,000 events, 0.02 s for a
# string), and ingest updates these columns on every batch.
COLUMNS = [(f, "BOOLEAN") for f in FLAG_COLUMNS] + [
    ("actor_set", "VARCHAR"), ("recipient_set", "VARCHAR"), ("actor_sectors", "VARCHAR"),
    ("recipient_sectors", "VARCHAR"), ("actor_nodes", "VARCHAR"), ("recipient_nodes", "VARCHAR"),
    ("publishers", "VARCHAR"), ("lat", "DOUBLE"), ("lon", "DOUBLE"), ("search_text", "VARCHAR"),
]


def _set(values: str) -> str:
    """SQL: a list of strings as one string ``SEP a SEP b SEP`` (NULL when empty), so a member
    test is ``contains(column, SEP || value || SEP)``."""
    clean = f"[replace(v, chr(31), ' ') FOR v IN {values}]"
    return f"CASE WHEN len({values}) > 0 THEN chr(31) || array_to_string({clean}, chr(31)) || chr(31) END"


def _nodes(side: str) -> str:
    """SQL: the code + sector of each coded actor of the lead record's ``side``, as a set string."""
    entities = f"""from_json(l.record->'{side}', '[{{"code":"VARCHAR","sector":"VARCHAR"}}]')"""
    return _set(f"[x.code || ' ' || coalesce(x.sector, 'UNK') FOR x IN {entities} IF x.code IS NOT NULL]")


_LEAD = ", ".join(
    [f"coalesce(CAST(json_extract_string(l.record, '$.{f}') AS BOOLEAN), false) AS {f}" for f in FLAG_COLUMNS]
    + [_set("CAST(json_extract_string(l.record, '$.actor[*].sector') AS VARCHAR[])") + " AS actor_sectors",
       _set("CAST(json_extract_string(l.record, '$.recipient[*].sector') AS VARCHAR[])") + " AS recipient_sectors",
       _nodes("actor") + " AS actor_nodes", _nodes("recipient") + " AS recipient_nodes"])


def derived_sql(members: str) -> str:
    """The UPDATE that sets the derived columns of the events selected by ``members`` (a condition
    on ``e``, the events table; may use ``$1``)."""
    sets = ", ".join(f"{c} = d.{c}" for c, _ in COLUMNS)
    return f"""
        WITH ev AS (SELECT e.event_id, e.lead_story_event, e.place, {_set('e.actor_codes')} AS actor_set,
                           {_set('e.recipient_codes')} AS recipient_set FROM events e WHERE {members}),
             lead AS (SELECT ev.event_id, {_LEAD} FROM ev JOIN story_events l ON l.story_event_id = ev.lead_story_event),
             pubs AS (SELECT s.event_id, {_set("list(DISTINCT s.source_name ORDER BY s.source_name)")} AS publishers
                      FROM story_events s WHERE s.event_id IN (SELECT event_id FROM ev) AND s.source_name IS NOT NULL
                      GROUP BY 1),
             txt AS (SELECT s.event_id, lower(string_agg(m.text, chr(10) ORDER BY s.story_event_id, m.seq)) AS search_text
                     FROM story_events s JOIN mentions m ON m.story_event_id = s.story_event_id
                     WHERE s.event_id IN (SELECT event_id FROM ev) AND m.text IS NOT NULL GROUP BY 1),
             d AS (SELECT ev.event_id, {', '.join('lead.' + f for f in FLAG_COLUMNS)}, ev.actor_set, ev.recipient_set,
                          lead.actor_sectors,
                          lead.recipient_sectors, lead.actor_nodes, lead.recipient_nodes, pubs.publishers,
                          TRY_CAST(ev.place->>'lat' AS DOUBLE) AS lat, TRY_CAST(ev.place->>'lon' AS DOUBLE) AS lon,
                          txt.search_text
                   FROM ev LEFT JOIN lead USING (event_id) LEFT JOIN pubs USING (event_id) LEFT JOIN txt USING (event_id))
        UPDATE events SET {sets} FROM d WHERE events.event_id = d.event_id"""


def migration() -> list[str]:
    """Migration 2's statements: the columns, filled for every stored event, and the rollup tables
    (built empty: stale until the next ingest or import, so readers use the plain queries)."""
    return [f"ALTER TABLE events ADD COLUMN {c} {t}" for c, t in COLUMNS] + [
        derived_sql("TRUE"),
        """CREATE TABLE rollup (
               kind VARCHAR NOT NULL,   -- day, dyad, side, place, point, category, publisher
               a VARCHAR, b VARCHAR, quad INTEGER, day DATE, lat DOUBLE, lon DOUBLE,
               n BIGINT, x BIGINT, g DOUBLE)""",
        "CREATE TABLE rollup_state (signature VARCHAR, built_at TIMESTAMP)",
    ]


def refresh_derived(con, event_ids: list[str]) -> None:
    """Set the derived columns of these events (after their lead fields were recomputed)."""
    if event_ids:
        con.execute(derived_sql("e.event_id IN (SELECT unnest($1::VARCHAR[]))"), [list(event_ids)])


def signature(con) -> str:
    """What the rollups depend on: a change to the events table changes one of these figures
    (new events raise the count or the last number, a recomputed event its update time, a
    removed one the count)."""
    n, last, upd = con.execute("SELECT count(*), max(event_num), max(updated_at) FROM events").fetchone()
    return f"{n}|{last}|{upd}"


_ROLLUPS = {
    "day": """SELECT 'day', NULL, NULL, quad_code, date_lo, NULL, NULL, count(*), NULL, sum(goldstein)
              FROM events WHERE date_lo IS NOT NULL GROUP BY quad_code, date_lo""",
    "dyad": """SELECT 'dyad', a, r, quad_code, NULL, NULL, NULL, count(*), NULL, sum(goldstein)
               FROM (SELECT unnest(actor_codes) a, recipient_codes rl, quad_code, goldstein FROM events), unnest(rl) t(r)
               GROUP BY a, r, quad_code""",
    "side": """SELECT 'side', c, NULL, NULL, NULL, NULL, NULL, sum(x), sum(y), NULL FROM (
                 SELECT unnest(actor_codes) c, 1 x, 0 y FROM events UNION ALL SELECT unnest(recipient_codes), 0, 1 FROM events)
               WHERE c IS NOT NULL GROUP BY c""",
    "place": """SELECT 'place', place_name, place_country, NULL, NULL, NULL, NULL, count(*), NULL, NULL
                FROM events WHERE place_name IS NOT NULL GROUP BY place_name, place_country""",
    "point": """SELECT 'point', place_name, place_country, NULL, NULL, round(lat, 4), round(lon, 4), count(*), NULL, NULL
                FROM events WHERE lat IS NOT NULL GROUP BY place_name, place_country, round(lat, 4), round(lon, 4)""",
    "category": """SELECT 'category', category, place_country, quad_code, NULL, NULL, NULL, count(*), NULL, NULL
                   FROM events GROUP BY category, place_country, quad_code""",
    "publisher": """SELECT 'publisher', s.source_name, NULL, NULL, NULL, NULL, NULL, count(*), NULL, NULL
                    FROM events e JOIN story_events s ON s.story_event_id = e.lead_story_event
                    WHERE s.source_name IS NOT NULL GROUP BY s.source_name""",
}


def build_rollups(con) -> None:
    """Rebuild every rollup from the events table and record its signature. The old signature is
    removed first, so a build stopped half-way leaves rollups that no reader will use."""
    con.execute("DELETE FROM rollup_state")
    con.execute("DELETE FROM rollup")
    for sql in _ROLLUPS.values():
        con.execute("INSERT INTO rollup " + sql)
    con.execute("INSERT INTO rollup_state VALUES (?, current_timestamp::TIMESTAMP)", [signature(con)])


def rollups_fresh(con) -> bool:
    """True when the rollups were built from the events table as it is now."""
    row = con.execute("SELECT max(signature) FROM rollup_state").fetchone()
    return bool(row and row[0]) and row[0] == signature(con)
