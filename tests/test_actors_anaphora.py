"""Companies and descriptions that stand for an actor named earlier (actors/anaphora.py): each rule
with invented wire-style stories, and the negatives that must stay unresolved (two candidates)."""
from __future__ import annotations

import pytest

from test_actors_rules import _ents


@pytest.mark.parametrize("story, seq, text, want", [
    # companies: multinationals are MNC, state companies their state's BUS
    (["Google removed the videos on Tuesday."], 0, "Google", ("MNC", "BUS")),
    (["Rosneft halted exports through the port."], 0, "Rosneft", ("RUS", "BUS")),
    (["Brazil's Petrobras raised fuel prices."], 0, "Petrobras", ("BRA", "BUS")),
    # a description after exactly one candidate of its kind
    (["Twitter suspended the accounts.", "The social network said they spread false claims."], 1, "The social network", ("MNC", "BUS")),
    (["Gazprom halted gas deliveries to Latvia.", "The company cited a breach of contract."], 1, "The company", ("RUS", "BUS")),
    (["The African Union suspended Guinea.", "The bloc demanded a return to civilian rule."], 1, "The bloc", ("IGO", "GOV")),
    (["The European Commission proposed new tariffs.", "The bloc said talks had failed."], 1, "The bloc", ("EUR", "GOV")),
    (["NATO moved jets to Romania.", "The alliance called the step defensive."], 1, "The alliance", ("IGO", "MIL")),
    (["Beijing flew 30 jets near Taiwan.", "The island scrambled its fighters."], 1, "The island", ("TWN", None)),
    (["Beijing flew 30 jets near Taiwan.", "The island's coast guard tracked the ships."], 1, "The island's coast guard", ("TWN", "MIL")),
    (["Morocco recalled its envoy.", "The kingdom accused Algeria of hostility."], 1, "The kingdom", ("MAR", None)),
    (["Kuwait expelled the diplomats.", "The emirate gave them 48 hours."], 1, "The emirate", ("KWT", None)),
    (["The Jewish state closed the crossing."], 0, "The Jewish state", ("ISR", None)),
    (["Burundi cut ties with Belgium, accusing its former colonial ruler of meddling."], 0, "its former colonial ruler", ("BEL", None)),
    (["Guinea signed a deal with Sweden.", "The country will export bauxite."], 1, "The country", ("GIN", None)),
])
def test_description_resolves(nlp, story, seq, text, want):
    assert want in _ents(nlp, story, seq, text)


@pytest.mark.parametrize("story, seq, text", [
    # two candidates of the kind: unresolved
    (["Shell and Chevron bid for the field.", "The company said it would appeal."], 1, "The company"),
    (["The EU and ASEAN signed a pact.", "The bloc also agreed on tariffs."], 1, "The bloc"),
    (["Jordan and Morocco recalled their envoys.", "The kingdom said it was insulted."], 1, "The kingdom"),
    # the description's kind must fit: Estonia is no island state, Peru had no colonies
    (["Russia flew jets near Estonia.", "The island said it would respond."], 1, "The island"),
    (["Chile thanked Peru, praising its former colonial ruler for support."], 0, "its former colonial ruler"),
    # 'the country' only after a state named as a state in the sentence or paragraph
    (["Cuba and Spain signed a deal.", "The country will export sugar."], 1, "The country"),
])
def test_description_stays_unresolved(nlp, story, seq, text):
    assert all(code is None for code, _ in _ents(nlp, story, seq, text))


def test_company_name_with_article_is_no_company(nlp):
    assert ("MNC", "BUS") not in _ents(nlp, ["Fires spread in the Amazon on Monday."], 0, "Amazon")


def test_company_surname_is_a_person(nlp):
    got = _ents(nlp, ["Kazuo Toyota, the United Nations Emergency Relief Coordinator, arrived in Juba."], 0, "Kazuo Toyota")
    assert ("MNC", "BUS") not in got


# -- organisations named before: "the group", "the chamber", "the court" (descriptions.yaml org_kinds)
@pytest.mark.parametrize("story, seq, text, want", [
    (["Amnesty International published a report on Monday.", "The group accused security forces of torture."],
     1, "The group", ("NGO", "SOC")),
    (["Human Rights Watch documented the killings.", "The rights group urged an inquiry."], 1, "The rights group", ("NGO", "SOC")),
    (["Hezbollah fired rockets at Israel.", "The militant group said it was retaliating."], 1, "The militant group", ("LBN", "REB")),
    (["Nigeria's Senate passed the bill on Tuesday.", "The chamber also condemned the killings."], 1, "The chamber", ("NGA", "LEG")),
    (["The International Criminal Court opened an inquiry.", "The court demanded access to the camps."],
     1, "The court", ("IGO", "JUD")),
])
def test_organisation_description_resolves(nlp, story, seq, text, want):
    assert want in _ents(nlp, story, seq, text)


@pytest.mark.parametrize("story, seq, text", [
    # "the group of ...": a group of people, not the organisation named before
    (["Hezbollah fired rockets at Israel.", "The group of students demanded the release of detainees."], 1, "The group of students"),
    # two organisations of the kind in the nearest sentence that names any: unresolved
    (["Amnesty International and Human Rights Watch condemned the raid.", "The group said it had evidence."], 1, "The group"),
    # more than three sentences back: the writer names it again
    (["Amnesty International published a report.", "Police denied it.", "Officials called it biased.",
      "The interior ministry said it would respond.", "The group said it would not retract it."], 4, "The group"),
])
def test_organisation_description_stays_unresolved(nlp, story, seq, text):
    assert all(code not in ("NGO", "LBN") for code, _ in _ents(nlp, story, seq, text))


def test_home_institution_takes_the_story_state(nlp):
    """code_sets.yaml home_institutions: "the military" of a one-country story is that state's; troops
    in general are not given it (they are as often foreign)."""
    story = ["Nigeria's army chief visited Borno on Monday.", "Gunmen attacked a village in Zamfara.",
             "The military said it killed five fighters.", "Troops were seen near the border."]
    assert _ents(nlp, story, 2, "The military") == [("NGA", "MIL")]
    assert _ents(nlp, story, 3, "Troops") == [(None, "MIL")]


def test_an_acronym_the_story_defines_names_that_organisation(nlp):
    """actors/acronyms.py: "the paramilitary Rapid Support Forces (RSF)" makes the story's later "RSF"
    the Rapid Support Forces, not the lexicon's Reporters Without Borders; undefined, it stays."""
    story = ["Residents of Nyala said the paramilitary Rapid Support Forces (RSF) entered the town at dawn.",
             "The RSF shelled army positions in the east of the town."]
    assert _ents(nlp, story, 1, "The RSF") == [("SDN", "PRM")]
    assert _ents(nlp, ["The RSF said two reporters were detained in Minsk."], 0, "The RSF") == [("NGO", "JRN")]


def test_a_neighbour_named_by_its_border_does_not_place_the_sentence(nlp):
    """context._edge_of: "near the German border" (in Poland), "outside the U.S. embassy": the state
    named is the other side or the embassy's owner, not where the farmers or protesters are."""
    assert _ents(nlp, ["Farmers blocked roads near the German border on Tuesday."], 0, "Farmers") != [("DEU", "AGR")]
    assert _ents(nlp, ["Protesters gathered outside the U.S. embassy in Bogota."], 0, "Protesters") != [("USA", "CVL")]
    # a border of the place's own state still places it
    assert _ents(nlp, ["Gunmen attacked a village in Zamfara, Nigeria, on Monday."], 0, "Gunmen") == [("NGA", "UAF")]


def test_a_surname_links_to_a_name_ner_cut_short(code_sentence):
    """mentions._whole_name: the small model's NER tags only "Oscar" of "Police chief Oscar
    Albayalde"; the proper nouns after it are the rest of the name, so a later bare "Albayalde" is
    the police chief (story.py links surnames to names written in full)."""
    doc = code_sentence("MANILA — Police chief Oscar Albayalde met senators on Tuesday. Later, Albayalde denied "
                        "the allegation.")
    denied = [e for e in doc.events if e.category == "REJECT"]
    assert [(a.code, a.sector) for a in denied[0].actor] == [("PHL", "COP")]
