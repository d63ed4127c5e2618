"""The Python API is hard to misuse: one str/Path is one path, strings are coded by calling the
Pipeline, rejects are raised or returned (never dropped), and the README's examples run."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import BUNDLED_TXT, ROOT

import whimbrel
from whimbrel.errors import Rejected
from whimbrel.model import Reject

ACCUSE = "Iran on Monday accused Iraq of shelling border villages."


def test_a_single_str_or_path_is_one_path(pipeline):
    as_list = list(whimbrel.code([str(BUNDLED_TXT)], pipeline=pipeline))
    assert as_list
    assert list(whimbrel.code(str(BUNDLED_TXT), pipeline=pipeline)) == as_list
    assert list(whimbrel.code(BUNDLED_TXT, pipeline=pipeline)) == as_list
    docs = list(whimbrel.extract(str(BUNDLED_TXT)))
    assert len(docs) == 1 and docs[0].sentences
    assert whimbrel.api.as_paths("/") == ["/"]  # one path, not the characters of a string


def test_rejects_are_raised_or_yielded_never_dropped(pipeline, tmp_path):
    missing = str(tmp_path / "missing.txt")
    with pytest.raises(Rejected) as err:
        list(whimbrel.code(missing, pipeline=pipeline))
    assert err.value.code == "E008" and err.value.reject.origin == missing
    items = list(whimbrel.code([missing, str(BUNDLED_TXT)], rejects="yield", pipeline=pipeline))
    assert isinstance(items[0], Reject) and all(isinstance(i, dict) for i in items[1:]) and len(items) > 1
    with pytest.raises(Rejected):
        list(whimbrel.extract([missing]))
    assert isinstance(next(whimbrel.extract([missing], rejects="yield")), Reject)
    with pytest.raises(whimbrel.errors.WhimbrelError):
        list(whimbrel.code(missing, rejects="ignore", pipeline=pipeline))


def test_pipeline_is_callable_on_text_and_html_strings(pipeline):
    recs = pipeline(ACCUSE, date="2021-03-01")
    assert [(r["event"], r["actor"][0]["code"], r["recipient"][0]["code"]) for r in recs] == [(["ACCUSE"], "IRN", "IRQ")]
    assert recs[0]["date"] == "2021-03-01"  # "on Monday" of the week the story was published
    html = f"<html><head><title>News</title></head><body><article><p>{ACCUSE}</p></article></body></html>"
    assert [r["event"] for r in pipeline(html, date="2021-03-01")] == [["ACCUSE"]]
    with pytest.raises(Rejected) as err:
        pipeline("   ")
    assert err.value.code == "E004"
    out = list(pipeline.pipe([ACCUSE, "", 42, ACCUSE], rejects="yield"))
    assert [type(x).__name__ for x in out] == ["list", "Reject", "Reject", "list"]
    assert out[2].code == "E007"


def test_readme_python_examples_run(pipeline, tmp_path, monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python API"):]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    assert blocks
    monkeypatch.chdir(tmp_path)
    shutil.copy(BUNDLED_TXT, tmp_path / "article.txt")
    Path("page.html").write_text(f"<html><head><title>T</title></head><body><article><p>{ACCUSE}</p>"
                                 f"<p>Markets were calm.</p></article></body></html>", encoding="utf-8")
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "['ACCUSE'] IRN" in out and "E008" in out and "skipped missing.txt: [E008]" in out


def test_code_text_takes_a_date_a_datetime_or_an_iso_string(pipeline):
    """The publication date of code_text: any of the three forms dates the same event; a bad value
    is an E010 input error naming it, not an internal error of the clean stage."""
    from datetime import date, datetime, timezone

    from whimbrel.api import code_text
    from whimbrel.errors import InputError

    text = "Police arrested two opposition leaders in Lima on Friday."
    forms = (date(2019, 11, 18), datetime(2019, 11, 18, tzinfo=timezone.utc), "2019-11-18")
    dates = {tuple(e.date for e in code_text(text, pub_date=f, pipeline=pipeline).events) for f in forms}
    assert len(dates) == 1 and next(iter(dates))
    for bad in ("18/11/2019", 20191118):
        with pytest.raises(InputError, match=r"E010.*" + re.escape(str(bad))):
            code_text(text, pub_date=bad, pipeline=pipeline)
