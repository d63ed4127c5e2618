"""News-body wording (session 50, found on the invented-story corpus's train and dev splits): crowd
control weapons a vessel or a crowd is hit or doused with; a person of a foreign mission given days
to leave; a call for a clause after a time phrase; countermeasures taken or announced; a finite verb
after a denied gerund. The sentences are written for these tests."""
from __future__ import annotations

from conftest import events_of, parties as _parties, show


def _codes(events, side: str) -> set:
    """The country codes on one side of the events."""
    return {code for code, _ in _parties(events, side)}


def test_hit_with_a_water_cannon_is_crowd_control(code_sentence):
    text = "A Vietnamese fisheries patrol ship hit a Malaysian trawler with a water cannon near the atoll on Friday."
    events = events_of(code_sentence, text, "ASSAULT")
    assert events and "crowd-control" in events[0].mode, show(code_sentence, text)
    assert "VNM" in _codes(events, "actor"), show(code_sentence, text)


def test_doused_with_tear_gas_is_crowd_control(code_sentence):
    text = "Bolivian riot police doused striking miners with tear gas outside the labour ministry."
    events = events_of(code_sentence, text, "ASSAULT")
    assert events and "crowd-control" in events[0].mode, show(code_sentence, text)


def test_hit_by_a_downturn_is_no_assault(code_sentence):
    text = "Bolivian miners were hit with a sharp fall in tin prices last year."
    assert not events_of(code_sentence, text, "ASSAULT"), show(code_sentence, text)


def test_an_embassy_official_given_days_to_go_is_expelled(code_sentence):
    text = "Latvia gave a Belarusian embassy official two days to leave the country on Thursday."
    events = events_of(code_sentence, text, "SANCTION")
    assert events and "expel" in events[0].mode, show(code_sentence, text)
    assert "BLR" in _codes(events, "recipient"), show(code_sentence, text)


def test_an_envoy_given_a_span_hanging_on_the_span_is_expelled(code_sentence):
    text = "Gabon gave the Cameroonian envoy ten days to leave."
    events = events_of(code_sentence, text, "SANCTION")
    assert events and "expel" in events[0].mode, show(code_sentence, text)


def test_rebels_given_days_to_leave_a_town_are_no_expulsion(code_sentence):
    text = "Congolese commanders gave M23 fighters two days to leave the town."
    assert not events_of(code_sentence, text, "SANCTION"), show(code_sentence, text)


def test_a_call_for_a_clause_after_a_time_phrase_is_a_request(code_sentence):
    text = "Nepal's human rights commission called on Friday for the detained teachers to be released."
    events = events_of(code_sentence, text, "REQUEST")
    assert events and "NPL" in _codes(events, "actor"), show(code_sentence, text)


def test_waiting_for_a_clause_is_no_request(code_sentence):
    text = "Nepal's teachers waited on Friday for the ministry to publish the results."
    assert not events_of(code_sentence, text, "REQUEST"), show(code_sentence, text)


def test_countermeasures_announced_are_a_threat(code_sentence):
    text = "Hungary's foreign minister said Budapest would take countermeasures against Slovakia."
    events = events_of(code_sentence, text, "THREATEN")
    assert events and "SVK" in _codes(events, "recipient"), show(code_sentence, text)


def test_retaliatory_measures_taken_cut_relations(code_sentence):
    text = "Hanoi took retaliatory measures against two Cambodian banks on Monday."
    events = events_of(code_sentence, text, "SANCTION")
    assert events and "KHM" in _codes(events, "recipient"), show(code_sentence, text)


def test_measures_to_protect_people_are_no_sanction(code_sentence):
    text = "Hungary's health ministry took measures to protect hospital patients from the heat."
    assert not events_of(code_sentence, text, "SANCTION") and not events_of(code_sentence, text, "THREATEN"), \
        show(code_sentence, text)


def test_a_finite_verb_after_a_denied_gerund_is_its_own_act(code_sentence):
    text = "The Houthis denied targeting ships and accused Washington of lying."
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and "USA" in _codes(events, "recipient"), show(code_sentence, text)


def test_a_month_inside_a_conjunct_object_does_not_date_the_first_act(code_sentence):
    # a guard: the gerund's finite conjunct, re-hung on the first verb, must not bring its object's
    # month to that verb's act
    text = ("Ghana's opposition denounced the budget, accusing the government of betraying workers, and called for "
            "a fuel levy due in October to be dropped.")
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and not any("-10" in (e.date or "") for e in events), show(code_sentence, text)
