"""News-body wording (session 35, invented stories): where talks are held, and how a story's
parties are placed when they meet abroad."""
from __future__ import annotations

from conftest import events_of, show


def test_the_venue_of_talks_does_not_place_the_parties(code_sentence):
    # a third state hosts the talks: its capital is where the parties meet, not whose they are
    cases = (("Ethiopia's government and armed opposition groups resumed peace talks in Pretoria on Monday. The "
              "opposition delegation accused the government of bad faith at the talks in Pretoria on Tuesday.", "ETH"),
             ("Sudan's army and the rebels resumed talks in Jeddah on Tuesday. The rebel delegation walked out of the "
              "talks in Jeddah on Wednesday, and accused the army of bad faith.", "SDN"),
             ("Myanmar's junta and ethnic armed groups held talks in Kunming on Monday. At the talks in Kunming, the "
              "opposition delegates accused the junta of bombing villages.", "MMR"))
    for text, state in cases:
        events = events_of(code_sentence, text, "ACCUSE")
        assert events and all(a.code == state for e in events for a in e.actor), (text, show(code_sentence, text))


def test_a_headline_venue_does_not_place_the_story(code_sentence):
    # "walk out of Nairobi peace talks": the headline's venue counts for no state of the story
    text = ("South Sudan rebels walk out of Nairobi peace talks\n\n"
            "South Sudan's government and armed opposition groups failed to agree on a truce on Thursday. The head "
            "of the opposition delegation told journalists that government negotiators had refused to integrate "
            "the fighters. Kenya's mediator urged both sides to return. Juba said the army would hold its "
            "positions.\n\n"
            "The government's negotiators accused the opposition delegation of bad faith on Friday.")
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and events[-1].actor[0].code == "SSD", show(code_sentence, text)
