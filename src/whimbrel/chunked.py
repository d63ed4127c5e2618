"""Long documents in chunks: how a document of any length is coded in bounded memory.

Why: a document is parsed sentence by sentence, but every stage keeps its working data for the whole
story (each parsed sentence's spaCy Doc, the actor stage's per-sentence index, the tokens), so a
5,000,000-character document held gigabytes. A cleaned body longer than ``DOC_CHUNK`` characters is
cut at paragraph boundaries (a longer paragraph at sentence ends, segment.chunks) into chunks of
at most that size; each chunk is coded as a document of its own (``part``: the same metadata, its
slice of the body), then ``fold`` moves its results (sentences without their parse, actors,
events) into the whole document with offsets and sentence numbers made the whole body's, and the
chunk, its parses and its working data are dropped before the next chunk is read. What the story's
later chunks need from its earlier ones crosses in a small model.StoryState (names, state counts,
the last date, the topic discard).

A document within ``DOC_CHUNK`` (every news story: the longest page of the real-news corpus is
under a tenth of it) is coded whole, as before, so its events do not change.
"""
from __future__ import annotations

from typing import Iterator

from .model import STORY, Document, Entity, Event, Sentence, StoryState
from .segment import chunks, paragraphs

DOC_CHUNK = 100_000  # characters of a long document's body coded at once


def is_long(doc: Document) -> bool:
    return len(doc.body) > DOC_CHUNK


def spans(body: str, limit: int | None = None) -> Iterator[tuple[int, int, int]]:
    """(start, end, index of its first paragraph) of each chunk: whole paragraphs while they fit,
    a paragraph longer than ``limit`` (default DOC_CHUNK) on its own, cut at sentence ends. Linear
    in the body."""
    limit = limit or DOC_CHUNK
    start = end = first = None
    for p_i, (ps, pe) in enumerate(paragraphs(body)):
        if start is not None and pe - start > limit:
            yield start, end, first
            start = None
        if pe - ps > limit:
            for s, e in chunks(ps, pe, body, limit):
                yield s, e, p_i
            continue
        if start is None:
            start, first = ps, p_i
        end = pe
    if start is not None:
        yield start, end, first


def part(doc: Document, start: int, end: int, story: StoryState) -> Document:
    """The chunk ``[start, end)`` of the body as a document of its own, cleaned already."""
    p = Document(id=doc.id, origin=doc.origin, raw="", kind=doc.kind, body=doc.body[start:end],
                 title=doc.title, publisher=doc.publisher, section=doc.section, author=doc.author,
                 url=doc.url, language=doc.language, tags=doc.tags, pub_datetime=doc.pub_datetime,
                 date_source=doc.date_source, meta=doc.meta)
    p.discarded = story.discarded
    p.stage_data[STORY] = story
    return p


def fold(doc: Document, p: Document, start: int, first_paragraph: int) -> None:
    """Move a coded chunk's results into the whole document, offsets and numbers made the body's.
    The sentences keep their text and place, not their parse or tokens."""
    base = len(doc.sentences)
    for s in p.sentences:
        doc.sentences.append(Sentence(seq=base + s.seq, start=start + s.start, end=start + s.end, text=s.text,
                                      paragraph=first_paragraph + s.paragraph, candidate=s.candidate))
    moved: set[int] = set()  # an entity may be both in doc.entities and an event's actor list

    def move(e: Entity) -> None:
        if id(e) in moved:
            return
        moved.add(id(e))
        if e.start >= 0:
            e.start, e.end = e.start + start, e.end + start
        if e.sentence >= 0:
            e.sentence += base
    for e in p.entities:
        move(e)
        doc.entities.append(e)
    for ev in p.events:
        _move_event(ev, start, base, move, moved)
        doc.events.append(ev)


def _move_event(ev: Event, start: int, base: int, move, moved: set[int]) -> None:
    for e in (*ev.actor, *ev.recipient, *ev.source):
        move(e)
    if ev.trigger_start >= 0:
        ev.trigger_start, ev.trigger_end = ev.trigger_start + start, ev.trigger_end + start
    if ev.sentence >= 0:
        ev.sentence += base
    for m in ev.mentions:
        if id(m) in moved:
            continue
        moved.add(id(m))
        if m.sentence >= 0:
            m.sentence += base
        if m.start >= 0:
            m.start, m.end = m.start + start, m.end + start
