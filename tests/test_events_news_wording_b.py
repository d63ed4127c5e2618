"""News wordings of CONSULT, REQUEST, SUPPORT and AGREE the lexicon missed (session 24 b, invented
sentences in the style of wire and regional press)."""
from __future__ import annotations


def _events(code_sentence, text):
    return [(e.category, e.mode) for e in code_sentence(text).events]


def _categories(code_sentence, text):
    return [c for c, _ in _events(code_sentence, text)]


def test_talks_engaged_in_or_taken_part_in_are_held(code_sentence):
    """Manual, CONSULT ("holding talks", negotiations, meetings): talks one engages in, takes part in
    or participates in are no background setting; a firm's talks with its lenders stay no event."""
    assert "CONSULT" in _categories(code_sentence, "Ghana's foreign minister engaged in talks with his Togolese "
                                                   "counterpart in Lome on Monday.")
    assert "CONSULT" in _categories(code_sentence, "Pakistani officials took part in negotiations with Afghan "
                                                   "Taliban leaders in Kabul on Tuesday.")
    assert "CONSULT" in _categories(code_sentence, "Kenyan President William Ruto participated in talks with "
                                                   "Ethiopian Prime Minister Abiy Ahmed in Addis Ababa.")
    assert _categories(code_sentence, "The telecom company engaged in talks with its lenders on Friday.") == []


def test_calls_by_phone_video_or_courtesy_are_consultations(code_sentence):
    """Manual, CONSULT: "consultation by phone or other media" (mode phone), as regional English
    writes it; a courtesy call on a leader is a visit (PETRARCH2: COURTESY CALL is a consultation),
    no call for something (REQUEST)."""
    assert ("CONSULT", "phone") in [(c, m[0] if m else None) for c, m in _events(
        code_sentence, "Bangladesh's prime minister had a telephonic conversation with the Indian prime minister "
                       "on Sunday.")]
    assert ("CONSULT", "phone") in [(c, m[0] if m else None) for c, m in _events(
        code_sentence, "The Kenyan president held a video call with the British prime minister on Monday.")]
    evs = _categories(code_sentence, "The Turkish ambassador paid a courtesy call on Nigeria's vice president in "
                                     "Abuja on Tuesday.")
    assert "CONSULT" in evs and "REQUEST" not in evs


def test_huddling_with_someone_is_a_consultation(code_sentence):
    """PETRARCH2 lists HUDDLE with the verbs of assembling, "huddle with" as consulting; players
    huddling together are no event."""
    assert "CONSULT" in _categories(code_sentence, "Senate Majority Leader Chuck Schumer huddled with the White "
                                                   "House chief of staff on Thursday.")
    assert _categories(code_sentence, "The players huddled together before extra time in Lagos.") == []


def test_support_lent_renewed_thrown_behind_or_conveyed_as_solidarity(code_sentence):
    """Manual, SUPPORT: "express support for, commend, approve policy, action, or actor", in the
    wire's other phrasings (PETRARCH2: THREW WEIGHT (BEHIND), EXPRESS SOLIDARITY, EXTEND
    CONGRATULATIONS are 051); a bank's support lent to a retailer is no political act."""
    for text in ("The main Ugandan opposition party lent its support to the anti-corruption bill on Monday.",
                 "The Gulf Cooperation Council reiterated its support for Yemen's government on Sunday.",
                 "Former Nigerian president Olusegun Obasanjo threw his weight behind the Labour Party candidate.",
                 "The Philippine foreign ministry expressed solidarity with the government of Turkey after the "
                 "earthquake.",
                 "Pakistan's president extended his congratulations to the new prime minister of Malaysia.",
                 "The Indian home minister felicitated the police officers who foiled the attack in Srinagar."):
        assert "SUPPORT" in _categories(code_sentence, text), text
    assert _categories(code_sentence, "The bank lent its support to the struggling retailer on Friday.") == []


def test_memoranda_of_understanding_signed_in_the_plural(code_sentence):
    """Manual, SUPPORT: "sign ... an agreement": "MoUs" is the plural the lemmatiser keeps whole."""
    assert "SUPPORT" in _categories(code_sentence, "Kenya and Djibouti signed four MoUs on trade and transport in "
                                                   "Nairobi on Monday.")
