"""The plain Ray tasks of a run, around the Ray Data pipeline: the repeated-id pass and the merge shuffle.

Why plain tasks here and Ray Data for reading and coding: both jobs are small (a few columns per
story) and Ray Data's shuffle operators (``groupby``) cost seconds each however small the data is:
they wait for their whole input, then run sample, map and reduce stages of one-CPU tasks. Measured
on 2 cores (docs/scale.md): the id pass as a Ray Data read plus ``groupby(doc_id)`` took 11 to 17 s
before coding could start, and the merge's ``groupby(merge_key).map_groups`` 7 to 8 s after the
last coded batch, in a 66 to 97 s run.

* **Repeated ids.** One ``shard_ids`` task a shard reads its stories' ids; ``find_repeats`` gets
  them all (Arrow tables: 10 million ids are about 1 GB) and finds the ids read more than once with
  an Arrow ``group_by`` (only those reach Python); it returns one small dict per shard. The readers
  of the coding pipeline wait for their shard's dict, so the id pass runs while the actors start and
  load their models, instead of before.
* **Merge shuffle.** A hash shuffle on the merge key: ``split_parts`` cuts the coders' output
  (the merge columns of each story event) into ``parts`` tables by a stable hash of the key, as the
  batches come out of the coders; ``combine`` concatenates a part's pieces when too many are
  waiting (the driver holds at most ``FAN_IN`` references a part); ``merge_part`` replays the local
  store's rule on every key of one part (whimbrel.scale.merge) and writes ``merged/part-NNNNN``.
  Every event of one key lands in one part, so the result is the one the store gives.
"""
from __future__ import annotations

import zlib
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from ..model import Document
from ..options import Options

# (the merge modules are imported inside the merge tasks: a Ray worker process that only reads ids
# or splits blocks need not import the store, and starting worker processes is a large part of a
# short run's fixed cost on a small machine)

IDS = pa.schema([("doc_id", pa.string()), ("shard", pa.int64()), ("pos", pa.int64()), ("origin", pa.string())])
FAN_IN = 32  # pieces of one merge part the driver lets wait before it has them concatenated
# up to this many story events, one merge task for every part: about a second of replay (some 20,000
# events a second in one process), about what starting a worker process for a second task costs
ONE_TASK_ROWS = 20_000


def shard_ids(shard: int, path: str, doc_id: str, options: Options) -> pa.Table:
    """Every story's id and origin in one shard, in reading order (a reject has no id, so no row)."""
    from ..read import read_file

    rows = [{"doc_id": item.id, "shard": shard, "pos": pos, "origin": item.origin}
            for pos, item in enumerate(read_file(Path(path), doc_id, options)) if isinstance(item, Document)]
    return pa.Table.from_pylist(rows, schema=IDS)


def find_repeats(tables: list[pa.Table], shards: int) -> list[dict[int, str]]:
    """Per shard, {position: where the id was first read} for each read of an id after its first in
    reading order (shard, then position): the local reader's rule (whimbrel.read._Seen.unique)."""
    out: list[dict[int, str]] = [{} for _ in range(shards)]
    ids = pa.concat_tables(tables) if tables else IDS.empty_table()
    counts = ids.group_by("doc_id").aggregate([("doc_id", "count")])
    again = counts.filter(pc.greater(counts["doc_id_count"], 1))["doc_id"]
    if len(again) == 0:
        return out
    rows = ids.filter(pc.is_in(ids["doc_id"], value_set=again)).to_pylist()
    first: dict[str, str] = {}
    for r in sorted(rows, key=lambda r: (r["shard"], r["pos"])):
        where = first.setdefault(r["doc_id"], r["origin"])
        if where != r["origin"]:
            out[r["shard"]][r["pos"]] = where
    return out


def repeats_task(shards: int, *tables: pa.Table):
    """``find_repeats`` as a Ray task with one return per shard (``num_returns=shards``), so each
    reader fetches only its own shard's dict."""
    out = find_repeats(list(tables), shards)
    return out[0] if shards == 1 else tuple(out)


def _arrow(block) -> pa.Table:
    return block if isinstance(block, pa.Table) else pa.Table.from_pandas(block, preserve_index=False)


def part_of(key: str, parts: int) -> int:
    """The shuffle part of a merge key: a stable hash (Python's ``hash`` differs between processes)."""
    return zlib.crc32(key.encode("utf-8")) % parts


def split_parts(parts: int, *blocks) -> tuple[pa.Table, ...] | pa.Table:
    """The map side of the merge shuffle: story events cut into ``parts`` tables by merge key."""
    from .merge import COLUMNS
    from .worker import MERGE_IN

    tables = [_arrow(b).select(COLUMNS).cast(MERGE_IN) for b in blocks if len(b)]
    table = pa.concat_tables(tables) if tables else MERGE_IN.empty_table()
    where: list[list[int]] = [[] for _ in range(parts)]
    for i, key in enumerate(table.column("merge_key").to_pylist()):
        where[part_of(key, parts)].append(i)
    out = tuple(table.take(pa.array(idx, pa.int64())) for idx in where)
    return out[0] if parts == 1 else out


def combine(*tables: pa.Table) -> pa.Table:
    """Pieces of one part, concatenated (keeps the number of waiting references bounded)."""
    return pa.concat_tables(tables)


def merge_part(staging: str, part: int, merge: bool, *tables: pa.Table) -> int:
    """The reduce side: every merge key of one part replayed by the store's rule; writes its file."""
    from .merge import ASSIGN, assign_events
    from .worker import write_atomic

    tables = [t for t in tables if t.num_rows]
    if not tables:
        return 0
    by_key: dict[str, list[dict]] = {}
    for row in pa.concat_tables(tables).to_pylist():
        by_key.setdefault(row["merge_key"], []).append(row)
    rows = [a for key in sorted(by_key) for a in assign_events(by_key[key], merge)]
    write_atomic(pa.Table.from_pylist(rows, schema=ASSIGN), Path(staging) / "merged" / f"part-{part:05d}.parquet")
    return len(rows)


class Shuffle:
    """The driver's side of the merge shuffle: launches ``split_parts`` on the coders' output blocks
    as they come, keeps each part's pieces, and at the end one ``merge_part`` task a part."""

    def __init__(self, ray, parts: int, num_cpus: float, blocks_per_split: int = 1):
        self.ray, self.parts, self.per_split = ray, parts, max(1, blocks_per_split)
        self.split = ray.remote(split_parts).options(num_cpus=num_cpus, num_returns=parts)
        self.combine = ray.remote(combine).options(num_cpus=num_cpus)
        self.merge = ray.remote(merge_part).options(num_cpus=num_cpus)
        self.waiting: list = []
        self.pieces: list[list] = [[] for _ in range(parts)]
        self.rows = 0  # story events seen

    def add(self, block_refs, rows: int = 0) -> None:
        self.waiting.extend(block_refs)
        self.rows += rows
        if len(self.waiting) >= self.per_split:
            self._flush()

    def _flush(self) -> None:
        if not self.waiting:
            return
        refs = self.split.remote(self.parts, *self.waiting)
        self.waiting = []
        for p, ref in enumerate([refs] if self.parts == 1 else refs):
            self.pieces[p].append(ref)
            if len(self.pieces[p]) >= FAN_IN:
                self.pieces[p] = [self.combine.remote(*self.pieces[p])]

    def finish(self, staging: Path, merge: bool) -> int:
        """Merge every part (in parallel); the number of story events assigned. A small run's parts
        are merged by one task: more would each wait for a new worker process (a second or more on
        a small machine) to do less than a second's replay."""
        self._flush()
        if self.rows <= ONE_TASK_ROWS:
            return self.ray.get(self.merge.remote(str(staging), 0, merge, *[r for p in self.pieces for r in p]))
        return sum(self.ray.get([self.merge.remote(str(staging), p, merge, *self.pieces[p])
                                 for p in range(self.parts)]))
