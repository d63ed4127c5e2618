"""The Ray engine (whimbrel.scale) against the local path on the same corpus.

One module-scoped local Ray instance (num_cpus=2, as CI's machine) codes 300 generated stories in 6
shards (JSONL, gzip JSONL, Parquet) plus one story without text and one reusing an earlier shard's
id (E012); the local path codes the same files with
the session pipeline. The Ray output must give the same PLOVER records, the same rejects and,
loaded into a store, the same documents, story events and merged events as a local ingest; a
second run must change nothing. The worker-kill test is slow (marked); run it with ``-m slow``.
"""
from __future__ import annotations

import json
import os
import signal
import threading
import time

import duckdb
import pytest

from conftest import ROOT
from scale_corpus import write_corpus

if os.environ.get("WHIMBREL_REQUIRE_GOLD") != "1":  # CI installs the ray extra: there, a missing Ray fails
    pytest.importorskip("ray")

STORIES, SHARDS = 300, 6
EVENT_COLS = ("event_id, event_num, merge_key, category, mode, cameo, goldstein, quad_code, actor_codes, "
              "recipient_codes, factual, date, date_precision, date_lo, date_hi, place_name, place_country, place, "
              "lead_story_event, num_mentions, num_sources, num_articles, merged")


@pytest.fixture(scope="module")
def ray_local():
    from whimbrel.scale.runner import connect

    ray = connect(None, num_cpus=2)
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scale") / "corpus"
    write_corpus(folder, STORIES, SHARDS)
    return folder


@pytest.fixture(scope="module")
def local(corpus, pipeline, tmp_path_factory):
    """The local path: records, rejects and a store, from one coding of the corpus."""
    from whimbrel.model import Reject
    from whimbrel.read import iter_documents
    from whimbrel.store.ingest import Store, ingest_items

    items = list(pipeline.run(iter_documents([str(corpus)], pipeline.options)))
    records = [r for d in items if not isinstance(d, Reject) for r in pipeline.records(d)]
    rejects = [d for d in items if isinstance(d, Reject)]
    db = tmp_path_factory.mktemp("local") / "local.duckdb"
    with Store(db, pipeline.options) as store:
        store.start_run([str(corpus)])
        ingest_items(store, items, None)
    return {"records": records, "rejects": rejects, "db": db}


@pytest.fixture(scope="module")
def ray_out(corpus, ray_local, tmp_path_factory):
    from whimbrel.scale import run

    out = tmp_path_factory.mktemp("ray") / "out"
    first = run([str(corpus)], out, workers=2, batch_docs=50)
    return out, first


def _dataset(out):
    """Every row of the output, by table, as sorted JSON strings (order-free comparison)."""
    import pyarrow.parquet as pq

    tables = {}
    for name in ("events", "documents", "rejects", "merged"):
        rows = pq.read_table(out / name).to_pylist() if (out / name).exists() else []
        tables[name] = sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)
    return tables


def _rows(db, sql):
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _canon(records):
    return sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in records)


def test_ray_events_equal_local_path_and_rerun_changes_nothing(corpus, local, ray_out, tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    from whimbrel.scale import run
    from whimbrel.store.import_parquet import import_parquet

    out, first = ray_out
    assert (first.documents, first.shards, first.rejects) == (STORIES, SHARDS, 2)
    # each worker runs its numeric libraries on one thread (one worker a core: threads only contend)
    assert first.worker_stats and all(w["threads_env"] == "1" for w in first.worker_stats)
    # the same PLOVER records as the local path, up to ordering
    ray_records = [json.loads(r) for r in pq.read_table(out / "events").column("record").to_pylist()]
    assert len(ray_records) == len(local["records"]) > STORIES
    assert _canon(ray_records) == _canon(local["records"])
    # the same rejects, named the same way: the story without text, and an id read again in a later
    # shard (E012, naming where it was first read), which is not coded
    assert [(r.origin, r.code, r.message) for r in first.reject_list] == \
        [(r.origin, r.code, r.message) for r in local["rejects"]]
    (again,) = [r for r in first.reject_list if r.code == "E012"]
    assert "shard-04.jsonl.gz:3" in again.origin and "shard-00.jsonl:1" in again.message
    # partitioned by event month
    months = {p.name for p in (out / "events").iterdir()}
    assert "event_month=2019-01" in months and len(months) > 6

    # loaded into a store: the same documents, story events and merged events as a local ingest
    db = tmp_path / "ray.duckdb"
    loaded = import_parquet(out, db)
    assert loaded.documents == STORIES and loaded.story_events == len(ray_records)
    q = f"SELECT {EVENT_COLS} FROM events ORDER BY event_id"
    assert _rows(db, q) == _rows(local["db"], q)
    joined = _rows(local["db"], "SELECT count(*) FROM story_events WHERE merge_why LIKE 'joined%'")[0][0]
    assert joined >= 1  # the corpus does exercise the cross-story merge
    q = ("SELECT story_event_id, doc_id, event_id, split_part(merge_why, ':', 1), record FROM story_events "
         "ORDER BY story_event_id")
    assert _rows(db, q) == _rows(local["db"], q)
    for table in ("documents", "sentences", "actors", "mentions"):
        cols = "doc_id, content_hash, origin, pub_datetime, n_events" if table == "documents" else "*"
        q = f"SELECT {cols} FROM {table} ORDER BY ALL"
        assert _rows(db, q) == _rows(local["db"], q), table
    # and what the store keeps for reading (store/readside.py): the same derived columns and rollups
    from whimbrel.store import readside
    q = f"SELECT event_id, {', '.join(c for c, _ in readside.COLUMNS)} FROM events ORDER BY event_id"
    assert _rows(db, q) == _rows(local["db"], q)
    with duckdb.connect(str(db), read_only=True) as con:
        assert readside.rollups_fresh(con)
        built = con.execute("SELECT * FROM rollup ORDER BY ALL").fetchall()
    with duckdb.connect(str(local["db"])) as con:  # rebuilt from the local store's events: the same
        readside.build_rollups(con)
        assert built == con.execute("SELECT * FROM rollup ORDER BY ALL").fetchall() and built

    # a second run of the same input replaces the output: nothing added, nothing changed; it runs
    # as a large input would: the repeated ids found by Ray tasks instead of on the driver (the same
    # E012), the merge one task a shuffle part instead of one for all (the same merged events)
    from whimbrel.scale import runner, tasks
    before = _dataset(out)
    monkeypatch.setattr(runner, "DRIVER_ID_PASS_BYTES", 0)
    monkeypatch.setattr(tasks, "ONE_TASK_ROWS", 0)
    second = run([str(corpus)], out, workers=2, batch_docs=50)
    assert (second.documents, second.events, second.merged_events) == (first.documents, first.events,
                                                                       first.merged_events)
    assert _dataset(out) == before
    assert import_parquet(out, db).unchanged
    assert _rows(db, "SELECT count(*) FROM documents")[0][0] == STORIES


@pytest.mark.slow
def test_killed_worker_loses_and_duplicates_no_story(corpus, local, ray_local, tmp_path):
    """SIGKILL one coding actor mid-run: Ray restarts it and retries its batch."""
    import pyarrow.parquet as pq

    from whimbrel.scale import run

    out = tmp_path / "out"
    staging = out.with_name("out.staging")
    killed = []

    def killer():
        deadline = time.time() + 300
        while time.time() < deadline and not killed:
            for f in (staging / "_workers").glob("*.json") if (staging / "_workers").exists() else []:
                info = json.loads(f.read_text())
                if info["batches"] >= 1:
                    os.kill(info["pid"], signal.SIGKILL)
                    killed.append(info)
                    return
            time.sleep(0.2)

    thread = threading.Thread(target=killer)
    thread.start()
    st = run([str(corpus)], out, workers=2, batch_docs=25)
    thread.join()
    assert killed, "no worker was killed: the run ended before one finished a batch"
    docs = pq.read_table(out / "documents").column("doc_id").to_pylist()
    assert sorted(docs) == sorted(set(docs)) and len(docs) == STORIES  # none lost, none twice
    records = [json.loads(r) for r in pq.read_table(out / "events").column("record").to_pylist()]
    assert _canon(records) == _canon(local["records"])
    assert st.documents == STORIES and st.rejects == 2


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_port(port: int, proc, seconds: float = 120) -> None:
    """Until the head node's GCS answers: a driver started before it hangs in ray.init."""
    import socket

    deadline = time.time() + seconds
    while time.time() < deadline:
        assert proc.poll() is None, f"ray start --head exited {proc.returncode}"
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                time.sleep(2)  # the port opens before the node has registered
                return
        time.sleep(0.5)
    raise AssertionError(f"the head node did not open port {port} in {seconds} s")


@pytest.mark.slow
def test_address_joins_a_running_cluster(tmp_path):
    """`ray start --head` (as on a cluster's head node), then `whimbrel code --engine ray --address`
    from a fresh process: the run uses that cluster, not a new local one, and its workers run their
    numeric libraries on one thread (the job's runtime_env; a cluster's workers do not inherit the
    driver's environment)."""
    import secrets
    import shutil
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    import pyarrow.parquet as pq

    write_corpus(tmp_path / "corpus", 40, 2, bad=False)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    # a cluster's shared secret (Ray >= 2.59 asks for one), as docs/scale.md sets it on every node
    env.update(RAY_AUTH_MODE="token", RAY_AUTH_TOKEN=secrets.token_hex(32))
    ray_bin = os.path.join(os.path.dirname(sys.executable), "ray")
    ray_tmp = tempfile.mkdtemp(prefix="wr-")  # short: Ray's socket paths under it must fit 107 bytes
    head = subprocess.Popen([ray_bin, "start", "--head", "--block", f"--port={port}", "--node-ip-address=127.0.0.1",
                             "--num-cpus=2", "--include-dashboard=false", f"--temp-dir={ray_tmp}"], env=env,
                            stdout=subprocess.DEVNULL, stderr=(tmp_path / "head.log").open("w"))
    try:
        _wait_for_port(port, head)
        res = subprocess.run([sys.executable, "-m", "whimbrel.cli", "code", str(tmp_path / "corpus"), "--engine", "ray",
                              "--address", f"127.0.0.1:{port}", "--workers", "1", "-o", str(tmp_path / "out")],
                             env=env, capture_output=True, text=True, timeout=300)
        assert res.returncode == 0, res.stderr[-2000:]
        assert "40 documents from 2 shards" in res.stderr
        (stats,) = [json.loads(p.read_text()) for p in (tmp_path / "out" / "_workers").glob("*.json")]
        assert stats["threads_env"] == "1" and stats["documents"] == 40
        # the workers were the cluster's: their logs are under the head node's temp dir
        assert list(Path(ray_tmp).rglob("worker-*.out"))
        assert pq.read_table(tmp_path / "out" / "events").num_rows > 40
    finally:
        head.terminate()  # --block: the head stops the Ray processes it started
        head.wait(timeout=60)
        shutil.rmtree(ray_tmp, ignore_errors=True)
