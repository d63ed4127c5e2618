#!/usr/bin/env python3
"""Score the coder on every gold set the project holds, in one table, and compare two runs.

    python tools/eval_all.py run OUT.json            # all sets; figures to OUT.json and a table
    python tools/eval_all.py compare OLD.json NEW.json   # what moved, set by set

Why: a rule is kept only when no set gets worse, so every change is checked on all of them at once:
the dev gold (../shared/dev), blind 1-3, the CAMEO and article probes (tests/gold), the real-news
corpus (tests/gold/news) and the invented stories (tests/gold/stories). The sets whose halves are
kept unread (blind 2, blind 3, the article probe: even-indexed records) report their even half as a
separate figure; the test quarters of the news and story corpora report totals only. Nothing here
prints a record of an unread part.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "gold"
SENTENCE_SETS = {
    "dev": (SHARED / "dev" / "plover-gsr-cameo.dev.json", False),
    "blind1": (GOLD / "blind-plover.json", False),
    "blind2": (GOLD / "blind2-plover.json", True),
    "blind3": (GOLD / "blind3-plover.json", True),
    "probe": (GOLD / "cameo-probe-plover.json", False),
    "article": (GOLD / "article-probe-plover.json", True),
}
CORPORA = {"news": GOLD / "news", "stories": GOLD / "stories"}
NEWS_KEYS = ("must_recall", "must_recall_strict", "must_recall_sentence", "all_recall", "all_recall_strict",
             "extra_per_page", "false_alarms_per_empty_page", "date_accuracy")


def _sentence_set(path: Path, has_unread_half: bool, pipeline) -> dict:
    from whimbrel.evaluate import evaluate_records, load_gold

    records = load_gold(path)
    report = evaluate_records(records, pipeline=pipeline)
    out = {k: report[k] for k in ("records", "found_rate", "strict_found_rate", "extra_per_sentence")}
    if has_unread_half:
        even_ids = {id(r) for i, r in enumerate(records) if i % 2 == 0}
        missed = {(m["record"].get("id"), m["record"].get("text")) for m in report["misses"]}
        even = [r for i, r in enumerate(records) if i % 2 == 0]
        found_even = sum((r.get("id"), r.get("text")) not in missed for r in even)
        out["even_found_rate"] = round(found_even / len(even_ids), 4) if even_ids else None
    return out


def run(out_path: Path) -> dict:
    from whimbrel.evaluate_news import evaluate_news
    from whimbrel.pipeline import Pipeline

    pipeline = Pipeline()
    figures = {}
    for name, (path, half) in SENTENCE_SETS.items():
        if path.exists():
            figures[name] = _sentence_set(path, half, pipeline)
    for name, folder in CORPORA.items():
        if folder.exists() and any(folder.glob("*.json")):
            report = evaluate_news(folder, SHARED, pipeline=pipeline)
            for split, entry in report["splits"].items():
                summary = entry["summary"]
                figures[f"{name}.{split}"] = {k: summary.get(k) for k in NEWS_KEYS} | {
                    "pages": summary["pages"], "must_events": summary["must_events"]}
                if split != "test":
                    figures[f"{name}.{split}"]["misses"] = _misses(entry["pages"])
    out_path.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    print(table(figures))
    return figures


def _misses(pages: list[dict]) -> dict:
    """Per readable page: must found and extras, so that two runs can be compared page by page."""
    return {p["id"]: [p["found_must"], p["must"], p["found_all"], p["extra"]] for p in pages}


def _fmt(value) -> str:
    return "  n/a" if value is None else f"{value:.3f}"


def table(figures: dict) -> str:
    lines = []
    for name, fig in figures.items():
        if "found_rate" in fig:
            even = f"  even {_fmt(fig['even_found_rate'])}" if "even_found_rate" in fig else ""
            lines.append(f"{name:14} found {_fmt(fig['found_rate'])}  strict {_fmt(fig['strict_found_rate'])}  "
                         f"extra {_fmt(fig['extra_per_sentence'])}{even}")
        else:
            lines.append(f"{name:14} must {_fmt(fig['must_recall'])} strict {_fmt(fig['must_recall_strict'])} "
                         f"own {_fmt(fig['must_recall_sentence'])} all {_fmt(fig['all_recall'])} "
                         f"extra {_fmt(fig['extra_per_page'])} FA {_fmt(fig['false_alarms_per_empty_page'])} "
                         f"date {_fmt(fig['date_accuracy'])}  ({fig['pages']} pages, {fig['must_events']} must)")
    return "\n".join(lines)


def compare(old: dict, new: dict) -> str:
    lines = []
    for name in new:
        a, b = old.get(name, {}), new[name]
        moved = [f"{k} {_fmt(a.get(k))} -> {_fmt(b[k])}" for k in b
                 if k != "misses" and isinstance(b[k], (int, float)) and a.get(k) != b[k]]
        lines.append(f"{name:14} " + ("; ".join(moved) if moved else "unchanged"))
        for page, (fm, m, fa, ex) in sorted(b.get("misses", {}).items()):
            before = a.get("misses", {}).get(page)
            if before and before != [fm, m, fa, ex]:
                lines.append(f"    {page}: must {before[0]}->{fm}/{m}  all {before[2]}->{fa}  extra {before[3]}->{ex}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("out", type=Path)
    c = sub.add_parser("compare")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "run":
        run(args.out)
    else:
        print(compare(json.loads(args.old.read_text()), json.loads(args.new.read_text())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
