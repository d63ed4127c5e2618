"""Charts drawn on the server as SVG geometry (rectangles, lines, circles), rendered by templates.

Why no chart library: the pages must read without JavaScript, every asset must be local, and the
charts needed (stacked bars per period, a signed bar per period, a node-link diagram) are a few
dozen lines of arithmetic. The templates escape every label; nothing here builds markup.
"""
from __future__ import annotations

import math

QUAD_COLOURS = {1: "#4e9a06", 2: "#1f6f8b", 3: "#e69f00", 4: "#c0392b"}
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
           "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd"]


def stacked_bars(periods: list[str], series: list[tuple[str, str, list[int]]], width=900, height=220) -> dict:
    """Bars per period stacked by series; ``series`` = [(name, colour, values per period)]."""
    n = max(1, len(periods))
    left, bottom, top = 40, 30, 10
    plot_h = height - bottom - top
    totals = [sum(s[2][i] for s in series) for i in range(len(periods))]
    peak = max(totals, default=0) or 1
    step = (width - left - 10) / n
    bars = []
    for i, p in enumerate(periods):
        y = height - bottom
        for name, colour, values in series:
            v = values[i]
            if not v:
                continue
            h = v / peak * plot_h
            y -= h
            bars.append({"x": round(left + i * step + 1, 1), "y": round(y, 1), "w": round(max(step - 2, 1), 1),
                         "h": round(h, 1), "fill": colour, "title": f"{p} {name}: {v}"})
    every = max(1, math.ceil(n / 12))
    labels = [{"x": round(left + i * step + step / 2, 1), "text": p} for i, p in enumerate(periods) if i % every == 0]
    return {"width": width, "height": height, "bars": bars, "labels": labels, "peak": peak, "left": left,
            "base": height - bottom, "top": top,
            "legend": [{"name": s[0], "fill": s[1]} for s in series if any(s[2])]}


def signed_bars(periods: list[str], values: list[float], width=900, height=160) -> dict:
    """One bar per period above or below zero (summed Goldstein: cooperation up, conflict down)."""
    n = max(1, len(periods))
    left, pad = 40, 12
    peak = max((abs(v) for v in values), default=0) or 1
    mid = height / 2
    step = (width - left - 10) / n
    bars = []
    for i, (p, v) in enumerate(zip(periods, values)):
        h = abs(v) / peak * (mid - pad)
        bars.append({"x": round(left + i * step + 1, 1), "y": round(mid - h if v > 0 else mid, 1),
                     "w": round(max(step - 2, 1), 1), "h": round(h, 1),
                     "fill": QUAD_COLOURS[2] if v > 0 else QUAD_COLOURS[4], "title": f"{p}: {v:+.1f}"})
    every = max(1, math.ceil(n / 12))
    labels = [{"x": round(left + i * step + step / 2, 1), "text": p} for i, p in enumerate(periods) if i % every == 0]
    return {"width": width, "height": height, "bars": bars, "labels": labels, "peak": round(peak, 1), "mid": mid,
            "left": left}


def quad_chart(rows: list[dict]) -> dict:
    """Stacked bars of events per period by quad class (rows of queries.timeline)."""
    from .queries import QUADS

    periods = [r["period"] for r in rows]
    series = [(QUADS[q], QUAD_COLOURS[q], [r["quad"][q - 1] for r in rows]) for q in (1, 2, 3, 4)]
    return stacked_bars(periods, series)


def category_chart(rows: list[dict]) -> dict:
    """Stacked bars of events per period by category (rows of queries.category_timeline)."""
    periods = sorted({r["period"] for r in rows})
    cats = sorted({r["category"] for r in rows if r["category"]})
    index = {p: i for i, p in enumerate(periods)}
    series = []
    for j, c in enumerate(cats):
        values = [0] * len(periods)
        for r in rows:
            if r["category"] == c:
                values[index[r["period"]]] += r["events"]
        series.append((c, PALETTE[j % len(PALETTE)], values))
    return stacked_bars(periods, series)


def network(edges: list[dict], size: int = 640) -> dict:
    """Nodes on a circle (busiest first, clockwise from the top), directed edges as curved-free
    lines whose width follows the event count and whose colour is the dominant quad class."""
    weight: dict[str, int] = {}
    for e in edges:
        weight[e["actor"]] = weight.get(e["actor"], 0) + e["events"]
        weight[e["recipient"]] = weight.get(e["recipient"], 0) + e["events"]
    names = sorted(weight, key=lambda k: (-weight[k], k))
    c, r = size / 2, size / 2 - 70
    pos = {}
    for i, name in enumerate(names):
        a = 2 * math.pi * i / max(1, len(names)) - math.pi / 2
        pos[name] = (round(c + r * math.cos(a), 1), round(c + r * math.sin(a), 1), a)
    peak_e = max((e["events"] for e in edges), default=1)
    peak_n = max(weight.values(), default=1)
    radius = {name: round(4 + 12 * math.sqrt(weight[name] / peak_n), 1) for name in names}
    lines = []
    for e in edges:
        (x1, y1, ang), (x2, y2, _) = pos[e["actor"]], pos[e["recipient"]]
        line = {**e, "w": round(1 + 7 * e["events"] / peak_e, 1), "stroke": QUAD_COLOURS.get(e["quad"], "#777")}
        if e["actor"] == e["recipient"]:  # acting on one's own country: a loop outside the circle
            rr = radius[e["actor"]] + 9
            line.update(loop=True, cx=round(x1 + rr * math.cos(ang), 1), cy=round(y1 + rr * math.sin(ang), 1), r=9)
        else:
            dx, dy = x2 - x1, y2 - y1
            d = math.hypot(dx, dy) or 1
            ux, uy = dx / d, dy / d
            ox, oy = -uy * 3, ux * 3  # A->B and B->A side by side, not on top of each other
            r1, r2 = radius[e["actor"]] + 2, radius[e["recipient"]] + 4
            line.update(loop=False, x1=round(x1 + ux * r1 + ox, 1), y1=round(y1 + uy * r1 + oy, 1),
                        x2=round(x2 - ux * r2 + ox, 1), y2=round(y2 - uy * r2 + oy, 1))
        lines.append(line)
    nodes = []
    for name in names:
        x, y, a = pos[name]
        off = radius[name] + 8
        nodes.append({"name": name, "x": x, "y": y, "r": radius[name], "events": weight[name],
                      "lx": round(x + (off + 14) * math.cos(a), 1), "ly": round(y + (off + 14) * math.sin(a) + 4, 1),
                      "anchor": "start" if math.cos(a) > 0.1 else ("end" if math.cos(a) < -0.1 else "middle")})
    return {"size": size, "nodes": nodes, "edges": lines}
