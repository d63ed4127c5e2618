"""News-body wording (session 45, found on the invented-story corpus's train and dev splits): a demand
joined by "and" to a charge against a named party. The sentences are written for these tests."""
from __future__ import annotations

from conftest import events_of, show


def test_a_demand_joined_to_a_charge_is_addressed_to_the_accused(code_sentence):
    text = ("Canada's foreign minister accused Ethiopian authorities of blockading the region and demanded "
            "unhindered access for aid convoys.")
    events = events_of(code_sentence, text, "REQUEST")
    assert events and {r.code for r in events[0].recipient} == {"ETH"}, show(code_sentence, text)


def test_a_warning_joined_to_praise_keeps_no_borrowed_target(code_sentence):
    text = ("The UN refugee chief praised Chad for hosting refugees and warned that funding would run out "
            "by June.")
    events = events_of(code_sentence, text, "THREATEN")
    assert not any({r.code for r in e.recipient} == {"TCD"} for e in events), show(code_sentence, text)


def test_a_demand_with_its_own_subject_is_not_joined(code_sentence):
    text = ("Canada's foreign minister accused Venezuelan authorities of persecuting the opposition, and Venezuelan "
            "students demanded the release of their classmates.")
    events = [e for e in events_of(code_sentence, text, "REQUEST") if e.actor and e.actor[0].code == "VEN"]
    assert not any("CAN" in {r.code for r in e.recipient} for e in events), show(code_sentence, text)
