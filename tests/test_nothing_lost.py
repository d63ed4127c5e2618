"""Issue 14: nothing destroyed, nothing lost. Each case of the fuzzing report is a test here.

Never write onto an input (E013), atomic outputs, ids that cannot collide (E012 for a second read),
every input accounted for (documents + skipped + rejects = inputs), validated options.
"""
from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from whimbrel.cli import main
from whimbrel.model import Document, Reject
from whimbrel.options import Options
from whimbrel.outputs import atomic_text
from whimbrel.read import iter_documents
from whimbrel.read.stdin import iter_stdin

STORY = "Iran and Iraq agreed on Sunday to bolster their air defence cooperation, officials said."


@pytest.fixture()
def runner():
    return CliRunner()


def read(*paths, options=None) -> list:
    return list(iter_documents([str(p) for p in paths], options or Options()))


def jsonl(path: Path, rows) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture()
def small_db(tmp_path, pipeline):
    from whimbrel.store import ingest

    db = tmp_path / "e.duckdb"
    ingest([jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": STORY, "date": "2020-06-07"}])], db, pipeline=pipeline)
    return db


# -- 1. never write onto an input --------------------------------------------------------------------
@pytest.mark.parametrize("command", ["code", "extract"])
@pytest.mark.parametrize("option", ["-o", "--rejects"])
def test_output_onto_input_is_refused(runner, tmp_path, command, option):
    src = jsonl(tmp_path / "x.jsonl", [{"id": "a", "text": STORY}])
    before = src.read_bytes()
    res = runner.invoke(main, [command, str(src), option, str(src)])
    assert res.exit_code == 2 and "E013" in res.output
    assert src.read_bytes() == before


def test_output_onto_input_through_another_spelling(runner, tmp_path, monkeypatch):
    src = jsonl(tmp_path / "x.jsonl", [{"id": "a", "text": STORY}])
    (tmp_path / "link.jsonl").symlink_to(src)
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(main, ["code", "./x.jsonl", "-o", "link.jsonl"])
    assert res.exit_code == 2 and src.stat().st_size > 0


def test_export_and_events_onto_the_database_are_refused(runner, small_db):
    size = small_db.stat().st_size
    assert runner.invoke(main, ["export", "--db", str(small_db), str(small_db)]).exit_code == 2
    assert runner.invoke(main, ["events", "--db", str(small_db), "-o", str(small_db)]).exit_code == 2
    assert runner.invoke(main, ["ingest", str(small_db), "--db", str(small_db)]).exit_code == 2
    assert small_db.stat().st_size == size
    res = runner.invoke(main, ["events", "--db", str(small_db)])
    assert res.exit_code == 0 and "IRN" in res.output  # the database still reads


def test_ingest_rejects_onto_input_refused(runner, tmp_path):
    src = jsonl(tmp_path / "x.jsonl", [{"id": "a", "text": STORY}])
    res = runner.invoke(main, ["ingest", str(src), "--db", str(tmp_path / "e.duckdb"), "--rejects", str(src)])
    assert res.exit_code == 2 and "E013" in res.output and src.stat().st_size > 0


def test_unwritable_output_is_a_usage_error(runner, tmp_path):
    src = jsonl(tmp_path / "x.jsonl", [{"id": "a", "text": STORY}])
    for option in ("-o", "--rejects"):
        res = runner.invoke(main, ["extract", str(src), option, str(tmp_path / "no" / "such" / "dir.jsonl")])
        assert res.exit_code == 4 and "E301" in res.output, res.output  # before any work: nothing read


def test_atomic_output_keeps_the_old_file_on_failure(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    with pytest.raises(RuntimeError):
        with atomic_text(out) as fh:
            fh.write("half")
            raise RuntimeError("killed")
    assert out.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temporary file left
    with atomic_text(out) as fh:
        fh.write("new\n")
    assert out.read_text() == "new\n"


def test_export_writes_atomically(runner, small_db, tmp_path):
    out = tmp_path / "ev.csv"
    res = runner.invoke(main, ["export", "--db", str(small_db), "--format", "csv", str(out)])
    assert res.exit_code == 0 and out.read_text().count("\n") >= 2
    assert not [p for p in tmp_path.iterdir() if ".whimbrel-part" in p.name]


def test_walk_skips_this_runs_outputs(runner, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(STORY)
    out = corpus / "out.jsonl"
    out.write_text(json.dumps({"id": "stale", "text": STORY}) + "\n")
    res = runner.invoke(main, ["extract", str(corpus), "-o", str(out)])
    assert res.exit_code == 0
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["a.txt"]


# -- 2. ids that cannot collide ----------------------------------------------------------------------
def test_same_file_name_in_two_folders(tmp_path):
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "story.txt").write_text(STORY)
    docs = read(tmp_path / "a" / "story.txt", tmp_path / "b" / "story.txt")
    assert all(isinstance(d, Document) for d in docs) and len({d.id for d in docs}) == 2
    walked = read(tmp_path)
    assert [d.id for d in walked] == ["a/story.txt", "b/story.txt"]


def test_same_stem_different_suffix(tmp_path):
    (tmp_path / "report.txt").write_text(STORY)
    (tmp_path / "report.html").write_text(f"<html><body><p>{STORY}</p></body></html>")
    assert sorted(d.id for d in read(tmp_path)) == ["report.html", "report.txt"]


def test_idless_feeds_in_two_folders(tmp_path):
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        jsonl(tmp_path / d / "feed.jsonl", [{"text": STORY}])
    docs = read(tmp_path / "a" / "feed.jsonl", tmp_path / "b" / "feed.jsonl")
    assert all(isinstance(d, Document) for d in docs) and len({d.id for d in docs}) == 2


def test_duplicate_jsonl_id_is_a_reject_naming_both(tmp_path):
    p = jsonl(tmp_path / "f.jsonl", [{"id": "x", "text": STORY}, {"id": "x", "text": STORY + " Again."}])
    doc, rej = read(p)
    assert isinstance(doc, Document) and rej.code == "E012"
    assert rej.origin == f"{p}:2" and f"{p}:1" in rej.message


def test_stdin_pages_get_content_ids_or_the_given_id():
    a = list(iter_stdin(Options(), io.BytesIO(STORY.encode())))[0]
    b = list(iter_stdin(Options(), io.BytesIO((STORY + " More.").encode())))[0]
    assert a.id != b.id and a.id.startswith("stdin:")
    assert list(iter_stdin(Options(stdin_id="wire-7"), io.BytesIO(STORY.encode())))[0].id == "wire-7"


def test_reingest_with_changed_metadata_replaces(tmp_path, pipeline):
    from whimbrel.store import ingest
    from whimbrel.store.schema import open_store

    db = tmp_path / "e.duckdb"
    p = tmp_path / "f.jsonl"
    jsonl(p, [{"id": "x", "text": STORY, "date": "2020-06-07", "publisher": "A"}])
    ingest([p], db, pipeline=pipeline)
    jsonl(p, [{"id": "x", "text": STORY, "date": "2021-01-02", "publisher": "B"}])
    st = ingest([p], db, pipeline=pipeline)
    assert (st.documents, st.replaced, st.skipped) == (1, 1, 0)
    with open_store(db, read_only=True) as con:
        assert con.execute("SELECT publisher, year(pub_datetime) FROM documents").fetchall() == [("B", 2021)]
    assert ingest([p], db, pipeline=pipeline).skipped == 1  # unchanged: nothing to do


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_symlink_loop_and_second_links_read_once(tmp_path):
    root = tmp_path / "corpus"
    (root / "a").mkdir(parents=True)
    (root / "a" / "story.txt").write_text(STORY)
    (root / "a" / "loop").symlink_to(root, target_is_directory=True)  # corpus/a/loop -> corpus
    (root / "b").symlink_to(root / "a", target_is_directory=True)  # a second way into a
    (root / "same.txt").symlink_to(root / "a" / "story.txt")
    items = read(root)
    docs = [d for d in items if isinstance(d, Document)]
    assert len(docs) == 1 and docs[0].id == "a/story.txt"
    assert [(r.code, "a/story.txt" in r.message) for r in items if isinstance(r, Reject)] == [("E012", True)]


# -- 3. every input accounted for, options validated ------------------------------------------------
@pytest.mark.parametrize("args", [["--batch", "0"], ["--batch", "-1"]])
def test_ingest_batch_validated(runner, tmp_path, args):
    src = jsonl(tmp_path / "x.jsonl", [{"id": "a", "text": STORY}])
    res = runner.invoke(main, ["ingest", str(src), "--db", str(tmp_path / "e.duckdb"), *args])
    assert res.exit_code == 2 and not (tmp_path / "e.duckdb").exists()


def test_events_limit_validated(runner, small_db):
    assert runner.invoke(main, ["events", "--db", str(small_db), "--limit", "-1"]).exit_code == 2


def test_ingest_counts_add_up(tmp_path, pipeline):
    from whimbrel.store import ingest

    p = jsonl(tmp_path / "f.jsonl", [{"id": "a", "text": STORY}, {"id": "a", "text": "x"}, {"id": "b"}])
    (tmp_path / "g.txt").write_text("   ")
    st = ingest([p, tmp_path / "g.txt", tmp_path / "missing.txt"], tmp_path / "e.duckdb", pipeline=pipeline,
                batch_docs=1)
    assert (st.inputs, st.documents, st.rejects) == (5, 1, 4) and st.accounted
    again = ingest([p], tmp_path / "e.duckdb", pipeline=pipeline)
    assert (again.inputs, again.skipped, again.rejects) == (3, 1, 2) and again.accounted


# -- 4. no traceback, whatever the input ----------------------------------------------------------------
def _one(tmp_path, name: str, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return read(p)


def test_corrupt_gzip_members(tmp_path):
    import gzip

    good = gzip.compress((json.dumps({"id": "a", "text": STORY}) + "\n").encode() * 40)
    bad = good[:40] + b"\x00" * 20 + good[60:]
    for name in ("c.txt.gz", "c.jsonl.gz", "c.html.gz"):
        items = _one(tmp_path, name, bad)
        assert items and items[-1].code == "E001" and "corrupt or truncated" in items[-1].message


def test_truncated_gzip_jsonl_keeps_lines_before(tmp_path):
    import gzip

    data = gzip.compress("".join(json.dumps({"id": f"s{i}", "text": STORY}) + "\n" for i in range(200)).encode())
    items = _one(tmp_path, "t.jsonl.gz", data[: len(data) * 2 // 3])
    assert isinstance(items[-1], Reject) and "after line" in items[-1].message
    assert all(isinstance(i, Document) for i in items[:-1])


@pytest.mark.parametrize("line, code", [
    (b"[" * 100_000, "E005"),
    (b'{"id": "n", "text": "x", "n": ' + b"9" * 5001 + b"}", "E005"),
    (b'{"id": "\\ud800", "text": "x"}', "E007"),
    (b'{"id": "s", "text": "lone \\udfff surrogate"}', "E007"),
    (b'{"id": "n", "text": "a\x00b"}', "E005"),
])
def test_pathological_jsonl_lines(tmp_path, line, code):
    items = _one(tmp_path, "p.jsonl", line + b"\n" + json.dumps({"id": "ok", "text": STORY}).encode() + b"\n")
    assert [getattr(i, "code", "doc") for i in items] == [code, "doc"]  # the next line is still read


def test_bad_file_names_are_escaped(runner, tmp_path):
    (tmp_path / "e\x1b[31mvil.txt").write_text(STORY)
    (tmp_path / os.fsdecode(b"\xffname.txt")).write_text(STORY)
    (tmp_path / "gone\x1b]0;x.txt").write_text("   ")
    res = runner.invoke(main, ["extract", str(tmp_path)])
    assert res.exit_code == 1  # the empty file
    assert "\x1b" not in res.stderr and "\\x1b" in res.stderr
    ids = sorted(json.loads(x)["id"] for x in res.stdout.splitlines())
    assert ids == sorted(["e\\x1b[31mvil.txt", "\\udcffname.txt"])


def test_foreign_and_truncated_database_files(runner, tmp_path):
    lite = tmp_path / "s.db"
    lite.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    cut = tmp_path / "t.duckdb"
    cut.write_bytes(b"\x00" * 100)
    for db in (lite, cut):
        res = runner.invoke(main, ["events", "--db", str(db)])
        assert res.exit_code == 4 and "E201" in res.output and "Traceback" not in res.output
    assert "SQLite" in runner.invoke(main, ["stats", "--db", str(lite)]).output


def test_duckdb_never_installs_extensions(tmp_path):
    from whimbrel.store.schema import open_store

    con = open_store(tmp_path / "e.duckdb")
    got = dict(con.execute("SELECT name, value FROM duckdb_settings() WHERE name LIKE 'auto%known_extensions'").fetchall())
    con.close()
    assert got == {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}


# -- 5. long and odd inputs coded, not refused --------------------------------------------------------
def test_document_over_a_million_characters_is_extracted(runner, tmp_path):
    p = tmp_path / "big.txt"
    p.write_text((STORY + " ") * 6000 + "\n\n" + "word " * 220_000)  # ~0.5M of prose, a 1.1M-char paragraph
    res = runner.invoke(main, ["extract", str(p)])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert len(doc["body"]) > 1_000_000 and len(doc["sentences"]) > 6000
    assert max(s["end"] - s["start"] for s in doc["sentences"]) <= 2000


def test_long_sentence_cut_into_pieces_with_true_offsets():
    from whimbrel.segment import segment_document

    body = "Intro sentence here. " + "and then " * 5000 + "the end."
    doc = Document(id="x", origin="x", body=body)
    segment_document(doc, Options())
    assert all(body[s.start:s.end] == s.text and len(s.text) <= 2000 for s in doc.sentences)
    assert "".join(s.text for s in doc.sentences).replace(" ", "") == body.replace(" ", "")


@pytest.mark.parametrize("name, markup", [
    ("deep.html", "<html><body>" + "<div>" * 20000 + f"<p>{STORY}</p>" + "</div>" * 20000 + "</body></html>"),
    ("x.xhtml", '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
                f"<title>t</title></head><body><p>{STORY}</p></body></html>"),
    ("plain.html", f"{STORY}\n\n{STORY.replace('Iran', 'Turkey')}"),
])
def test_odd_html_gives_its_text(tmp_path, name, markup):
    from whimbrel.api import extract

    (tmp_path / name).write_text(markup, encoding="utf-8")
    (doc,) = list(extract([str(tmp_path / name)]))
    assert isinstance(doc, Document) and "bolster their air defence" in doc.body


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_other_encodings_decoded_and_recorded(tmp_path, codec):
    text = "Le président a déclaré dimanche que l'Iran et l'Irak renforceront leur coopération. " * 3
    (doc,) = _one(tmp_path, "f.txt", text.encode(codec))
    assert isinstance(doc, Document) and "président" in doc.raw and doc.meta["encoding"]


def test_year_one_date_is_a_coded_reject(runner, tmp_path):
    p = jsonl(tmp_path / "d.jsonl", [{"id": "d", "text": STORY, "date": "0001-01-01"}])
    (rej,) = read(p)
    assert rej.code == "E010"
    assert runner.invoke(main, ["code", str(p), "--date", "0001-01-01"]).exit_code == 2
