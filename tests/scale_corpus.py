"""Sharded corpora for the Ray tests and bench/scale.py: stories in mixed formats.

Two kinds of story, the same shards:

* ``write_corpus``: short generated stories (two paragraphs or so). They come from bench/ingest.py's
  generator (templates over many actors, verbs, dates and places, so no two are the same text). One
  story in 30 is a second report of an earlier one by another publisher (same text, its own id),
  placed in a later shard, so the cross-story merge has events to join across shards. ``bad`` adds a
  story that cannot be coded (a JSONL line with neither text nor html) and, in a later shard, a
  story reusing the first story's id (other text): both paths must reject them, the second as E012
  naming both places.
* ``write_news_corpus``: news-length stories, the true bodies of the real news pages
  (tests/news_corpus.py): what users code, several times longer than the generated ones.

Shards rotate over the input kinds the Ray engine reads: JSONL, gzip JSONL and Parquet (id/text/date
columns, dates as timestamps).
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


def short_stories(stories: int, seed: int = 13) -> list[dict]:
    """``stories`` generated stories, the last one in 30 second reports of earlier ones."""
    gen = _generator()
    rng = random.Random(seed)
    repeats = stories // 30
    rows = [gen.make_story(rng, i, date(2019, 1, 1)) for i in range(stories - repeats)]
    for k in range(repeats):
        first = rows[k * 7]
        other = "BBC News" if first.get("publisher") != "BBC News" else "Reuters"
        rows.append({**first, "id": f"{first['id']}-again", "publisher": other})
    return rows


def write_corpus(folder: Path, stories: int, shards: int, bad: bool = True, seed: int = 13) -> list[Path]:
    """``stories`` short generated stories in ``shards`` files under ``folder``."""
    return write_shards(folder, short_stories(stories, seed), shards, bad=bad)


def write_news_corpus(folder: Path, stories: int, shards: int, shared: Path) -> list[Path]:
    """``stories`` news-length stories (the real pages' bodies, train and dev only) in ``shards`` files."""
    from news_corpus import news_stories, train_dev_pages

    return write_shards(folder, news_stories(train_dev_pages(shared), stories), shards, bad=False)


def write_shards(folder: Path, rows: list[dict], shards: int, bad: bool = False) -> list[Path]:
    """``rows`` cut in order into ``shards`` files (kinds rotate: jsonl, jsonl.gz, parquet).

    ``bad`` puts a story without a body in shard 1 and the first story's id again in shard 4."""
    folder.mkdir(parents=True, exist_ok=True)
    per = -(-len(rows) // shards)
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
        _write_shard(path, kind, lines, part)
        paths.append(path)
    return paths


def _write_shard(path: Path, kind: str, lines: list[str], part: list[dict]) -> None:
    """One shard: JSONL lines as they are, or the rows as Parquet (a story's date a timestamp, or null)."""
    if kind == "jsonl":
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    elif kind == "jsonl.gz":
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [{**r, "date": datetime.fromisoformat(r["date"]) if r.get("date") else None} for r in part]
        pq.write_table(pa.Table.from_pylist(rows), path)
