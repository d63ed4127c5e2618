"""The two pieces of work Ray runs: reading a shard into stories, and coding batches of stories.

Why an actor (a class) for coding: loading spaCy and whimbrel's lexicons takes seconds, so each
Ray worker holds one loaded ``Pipeline`` for the whole run and codes batch after batch with it
(``map_batches`` with ``compute=ActorPoolStrategy``). Stories travel between the two steps as
pickled Documents (or Rejects, for inputs the reader refused), so the coder sees exactly what the
local path's reader produces.

Each batch writes its own output files, named after the batch's first story (shard and position)
and replaced atomically (write to a hidden temporary file, then rename). Ray re-runs a batch whose
worker died on a fresh actor with the same input; its files are written again under the same names,
so a retried batch replaces its half-written self and a story is never lost or written twice.
"""
from __future__ import annotations

import json
import os
import pickle
import time
import uuid
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import E, InputError
from ..model import Document, Reject
from ..options import Options
from ..read.source import reject
from . import rows as R
from .merge import COLUMNS

MERGE_IN = pa.schema([R.EVENTS.field(c) for c in COLUMNS])

# the shard reader hands stories on in chunks of this many (one output batch per chunk)
READ_CHUNK = 64
ITEMS = pa.schema([("shard", pa.int64()), ("pos", pa.int64()), ("item", pa.binary())])


def read_shards(batch: pa.Table, options: Options, repeats: list | None = None):
    """Stories of the shards in ``batch`` (columns shard, path, doc_id), pickled, in chunks.

    ``repeats[shard]`` ({position: where the id was first read}, or a Ray reference to it, which
    this reader waits for: whimbrel.scale.tasks.find_repeats) names the stories whose id was
    already read earlier in the run; each becomes a Reject E012 naming both places, as the local
    reader's, and is not coded."""
    from ..read import read_file

    cols = ("shard", "path", "doc_id")
    for shard, path, doc_id in zip(*(batch.column(c).to_pylist() for c in cols)):
        again = repeats[shard] if repeats else {}
        if not isinstance(again, dict):
            import ray

            again = ray.get(again)
        chunk: list[dict] = []
        for pos, item in enumerate(read_file(Path(path), doc_id, options)):
            if pos in again and isinstance(item, Document):
                item = reject(InputError(E.E012, origin=item.origin, doc_id=item.id, first=again[pos]))
            chunk.append({"shard": shard, "pos": pos, "item": pickle.dumps(item, protocol=5)})
            if len(chunk) >= READ_CHUNK:
                yield pa.Table.from_pylist(chunk, schema=ITEMS)
                chunk = []
        if chunk:
            yield pa.Table.from_pylist(chunk, schema=ITEMS)


def _status(field: str) -> int:
    """A number from /proc/self/status (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _started_at() -> float:
    """When this process started (Unix time; 0 where /proc is missing): the start-up's first step."""
    try:
        with open("/proc/self/stat") as fh:
            ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/stat") as fh:
            boot = next(int(line.split()[1]) for line in fh if line.startswith("btime"))
    except (OSError, StopIteration, ValueError, IndexError):
        return 0.0
    return boot + ticks / os.sysconf("SC_CLK_TCK")


def _peak_rss_kb() -> int:
    return _status("VmHWM")


def _threads() -> int:
    return _status("Threads")


def write_atomic(table: pa.Table, path: Path) -> None:
    """Write a Parquet file so that readers see either nothing or the whole file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


class CodeBatches:
    """A Ray actor: one loaded Pipeline; codes batches of stories and writes their rows."""

    def __init__(self, options: Options, staging: str):
        init_at = time.time()
        from ..pipeline import Pipeline

        self.pipeline = Pipeline(options)
        self.pipeline.nlp  # load the model now, once per worker, not inside the first batch
        self.staging = Path(staging)
        self.name = f"{os.uname().nodename}-{os.getpid()}"
        self.stats = {"worker": self.name, "pid": os.getpid(), "batches": 0, "documents": 0, "rejects": 0,
                      "events": 0, "seconds": 0.0, "cpu_seconds": 0.0, "load_seconds": self.pipeline.timings["load"],
                      "cpus": len(os.sched_getaffinity(0)), "threads_env": os.environ.get("OPENBLAS_NUM_THREADS"),
                      "started_at": _started_at(), "init_at": init_at,  # the process, this actor
                      "ready_at": time.time()}  # model loaded: the run's start-up cost ends here

    def __call__(self, batch: pa.Table) -> pa.Table:
        t0, c0 = time.perf_counter(), time.process_time()
        self.stats.setdefault("first_batch_at", time.time())
        shards, poss = batch.column("shard").to_pylist(), batch.column("pos").to_pylist()
        items = [pickle.loads(b) for b in batch.column("item").to_pylist()]
        events, docs, rejects = [], [], []
        # run yields one Document or Reject per input, in input order
        for item, shard, pos in zip(self.pipeline.run(items, batch_docs=len(items) or 1), shards, poss):
            if isinstance(item, Document):
                docs.append(R.doc_row(item, shard, pos))
                events.extend(R.event_rows(item, self.pipeline.options, shard, pos))
            else:
                rejects.append(R.reject_row(item, shard, pos))
        self._write(events, docs, rejects, f"part-{shards[0]:06d}-{poss[0]:09d}.parquet" if shards else None)
        self._record(len(docs), len(rejects), len(events), time.perf_counter() - t0, time.process_time() - c0)
        # what the cross-story merge needs flows on to the shuffle; the rest is in the files
        return pa.Table.from_pylist([{c: e[c] for c in MERGE_IN.names} for e in events], schema=MERGE_IN)

    def _write(self, events: list[dict], docs: list[dict], rejects: list[dict], name: str | None) -> None:
        if name is None:
            return
        by_month: dict[str, list[dict]] = {}
        for row in events:
            by_month.setdefault(R.event_month(row["date"]), []).append(row)
        for month, part in by_month.items():
            write_atomic(R.table(part, R.EVENTS), self.staging / "events" / f"event_month={month}" / name)
        if docs:
            write_atomic(R.table(docs, R.DOCUMENTS), self.staging / "documents" / name)
        if rejects:
            write_atomic(R.table(rejects, R.REJECTS), self.staging / "rejects" / name)

    def _record(self, docs: int, rejects: int, events: int, seconds: float, cpu_seconds: float) -> None:
        """Per-worker figures for the run summary and the benchmark: stories, time, peak memory, and
        CPU time against wall time while coding (about 1.0: the worker had a core to itself; about
        0.5: it shared one; above 1: library threads were busy too)."""
        st = self.stats
        st["batches"] += 1
        st["documents"] += docs
        st["rejects"] += rejects
        st["events"] += events
        st["seconds"] += seconds
        st["cpu_seconds"] += cpu_seconds
        st["last_batch_end"] = time.time()
        st["threads"] = _threads()
        st["peak_rss_kb"] = _peak_rss_kb()
        path = self.staging / "_workers" / f"{self.name}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(json.dumps(st))
        os.replace(tmp, path)
