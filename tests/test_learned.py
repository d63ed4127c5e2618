"""The learned event model (events/learned.py, data/event_model/): its switch, its passes, its figures.

The recorded figures are those of the comparison in docs/design.md ("Learned event model"), measured
by bench/learned.py; `make train` must give back the same model (seeded, deterministic on CPU).
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import DEV_GOLD, GOLD_DIR, NEWS_GOLD, ROOT, SHARED, need

# the shipped classifier on the dev gold's 176 sentences and blind2's even half (100 sentences):
# sentences the model gives less than DROP_BELOW, and top-1 category accuracy per record
# session 44: retrained with the invented stories' train split (dev top-1 0.559 -> 0.553)
# session 45: retrained with the grown train split (143 stories, 2,116 sentences): dev top-1 0.553 ->
# 0.531, blind2 even 0.66 -> 0.69
# session 46: retrained with the grown train split (167 stories): dev top-1 0.531 -> 0.520, blind2 even
# 0.69 -> 0.65
# session 47: retrained (188 stories): dev top-1 0.520 -> 0.525, blind2 even 0.65 -> 0.64
# session 48: retrained (219 stories, 3,457 sentences): dev top-1 0.525 -> 0.531, blind2 even 0.64 -> 0.65
# session 49: retrained (248 stories, 4,136 sentences): dev top-1 0.531 -> 0.536, blind2 even 0.65 -> 0.67
CLASSIFIER_FIGURES = {"dev": {"below_drop": 0, "top1": 0.542}, "blind2_even": {"below_drop": 0, "top1": 0.67}}
# bench/learned.py figures of the shipped model deciding with the rules (decide_events="both"; not
# the default: see docs/design.md, "Learned event model")
PIPELINE_FIGURES = {
    # session 19: all 0.376 -> 0.384, extra 0.404 -> 0.383 with the rules ("X is under investigation")
    # session 21: must 0.630 -> 0.609, all 0.384 -> 0.376, extra 0.383 -> 0.362 with the rules (no
    # protest from "information gathered from activists"; it had paired with a real protest)
    # session 22: blind 2 even found 0.81 -> 0.82, strict 0.73 -> 0.74 with the rules (an object pronoun
    # of a participle is the main verb's object)
    # session 23: extra 0.362 -> 0.383, blind 2 even found 0.82 -> 0.83, strict 0.74 -> 0.75 with the rules
    # (a man set on fire; talks, support and pledges in wire wording); the model retrained on the
    # rebuilt data/train (pre-filter flags only) keeps them
    # session 25: extra 0.383 -> 0.362 and dev gold extra 0.114 -> 0.108 with the rules (private
    # parties of two states make no international relations)
    # session 28 (updated in session 29, when this slow test was next run): extra 0.362 -> 0.319 with the
    # rules (a visit that names no host is travel), blind 2 even found 0.83 -> 0.84, strict 0.75 -> 0.76
    # (a parenthetical "..., X said" is the source, never the target)
    # session 30: news dev must 0.6087 -> 0.6522, all 0.376 -> 0.392, dev gold extra 0.108 -> 0.1136,
    # blind 2 even extra 0.22 -> 0.24 with the rules (verbs of different coercive acts in one sentence
    # are different events: merge.py, coder.yaml mode_split_categories); must 0.6739 with a reported
    # need as a demand (implicit.obligations)
    # then 0.6522 and all 0.392 (a lucky match lost: the teller of an act is no party to it); blind 2
    # even 0.84 -> 0.85, strict 0.76 -> 0.77 ("Chief Executive X" of a known office holder is the office)
    # session 31: must 0.6522 -> 0.6739, all 0.392 -> 0.400 with the rules (protests placed nowhere are
    # by the people of the story's dominant state)
    # session 33: blind 2 even found 0.85 -> 0.86, strict 0.77 -> 0.78 with the rules (a state's
    # untargeted words answer the other state of its latest dealings)
    # session 34: must 0.6739 -> 0.6957, all 0.400 -> 0.408 with the rules ("public" names no sector:
    # "public officials" are a government's, not civilians)
    # sessions 35-41 (this slow test not run; found stale in session 42, at session 41's code as well):
    # news dev all 0.408 -> 0.416, dev gold found 0.8547 -> 0.8659, strict 0.7933 -> 0.8045 with the
    # rules of those sessions (their fast-suite gold floors rose with them)
    # session 44: the model retrained with the invented stories' train split drops one news dev event
    # fewer (all 0.416 -> 0.424); the stories' dev split measured too
    # session 48: retrained on the grown train split (219 stories); 'both' now drops one more news dev
    # extra event (extra/page 0.3191 -> 0.2979) and keeps one more blind 2 even-half extra (0.24 -> 0.25)
    # session 49: retrained on the grown train split (248 stories, 48 added); the stories' dev split
    # grew to 117 stories, so its figures are those of the larger split (with the session's rules:
    # must 0.5526 -> 0.5599, all 0.4169 -> 0.4234)
    # session 50: retrained on the grown train split (271 stories, 23 added); 'both' no longer drops the
    # news dev extra event it dropped since session 48 (extra/page 0.2979 -> 0.3191, the rules' figure);
    # dev gold found 0.8659 -> 0.8715, strict 0.8045 -> 0.8101 with the rules ("called on Friday for X
    # to be freed"); the stories' dev split grew to 130 stories (must 0.5599 -> 0.5608, all 0.4234 ->
    # 0.4169, extra 2.0598 -> 2.0692, false alarms 0.25 -> 0.2857)
    "news_dev_must_recall": 0.6957, "news_dev_all_recall": 0.424, "news_dev_extra_per_page": 0.3191,
    "news_dev_false_alarms_per_empty_page": 0.0, "dev_found_rate": 0.8715, "dev_strict_found_rate": 0.8101,
    "dev_extra_per_sentence": 0.1136, "blind2_even_found_rate": 0.86, "blind2_even_strict_found_rate": 0.78,
    "blind2_even_extra_per_sentence": 0.25,
    # (stories dev under 'both' at session 44's end, after its later rules: must 0.5026 -> 0.5103,
    # extra 2.3729 -> 2.3559)
    # session 45: the stories' dev split grew from 59 to 76 stories (batches BX-BZ, CA); under 'both'
    # at the session's end: must 0.5242, all 0.4012, extra 2.2105; with the model retrained on the
    # grown train split all 0.4023, every other figure the same
    # session 46: the stories' dev split grew from 76 to 83 stories (batches CB-CE) and the model was
    # retrained on the grown train split (167 stories); under 'both' at session 46's end: must
    # 0.5195, all 0.4026, extra 2.1687; the news and sentence figures unchanged
    # session 47: the stories' dev split grew from 83 to 96 stories (batches CF-CI) and the model was
    # retrained on the grown train split (188 stories); under 'both' at session 47's end: must
    # 0.5452, all 0.4224, extra 2.0312, false alarms 0.3333; the news and sentence figures unchanged
    # session 48: the stories' dev split grew from 96 to 108 stories (batches CJ-CM) and the model was
    # retrained on the grown train split (219 stories); under 'both' at the session's end: must 0.5592,
    # all 0.422, extra 2.0278, false alarms 0.2727
    "stories_dev_must_recall": 0.5608, "stories_dev_all_recall": 0.4169, "stories_dev_extra_per_page": 2.0692,
    "stories_dev_false_alarms_per_empty_page": 0.2857,
}
TOLERANCE = 0.005


def _pipeline_with(pipeline, **kw):
    from whimbrel.options import Options
    from whimbrel.pipeline import Pipeline

    p = Pipeline(Options(**kw))
    p._nlp = pipeline.nlp  # the spaCy model is loaded once per session
    return p


def _coded(p, text: str):
    from datetime import datetime, timezone

    from whimbrel.api import code_text

    return code_text(text, doc_id="t", pub_date=datetime(2021, 3, 2, tzinfo=timezone.utc), pipeline=p)


def test_unknown_way_of_deciding_is_a_usage_error(pipeline):
    from whimbrel.errors import WhimbrelError
    from whimbrel.events.learned import decide
    from whimbrel.model import Document
    from whimbrel.options import Options

    with pytest.raises(WhimbrelError, match="E204"):
        decide(Document(id="x", origin="x", raw="x"), Options(decide_events="neural"))


def test_rules_decide_by_default():
    from whimbrel.options import Options

    assert Options().decide_events == "rules"


def test_rules_alone_leave_the_rule_events(pipeline):
    text = "Kenya accused Uganda of violating the border agreement on Monday."
    rules = _coded(_pipeline_with(pipeline, decide_events="rules"), text).events
    assert [e.category for e in rules] == ["ACCUSE"]
    assert all("learned" not in e.rule for e in rules)


def test_both_keep_a_political_event(pipeline):
    text = "Kenya accused Uganda of violating the border agreement on Monday."
    both = _coded(_pipeline_with(pipeline, decide_events="both"), text).events
    assert [e.category for e in both] == ["ACCUSE"]


def test_both_drop_an_event_the_model_rejects(pipeline):
    """A rule event in a sentence the model gives less than the threshold is dropped; the same
    sentence keeps it under rules alone (so the test fails if the drop pass does nothing)."""
    text = "Kenya accused Uganda of violating the border agreement on Monday."
    p = _pipeline_with(pipeline, decide_events="both", extra={"drop_below": 1.01})
    assert _coded(p, text).events == []


def test_model_alone_takes_roles_from_the_rules(pipeline):
    from whimbrel.events.learned import sentence_scores

    text = "Kenya accused Uganda of violating the border agreement on Monday."
    doc = _coded(_pipeline_with(pipeline, decide_events="model"), text)
    cats = sentence_scores(doc)[0]
    assert cats["EVENT"] >= 0.5
    (ev,) = doc.events
    assert ev.category == max((c for c in cats if c != "EVENT"), key=cats.get)
    assert {e.code for e in ev.actor} == {"KEN"} and {e.code for e in ev.recipient} == {"UGA"}


def test_retype_resets_code_and_keeps_roles(code_sentence):
    from whimbrel.events.learned import retype

    (ev,) = code_sentence("Kenya accused Uganda of violating the border agreement on Monday.").events
    new = retype(ev, "REJECT", 0.9)
    assert new.category == "REJECT" and new.cameo.startswith("12") and new.actor == ev.actor
    assert "learned: ACCUSE -> REJECT" in new.rule


@pytest.mark.parametrize("name", sorted(CLASSIFIER_FIGURES))
def test_shipped_classifier_dev_figures(name):
    from whimbrel.evaluate import load_gold
    from whimbrel.events.learned import DROP_BELOW, load_model

    records = load_gold(need(DEV_GOLD)) if name == "dev" else load_gold(GOLD_DIR / "blind2-plover.json")[0::2]
    texts = sorted({r["text"] for r in records})
    cats = {t: d.cats for t, d in zip(texts, load_model().pipe(texts))}
    below = sum(cats[t]["EVENT"] < DROP_BELOW for t in texts)
    top1 = sum(max((c for c in cats[r["text"]] if c != "EVENT"), key=cats[r["text"]].get) == r["category"]
               for r in records) / len(records)
    want = CLASSIFIER_FIGURES[name]
    assert below == want["below_drop"]
    assert abs(top1 - want["top1"]) <= TOLERANCE, f"{name}: top-1 category accuracy {top1:.3f}"


@pytest.mark.slow
@pytest.mark.parametrize("metric", sorted(PIPELINE_FIGURES))
def test_shipped_model_reproduces_its_dev_figures(pipeline, metric):
    """The comparison row of the shipped model with the rules (decide_events="both"), on the news dev split, the dev gold and
    blind2's even half (bench/learned.py), within TOLERANCE."""
    sys.path.insert(0, str(ROOT / "bench"))
    import learned

    need(NEWS_GOLD)
    need(DEV_GOLD)
    if "row" not in _ROW:
        _ROW["row"] = learned.quality(_pipeline_with(pipeline, decide_events="both"))
    value = _ROW["row"][metric]
    assert abs(value - PIPELINE_FIGURES[metric]) <= TOLERANCE, f"{metric}: {value}"


_ROW: dict = {}


def _same_weights(trained: Path, shipped: Path, atol: float = 1e-5) -> None:
    """The same arrays, to float rounding: training is seeded, but another CPU's vector kernels round
    the last bits differently (measured on a fresh machine, session 23: at most 1.3e-7 apart)."""
    import numpy as np
    import srsly

    def arrays(x, path=""):
        if isinstance(x, dict):
            for k in sorted(x, key=str):
                yield from arrays(x[k], f"{path}/{k}")
        elif isinstance(x, (list, tuple)):
            for i, v in enumerate(x):
                yield from arrays(v, f"{path}[{i}]")
        else:
            yield path, x

    got = dict(arrays(srsly.msgpack_loads(trained.read_bytes())))
    want = dict(arrays(srsly.msgpack_loads(shipped.read_bytes())))
    assert got.keys() == want.keys()
    for key, value in want.items():
        if isinstance(value, np.ndarray):
            assert value.shape == got[key].shape and np.allclose(got[key], value, atol=atol, rtol=0), key
        else:
            assert got[key] == value, key


@pytest.mark.slow
def test_make_train_regenerates_the_model(tmp_path):
    """tools/build_event_train.py rebuilds data/train byte for byte, and tools/train_event_model.py
    (what `make train` runs) gives back the shipped weights."""
    need(SHARED / "bench")
    data, out = tmp_path / "data", tmp_path / "model"
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_event_train.py"), "--out", str(data)], check=True)
    for name in ("gold-sentences.jsonl", "news-train.jsonl"):
        assert (data / name).read_bytes() == (ROOT / "data" / "train" / name).read_bytes(), name
    subprocess.run([sys.executable, str(ROOT / "tools" / "train_event_model.py"), "--data", str(data),
                    "--out", str(out)], check=True)
    shipped = ROOT / "src" / "whimbrel" / "data" / "event_model"
    _same_weights(out / "textcat_multilabel" / "model", shipped / "textcat_multilabel" / "model")
    info = json.loads((out / "training.json").read_text())
    assert info == json.loads((shipped / "training.json").read_text())


def test_cli_decide_events_option(tmp_path, pipeline):
    """`whimbrel code --decide-events both` runs the learned stage: a rule event the model keeps is
    written with the rules' category; a value outside the three is a usage error (exit 2)."""
    from click.testing import CliRunner

    from whimbrel.cli import main

    src = tmp_path / "a.txt"
    src.write_text("Kenya accused Uganda of violating the border agreement on Monday.\n", encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(main, ["code", str(src), "--date", "2021-03-02", "--decide-events", "both", "-q"])
    assert res.exit_code == 0, res.output
    assert [json.loads(line)["event"] for line in res.stdout.splitlines()] == [["ACCUSE"]]
    assert runner.invoke(main, ["code", str(src), "--decide-events", "neural"]).exit_code == 2
