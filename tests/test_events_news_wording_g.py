"""News-body wording (session 33, invented stories): ceasefires signed, dates that end a period,
diplomatic rebukes, envoys told to leave, captives freed and handed over, demands for a release."""
from __future__ import annotations

from conftest import events_of as _events
from conftest import show as _show


def _parties(event) -> set:
    return {e.code for e in event.actor + event.recipient}


def _check_recipients(code_sentence, text: str, category: str, codes: set, which: int = 0) -> None:
    """The recipients of the category's first (or ``which``) event are of these states."""
    events = _events(code_sentence, text, category)
    assert events and {r.code for r in events[which].recipient} == codes, (text, _show(code_sentence, text))


def _check_actor(code_sentence, text: str, category: str, state: str, mode: str | None = None) -> None:
    """The first event of the category is done by the state (in the mode, when one is given)."""
    events = _events(code_sentence, text, category)
    assert events and (mode is None or events[0].mode == [mode]) and events[0].actor[0].code == state, (
        text, _show(code_sentence, text))


def test_a_ceasefire_signed_is_an_agreement_signed(code_sentence):
    # manual, SUPPORT: "ratify, sign, or finalize an agreement or treaty"; a truce is one
    cases = (("Russia and Ukraine signed a ceasefire on Sunday.", {"RUS", "UKR"}),
             ("Armenia and Azerbaijan signed a truce in Doha on Sunday.", {"ARM", "AZE"}),
             ("Ethiopia and Eritrea signed an armistice on Sunday.", {"ETH", "ERI"}))
    for text, states in cases:
        events = _events(code_sentence, text, "SUPPORT")
        assert events and _parties(events[0]) == states, (text, _show(code_sentence, text))


def test_a_date_that_ends_a_period_does_not_date_the_act(code_sentence):
    # "remanded until May 30": the custody ends then; the act happened on the day the text gives
    cases = (("A former Sri Lankan minister was remanded in custody until May 30 on Friday.", "2025-05-16"),
             ("Police in Dhaka detained the opposition leader until further notice on Friday.", "2025-05-16"),
             ("A Nairobi court on Friday remanded the activist in custody until June 2.", "2025-05-16"))
    for text, day in cases:
        events = code_sentence(text, pub="2025-05-17T12:00:00").events
        assert events and events[0].date == day, (text, _show(code_sentence, text, "2025-05-17T12:00:00"))


def test_words_of_diplomatic_rebuke_make_a_criticism(code_sentence):
    # manual, ACCUSE: "criticize, defame, denigrate"; the words diplomats use for it
    for text in ("Mexico's foreign ministry described Peru's decision as \"disproportionate\".",
                 "Peru's foreign minister called the decision \"an unfriendly act\".",
                 "The Kremlin branded the expulsions \"unjustified\".",
                 "Georgia's ruling party called the sanctions \"blackmail\"."):
        assert _events(code_sentence, text, "ACCUSE"), (text, _show(code_sentence, text))


def test_a_description_that_is_no_rebuke_is_no_criticism(code_sentence):
    text = "The foreign minister described the talks as \"long and detailed\"."
    assert not _events(code_sentence, text, "ACCUSE"), _show(code_sentence, text)


def test_an_envoy_told_to_leave_under_another_title_is_expelled(code_sentence):
    # the object says what it is in a compound or an apposition: "charge d'affaires", "the diplomat"
    text = ("Peru's foreign minister ordered Mexico's charge d'affaires, the most senior Mexican diplomat "
            "in Lima, to leave the country.")
    events = _events(code_sentence, text, "SANCTION")
    assert events and events[0].mode == ["expel"] and {r.code for r in events[0].recipient} == {"MEX"}, (
        _show(code_sentence, text))


def test_captives_of_any_calling_freed_or_handed_over_are_released(code_sentence):
    # manual, RETREAT release: prisoners and hostages, whatever their work
    for text, actor in (("Yemen's Houthis freed 12 UN staff on Sunday.", "YEM"),
                        ("M23 rebels handed over 31 Congolese soldiers and policemen to the Red Cross on Sunday.", "COD"),
                        ("Somali pirates freed the crew of a Bangladeshi ship on Sunday.", "SOM")):
        _check_actor(code_sentence, text, "RETREAT", actor, "release")


def test_a_demand_for_a_release_is_made_to_the_holder(code_sentence):
    # the demand asks the holder to yield them (manual, RETREAT release): the captor, not the captives
    cases = (("UN Secretary-General Antonio Guterres demanded the immediate release of all UN personnel held "
              "by Yemen's Houthis.", {"YEM"}),
             ("Russian authorities detained the Wall Street Journal reporter in March. "
              "The White House demanded his release on Tuesday.", {"RUS"}),
             ("Police in Minsk arrested the opposition activist on Tuesday. "
              "The European Union called for her immediate release.", {"BLR"}))
    for text, holder in cases:
        _check_recipients(code_sentence, text, "REQUEST", holder, which=-1)


def test_asset_freezes_imposed_are_sanctions(code_sentence):
    # CAMEO 163: asset freezes on named people are sanctions, not a restriction of the public
    text = "The European Union on Tuesday imposed asset freezes on four commanders of Sudan's Rapid Support Forces."
    assert _events(code_sentence, text, "SANCTION") and not _events(code_sentence, text, "COERCE"), (
        _show(code_sentence, text))


def test_all_sides_and_the_warring_parties_are_the_storys_sides(code_sentence):
    for text, sides in (("Russia and Ukraine exchanged drone strikes on Sunday. Turkey urged all sides to "
                         "return to talks.", {"RUS", "UKR"}),
                        ("Armenian and Azerbaijani troops clashed on the border on Sunday. Iran urged the warring "
                         "parties to show restraint.", {"ARM", "AZE"})):
        _check_recipients(code_sentence, text, "REQUEST", sides, which=-1)


def test_a_titled_person_after_an_international_bodys_name_acts_for_it(code_sentence):
    for text in ("ECOWAS President Omar Alieu Touray welcomed the agreement.",
                 "ECOWAS Commission President Omar Alieu Touray welcomed the releases."):
        _check_actor(code_sentence, text, "SUPPORT", "IGO")


def test_what_a_reactor_says_of_a_move_told_before_is_not_its_target(code_sentence):
    # "welcomed the move, saying it would ease the pressure on traders": the move's doer is the target
    text = ("Kenya's government on Wednesday suspended a contested fuel levy. The Kenya Private Sector Alliance "
            "welcomed the move, saying it would ease the pressure on transporters and small traders.")
    events = _events(code_sentence, text, "SUPPORT")
    assert events and [(r.code, r.sector) for r in events[0].recipient] == [("KEN", "GOV")], _show(code_sentence, text)


def test_recalled_envoys_are_withdrawn_from_their_host_states(code_sentence):
    # CAMEO 161: the host state is the target, not the state's own envoys
    text = ("Iran recalled its ambassadors to Britain, France and Germany for consultations on Sunday, hours after "
            "United Nations sanctions on the Islamic Republic were reimposed under a mechanism triggered by the "
            "three European powers. The measures restore an arms embargo and an asset freeze on dozens of "
            "Iranian individuals and entities.")
    _check_recipients(code_sentence, text, "SANCTION", {"GBR", "FRA", "DEU"})


def test_a_denied_act_answers_its_accuser(code_sentence):
    text = ("Thai army officials accused Cambodian troops of violating the truce on Monday. "
            "Cambodia's defence ministry denied planting any new mines.")
    _check_recipients(code_sentence, text, "REJECT", {"THA"})


def test_a_peace_declaration_suspended_is_a_sanction(code_sentence):
    text = "Thailand said on Monday it was suspending implementation of a peace declaration signed with Cambodia."
    _check_recipients(code_sentence, text, "SANCTION", {"KHM"})


def test_a_ceasefire_abided_by_or_respected_is_observed(code_sentence):
    # manual, RETREAT ceasefire: "observing a ceasefire"
    for text in ("Armenia and Azerbaijan abided by the ceasefire on Sunday.",
                 "Russian and Ukrainian forces respected the Easter truce on Sunday, officials said."):
        events = _events(code_sentence, text, "RETREAT")
        assert events and events[0].mode == ["ceasefire"], (text, _show(code_sentence, text))


def test_standing_shoulder_to_shoulder_is_support(code_sentence):
    text = "Washington stood shoulder to shoulder with the Philippines on Tuesday, the US ambassador said."
    _check_recipients(code_sentence, text, "SUPPORT", {"PHL"})


def test_a_states_untargeted_words_answer_the_other_state_of_its_latest_dealings(code_sentence):
    cases = (("Peru broke off diplomatic relations with Mexico on Wednesday. Mexico's foreign ministry formally "
              "requested a safe-conduct pass for the former prime minister. Lima rebuffed that request on Thursday.",
              "REJECT", {"MEX"}),
             ("Lithuania expelled two Belarusian diplomats on Thursday. Belarus's foreign ministry vowed to "
              "respond in a mirror manner.", "THREATEN", {"LTU"}),
             ("Washington lifted the tariffs on Brazilian beef on Tuesday. Brazil's president welcomed the "
              "decision.", "SUPPORT", {"USA"}))
    for text, category, other in cases:
        events = _events(code_sentence, text, category)
        assert events and {r.code for r in events[-1].recipient} == other, (text, _show(code_sentence, text))


def test_words_on_a_matter_of_their_own_stay_at_home(code_sentence):
    # the latest dealings were with Ukraine, but the hearings are a matter at home
    text = ("President Trump asked Ukraine's president to open an investigation. At the White House, Trump "
            "slammed the impeachment hearings as a disgrace.")
    events = _events(code_sentence, text, "ACCUSE")
    assert events and "UKR" not in {r.code for r in events[-1].recipient}, _show(code_sentence, text)


def test_a_shared_body_name_does_not_make_a_story_american(code_sentence):
    # "Congress" in a Peruvian story counted for the US: the bare "Police" lost its state
    text = ("Thousands of bus drivers in Lima marched on Congress on Tuesday over a wave of extortion killings. "
            "Police fired tear gas to keep the marchers away from the legislature. Hours later, the government "
            "declared a state of emergency in metropolitan Lima and the port of Callao. Transport unions said they "
            "would strike again unless Congress passes a bill against extortion.")
    _check_actor(code_sentence, text, "ASSAULT", "PER")


def test_a_party_name_many_states_share_takes_the_storys_state(code_sentence):
    text = ("Italy's Constitutional Court on Thursday struck down a provision of the government's security law. "
            "The ruling is a setback for Prime Minister Giorgia Meloni, whose coalition pushed the measure through "
            "the Italian parliament last year. The centre-left Democratic Party welcomed the verdict and called on "
            "the government to back an amnesty.")
    _check_actor(code_sentence, text, "SUPPORT", "ITA")


def test_a_complaint_lodged_with_a_government_is_aimed_at_it(code_sentence):
    # quotes make the parser hang "with X" on the light verb
    text = 'China lodged "stern representations" with the United States on Wednesday.'
    _check_recipients(code_sentence, text, "ACCUSE", {"USA"})


def test_news_idioms_of_summons_rollbacks_and_defence(code_sentence):
    cases = (("The Philippines hauled in China's deputy ambassador on Thursday.", "ACCUSE", "CHN"),
             ("Washington walked back tariffs on Brazilian beef on Tuesday.", "CONCEDE", "BRA"),
             ("Georgia's prime minister defended the police on Monday.", "SUPPORT", "GEO"))
    for text, category, recipient in cases:
        events = _events(code_sentence, text, category)
        assert events and recipient in {r.code for r in events[0].recipient}, (text, _show(code_sentence, text))


def test_openness_to_talks_is_an_agreement_to_meet(code_sentence):
    # CAMEO 036, express intent to meet or negotiate
    text = "Russia's foreign ministry said on Friday that Moscow remained open to dialogue with Washington."
    _check_actor(code_sentence, text, "AGREE", "RUS")


def test_a_pledge_to_answer_in_kind_or_by_force_is_a_threat(code_sentence):
    for text in ("Russia's foreign ministry vowed that Moscow would respond in a mirror manner to Lithuania's expulsions.",
                 "Libya's prime minister vowed to bring every militia in Tripoli under state authority by force."):
        assert _events(code_sentence, text, "THREATEN") and not _events(code_sentence, text, "AGREE"), (
            text, _show(code_sentence, text))


def test_an_act_described_as_a_hostile_act_is_a_criticism(code_sentence):
    # retype._named_as: the name behind "as" is no act of the namer's
    text = "Pakistan's main opposition party described the crackdown as \"a naked assault on democracy\"."
    assert _events(code_sentence, text, "ACCUSE") and not _events(code_sentence, text, "ASSAULT"), (
        _show(code_sentence, text))
    text = ("At least 40 villagers in Syria's Idlib province died on Tuesday in what medics described as a chlorine "
            "attack carried out by Syrian government helicopters.")
    assert _events(code_sentence, text, "ASSAULT"), _show(code_sentence, text)


def test_a_strike_branded_a_breach_is_a_criticism_of_its_doer(code_sentence):
    text = "Lebanon's foreign ministry branded the Israeli strike a flagrant breach of the ceasefire."
    _check_recipients(code_sentence, text, "ACCUSE", {"ISR"})


def test_a_state_government_named_after_a_shared_party_name_is_local(code_sentence):
    text = ("BENGALURU - Officials of the Karnataka Lokayukta on Thursday raided the homes of a senior engineer in "
            "Bengaluru. The raids came a day after opposition legislators walked out of the Karnataka assembly, "
            "accusing the Congress government of shielding corrupt officials. Speaker Nagaraj Hosmani suspended "
            "three members of the Bharatiya Janata Party.")
    events = code_sentence(text, pub="2025-08-08T12:00:00").events
    codes = {e.code for ev in events for e in ev.actor + ev.recipient}
    assert events and "USA" not in codes, [(e.category, [(a.code, a.sector) for a in e.actor],
                                            [(r.code, r.sector) for r in e.recipient]) for e in events]


def test_an_act_a_day_before_a_told_act_counts_from_that_acts_day(code_sentence):
    # "The raids came a day after X": the raids were told of (on Thursday) in the sentence before
    text = ("Anti-corruption officers in Kenya on Thursday raided the homes of a senior Nairobi official. "
            "The raids came a day after opposition lawmakers walked out of the Kenyan parliament in protest.")
    events = _events(code_sentence, text, "PROTEST", pub="2025-08-08T12:00:00")
    assert events and events[0].date == "2025-08-06", _show(code_sentence, text, "2025-08-08T12:00:00")


def test_an_account_rebutted_answers_its_teller(code_sentence):
    text = ("The Philippine coast guard accused Chinese ships of ramming its patrol boat on Tuesday. "
            "China's coast guard rebutted the account on Wednesday.")
    _check_recipients(code_sentence, text, "REJECT", {"PHL"})


def test_troops_rushed_or_airlifted_are_sent(code_sentence):
    _check_actor(code_sentence, "Some 800 additional Colombian troops were being rushed to the Catatumbo region on "
                 "Tuesday.", "MOBILIZE", "COL")
    _check_actor(code_sentence, "India airlifted troops to Ladakh on Tuesday.", "MOBILIZE", "IND")
    _check_actor(code_sentence, "Jordan airlifted food to Gaza on Tuesday.", "AID", "JOR")


def test_nepali_names_nepal(code_sentence):
    _check_actor(code_sentence, "Nepali Army soldiers were deployed to Birgunj on Sunday.", "MOBILIZE", "NPL")


def test_a_welcome_of_a_deal_told_before_is_aimed_at_its_parties(code_sentence):
    _check_recipients(code_sentence, "Armenia and Azerbaijan signed a peace agreement in Washington on Friday. The "
                      "European Union welcomed the agreement.", "SUPPORT", {"ARM", "AZE"}, which=-1)
    _check_recipients(code_sentence, "Congo's government and the M23 rebels exchanged 70 prisoners on Monday. Qatar "
                      "welcomed the swap.", "SUPPORT", {"COD"})
