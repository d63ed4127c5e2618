"""Summary figures from the event store: counts by quad class and category, Goldstein by dyad.

Periods are taken from each event's date interval start (``date_lo``) truncated to the period;
undated events are counted under period ``None``. A dyad is one actor code and one recipient code
of an event (an event with two actors and one recipient counts for two dyads), directed A -> B.
"""
from __future__ import annotations

from ..errors import E, WhimbrelError
from .query import EventFilter

PERIODS = ("day", "week", "month", "year")


def stats(con, by: str = "month", flt: EventFilter | None = None) -> dict:
    """Counts by period x quad class, period x category, and Goldstein per dyad and period."""
    if by not in PERIODS:
        raise WhimbrelError(E.E204, option="--by", value=by, reason="use " + ", ".join(PERIODS))
    cond, params = (flt or EventFilter()).where("e")
    period = f"CAST(date_trunc('{by}', e.date_lo) AS DATE)"
    base = f"SELECT e.*, {period} AS period FROM events e WHERE {cond}"
    totals = con.execute(
        f"SELECT count(*), sum(num_mentions), count(DISTINCT period) FROM ({base})", params
    ).fetchone()
    quad = con.execute(
        f"""SELECT period, count(*) FILTER (quad_code = 1), count(*) FILTER (quad_code = 2),
                   count(*) FILTER (quad_code = 3), count(*) FILTER (quad_code = 4), count(*)
            FROM ({base}) GROUP BY period ORDER BY period NULLS LAST""",
        params,
    ).fetchall()
    cats = con.execute(
        f"SELECT period, category, count(*) FROM ({base}) GROUP BY ALL ORDER BY period NULLS LAST, count(*) DESC, category",
        params,
    ).fetchall()
    dyads = con.execute(
        f"""SELECT period, a, r, count(*), sum(goldstein), avg(goldstein), sum(num_mentions)
            FROM (SELECT period, a, unnest(recipient_codes) AS r, goldstein, num_mentions
                  FROM (SELECT period, unnest(actor_codes) AS a, recipient_codes, goldstein, num_mentions
                        FROM ({base})))
            GROUP BY ALL ORDER BY period NULLS LAST, count(*) DESC, a, r""",
        params,
    ).fetchall()
    return {
        "by": by,
        "events": totals[0],
        "mentions": totals[1] or 0,
        "quad_class": [
            {"period": str(p) if p else None, "verbal_cooperation": q1, "material_cooperation": q2,
             "verbal_conflict": q3, "material_conflict": q4, "total": t}
            for p, q1, q2, q3, q4, t in quad
        ],
        "categories": [{"period": str(p) if p else None, "category": c, "events": n} for p, c, n in cats],
        "dyads": [
            {"period": str(p) if p else None, "actor": a, "recipient": r, "events": n,
             "goldstein_sum": round(s, 3) if s is not None else None,
             "goldstein_mean": round(m, 3) if m is not None else None, "mentions": nm}
            for p, a, r, n, s, m, nm in dyads
        ],
    }


def format_stats(st: dict) -> str:
    """Plain-text tables of ``stats`` for a terminal."""
    out = [f"{st['events']} events ({st['mentions']} mentions), by {st['by']}", "", "quad class:"]
    out.append(f"  {'period':<12}{'verb.coop':>10}{'mat.coop':>10}{'verb.conf':>10}{'mat.conf':>10}{'total':>8}")
    for r in st["quad_class"]:
        out.append(f"  {str(r['period']):<12}{r['verbal_cooperation']:>10}{r['material_cooperation']:>10}"
                   f"{r['verbal_conflict']:>10}{r['material_conflict']:>10}{r['total']:>8}")
    out += ["", "categories:"]
    for r in st["categories"]:
        out.append(f"  {str(r['period']):<12}{r['category']:<12}{r['events']:>8}")
    out += ["", "dyads (Goldstein):", f"  {'period':<12}{'dyad':<10}{'events':>8}{'sum':>10}{'mean':>8}"]
    for r in st["dyads"]:
        s = "-" if r["goldstein_sum"] is None else f"{r['goldstein_sum']:.1f}"
        m = "-" if r["goldstein_mean"] is None else f"{r['goldstein_mean']:.2f}"
        out.append(f"  {str(r['period']):<12}{r['actor'] + ':' + r['recipient']:<10}{r['events']:>8}{s:>10}{m:>8}")
    return "\n".join(out)
