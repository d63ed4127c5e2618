"""The benchmark's news-length corpus (tests/news_corpus.py): train and dev pages only, cycled to
distinct stories whose dates move back 52 weeks a cycle, written in the short corpus's shards."""
from __future__ import annotations

import json
from datetime import date

import pytest

from news_corpus import news_stories, train_dev_pages
from scale_corpus import write_shards
from whimbrel.model import Document
from whimbrel.options import Options
from whimbrel.read import iter_documents

pytest.importorskip("pyarrow")


def _fake_bench(tmp_path, splits: dict[str, str]):
    """A ground-truth.json and gold files for pages named by source id, with the given splits."""
    bench = tmp_path / "shared" / "bench" / "article-extraction-benchmark"
    bench.mkdir(parents=True)
    truth = {sid: {"articleBody": f"Body of {sid}.", "url": f"https://www.site-{sid[:3]}.com/a"} for sid in splits}
    (bench / "ground-truth.json").write_text(json.dumps(truth))
    gold = tmp_path / "gold"
    gold.mkdir()
    for sid, split in splits.items():
        (gold / f"{sid[:12]}.json").write_text(json.dumps({"source_id": sid, "split": split,
                                                           "publication_date": "2019-11-19"}))
    return tmp_path / "shared", gold


def test_only_train_and_dev_pages_are_used(tmp_path):
    shared, gold = _fake_bench(tmp_path, {"aaa" + "0" * 61: "train", "bbb" + "0" * 61: "test",
                                          "ccc" + "0" * 61: "dev"})
    pages = train_dev_pages(shared, gold)
    assert [p["source_id"][:3] for p in pages] == ["aaa", "ccc"]
    assert pages[0]["body"] == "Body of " + "aaa" + "0" * 61 + "." and pages[0]["date"] == "2019-11-19"


def test_a_held_out_page_is_refused(tmp_path):
    shared, gold = _fake_bench(tmp_path, {"a1fca19b884e" + "0" * 52: "train"})
    with pytest.raises(ValueError, match="held-out"):
        train_dev_pages(shared, gold)


def test_cycles_are_distinct_stories_52_weeks_apart():
    pages = [{"source_id": "p1" + "0" * 62, "body": "One.", "url": "https://www.example.com/1", "date": "2019-11-19"},
             {"source_id": "p2" + "0" * 62, "body": "Two.", "url": "https://news.example.org/2", "date": None}]
    rows = news_stories(pages, 5)
    assert len({r["id"] for r in rows}) == 5
    assert [r["text"] for r in rows] == ["One.", "Two.", "One.", "Two.", "One."]
    dates = [date.fromisoformat(r["date"]) for r in rows[0::2]]
    assert dates == [date(2019, 11, 19), date(2018, 11, 20), date(2017, 11, 21)]
    assert {d.weekday() for d in dates} == {date(2019, 11, 19).weekday()}  # "on Tuesday" stays a Tuesday
    assert rows[1]["date"] is None and rows[0]["publisher"] == "example.com"


def test_news_shards_read_back_as_the_stories(tmp_path):
    pages = [{"source_id": f"p{i}" + "0" * 62, "body": f"Story {i}.", "url": "", "date": None if i == 2 else "2019-11-19"}
             for i in range(4)]
    rows = news_stories(pages, 9)
    paths = write_shards(tmp_path / "c", rows, 3)
    assert [p.name for p in paths] == ["shard-00.jsonl", "shard-01.jsonl.gz", "shard-02.parquet"]
    docs = [d for d in iter_documents([str(p) for p in paths], Options()) if isinstance(d, Document)]
    assert [d.id for d in docs] == [r["id"] for r in rows]
    assert [d.pub_datetime is None for d in docs] == [r["date"] is None for r in rows]
