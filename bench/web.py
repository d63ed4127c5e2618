"""Benchmark of the web app (`whimbrel serve`) on a store of generated events.

    python bench/web.py                       # 1,000,000 events in a temporary store
    python bench/web.py --events 200000 --keep /tmp/web-bench.duckdb

The store is generated with SQL straight into the schema (no NLP: this measures the app, not the
coder): events over 40 countries with sectors, every PLOVER category with its quad class and
Goldstein weight, dates over 3 years, places with coordinates, 20 publishers, one story event with
its PLOVER record and one evidence sentence per event, about 3 events per document. Requests go
through the real app in process (Starlette test client: routing, checks, queries, templates, live
mode: a read-only connection opened per request). Reported: p50/p95 per view over varied filters;
the target is a median under 300 ms for the filtered event table, the overview and a dyad timeline.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
warnings.filterwarnings("ignore", message=".*httpx.*")

from whimbrel import data  # noqa: E402
from whimbrel.store.schema import open_store  # noqa: E402

COUNTRIES = ["USA", "RUS", "CHN", "IRN", "IRQ", "SYR", "ISR", "PSE", "TUR", "UKR", "GBR", "FRA", "DEU", "IND", "PAK",
             "AFG", "SAU", "YEM", "EGY", "LBY", "SDN", "ETH", "SOM", "KEN", "NGA", "MLI", "COL", "VEN", "MEX", "BRA",
             "JPN", "KOR", "PRK", "TWN", "PHL", "MMR", "LBN", "JOR", "QAT", "IGO"]
SECTORS = ["GOV", "MIL", "COP", "REB", "CVL", "OPP", "JUD", "BUS"]
PUBLISHERS = [f"Wire {i}" for i in range(20)]
TARGET_MS = 300


def _list(values) -> str:
    return "[" + ", ".join("'" + v + "'" for v in values) + "]"


def generate(path: Path, n: int) -> None:
    """Fill a new store at ``path`` with ``n`` events (and their story events, documents, mentions)."""
    cats = data.plover()["categories"]
    names = list(cats)
    quads = [cats[c]["quad"] for c in names]
    scores = [float(cats[c]["score"]) for c in names]
    con = open_store(path)
    con.execute("SET preserve_insertion_order = false")
    base = f"""
      SELECT i,
        {_list(COUNTRIES)}[1 + CAST(hash(i, 1) % {len(COUNTRIES)} AS BIGINT)] AS a,
        {_list(COUNTRIES)}[1 + CAST(hash(i, 2) % {len(COUNTRIES)} AS BIGINT)] AS r,
        {_list(SECTORS)}[1 + CAST(hash(i, 3) % {len(SECTORS)} AS BIGINT)] AS asec,
        {_list(SECTORS)}[1 + CAST(hash(i, 4) % {len(SECTORS)} AS BIGINT)] AS rsec,
        1 + CAST(hash(i, 5) % {len(names)} AS BIGINT) AS ci,
        DATE '2021-01-01' + CAST(CAST(hash(i, 6) % 1095 AS BIGINT) AS INTEGER) AS d,
        {_list(COUNTRIES)}[1 + CAST(hash(i, 7) % {len(COUNTRIES)} AS BIGINT)] AS pc,
        CAST(CAST(hash(i, 8) % 500 AS BIGINT) AS INTEGER) AS pl,
        {_list(PUBLISHERS)}[1 + CAST(hash(i, 9) % {len(PUBLISHERS)} AS BIGINT)] AS pub,
        CAST(hash(i, 10) % 20 AS BIGINT) = 0 AS neg
      FROM range({n}) t(i)"""
    con.execute(f"CREATE TEMP TABLE g AS {base}")
    cat_sql = f"{_list(names)}[ci]"
    quad_sql = f"{[*quads]}[ci]"
    score_sql = f"{[*scores]}[ci]"
    con.execute("BEGIN")
    con.execute(f"""INSERT INTO documents (doc_id, content_hash, origin, kind, title, publisher, source_name, url,
                      language, pub_datetime, date_source, n_sentences, n_events, run_id, ingested_at)
        SELECT 'doc-' || (i // 3), md5(CAST(i // 3 AS VARCHAR)), 'bench', 'jsonl', 'Story ' || (i // 3), pub, pub,
               'https://news.example/' || (i // 3), 'en', CAST(d AS TIMESTAMPTZ), 'text', 3, 3, 1, now()
        FROM g WHERE i % 3 = 0""")
    text = ("a || ' officials ' || CASE WHEN neg THEN 'did not ' ELSE '' END || lower(" + cat_sql +
            ") || ' ' || r || ' near place ' || pl || ' on ' || d || ', ' || pub || ' reported.'")
    record = f"""json_object('id', 'wb-' || i, 'story_id', 'doc-' || (i // 3), 'date', CAST(d AS VARCHAR),
        'date_precision', 'day', 'actor', [json_object('code', a, 'sector', asec, 'entity_text', a || ' ' || asec)],
        'recipient', [json_object('code', r, 'sector', rsec, 'entity_text', r || ' ' || rsec)],
        'event', [{cat_sql}], 'mode', [], 'context', [], 'quad_code', {quad_sql}, 'goldstein', {score_sql},
        'negated', neg, 'hypothetical', false, 'future', false, 'reported', false, 'historical', false,
        'event_text', [lower({cat_sql})], 'text', {text}, 'confidence', 0.8)"""
    place = "json_object('country', pc, 'name', 'Place ' || pc || ' ' || pl, 'lat', (CAST(hash(pc) % 140 AS BIGINT)) - 70 + (pl % 10) / 10.0, 'lon', (CAST(hash(pc, 1) % 340 AS BIGINT)) - 170 + (pl % 7) / 10.0)"
    con.execute(f"""INSERT INTO story_events (story_event_id, doc_id, event_id, merge_why, category, mode, cameo,
                      goldstein, quad_code, actor_codes, recipient_codes, factual, date, date_precision, date_lo,
                      date_hi, place_name, place_country, place, sentence, paragraph, confidence, source_name,
                      n_mentions, record)
        SELECT 'wb-' || i, 'doc-' || (i // 3), 'ev-' || i, 'new event', {cat_sql}, [], '01', {score_sql},
               {quad_sql}, [a], [r], NOT neg, CAST(d AS VARCHAR), 'day', d, d, 'Place ' || pc || ' ' || pl, pc,
               {place}, i % 3, i % 3, 0.8, pub, 1, {record}
        FROM g""")
    con.execute(f"""INSERT INTO mentions SELECT 'wb-' || i, 'doc-' || (i // 3), 0, i % 3, 0, 80, {text},
                      lower({cat_sql}) FROM g""")
    con.execute(f"""INSERT INTO events (event_id, event_num, merge_key, category, mode, cameo, goldstein, quad_code,
                      actor_codes, recipient_codes, factual, date, date_precision, date_lo, date_hi, place_name,
                      place_country, place, lead_story_event, num_mentions, num_sources, num_articles, merged,
                      first_added, updated_at)
        SELECT 'ev-' || i, i + 1, 'k', {cat_sql}, [], '01', {score_sql}, {quad_sql}, [a], [r], NOT neg,
               CAST(d AS VARCHAR), 'day', d, d, 'Place ' || pc || ' ' || pl, pc, {place}, 'wb-' || i,
               1 + CAST(hash(i, 11) % 4 AS BIGINT), 1 + CAST(hash(i, 12) % 3 AS BIGINT), 1, true, now(), now()
        FROM g""")
    con.execute("INSERT INTO runs (run_id, started_at, finished_at, inputs, merge, documents, events) "
                f"VALUES (1, now(), now(), 'bench', true, {n // 3}, {n})")
    from whimbrel.store import readside  # here: the module is new with migration 2

    con.execute(readside.derived_sql("TRUE"))  # what an ingest derives for fast reads, then its rollups
    readside.build_rollups(con)
    con.execute("COMMIT")
    con.execute("CHECKPOINT")
    con.close()


def VIEWS(rng: random.Random) -> dict[str, list[str]]:
    """The measured views, each a list of varied URLs. The first six are the ones of the first
    measurement (kept comparable); the target covers the filtered table, the overview and the dyad."""
    pairs = [(rng.choice(COUNTRIES[:-1]), rng.choice(COUNTRIES[:-1])) for _ in range(6)]
    return {
        "event table, filtered (actor + dates + category, facets)": [
            f"/events?actor={a}&since=2022-01-01&until=2022-12-31&category={c}"
            for (a, _), c in zip(pairs, ["ASSAULT", "ACCUSE", "CONSULT", "AID", "THREATEN", "PROTEST"])],
        "event table, text search (q + actor)": [f"/events?q=place+{rng.randrange(500)}&actor={a}" for a, _ in pairs[:2]],
        "overview, whole store": ["/", "/?by=week"],
        "overview, filtered (actor)": [f"/?actor={a}" for a, _ in pairs],
        "dyad timeline (page)": [f"/dyad?actor={a}&recipient={b}" for a, b in pairs],
        "dyad timeline (API)": [f"/api/dyad?actor={a}&recipient={b}&by=week" for a, b in pairs],
        "network (countries)": ["/network"],
        "event table, text search alone (q)": [f"/events?q=place+{rng.randrange(500)}" for _ in range(3)],
        "event table, flags + sector (hide, asector)": [
            f"/events?hide=negated&asector={s}&actor={a}" for (a, _), s in zip(pairs, SECTORS)],
        "event table, publisher": [f"/events?publisher=Wire+{i}" for i in (1, 7, 13)],
        "event table, whole store": ["/events", "/events?sort=goldstein"],
        "event table, one year (a third of the store)": ["/events?since=2022-01-01&until=2022-12-31",
                                                         "/events?since=2023-01-01&until=2023-12-31"],
        "overview, filtered (hide negated)": ["/?hide=negated"],
        "event page": [f"/events/ev-{rng.randrange(1_000_000)}" for _ in range(6)],
        "map (API), whole store and by actor": ["/api/map"] + [f"/api/map?actor={a}" for a, _ in pairs[:3]],
        "network (sectors)": ["/network?nodes=sector"],
    }


def measure(client, urls: list[str], rounds: int) -> tuple[float, float, int]:
    """p50 and p95 in ms over ``rounds`` passes of ``urls`` (after one warm-up pass)."""
    for u in urls:
        assert client.get(u).status_code == 200, u
    times = []
    for _ in range(rounds):
        for u in urls:
            t0 = time.perf_counter()
            r = client.get(u)
            times.append((time.perf_counter() - t0) * 1000)
            assert r.status_code == 200, u
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], len(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--keep", type=Path, default=None, help="Generate (or reuse) the store here and keep it.")
    args = ap.parse_args()
    from starlette.testclient import TestClient

    from whimbrel.web.app import create_app

    tmp = None
    if args.keep:
        db = args.keep
    else:
        tmp = tempfile.TemporaryDirectory(prefix="whimbrel-web-bench-")
        db = Path(tmp.name) / "events.duckdb"
    if not db.exists():
        t0 = time.perf_counter()
        generate(db, args.events)
        print(f"generated {args.events:,} events in {time.perf_counter() - t0:.1f} s "
              f"({db.stat().st_size / 1e6:.0f} MB)", flush=True)
    views = VIEWS(random.Random(7))
    rows = []
    app = create_app(db)
    with TestClient(app) as client:
        n = client.get("/api/stats").json()["store"]["events"]
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"store: {n:,} events; {os.cpu_count()} cpus (load average {load:.1f}); {args.rounds} rounds per view")
        print("cold (result cache off: every request queries the store):")
        app.state.database.CACHE_SIZE = 0
        for name, urls in views.items():
            p50, p95, k = measure(client, urls, args.rounds)
            rows.append((name, p50, p95, k))
            print(f"  {name:<58} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   ({k} requests)", flush=True)
        print("warm (a view asked again while the store is unchanged: served from the result cache):")
        app.state.database.CACHE_SIZE = 256
        for name, urls in views.items():
            p50, p95, k = measure(client, urls, args.rounds)
            print(f"  {name:<58} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   ({k} requests)", flush=True)
        load_end = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"load average at the end: {load_end:.1f}")
    if tmp:
        tmp.cleanup()
    over = [r[0] for r in rows if r[1] > TARGET_MS]
    print("views over 300 ms at the cold median: " + (", ".join(over) or "none"))
    slow = [r for r in rows if r[1] > TARGET_MS and r[0].split(",")[0] in ("event table", "overview", "dyad timeline")
            and "text search" not in r[0]]
    print("target (cold): median < 300 ms for the filtered table, the overview and the dyad timeline: "
          + ("met" if not slow else "MISSED by " + ", ".join(r[0] for r in slow)))
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
