"""News wordings of ACCUSE, REJECT and SANCTION (session 23, invented sentences)."""
from __future__ import annotations

from conftest import categories as _categories


def test_faulted_tore_into_and_took_a_swipe_at_are_criticism(code_sentence):
    """Manual, ACCUSE: "criticize, defame, denigrate responsible parties" (CAMEO 111)."""
    assert "ACCUSE" in _categories(code_sentence, "Kenyan Senator Okiya Omtatah faulted the Treasury for borrowing "
                                                  "without parliamentary approval.")
    assert "ACCUSE" in _categories(code_sentence, "Pakistan's former prime minister tore into the election commission "
                                                  "at a rally in Lahore.")
    assert "ACCUSE" in _categories(code_sentence, "Kenyan opposition leader Kalonzo Musyoka took a swipe at President "
                                                  "Ruto over the housing levy.")
    assert "ACCUSE" not in _categories(code_sentence, "Protesters tore down posters of the president in Nairobi.")


def test_charged_that_alleges_charged_at_does_not(code_sentence):
    """Manual, ACCUSE allege: "accuse, allege, or charge": an allegation in a that-clause; a police
    charge at a crowd is physical, no accusation."""
    assert "ACCUSE" in _categories(code_sentence, "The Philippine coast guard charged that Chinese vessels had rammed "
                                                  "a supply boat.")
    assert "ACCUSE" in _categories(code_sentence, "Ukraine's foreign minister charged that Russia was deliberately "
                                                  "targeting grain ports.")
    assert "ACCUSE" not in _categories(code_sentence, "Police charged at protesters in Lahore with batons.")


def test_a_proposal_shot_down_is_rejected_a_drone_is_not(code_sentence):
    """REJECT (CAMEO 120): a bill or a proposal shot down, as one voted or turned down."""
    assert "REJECT" in _categories(code_sentence, "Kenya's parliament shot down a bill seeking to cap interest rates.")
    assert "REJECT" in _categories(code_sentence, "The Nigerian Senate shot down a motion to probe the oil subsidy "
                                                  "payments.")
    assert "REJECT" not in _categories(code_sentence, "Ukraine shot down 30 Russian drones overnight.")


def test_export_curbs_or_controls_on_a_country_are_sanctions(code_sentence):
    """Manual, SANCTION discontinue: curtailing commercial exchanges; capital controls are not."""
    assert "SANCTION" in _categories(code_sentence, "Washington placed export curbs on Chinese chipmakers.")
    assert "SANCTION" in _categories(code_sentence, "The Netherlands expanded export controls on ASML machines bound "
                                                    "for China.")
    assert "SANCTION" not in _categories(code_sentence, "Argentina imposed capital controls to stem the peso's slide.")


def test_pointing_the_finger_railing_against_and_objections_accuse(code_sentence):
    """Manual, ACCUSE: "express disapprovals, objections, and complaints"; blame (CAMEO 111, 112)."""
    assert "ACCUSE" in _categories(code_sentence, "Ghana's opposition pointed an accusing finger at the electoral "
                                                  "commission.")
    assert "ACCUSE" in _categories(code_sentence, "Hungary's prime minister railed at Brussels over the frozen funds.")
    assert "ACCUSE" in _categories(code_sentence, "India raised objections to China's new map showing Arunachal "
                                                  "Pradesh as its territory.")


def test_relations_broken_and_a_sanctions_list_are_sanctions(code_sentence):
    """SANCTION (CAMEO 161 break relations, 163 sanctions): with or without "off"; a sports tie is none."""
    assert "SANCTION" in _categories(code_sentence, "Belize broke ties with Israel over the war in Gaza.")
    assert "SANCTION" in _categories(code_sentence, "The US Commerce Department added Huawei to its entity list.")
    assert "SANCTION" not in _categories(code_sentence, "Heavy rain added to the list of problems facing farmers.")


def test_a_vow_to_punish_threatens(code_sentence):
    """THREATEN: a forceful warning with serious repercussions, as a vowed reprisal."""
    assert "THREATEN" in _categories(code_sentence, "Nigeria's President Tinubu vowed to punish those behind the "
                                                    "killings in Plateau State.")


def test_dragged_or_hauled_to_court_is_sued(code_sentence):
    """Manual, ACCUSE: "sue or bring to court" (CAMEO 115); survivors dragged from rubble are not."""
    assert "ACCUSE" in _categories(code_sentence, "Nigeria's opposition PDP dragged the electoral commission to court "
                                                  "over the governorship results.")
    assert "ACCUSE" in _categories(code_sentence, "South Africa's ruling ANC hauled Israel before the International "
                                                  "Court of Justice.")
    assert "ACCUSE" not in _categories(code_sentence, "Rescuers dragged survivors from the rubble in Turkey.")


def test_visas_suspended_for_a_country_are_a_sanction(code_sentence):
    """SANCTION discontinue: curtailing exchanges with a country (CAMEO 162)."""
    assert "SANCTION" in _categories(code_sentence, "India suspended visa services for Canadians.")
    assert "SANCTION" in _categories(code_sentence, "Pakistan suspended visas for Indian nationals after the attack.")


def test_a_petition_dismissed_by_a_court_is_rejected(code_sentence):
    """REJECT (CAMEO 120): a court's refusal of a petition or an application, as of an appeal or a plea."""
    assert "REJECT" in _categories(code_sentence, "India's Supreme Court dismissed a petition seeking a probe into the "
                                                  "Adani group.")
    assert "REJECT" in _categories(code_sentence, "Kenya's High Court dismissed the opposition's application to halt "
                                                  "the housing levy.")
