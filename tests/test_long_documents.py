"""Issue 14, long documents: coded chunk by chunk (chunked.py), memory bounded by the chunk.

The chunk size is made small here so that a story of a few paragraphs is a "long" document: the
same code paths as a 5,000,000-character file, at test speed. bench/long_input.py measures the real
sizes (time and peak memory against length).
"""
from __future__ import annotations

import gc
import json
import weakref
from pathlib import Path

import pytest

from whimbrel import chunked
from whimbrel.model import Document
from whimbrel.options import Options
from whimbrel.pipeline import Pipeline
from whimbrel.plover import event_record
from whimbrel.read import iter_documents

EXAMPLES = sorted(str(p) for p in (Path(__file__).parents[1] / "src/whimbrel/examples").glob("*.*")
                  if p.suffix in (".txt", ".html"))

STORY = "\n\n".join([
    "Iranian armed forces chief of staff Mohammad Baqeri on Monday accused Iraq of shelling border villages.",
    "Markets were calm in the capital on Tuesday. Officials declined to comment further on the matter.",
    "Baqeri said the army would respond, and Turkey urged Iran to release detained journalists.",
    "The weather stayed dry across the region. Analysts expect little change before the end of the quarter.",
    "A day later, Kenya agreed to resume talks with Ethiopia. Egypt rejected a peace proposal from Brazil.",
    "Police fired tear gas at protesters in Nairobi on Friday. France imposed new sanctions on Pakistan.",
])


def _records(pipeline: Pipeline, docs) -> dict[str, list[str]]:
    out = {}
    for d in pipeline.run(docs):
        assert isinstance(d, Document), d
        out[d.id] = [json.dumps(r, sort_keys=True) for r in pipeline.records(d)]
    return out


COUNTRIES = ["Iran", "Iraq", "Turkey", "Kenya", "Ethiopia", "Brazil", "India", "Pakistan", "France", "Egypt"]


def _story(n: int = 1) -> Document:
    """The story, then n - 1 more paragraphs of different events (the cleaner drops repeated lines)."""
    more = [f"{COUNTRIES[i % 10]} on Wednesday accused {COUNTRIES[(i + 3) % 10]} of shelling border villages, "
            f"and {COUNTRIES[(i + 5) % 10]} imposed new sanctions on {COUNTRIES[(i + 1) % 10]} in week {i}."
            for i in range(6 * (n - 1))]
    return Document(id="long", origin="long", raw="\n\n".join([STORY, *more]), kind="text")


@pytest.mark.parametrize("limit", [250, 600])
def test_chunked_coding_gives_the_events_of_whole_coding(pipeline, monkeypatch, limit):
    """Merging aside (a chunk merges its own mentions only), every event, with its actors, date,
    place, sentence number and offsets into the whole body, is the one whole coding gives."""
    p = Pipeline(Options(merge_mentions=False))
    p._nlp = pipeline.nlp
    whole = _records(p, [*iter_documents(EXAMPLES, p.options), _story(2)])
    monkeypatch.setattr(chunked, "DOC_CHUNK", limit)
    parts = _records(p, [*iter_documents(EXAMPLES, p.options), _story(2)])
    assert p.counts["long_documents"] == 3  # both examples and the story were cut
    assert parts == whole
    assert len(whole["long"]) >= 10


def test_chunks_are_whole_paragraphs_within_the_limit():
    body = "\n".join(["a" * 30, "b" * 50, "c" * 10, "d. " * 100, "e" * 20])
    spans = list(chunked.spans(body, limit=60))
    assert all(e - s <= 60 for s, e, _ in spans)
    covered = "".join(body[s:e] for s, e, _ in spans).replace("\n", "").replace(" ", "")
    assert covered == body.replace("\n", "").replace(" ", "")
    # whole paragraphs while they fit (a+b: 81 > 60); "d. d. ..." (300 chars) alone, cut after a sentence end
    assert [first for *_, first in spans] == [0, 1, 2, 3, 3, 3, 3, 3, 4]
    assert all(body[s:e].startswith("d.") and body[s:e].rstrip().endswith(".") for s, e, f in spans if f == 3)
    assert list(chunked.spans("x" * 10 + "\n" + "y" * 10, limit=60)) == [(0, 21, 0)]


def test_a_chunks_parses_are_released_before_the_next_chunk(pipeline, monkeypatch):
    """Memory bounded by the chunk: when a chunk is parsed, no parse of an earlier chunk is alive,
    and the document ends with no parse and no stage working data."""
    monkeypatch.setattr(chunked, "DOC_CHUNK", 400)
    p = Pipeline()
    p._nlp = pipeline.nlp
    alive: list[weakref.ref] = []
    seen_alive: list[int] = []
    parse = p.parse

    def watched(docs):
        gc.collect()
        seen_alive.append(sum(r() is not None for r in alive))
        parse(docs)
        alive.extend(weakref.ref(s.doc) for d in docs for s in d.sentences if s.doc is not None)

    monkeypatch.setattr(p, "parse", watched)
    (doc,) = list(p.run([_story(3)]))
    assert len(seen_alive) >= 5 and len(alive) >= 10
    assert seen_alive == [0] * len(seen_alive)
    assert all(s.doc is None and not s.tokens for s in doc.sentences)
    assert doc.stage_data == {}
    for i, s in enumerate(doc.sentences):  # sentences numbered and placed in the whole body
        assert s.seq == i and doc.body[s.start:s.end] == s.text
    for ev in doc.events:
        s = doc.sentences[ev.sentence]
        assert s.start <= ev.trigger_start < ev.trigger_end <= s.end
        assert doc.body[ev.trigger_start:ev.trigger_end].lower() in " ".join(ev.event_text).lower()
    for e in doc.entities:
        assert e.start < 0 or doc.body[e.start:e.end] == e.entity_text


def test_story_state_crosses_chunks(pipeline, monkeypatch):
    """A bare surname in a later chunk is the person named in full in an earlier one; a relative
    date ("a day later") counts from the last dated event of an earlier chunk."""
    monkeypatch.setattr(chunked, "DOC_CHUNK", 120)
    p = Pipeline()
    p._nlp = pipeline.nlp
    (doc,) = list(p.run([_story(1)]))
    assert p.counts["long_documents"] == 1
    ids = [e.identifier_text for e in doc.entities if e.entity_text == "Baqeri"]
    assert ids and all(i for i in ids), ids


def test_events_are_streamed_chunk_by_chunk(pipeline, monkeypatch, tmp_path):
    """With on_chunk set (``whimbrel code``), a long document's events leave as each chunk is coded
    and are not kept to the document's end; they are the records it gives otherwise, in order."""
    monkeypatch.setattr(chunked, "DOC_CHUNK", 400)
    p = Pipeline()
    p._nlp = pipeline.nlp
    (kept,) = list(p.run([_story(3)]))
    expected = p.records(kept)
    got, sizes = [], []

    def take(doc, events):
        sizes.append(len(events))
        got.extend(event_record(doc, e, p.options) for e in events)

    p.on_chunk = take
    (streamed,) = list(p.run([_story(3)]))
    assert streamed.events == [] and len(sizes) >= 5 and max(sizes) < len(expected)
    strip = lambda recs: [{k: v for k, v in r.items() if k != "coded_date"} for r in recs]  # noqa: E731
    assert strip(got) == strip(expected)


def test_code_cli_streams_a_long_document(pipeline, monkeypatch, tmp_path):
    """``whimbrel code`` writes a long document's records chunk by chunk: the same records."""
    from click.testing import CliRunner

    from whimbrel.cli import main

    monkeypatch.setattr(chunked, "DOC_CHUNK", 400)
    src = tmp_path / "long.txt"
    src.write_text(_story(3).raw, encoding="utf-8")
    p = Pipeline()
    p._nlp = pipeline.nlp
    (doc,) = list(p.run(iter_documents([str(src)], p.options)))
    res = CliRunner().invoke(main, ["code", str(src), "-o", str(tmp_path / "out.jsonl")])
    assert res.exit_code == 0, res.output
    recs = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in recs] == [r["id"] for r in p.records(doc)] and len(recs) >= 10
