"""The whole store's views read from the rollups the store keeps (store/readside.py).

Why: the landing page (the overview with no filter), the unfiltered event table's facets, the
network and the map of everything would otherwise group every event of the store on each request
(0.2-0.6 s over a million events). The rollups hold those groups already, rebuilt by each ingest
run and import; ``usable`` says whether they may answer: only for the empty filter, and only while
their signature matches the events table (else the caller runs the plain query). Each function
returns exactly what its counterpart in queries.py returns for the empty filter; tests/test_web.py
checks both on the same store.
"""
from __future__ import annotations

from ..store.readside import rollups_fresh
from .filters import PERIODS, WebFilter


def usable(con, flt: WebFilter) -> bool:
    return not flt.active() and rollups_fresh(con)


def timeline(con, by: str) -> list[dict]:
    assert by in PERIODS  # formatted into SQL
    rows = con.execute(
        f"""SELECT CAST(date_trunc('{by}', day) AS DATE) p, sum(n) FILTER (quad = 1), sum(n) FILTER (quad = 2),
                   sum(n) FILTER (quad = 3), sum(n) FILTER (quad = 4), sum(n), sum(g)
            FROM rollup WHERE kind = 'day' GROUP BY 1 ORDER BY 1""").fetchall()
    return [{"period": str(p), "quad": [int(q or 0) for q in (q1, q2, q3, q4)], "events": int(n),
             "goldstein_sum": round(g, 2) if g is not None else 0.0} for p, q1, q2, q3, q4, n, g in rows]


def actors_and_dyads(con, limit: int) -> dict:
    dyads = con.execute(
        """SELECT a, b, sum(n) total, arg_max(quad, n * 8 - coalesce(quad, 0)), sum(g),
                  coalesce(sum(n) FILTER (quad >= 3), 0)
           FROM rollup WHERE kind = 'dyad' GROUP BY a, b ORDER BY total DESC, a, b LIMIT ?""", [limit]).fetchall()
    sides = con.execute(
        """SELECT a, n, x, n + x total FROM rollup WHERE kind = 'side' ORDER BY total DESC, a LIMIT ?""",
        [limit]).fetchall()
    return {
        "dyads": [{"actor": a, "recipient": r, "events": int(n), "quad": q, "goldstein_sum": round(g or 0.0, 2),
                   "conflict": int(c)} for a, r, n, q, g, c in dyads],
        "actors": [{"code": c, "as_actor": int(x), "as_recipient": int(y), "events": int(t)} for c, x, y, t in sides],
    }


def top_places(con, limit: int) -> list[dict]:
    rows = con.execute("SELECT a, b, n FROM rollup WHERE kind = 'place' ORDER BY n DESC, a, b LIMIT ?", [limit]).fetchall()
    return [{"place": p, "country": c, "events": n} for p, c, n in rows]


def map_points(con, limit: int) -> list[dict]:
    rows = con.execute("SELECT a, b, lat, lon, n FROM rollup WHERE kind = 'point' ORDER BY n DESC, a, b, lat, lon LIMIT ?",
                       [limit]).fetchall()
    return [{"place": p, "country": c, "lat": la, "lon": lo, "events": n} for p, c, la, lo, n in rows]


def facets(con, top: int) -> dict:
    """The facets of the whole store (with the publisher facet, which the plain query counts only
    for narrow filters: here it is already counted)."""
    rows = con.execute(
        """WITH c AS (SELECT a, b, quad, n FROM rollup WHERE kind = 'category'),
                f AS (SELECT 'category' k, a v, sum(n) n FROM c GROUP BY a
                      UNION ALL SELECT 'quad', CAST(quad AS VARCHAR), sum(n) FROM c WHERE quad IS NOT NULL GROUP BY quad
                      UNION ALL SELECT 'country', b, sum(n) FROM c WHERE b IS NOT NULL GROUP BY b
                      UNION ALL SELECT 'actor', a, n FROM rollup WHERE kind = 'side' AND n > 0
                      UNION ALL SELECT 'recipient', a, x FROM rollup WHERE kind = 'side' AND x > 0
                      UNION ALL SELECT 'publisher', a, n FROM rollup WHERE kind = 'publisher')
           SELECT k, v, n FROM (SELECT *, row_number() OVER (PARTITION BY k ORDER BY n DESC, v) i FROM f)
           WHERE i <= ? OR k IN ('category', 'quad') ORDER BY k, n DESC, v""", [top]).fetchall()
    out = {k: [] for k in ("category", "quad", "actor", "recipient", "country", "publisher")}
    for k, v, n in rows:
        out[k].append({"value": int(v) if k == "quad" else v, "events": int(n)})
    out["quad"].sort(key=lambda f: f["value"])
    return out
