"""Local and regional titles, criminal and security-force nouns, and generic heads with a
non-government modifier (sectors.yaml; state_titles read by unlisted.fill_unlisted): invented
regional-press cases, each group with its negatives."""
from __future__ import annotations

import pytest

from test_actors_rules import _ents

KENYA = "Protests spread across Kenya on Monday."
NIGERIA = "Violence spread across Nigeria on Monday."
PAKISTAN = "Floods hit Pakistan on Monday."
INDIA = "Storms hit India on Monday."
PHILIPPINES = "A typhoon hit the Philippines on Monday."
INDONESIA = "Floods hit Indonesia on Monday."
MALAYSIA = "Parliament opened in Malaysia on Monday."


@pytest.mark.parametrize("story, text, want", [
    # local executives are the government's (PLOVER GOV: executive officials at any level)
    ([KENYA, "County Commissioner Otieno Barasa imposed a curfew."], "County Commissioner Otieno Barasa", ("KEN", "GOV")),
    ([KENYA, "District Commissioner Joseph Kamau banned the rally."], "District Commissioner Joseph Kamau", ("KEN", "GOV")),
    # the head noun wins over "deputy" (a legislator's word on its own)
    ([PAKISTAN, "Deputy Commissioner Sajid Qureshi banned the rally."], "Deputy Commissioner Sajid Qureshi", ("PAK", "GOV")),
    ([PAKISTAN, "Divisional Commissioner Tariq Mehmood banned the rally."], "Divisional Commissioner Tariq Mehmood", ("PAK", "GOV")),
    ([INDIA, "District Collector Kavita Iyer ordered the eviction."], "District Collector Kavita Iyer", ("IND", "GOV")),
    ([NIGERIA, "Commissioner for Information Musa Garba criticised the opposition."], "Commissioner for Information Musa Garba", ("NGA", "GOV")),
    ([NIGERIA, "Deputy Governor Ibrahim Lawal criticised the opposition."], "Deputy Governor Ibrahim Lawal", ("NGA", "GOV")),
    ([PHILIPPINES, "Barangay captain Rodel Santos accused the police."], "Barangay captain Rodel Santos", ("PHL", "GOV")),
    ([PHILIPPINES, "Barangay chairman Lito Garcia accused the soldiers."], "Barangay chairman Lito Garcia", ("PHL", "GOV")),
    ([INDONESIA, "Bupati Hadi Susanto accused the company."], "Bupati Hadi Susanto", ("IDN", "GOV")),
    # legislators of state and national assemblies
    ([INDIA, "MLA Ramesh Tiwari accused the police of brutality."], "MLA Ramesh Tiwari", ("IND", "LEG")),
    ([PAKISTAN, "MNA Bilal Chaudhry accused the government of rigging."], "MNA Bilal Chaudhry", ("PAK", "LEG")),
    ([PAKISTAN, "MPA Nadia Butt accused the police of harassment."], "MPA Nadia Butt", ("PAK", "LEG")),
    ([KENYA, "Deputy Speaker Jane Mutua accused the opposition."], "Deputy Speaker Jane Mutua", ("KEN", "LEG")),
    # police ranks
    ([NIGERIA, "Commissioner of Police Chidi Okafor accused the opposition."], "Commissioner of Police Chidi Okafor", ("NGA", "COP")),
    ([INDIA, "Superintendent of Police Vikram Rathod accused the villagers."], "Superintendent of Police Vikram Rathod", ("IND", "COP")),
    # criminals, security operatives, insurgents
    ([NIGERIA, "Thugs attacked the reporters."], "Thugs", ("NGA", "CRM")),
    ([NIGERIA, "Hoodlums burned a police station."], "Hoodlums", ("NGA", "CRM")),
    ([NIGERIA, "Armed robbers attacked a bank."], "Armed robbers", ("NGA", "CRM")),
    ([INDIA, "Dacoits attacked a village."], "Dacoits", ("IND", "CRM")),
    ([PHILIPPINES, "Drug pushers shot a village chief."], "Drug pushers", ("PHL", "CRM")),
    ([NIGERIA, "The suspects attacked polling units."], "The suspects", ("NGA", "CRM")),
    ([NIGERIA, "Security operatives arrested the publisher."], "Security operatives", ("NGA", "COP")),
    ([PHILIPPINES, "Plainclothes men arrested a journalist."], "Plainclothes men", ("PHL", "COP")),
    ([INDIA, "Maoists attacked a police camp."], "Maoists", ("IND", "REB")),
    # a non-government modifier of a generic head
    ([PAKISTAN, "Party spokesman Imran Rafiq accused the government."], "Party spokesman Imran Rafiq", ("PAK", "PTY")),
    ([PAKISTAN, "Opposition spokesman Imran Rafiq condemned the government."], "Opposition spokesman Imran Rafiq", ("PAK", "OPP")),
    ([KENYA, "Community leaders accused the police of harassment."], "Community leaders", ("KEN", "CVL")),
    ([KENYA, "Clan elders accused the police of killing a herder."], "Clan elders", ("KEN", "CVL")),
    # an agent word before a titled person's generic head says whose the person is
    ([KENYA, "Union spokesman Peter Kamau accused the government of lying."], "Union spokesman Peter Kamau", ("KEN", "LAB")),
    ([KENYA, "Student leader Peter Kamau accused the police of brutality."], "Student leader Peter Kamau", ("KEN", "EDU")),
    ([KENYA, "Militia leader Peter Kamau accused the army of killing civilians."], "Militia leader Peter Kamau", ("KEN", "REB")),
])
def test_local_titles_and_nouns(nlp, story, text, want):
    # a titled person's state comes from the story in a later stage (context.fill_from_context):
    # here the sector is tested, and any state found must be the story's
    got = _ents(nlp, story, 1, text)
    assert any(s == want[1] and c in (want[0], None) for c, s in got), got


@pytest.mark.parametrize("story, text, want", [
    # unchanged: a commissioner of an international body is that body's
    (["Tariffs rose in Europe on Monday.", "EU Trade Commissioner Helga Lindqvist criticised the tariffs."],
     "EU Trade Commissioner Helga Lindqvist", ("EUR", None)),
    # a generic head with a government or armed-group modifier keeps it
    ([PAKISTAN, "Government spokesman Asad Mirza accused the opposition."], "Government spokesman Asad Mirza", ("PAK", "GOV")),
    # a rank is no owner, and a minister is the cabinet's whatever the portfolio
    ([KENYA, "Deputy spokesman Tom Hale criticised the opposition."], "Deputy spokesman Tom Hale", ("KEN", "GOV")),
    ([KENYA, "Police Minister Peter Kamau accused the opposition."], "Police Minister Peter Kamau", ("KEN", "GOV")),
    (["Shelling hit Lebanon on Monday.", "Hezbollah leader Hassan Nasrallah accused Israel."], "Hezbollah leader Hassan Nasrallah", ("LBN", "REB")),
])
def test_unchanged_titles(nlp, story, text, want):
    got = _ents(nlp, story, 1, text)
    assert any(s == want[1] and c in (want[0], None) for c, s in got), got


def test_mca_is_a_legislator_only_in_kenya(nlp, code_sentence):
    """MCA before a name is a Kenyan county assembly member; in Malaysia it is a party's name."""
    doc = code_sentence("NAIROBI - MCA Peter Ochieng accused the Kenyan governor of corruption in Kisumu, Kenya.")
    actors = [(a.code, a.sector) for ev in doc.events for a in ev.actor]
    assert ("KEN", "LEG") in actors, actors
    got = _ents(nlp, [MALAYSIA, "The MCA accused the opposition of lying."], 1, "The MCA")
    assert all(s != "LEG" for _, s in got), got


@pytest.mark.parametrize("story, text", [
    ([PAKISTAN, "The league commissioner fined the club."], "The league commissioner"),
    (["Campaigning began in Ohio on Monday.", "Campaign operatives met the senator."], "Campaign operatives"),
])
def test_no_government_or_police_sector(nlp, story, text):
    got = _ents(nlp, story, 1, text)
    assert all(s not in ("GOV", "COP") for _, s in got), got


@pytest.mark.parametrize("story, text, want", [
    # a carrier named after its country is a company of it, as "X Airlines" is
    ([KENYA, "Kenya Airways suspended flights to Mogadishu."], "Kenya Airways", ("KEN", "BUS")),
    (["Flights resumed in Doha on Monday.", "Qatar Airways praised the decision."], "Qatar Airways", ("QAT", "BUS")),
    # a reviewer of films or food writes for the press; no opponent of a government
    ([NIGERIA, "Film critics praised the new Nollywood drama."], "Film critics", (None, "JRN")),
    ([INDIA, "Food critics panned the restaurant in Mumbai."], "Food critics", (None, "JRN")),
])
def test_carriers_and_reviewers(nlp, story, text, want):
    got = _ents(nlp, story, 1, text)
    assert any(s == want[1] and (want[0] is None or c == want[0]) for c, s in got), got
    assert all(s != "OPP" for _, s in got), got


def test_critics_of_a_government_stay_its_opponents(nlp):
    got = _ents(nlp, [KENYA, "Critics of the government accused the police of abuses."], 1, "Critics of the government")
    assert any(s == "OPP" for _, s in got), got
