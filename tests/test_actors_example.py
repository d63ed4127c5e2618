"""The example article: every actor of its .gold.json resolves as listed (issue 3, done-when b).

The body is taken by hand from the scraped text (the lines between the dateline clutter and the
asterisk note, without READ MORE lines) so this test does not depend on the cleaner.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from conftest import EXAMPLE_GOLD, EXAMPLE_TXT, need

from whimbrel.actors import resolve_actors
from whimbrel.model import Document, Sentence
from whimbrel.options import Options


@pytest.fixture(scope="module")
def example(nlp):
    lines = [l.strip() for l in need(EXAMPLE_TXT).read_text(encoding="utf-8").splitlines()]
    i = next(k for k, l in enumerate(lines) if l.startswith("The Iraqi commander"))
    j = next(k for k, l in enumerate(lines) if l.startswith("*Daesh"))
    paras = [l for l in lines[i : j + 1] if l and not l.startswith("READ MORE")]
    body = "\n".join(paras)
    doc = Document(id="example", origin=str(EXAMPLE_TXT), body=body,
                   pub_datetime=datetime(2020, 6, 7, 4, 55, tzinfo=timezone.utc))
    seq, pos = 0, 0
    for p in paras:
        for s in nlp(p).sents:
            start = pos + s.start_char
            sent = Sentence(seq=seq, start=start, end=start + len(s.text), text=s.text, candidate=True)
            sent.doc = nlp(s.text)
            doc.sentences.append(sent)
            seq += 1
        pos += len(p) + 1
    resolve_actors(doc, Options())
    gold = json.loads(need(EXAMPLE_GOLD).read_text(encoding="utf-8"))
    return doc, gold


def _mentions(doc, text):
    """Entities whose text is this mention or contains it as a whole word sequence."""
    t = text.lower()
    if t.startswith("the "):
        t = t[4:]

    def words(x):
        return " " + " ".join(x.lower().replace("/", " / ").split()) + " "

    return [e for e in doc.entities if words(t) in words(e.entity_text)]


def _gold_actors(gold):
    for a in gold["actors"]:
        code = a.get("code") or a.get("country")
        for text in [a["text"]] + a.get("also", []):
            yield text, code, a["sector"]


def test_example_actors(example):
    doc, gold = example
    fails = []
    for text, code, sector in _gold_actors(gold):
        if "/" in text:  # "ISIL/ISIS/Islamic State": each name on its own
            names = text.split("/")
        else:
            names = [text]
        for name in names:
            ents = _mentions(doc, name)
            if not ents:
                fails.append(f"{name!r}: not found")
            elif not any(e.code == code and e.sector == sector for e in ents):
                fails.append(f"{name!r}: want {code} {sector}, got {[(e.entity_text, e.code, e.sector) for e in ents]}")
    assert not fails, "\n".join(fails)


def test_example_body_offsets(example):
    doc, _ = example
    for e in doc.entities:
        assert doc.body[e.start:e.end] == e.entity_text
        s = doc.sentences[e.sentence]
        assert s.doc[e.tok_start:e.tok_end].text == e.entity_text
