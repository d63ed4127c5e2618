"""News-body wording (session 49, found on the invented-story corpus's train and dev splits): acts a
party says it will not do; federations of members; stoppages with no end; convoys refused entry;
duties slapped on; an official placed by the sentence before; titles of address; the later news day a story moves on to. The sentences are written for these tests."""
from __future__ import annotations

from conftest import events_of, parties as _parties, show


def test_a_stated_refusal_is_reject(code_sentence):
    text = "Peru's foreign ministry said on Tuesday that Lima would not pay the compensation Ecuador demands."
    events = events_of(code_sentence, text, "REJECT")
    assert events and ("PER", "GOV") in _parties(events, "actor"), show(code_sentence, text)


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
    text = "Peru's bus drivers' federation condemned the transport ministry's new fare rules on Friday."
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and ("PER", "LAB") in _parties(events, "actor"), show(code_sentence, text)


def test_a_confederation_is_a_civic_body(code_sentence):
    text = "A Chilean confederation of indigenous communities accused the government of ignoring the court ruling."
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and "CHL" in {a for a, _ in _parties(events, "actor")}, show(code_sentence, text)


def test_an_indefinite_strike_is_a_stoppage(code_sentence):
    text = "Tea pluckers in Kericho launched an indefinite strike against the Kenyan government's privatisation plan."
    assert events_of(code_sentence, text, "PROTEST") and not events_of(code_sentence, text, "ASSAULT"), \
        show(code_sentence, text)


def test_a_delegation_turned_back_is_refused_entry(code_sentence):
    text = "Eritrean border guards turned back a delegation of Ethiopian lawmakers at Zalambessa on Monday."
    events = events_of(code_sentence, text, "REJECT")
    assert events and ("ERI", "MIL") in _parties(events, "actor"), show(code_sentence, text)


def test_marchers_turning_back_refuse_no_one(code_sentence):
    text = "The Bolivian marchers turned back when they reached the bridge at Desaguadero."
    assert not events_of(code_sentence, text, "REJECT"), show(code_sentence, text)


def test_slapping_levies_is_a_sanction(code_sentence):
    text = "Beijing slapped anti-dumping levies on Australian wine."
    events = events_of(code_sentence, text, "SANCTION")
    assert events and "AUS" in {r for r, _ in _parties(events, "recipient")}, show(code_sentence, text)


def test_an_official_takes_up_the_state_the_sentence_before_is_about(code_sentence):
    text = ("Kenya accused Ugandan troops of crossing the border near Busia on Monday. Kampala rejected "
            "the report. A foreign ministry spokesman said the soldiers had stayed on their own soil. He "
            "called on Nairobi to withdraw the claim.")
    events = events_of(code_sentence, text, "REQUEST")
    assert any(("UGA", "GOV") in _parties([e], "actor") and "KEN" in {r.code for r in e.recipient} for e in events), \
        show(code_sentence, text)


def test_a_councillors_title_does_not_end_the_sentence(code_sentence):
    text = ("Toronto's police board approved a budget increase on Monday. Coun. Priya Malhotra accused the "
            "board of ignoring Canadian taxpayers.")
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and ("CAN", "LEG") in _parties(events, "actor"), show(code_sentence, text)


def test_undated_acts_after_a_later_day_belong_to_it(code_sentence):
    text = ("A Ugandan court jailed the editor of a Kampala weekly on Monday, her lawyer said.\n\n"
            "Ugandan journalists marched to parliament on Tuesday afternoon.\n\n"
            "Riot police beat the marchers with batons and detained six reporters.")
    events = code_sentence(text, pub="2026-04-08T16:00:00").events
    later = [e for e in events if e.category == "ASSAULT"]
    assert later and all(e.date == "2026-04-07" for e in later), show(code_sentence, text, pub="2026-04-08T16:00:00")
