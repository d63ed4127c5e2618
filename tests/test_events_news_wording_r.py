"""News-body wording (session 44, found on the invented-story corpus's train and dev splits): what a
state's mission abroad says with no stated target, a state's words several sentences after the
dealings they answer, a body owned by "its" that opens a sentence, what a pledge promises, a
speaker's next act joined to a backshifted report, pepper spray, brickbats, shut crossings and a
victory hailed. The sentences are written for these tests."""
from __future__ import annotations

from conftest import events_of, show


def test_an_embassy_speaks_to_the_state_it_is_posted_in(code_sentence):
    text = "The Canadian Embassy in Caracas called the verdict \"politically motivated\" on Friday."
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and events[0].actor[0].code == "CAN", show(code_sentence, text)
    assert [(r.code, r.sector) for r in events[0].recipient] == [("VEN", "GOV")], show(code_sentence, text)


def test_an_ambassador_to_a_state_speaks_to_that_state(code_sentence):
    text = "Britain's ambassador to Iran demanded consular access to the detained dual national."
    events = events_of(code_sentence, text, "REQUEST")
    assert events and {r.code for r in events[0].recipient} == {"IRN"}, show(code_sentence, text)


def test_a_mission_to_the_united_nations_names_no_host(code_sentence):
    text = "Russia's ambassador to the United Nations rejected the claims."
    events = events_of(code_sentence, text, "REJECT")
    assert events and not {r.code for r in events[0].recipient} & {"UNO", "IGO"}, show(code_sentence, text)


def test_a_state_answers_the_dealings_told_several_sentences_before(code_sentence):
    text = ("Israeli warplanes struck an Iranian weapons depot near Damascus on Saturday, Israel's army said. "
            "The depot had been built in 2019. Satellite images showed three large craters. "
            "Residents said the blasts were heard across the city. Several buildings were damaged. "
            "Tehran flatly denied that any of its installations had been hit.")
    events = [e for e in events_of(code_sentence, text, "REJECT") if e.actor and e.actor[0].code == "IRN"]
    assert events and {r.code for r in events[0].recipient} == {"ISR"}, show(code_sentence, text)


def test_its_body_opening_a_sentence_belongs_to_the_subject_before(code_sentence):
    # the story is mostly about Chad (its dateline, two mentions), and Chad is named in the sentence
    text = ("N'DJAMENA, Feb 7 (AFP) - Chad has expelled four Sudanese diplomats. Sudan condemned the "
            "expulsions on Saturday. Its foreign ministry accused Chad of letting weapons cross the border.")
    ministry = [e for e in events_of(code_sentence, text, "ACCUSE") if e.actor and e.actor[0].sector == "GOV"]
    assert ministry and ministry[0].actor[0].code == "SDN", show(code_sentence, text)
    assert {r.code for r in ministry[0].recipient} == {"TCD"}, show(code_sentence, text)


def test_its_object_stays_the_actors_own(code_sentence):
    text = "Egypt offered its mediators to Sudan's warring generals on Monday."
    events = events_of(code_sentence, text, "AGREE") + events_of(code_sentence, text, "SUPPORT")
    assert all("EGY" not in {r.code for r in e.recipient} for e in events), show(code_sentence, text)


def test_what_a_pledge_promises_is_no_target(code_sentence):
    # the pledged vessels are the thing given; the story's other state receives them
    text = ("Japan and the Philippines signed a defence pact in Manila on Monday. Tokyo also pledged five "
            "more coast guard patrol vessels under its assistance programme, the two governments said.")
    events = [e for e in events_of(code_sentence, text, "AGREE") if e.actor and e.actor[0].sector == "GOV"]
    assert events and {r.code for r in events[0].recipient} == {"PHL"}, show(code_sentence, text)


def test_a_simple_past_after_a_backshifted_report_is_the_speakers_act(code_sentence):
    text = ("In a statement issued on Monday, Armenia's defence ministry said Azerbaijani troops had shelled "
            "a village near the border and accused Baku of preparing a new offensive.")
    events = events_of(code_sentence, text, "ACCUSE", pub="2026-04-08T12:00:00")
    assert events and events[0].actor[0].code == "ARM", show(code_sentence, text)
    assert {r.code for r in events[0].recipient} == {"AZE"} and events[0].date == "2026-04-06", show(code_sentence, text)


def test_a_deed_after_a_backshifted_report_stays_in_the_report(code_sentence):
    text = "Vietnam's coast guard said the Chinese trawlers had entered its waters and ignored repeated warnings."
    events = events_of(code_sentence, text, "REJECT")
    assert all(e.actor[0].code != "VNM" for e in events), show(code_sentence, text)


def test_pepper_spray_at_a_crowd_is_crowd_control(code_sentence):
    text = "Police in Nairobi sprayed pepper spray at opposition supporters outside parliament."
    events = events_of(code_sentence, text, "ASSAULT")
    assert events and events[0].mode == ["crowd-control"], show(code_sentence, text)


def test_brickbats_pelted_at_police_are_a_riot(code_sentence):
    text = "In Dhaka, some protesters then pelted the police with brickbats."
    events = events_of(code_sentence, text, "PROTEST")
    assert events and events[0].mode == ["riot"], show(code_sentence, text)


def test_a_crossing_shut_is_one_closed(code_sentence):
    text = "Kyrgyzstan also temporarily shut the Kyzyl-Bel checkpoint on the Tajik border to all traffic."
    events = events_of(code_sentence, text, "SANCTION")
    assert events and events[0].actor[0].code == "KGZ", show(code_sentence, text)


def test_hailing_a_victory_told_before_supports_its_winner(code_sentence):
    text = ("Fighters of the Kachin Independence Army captured the town of Bhamo from Myanmar's army on Monday. "
            "Myanmar's National Unity Government hailed the victory as a turning point.")
    events = events_of(code_sentence, text, "SUPPORT")
    assert events and {(r.code, r.sector) for r in events[0].recipient} == {("MMR", "REB")}, show(code_sentence, text)
