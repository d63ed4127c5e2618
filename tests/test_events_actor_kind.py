"""The kind of doer decides the category of an act (retype.py, "protest by actor"): blockading,
occupying, storming or setting fire to a place, boycotting a vote, or protesting against a
government is PROTEST when civil actors (protesters, students, workers, an opposition) do it, and
stays COERCE / SANCTION when a state does it. Invented sentences."""
import pytest


def _events(code_sentence, text):
    return [(e.category, (e.mode or [None])[0]) for e in code_sentence(text).events]


@pytest.mark.parametrize("text,mode", [
    ("Angry Peruvian farmers blockaded the regional governor's office in Cusco for two days.", "obstruct"),
    ("Chilean students occupied the education ministry in Santiago on Wednesday.", "obstruct"),
    ("Demonstrators in Mongolia set fire to the headquarters of the ruling party in Ulaanbaatar.", "riot"),
    ("Hundreds of Kyrgyz demonstrators stormed the state television building in Bishkek.", "riot"),
    ("Togo's opposition coalition boycotted the referendum on a new constitution.", "boycott"),
    ("Bus drivers in Senegal protested against the government over rising fuel prices.", "demo"),
])
def test_civil_actor_act_is_protest(code_sentence, text, mode):
    got = _events(code_sentence, text)
    assert ("PROTEST", mode) in got, got
    assert not {c for c, _ in got} & {"COERCE", "SANCTION", "ACCUSE"}, got


@pytest.mark.parametrize("text,cat", [
    ("Rwanda boycotted the regional summit hosted by Burundi.", "SANCTION"),
    ("The Turkish army occupied a strip of land inside northern Syria.", "COERCE"),
    ("Egypt's foreign ministry protested to the Ethiopian government over the new dam.", "ACCUSE"),
])
def test_state_act_keeps_its_category(code_sentence, text, cat):
    got = {c for c, _ in _events(code_sentence, text)}
    assert cat in got and "PROTEST" not in got, got


@pytest.mark.parametrize("text", [
    "The Kenyan navy was placed on high alert after the border incident.",
    "Iran's army raised its combat readiness along the border with Iraq.",
])
def test_alert_and_readiness_are_mobilize(code_sentence, text):
    # a verb over "alert"/"readiness" carries the event; a passive subject is the mobilised actor
    evs = code_sentence(text).events
    assert any(e.category == "MOBILIZE" and e.actor for e in evs), evs


def test_raising_other_things_is_not_mobilize(code_sentence):
    assert not any(e.category == "MOBILIZE" for e in code_sentence("Algeria raised taxes on imported cars.").events)


def test_non_state_actor_addresses_its_own_government(code_sentence):
    evs = code_sentence("Striking Nigerian doctors accused the government of ignoring their demands.").events
    assert any(e.category == "ACCUSE" and {r.code for r in e.recipient} == {"NGA"} for e in evs), evs


def test_state_actor_bare_government_is_not_its_own(code_sentence):
    # a state urging "the government" speaks to another one: no default to itself
    evs = code_sentence("France urged the government to hold elections.").events
    assert not any("FRA" in {r.code for r in e.recipient} for e in evs), evs


def test_flying_relief_to_a_country_is_aid_to_it(code_sentence):
    evs = code_sentence("The Indian air force flew medicines and blankets to Nepal after the floods.").events
    assert any(e.category == "AID" and "NPL" in {r.code for r in e.recipient} for e in evs), evs
    # a leader flying somewhere is travel, not aid
    evs = code_sentence("The Turkish president flew to Berlin for talks.").events
    assert not any(e.category == "AID" for e in evs), evs
