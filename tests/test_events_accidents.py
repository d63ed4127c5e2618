"""Casualty copy: accidents are no attacks, and a killing's clause of time names its doer
(events/accidents.py, fill_actor.actor_when_clause; session 23). Invented sentences."""
from __future__ import annotations


def _coded(code_sentence, text):
    return [(e.category, [(a.code, a.sector) for a in e.actor], [(r.code, r.sector) for r in e.recipient])
            for e in code_sentence(text).events]


def test_a_crash_a_collapse_a_fire_or_an_animal_attacks_no_one(code_sentence):
    for text in ("Two people were killed in Uganda when a truck plunged into a river.",
                 "A fire killed nine patients at a hospital in Baghdad on Sunday.",
                 "Six people were killed in Bangladesh when a building collapsed in Dhaka.",
                 "Two villagers were killed in India when a leopard attacked them near Pune.",
                 "Eight people were killed in Peru when a bus crashed into a ravine."):
        assert not [e for e in _coded(code_sentence, text) if e[0] == "ASSAULT"], text


def test_weather_a_disaster_or_a_disease_attacks_no_one_nor_protests(code_sentence):
    """The participle's doer is its verb's subject ("floods swept ..., killing 20"); a PROTEST with a
    hazard for subject ("heavy snow blocked roads") is no protest. An army's fire is no hazard."""
    for text in ("Floods swept through villages in northern Chile, killing at least 20 people.",
                 "Measles has killed 30 children in Chad since March.",
                 "A wildfire destroyed 90 homes in northern Portugal over the weekend.",
                 "Heavy snow blocked roads across Norway on Wednesday."):
        assert [e for e in _coded(code_sentence, text) if e[0] in ("ASSAULT", "PROTEST")] == [], text
    assert "PROTEST" in [e[0] for e in _coded(code_sentence, "Villagers blocked the main highway in Ghana on "
                                                            "Monday to protest against power cuts.")]


def test_a_weapon_or_a_gunman_keeps_the_attack(code_sentence):
    for text in ("Five people were killed in Somalia when a bomb exploded at a market in Mogadishu.",
                 "Three soldiers were killed in Mali when their truck hit a landmine.",
                 "Three soldiers were killed in Mali on Tuesday."):
        assert "ASSAULT" in [e[0] for e in _coded(code_sentence, text)], text


def test_a_killing_is_done_by_the_attacker_of_its_clause_of_time(code_sentence):
    """The victims of the passive killing join the attack as its recipients: one event."""
    coded = _coded(code_sentence, "Four soldiers were killed in Niger when jihadists attacked their patrol.")
    assert coded == [("ASSAULT", [("NER", "REB")], [("NER", "MIL")])]
    coded = _coded(code_sentence, "ABUJA - Seven farmers were killed when bandits attacked Dutsin village in "
                                  "Katsina state.")
    assert len(coded) == 1 and coded[0][1] == [("NGA", "CRM")] and ("NGA", "AGR") in coded[0][2]
    coded = _coded(code_sentence, "NAIROBI - Two protesters were shot dead when officers opened fire on a crowd "
                                  "in Kisumu on Monday.")
    assert len(coded) == 1 and ("KEN", "CVL") in coded[0][2] and coded[0][1][0][1] != "UNK"


def test_animals_killed_or_shot_are_no_attack(code_sentence):
    """accidents._animals_only (words.yaml ANIMALS): "hunters shot two lions" or rhinos killed by
    poachers are force against animals, not PLOVER's ASSAULT on people; a ranger killed with a dog
    is still one."""
    assert not code_sentence("Hunters in Zambia shot two lions and an elephant.").events
    assert not code_sentence("Three rhinos were killed by poachers in Zambia.").events
    assert [e.category for e in code_sentence("Gunmen in Zambia killed two rangers and a dog.").events] == ["ASSAULT"]


def test_fires_floods_and_volcanoes_attack_no_one(code_sentence):
    """words.yaml accidents NATURAL_TARGETS and HAZARDS: firefighters battling bushfires attack no
    one, nor does a volcano that kills tourists; troops that exchange fire still do."""
    assert not code_sentence("Firefighters in Queensland battled more than 50 bushfires on Tuesday.").events
    assert not code_sentence("A volcano erupted on Zambia's border, killing at least five tourists.").events
    doc = code_sentence("Zambian and Congolese troops exchanged fire across the border on Wednesday.")
    assert [e.category for e in doc.events] == ["ASSAULT"]
