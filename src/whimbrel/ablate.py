"""What each pass of the event coder is worth on a gold set: ``whimbrel evaluate GOLD --ablate``.

The coder runs once with every pass on, then once with each pass (events/passes.py PASSES) switched
off in turn through Options.disabled_passes, and each run is scored like ``whimbrel evaluate``. A
pass whose removal costs nothing on any gold set is a candidate for removal; one whose removal
raises the found rate is doing harm.

Sentences are parsed once: every run reuses the first run's spaCy parses (ParseCache), so a row
costs only the stages after parsing. The parse does not depend on the passes, so this changes no
figure. The news corpus's test split is never ablated (its figures must not steer rules).
"""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from .errors import E, WhimbrelError
from .events.passes import check_passes, pass_names
from .options import Options

BASE = "(all passes on)"


class ParseCache:
    """Stands in for the spaCy pipeline: parses each distinct text once and hands back that Doc."""

    def __init__(self, nlp):
        self.nlp = nlp
        self.docs: dict[str, object] = {}

    def pipe(self, texts, batch_size: int = 64):
        texts = list(texts)
        todo = [t for t in dict.fromkeys(texts) if t not in self.docs]
        for text, sdoc in zip(todo, self.nlp.pipe(todo, batch_size=batch_size)):
            self.docs[text] = sdoc
        return (self.docs[t] for t in texts)


def _gold_kind(gold: Path) -> str:
    if gold.is_dir():
        return "news"
    try:
        head = json.loads(gold.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise WhimbrelError(E.E101, origin=str(gold), reason=str(err)) from err
    if isinstance(head, dict) and "events" in head and "document" in head:
        raise WhimbrelError(E.E106, reason="needs a PLOVER gold list or the news corpus, not an article's .gold.json")
    return "plover"


def _figures(kind: str, gold: Path, pipeline, splits, shared) -> dict:
    if kind == "plover":
        from .evaluate import evaluate_file

        r = evaluate_file(gold, pipeline=pipeline)
        return {"found_rate": r["found_rate"], "strict_found_rate": r["strict_found_rate"],
                "extra_per_sentence": r["extra_per_sentence"], "events_coded": r["events_coded"]}
    from .evaluate_news import evaluate_news

    r = evaluate_news(gold, shared, splits, pipeline=pipeline)
    out = {}
    for split in splits:
        sm = r["splits"][split]["summary"]
        out[split] = {"must_recall": sm["must_recall"], "must_recall_strict": sm["must_recall_strict"],
                      "extra_per_page": sm["extra_per_page"],
                      "false_alarms_per_empty_page": sm["false_alarms_per_empty_page"],
                      "events_coded": sm["events_coded"]}
    return out


def ablate(gold: str | Path, splits=("train", "dev"), shared: str | Path | None = None, passes=None,
           options: Options | None = None) -> dict:
    """Score the gold set with every pass on, then with each of ``passes`` (default: all) off."""
    from .pipeline import Pipeline

    gold = Path(gold)
    kind = _gold_kind(gold)
    splits = tuple(splits) or ("train", "dev")
    if kind == "news" and "test" in splits:
        raise WhimbrelError(E.E106, reason="never runs on the test split (its figures must not steer rules)")
    names = list(check_passes(passes)) if passes else pass_names()
    names = [n for n in pass_names() if n in names]  # in pipeline order
    base_options = options or Options()
    cache = None
    rows = []
    for name in [None] + names:
        opts = replace(base_options, disabled_passes=base_options.disabled_passes | ({name} if name else set()))
        pipeline = Pipeline(opts)
        if cache is None:
            cache = ParseCache(pipeline.nlp)
        pipeline._nlp = cache
        rows.append({"pass": name or BASE, "figures": _figures(kind, gold, pipeline, splits, shared)})
    return {"kind": kind, "gold": str(gold), "splits": list(splits) if kind == "news" else None, "rows": rows}


# ---------------------------------------------------------------- output

def _delta(x, base) -> str:
    if x is None or base is None:
        return ""
    d = x - base
    return "" if abs(d) < 5e-5 else f"{d:+.3f}"


def format_ablation(report: dict) -> str:
    rows = report["rows"]
    base = rows[0]["figures"]
    if report["kind"] == "plover":
        head = f"{'pass off':30} {'found':>6} {'Δ':>7} {'strict':>6} {'Δ':>7} {'extra':>6} {'Δ':>7} {'coded':>5}"
        lines = [f"gold: {report['gold']}  (found rate, strict found rate, extra events per sentence)", head]
        for r in rows:
            f = r["figures"]
            lines.append(f"{r['pass']:30} {f['found_rate']:6.3f} {_delta(f['found_rate'], base['found_rate']):>7} "
                         f"{f['strict_found_rate']:6.3f} {_delta(f['strict_found_rate'], base['strict_found_rate']):>7} "
                         f"{f['extra_per_sentence']:6.3f} {_delta(f['extra_per_sentence'], base['extra_per_sentence']):>7} "
                         f"{f['events_coded']:5d}")
        return "\n".join(lines)
    splits = report["splits"]
    lines = [f"gold: {report['gold']}  (per split: must-event recall, extra events per page, false alarms per "
             f"page without events)"]
    head = f"{'pass off':30}" + "".join(f" {s + ' must':>11} {'Δ':>7} {'extra':>6} {'Δ':>7} {'alarms':>6}" for s in splits)
    lines.append(head)
    for r in rows:
        cells = []
        for s in splits:
            f, b = r["figures"][s], base[s]
            cells.append(f" {f['must_recall']:11.3f} {_delta(f['must_recall'], b['must_recall']):>7} "
                         f"{f['extra_per_page']:6.3f} {_delta(f['extra_per_page'], b['extra_per_page']):>7} "
                         f"{f['false_alarms_per_empty_page']:6.3f}")
        lines.append(f"{r['pass']:30}" + "".join(cells))
    return "\n".join(lines)
