"""Issue 14's figures: bad input fuzzed through every reader, kills and concurrent ingests.

Runs the property checks of tests/test_properties.py (random bytes under every suffix, random JSON
values in every JSONL field, random HTML fragments, random file names and directory shapes) with
many examples each, tallying what every input became (a document, or a reject by code), the
tracebacks (any exception out of a reader: must be 0) and the property failures (an input neither
a document nor a reject, ids that collide, counts that do not add up: must be 0); then the kill
test of tests/test_faults.py (ingests killed with SIGKILL at random points under load, resumed,
compared with a clean run) and its concurrency test (two ingests and a reader).

Usage: python bench/nothing_lost.py [--examples N] [--kill-seeds K] [--rounds R] [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import test_faults as TF  # noqa: E402
import test_properties as TP  # noqa: E402
from whimbrel.model import Document, Reject  # noqa: E402


class Tally:
    def __init__(self):
        self.cases = Counter()
        self.outcomes = Counter()  # "document" or the reject code
        self.tracebacks: list[str] = []
        self.failures: list[str] = []

    def record(self, items) -> None:
        for i in items:
            self.outcomes["document" if isinstance(i, Document) else i.code if isinstance(i, Reject) else "other"] += 1


def run_property(tally: Tally, name: str, check, strategies, examples: int) -> None:
    def case(args):
        tally.cases[name] += 1
        try:
            check(*args)
        except AssertionError:
            tally.failures.append(f"{name}: {traceback.format_exc(limit=2)}")
        except Exception:  # noqa: BLE001 - what the issue counts: a traceback out of whimbrel
            tally.tracebacks.append(f"{name}: {traceback.format_exc(limit=3)}")

    prop = settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck),
                    database=None)(given(st.tuples(*strategies))(case))
    prop()


def fuzz(examples: int) -> Tally:
    tally = Tally()
    items_of, iter_docs = TP._items, TP.iter_documents

    def counted_items(paths):
        out = items_of(paths)
        tally.record(out)
        return out

    def counted_iter(paths, options=None):
        out = list(iter_docs(paths, options))
        tally.record(out)
        return iter(out)

    TP._items, TP.iter_documents = counted_items, counted_iter
    try:
        run_property(tally, "random bytes x suffix", TP.check_random_bytes,
                     (TP._bytes, st.sampled_from(TP.SUFFIXES), st.booleans()), examples)
        run_property(tally, "random JSON in JSONL fields", TP.check_jsonl_fields,
                     (st.lists(TP._story, min_size=1, max_size=8),), examples)
        run_property(tally, "random HTML fragments", TP.check_html,
                     (st.lists(TP._piece, max_size=60), st.sampled_from([0, 3, 300, 5000, 20000])), examples)
        run_property(tally, "random names and directory shapes", TP.check_tree,
                     (st.lists(TP._entry, max_size=40), st.booleans()), examples)
    finally:
        TP._items, TP.iter_documents = items_of, iter_docs
    return tally


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--examples", type=int, default=400, help="hypothesis examples per property")
    ap.add_argument("--kill-seeds", type=int, default=3, help="kill runs (8 kills each)")
    ap.add_argument("--rounds", type=int, default=3, help="concurrency rounds (two ingests and a reader)")
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    t = time.perf_counter()
    tally = fuzz(args.examples)
    print(f"fuzzing ({time.perf_counter() - t:.0f} s): {sum(tally.cases.values())} cases, "
          f"{sum(tally.outcomes.values())} inputs read")
    for name, n in tally.cases.items():
        print(f"  {name}: {n} cases")
    print("  outcomes:", dict(tally.outcomes.most_common()))
    print(f"  tracebacks: {len(tally.tracebacks)}; property failures (lost or uncounted inputs, colliding ids): "
          f"{len(tally.failures)}")
    for x in (tally.tracebacks + tally.failures)[:5]:
        print("   ", x.replace("\n", "\n    "))
    kills, rounds = [], []
    for seed in range(args.kill_seeds):
        with tempfile.TemporaryDirectory() as d:
            t = time.perf_counter()
            stored = TF.kill_at_random_points(Path(d), kills=8, seed=seed)
            kills.append({"seed": seed, "documents_at_kills": stored, "seconds": round(time.perf_counter() - t)})
            print(f"kill run {seed}: {len(stored)} SIGKILLs under load at {stored} stored documents (of {5 * TF.N_COPIES}); "
                  "resumed: store identical to a clean run")
    for r in range(args.rounds):
        with tempfile.TemporaryDirectory() as d:
            res = TF.two_ingests_and_a_reader(Path(d))
            rounds.append(res)
            print(f"concurrency round {r}: writers {res['writers']}, reader saw {res['reads']} whole counts and "
                  f"{res['locked']} E302 (locked); store identical to a clean run")
    if args.json:
        Path(args.json).write_text(json.dumps({"cases": tally.cases, "outcomes": tally.outcomes,
                                               "tracebacks": len(tally.tracebacks), "failures": len(tally.failures),
                                               "kills": kills, "concurrency": rounds}, indent=2))
    return 1 if tally.tracebacks or tally.failures else 0


if __name__ == "__main__":
    sys.exit(main())
