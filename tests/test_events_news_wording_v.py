"""News-body wording (session 48, found on the invented-story corpus's train and dev splits): a
protest told in a relative clause; chess reports; "its spokesman"; "the two sides"; live reports;
quoted names for an act; treaty commitments restated; roundup items; standing by idle; meetings that
are only a venue; the presidential office. The sentences are written for these tests."""
from __future__ import annotations

from conftest import events_of, parties as _parties, show


def test_people_who_gathered_in_protest_are_the_protesters(code_sentence):
    text = ("Riot police in Lusaka used tear gas on Friday to scatter dozens of Zambian traders who had "
            "gathered outside the city council chanting slogans.")
    events = events_of(code_sentence, text, "PROTEST")
    assert events and _parties(events, "actor") & {("ZMB", "CVL"), ("ZMB", "BUS")}, show(code_sentence, text)


def test_people_who_tried_to_march_are_the_protesters(code_sentence):
    text = "Police in Quito turned back 30 Ecuadorian students who set out to march on the presidential palace."
    events = events_of(code_sentence, text, "PROTEST")
    assert events and ("ECU", "EDU") in _parties(events, "actor"), show(code_sentence, text)


def test_a_past_deed_in_a_relative_clause_stays_background(code_sentence):
    text = "Gunmen who had seized a village in Zamfara killed four Nigerian farmers."
    assert not events_of(code_sentence, text, "COERCE"), show(code_sentence, text)


def test_a_chess_report_is_sport_not_war(code_sentence):
    text = ("ROUND SEVEN. The Norwegian grandmaster attacked on the kingside from the opening, sacrificed a "
            "rook on move 22 and captured two pawns before his Indian opponent resigned in a lost endgame. "
            "The other grandmasters drew quickly, and the FIDE leaderboard now shows three players tied on "
            "five points with two rounds of the chess tournament left.")
    assert not code_sentence(text).events, show(code_sentence, text)


def test_its_spokesman_speaks_for_the_body_before(code_sentence):
    text = ("Kenya's interior ministry condemned the border raid on Monday. Its spokesman accused Somali "
            "militiamen of sheltering behind refugee camps.")
    events = events_of(code_sentence, text, "ACCUSE")
    assert any(("KEN", "GOV") in _parties([e], "actor") and "SOM" in {r.code for r in e.recipient} for e in events), \
        show(code_sentence, text)


def test_a_sentence_naming_only_the_two_sides_is_parsed(code_sentence):
    text = ("Kenyan and Somali troops clashed near Mandera on Monday. The two sides agreed to a ceasefire "
            "on Tuesday.")
    events = events_of(code_sentence, text, "AGREE")
    assert events and {"KEN", "SOM"} <= {p.code for e in events for p in e.actor + e.recipient}, \
        show(code_sentence, text)


def test_a_live_report_entry_is_of_the_publication_day(code_sentence):
    text = ("Lima protests live: marchers return to the capital\n\n"
            "07:10 Peruvian police cleared the square on Monday night, officers said.\n\n"
            "09:45 The ombudsman's office said 14 people were detained and urged the police to release them.\n\n"
            "11:20 Peru's interior minister rejected calls to resign.")
    events = code_sentence(text, pub="2026-04-08T16:00:00").events
    later = [e for e in events if e.category in ("REQUEST", "REJECT")]
    assert later and all(e.date == "2026-04-08" for e in later), show(code_sentence, text, pub="2026-04-08T16:00:00")


def test_a_quoted_name_for_an_act_is_no_attack(code_sentence):
    text = 'Bolivia\'s interior minister branded the strike "an assault on the national economy" on Tuesday.'
    assert not events_of(code_sentence, text, "ASSAULT"), show(code_sentence, text)
    assert events_of(code_sentence, text, "ACCUSE"), show(code_sentence, text)


def test_an_ally_restating_a_defence_treaty_backs_the_party_it_covers(code_sentence):
    text = ("Japan's foreign minister reaffirmed on Monday that the security treaty obligations extend to "
            "Australian naval patrols in the region.")
    events = events_of(code_sentence, text, "SUPPORT")
    assert events and ("JPN", "GOV") in _parties(events, "actor") and "AUS" in {r.code for e in events for r in e.recipient}, \
        show(code_sentence, text)


def test_a_roundup_item_s_bodies_are_its_header_state_s(code_sentence):
    text = ("CHILE: Police detained 40 students in Santiago on Monday after a march on the education ministry.\n\n"
            "PERU: The president dissolved the cabinet on Tuesday. Police arrested two former ministers.\n\n"
            "ECUADOR: The interior minister warned truckers that road blockades would be cleared by force.")
    events = code_sentence(text, pub="2026-04-08T12:00:00").events
    arrests = [e for e in events if e.category == "COERCE" and "arrested" in (e.event_text or "")]
    assert arrests and all(a.code == "PER" for e in arrests for a in e.actor), show(code_sentence, text)
    warns = [e for e in events if e.category == "THREATEN"]
    assert warns and all(a.code == "ECU" for e in warns for a in e.actor), show(code_sentence, text)
    assert not any(r.entity_text.isupper() for e in events for r in e.recipient if r.entity_text), show(code_sentence, text)


def test_standing_by_idle_is_no_support(code_sentence):
    text = "Honduran riot police stood by and did not intervene when the crowd set the toll booths on fire."
    assert not events_of(code_sentence, text, "SUPPORT"), show(code_sentence, text)


def test_a_meeting_that_is_only_where_words_were_said_is_no_consultation(code_sentence):
    text = ("Speaking at a party meeting in Bucharest on Monday, the Romanian interior minister blamed "
            "smugglers for the fire. The Moldovan finance minister told a government meeting that wages would rise.")
    assert not events_of(code_sentence, text, "CONSULT"), show(code_sentence, text)


def test_a_meeting_with_a_named_other_side_is_still_a_consultation(code_sentence):
    text = "Kenya's foreign minister spoke at a meeting with Ethiopian officials in Addis Ababa on Monday."
    assert events_of(code_sentence, text, "CONSULT"), show(code_sentence, text)


def test_the_presidential_office_is_the_government(code_sentence):
    text = "South Korea's presidential office on Friday condemned the missile launch by North Korea."
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and ("KOR", "GOV") in _parties(events, "actor"), show(code_sentence, text)
