"""Runs the stages over batches of documents, one options object passed down.

    read -> clean -> segment -> prefilter -> parse (nlp.pipe, candidates only) -> actors
         -> events -> when -> where -> merge -> records

A document whose cleaned body is longer than chunked.DOC_CHUNK goes from clean on chunk by chunk
(``code_long``): segment to merge on each chunk, whose parses are dropped before the next, so memory
is bounded by the chunk, not the document (chunked.py).

Each stage is a plain callable ``stage(doc, options)`` that fills in the Document. Parsing is the
expensive step, so it runs once per batch over the candidate sentences of every document in the
batch (``nlp.pipe``), and only over sentences the cheap pre-filter says may hold an event: a
sentence with no trigger word cannot be coded, so parsing it would be wasted time.

A document that fails any stage becomes a ``Reject`` (named, with the reason) and the batch goes on.
"""
from __future__ import annotations

import logging
import time
from collections import defaultdict
from typing import Callable, Iterable, Iterator

from . import actors, chunked, clean, events, segment, when, where
from .errors import E, InputError
from .events.discard import story_discard
from .events.fill_actor import last_pair
from .model import Document, Reject, StoryState
from .nlp import get_nlp
from .options import Options
from .plover import event_record

log = logging.getLogger("whimbrel")

Stage = Callable[[Document, Options], None]

# stages run per document after parsing, in order; each one module with one job
POST_PARSE: list[tuple[str, Stage]] = [
    ("actors", actors.resolve_actors),
    ("events", events.code_events),
    ("learned", events.decide_events),
    ("political", events.keep_political),
    ("when", when.date_events),
    ("where", where.place_events),
    ("merge", events.merge_mentions),
]


# characters the parser is given at once: its working memory grows with the batch's tokens (64
# pieces of a run-on sentence, 2,000 characters each, took 270 MB); news batches of 64 sentences stay
# under it, so they are the batches spaCy's own batch_size made before
PARSE_CHARS = 30_000


def _batches(sents: list, size: int, chars: int) -> Iterator[list]:
    """Consecutive groups of at most ``size`` sentences and (unless one sentence is longer) ``chars``
    characters."""
    group: list = []
    n = 0
    for s in sents:
        if group and (len(group) >= size or n + len(s.text) > chars):
            yield group
            group, n = [], 0
        group.append(s)
        n += len(s.text)
    if group:
        yield group


class Pipeline:
    """Reusable pipeline: load the model once, then ``run`` any number of document streams."""

    def __init__(self, options: Options | None = None):
        self.options = options or Options()
        if self.options.disabled_passes:  # a misspelt pass name is an error here, not a silent no-op
            events.check_passes(self.options.disabled_passes)
        self.timings: dict[str, float] = defaultdict(float)
        self.counts: dict[str, int] = defaultdict(int)
        self._nlp = None
        # a long document's events as each chunk is coded: on_chunk(doc, events). Set (``whimbrel
        # code`` does), the events are handed out and not kept in the document, so they are not held
        # to its end either; unset (the store: one transaction per document), they stay in doc.events
        self.on_chunk: Callable[[Document, list], None] | None = None

    @property
    def nlp(self):
        if self._nlp is None:
            t = time.perf_counter()
            self._nlp = get_nlp(self.options.model)
            self.timings["load"] += time.perf_counter() - t
        return self._nlp

    # -- stages -------------------------------------------------------------------------------
    def _timed(self, name: str, fn: Stage, doc: Document) -> None:
        t = time.perf_counter()
        try:
            fn(doc, self.options)
        except InputError:
            raise
        except Exception as err:  # a bug on one document must not stop the batch: record it
            log.debug("stage %s failed on %s", name, doc.origin, exc_info=True)
            raise InputError(E.E900, origin=doc.origin, stage=name, kind=type(err).__name__, reason=err) from err
        finally:
            self.timings[name] += time.perf_counter() - t

    def prepare(self, doc: Document) -> Document:
        """clean + segment + prefilter: everything before parsing. Raises InputError."""
        self._timed("clean", clean.clean_document, doc)
        if not doc.body.strip():
            raise InputError(E.E004, origin=doc.origin)
        if chunked.is_long(doc):
            return doc  # segmented chunk by chunk in code_long
        self._timed("segment", segment.segment_document, doc)
        self._timed("prefilter", events.mark_candidates, doc)
        return doc

    def parse(self, docs: list[Document]) -> None:
        """Parse the candidate sentences of all docs in one nlp.pipe call."""
        todo = [s for d in docs if not d.discarded for s in d.sentences if s.candidate or self.options.parse_all]
        if not todo:
            return
        nlp = self.nlp
        t = time.perf_counter()
        for group in _batches(todo, self.options.batch_size, PARSE_CHARS):
            for sent, sdoc in zip(group, nlp.pipe((s.text for s in group), batch_size=len(group))):
                sent.doc = sdoc
        self.timings["parse"] += time.perf_counter() - t
        self.counts["sentences_parsed"] += len(todo)

    def code_document(self, doc: Document) -> None:
        for name, fn in POST_PARSE:
            self._timed(name, fn, doc)
        if self.options.factual_only:
            doc.events = [e for e in doc.events if e.factual]

    def code_long(self, doc: Document) -> None:
        """A cleaned document longer than chunked.DOC_CHUNK, chunk by chunk: each chunk segmented,
        pre-filtered, parsed and coded on its own, its results folded into ``doc`` and its parses
        dropped before the next; what later chunks need crosses in a StoryState."""
        story = StoryState(discarded=story_discard(doc))
        doc.discarded = story.discarded
        doc.paragraphs = segment.paragraphs(doc.body)
        for start, end, first in chunked.spans(doc.body):
            part = chunked.part(doc, start, end, story)
            self._timed("segment", segment.segment_document, part)
            self._timed("prefilter", events.mark_candidates, part)
            self.parse([part])
            self.code_document(part)
            story.last_pair = last_pair(part.events) or story.last_pair
            chunked.fold(doc, part, start, first)
            story.chunks += 1
            if self.on_chunk is not None:
                self.counts["events"] += len(doc.events)  # handed out: not counted with the document
                self.on_chunk(doc, doc.events)
                doc.events = []
            del part  # the chunk's spaCy Docs and working data go now, not with the document
        self.counts["long_documents"] += 1

    # -- driver -------------------------------------------------------------------------------
    def run(self, items: Iterable[Document | Reject], batch_docs: int = 32) -> Iterator[Document | Reject]:
        """Code a stream of documents; yields each Document (with events) or a Reject, in order."""
        batch: list[Document | Reject] = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_docs:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Document | Reject]) -> Iterator[Document | Reject]:
        ready: list[Document | Reject] = []
        for item in batch:
            if isinstance(item, Reject):
                ready.append(item)
                continue
            try:
                ready.append(self.prepare(item))
            except InputError as err:
                ready.append(Reject(item.origin, err.code, err.message))
        self.parse([d for d in ready if isinstance(d, Document) and not chunked.is_long(d)])
        for item in ready:
            if isinstance(item, Document):
                try:
                    self.code_long(item) if chunked.is_long(item) else self.code_document(item)
                except InputError as err:  # a stage found the input unusable
                    item = Reject(item.origin, err.code, err.message)
                self.counts["documents" if isinstance(item, Document) else "rejects"] += 1
                if isinstance(item, Document):
                    self.counts["sentences"] += len(item.sentences)
                    self.counts["events"] += len(item.events)
            else:
                self.counts["rejects"] += 1
            yield item

    def records(self, doc: Document) -> list[dict]:
        """The PLOVER records of a coded document."""
        return [event_record(doc, ev, self.options) for ev in doc.events]

    # -- strings ------------------------------------------------------------------------------
    def __call__(self, text: str, doc_id: str = "text", date=None) -> list[dict]:
        """The PLOVER records of one text or HTML string (a page as scraped: boilerplate is removed).
        ``date`` (datetime or ISO string) is the publication date, as a JSONL story's ``date``.
        A text that cannot be coded (empty, binary) raises whimbrel.errors.Rejected."""
        return next(self.pipe([text], ids=[doc_id], date=date))

    def pipe(self, texts: Iterable[str], ids: Iterable[str] | None = None, date=None,
             rejects: str = "raise") -> Iterator[list[dict] | Reject]:
        """Records for many strings, batched like files: one list per text, in order. With
        ``rejects="yield"`` a text that cannot be coded gives a Reject instead of raising."""
        from .api import handle_reject
        from .read.strings import string_documents

        for item in self.run(string_documents(texts, ids, date, self.options)):
            yield handle_reject(item, rejects) if isinstance(item, Reject) else self.records(item)
