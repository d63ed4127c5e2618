"""Issue 14: a store built with the old document ids (file stems) is upgraded as its inputs are
re-read, never filled with a second copy of each story (store/legacy_ids.py)."""
from __future__ import annotations

import json

from test_store_ingest import corpus_inputs, table_counts

from whimbrel.model import Document
from whimbrel.read import iter_documents
from whimbrel.store import Store, ingest, ingest_items, open_store
from whimbrel.store.legacy_ids import old_ids


def test_old_ids_are_the_stems_whimbrel_used_to_give():
    assert old_ids("story.txt") == ["story"]
    assert old_ids("a/b/story.txt") == ["story", "a/b/story"]  # named directly / found in a walk
    assert old_ids("pages/report.html.gz") == ["report", "pages/report"]
    assert old_ids("feeds/wire.jsonl:3") == ["wire:3"]
    assert old_ids("s3-tass-sanctions") == [] and old_ids("https://x.org/a:80") == []
    assert old_ids("feed.jsonl") == [] and old_ids("stdin:0123abcd") == []


def _old_store(db, inputs, pipeline):
    """The store an older whimbrel built: the same documents under their stem ids."""
    def old(items):
        for d in items:
            olds = old_ids(d.id) if isinstance(d, Document) else []
            if olds:
                d.id = olds[0]
            yield d
    with Store(db, pipeline.options) as store:
        store.start_run([str(p) for p in inputs])
        ingest_items(store, old(iter_documents([str(p) for p in inputs], pipeline.options)), pipeline)


def test_reingest_moves_old_ids_instead_of_storing_twice(pipeline, tmp_path):
    inputs = corpus_inputs(tmp_path)
    clean_db, old_db = tmp_path / "clean.duckdb", tmp_path / "old.duckdb"
    ingest(inputs, clean_db, pipeline=pipeline)
    _old_store(old_db, inputs, pipeline)
    with open_store(old_db, read_only=True) as con:
        assert {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()} >= {"s1", "s2"}
    st = ingest(inputs, old_db, pipeline=pipeline)
    assert (st.documents, st.upgraded, st.rejects) == (2, 2, 0)  # s1.txt, s2.html; JSONL ids and WARC URIs unchanged
    assert st.accounted and "2 moved from old-format ids" in st.summary()
    assert table_counts(old_db) == table_counts(clean_db)  # nothing twice: same rows as a clean store
    with open_store(old_db, read_only=True) as con, open_store(clean_db, read_only=True) as clean:
        q = "SELECT doc_id FROM documents ORDER BY 1"
        assert con.execute(q).fetchall() == clean.execute(q).fetchall()
        q = "SELECT category, actor_codes, recipient_codes, date, num_mentions, num_articles FROM events ORDER BY ALL"
        assert con.execute(q).fetchall() == clean.execute(q).fetchall()
        assert not con.execute("SELECT count(*) FROM story_events WHERE doc_id IN ('s1', 's2')").fetchone()[0]
    assert ingest(inputs, old_db, pipeline=pipeline).skipped == 5  # and then stable


def test_a_stem_id_of_another_input_is_left_alone(pipeline, tmp_path):
    """Same old id, different origin (another folder's story.txt): not the same story, not touched."""
    inputs = corpus_inputs(tmp_path)
    db = tmp_path / "e.duckdb"
    other = tmp_path / "other"
    other.mkdir()
    (other / "s1.txt").write_text(inputs[0].read_text(encoding="utf-8"), encoding="utf-8")
    _old_store(db, [other / "s1.txt"], pipeline)
    st = ingest([inputs[0]], db, pipeline=pipeline)
    assert (st.documents, st.upgraded) == (1, 0)
    with open_store(db, read_only=True) as con:
        assert {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()} == {"s1", str(inputs[0])}
