"""The command line: exit codes, rejects, progress, --help/--version on every command."""
from __future__ import annotations

import json
import random

import pytest
from click.testing import CliRunner

from whimbrel import __version__
from whimbrel.cli import main

from conftest import EXAMPLE_TXT, need


@pytest.fixture()
def runner():
    return CliRunner()


def test_version(runner):
    res = runner.invoke(main, ["--version"])
    assert res.exit_code == 0
    assert __version__ in res.output


@pytest.mark.parametrize("command", sorted(main.commands))
def test_help_on_every_command(runner, command):
    res = runner.invoke(main, [command, "--help"])
    assert res.exit_code == 0, res.output
    assert "Usage:" in res.output


def test_usage_error_exits_2(runner):
    assert runner.invoke(main, ["code"]).exit_code == 2
    assert runner.invoke(main, ["code", "--date", "not-a-date", "x.txt"]).exit_code == 2


def _stories(n: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    states = ["Iran", "Iraq", "Turkey", "Kenya", "Ethiopia", "Brazil", "India", "Pakistan", "France", "Egypt"]
    verbs = ["accused {b} of shelling border villages", "agreed to resume talks with {b}",
             "imposed new sanctions on {b}", "urged {b} to release detained journalists",
             "rejected a peace proposal from {b}"]
    lines = []
    for i in range(n):
        a, b = rng.sample(states, 2)
        text = f"{a} on Monday {rng.choice(verbs).format(b=b)}. Markets were calm in the capital."
        lines.append(json.dumps({"id": f"s{i}", "text": text, "date": "2021-03-0%d" % (1 + i % 9)}))
    return lines


def test_code_jsonl_1000_stories_with_bad_lines(runner, tmp_path, pipeline):
    lines = _stories(1000)
    lines[10] = '{"id": "broken", "text": "unterminated'  # malformed JSON
    lines[500] = '{"id": "no-text"}'  # neither text nor html
    lines[700] = json.dumps({"id": "empty", "text": "   "})  # empty document
    src = tmp_path / "stories.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, rejects = tmp_path / "events.jsonl", tmp_path / "rejects.jsonl"
    res = runner.invoke(main, ["code", str(src), "-o", str(out), "--rejects", str(rejects)])
    assert res.exit_code == 1, res.output  # some inputs were rejected
    rej = [json.loads(x) for x in rejects.read_text().splitlines()]
    assert len(rej) == 3
    assert any(f"{src}:11" in r["input"] for r in rej)  # named by file and line
    assert all(r["error"] and r["code"].startswith("E") for r in rej)
    events = [json.loads(x) for x in out.read_text().splitlines()]
    stories = {e["story_id"] for e in events}
    assert len(stories) > 900  # the batch went on past the bad lines
    assert "s999" in stories
    assert "doc" in res.stderr  # progress bar on stderr


def test_code_missing_file_is_rejected_not_fatal(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Kenya and Somalia agreed on Monday to reopen their border.", encoding="utf-8")
    res = runner.invoke(main, ["code", str(tmp_path / "missing.txt"), str(good), "--date", "2021-05-03"])
    assert res.exit_code == 1
    assert "missing.txt" in res.stderr
    assert json.loads(res.stdout.splitlines()[0])["story_id"] == str(good)


def test_extract_example(runner):
    need(EXAMPLE_TXT)
    res = runner.invoke(main, ["extract", str(EXAMPLE_TXT), "-q"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert doc["publication_datetime"] == "2020-06-07T04:55:00+00:00"
    assert doc["body"].startswith("The Iraqi commander also pledged")
    assert all(s["text"] == doc["body"][s["start"]:s["end"]] for s in doc["sentences"])


def test_demo_runs(runner):
    res = runner.invoke(main, ["demo", "-q"])
    assert res.exit_code == 0, res.output
    assert res.output.count("events:") == 2


def test_a_stage_bug_on_one_document_is_recorded_and_the_batch_goes_on(pipeline, monkeypatch):
    from whimbrel import pipeline as pipeline_module
    from whimbrel.model import Document, Reject

    def broken(doc, options):
        if "boom" in doc.body:
            raise ZeroDivisionError("division by zero")

    stages = [("broken", broken)] + pipeline_module.POST_PARSE
    monkeypatch.setattr(pipeline_module, "POST_PARSE", stages)
    docs = [Document(id=i, origin=i, raw=t, kind="clean") for i, t in
            [("a", "Kenya agreed to reopen the border."), ("b", "boom"), ("c", "Chad accused Sudan of arming rebels.")]]
    out = list(pipeline.run(docs))
    assert [type(x).__name__ for x in out] == ["Document", "Reject", "Document"]
    assert out[1].code == "E900" and "broken" in out[1].message and "ZeroDivisionError" in out[1].message


def test_evaluate_json_output(runner, tmp_path):
    gold = [{"id": "G1", "event": "DEMAND", "date": "2001-05-02", "text": "Kenya demanded that Uganda withdraw its troops.",
             "source": [{"actorText": "Kenya", "code": "KEN"}], "target": [{"actorText": "Uganda", "code": "UGA"}]}]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    res = runner.invoke(main, ["evaluate", str(path), "--json", "-q"])
    assert res.exit_code == 0, res.output
    report = json.loads(res.stdout)
    assert report["records"] == 1 and report["per_category"]["REQUEST"]["gold"] == 1
    assert report["misses"] == [] or report["misses"][0]["record"]["source"] == ["KEN"]
