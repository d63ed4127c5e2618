"""News-body wording (session 46, found on the invented-story corpus's train and dev splits): a speaker
reporting another party's act as a wrong is accusing it; an outcome said to befall a party threatens
it; a refusal until a condition is met rejects; and the actor and merge rules of that session. The
sentences are written for these tests."""
from __future__ import annotations

from conftest import events_of, show


def _targets(code_sentence, text, category: str) -> set[str]:
    """The recipients' state codes of the sentence's events of one category."""
    return {r.code for e in events_of(code_sentence, text, category) for r in e.recipient}


def _accused(code_sentence, text) -> set[str]:
    return _targets(code_sentence, text, "ACCUSE")


def test_an_act_told_with_a_manner_word_of_wrong_is_an_accusation(code_sentence):
    text = "Malaysia's maritime agency said Chinese survey ships had unlawfully entered its exclusive economic zone."
    assert "CHN" in _accused(code_sentence, text), show(code_sentence, text)


def test_an_act_told_in_the_speakers_quoted_harsh_words_is_an_accusation(code_sentence):
    text = 'The Armenian foreign ministry said Azerbaijan was "sabotaging the peace process".'
    assert "AZE" in _accused(code_sentence, text), show(code_sentence, text)


def test_a_participle_of_speech_speaks_for_the_subject_of_its_clause(code_sentence):
    text = 'The Serbian interior minister spoke to reporters in Belgrade, saying Kosovo had "sabotaged" every agreement.'
    events = [e for e in events_of(code_sentence, text, "ACCUSE") if "KOS" in {r.code for r in e.recipient}]
    assert events and {a.code for a in events[0].actor} == {"SRB"}, show(code_sentence, text)


def test_the_speakers_own_forces_are_not_accused(code_sentence):
    text = 'Ukraine\'s general staff said its forces had carried out "precise and devastating" strikes near Kherson.'
    assert not _accused(code_sentence, text), show(code_sentence, text)


def test_a_prediction_or_a_negated_act_is_no_accusation(code_sentence):
    for text in ('Egypt\'s foreign minister said Ethiopia could "bring disaster" on the Nile basin.',
                 'Egypt\'s foreign minister said Ethiopia had not "acted recklessly" at the dam.'):
        assert "ETH" not in _accused(code_sentence, text), show(code_sentence, text)


def test_a_whole_quoted_report_is_the_act_not_a_charge(code_sentence):
    text = '"Armed bandits killed four farmers near Gusau," the Zamfara police spokesman said.'
    assert not events_of(code_sentence, text, "ACCUSE"), show(code_sentence, text)


def test_harsh_words_in_a_clause_hung_on_the_act_do_not_make_it_a_wrong(code_sentence):
    text = ('Greece\'s coast guard said Turkish patrol boats had escorted the dinghies, whose crossing was '
            '"horrific", toward Lesbos.')
    assert "TUR" not in _accused(code_sentence, text), show(code_sentence, text)


def _threatened(code_sentence, text) -> set[str]:
    return _targets(code_sentence, text, "THREATEN")


def test_a_reported_price_to_pay_threatens_the_one_who_pays(code_sentence):
    text = 'Azerbaijan\'s defence ministry said Armenia would "pay a heavy price" for the shelling of its posts.'
    assert "ARM" in _threatened(code_sentence, text), show(code_sentence, text)


def test_a_passive_outcome_threatens_its_subject_and_force_is_coded_so(code_sentence):
    text = "Turkey's defence minister said Kurdish militia positions in Syria would be treated as legitimate targets."
    events = [e for e in events_of(code_sentence, text, "THREATEN") if e.actor and e.actor[0].code == "TUR"]
    assert events and events[0].cameo == "138", show(code_sentence, text)


def test_a_party_to_be_held_to_account_is_threatened(code_sentence):
    text = "Ghana's interior minister said Togo would be held to account for the border killings."
    assert "TGO" in _threatened(code_sentence, text), show(code_sentence, text)


def test_a_price_already_paid_is_no_threat(code_sentence):
    text = "Chile's finance minister said Argentina had paid a high price for its default."
    assert "ARG" not in _threatened(code_sentence, text), show(code_sentence, text)


def test_a_states_possessive_places_a_body_whose_name_many_states_share(code_sentence):
    for text, state in (("Ireland's Labour Party condemned the hospital closures.", "IRL"),
                        ("Britain's Labour Party condemned the hospital closures.", "GBR")):
        events = events_of(code_sentence, text, "ACCUSE")
        assert events and {a.code for a in events[0].actor} == {state}, show(code_sentence, text)


def test_two_statements_to_two_parties_of_one_state_stay_two_events(code_sentence):
    text = ("Zambia's opposition leader condemned the Constitutional Court over the ruling and accused "
            "the Patriotic Front of rigging the by-election.")
    sectors = {r.sector for e in events_of(code_sentence, text, "ACCUSE") for r in e.recipient}
    events = events_of(code_sentence, text, "ACCUSE")
    assert len(events) == 2 and {"JUD", "PTY"} <= sectors, show(code_sentence, text)


def test_a_visit_told_by_two_verbs_stays_one_event(code_sentence):
    text = "Argentina's president received Chile's foreign minister, who flew into Buenos Aires for border talks."
    assert len(events_of(code_sentence, text, "CONSULT")) == 1, show(code_sentence, text)


def test_both_of_a_speakers_allies_are_the_storys_two_sides(code_sentence):
    text = ("Clashes broke out again on the border between Armenia and Azerbaijan. Armenia accused Azerbaijan "
            "of shelling its villages. Russia's foreign ministry asked both of its neighbours to pull their units back.")
    events = [e for e in events_of(code_sentence, text, "REQUEST") if e.actor and e.actor[0].code == "RUS"]
    assert events and {r.code for r in events[0].recipient} == {"ARM", "AZE"}, show(code_sentence, text)


def test_an_act_refused_until_a_condition_is_met_is_a_rejection(code_sentence):
    text = ("Kenyan nurses would not resume ward rounds until the health ministry released their allowances, "
            "their union said on Monday.")
    events = events_of(code_sentence, text, "REJECT")
    assert events and {a.code for a in events[0].actor} == {"KEN"}, show(code_sentence, text)


def test_a_forecast_held_until_a_condition_is_no_rejection(code_sentence):
    text = "Ghana's finance minister said on Monday that prices would not fall until the harvest arrives."
    assert not events_of(code_sentence, text, "REJECT"), show(code_sentence, text)


def test_troops_nothing_places_are_the_forces_of_the_storys_one_state(code_sentence):
    text = ("Violence flared again in Colombia's Cauca department this week. Colombian officials said the "
            "ELN had attacked two villages near Popayan. Troops seized a dozen mortar shells and a radio set from "
            "a rebel camp on Thursday.")
    events = events_of(code_sentence, text, "COERCE")
    assert events and {a.code for a in events[0].actor} == {"COL"}, show(code_sentence, text)


def test_patrols_stepped_up_are_a_mobilization_but_joint_ones_are_not(code_sentence):
    text = "Mali's army stepped up patrols around Gao and Menaka after the ambush."
    assert events_of(code_sentence, text, "MOBILIZE"), show(code_sentence, text)
    text = "Senegal and Gambia agreed to step up joint patrols along their border."
    assert not events_of(code_sentence, text, "MOBILIZE") and not events_of(code_sentence, text, "THREATEN"), \
        show(code_sentence, text)


def test_a_group_of_states_named_as_one_is_each_of_its_states(code_sentence):
    text = "The E3 urged Iran on Friday to restore the inspectors' access to its enrichment sites."
    events = events_of(code_sentence, text, "REQUEST")
    assert events and {a.code for a in events[0].actor} == {"GBR", "FRA", "DEU"}, show(code_sentence, text)
    assert {r.code for r in events[0].recipient} == {"IRN"}, show(code_sentence, text)


def test_an_acronym_is_the_body_a_story_named_in_full_even_as_a_modifier(code_sentence):
    text = ("Army jets bombed Rapid Support Forces bases near Nyala on Monday. The RSF accused the army of "
            "killing civilians in the raids.")
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and {(a.code, a.sector) for a in events[0].actor} == {("SDN", "PRM")}, show(code_sentence, text)

