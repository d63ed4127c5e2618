"""Protests the verb does not name: acts of civil actors done to press a demand, and protesters
whose country is the authority they address."""
from __future__ import annotations


def _dyads(doc):
    return [(e.category, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in doc.events]


def test_an_act_done_to_press_a_demand_is_a_protest(code_sentence):
    """retype._collective_demand: a civil actor's act with a demanding purpose clause is PROTEST, the
    demand folded in (clauses.purpose_links); speech and paperwork with the same clause are not."""
    doc = code_sentence("Striking miners in Peru slept outside the congress building for a week, "
                        "demanding that the government raise their pensions.")
    assert [e.category for e in doc.events] == ["PROTEST"]
    doc = code_sentence("Farmers in Kenya parked their tractors across the main highway to press the "
                        "government to cut fertiliser prices.")
    assert [e.category for e in doc.events] == ["PROTEST"]
    doc = code_sentence("Students in Chile wrote to the education minister, demanding lower fees.")
    assert "PROTEST" not in [e.category for e in doc.events]
    # the same act by an authority is no protest
    doc = code_sentence("Peruvian officials slept outside the congress building, demanding a budget vote.")
    assert "PROTEST" not in [e.category for e in doc.events]


def test_protesters_are_the_people_of_the_authority_they_address(code_sentence):
    """places.infer_country (protest): a protest whose doers name no country takes the country of
    the authority it is aimed at, whatever their sector (here refugees)."""
    doc = code_sentence("Dozens of asylum seekers have been on hunger strike for a month, demanding "
                        "work permits from the Greek government.")
    assert _dyads(doc) == [("PROTEST", ["GRC"], ["GRC"])]
