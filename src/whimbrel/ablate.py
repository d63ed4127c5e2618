"""What each pass of the event coder is worth on a gold set: ``whimbrel evaluate GOLD --ablate``.

The coder runs once with every pass on, then once with each pass (events/passes.py PASSES) switched
off in turn through Options.disabled_passes, and each run is scored like ``whimbrel evaluate``. A
pass whose removal costs nothing on any gold set is a candidate for removal; one whose removal
raises the found rate is doing harm.

Documents are read, parsed and given their actors once (Recoder): a row costs only the stages from
the event coder on. Nothing before the coder depends on its passes, so this changes no figure (the
first row is the plain `whimbrel evaluate` figure, tests/test_passes.py checks it). The news corpus's test split is never ablated (its figures must not steer rules).
"""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from .errors import E, WhimbrelError
from .events.passes import check_passes, pass_names
from .options import Options

BASE = "(all passes on)"


class Recoder:
    """Stands in for a Pipeline: each document is read, parsed and given its actors once (the same
    Document for the same origin and text), and every run repeats only the stages after the actor
    stage, which depend on the passes. Those stages write only doc.events and the events they make,
    so a run starts from ``doc.events = []``."""

    def __init__(self, options: Options):
        from .pipeline import Pipeline

        self.base = Pipeline(options)
        self.options = options
        self._after: list = []
        self.done: dict[tuple, object] = {}

    def use(self, options: Options) -> "Recoder":
        from .pipeline import POST_PARSE, Pipeline

        self.options = options
        self.stages = Pipeline(options)
        self._after = [(n, fn) for n, fn in POST_PARSE if n != "actors"]
        return self

    def _prepare(self, docs: list) -> None:
        from .errors import InputError
        from .model import Reject
        from .pipeline import POST_PARSE

        ready = []
        for d in docs:
            try:
                ready.append(self.base.prepare(d))
            except InputError as err:
                self.done[(d.origin, d.raw)] = Reject(d.origin, err.code, err.message)
        self.base.parse(ready)
        resolve = dict(POST_PARSE)["actors"]
        for d in ready:
            try:
                self.base._timed("actors", resolve, d)
                self.done[(d.origin, d.raw)] = d
            except InputError as err:
                self.done[(d.origin, d.raw)] = Reject(d.origin, err.code, err.message)

    def run(self, items):
        from .errors import InputError
        from .model import Document, Reject

        items = list(items)
        self._prepare([d for d in items if isinstance(d, Document) and (d.origin, d.raw) not in self.done])
        for item in items:
            if isinstance(item, Document):
                item = self.done[(item.origin, item.raw)]
            if isinstance(item, Reject):
                yield item
                continue
            item.events = []
            try:
                for name, fn in self._after:
                    self.stages._timed(name, fn, item)
            except InputError as err:
                yield Reject(item.origin, err.code, err.message)
                continue
            if self.options.factual_only:
                item.events = [e for e in item.events if e.factual]
            yield item


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
    gold = Path(gold)
    kind = _gold_kind(gold)
    splits = tuple(splits) or ("train", "dev")
    if kind == "news" and "test" in splits:
        raise WhimbrelError(E.E106, reason="never runs on the test split (its figures must not steer rules)")
    names = list(check_passes(passes)) if passes else pass_names()
    names = [n for n in pass_names() if n in names]  # in pipeline order
    base_options = options or Options()
    recoder = Recoder(base_options)
    rows = []
    for name in [None] + names:
        opts = replace(base_options, disabled_passes=base_options.disabled_passes | ({name} if name else set()))
        rows.append({"pass": name or BASE, "figures": _figures(kind, gold, recoder.use(opts), splits, shared)})
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
