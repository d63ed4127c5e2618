"""The event coder as named passes (events/passes.py): the order is declared in one list, every pass
can be switched off by name through Options, and `whimbrel evaluate --ablate` reports what each is
worth on a gold file."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from whimbrel.api import code_text
from whimbrel.errors import WhimbrelError
from whimbrel.events import passes
from whimbrel.options import Options
from whimbrel.pipeline import Pipeline

TINY = Path(__file__).resolve().parent / "data" / "ablate-tiny.json"
PUB = datetime(2021, 3, 1, tzinfo=timezone.utc)


def _pipeline(shared, off=()):
    p = Pipeline(Options(disabled_passes=frozenset(off)))
    p._nlp = shared.nlp  # the session's spaCy pipeline, not a second copy
    return p


def test_pass_order_is_declared_once_with_unique_names():
    names = passes.pass_names()
    assert all(isinstance(n, str) and callable(fn) for n, fn in passes.PASSES)
    assert len(names) == len(set(names))
    # the phases in the order: candidates, roles, category, missing actors/recipients, CAMEO, event
    order = ["triggers", "candidates", "roles", "flags", "recipient_owner", "actor_country_inferred",
             "actor_required", "recipient_phrase_entity", "future_category", "cameo_refine", "build_event",
             "merge_in_sentence"]
    assert [names.index(n) for n in order] == sorted(names.index(n) for n in order)


def test_every_pass_runs_in_the_declared_order_and_each_can_be_switched_off(pipeline, monkeypatch):
    calls: list[str] = []

    def recorded(name, fn):
        def run(s):
            calls.append(name)
            fn(s)
        return run

    monkeypatch.setattr(passes, "PASSES", [(n, recorded(n, fn)) for n, fn in passes.PASSES])
    names = passes.pass_names()
    text = "Kenyan teachers went on strike on Tuesday."
    code_text(text, pub_date=PUB, pipeline=_pipeline(pipeline))
    assert calls == names  # one sentence, every pass once, in order
    for name in names:
        calls.clear()
        code_text(text, pub_date=PUB, pipeline=_pipeline(pipeline, off=[name]))
        assert calls == [n for n in names if n != name], name


def test_switching_a_pass_off_changes_what_it_decides(pipeline):
    text = "Kenyan teachers went on strike on Tuesday."
    on = code_text(text, pub_date=PUB, pipeline=_pipeline(pipeline)).events
    off = code_text(text, pub_date=PUB, pipeline=_pipeline(pipeline, off=["recipient_domestic_default"])).events
    assert [(e.category, [r.code for r in e.recipient]) for e in on] == [("PROTEST", ["KEN"])]
    assert [(e.category, e.recipient) for e in off] == [("PROTEST", [])]
    assert code_text(text, pub_date=PUB, pipeline=_pipeline(pipeline, off=["triggers"])).events == []


def test_an_act_aimed_at_someone_needs_a_target(pipeline):
    """coder.yaml recipient_required: aid with no one to receive it is not coded; with a receiver, or
    with the pass off, it is."""
    alone, aimed = "The United States provided more aid on Monday.", "The United States provided aid to Ukraine on Monday."
    assert code_text(alone, pub_date=PUB, pipeline=_pipeline(pipeline)).events == []
    off = code_text(alone, pub_date=PUB, pipeline=_pipeline(pipeline, off=["recipient_required"])).events
    assert [(e.category, e.recipient) for e in off] == [("AID", [])]
    kept = code_text(aimed, pub_date=PUB, pipeline=_pipeline(pipeline)).events
    assert [(e.category, [r.code for r in e.recipient]) for e in kept] == [("AID", ["UKR"])]


def test_unknown_pass_name_is_an_error(pipeline):
    with pytest.raises(WhimbrelError) as err:
        _pipeline(pipeline, off=["no_such_pass"])
    assert err.value.code == "E105" and "recipient_owner" in err.value.message  # it lists the names


def test_a_new_pass_can_be_inserted_by_name(pipeline, monkeypatch):
    monkeypatch.setattr(passes, "PASSES", list(passes.PASSES))
    seen = []
    passes.insert_pass("spy", lambda s, c: seen.append(c.cat), after="flags", per_candidate=True)
    names = passes.pass_names()
    assert names.index("spy") == names.index("flags") + 1
    code_text("Kenya imposed new sanctions on Ethiopia.", pub_date=PUB, pipeline=_pipeline(pipeline))
    assert seen == ["SANCTION"]
    with pytest.raises(ValueError):
        passes.insert_pass("spy", lambda s: None, before="roles")


def _ablate(*args):
    from whimbrel.cli import main

    return CliRunner().invoke(main, ["evaluate", str(TINY), "--ablate", *args])


def test_ablate_prints_what_each_pass_is_worth_on_a_tiny_gold_file(pipeline):
    res = _ablate("--pass", "recipient_domestic_default", "--pass", "nested_content", "--pass", "retype")
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0].startswith(f"gold: {TINY}")
    rows = {ln.split()[0]: ln.split()[1:] for ln in lines[2:]}
    assert list(rows) == ["(all", "retype", "nested_content", "recipient_domestic_default"]  # pipeline order
    assert rows["(all"][2:] == ["1.000", "1.000", "0.000", "3"]  # found, strict, extra, coded
    assert rows["recipient_domestic_default"] == ["0.667", "-0.333", "0.667", "-0.333", "0.000", "3"]
    assert rows["nested_content"] == ["1.000", "1.000", "0.333", "+0.333", "4"]  # an extra event
    assert rows["retype"] == ["1.000", "1.000", "0.000", "3"]  # nothing to retype here


def test_ablate_json_and_errors(pipeline):
    res = _ablate("--pass", "recipient_domestic_default", "--json")
    assert res.exit_code == 0, res.output
    report = json.loads(res.output)
    assert [r["pass"] for r in report["rows"]] == ["(all passes on)", "recipient_domestic_default"]
    assert report["rows"][1]["figures"]["found_rate"] == pytest.approx(2 / 3, abs=1e-3)
    bad = _ablate("--pass", "no_such_pass")
    assert bad.exit_code == 2 and "E105" in bad.output


def test_ablate_never_runs_on_the_news_test_split():
    from whimbrel.cli import main

    news = Path(__file__).resolve().parent / "gold" / "news"
    res = CliRunner().invoke(main, ["evaluate", str(news), "--split", "test", "--ablate"])
    assert res.exit_code == 2 and "E106" in res.output


def test_the_non_state_code_set_has_one_definition():
    """data/actors/code_sets.yaml is the only place: no module keeps its own copy of the set."""
    from whimbrel.actors.codesets import NON_STATE_CODES

    src = Path(__file__).resolve().parents[1] / "src" / "whimbrel"
    copies = [p.name for p in src.rglob("*.py") if '"UNO", "EUR"' in p.read_text(encoding="utf-8")
              or '"IGO", "UNO"' in p.read_text(encoding="utf-8")]
    assert copies == []
    assert {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"} == NON_STATE_CODES
