"""Paragraphs and sentences of the cleaned body, with character offsets into it.

The body is split into paragraphs on line breaks (the cleaners put one paragraph per line block),
then each paragraph into sentences with spaCy's rule-based sentencizer over a blank English
tokenizer: it keeps abbreviations such as "U.S." and "Gen." whole, and costs a fraction of the
statistical parser, which later runs only on the sentences that may hold an event.
"""
from __future__ import annotations

import re

from .model import Document, Sentence
from .nlp import get_splitter
from .options import Options

_PARA = re.compile(r"[^\n]+")


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


def segment_document(doc: Document, options: Options) -> None:
    body = doc.body
    doc.paragraphs = paragraphs(body)
    splitter = get_splitter()
    texts = [body[s:e] for s, e in doc.paragraphs]
    sentences: list[Sentence] = []
    for p_i, ((p_start, _), pdoc) in enumerate(zip(doc.paragraphs, splitter.pipe(texts))):
        for sent in pdoc.sents:
            text = sent.text.strip()
            if not text:
                continue
            lead = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))  # in the paragraph
            start = p_start + lead
            tokens = [(t.text, t.idx - lead, t.idx - lead + len(t.text)) for t in sent
                      if t.idx >= lead and t.idx < lead + len(text)]
            sentences.append(Sentence(seq=len(sentences), start=start, end=start + len(text), text=text,
                                      paragraph=p_i, tokens=tokens))
    doc.sentences = sentences
