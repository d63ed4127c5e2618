"""The objects that flow through the pipeline: Document, Sentence, Entity, Event.

One Document is created by a reader, filled in by each stage in turn, and written out by
``Event.to_plover()`` (PLOVER JSONL) or ``Document.to_extract()`` (what ``whimbrel extract`` shows).
Stages add to these objects; they never replace them, so a later stage can always see what an
earlier one decided and why.

Character offsets (``start``/``end``) are always into ``Document.body``, the cleaned text.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class Sentence:
    """A sentence of the body. ``doc`` is the spaCy parse, set only for sentences worth parsing."""

    seq: int
    start: int
    end: int
    text: str
    paragraph: int = 0
    candidate: bool = False  # passed the cheap pre-filter (may hold an event)
    doc: Any = None  # spacy.tokens.Doc of this sentence alone (offsets: start + token.idx)
    # the tokenizer's tokens from segmentation, as (text, start, end) relative to the sentence:
    # stages that only need words (pre-filter, name matching) reuse them instead of re-tokenising
    tokens: list = field(default_factory=list, repr=False)


@dataclass
class Entity:
    """An actor or recipient: PLOVER's entity object, with where it came from."""

    code: str | None  # ISO 3166-1 alpha-3, or PLOVER's IGO/UNO/EUR/NGO/ISM/IMG/MNC, or None
    sector: str | None = None  # PLOVER sector (GOV, MIL, ...)
    entity_text: str = ""
    identifier_text: str | None = None  # canonical name (person, organisation)
    start: int = -1  # char offsets into Document.body
    end: int = -1
    sentence: int = -1
    why: str = ""  # which rule / lexicon entry resolved it (for --debug / explain)
    other_sectors: list[str] = field(default_factory=list)
    # token span within the sentence's spaCy doc (set by the actor stage, used by the event stage)
    tok_start: int = -1
    tok_end: int = -1

    def to_plover(self, debug: bool = False) -> dict:
        out = {"code": self.code, "sector": self.sector, "entity_text": self.entity_text}
        if self.identifier_text:
            out["identifier_text"] = self.identifier_text
        if self.other_sectors:
            out["other_sectors"] = list(self.other_sectors)
        if debug:
            out["why"] = self.why
        return out

    def key(self) -> tuple:
        return (self.code, self.sector, self.identifier_text)


@dataclass
class Mention:
    """One sentence that reports an event."""

    sentence: int
    start: int
    end: int
    text: str
    event_text: str = ""


@dataclass(eq=False)  # identity semantics: stages key dicts by event object
class Event:
    category: str  # PLOVER category (current names)
    actor: list[Entity] = field(default_factory=list)
    recipient: list[Entity] = field(default_factory=list)
    mode: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    goldstein: float | None = None
    quad_code: int | None = None
    event_scale: float | None = None
    event_text: list[str] = field(default_factory=list)
    trigger_start: int = -1  # char offsets of the trigger in the body
    trigger_end: int = -1
    sentence: int = -1
    reciprocal: bool = False
    # auxiliary modes (PLOVER): the event is kept, flagged
    negated: bool = False
    hypothetical: bool = False  # hypothetical, conditional, future, question
    future: bool = False
    reported: bool = False  # only reported/alleged by a third party
    historical: bool = False
    source: list[Entity] = field(default_factory=list)  # who reports it (not the actor)
    # when and where
    date: str | None = None
    date_precision: str | None = None  # day | month | year | range | publication
    enddate: str | None = None
    date_text: str | None = None
    date_source: str | None = None  # text | anchored | publication | reported-speech | none
    event_loc: dict | None = None
    confidence: float = 0.5
    rule: str = ""
    mentions: list[Mention] = field(default_factory=list)

    @property
    def factual(self) -> bool:
        return not (self.negated or self.hypothetical or self.future)


@dataclass
class Document:
    """One story. Readers fill the raw fields; ``clean`` fills body and metadata."""

    id: str
    origin: str  # where it was read from: path, "path:line", or "-"
    raw: str = ""  # the input as read (plain text or HTML)
    kind: str = "text"  # text | html
    body: str = ""
    title: str | None = None
    publisher: str | None = None
    section: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None
    tags: list[str] = field(default_factory=list)
    pub_datetime: datetime | None = None
    date_source: str = "none"  # dateline | html-meta | input | option | none
    paragraphs: list[tuple[int, int]] = field(default_factory=list)  # char spans in body
    boilerplate: list[str] = field(default_factory=list)  # lines removed from the body
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)  # every actor mention in the story
    events: list[Event] = field(default_factory=list)
    discarded: str | None = None  # story-level discard reason (sports, entertainment, ...)
    meta: dict = field(default_factory=dict)  # anything else a reader found
    timings: dict = field(default_factory=dict)
    # a stage's private per-document working data (e.g. the actor stage's per-sentence index that
    # entities_for answers from), keyed by stage name; never written out
    stage_data: dict = field(default_factory=dict, repr=False)

    @property
    def content_hash(self) -> str:
        """SHA-1 of the raw input and of what the input states about it (``meta["stated"]``: a
        JSONL story's date, publisher, title ...), so a re-ingest with a changed date replaces the
        stored version. Inputs that state nothing hash their text alone (as before)."""
        h = hashlib.sha1(self.raw.encode("utf-8", "replace"))
        stated = self.meta.get("stated")
        if stated:
            import json

            h.update(b"\0" + json.dumps(stated, sort_keys=True, ensure_ascii=True, default=str).encode())
        return h.hexdigest()

    def to_extract(self) -> dict:
        """What ``whimbrel extract`` prints: what the coder reads, and what it threw away."""
        return {
            "id": self.id,
            "origin": self.origin,
            "title": self.title,
            "publisher": self.publisher,
            "section": self.section,
            "author": self.author,
            "url": self.url,
            "language": self.language,
            "tags": self.tags,
            "publication_datetime": self.pub_datetime.isoformat() if self.pub_datetime else None,
            "date_source": self.date_source,
            "body": self.body,
            "paragraphs": [{"start": s, "end": e} for s, e in self.paragraphs],
            "sentences": [
                {"sequence": s.seq, "start": s.start, "end": s.end, "paragraph": s.paragraph, "text": s.text}
                for s in self.sentences
            ],
            "boilerplate": self.boilerplate,
        }


STORY = "story"  # key of a long document's StoryState in a chunk's Document.stage_data


@dataclass
class StoryState:
    """What the chunks of a long document pass on to the chunks after them (pipeline.code_long).

    A document longer than pipeline.DOC_CHUNK is coded chunk by chunk, each chunk's parses and
    working data dropped before the next; only this crosses chunks, and it stays small (names and
    counters, not sentences): the story-level topic discard (sports, entertainment) judged once on
    the whole body; the people named in full and the full names by surname and the words of
    multi-word names (a later bare surname, the pre-filter's known names); the states in the order
    last named ("both countries"); the two parties of the last event between two ("the two sides");
    how often each state is named (the dominant state that places
    generic agents); the date of the last dated event ("a day later") and the story's news day.
    """

    discarded: str | None = None
    names: dict[str, set[str]] = field(default_factory=dict)  # actors.story.full_names_by_surname
    name_words: set[str] = field(default_factory=set)  # actors.story_name_words
    places: Counter = field(default_factory=Counter)  # actors.context.place_counts
    states: Counter = field(default_factory=Counter)  # actors.context.state_counts
    people: dict = field(default_factory=dict)  # actors.story.StoryPeople.by_surname: surname -> Unit
    recent_states: list[str] = field(default_factory=list)  # states in order last named ("both countries")
    last_pair: list = field(default_factory=list)  # the two parties of the last bilateral event ("the two sides")
    previous_date: Any = None  # when.DateResult of the last dated event
    news_day: Any = None  # when.DateResult: the day the story last gave its news (when.news_day)
    chunks: int = 0

    def with_names(self, names: dict[str, set[str]]) -> dict[str, set[str]]:
        """The earlier chunks' names and these; these are remembered for the chunks after."""
        merged = {k: set(v) for k, v in self.names.items()}
        for k, v in names.items():
            merged.setdefault(k, set()).update(v)
            self.names.setdefault(k, set()).update(v)
        return merged


@dataclass
class Reject:
    """An input that could not be read or coded: recorded, never silently dropped."""

    origin: str
    code: str
    message: str

    def __post_init__(self):
        # origins come from file names and JSONL ids: never let them carry a terminal escape or a
        # lone surrogate to stderr, a rejects file or the store
        from .errors import printable

        self.origin, self.message = printable(self.origin), printable(self.message)

    def to_dict(self) -> dict:
        return {"input": self.origin, "code": self.code, "error": self.message}

    def __str__(self) -> str:
        return f"{self.origin}: [{self.code}] {self.message}"
