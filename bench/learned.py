"""Rules alone, the learned model alone, and both: quality on the measuring sets and speed.

For each way of deciding events (Options.decide_events: rules, model, both) this codes
- the real-news corpus's DEV split (scores only, as `whimbrel evaluate tests/gold/news --split dev`),
- the dev gold ../shared/dev/plover-gsr-cameo.dev.json,
- the even-indexed half of tests/gold/blind2-plover.json (the half the model never saw),
- the invented-story corpus's DEV split (tests/gold/stories; the model trains on its train split),
and times the whole pipeline on the benchmark's HTML pages (stories/s, as bench/run.py). Prints a
Markdown table; --json writes the figures. None of these sets is read by training.

Usage: python bench/learned.py [--modes rules,model,both,both+retype+propose@0.05] [--model DIR]
                               [--limit N] [--no-speed] [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
SHARED = ROOT.parent / "shared"


def quality(pipeline) -> dict:
    from whimbrel.evaluate import evaluate_records, load_gold
    from whimbrel.evaluate_news import evaluate_news

    news = evaluate_news(ROOT / "tests" / "gold" / "news", SHARED, splits=("dev",), pipeline=pipeline)
    s = news["splits"]["dev"]["summary"]
    dev = evaluate_records(load_gold(SHARED / "dev" / "plover-gsr-cameo.dev.json"), pipeline)
    even = evaluate_records(load_gold(ROOT / "tests" / "gold" / "blind2-plover.json")[0::2], pipeline)
    stories = evaluate_news(ROOT / "tests" / "gold" / "stories", SHARED, splits=("dev",), pipeline=pipeline)
    st = stories["splits"]["dev"]["summary"]
    return {
        "news_dev_must_recall": s["must_recall"], "news_dev_all_recall": s["all_recall"],
        "news_dev_extra_per_page": s["extra_per_page"],
        "news_dev_false_alarms_per_empty_page": s["false_alarms_per_empty_page"],
        "news_dev_events_coded": s["events_coded"],
        "dev_found_rate": dev["found_rate"], "dev_strict_found_rate": dev["strict_found_rate"],
        "dev_extra_per_sentence": dev["extra_per_sentence"],
        "blind2_even_found_rate": even["found_rate"], "blind2_even_strict_found_rate": even["strict_found_rate"],
        "blind2_even_extra_per_sentence": even["extra_per_sentence"],
        "stories_dev_must_recall": st["must_recall"], "stories_dev_all_recall": st["all_recall"],
        "stories_dev_extra_per_page": st["extra_per_page"],
        "stories_dev_false_alarms_per_empty_page": st["false_alarms_per_empty_page"],
    }


def speed(pipeline, limit: int | None) -> dict:
    from run import load_pages

    docs = list(load_pages(limit))
    list(pipeline.run(docs[:5]))  # warm up: models loaded
    pipeline.timings.clear()
    t0 = time.perf_counter()
    n = sum(1 for _ in pipeline.run(docs))
    took = time.perf_counter() - t0
    return {"stories": n, "stories_per_s": round(n / took, 2), "learned_seconds": round(pipeline.timings.get("learned", 0.0), 3)}


COLUMNS = [
    ("news dev must recall", "news_dev_must_recall"), ("news dev all recall", "news_dev_all_recall"),
    ("news dev extra/page", "news_dev_extra_per_page"),
    ("news dev false alarms/empty page", "news_dev_false_alarms_per_empty_page"),
    ("dev gold found", "dev_found_rate"), ("dev gold strict", "dev_strict_found_rate"),
    ("dev gold extra/sent", "dev_extra_per_sentence"),
    ("blind2 even found", "blind2_even_found_rate"), ("blind2 even strict", "blind2_even_strict_found_rate"),
    ("blind2 even extra/sent", "blind2_even_extra_per_sentence"),
    ("stories dev must recall", "stories_dev_must_recall"), ("stories dev all recall", "stories_dev_all_recall"),
    ("stories dev extra/story", "stories_dev_extra_per_page"),
    ("stories dev false alarms/empty story", "stories_dev_false_alarms_per_empty_page"),
    ("stories/s", "stories_per_s"), ("model s", "learned_seconds"),
]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--modes", default="rules,model,both")
    ap.add_argument("--limit", type=int, default=None, help="time only the first N pages")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--json", default=None)
    ap.add_argument("--model", default=None, help="another model folder than the shipped one")
    args = ap.parse_args(argv)
    from whimbrel.options import Options
    from whimbrel.pipeline import Pipeline

    rows = {}
    for spec in args.modes.split(","):
        # "both+retype+propose@0.05": the combination with those passes (default: drop only) and
        # that drop threshold (default: learned.DROP_BELOW)
        head, _, drop = spec.partition("@")
        mode, *passes = head.split("+")
        extra = {"event_model": str(Path(args.model).resolve())} if args.model else {}
        if drop:
            extra["drop_below"] = float(drop)
        if passes:
            extra["learned_passes"] = tuple(passes)
        pipeline = Pipeline(Options(decide_events=mode, extra=extra))
        rows[spec] = quality(pipeline)
        if not args.no_speed:
            rows[spec].update(speed(pipeline, args.limit))
        print(spec, json.dumps(rows[spec]), file=sys.stderr, flush=True)
    cols = [(name, key) for name, key in COLUMNS if any(key in r for r in rows.values())]
    print("| decides | " + " | ".join(name for name, _ in cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    for mode, r in rows.items():
        print(f"| {mode} | " + " | ".join(str(r.get(key, "")) for _, key in cols) + " |")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
