"""What a speaker calls another party's act (events/tone.py): an epithet no word list holds is
criticism when its words are harsh by VADER's valence lexicon (PLOVER ACCUSE: "criticize, defame,
denigrate responsible parties"). The sentences are written for these tests."""
from __future__ import annotations

import pytest

from conftest import events_of, show


@pytest.mark.parametrize("text", [
    "Ghana's foreign ministry called Togo's border closure \"a cruel blow to traders on both sides\".",
    "Ghana's foreign ministry described Togo's border closure as a cynical ploy.",
    "Ghana's foreign ministry branded Togo's border closure a humiliation for the region.",
])
def test_a_harsh_epithet_no_list_holds_is_criticism(code_sentence, text):
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and events[0].actor[0].code == "GHA", show(code_sentence, text)
    assert {r.code for r in events[0].recipient} == {"TGO"}, show(code_sentence, text)


@pytest.mark.parametrize("text", [
    "Ghana's foreign ministry called Togo's border decision \"a sensible step for both sides\".",
    "Ghana's foreign ministry described Togo's border decision as not a cruel one.",
])
def test_a_mild_or_negated_epithet_is_no_criticism(code_sentence, text):
    assert not events_of(code_sentence, text, "ACCUSE"), show(code_sentence, text)


def test_what_a_party_calls_a_thing_judges_no_one(code_sentence):
    # "what officers described as stolen weapons" names what was seized, it judges no one's act
    text = "Kenyan police seized what officers described as stolen weapons from a Somali gang."
    assert events_of(code_sentence, text, "COERCE"), show(code_sentence, text)
    assert not events_of(code_sentence, text, "ACCUSE"), show(code_sentence, text)


def test_an_act_noun_in_the_epithet_names_the_act(code_sentence):
    # "a rocket attack" says what the act was; the attack itself stays an event
    text = "Four fishermen were killed on Friday in what the coast guard described as a rocket attack by Houthi rebels."
    assert events_of(code_sentence, text, "ASSAULT"), show(code_sentence, text)
    assert not events_of(code_sentence, text, "ACCUSE"), show(code_sentence, text)


def test_the_lexicon_is_read_from_the_installed_package():
    from whimbrel.events.tone import HARSH_BELOW, valences

    words = valences()
    assert len(words) > 7000
    assert words["cruel"] <= HARSH_BELOW < words["good"]
