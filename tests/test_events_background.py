"""Scene-setting clauses and adjuncts are not coded beside the sentence's main event (coder.py
_background/_subordinate_background): wire sentences add what came before ("a day after X attacked
Y"), who a party is ("protesters occupying the ministry") and the framework of the act ("under a
bilateral agreement"); those are not new events of the story. Invented sentences."""
import pytest


def _cats(code_sentence, text):
    return sorted(e.category for e in code_sentence(text).events)


@pytest.mark.parametrize("text,main,background", [
    ("Mali recalled its ambassador from Niamey on Sunday, two days after Nigerien troops attacked a village near Gao.",
     "SANCTION", "ASSAULT"),
    ("Ghana recalled its ambassador from Lome after Togolese soldiers began shelling border posts.",
     "SANCTION", "ASSAULT"),
    ("Peruvian police arrested dozens of miners blocking the highway near Arequipa.", "COERCE", "PROTEST"),
    ("Spain extradited 12 fugitives to Morocco under a bilateral extradition agreement.", "COOPERATE", "AGREE"),
    ("Jordan freed 50 Syrian detainees as a gesture ahead of a visit by the Syrian foreign minister.", None, "CONSULT"),
])
def test_background_not_coded(code_sentence, text, main, background):
    got = _cats(code_sentence, text)
    assert got and background not in got, got
    assert main is None or main in got, got


def test_lone_subordinate_event_is_kept(code_sentence):
    # with no main event to set the scene for, the temporal clause is the news
    assert "ASSAULT" in _cats(code_sentence, "Hours after Rwandan troops attacked the town of Goma, residents fled.")


def test_custody_under_arrest_is_not_background(code_sentence):
    assert "COERCE" in _cats(code_sentence, "Algerian police placed the opposition leader under house arrest.")
