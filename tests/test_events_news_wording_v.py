"""News-body wording (session 48, found on the invented-story corpus's train and dev splits): a
protest told in a relative clause on the people the police act on. The sentences are written for
these tests."""
from __future__ import annotations

from conftest import events_of, show


def _parties(events, side: str) -> set[tuple[str | None, str | None]]:
    return {(p.code, p.sector) for e in events for p in getattr(e, side)}


def test_people_who_gathered_in_protest_are_the_protesters(code_sentence):
    text = ("Riot police in Lusaka used tear gas on Friday to scatter dozens of Zambian traders who had "
            "gathered outside the city council chanting slogans.")
    events = events_of(code_sentence, text, "PROTEST")
    assert events and _parties(events, "actor") & {("ZMB", "CVL"), ("ZMB", "BUS")}, show(code_sentence, text)


def test_people_who_tried_to_march_are_the_protesters(code_sentence):
    text = "Police in Quito detained 30 Ecuadorian students who tried to march on the presidential palace."
    events = events_of(code_sentence, text, "PROTEST")
    assert events and ("ECU", "EDU") in _parties(events, "actor"), show(code_sentence, text)


def test_a_past_deed_in_a_relative_clause_stays_background(code_sentence):
    text = "Gunmen who had seized a village in Zamfara killed four Nigerian farmers."
    assert not events_of(code_sentence, text, "COERCE"), show(code_sentence, text)
