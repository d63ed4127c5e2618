"""Pieces of the Ray engine that run without Ray: the Parquet reader, the merge replay, the CLI checks."""
from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from click.testing import CliRunner

from whimbrel.cli import main
from whimbrel.options import Options
from whimbrel.read import iter_documents
from whimbrel.scale.merge import assign_events

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


def test_parquet_rows_read_like_jsonl_lines(tmp_path):
    rows = [{"id": "a", "text": "Iran accused Iraq of shelling border villages.", "date": datetime(2020, 6, 7, 4, 55)},
            {"id": None, "text": "Kenya imposed sanctions on Ethiopia.", "date": None},
            {"id": "c", "text": None, "date": datetime(2020, 6, 8)}]
    path = tmp_path / "stories.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path)
    docs = list(iter_documents([str(path)], Options()))
    assert [getattr(d, "id", None) for d in docs[:2]] == ["a", f"{path}:2"]  # as a JSONL story without id
    assert docs[0].pub_datetime.date() == date(2020, 6, 7) and docs[0].date_source == "input"
    assert docs[2].code == "E006" and docs[2].origin == f"{path}:3"  # no text: a reject, as in JSONL


def test_unreadable_parquet_is_a_reject(tmp_path):
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1 not really")
    (rej,) = list(iter_documents([str(path)], Options()))
    assert rej.code == "E001"


def _row(sid, doc, pos, lo, hi, place=None, codes=(["IRN"], ["IRQ"])):
    return {"story_event_id": sid, "doc_id": doc, "content_hash": "h" + doc, "shard": 0, "pos": pos, "seq": 0,
            "merge_key": "ACCUSE|IRN|IRQ|F", "actor_codes": codes[0], "recipient_codes": codes[1],
            "date_lo": lo, "date_hi": hi, "place": json.dumps(place) if place else None}


def test_merge_replay_follows_reading_order_and_the_store_rule():
    d = date(2020, 6, 7)
    month = (date(2020, 6, 1), date(2020, 6, 30))
    rows = [_row("s3", "c", 2, d, d, {"country": "SYR"}),  # given first: the replay sorts by reading order
            _row("s1", "a", 0, *month, {"country": "IRQ"}),
            _row("s2", "b", 1, d, d),
            _row("s4", "d", 3, None, None),  # undated: never merged
            _row("s5", "a", 4, d, d)]
    out = {r["story_event_id"]: r for r in assign_events(rows)}
    assert out["s2"]["event_id"] == out["s1"]["event_id"] and out["s2"]["merge_why"].startswith("joined")
    assert out["s3"]["event_id"] != out["s1"]["event_id"] and "different countries" in out["s3"]["merge_why"]
    # s5 is from s1's story: it may not join s1's event, so it joins the other overlapping one
    assert out["s5"]["event_id"] == out["s3"]["event_id"]
    assert out["s4"]["merge_why"] == "not merged: no date" and not out["s4"]["merged"]
    assert out["s1"]["event_id"].startswith("ev-")
    # without merging, every story event is its own event
    alone = assign_events(rows, merge=False)
    assert len({r["event_id"] for r in alone}) == len(rows)


def test_ray_engine_needs_an_output_directory(tmp_path):
    res = CliRunner().invoke(main, ["code", str(tmp_path), "--engine", "ray"])
    assert res.exit_code == 2 and "-o DIR" in res.output


def test_import_parquet_refuses_an_unfinished_output(tmp_path):
    (tmp_path / "out" / "events").mkdir(parents=True)
    res = CliRunner().invoke(main, ["import-parquet", str(tmp_path / "out"), "--db", str(tmp_path / "x.duckdb")])
    assert res.exit_code == 4 and "E205" in res.output


def test_shards_list_and_read_like_the_local_reader(tmp_path):
    """The Ray read step (one task a shard) gives the local reader's documents, ids and order."""
    import pickle
    import shutil
    from importlib import resources

    from whimbrel.scale.runner import list_shards
    from whimbrel.scale.worker import read_shards

    examples = resources.files("whimbrel") / "examples"
    for name in ("harbourpost-2022-09-21-colombia-strike.html", "nilewire-2023-03-14-ethiopia-sudan-border.txt"):
        shutil.copy(examples / name, tmp_path / name)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")  # not an input in a walked folder: skipped, as locally
    paths = [str(tmp_path), str(tmp_path / "missing.jsonl"), str(tmp_path / "notes.pdf")]
    shards, early = list_shards(paths)
    assert [s["doc_id"] for s in shards] == ["harbourpost-2022-09-21-colombia-strike.html",
                                             "nilewire-2023-03-14-ethiopia-sudan-border.txt", paths[1]]
    assert [r.code for r in early] == ["E009"]  # a file named directly with an unknown suffix
    table = pa.Table.from_pylist(shards)
    items = [pickle.loads(b) for t in read_shards(table, Options()) for b in t.column("item").to_pylist()]
    local = list(iter_documents(paths[:2], Options()))
    def key(d):
        return (d.id, d.kind, d.raw) if hasattr(d, "raw") else (d.origin, d.code)

    assert [key(d) for d in items] == [key(d) for d in local]
    assert items[-1].code == "E008"  # the missing file: a reject at read time, as locally


def test_repeated_ids_keep_the_first_read_in_reading_order():
    from whimbrel.scale.tasks import IDS, find_repeats

    def ids(shard, *rows):
        return pa.Table.from_pylist([{"doc_id": d, "shard": shard, "pos": p, "origin": o} for d, p, o in rows],
                                    schema=IDS)

    tables = [ids(0, ("y", 0, "a.jsonl:1"), ("x", 5, "a.jsonl:6")), ids(1, ("x", 2, "b.jsonl:3")),
              ids(2), ids(3, ("x", 0, "c.jsonl:1"), ("z", 1, "c.jsonl:2"))]
    # every read of x after its first, in reading order (shard, position), names the first
    assert find_repeats(tables, 4) == [{}, {2: "a.jsonl:6"}, {}, {0: "a.jsonl:6"}]
    assert find_repeats(tables[:1], 1) == [{}] and find_repeats([], 0) == []
    # the same origin read again (the same story) is not a repeat
    assert find_repeats([ids(0, ("x", 0, "a.jsonl:1")), ids(1, ("x", 0, "a.jsonl:1"))], 2) == [{}, {}]


def test_merge_shuffle_parts_keep_each_key_together(tmp_path):
    """The merge shuffle's map and reduce sides without Ray: every event of a key lands in one part,
    and merging the parts gives what merging all the events at once gives."""
    from whimbrel.scale.merge import assign_events
    from whimbrel.scale.tasks import combine, merge_part, split_parts
    from whimbrel.scale.worker import MERGE_IN

    d, month = date(2020, 6, 7), (date(2020, 6, 1), date(2020, 6, 30))
    rows = [_row("s1", "a", 0, *month, {"country": "IRQ"}), _row("s2", "b", 1, d, d),
            {**_row("s3", "c", 2, d, d), "merge_key": "PROTEST|KEN||F"}, _row("s4", "d", 3, d, d)]
    blocks = [pa.Table.from_pylist(rows[:2], schema=MERGE_IN), pa.Table.from_pylist(rows[2:], schema=MERGE_IN),
              MERGE_IN.empty_table()]
    first, second = split_parts(3, *blocks[:1]), split_parts(3, *blocks[1:])
    parts = [combine(a, b) for a, b in zip(first, second)]
    assert sum(p.num_rows for p in parts) == 4
    keys = [k for p in parts for k in set(p.column("merge_key").to_pylist())]
    assert sorted(keys) == ["ACCUSE|IRN|IRQ|F", "PROTEST|KEN||F"]  # each key in exactly one part
    for i, p in enumerate(parts):
        merge_part(str(tmp_path), i, True, p)
    got = sorted(r for f in (tmp_path / "merged").glob("*.parquet") for r in
                 map(lambda x: json.dumps(x, sort_keys=True), pq.read_table(f).to_pylist()))
    want = assign_events(rows[:2] + rows[3:]) + assign_events(rows[2:3])  # the merge replays each key on its own
    assert got == sorted(json.dumps(r, sort_keys=True) for r in want)
    assert split_parts(1, blocks[2]).num_rows == 0


def test_unreachable_cluster_fails_fast_with_a_code():
    """--address where nothing answers: E309 after our own timeout, not Ray's minutes of retries."""
    import socket
    import time

    from whimbrel.errors import WhimbrelError

    ray = pytest.importorskip("ray")
    from whimbrel.scale.runner import connect

    assert not ray.is_initialized()  # (test_scale.py's Ray instance lives only within that module)
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    t0 = time.monotonic()
    with pytest.raises(WhimbrelError) as err:
        connect(f"127.0.0.1:{port}", None, timeout=2)
    assert err.value.code == "E309" and "within 2 s" in str(err.value)
    assert time.monotonic() - t0 < 15
    assert not ray.is_initialized()
