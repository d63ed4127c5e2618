"""The queries behind the web pages and the JSON API: one function per view, plain dicts out.

Every function takes a read-only connection and a ``WebFilter``; the filter supplies one SQL
condition with ``?`` parameters, and nothing from a request is ever pasted into SQL (the only
formatted parts are names chosen from closed tables: sort columns, the period unit). Each view asks
for what it shows and no more (the event table fetches one page, then the evidence of that page's
events), which is what keeps a store of a million events answering in well under a second
(bench/web.py).
"""
from __future__ import annotations

import itertools
import json
from collections import Counter

from ..store.readside import SEP
from . import rollups as R
from .filters import PERIODS, Paging, WebFilter

PUBLISHER_FACET = 2_000  # the publisher facet is counted for filters matching at most this many events
QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
TABLE_COLUMNS = ["event_id", "event_num", "date", "date_precision", "category", "mode", "cameo", "goldstein",
                 "quad_code", "actor_codes", "recipient_codes", "factual", "place_name", "place_country",
                 "num_mentions", "num_sources", "num_articles"]


def _period(by: str) -> str:
    assert by in PERIODS  # checked by filters.period; formatted into SQL, so asserted again
    return f"CAST(date_trunc('{by}', e.date_lo) AS DATE)"


def store_stats(con) -> dict:
    """Documents, events, story events merged into others, rejects, date range, last ingest."""
    docs, = con.execute("SELECT count(*) FROM documents").fetchone()
    events, lo, hi, multi = con.execute(
        "SELECT count(*), min(date_lo), max(date_hi), count(*) FILTER (num_articles > 1) FROM events"
    ).fetchone()
    story, = con.execute("SELECT count(*) FROM story_events").fetchone()
    rejects, = con.execute("SELECT count(*) FROM rejects").fetchone()
    last, = con.execute("SELECT max(finished_at) FROM runs").fetchone()
    return {"documents": docs, "events": events, "story_events": story, "merged_story_events": story - events,
            "events_with_several_stories": multi, "rejects": rejects,
            "date_from": str(lo) if lo else None, "date_to": str(hi) if hi else None,
            "last_ingest": last.isoformat(sep=" ", timespec="seconds") if last else None}


_TEMP = itertools.count()


def matches(con, flt: WebFilter, limit: int = 100_000) -> str | None:
    """A temporary table (of this connection: a read-only store allows them, in memory) holding
    the numbers of the events ``flt`` keeps; its name, for WebFilter.narrow. None when more than
    ``limit`` events match: joining a list of most of the store costs as much as the scan."""
    cond, params = flt.where("e")
    name = f"whimbrel_matches_{next(_TEMP)}"
    con.execute(f"CREATE TEMP TABLE {name} AS SELECT e.event_num FROM events e WHERE {cond} LIMIT ?",
                params + [limit + 1])
    if con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] <= limit:
        return name
    con.execute(f"DROP TABLE {name}")
    return None


def event_rows(con, flt: WebFilter, paging: Paging) -> dict:
    """One page of the filtered events (with the lead evidence sentence of each) and the total.

    Two steps: the page's event ids are chosen reading only the filter and sort columns, then the
    page's rows are fetched by id. Reading every column of every matching row to keep
    fifty was most of the time on a store of a million events."""
    cond, params = flt.where("e")
    total, = con.execute(f"SELECT count(*) FROM events e WHERE {cond}", params).fetchone()
    ids = [r[0] for r in con.execute(
        f"SELECT e.event_id FROM events e WHERE {cond} ORDER BY {paging.order_by()} LIMIT ? OFFSET ?",
        params + [paging.size, paging.offset]).fetchall()]
    rows = con.execute(  # by primary key: an index lookup, not a scan
        f"""SELECT {', '.join('e.' + c for c in TABLE_COLUMNS)}, e.lead_story_event FROM events e
            WHERE e.event_id IN (SELECT unnest(?::VARCHAR[]))""", [ids]).fetchall() if ids else []
    texts = dict(con.execute(
        """SELECT s.story_event_id, json_extract_string(s.record, '$.text') FROM story_events s
           WHERE s.story_event_id IN (SELECT unnest(?::VARCHAR[]))""", [[r[-1] for r in rows]]).fetchall()) if rows else {}
    by_id = {r[0]: {**dict(zip(TABLE_COLUMNS, r)), "text": texts.get(r[-1])} for r in rows}
    events = [by_id[i] for i in ids if i in by_id]
    return {"total": total, "page": paging.page, "size": paging.size, "sort": paging.sort_param(),
            "pages": max(1, -(-total // paging.size)), "events": events}


def facets(con, flt: WebFilter, top: int = 12, in_python: int = PUBLISHER_FACET) -> dict:
    """Counts of the filtered events by category, quad class, actor and recipient code, place
    country and publisher (the lead story's; only for at most PUBLISHER_FACET events: the
    publisher is on the story, a join that costs seconds over a million events), each the top
    ``top`` values.

    Up to ``in_python`` events the facet columns are read once and counted here (one small read);
    larger sets are counted by DuckDB in one pass (``_facets_sql``). The whole store's facets come
    from the rollups when they are fresh."""
    if R.usable(con, flt):
        return R.facets(con, top)
    cond, params = flt.where("e")
    rows = con.execute(f"""SELECT e.category, e.quad_code, e.actor_codes, e.recipient_codes, e.place_country,
                                  e.lead_story_event FROM events e WHERE {cond} LIMIT ?""",
                       params + [in_python + 1]).fetchall()
    if len(rows) <= in_python:
        counts = {k: Counter() for k in ("category", "quad", "actor", "recipient", "country")}
        for cat, quad, actors, recipients, country, _ in rows:
            counts["category"][cat] += 1
            if quad is not None:
                counts["quad"][quad] += 1
            counts["actor"].update(actors or [])
            counts["recipient"].update(recipients or [])
            if country:
                counts["country"][country] += 1
        out = {k: [{"value": v, "events": n} for v, n in sorted(c.items(), key=lambda x: (-x[1], str(x[0])))]
               for k, c in counts.items()}
        for k in ("actor", "recipient", "country"):
            out[k] = out[k][:top]
        # publishers by key lookups of the lead stories: cheap for a narrow filter only
        out["publisher"] = _publishers(con, [r[5] for r in rows], top)
    else:
        out = _facets_sql(con, cond, params, top)
        out["publisher"] = []
    out["quad"].sort(key=lambda f: f["value"])
    return out


def _facets_sql(con, cond: str, params: list, top: int) -> dict:
    """The facets of a large set in one pass: GROUPING SETS over scalar columns, the actor and
    recipient codes as their set strings (store/readside.py), split here per group (grouping a
    million rows by list values, or unnesting them all, was most of 0.6 s)."""
    groups = con.execute(
        f"""SELECT grouping(category, quad_code, place_country, actor_set, recipient_set) g, category, quad_code,
                   place_country, actor_set, recipient_set, count(*)
            FROM events e WHERE {cond}
            GROUP BY GROUPING SETS ((category), (quad_code), (place_country), (actor_set), (recipient_set))""",
        params).fetchall()
    counts = {k: Counter() for k in ("category", "quad", "actor", "recipient", "country")}
    # grouping() has a bit per column, 1 when the row is not grouped by it: 0b01111 = by category
    which = {0b01111: ("category", 1), 0b10111: ("quad", 2), 0b11011: ("country", 3), 0b11101: ("actor", 4),
             0b11110: ("recipient", 5)}
    for row in groups:
        k, i = which[row[0]]
        value, n = row[i], row[6]
        if k in ("actor", "recipient"):
            for code in (value or "").strip(SEP).split(SEP) if value else []:
                counts[k][code] += n
        elif value is not None or k == "category":
            counts[k][value] += n
    out = {k: [{"value": v, "events": int(n)} for v, n in sorted(c.items(), key=lambda x: (-x[1], str(x[0])))]
           for k, c in counts.items()}
    for k in ("actor", "recipient", "country"):
        out[k] = out[k][:top]
    return out


def _publishers(con, leads: list, top: int) -> list[dict]:
    """The publishers of these lead story events, looked up by key."""
    rows = con.execute("""SELECT source_name, count(*) n FROM story_events
                          WHERE story_event_id IN (SELECT unnest(?::VARCHAR[])) AND source_name IS NOT NULL
                          GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?""",
                       [leads, top]).fetchall() if leads else []
    return [{"value": v, "events": int(n)} for v, n in rows]


def timeline(con, flt: WebFilter, by: str) -> list[dict]:
    """Events per period by quad class, and the summed Goldstein weight per period."""
    if R.usable(con, flt):
        return R.timeline(con, by)
    cond, params = flt.where("e")
    rows = con.execute(  # by day and quad class first (a few thousand groups), then by period
        f"""WITH d AS (SELECT e.date_lo, e.quad_code, count(*) n, sum(e.goldstein) g FROM events e
                       WHERE ({cond}) AND e.date_lo IS NOT NULL GROUP BY ALL)
            SELECT {_period(by).replace("e.date_lo", "date_lo")} p, sum(n) FILTER (quad_code = 1),
                   sum(n) FILTER (quad_code = 2), sum(n) FILTER (quad_code = 3), sum(n) FILTER (quad_code = 4),
                   sum(n), sum(g)
            FROM d GROUP BY 1 ORDER BY 1""", params).fetchall()
    return [{"period": str(p), "quad": [int(q or 0) for q in (q1, q2, q3, q4)], "events": int(n),
             "goldstein_sum": round(g, 2) if g is not None else 0.0} for p, q1, q2, q3, q4, n, g in rows]


def category_timeline(con, flt: WebFilter, by: str) -> list[dict]:
    """Events per period and category."""
    cond, params = flt.where("e")
    rows = con.execute(
        f"""SELECT {_period(by)} p, e.category, count(*) FROM events e WHERE {cond} AND e.date_lo IS NOT NULL
            GROUP BY 1, 2 ORDER BY 1, 2""", params).fetchall()
    return [{"period": str(p), "category": c, "events": n} for p, c, n in rows]


def top_dyads(con, flt: WebFilter, limit: int = 15, sectors: bool = False) -> list[dict]:
    """Directed actor -> recipient pairs by event count, with their dominant quad class and
    summed Goldstein. With ``sectors`` the nodes are country+sector (from the lead record)."""
    return actors_and_dyads(con, flt, limit, sectors)["dyads"]


def top_actors(con, flt: WebFilter, limit: int = 15) -> list[dict]:
    return actors_and_dyads(con, flt, limit)["actors"]


def actors_and_dyads(con, flt: WebFilter, limit: int = 15, sectors: bool = False) -> dict:
    """The top directed dyads (events, dominant quad class, summed Goldstein, conflict events) and
    the top codes (events as actor, as recipient), from one read of the filtered events.

    The events are grouped by their actor and recipient code sets as whole strings (the set
    columns of store/readside.py: a few thousand groups; grouping a million rows by list values,
    or unnesting every list, costs several times as much), and only the groups' sets are split
    into pairs and sides. With ``sectors`` the nodes are code + sector of the lead report's actors
    (the network by sector). The whole store's figures come from the rollups when they are fresh."""
    if not sectors and R.usable(con, flt):
        return R.actors_and_dyads(con, limit)
    cond, params = flt.where("e")
    ac, rc = ("e.actor_nodes", "e.recipient_nodes") if sectors else ("e.actor_set", "e.recipient_set")
    split = "string_split(trim({}, chr(31)), chr(31))"
    rows = con.execute(
        f"""WITH s AS (SELECT {ac} a, {rc} r, e.quad_code q, count(*) n, sum(e.goldstein) g
                       FROM events e WHERE {cond} GROUP BY ALL),
            pairs AS (SELECT a1 a, r1 r, q, n, g FROM (SELECT unnest({split.format('a')}) a1, r, q, n, g FROM s),
                             unnest({split.format('r')}) t(r1)),
            sides AS (SELECT unnest({split.format('a')}) c, n x, 0 y FROM s
                      UNION ALL SELECT unnest({split.format('r')}), 0, n FROM s),
            by_quad AS (SELECT a, r, q, sum(n) n, sum(g) g FROM pairs GROUP BY ALL),
            d AS (SELECT 'd' k, a, r, sum(n) total, arg_max(q, n * 8 - coalesce(q, 0)) q, sum(g) g,
                         coalesce(sum(n) FILTER (q >= 3), 0) c
                  FROM by_quad GROUP BY 2, 3 ORDER BY total DESC, 2, 3 LIMIT ?),
            ac AS (SELECT 'a' k, c a, NULL r, sum(x) + sum(y) total, NULL q, CAST(sum(x) AS DOUBLE) g, sum(y) c
                   FROM sides WHERE c IS NOT NULL GROUP BY 2 ORDER BY total DESC, 2 LIMIT ?)
            SELECT * FROM d UNION ALL SELECT * FROM ac""", params + [limit, limit]).fetchall()
    rows.sort(key=lambda row: (-row[3], row[1], row[2] or ""))
    dyads = [r for r in rows if r[0] == "d"]
    actors = [(a, g, c, t) for k, a, _, t, _, g, c in rows if k == "a"]
    return {
        "dyads": [{"actor": a, "recipient": r, "events": int(n), "quad": q, "goldstein_sum": round(g or 0.0, 2),
                   "conflict": int(c)} for _, a, r, n, q, g, c in dyads],
        "actors": [{"code": c, "as_actor": int(x), "as_recipient": int(y), "events": int(t)} for c, x, y, t in actors],
    }


def top_places(con, flt: WebFilter, limit: int = 15) -> list[dict]:
    if R.usable(con, flt):
        return R.top_places(con, limit)
    cond, params = flt.where("e")
    rows = con.execute(
        f"""SELECT place_name, place_country, count(*) n FROM events e WHERE {cond} AND place_name IS NOT NULL
            GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?""", params + [limit]).fetchall()
    return [{"place": p, "country": c, "events": n} for p, c, n in rows]


def map_points(con, flt: WebFilter, limit: int = 5000) -> list[dict]:
    """Event places with coordinates and their event counts (the map clusters them)."""
    if R.usable(con, flt):
        return R.map_points(con, limit)
    cond, params = flt.where("e")
    rows = con.execute(
        f"""SELECT place_name, place_country, round(e.lat, 4) lat, round(e.lon, 4) lon, count(*) n
            FROM events e WHERE {cond} AND e.lat IS NOT NULL
            GROUP BY 1, 2, 3, 4 ORDER BY n DESC, 1, 2, 3, 4 LIMIT ?""", params + [limit]).fetchall()
    return [{"place": p, "country": c, "lat": la, "lon": lo, "events": n} for p, c, la, lo, n in rows]


def marked(text: str, spans: list[tuple[int, int, str]]) -> list[dict]:
    """``text`` cut into pieces, each {"text", "kind"} (kind None, "trigger" or "actor"), so a template
    can escape each piece and wrap the marked ones; overlapping spans keep the first."""
    spans = sorted((s, e, k) for s, e, k in spans if 0 <= s < e <= len(text))
    out, pos = [], 0
    for s, e, k in spans:
        if s < pos:
            continue
        if s > pos:
            out.append({"text": text[pos:s], "kind": None})
        out.append({"text": text[s:e], "kind": k})
        pos = e
    if pos < len(text):
        out.append({"text": text[pos:], "kind": None})
    return out


def _trigger_spans(text: str, words) -> list[tuple[int, int, str]]:
    spans = []
    low = text.lower()
    for w in words or []:
        w = (w or "").strip().lower()
        i = low.find(w) if w else -1
        if i >= 0:
            spans.append((i, i + len(w), "trigger"))
    return spans


def evidence(con, report: dict) -> list[dict]:
    """Each mention of a report with the sentences before and after it, the trigger words and the
    actors named in the sentence marked (from the stored offsets)."""
    out = []
    doc = report["story_id"]
    for m in report["mentions"]:
        seq = m["sentence"]
        sents = dict(con.execute(
            "SELECT seq, text FROM sentences WHERE doc_id = ? AND seq BETWEEN ? AND ? ORDER BY seq",
            [doc, seq - 1, seq + 1]).fetchall()) if seq is not None else {}
        actors = con.execute(
            'SELECT start, "end", code, sector, entity_text, why FROM actors WHERE doc_id = ? AND sentence = ? ORDER BY start',
            [doc, seq]).fetchall() if seq is not None else []
        text = m["text"] or sents.get(seq, "")
        base = m["start"] or 0
        words = m["event_text"]
        words = json.loads(words) if isinstance(words, str) and words.startswith("[") else [words]
        spans = _trigger_spans(text, words)
        spans += [(s - base, e - base, "actor") for s, e, *_ in actors if s is not None and e is not None]
        out.append({
            "sentence": seq, "start": m["start"], "end": m["end"], "before": sents.get(seq - 1) if seq else None,
            "after": sents.get(seq + 1) if seq is not None else None, "pieces": marked(text, spans),
            "triggers": [w for w in words if w],
            "actors": [{"code": c, "sector": s, "text": t, "why": w} for _, _, c, s, t, w in actors],
        })
    return out


def event_detail(con, event_id: str) -> dict:
    """The event (store.query.show_event) with each report's evidence marked in context."""
    from ..store.query import show_event

    ev = show_event(con, event_id)
    for rep in ev["reports"]:
        rep["evidence"] = evidence(con, rep)
        rec = rep["record"]
        rep["flags"] = [f for f in ("negated", "hypothetical", "future", "reported", "historical", "reciprocal")
                        if rec.get(f)]
    return ev
