"""A sharded corpus for the Ray tests and bench/scale.py: generated news stories in mixed formats.

Stories come from bench/ingest.py's generator (templates over many actors, verbs, dates and places,
so no two are the same text). Shards rotate over the input kinds the Ray engine reads: JSONL,
gzip JSONL and Parquet (id/text/date columns, dates as timestamps). One story in 30 is a second report
of an earlier one by another publisher (same text, its own id), placed in a later shard, so the
cross-story merge has events to join across shards. ``bad`` adds a story that cannot be coded (a
JSONL line with neither text nor html) and, in a later shard, a story reusing the first story's id
(other text): both paths must reject them, the second as E012 naming both places.
"""
from __future__ import annotations

import gzip
import importlib.util
import json
import random
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _generator():
    spec = importlib.util.spec_from_file_location("whimbrel_bench_ingest", ROOT / "bench" / "ingest.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def write_corpus(folder: Path, stories: int, shards: int, bad: bool = True, seed: int = 13) -> list[Path]:
    """``stories`` stories in ``shards`` files under ``folder`` (kinds rotate: jsonl, jsonl.gz, parquet)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    gen = _generator()
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    repeats = stories // 30
    rows = [gen.make_story(rng, i, date(2019, 1, 1)) for i in range(stories - repeats)]
    for k in range(repeats):
        first = rows[k * 7]
        other = "BBC News" if first.get("publisher") != "BBC News" else "Reuters"
        rows.append({**first, "id": f"{first['id']}-again", "publisher": other})
    per = -(-stories // shards)
    paths = []
    for k in range(shards):
        part = rows[k * per:(k + 1) * per]
        kind = ("jsonl", "jsonl.gz", "parquet")[k % 3]
        path = folder / f"shard-{k:02d}.{kind}"
        lines = [json.dumps(r, ensure_ascii=False) for r in part]
        if bad and k == 1:
            lines.insert(len(lines) // 2, json.dumps({"id": "bad-story", "title": "no body"}))
        if bad and k == 4:
            lines.insert(2, json.dumps({**rows[1], "id": rows[0]["id"]}, ensure_ascii=False))
        if kind == "jsonl":
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        elif kind == "jsonl.gz":
            with gzip.open(path, "wt", encoding="utf-8") as fh:
                fh.write("\n".join(lines) + "\n")
        else:
            table = pa.Table.from_pylist([{**r, "date": datetime.fromisoformat(r["date"])} for r in part])
            pq.write_table(table, path)
        paths.append(path)
    return paths
