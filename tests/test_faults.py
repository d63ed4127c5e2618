"""Faults: SIGKILL at random points under load, and concurrent writers and a reader.

The children store hand-coded documents (test_store.story, no spaCy), so each run takes a second
or two: the fast suite runs a few kills and one concurrency round, the ``slow`` copies many more.
Every run is checked against a clean reference store (same tables, same merged events), and no
child may end in a traceback: a locked database is error E302, said plainly.
"""
from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from test_store_ingest import event_shape, table_counts

from whimbrel.errors import WhimbrelError
from whimbrel.store import Store, ingest_items, open_store

TESTS = Path(__file__).resolve().parent
N_COPIES = 30  # x 5 stories = 150 documents, 15 transactions of 10 (a full child run: about 3 s)

CHILD = textwrap.dedent("""
    import os, signal, sys, threading, time
    sys.path.insert(0, {tests!r})
    from test_store import copies
    from whimbrel.errors import WhimbrelError
    from whimbrel.store import Store, ingest_items

    KILL_AFTER, KILL_AT = {kill_after}, {kill_at}  # commits; fraction of a batch's time
    commits, last = [0], [time.perf_counter()]

    def die_after(seconds):
        time.sleep(seconds)
        os.kill(os.getpid(), signal.SIGKILL)

    def progress(st):
        now = time.perf_counter()
        commits[0] += 1
        print("committed", st.documents, flush=True)
        if commits[0] == KILL_AFTER:  # a moment into the next batch, by the run's own pace
            threading.Thread(target=die_after, args=(KILL_AT * (now - last[0]),), daemon=True).start()
        elif KILL_AFTER and commits[0] > KILL_AFTER:  # the kill is due: the run goes no further
            time.sleep(600)
        last[0] = now

    try:
        with Store({db!r}) as store:
            store.start_run(["child"])
            st = ingest_items(store, copies({copies}), None, batch_docs=10, on_batch=progress)
            store.finish_run(st)
    except WhimbrelError as err:
        print("error", err.code, flush=True)
        sys.exit(3)
    print("done", st.documents, st.skipped, flush=True)
""")


READER = textwrap.dedent("""
    import sys, time
    from whimbrel.errors import WhimbrelError
    from whimbrel.store import open_store
    seen = []
    end = time.time() + {seconds}
    while time.time() < end:
        try:
            con = open_store({db!r}, read_only=True)
            seen.append(con.execute("SELECT count(*) FROM documents").fetchone()[0])
            con.close()
        except WhimbrelError as err:
            seen.append(err.code)
        time.sleep(0.05)
    print("seen", " ".join(map(str, seen)), flush=True)
""")


def child(db: Path, copies: int = N_COPIES, kill_after: int = 0, kill_at: float = 0.0) -> subprocess.Popen:
    """A run storing ``copies`` x 5 stories; with ``kill_after``, it SIGKILLs itself ``kill_at`` of a
    batch's time after its ``kill_after``-th commit. The child times the kill itself: a parent
    reading its progress lags under load, and had let a whole run finish before the kill."""
    code = CHILD.format(tests=str(TESTS), copies=copies, db=str(db), kill_after=kill_after, kill_at=kill_at)
    return subprocess.Popen([sys.executable, "-c", code],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def reference(tmp_path: Path, copies: int = N_COPIES) -> Path:
    ref = tmp_path / "ref.duckdb"
    sys.path.insert(0, str(TESTS))
    from test_store import copies as make_copies

    with Store(ref) as store:
        store.start_run(["ref"])
        ingest_items(store, make_copies(copies), None, batch_docs=10)
    return ref


def same_as(db: Path, ref: Path) -> bool:
    return table_counts(db) == table_counts(ref) and event_shape(db) == event_shape(ref)


def _burner() -> subprocess.Popen:
    """Load: a process spinning on a core while the children are killed."""
    return subprocess.Popen([sys.executable, "-c", "while True: pass"])


def kill_at_random_points(tmp_path: Path, kills: int, seed: int) -> list[int]:
    """Kill up to ``kills`` runs at random moments (fewer when the store fills first), resume to the
    end; returns the documents stored at each kill (0: killed before the first commit)."""
    rng = random.Random(seed)
    db = tmp_path / "killed.duckdb"
    stored, load = [], _burner()
    try:
        for _ in range(kills):
            left = N_COPIES // 2 - (table_counts(db)["documents"] // 10 if db.exists() else 0)
            if left < 3:
                break  # each run stores at least one batch: later kills would find the run done
            # after a random number of commits, a random moment into the next batch (coding,
            # writing or committing it): wherever the kill falls, the store must be whole. Two
            # batches stay after the k-th commit: the next may commit before the kill, so at least
            # one is never written and the kill always lands mid-run
            proc = child(db, kill_after=rng.randint(1, min(6, left - 2)), kill_at=rng.uniform(0.0, 1.0))
            out, err = proc.communicate(timeout=300)
            assert proc.returncode == -signal.SIGKILL and "Traceback" not in err, (proc.returncode, err)
            stored.append(table_counts(db)["documents"] if db.exists() else 0)
        proc = child(db)  # resume to the end
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0 and "Traceback" not in err, err
        assert out.splitlines()[-1].startswith("done")
    finally:
        load.kill()
        load.wait()
    assert same_as(db, reference(tmp_path))
    return stored


def test_sigkill_at_random_points_under_load(tmp_path):
    stored = kill_at_random_points(tmp_path, kills=2, seed=14)
    assert all(0 < n < 5 * N_COPIES for n in stored), stored  # the kills landed mid-run


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(5))
def test_sigkill_at_random_points_under_load_many(tmp_path, seed):
    kill_at_random_points(tmp_path, kills=8, seed=seed)


def two_ingests_and_a_reader(tmp_path: Path) -> dict:
    db = tmp_path / "shared.duckdb"
    reader = subprocess.Popen([sys.executable, "-c", READER.format(db=str(db), seconds=4)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    a, b = child(db), child(db)
    results = {}
    for name, proc in (("a", a), ("b", b)):
        out, err = proc.communicate(timeout=300)
        assert "Traceback" not in err, err
        results[name] = (proc.returncode, out.splitlines()[-1] if out else "")
    rout, rerr = reader.communicate(timeout=60)
    assert "Traceback" not in rerr, rerr
    for name, (code, last) in results.items():  # a writer that met the lock says E302 and stops
        assert code == 0 or (code == 3 and last == "error E302"), results
    losers = [n for n, (code, _) in results.items() if code != 0]
    for _ in losers:  # the refused run is simply run again
        out, err = child(db).communicate(timeout=300)
    assert same_as(db, reference(tmp_path))
    seen = rout.split()[1:]
    counts = [int(x) for x in seen if x.isdigit()]
    # a reader sees whole transactions only (10 documents each), never a torn batch
    assert all(c % 10 == 0 for c in counts), seen
    # E201 only while the file does not exist yet, then counts or E302 (locked by a writer)
    first = next((i for i, x in enumerate(seen) if x != "E201"), len(seen))
    assert all(x.isdigit() or x == "E302" for x in seen[first:]), seen
    return {"writers": results, "reads": len(counts), "locked": seen.count("E302")}


def test_two_ingests_and_a_reader(tmp_path):
    two_ingests_and_a_reader(tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("round_", range(4))
def test_two_ingests_and_a_reader_many(tmp_path, round_):
    two_ingests_and_a_reader(tmp_path)


def test_locked_database_is_e302_not_a_traceback(tmp_path):
    db = tmp_path / "e.duckdb"
    proc = child(db, copies=400)
    try:
        for line in proc.stdout:
            if line.startswith("committed"):
                break
        with pytest.raises(WhimbrelError) as err:
            open_store(db)
        assert err.value.code == "E302"
    finally:
        proc.kill()
        proc.communicate()
