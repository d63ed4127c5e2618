"""HTML extraction quality on the article-extraction benchmark, scored by bench/extraction.py.

The slow test runs all 181 pages and holds the issue's bar (F1 >= 0.95; measured 0.966). The fast
one runs a fixed subset (every 7th page id in sorted order, 26 pages; measured F1 0.937) against a
floor a little below what was measured, so an extraction regression shows up in the default run.
"""
from __future__ import annotations

import importlib.util
import json

import pytest

from conftest import BENCH, ROOT, need


def _bench_module():
    spec = importlib.util.spec_from_file_location("bench_extraction", ROOT / "bench" / "extraction.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_scoring_follows_the_benchmark_readme():
    ex = _bench_module()
    tp, fp, fn = ex.page_scores("a b c d e", "a b c d x")
    assert (round(tp, 4), round(fp, 4), round(fn, 4)) == (round(1 / 3, 4), round(1 / 3, 4), round(1 / 3, 4))
    assert ex.score([ex.page_scores("", "")])["f1"] == 1.0  # nothing to find, nothing found
    assert ex.score([ex.page_scores("one two", "three four")])["f1"] == 0.0


def test_extraction_subset_floor():
    need(BENCH)
    ex = _bench_module()
    ids = sorted(json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8")))[::7]
    res = ex.run(BENCH, ids)
    assert res["pages"] == 24  # two of the 26 ids are held-out pages, which are never read
    assert res["f1"] >= 0.92, res


@pytest.mark.slow
def test_extraction_full_benchmark():
    need(BENCH)
    res = _bench_module().run(BENCH)
    assert res["pages"] == 173  # the eight held-out pages are never read
    assert res["f1"] >= 0.95, {k: v for k, v in res.items() if k != "per_page"}
