"""The event stage on the shared example article: the 'must' events of its .gold.json, and its
'must_not' rules (nothing from related-story headlines, reporters never actors)."""
from __future__ import annotations

import json

import pytest

from conftest import EXAMPLE_GOLD, EXAMPLE_TXT, need


@pytest.fixture(scope="module")
def article(pipeline):
    from whimbrel.api import code_documents

    docs = list(code_documents([str(need(EXAMPLE_TXT))], pipeline=pipeline))
    assert len(docs) == 1 and hasattr(docs[0], "events"), docs
    return docs[0]


@pytest.fixture(scope="module")
def gold():
    return json.loads(need(EXAMPLE_GOLD).read_text(encoding="utf-8"))


def codes(ents):
    return {e.code for e in ents if e.code}


def find(doc, category, evidence_word):
    return [e for e in doc.events if e.category == category
            and any(evidence_word in doc.sentences[m.sentence].text for m in (e.mentions or []))]


def test_e1_reciprocal_agree(article):
    evs = [e for e in find(article, "AGREE", "Tehran and Baghdad") if e.reciprocal]
    # a joint act is a dyad marked reciprocal: the first-named party acts, the other receives
    assert evs and codes(evs[0].actor) == {"IRN"} and codes(evs[0].recipient) == {"IRQ"}
    assert all(s.entity_text != "Tehran" for s in evs[0].source)


def test_e2_meeting_is_a_visit(article):
    evs = find(article, "CONSULT", "after meeting with")
    assert evs, [e.category for e in article.events]
    ev = evs[0]
    assert "visit" in ev.mode
    assert codes(ev.actor) | codes(ev.recipient) == {"IRN", "IRQ"}


def test_e3_request_once_with_two_mentions(article):
    evs = [e for e in article.events if e.category == "REQUEST" and "IRN" in codes(e.actor) and "IRQ" in codes(e.recipient)]
    assert len(evs) == 1, [(e.rule, [m.sentence for m in e.mentions]) for e in evs]
    assert len(evs[0].mentions) == 2


def test_e4_two_sides_agree(article):
    evs = [e for e in find(article, "AGREE", "the two sides") if e.reciprocal]
    assert evs and codes(evs[0].actor) | codes(evs[0].recipient) == {"IRN", "IRQ"}
    assert not codes(evs[0].actor) & codes(evs[0].recipient)


def test_e10_flagged_hypothetical(article):
    evs = [e for e in article.events if any("considering" in article.sentences[m.sentence].text for m in e.mentions)]
    assert evs, "E10 not coded"
    assert all(e.hypothetical for e in evs)
    assert all(e.category in ("RETREAT", "SANCTION") for e in evs)


def test_background_is_historical(article):
    for word in ("invasion", "withdrawn"):
        evs = [e for e in article.events if any(word in t for t in e.event_text)]
        assert evs and all(e.historical for e in evs), word


def test_must_not(article, gold):
    boiler = [line for line in gold["document"]["boilerplate_lines_that_must_not_be_body"]]
    for ev in article.events:
        text = article.sentences[ev.sentence].text
        assert not any(text.strip() == b.strip() for b in boiler), text
        for ent in ev.actor:
            assert ent.sector != "JRN" and "Foreign Policy" not in ent.entity_text and "CBS" not in ent.entity_text, ev.rule
