"""News-body wording (session 41, invented stories): the rest of a listed body's longer name, a
conduct word inside a body's name, feelings the tagger reads as adjectives, chanting crowds, roads
blocked, an indefinite court, detainees freed, an acronym two states' bodies share, a place whose
state the text states, ombudsmen, a body's officers' office, and security services."""
from __future__ import annotations

from conftest import events_of, show


def test_the_rest_of_a_listed_body_s_longer_name_is_no_person(code_sentence):
    # "Law" is no surname of the knowledge base here: the body's name runs on past the listed part
    text = "The Kazakhstan International Bureau for Human Rights and Rule of Law condemned the police in Almaty."
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and [e.code for e in events[0].actor] == ["KAZ"], show(code_sentence, text)


def test_a_conduct_word_in_a_body_s_name_does_not_void_its_acts(code_sentence):
    text = ("On Tuesday, Tajikistan's Agency for State Financial Control and Combating Corruption detained a "
            "former deputy mayor of Vahdat.")
    events = events_of(code_sentence, text, "COERCE")
    assert events and events[0].actor[0].code == "TJK", show(code_sentence, text)


def test_a_quoted_feeling_the_tagger_reads_as_an_adjective_is_the_speaker_s(code_sentence):
    text = ('A court in Baku sentenced six Azerbaijani journalists to prison on Thursday. The EU foreign policy '
            'chief said she was "deeply dismayed" by the verdict and called for the immediate release of the journalists.')
    accuse = events_of(code_sentence, text, "ACCUSE")
    request = events_of(code_sentence, text, "REQUEST")
    assert accuse and accuse[0].actor[0].code == "EUR", show(code_sentence, text)
    assert request and request[0].actor[0].code == "EUR", show(code_sentence, text)


def test_a_crowd_chanting_a_slogan_protests_and_the_slogan_is_no_act(code_sentence):
    text = 'Outside the court in Bangkok, dozens of students chanted "free our friends" as the activist was taken to prison.'
    assert events_of(code_sentence, text, "PROTEST"), show(code_sentence, text)
    assert not events_of(code_sentence, text, "RETREAT"), show(code_sentence, text)


def test_a_chant_hung_on_the_police_s_verb_is_the_crowd_s(code_sentence):
    text = ("Malawi's electoral commission has yet to announce the results. On Tuesday, police in Blantyre fired "
            "teargas to disperse hundreds of opposition supporters who were marching on the tally centre, "
            'chanting "no to rigging".')
    events = events_of(code_sentence, text, "PROTEST")
    assert events and all(e.actor[0].sector != "COP" for e in events), show(code_sentence, text)
    assert all(r.sector != "OPP" and r.sector != "CVL" for e in events for r in e.recipient), show(code_sentence, text)


def test_fans_chanting_a_name_are_no_protest(code_sentence):
    text = "Fans in Lagos chanted his name as the striker scored twice."
    assert not events_of(code_sentence, text, "PROTEST"), show(code_sentence, text)


def test_an_avenue_is_a_road_to_block(code_sentence):
    # as a road: blocked by the police, movement is restricted (a crowd's blocking is obstruction)
    text = "Police blocked the main avenue to the parliament in Yerevan on Monday."
    events = events_of(code_sentence, text, "COERCE")
    assert events and "restrict" in events[0].mode, show(code_sentence, text)


def test_an_indefinite_court_is_the_story_s_state_s(code_sentence):
    text = ("Police detained the blogger in Almaty on Saturday. A court sentenced the blogger to ten days of "
            "administrative arrest on Monday.")
    events = events_of(code_sentence, text, "SANCTION")
    assert events and events[0].actor[0].code == "KAZ" and events[0].actor[0].sector == "JUD", \
        show(code_sentence, text)


def test_detainees_released_are_freed_by_the_authority_holding_them(code_sentence):
    text = "Lawyers said eleven of the detainees were released in Jayapura late on Friday."
    events = events_of(code_sentence, text, "RETREAT")
    assert events and events[0].actor[0].code == "IDN" and events[0].actor[0].sector == "COP", \
        show(code_sentence, text)


def test_hostages_released_are_not_freed_by_an_authority(code_sentence):
    text = "Lawyers said eleven of the hostages were released in Jayapura late on Friday."
    events = events_of(code_sentence, text, "RETREAT")
    assert all(a.sector != "COP" for e in events for a in e.actor), show(code_sentence, text)


def test_an_acronym_two_states_bodies_bear_is_the_story_s_state_s(code_sentence):
    # "PTI" is India's news agency and Pakistan's party: a story from Lahore means the party
    text = ("Police in Lahore arrested dozens of PTI workers on Wednesday. PTI Lahore chief Ahmed Khan "
            "condemned the arrests.")
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and [e.code for e in events[0].actor] == ["PAK"], show(code_sentence, text)


def test_a_place_whose_state_the_text_states_is_of_that_state(code_sentence):
    # Bor is also a town of South Sudan
    text = "Police in the eastern Serbian town of Bor detained an opposition activist on Sunday."
    events = events_of(code_sentence, text, "COERCE")
    assert events and events[0].actor[0].code == "SRB", show(code_sentence, text)


def test_an_ombudsman_s_office_is_a_state_body(code_sentence):
    text = ("Roadblocks have cut the main highways around La Paz for a week. The Ombudsman's Office called on the "
            "protesters to let ambulances through.")
    events = events_of(code_sentence, text, "REQUEST")
    assert events and events[0].actor[0].code == "BOL" and events[0].actor[0].sector == "GOV", \
        show(code_sentence, text)


def test_the_office_of_a_state_body_s_officers_is_that_body(code_sentence):
    text = ("Bolivia has arrested three former ministers this month. The prosecutors' office in La Paz charged "
            "the former interior minister with terrorism on Monday.")
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and events[0].actor[0].code == "BOL", show(code_sentence, text)


def test_a_state_security_service_named_in_the_singular_is_intelligence(code_sentence):
    text = "Ukraine's security service said on Tuesday it had detained a man suspected of spying for Russia."
    events = events_of(code_sentence, text, "COERCE")
    assert events and events[0].actor[0].code == "UKR" and events[0].actor[0].sector == "SPY", \
        show(code_sentence, text)


def test_the_noun_after_a_conjunction_read_as_a_preposition_is_its_clause_s_subject(code_sentence):
    # "as" opens a clause here: the supporters try to block the avenue, not the police
    text = ("On Sunday, police in Yerevan detained 31 people as supporters of the opposition movement tried to "
            "block an avenue near the government building, demanding the resignation of the prime minister.")
    events = events_of(code_sentence, text, "PROTEST")
    assert events and events[0].actor[0].sector != "COP", show(code_sentence, text)
    requests = events_of(code_sentence, text, "REQUEST")
    assert requests and requests[0].actor[0].sector != "COP", show(code_sentence, text)


def test_gendarmes_are_police(code_sentence):
    text = "Gendarmes in Djibouti arrested two Yemeni smugglers on Tuesday."
    events = events_of(code_sentence, text, "COERCE")
    assert events and events[0].actor[0].sector == "COP", show(code_sentence, text)


def test_who_after_a_title_ending_in_a_place_is_the_titled_person(code_sentence):
    # the parser hangs "who called" on "Djibouti"; an infinitive it hangs on "called" is what is asked
    text = ('"These deaths were preventable," said Maria Lopez, IOM\'s chief of mission in Djibouti, who called '
            "on the governments of Djibouti, Yemen and Ethiopia to dismantle the smuggling networks.")
    events = events_of(code_sentence, text, "REQUEST")
    assert events and events[0].actor[0].code == "UNO", show(code_sentence, text)
    assert not events_of(code_sentence, text, "CONSULT"), show(code_sentence, text)


def test_the_agency_is_the_un_agency_named_just_before(code_sentence):
    text = ("A boat carrying 150 Rohingya refugees was pushed back to sea by villagers in Aceh on Tuesday. "
            "UNHCR's representative in Indonesia said the agency was deeply alarmed and urged the Indonesian "
            "authorities to let the refugees land.")
    events = events_of(code_sentence, text, "REQUEST")
    assert events and events[0].actor[0].code == "UNO" and events[0].actor[0].entity_text == "agency", \
        show(code_sentence, text)


def test_a_source_asking_not_to_be_named_makes_no_request(code_sentence):
    text = "A Taliban official in Kabul, who asked not to be named, said the prisoners had been freed."
    assert not events_of(code_sentence, text, "REQUEST"), show(code_sentence, text)


def test_a_resolution_s_words_are_the_adopting_body_s(code_sentence):
    text = ("The U.N. Security Council on Monday extended the mandate of its peacekeeping mission in Western "
            "Sahara. The resolution, adopted with 13 votes in favor, calls on Morocco to resume negotiations.")
    events = events_of(code_sentence, text, "REQUEST")
    assert events and events[0].actor[0].code == "UNO" and events[0].recipient[0].code == "MAR", \
        show(code_sentence, text)


def test_a_statement_s_words_are_the_issuing_body_s(code_sentence):
    text = ("In a statement issued in Dhaka on Sunday, the UN refugee agency urged the authorities to let the "
            "refugees land. The statement also called on Myanmar's military to end the violence.")
    events = [e for e in events_of(code_sentence, text, "REQUEST") if e.recipient and e.recipient[0].code == "MMR"]
    assert events and events[0].actor[0].code == "UNO", show(code_sentence, text)


def test_an_attack_called_unacceptable_is_condemned_not_done(code_sentence):
    # a "for" further on ("asked ... for explanations") leaves "called X unacceptable" a judgement
    text = ('Israeli troops fired on a UN position in southern Lebanon on Tuesday. Italy called the attack '
            '"unacceptable" and said it had asked the Israeli government for explanations.')
    accuse = events_of(code_sentence, text, "ACCUSE")
    assert accuse and accuse[0].actor[0].code == "ITA" and accuse[0].recipient[0].code == "ISR", \
        show(code_sentence, text)
    assert all(a.code != "ITA" for e in events_of(code_sentence, text, "ASSAULT") for a in e.actor), \
        show(code_sentence, text)
