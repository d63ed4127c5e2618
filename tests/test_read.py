"""Readers: every input kind, document ids, and bad input becoming named Rejects (never lost)."""
from __future__ import annotations

import gzip
import io
import json
import os
import sys
import types
from datetime import datetime, timezone

import pytest

from whimbrel.model import Document, Reject
from whimbrel.options import Options
from whimbrel.read import iter_documents
from whimbrel.read.jsonl import iter_jsonl
from whimbrel.read.stdin import iter_stdin

OPTS = Options()
STORY = "Iran and Iraq agreed on Sunday to bolster their air defence cooperation, officials said."


def read(*paths) -> list:
    return list(iter_documents([str(p) for p in paths], OPTS))


def write_jsonl(path, rows) -> None:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")


# -- files ---------------------------------------------------------------------------------------
def test_text_file_id_is_its_path(tmp_path):
    p = tmp_path / "page-one.txt"
    p.write_text(STORY, encoding="utf-8")
    (doc,) = read(p)
    assert isinstance(doc, Document)
    assert (doc.id, doc.origin, doc.kind, doc.raw) == (str(p), str(p), "text", STORY)


def test_html_and_htm_files(tmp_path):
    for name in ("a.html", "b.htm"):
        (tmp_path / name).write_text(f"<html><body><p>{STORY}</p></body></html>", encoding="utf-8")
    docs = read(tmp_path / "a.html", tmp_path / "b.htm")
    assert [(d.id, d.kind) for d in docs] == [(str(tmp_path / "a.html"), "html"), (str(tmp_path / "b.htm"), "html")]


def test_gzipped_text(tmp_path):
    p = tmp_path / "story.txt.gz"
    p.write_bytes(gzip.compress(STORY.encode()))
    (doc,) = read(p)
    assert (doc.id, doc.kind, doc.raw) == (str(p), "text", STORY)


def test_html_declared_charset_is_honoured(tmp_path):
    p = tmp_path / "old.html"
    p.write_bytes('<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 talks \x93ended\x94.</p></body></html>'
                  .encode("latin-1"))
    (doc,) = read(p)
    assert "Café talks “ended”." in doc.raw


def test_directory_walk_sorted_recursive_known_suffixes(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / "b" / "z.txt").write_text(STORY)
    (tmp_path / "a" / "deep" / "y.html").write_text(f"<p>{STORY}</p>")
    (tmp_path / "a" / "x.txt").write_text(STORY)
    (tmp_path / "a" / "notes.pdf").write_bytes(b"%PDF-1.4")  # unknown suffix: not an input
    (tmp_path / ".hidden.txt").write_text(STORY)
    write_jsonl(tmp_path / "c.jsonl", [{"id": 7, "text": STORY}])
    docs = read(tmp_path)
    assert [d.id for d in docs] == ["a/deep/y.html", "a/x.txt", "b/z.txt", "7"]
    assert all(isinstance(d, Document) for d in docs)


# -- bad files ---------------------------------------------------------------------------------------
def test_nonexistent_path(tmp_path):
    (rej,) = read(tmp_path / "missing.txt")
    assert isinstance(rej, Reject) and rej.code == "E008" and rej.origin.endswith("missing.txt")


def test_unsupported_suffix(tmp_path):
    p = tmp_path / "report.pdf"
    p.write_bytes(b"%PDF")
    (rej,) = read(p)
    assert rej.code == "E009" and ".pdf" in rej.message


def test_text_not_utf8_is_detected_and_recorded(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Café talks in Tehran “ended” on Sunday, officials said.".encode("cp1252"))
    (doc,) = read(p)
    assert isinstance(doc, Document) and "Café" in doc.raw and doc.meta["encoding"]


def test_binary_file(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (rej,) = read(p)
    assert rej.code == "E003"


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("  \n\n ")
    (rej,) = read(p)
    assert rej.code == "E004"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file(tmp_path):
    p = tmp_path / "locked.txt"
    p.write_text(STORY)
    p.chmod(0)
    try:
        (rej,) = read(p)
    finally:
        p.chmod(0o644)
    assert rej.code == "E001"


def test_batch_goes_on_after_bad_inputs(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(STORY)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01")
    out = read(tmp_path / "nope.txt", bad, good)
    assert [type(x).__name__ for x in out] == ["Reject", "Reject", "Document"]


# -- JSONL -----------------------------------------------------------------------------------------
def test_jsonl_stories_and_metadata(tmp_path):
    p = tmp_path / "stories.jsonl"
    write_jsonl(p, [
        {"id": 101, "text": STORY, "date": "2020-06-07T04:55:00Z", "title": "Air defence pact",
         "url": "https://example.org/a", "publisher": "Example News", "language": "en", "source_country": "IRN"},
        {"text": STORY, "pub_date": "2020-06-08"},
        "",
        {"id": "x-3", "html": f"<p>{STORY}</p>"},
    ])
    a, b, c = read(p)
    assert (a.id, a.origin, a.kind, a.raw) == ("101", f"{p}:1", "text", STORY)
    assert a.pub_datetime == datetime(2020, 6, 7, 4, 55, tzinfo=timezone.utc) and a.date_source == "input"
    assert (a.title, a.url, a.publisher, a.language) == ("Air defence pact", "https://example.org/a", "Example News", "en")
    assert a.meta["input"] == {"source_country": "IRN"}
    assert (b.id, b.origin) == (f"{p}:2", f"{p}:2")
    assert b.pub_datetime == datetime(2020, 6, 8, tzinfo=timezone.utc) and b.meta["date_precision"] == "day"
    assert (c.id, c.kind, c.origin) == ("x-3", "html", f"{p}:4")


@pytest.mark.parametrize("line, code, words", [
    ('{"id": 1, "text": "unterminated', "E005", "column"),
    ('[1, 2, 3]', "E005", "object"),
    ('{"id": 2, "title": "no body"}', "E006", "id, title"),
    ('{"id": 3, "text": 42}', "E007", "'text'"),
    ('{"id": [3], "text": "x"}', "E007", "'id'"),
    ('{"id": 4, "text": "x", "date": 20200607}', "E007", "'date'"),
    ('{"id": 5, "text": "   "}', "E004", "empty"),
    ('{"id": 6, "text": "x", "date": "next Tuesday-ish"}', "E010", "next Tuesday-ish"),
])
def test_jsonl_bad_lines_are_rejected_by_line(tmp_path, line, code, words):
    p = tmp_path / "s.jsonl"
    write_jsonl(p, [{"id": "ok-1", "text": STORY}, line, {"id": "ok-3", "text": STORY}])
    first, rej, last = read(p)
    assert (first.id, last.id) == ("ok-1", "ok-3")
    assert isinstance(rej, Reject) and rej.code == code and rej.origin == f"{p}:2"
    assert words in rej.message


def test_jsonl_invalid_utf8_line(tmp_path):
    p = tmp_path / "s.jsonl"
    p.write_bytes(b'{"id": 1, "text": "fine"}\n{"id": 2, "text": "caf\xe9"}\n')
    ok, rej = read(p)
    assert ok.id == "1" and rej.code == "E002" and rej.origin == f"{p}:2"
    assert "byte 48" in rej.message  # offset in the file: 26 bytes of line 1 + 22


def test_jsonl_streams_line_by_line():
    def lines():
        yield json.dumps({"id": 1, "text": STORY}).encode() + b"\n"
        raise AssertionError("read ahead of the consumer")

    it = iter_jsonl(lines(), "feed", "feed", OPTS)
    assert next(it).id == "1"


def test_jsonl_binary_file_is_one_reject(tmp_path):
    p = tmp_path / "s.jsonl"
    p.write_bytes(gzip.compress(b'{"id": 1}\n' * 50))  # compressed but not named .gz
    out = read(p)
    assert len(out) == 1 and out[0].code == "E003"


# -- stdin -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("data, kind, doc_id", [
    (b"\n" + json.dumps({"id": "s1", "text": STORY}).encode() + b"\n", "text", "s1"),
    (b"  <!DOCTYPE html><html><body><p>" + STORY.encode() + b"</p></body></html>", "html", "stdin"),
    (b"04:55 GMT07 June 2020\n" + STORY.encode(), "text", "stdin"),
])
def test_stdin_sniffs_kind(data, kind, doc_id):
    (doc,) = list(iter_stdin(OPTS, io.BytesIO(data)))
    assert (doc.kind, doc.id.split(":")[0]) == (kind, doc_id)
    assert doc.origin.startswith("-")


def test_stdin_jsonl_without_id_and_bad_line():
    data = json.dumps({"text": STORY}).encode() + b"\n{oops\n"
    doc, rej = list(iter_stdin(OPTS, io.BytesIO(data)))
    assert doc.id.startswith("stdin:") and len(doc.id) == 22 and doc.origin == "-:1"
    assert (rej.code, rej.origin) == ("E005", "-:2")


# -- WARC delegation -------------------------------------------------------------------------------
def test_warc_is_delegated(tmp_path, monkeypatch):
    calls = []

    def fake_iter_warc(path, options):
        calls.append(str(path))
        yield Document(id="rec-1", origin=f"{path}#1", raw="<p>x</p>", kind="html")

    fake = types.ModuleType("whimbrel.read.warc")
    fake.iter_warc = fake_iter_warc
    monkeypatch.setitem(sys.modules, "whimbrel.read.warc", fake)
    import whimbrel.read as read_pkg

    monkeypatch.setattr(read_pkg, "warc", fake, raising=False)
    p = tmp_path / "crawl.warc.gz"
    p.write_bytes(b"")
    (doc,) = read(p)
    assert doc.id == "rec-1" and calls == [str(p)]
