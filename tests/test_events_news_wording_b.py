"""News wordings of CONSULT, REQUEST, SUPPORT and AGREE the lexicon missed (session 23, invented
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


def test_assurances_commitments_and_readiness_stated_are_promises(code_sentence):
    """Manual, AGREE: "offer, promise, or otherwise indicate willingness or commitment to cooperate"
    (PETRARCH2: ASSURE is a PROMISE; REITERATE COMMITMENT, EXPRESS WILLINGNESS/READINESS, GIVE
    ASSURANCE are 030); a coach's assurance to fans or a firm's commitment stays no event."""
    for text in ("The Nigerian finance minister assured the World Bank that the reforms would continue.",
                 "India assured Nepal of its support for the hydropower project on Monday.",
                 "The Ugandan government reaffirmed its commitment to the peace process in Somalia.",
                 "The Houthis expressed willingness to hold talks with Saudi Arabia on a prisoner exchange.",
                 "The Malian junta voiced its readiness to resume talks with ECOWAS."):
        assert "AGREE" in _categories(code_sentence, text), text
    assert _categories(code_sentence, "The coach assured fans that the team would recover next season.") == []
    assert _categories(code_sentence, "The brewery reaffirmed its commitment to recycling in its annual report.") == []


def test_a_consensus_arrived_at_is_reached_not_visited(code_sentence):
    """A consensus reached or arrived at is an agreement (AGREE); "arrived at a consensus" is no
    visit (CONSULT 042), as a delegation arriving at an airport is."""
    evs = _categories(code_sentence, "Kenyan and Tanzanian negotiators arrived at a consensus on the border "
                                     "dispute in Arusha on Friday.")
    assert "AGREE" in evs and "CONSULT" not in evs
    assert "AGREE" in _categories(code_sentence, "Somalia's federal government and the regional states reached a "
                                                 "consensus on the electoral model in Mogadishu.")


def test_urging_in_west_african_english_enjoin_and_charge_to(code_sentence):
    """Manual, REQUEST: "all requests, demands, and orders": "enjoined X to" and "charged X to" (an
    object and its infinitive, which the parser may read as a purpose) urge or direct; "charged
    with murder" stays an accusation, and PETRARCH2 lists ENTREAT with DEMAND."""
    for text in ("Nigeria's president charged the new inspector-general of police to restore order in the "
                 "Niger Delta.",
                 "The Ghanaian president enjoined Ghanaians to remain calm after the election results.",
                 "The Kenyan opposition entreated President William Ruto to withdraw the finance bill."):
        assert "REQUEST" in _categories(code_sentence, text), text
    evs = _categories(code_sentence, "Kenyan police charged the opposition politician with incitement on Monday.")
    assert "REQUEST" not in evs
    assert _categories(code_sentence, "The coach charged his players to win the cup for the fans.") == []


def test_a_phone_call_one_speaks_in_happened(code_sentence):
    """Manual, CONSULT phone: "In a phone call with X, Y raised ..." reports the call itself; the
    "in" that sets other news in the background does not hide it. An executive's call with investors
    is no event."""
    assert "CONSULT" in _categories(code_sentence, "In a phone call with Indian Prime Minister Narendra Modi, the "
                                                   "Sri Lankan president raised the arrests of fishermen.")
    assert _categories(code_sentence, "In a phone call with investors, the chief executive said sales would rise.") == []


def test_tours_of_regions_are_visits(code_sentence):
    """PETRARCH2: START/BEGIN/CONCLUDE TOUR and EMBARK ON TOUR OF are visits (042); a band's or a
    cricket team's tour is none."""
    assert "CONSULT" in _categories(code_sentence, "Japan's prime minister began a three-nation tour of Southeast "
                                                   "Asia in Manila on Friday.")
    assert _categories(code_sentence, "The England cricket team began its tour of Pakistan with a warm-up match.") == []


def test_siding_with_or_saluting_is_support(code_sentence):
    """Manual, SUPPORT: "express support for, commend ... actor" (PETRARCH2 lists SALUTE with PRAISE);
    a soldier saluting the flag commends no one."""
    assert "SUPPORT" in _categories(code_sentence, "Lithuania sided with Poland in its dispute with Belarus over "
                                                   "the border.")
    assert "SUPPORT" in _categories(code_sentence, "Kenya's president saluted the Kenya Defence Forces for their "
                                                   "role in the Somalia mission.")
    assert _categories(code_sentence, "The soldiers saluted the flag at the independence day parade.") == []
