"""News-body wording (session 43, found on the invented-story corpus's train and dev splits): regret
at another's act, a quoted name for an act, bodies owned by "his"/"her", an unnamed titled speaker
taken up by "he", a name apposed to a title placed later, "the country" after "X's president", and
people from a town the tagger did not take for a place. The sentences are written for these tests."""
from __future__ import annotations

from conftest import events_of, show


def test_regretting_another_states_decision_is_a_rebuke(code_sentence):
    text = "Austria's foreign ministry said it deeply regretted Hungary's decision to close the border crossing."
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and events[0].actor[0].code == "AUT", show(code_sentence, text)
    assert {r.code for r in events[0].recipient} == {"HUN"}, show(code_sentence, text)


def test_regret_for_an_incident_stays_an_apology(code_sentence):
    text = "Japan's foreign ministry expressed regret for the incident at the port."
    assert not events_of(code_sentence, text, "ACCUSE"), show(code_sentence, text)


def test_a_quotation_after_the_object_is_what_the_object_is_called(code_sentence):
    # the parser hangs the quotation on the first verb; it is still what the second speaker calls the vote
    text = ("Egypt's envoy said his government \"strongly regretted\" the Ethiopian decision, and Sudan's envoy "
            "called it \"a shameful provocation\" in a letter to the council.")
    sudan = [e for e in events_of(code_sentence, text, "ACCUSE") if e.actor and e.actor[0].code == "SDN"]
    assert sudan, show(code_sentence, text)


def test_a_body_owned_by_his_is_the_speakers(code_sentence):
    text = "Egypt's ambassador said his delegation regretted the Ethiopian decision."
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and events[0].actor[0].code == "EGY", show(code_sentence, text)


def test_he_takes_up_the_unnamed_spokesman_of_the_sentence_before(code_sentence):
    text = ("A Vietnamese foreign ministry spokesman said the Chinese survey ship had entered Vietnam's waters. "
            "He urged Beijing to withdraw the vessel at once.")
    events = events_of(code_sentence, text, "REQUEST")
    assert events and events[0].actor[0].code == "VNM", show(code_sentence, text)
    assert {r.code for r in events[0].recipient} == {"CHN"}, show(code_sentence, text)


def test_a_name_apposed_to_a_title_placed_later_takes_its_state(code_sentence):
    # "the party" is placed by the party told before; the spokesperson's name goes with it
    # (two states in the story: no story state places the name by itself)
    text = ("Police in Lusaka detained four members of the Patriotic Front on Friday. Malawi's government "
            "called for calm on both sides of the border. In a statement, the party's deputy spokesperson, "
            "Grace Mulenga, condemned the detentions.")
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and events[0].actor[0].code == "ZMB", show(code_sentence, text)


def test_the_country_after_a_state_named_as_the_subjects_owner(code_sentence):
    text = ("Estonia's president condemned the cable damage, while the country's foreign minister called on "
            "the European Union to sanction the ship's owners.")
    events = events_of(code_sentence, text, "REQUEST")
    assert events and events[0].actor[0].code == "EST", show(code_sentence, text)


def test_people_from_a_town_of_another_state_are_of_that_state(code_sentence):
    text = "Nine fishermen from Rameswaram were arrested by the Sri Lankan navy near Kachchativu on Monday."
    events = events_of(code_sentence, text, "COERCE")
    assert events and {r.code for r in events[0].recipient} == {"IND"}, show(code_sentence, text)


def test_an_agentless_acquittal_is_the_courts(code_sentence):
    # manual, CONCEDE: acquittals; only a court acquits, as only the police arrest
    text = ("A court in Nairobi convicted a former county governor of fraud on Monday. His co-accused, "
            "a contractor, was acquitted for lack of evidence.")
    events = events_of(code_sentence, text, "CONCEDE")
    assert events and {(a.code, a.sector) for a in events[0].actor} == {("KEN", "JUD")}, show(code_sentence, text)


def test_people_picked_up_by_the_police_are_arrested(code_sentence):
    text = "Ugandan police picked up four Kenyan traders at the Busia border post on Tuesday."
    events = events_of(code_sentence, text, "COERCE")
    assert events and events[0].mode == ["arrest"], show(code_sentence, text)
    assert not events_of(code_sentence, "Uganda's ruling party picked up votes in the north.", "COERCE")


def test_the_group_can_stand_for_a_paramilitary_force(code_sentence):
    text = ("The Wagner-backed militia shelled the market in Kidal on Monday. The Rapid Support Forces shelled "
            "the Abu Shouk camp near El Fasher on Monday. In a statement, the group accused the army of hiding "
            "artillery in homes.")
    events = [e for e in events_of(code_sentence, text, "ACCUSE") if e.actor]
    assert events and {(a.code, a.sector) for a in events[0].actor} == {("SDN", "PRM")}, show(code_sentence, text)
