"""Paragraphs and sentences of the cleaned body, with character offsets into it.

The body is split into paragraphs on line breaks (the cleaners put one paragraph per line block),
then each paragraph into sentences with spaCy's rule-based sentencizer over a blank English
tokenizer: it keeps abbreviations such as "U.S." and "Gen." whole, and costs a fraction of the
statistical parser, which later runs only on the sentences that may hold an event.

Documents of any length are coded, not refused: a paragraph longer than ``CHUNK`` characters is
split into chunks at the last sentence end (else the last space) before the limit, so spaCy never
sees more than a chunk (it refuses texts over a million characters, and its cost per text grows
with the text), and a "sentence" longer than ``MAX_SENTENCE`` characters (a table or a list run
together, never prose) is cut at spaces into pieces, so no later stage meets an unbounded sentence.
"""
from __future__ import annotations

import re

from .model import Document, Sentence
from .nlp import get_splitter
from .options import Options

_PARA = re.compile(r"[^\n]+")
CHUNK = 50_000  # characters of a paragraph sentencized at once
MAX_SENTENCE = 2_000  # characters; longer runs are cut at spaces (the longest prose sentence of the golds: ~700)
_SENT_END = re.compile(r"[.!?][\"')\]]?\s")


def paragraphs(body: str) -> list[tuple[int, int]]:
    spans = []
    for m in _PARA.finditer(body):
        s, e = m.start(), m.end()
        while s < e and body[s].isspace():
            s += 1
        while e > s and body[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def chunks(start: int, end: int, text: str, limit: int, boundary: re.Pattern | None = _SENT_END) -> list[tuple[int, int]]:
    """``[start, end)`` of ``text`` as spans of at most ``limit`` characters, cut after the last
    ``boundary`` match (else the last space, else hard) before each limit: linear in the length."""
    spans = []
    while end - start > limit:
        cut = -1
        if boundary is not None:
            for m in boundary.finditer(text, max(start, start + limit - 2_000), start + limit):
                cut = m.end()
        if cut <= start:
            cut = text.rfind(" ", start + 1, start + limit) + 1
        if cut <= start:
            cut = start + limit
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


def segment_document(doc: Document, options: Options) -> None:
    body = doc.body
    doc.paragraphs = paragraphs(body)
    splitter = get_splitter()
    pieces = [(p_i, s, e) for p_i, (ps, pe) in enumerate(doc.paragraphs) for s, e in chunks(ps, pe, body, CHUNK)]
    sentences: list[Sentence] = []
    for (p_i, c_start, _), pdoc in zip(pieces, splitter.pipe(body[s:e] for _, s, e in pieces)):
        rows = _token_rows(pdoc)
        for sent in pdoc.sents:
            # the span's text sliced from the body (speed, same output: the tokenizer keeps every
            # character, so this is sent.text, which joins a Token object per word on each read)
            raw = body[c_start + sent.start_char : c_start + sent.end_char]
            text = raw.strip()
            if not text:
                continue
            lead = sent.start_char + (len(raw) - len(raw.lstrip()))  # in the chunk
            start = c_start + lead
            if len(text) > MAX_SENTENCE:
                _add_long(sentences, body, start, start + len(text), p_i, splitter)
                continue
            tokens = [(word, idx - lead, idx - lead + length) for word, idx, length in rows[sent.start:sent.end]
                      if idx >= lead and idx < lead + len(text)]
            sentences.append(Sentence(seq=len(sentences), start=start, end=start + len(text), text=text,
                                      paragraph=p_i, tokens=tokens))
    doc.sentences = sentences


def _token_rows(pdoc) -> list[tuple[str, int, int]]:
    """(text, offset, length) of every token of a split chunk, read from the doc's arrays. Speed,
    same output: a sentence's token list needs only these three, and a Token object built for
    every word of every body was a third of this stage's own Python time."""
    from spacy.attrs import IDX, LENGTH, ORTH

    strings = pdoc.vocab.strings
    return [(strings[orth], idx, length) for orth, idx, length in pdoc.to_array([ORTH, IDX, LENGTH]).tolist()]


def _add_long(sentences: list[Sentence], body: str, start: int, end: int, p_i: int, splitter) -> None:
    """A run of more than MAX_SENTENCE characters without a sentence end, as pieces cut at spaces."""
    for s, e in chunks(start, end, body, MAX_SENTENCE, boundary=None):
        while s < e and body[s].isspace():
            s += 1
        while e > s and body[e - 1].isspace():
            e -= 1
        if e <= s:
            continue
        text = body[s:e]
        tokens = [(t.text, t.idx, t.idx + len(t.text)) for t in splitter.tokenizer(text)]
        sentences.append(Sentence(seq=len(sentences), start=s, end=e, text=text, paragraph=p_i, tokens=tokens))
