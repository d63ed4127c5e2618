"""Ingest through the real pipeline: every input kind, idempotence, resume after SIGKILL, the CLI.

The fast SIGKILL test stores hand-coded documents (no spaCy in the child process); the slow one
kills a real ``whimbrel.store.ingest`` run. Both check that the re-run completes the store with
no duplicates and the same result as an uninterrupted run.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from io import BytesIO
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLE_TXT, need
from test_store import ANNOT, CORPUS, copies, story

from whimbrel.options import Options
from whimbrel.store import Store, ingest, ingest_items, open_store
from whimbrel.store import commands as C
from whimbrel.store import gdelt

TESTS = Path(__file__).resolve().parent


def table_counts(db) -> dict:
    with open_store(db) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "sentences", "actors", "story_events", "mentions", "events", "rejects")}


def corpus_inputs(tmp_path: Path) -> list[Path]:
    """The corpus stories as one file of each kind: text, HTML, JSONL, WARC."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    names = list(ANNOT["stories"])
    text = lambda n: (CORPUS / f"{n}.txt").read_text(encoding="utf-8")  # noqa: E731
    txt = tmp_path / "s1.txt"
    txt.write_text(text(names[0]), encoding="utf-8")
    html = tmp_path / "s2.html"
    paras = "".join(f"<p>{p}</p>" for p in text(names[1]).split("\n\n"))
    html.write_text(f"<html><head><title>Strikes near Damascus</title></head><body><article>{paras}</article>"
                    "</body></html>", encoding="utf-8")
    jsonl = tmp_path / "wire.jsonl"
    with jsonl.open("w", encoding="utf-8") as fh:
        for n in names[2:4]:
            ann = ANNOT["stories"][n]
            fh.write(json.dumps({"id": n, "text": text(n), "date": ann["pub"], "publisher": ann["publisher"]}) + "\n")
    warc = tmp_path / "crawl.warc.gz"
    with warc.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        body = "".join(f"<p>{p}</p>" for p in text(names[4]).split("\n\n"))
        page = f"<html><head><title>Israel strikes Syria again</title></head><body><article>{body}</article></body></html>"
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://news.example.org/syria-again", "response",
                                            payload=BytesIO(page.encode()), http_headers=http,
                                            warc_headers_dict={"WARC-Date": "2023-03-22T06:00:00Z"}))
    return [txt, html, jsonl, warc]


def test_ingest_every_input_kind_then_nothing_more(pipeline, tmp_path):
    db = tmp_path / "e.duckdb"
    inputs = corpus_inputs(tmp_path)
    st = ingest(inputs, db, pipeline=pipeline, batch_docs=2)
    assert (st.documents, st.rejects, st.skipped) == (5, 0, 0)
    with open_store(db, read_only=True) as con:
        docs = {d: (k, Path(o.split("@")[0].split(":")[0]).name)
                for d, k, o in con.execute("SELECT doc_id, kind, origin FROM documents").fetchall()}
        # a JSONL story's kind ("text" or "clean") is the reader's choice, not the store's
        assert {d: (k if f != "wire.jsonl" else "jsonl", f) for d, (k, f) in docs.items()} == {
            str(inputs[0]): ("text", "s1.txt"), str(inputs[1]): ("html", "s2.html"), "s3-tass-sanctions": ("jsonl", "wire.jsonl"),
            "s4-reuters-iran": ("jsonl", "wire.jsonl"), "https://news.example.org/syria-again": ("html", "crawl.warc.gz")}
        crawl, url = con.execute("SELECT crawl_date, url FROM documents WHERE kind = 'html' AND crawl_date IS NOT NULL"
                                 ).fetchone()
        assert crawl == "2023-03-22T06:00:00Z" and url == "https://news.example.org/syria-again"
        assert con.execute("SELECT count(*) FROM sentences").fetchone()[0] >= 10
        assert con.execute("SELECT sum(n_events) FROM documents").fetchone()[0] == st.story_events
    before = table_counts(db)
    again = ingest(inputs, db, pipeline=pipeline)
    assert (again.documents, again.skipped, again.story_events) == (0, 5, 0)
    assert table_counts(db) == before
    with open_store(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM runs").fetchone()[0] == 2


def test_example_as_text_and_as_jsonl_story_merge(pipeline, tmp_path):
    """The same article read as a scraped page and from a feed (another id): one event per happening."""
    from whimbrel.api import extract

    page = next(iter(extract([str(need(EXAMPLE_TXT))])))
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "feed-0001", "text": page.body, "title": page.title,
                                "publisher": page.publisher or "Sputnik",
                                "date": page.pub_datetime.isoformat() if page.pub_datetime else None}) + "\n",
                    encoding="utf-8")
    db = tmp_path / "e.duckdb"
    st = ingest([EXAMPLE_TXT, feed], db, pipeline=pipeline)
    assert st.documents == 2 and st.rejects == 0
    with open_store(db, read_only=True) as con:
        assert sorted(r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()) == sorted([
            "feed-0001", str(EXAMPLE_TXT)])
        mergeable = con.execute(
            "SELECT story_event_id, event_id FROM story_events WHERE doc_id = ? AND merge_why NOT LIKE 'not merged%'",
            [str(EXAMPLE_TXT)]).fetchall()
        assert mergeable, "the example article should yield dated events with coded actors"
        for sid, eid in mergeable:
            stories = {r[0] for r in con.execute("SELECT m.doc_id FROM mentions m JOIN story_events s USING "
                                                 "(story_event_id) WHERE s.event_id = ?", [eid]).fetchall()}
            assert stories == {str(EXAMPLE_TXT), "feed-0001"}, sid
            nm, na = con.execute("SELECT num_mentions, num_articles FROM events WHERE event_id = ?", [eid]).fetchone()
            assert na == 2 and nm >= 2


# -- resume after SIGKILL -----------------------------------------------------------------------
FAST_CHILD = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r})
    from test_store import copies
    from whimbrel.store import Store, ingest_items

    def progress(st):
        print("committed", st.documents, flush=True)

    with Store({db!r}) as store:
        store.start_run(["fast"])
        ingest_items(store, copies({copies}), None, batch_docs=10, on_batch=progress)
    print("done", flush=True)
""")


def run_and_kill(script: str, after: int) -> int:
    """Run a child Python, SIGKILL it after ``after`` committed batches; returns batches seen."""
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    seen = 0
    for line in proc.stdout:
        if line.startswith("committed"):
            seen += 1
            if seen >= after:
                os.kill(proc.pid, signal.SIGKILL)
                break
    proc.wait()
    proc.stdout.close()
    return seen


def event_shape(db) -> list:
    with open_store(db, read_only=True) as con:
        return con.execute("SELECT category, date, place_name, num_mentions, num_articles, num_sources FROM events "
                           "ORDER BY ALL").fetchall()


def test_resume_after_sigkill_fast(tmp_path):
    db, ref = tmp_path / "killed.duckdb", tmp_path / "ref.duckdb"
    n = 100  # 500 documents, 50 transactions
    seen = run_and_kill(FAST_CHILD.format(tests=str(TESTS), copies=n, db=str(db)), after=3)
    assert seen == 3
    partial = table_counts(db)
    assert 30 <= partial["documents"] < 5 * n  # interrupted, and every committed batch is there
    with Store(db) as store:
        store.start_run(["resume"])
        st = ingest_items(store, copies(n), None, batch_docs=10)
    assert st.skipped == partial["documents"] and st.documents == 5 * n - partial["documents"]
    with Store(ref) as store:
        store.start_run(["ref"])
        ingest_items(store, copies(n), None, batch_docs=10)
    assert table_counts(db) == table_counts(ref)
    assert event_shape(db) == event_shape(ref)


SLOW_CHILD = textwrap.dedent("""
    import importlib

    ingest = importlib.import_module("whimbrel.store.ingest").ingest  # the function, not the module
    def progress(st):
        print("committed", st.documents, flush=True)
    ingest({inputs!r}, {db!r}, batch_docs=20, on_batch=progress)
    print("done", flush=True)
""")


@pytest.mark.slow
def test_resume_after_sigkill_real_pipeline(pipeline, tmp_path):
    sys.path.insert(0, str(TESTS.parent / "bench"))
    from ingest import generate  # bench/ingest.py's corpus generator

    paths = [str(p) for p in generate(tmp_path, 300, per_file=100)]
    db, ref = tmp_path / "killed.duckdb", tmp_path / "ref.duckdb"
    assert run_and_kill(SLOW_CHILD.format(inputs=paths, db=str(db)), after=4) == 4
    partial = table_counts(db)["documents"]
    assert 80 <= partial < 300
    st = ingest(paths, db, pipeline=pipeline, batch_docs=20)
    assert st.skipped == partial and st.documents == 300 - partial
    ingest(paths, ref, pipeline=pipeline, batch_docs=20)
    assert table_counts(db) == table_counts(ref)
    assert event_shape(db) == event_shape(ref)


# -- the commands --------------------------------------------------------------------------------
def test_commands_are_thin_wrappers(pipeline, tmp_path):
    db = str(tmp_path / "e.duckdb")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary\x00" * 50)
    rejects = tmp_path / "rejects.jsonl"
    runner = CliRunner()
    res = runner.invoke(C.ingest, [str(CORPUS), str(bad), "--db", db, "--rejects", str(rejects), "-q"])
    assert res.exit_code == 1, res.output  # one input rejected
    assert [json.loads(x)["code"] for x in rejects.read_text().splitlines()] == ["E003"]
    with open_store(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 5
        assert con.execute("SELECT code FROM rejects").fetchall() == [("E003",)]
    res = runner.invoke(C.ingest, [str(CORPUS), "--db", db])
    assert res.exit_code == 0 and "5 unchanged skipped" in res.output
    res = runner.invoke(C.events, ["--db", db, "--format", "jsonl"])
    assert res.exit_code == 0
    rows = [json.loads(x) for x in res.output.splitlines()]
    res = runner.invoke(C.events, ["--db", db, "--actor", "Iran"])
    assert res.exit_code == 2 and "E204" in res.output  # a bad option value is a usage error
    res = runner.invoke(C.show, ["nope", "--db", db])
    assert res.exit_code == 4 and "E202" in res.output
    if rows:
        res = runner.invoke(C.show, [rows[0]["event_id"], "--db", db, "--json"])
        assert res.exit_code == 0 and json.loads(res.output)["reports"]
    out = tmp_path / "g.csv"
    res = runner.invoke(C.export, [str(out), "--db", db, "--format", "csv", "--schema", "gdelt"])
    assert res.exit_code == 0 and out.read_text().startswith("GLOBALEVENTID,SQLDATE,")
    with open_store(db, read_only=True) as con:  # one GDELT row per actor x recipient pair
        pairs = sum(len(gdelt.pairs(json.loads(r))) for (r,) in con.execute(
            "SELECT l.record FROM events e JOIN story_events l ON l.story_event_id = e.lead_story_event").fetchall())
    assert len(out.read_text().splitlines()) == pairs + 1 >= len(rows) + 1
    res = runner.invoke(C.stats, ["--db", db, "--by", "week", "--json"])
    assert res.exit_code == 0 and json.loads(res.output)["events"] == len(rows)
    res = runner.invoke(C.events, ["--db", str(tmp_path / "missing.duckdb")])
    assert res.exit_code == 4 and "E201" in res.output
    assert [c.name for c in C.COMMANDS] == ["ingest", "import-parquet", "events", "show", "export", "stats"]


def test_column_types_are_per_connection_not_per_id():
    """bulk_insert's type cache must not hand one connection's column types to a later one."""
    import gc

    import duckdb

    import importlib

    ingest = importlib.import_module("whimbrel.store.ingest")

    for typ, value in (("INTEGER", 7), ("VARCHAR", "seven"), ("DOUBLE", 7.5)):
        con = duckdb.connect()
        con.execute(f"CREATE TABLE t (x {typ})")
        ingest.bulk_insert(con, "t", [{"x": value}])
        assert con.execute("SELECT x FROM t").fetchone()[0] == value
        assert ingest._col_types(con, "t") == {"x": typ}
        con.close()
        del con
        gc.collect()
    assert len(ingest._TYPES) == 0  # nothing kept for connections that are gone
