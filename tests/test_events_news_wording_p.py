"""News-body wording (session 42, invented stories): reactions to an act the story told before in
other words ("the exercises", "the decision", "the vote"), consular access asked of the state that
holds people, and forces placed on readiness."""
from __future__ import annotations

from conftest import events_of, show


def test_an_act_noun_told_back_bare_is_aimed_at_its_doer(code_sentence):
    # the lexicon codes "exercises" only with a word of force ("military exercises"); told back bare,
    # the condemned exercises are those of the earlier mobilisation
    text = ("Pakistan's navy sent warships and submarines into the Arabian Sea on Monday for large-scale "
            "exercises. India's foreign ministry condemned the exercises as reckless.")
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and {r.code for r in events[0].recipient} == {"PAK"}, show(code_sentence, text)


def test_a_generic_act_noun_is_the_deed_just_reported(code_sentence):
    # deeds of three states told before: "the decision" is the last one, not a domestic complaint
    text = ("Russian troops shelled Kharkiv on Monday. Hungary blocked a new aid package for weeks. On Thursday "
            "EU leaders agreed to impose new sanctions on Moscow. Ukraine's foreign minister welcomed the decision.")
    events = [e for e in events_of(code_sentence, text, "SUPPORT") if e.actor and e.actor[0].code == "UKR"]
    assert events and {r.code for r in events[0].recipient} == {"EUR"}, show(code_sentence, text)


def test_a_day_named_as_owner_is_no_doer(code_sentence):
    text = ("Romania's parliament voted on Thursday to expel two Russian diplomats accused of spying. "
            "Moldova's government welcomed Thursday's vote.")
    events = events_of(code_sentence, text, "SUPPORT")
    assert events and {r.code for r in events[0].recipient} == {"ROU"}, show(code_sentence, text)


def test_consular_access_is_asked_of_the_state_holding_the_people(code_sentence):
    text = ("Venezuelan soldiers arrested twelve Colombian traders near the border on Monday. "
            "Colombia's foreign ministry said it had requested consular access to the detainees.")
    events = events_of(code_sentence, text, "REQUEST")
    assert events and {r.code for r in events[0].recipient} == {"VEN"}, show(code_sentence, text)


def test_units_placed_on_combat_readiness_are_mobilised(code_sentence):
    text = "Armenia's defence ministry placed units near the Azerbaijani border on heightened combat readiness on Sunday."
    events = events_of(code_sentence, text, "MOBILIZE")
    assert events and events[0].actor[0].code == "ARM", show(code_sentence, text)


def test_hostages_freed_by_nobody_named_are_freed_by_their_captors(code_sentence):
    # no custody word: not an authority's release but unnamed armed captors', of the place
    text = ("Four engineers and a missionary who were abducted from a mining camp in Nigeria's Zamfara state last week have "
            "been freed, police said on Sunday.")
    events = events_of(code_sentence, text, "RETREAT")
    assert events and [(a.code, a.sector) for a in events[0].actor] == [("NGA", "UAF")], show(code_sentence, text)


def test_captors_a_by_phrase_names_free_their_hostage(code_sentence):
    text = ("A German engineer was released on Saturday in Niger, where he had been held hostage by fighters of "
            "the Islamic State Sahel Province since March.")
    events = events_of(code_sentence, text, "RETREAT")
    # the captors, not the state of the place where he was freed
    assert events and {a.code for a in events[0].actor} == {"IMG"}, show(code_sentence, text)


def test_prisoners_freed_from_custody_are_still_the_authority_s(code_sentence):
    text = "Twelve activists who were detained in Harare last week were released on bail on Monday."
    events = events_of(code_sentence, text, "RETREAT")
    assert events and events[0].actor[0].sector in ("COP", "JUD", "GOV"), show(code_sentence, text)


def test_a_passive_mediation_is_aimed_at_the_parties_of_the_act_told_before(code_sentence):
    text = ("Armenia and Azerbaijan exchanged prisoners on Friday. The exchange was mediated by Kazakhstan, "
            "the Armenian foreign ministry said.")
    events = events_of(code_sentence, text, "CONSULT")
    assert events and events[0].actor[0].code == "KAZ", show(code_sentence, text)
    assert {r.code for r in events[0].recipient} == {"ARM", "AZE"}, show(code_sentence, text)


def test_a_mediation_told_in_a_background_phrase_is_the_news_when_nothing_else_is(code_sentence):
    text = "Eleven Ukrainian teenagers have been reunited with their families after mediation by Qatar, Kyiv said on Friday."
    events = events_of(code_sentence, text, "CONSULT")
    assert events and events[0].actor[0].code == "QAT", show(code_sentence, text)


def test_a_brokered_deal_beside_the_main_act_stays_with_it_and_a_sought_mediation_is_none(code_sentence):
    # the read gold codes the main act alone; a mediation only agreed to has not happened
    text = "Eritrea freed six Ethiopian fishermen on Monday in a deal brokered by Oman."
    assert not events_of(code_sentence, text, "CONSULT"), show(code_sentence, text)
    text = "Somalia agreed to Turkish mediation in its row with Ethiopia."
    assert not [e for e in events_of(code_sentence, text, "CONSULT") if e.actor and e.actor[0].code == "TUR"], \
        show(code_sentence, text)


def test_a_third_party_that_brokers_a_ceasefire_mediates(code_sentence):
    text = "Angola brokered a ceasefire between Congo and Rwanda on Sunday."
    events = events_of(code_sentence, text, "CONSULT")
    assert events and events[0].actor[0].code == "AGO", show(code_sentence, text)
    assert {r.code for r in events[0].recipient} == {"COD", "RWA"}, show(code_sentence, text)


def test_a_criminal_case_opened_is_an_investigation(code_sentence):
    text = "Moldovan prosecutors said on Monday they had opened a criminal case against two border officials."
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and events[0].actor[0].code == "MDA", show(code_sentence, text)
    text = "In October, a court in Helsinki dismissed the criminal case against the ship's captain."
    assert not [e for e in events_of(code_sentence, text, "ACCUSE") if "case" in " ".join(e.event_text)], \
        show(code_sentence, text)


def test_a_relief_convoy_crossing_into_a_state_is_aid_to_its_people(code_sentence):
    # the origin ("from Jordan") is where the relief comes from, the destination whom it is for
    text = "A UN convoy of 30 trucks carrying food and medicine crossed from Jordan into southern Syria on Monday."
    events = events_of(code_sentence, text, "AID")
    assert events and events[0].actor[0].code == "UNO", show(code_sentence, text)
    assert {r.code for r in events[0].recipient} == {"SYR"}, show(code_sentence, text)


def test_a_convoy_attacked_is_no_aid(code_sentence):
    text = "Gunmen attacked a UN convoy carrying food near Goma on Monday."
    assert not events_of(code_sentence, text, "AID"), show(code_sentence, text)


def test_hot_meals_handed_out_are_relief(code_sentence):
    text = "The World Food Programme has begun distributing hot meals to displaced families in Port-au-Prince."
    events = events_of(code_sentence, text, "AID")
    assert events and {r.code for r in events[0].recipient} == {"HTI"}, show(code_sentence, text)
