"""The invented-story gold corpus (tests/gold/stories/, docs/coding-guide.md "Invented stories").

Its files carry their own text; they are built from drafts by tools/news_gold.py like the real-news
files and scored by the same evaluation (`whimbrel evaluate tests/gold/stories`), each story coded as a
JSONL story line. The gate holds floors on each split; the test quarter is scored, never read.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from conftest import GOLD_DIR

ROOT = Path(__file__).resolve().parents[1]
STORY_DIR = GOLD_DIR / "stories"


def _tool():
    spec = importlib.util.spec_from_file_location("news_gold_tool", ROOT / "tools" / "news_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BODY = ("HARARE - Zimbabwean police detained four opposition activists on Tuesday after a march on "
        "parliament.\n\nThe opposition party condemned the detentions.")


def _draft(**changes) -> dict:
    draft = {
        "source_id": "story-TEST-01", "publication_date": "2024-05-09", "title": "Activists held",
        "coder": "test", "body": BODY,
        "events": [{
            "id": "E1", "level": "must", "category": "COERCE", "mode": "arrest",
            "evidence": "Zimbabwean police detained four opposition activists on Tuesday after a march on parliament.",
            "trigger": "detained",
            "actors": [{"country": "ZWE", "sector": "COP", "mention": "Zimbabwean police"}],
            "recipients": [{"country": "ZWE", "sector": "OPP", "mention": "four opposition activists"}],
            "date": "2024-05-07", "date_precision": "day",
        }],
    }
    draft.update(changes)
    return draft


def _build(tmp_path, draft) -> tuple[int, Path]:
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(draft), encoding="utf-8")
    out = tmp_path / "stories"
    return _tool().build([path], out), out


def test_story_draft_builds_a_file_that_keeps_its_text(tmp_path):
    from whimbrel import news_gold

    status, out = _build(tmp_path, _draft())
    assert status == 0
    gold_file = out / "story-TEST-01.json"
    data = json.loads(gold_file.read_text(encoding="utf-8"))
    assert data["body"] == BODY and data["title"] == "Activists held"
    assert data["split"] == news_gold.split_of("story-TEST-01")
    gold = news_gold.load_gold_file(gold_file, None)  # no benchmark pages needed
    assert gold.events[0]["evidence_text"].startswith("Zimbabwean police detained")
    assert gold.events[0]["actors"][0]["text"] == "Zimbabwean police"


@pytest.mark.parametrize("change,message", [
    ({"body": ""}, "body"),
    ({"publication_date": None}, "publication_date"),
    ({"source_id": "story-bad id"}, "story id"),
])
def test_bad_story_drafts_are_refused_with_the_reason(tmp_path, capsys, change, message):
    status, out = _build(tmp_path, _draft(**change))
    assert status == 1 and not out.exists()
    assert message in capsys.readouterr().err


def test_story_evidence_must_be_in_its_body(tmp_path, capsys):
    draft = _draft()
    draft["events"][0]["evidence"] = "A sentence the story does not hold."
    status, _ = _build(tmp_path, draft)
    assert status == 1 and "evidence quote not found" in capsys.readouterr().err


def test_a_story_is_coded_and_scored_like_a_page(tmp_path, pipeline):
    from whimbrel.evaluate_news import evaluate_news
    from whimbrel.news_gold import split_of

    status, out = _build(tmp_path, _draft())
    assert status == 0
    split = split_of("story-TEST-01")
    report = evaluate_news(out, tmp_path / "no-shared-needed", splits=(split,), pipeline=pipeline)
    summary = report["splits"][split]["summary"]
    assert summary["pages"] == 1 and summary["must_events"] == 1
    # the arrest is found with its date from the story's own publication day ("on Tuesday")
    assert summary["must_recall"] == 1.0 and summary["date_accuracy"] == 1.0


def test_a_tampered_story_body_is_refused(tmp_path):
    from whimbrel import news_gold
    from whimbrel.errors import WhimbrelError

    status, out = _build(tmp_path, _draft())
    gold_file = out / "story-TEST-01.json"
    data = json.loads(gold_file.read_text(encoding="utf-8"))
    data["body"] = data["body"].replace("four", "five")
    gold_file.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(WhimbrelError, match="body changed"):
        news_gold.load_gold_file(gold_file, None)


# ---------------------------------------------------------------- the gate on the corpus

# split -> floors, ceilings (`whimbrel evaluate tests/gold/stories --json` summary keys). Measured
# when the corpus was added (session 43, 188 stories, scored before anyone read them, start code):
# must train 0.450 / dev 0.443 / test 0.532, all 0.351 / 0.347 / 0.398, extra per story 2.08 / 2.55 /
# 2.43, false alarms on event-free stories 0 / 1.0 / 0.6, date 0.799 / 0.820 / 0.825. Session 44
# added 48 stories (batches BT-BW, 236 in all; the new ones alone, scored before anyone read them:
# must train 0.505 / dev 0.609 / test 0.433); the whole corpus at that code: must 0.478 / 0.495 /
# 0.521, all 0.369 / 0.395 / 0.396, extra 2.05 / 2.42 / 2.59, false alarms 0.083 / 0.667 / 0.6, date
# 0.801 / 0.836 / 0.825. Session 44's end: must 0.487 / 0.510 / 0.521, all 0.375 / 0.403 / 0.396,
# extra 2.00 / 2.37 / 2.62, false alarms 0.083 / 0.667 / 0.6, date 0.805 / 0.839 / 0.825. Session 45
# added 48 stories (batches BX-BZ, CA; 284 in all; the new ones alone, scored before anyone read
# them: must train 0.554 / dev 0.550 / test 0.592); the whole corpus at that code: must 0.497 / 0.520
# / 0.528, all 0.374 / 0.400 / 0.395, extra 2.07 / 2.22 / 2.46, false alarms 0.25 / 0.571 / 0.6, date
# 0.810 / 0.833 / 0.824. Session 45's end: must 0.504 / 0.524 / 0.528, all 0.380 / 0.402 / 0.397,
# extra 2.06 / 2.22 / 2.48, false alarms 0.063 / 0.571 / 0.6, date 0.810 / 0.831 / 0.824. Session 46
# added 48 stories (batches CB-CE, 332 in all; the new ones alone, scored before anyone read them:
# must train 0.457 / dev 0.389 / test 0.493); the whole corpus at that code: must 0.497 / 0.508 /
# 0.520, all 0.374 / 0.392 / 0.389, extra 2.13 / 2.18 / 2.45, false alarms 0.05 / 0.571 / 0.5, date
# 0.808 / 0.826 / 0.840. Session 46's end: must 0.510 / 0.519 / 0.523, all 0.384 / 0.403 / 0.392,
# extra 2.16 / 2.18 / 2.49, false alarms 0.05 / 0.571 / 0.5, date 0.808 / 0.826 / 0.841. Session 47
# added 48 stories (batches CF-CI, 380 in all; the new ones alone, scored before anyone read them:
# must train 0.523 / dev 0.512 / test 0.522); the whole corpus at that code: must 0.512 / 0.519 /
# 0.523, all 0.387 / 0.408 / 0.389, extra 2.21 / 2.06 / 2.51, false alarms 0.174 / 0.444 / 0.5, date
# 0.803 / 0.823 / 0.834. Session 47's rules: must 0.515 / 0.531 / 0.528, date 0.804 / 0.830 / 0.830
# (the test split's date share fell from 0.834 while its events found with the right day rose: the
# events newly found carry wrong days more often than the rest). Session 48 added 48 stories
# (batches CJ-CM, 428 in all; the new ones alone, scored before anyone read them: must train 0.403 /
# dev 0.624 / test 0.317); the whole corpus at that code: must 0.505 / 0.554 / 0.520, all 0.381 /
# 0.419 / 0.389, extra 2.30 / 2.04 / 2.52, false alarms 0.357 / 0.364 / 0.429, date 0.800 / 0.821 /
# 0.831. Session 48's end: must 0.515 / 0.559 / 0.524, all 0.386 / 0.422 / 0.392, extra 2.25 / 2.04
# / 2.51, false alarms 0.214 / 0.364 / 0.429 (the train split's from 0.357: a chess report), date
# 0.805 / 0.821 / 0.831. Session 49 added 48 stories (batches CN-CQ, 476 in all; the new ones alone,
# scored before anyone read them: must train 0.468 / dev 0.463 / test 0.478); the whole corpus at
# that code: must 0.509 / 0.551 / 0.520, all 0.377 / 0.415 / 0.386, extra 2.29 / 2.07 / 2.49, false
# alarms 0.219 / 0.333 / 0.375, date 0.807 / 0.820 / 0.833. Session 49's end: must 0.521 / 0.560 /
# 0.524, all 0.384 / 0.423 / 0.390, extra 2.27 / 2.08 / 2.50, false alarms 0.219 / 0.333 / 0.375,
# date 0.816 / 0.822 / 0.836. Session 50 added 48 stories (batches CR-CU, 524 in all; the new ones
# alone, scored before anyone read them: must train 0.521 / dev 0.543 / test 0.486); the whole corpus
# at that code: must 0.521 / 0.558 / 0.521, all 0.383 / 0.416 / 0.382, extra 2.30 / 2.08 / 2.50,
# false alarms 0.324 / 0.357 / 0.778, date 0.807 / 0.805 / 0.811. Session 50's end: must 0.523 / 0.561 /
# 0.521, all 0.384 / 0.417 / 0.382, extra 2.29 / 2.08 / 2.50, false alarms 0.324 / 0.357 / 0.778, date
# 0.807 / 0.806 / 0.811. Floors sit
# at the figures measured when last raised; the test split is scored, never read (the extra ceilings
# sit at the measured figures: rules that find more events of a story also pair fewer of its coded
# ones).
STORY_FLOORS = {
    "train": ({"must_recall": 0.523, "all_recall": 0.383, "date_accuracy": 0.807},
              {"extra_per_page": 2.292, "false_alarms_per_empty_page": 0.324}),
    "dev": ({"must_recall": 0.560, "all_recall": 0.416, "date_accuracy": 0.806},
            {"extra_per_page": 2.085, "false_alarms_per_empty_page": 0.358}),
    "test": ({"must_recall": 0.520, "all_recall": 0.381, "date_accuracy": 0.811},
             {"extra_per_page": 2.496, "false_alarms_per_empty_page": 0.778}),
}

_cache: dict = {}


def _story_report(pipeline) -> dict:
    from whimbrel.evaluate_news import evaluate_news

    if "report" not in _cache:
        _cache["report"] = evaluate_news(STORY_DIR, ROOT.parent / "shared", pipeline=pipeline)
    return _cache["report"]


def test_story_corpus_is_valid_and_large_enough():
    from whimbrel.news_gold import load_corpus

    corpus = load_corpus(STORY_DIR, ROOT.parent / "shared")
    assert len(corpus) >= 524 and all(g.page.body for g in corpus)
    assert {g.split for g in corpus} == {"train", "dev", "test"}
    assert sum(1 for g in corpus if not g.events) >= 15  # event-free stories measure false alarms


def test_story_test_split_reports_totals_only(pipeline):
    entry = _story_report(pipeline)["splits"]["test"]
    assert entry["summary_only"] and "pages" not in entry


@pytest.mark.parametrize("split,metric,floor",
                         [(s, m, v) for s, (floors, _) in STORY_FLOORS.items() for m, v in floors.items()])
def test_story_floor(pipeline, split, metric, floor):
    value = _story_report(pipeline)["splits"][split]["summary"][metric]
    assert value is not None and value >= floor, f"stories {split}: {metric} fell to {value}"


@pytest.mark.parametrize("split,metric,ceiling",
                         [(s, m, v) for s, (_, ceilings) in STORY_FLOORS.items() for m, v in ceilings.items()])
def test_story_ceiling(pipeline, split, metric, ceiling):
    value = _story_report(pipeline)["splits"][split]["summary"][metric]
    assert value is not None and value <= ceiling, f"stories {split}: {metric} rose to {value}"
