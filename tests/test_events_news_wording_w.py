"""News-body wording (session 49, found on the invented-story corpus's train and dev splits): acts a
party says it will not do. The sentences are written for these tests."""
from __future__ import annotations

from conftest import events_of, parties as _parties, show


def test_a_stated_refusal_is_reject(code_sentence):
    text = ("Chile's foreign ministry said on Tuesday that Santiago would not hand the disputed islets to "
            "Argentina under any circumstances.")
    events = events_of(code_sentence, text, "REJECT")
    assert events and ("CHL", "GOV") in _parties(events, "actor"), show(code_sentence, text)


def test_a_vowed_never_is_reject(code_sentence):
    text = "Ghana's main opposition party said its lawmakers would never recognise the electoral commission's new register."
    events = events_of(code_sentence, text, "REJECT")
    assert events and "GHA" in {a for a, _ in _parties(events, "actor")}, show(code_sentence, text)


def test_declining_to_comment_is_no_refusal(code_sentence):
    text = "A spokesman for Peru's interior ministry said he would not comment on the inquiry."
    assert not events_of(code_sentence, text, "REJECT"), show(code_sentence, text)


def test_a_forecast_of_things_is_no_refusal(code_sentence):
    text = "Nigeria's central bank governor said inflation would not fall before the end of the year."
    assert not events_of(code_sentence, text, "REJECT"), show(code_sentence, text)


def test_a_federation_takes_its_members_sector(code_sentence):
    text = "Peru's bus drivers' federation rejected the transport ministry's new fare rules on Friday."
    events = events_of(code_sentence, text, "REJECT")
    assert events and ("PER", "LAB") in _parties(events, "actor"), show(code_sentence, text)


def test_a_confederation_is_a_civic_body(code_sentence):
    text = "A Chilean confederation of indigenous communities accused the government of ignoring the court ruling."
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and "CHL" in {a for a, _ in _parties(events, "actor")}, show(code_sentence, text)


def test_an_indefinite_strike_is_a_stoppage(code_sentence):
    text = "Tea pluckers in Kericho launched an indefinite strike on Monday against the Kenyan government's privatisation plan."
    assert events_of(code_sentence, text, "PROTEST") and not events_of(code_sentence, text, "ASSAULT"), \
        show(code_sentence, text)


def test_a_convoy_turned_back_is_refused_entry(code_sentence):
    text = "Eritrean border guards turned back an Ethiopian aid convoy at the Zalambessa crossing on Monday."
    events = events_of(code_sentence, text, "REJECT")
    assert events and ("ERI", "MIL") in _parties(events, "actor"), show(code_sentence, text)


def test_marchers_turning_back_refuse_no_one(code_sentence):
    text = "The Bolivian marchers turned back when they reached the bridge at Desaguadero."
    assert not events_of(code_sentence, text, "REJECT"), show(code_sentence, text)


def test_slapping_duties_is_a_sanction(code_sentence):
    text = "Beijing slapped a 30 per cent duty on Canadian canola oil on Tuesday."
    events = events_of(code_sentence, text, "SANCTION")
    assert events and "CAN" in {r for r, _ in _parties(events, "recipient")}, show(code_sentence, text)


def test_an_official_takes_up_the_state_the_sentence_before_is_about(code_sentence):
    text = ("Vietnam said a Chinese survey ship entered its waters near the Paracel islands on Monday. "
            "Beijing gave a different account. A foreign ministry spokeswoman said the ship had been on a "
            "routine voyage. She urged Hanoi to stop spreading rumours.")
    events = events_of(code_sentence, text, "REQUEST")
    assert any(("CHN", "GOV") in _parties([e], "actor") and "VNM" in {r.code for r in e.recipient} for e in events), \
        show(code_sentence, text)


def test_a_councillors_title_does_not_end_the_sentence(code_sentence):
    text = ("Toronto police declined to release the report on Monday. Coun. Priya Malhotra accused the "
            "police board of hiding the findings from Canadian taxpayers.")
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and ("CAN", "LEG") in _parties(events, "actor"), show(code_sentence, text)



def test_a_named_official_takes_the_place_the_sentence_opens_with(code_sentence):
    text = ("Lithuania expelled two Belarusian diplomats on Monday. In Minsk, foreign ministry spokesman "
            "Andrei Kovalenko denounced Vilnius's hostile step.")
    events = events_of(code_sentence, text, "ACCUSE")
    assert any(("BLR", "GOV") in _parties([e], "actor") for e in events), show(code_sentence, text)


def test_undated_acts_after_a_later_day_belong_to_it(code_sentence):
    text = ("Kenyan police on Monday night arrested the governor of Nakuru over a land deal, the "
            "anti-corruption commission said.\n\nHis supporters blocked the main highway on Tuesday "
            "morning.\n\nPolice fired tear gas at the crowd and detained six Kenyan youths.")
    events = code_sentence(text, pub="2026-04-08T16:00:00").events
    later = [e for e in events if e.category == "ASSAULT"]
    assert later and all(e.date == "2026-04-07" for e in later), show(code_sentence, text, pub="2026-04-08T16:00:00")
