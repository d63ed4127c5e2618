"""Trigger entries of sessions 15 and 16, each from the PLOVER manual, the CAMEO->PLOVER table or PETRARCH2's
verb patterns (data/events/triggers/): disapproval expressed, sanctions revoked, equipment handed
over, civilians used as human shields, peacekeepers pulled out of a mission; and (session 20) hyphenated crowd-control verbs, remands, electoral
disqualifications and motions of no confidence."""
from __future__ import annotations

import pytest


def _coded(code_sentence, text):
    return [(e.category, e.cameo, [a.code for a in e.actor], [r.code for r in e.recipient])
            for e in code_sentence(text).events]


def test_disapproval_expressed_is_an_accusation(code_sentence):
    """manual, ACCUSE disapprove: "express disapproval"; voiced or conveyed displeasure too."""
    assert _coded(code_sentence, "Seoul voiced its displeasure over the Japanese defence minister's shrine visit on "
                                 "Thursday.") == [("ACCUSE", "111", ["KOR"], ["JPN"])]


def test_a_revoked_embargo_is_eased_not_imposed(code_sentence):
    """revoke + @sanctions is CAMEO 085 (as lift); the embargo noun under a reversal is no sanction."""
    assert _coded(code_sentence, "Washington revoked its arms embargo on Vietnam on Monday.") == \
        [("CONCEDE", "085", ["USA"], ["VNM"])]


def test_equipment_handed_over_is_military_aid_and_what_is_handed_back_returned(code_sentence):
    """CAMEO 072: vehicles, vessels or equipment handed over or delivered to another's forces; CAMEO
    0842: what is handed back is returned (RETREAT)."""
    assert _coded(code_sentence, "Britain handed over ten armoured vehicles to the Kenyan police on Friday.") == \
        [("AID", "072", ["GBR"], ["KEN"])]
    assert _coded(code_sentence, "Iran handed the British tanker back to its owners on Friday.") == \
        [("RETREAT", "0842", ["IRN"], ["GBR"])]


def test_civilians_used_as_human_shields_are_assaulted(code_sentence):
    """CAMEO 184 "use as human shield": ASSAULT abduct in the table."""
    assert [c[:2] for c in _coded(code_sentence, "Militants in Mosul used residents as human shields against "
                                                 "Iraqi troops.")] == [("ASSAULT", "184")]


def test_peacekeepers_pulled_out_of_a_mission_are_withdrawn_from_it(code_sentence):
    """CAMEO 166 (as "withdraw" + peacekeeper): a reduction of relations, not a military retreat."""
    assert [c[:2] for c in _coded(code_sentence, "Japan pulled its engineering unit out of the UN mission in "
                                                 "South Sudan.")] == [("SANCTION", "166")]


def test_a_split_persons_name_is_one_subject(pipeline):
    """roles._split_name: the parser hangs the first part of a hyphenated or particled name on the
    verb ("Ali - Hassan resigned": "Ali" an adverbial of "resigned"); the subject phrase is the whole
    name, not its last word. A name whose words hang on its head is left as it is."""
    from spacy.tokens import Doc

    from whimbrel.events.roles import _split_name, np_tokens

    words = ["Prince", "Ali", "-", "Hassan", "resigned", "."]
    heads = [1, 4, 3, 4, 4, 4]
    deps = ["compound", "npadvmod", "punct", "nsubj", "ROOT", "punct"]
    doc = Doc(pipeline.nlp.vocab, words=words, heads=heads, deps=deps, ents=["B-PERSON", "I-PERSON", "I-PERSON",
                                                                           "I-PERSON", "O", "O"])
    assert np_tokens(doc[3]) == [0, 1, 2, 3]
    whole = Doc(pipeline.nlp.vocab, words=words, heads=[3, 3, 3, 4, 4, 4],
                deps=["compound", "compound", "punct", "nsubj", "ROOT", "punct"],
                ents=["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O"])
    assert _split_name(whole[3]) == []


def test_an_act_days_before_the_news_is_background(code_sentence):
    """find._time_spanned: a temporal clause measured from the news ("three days after X") is
    background beside any other act of the sentence, even one the parser hangs elsewhere; alone it
    is the news."""
    def cats(text):
        return [e.category for e in code_sentence(text).events]
    assert cats("Lebanon's parliament passed a motion on Sunday urging the cabinet to resign, three days after "
                "rebels shelled the airport in Beirut.") == ["REQUEST"]
    assert cats("The statement came two days after rebels shelled the airport in Beirut.") == ["ASSAULT"]


def test_aid_suspended_is_no_aid_given(code_sentence):
    """word class @aid_stops: the aid noun under a verb that stops or holds it back is the SANCTION's
    object (CAMEO 162), not aid given as well."""
    assert [e.category for e in code_sentence("Norway froze half of its development aid to Malawi on Friday.").events] == \
        ["SANCTION"]


def test_talks_pulled_out_of_are_no_meeting(code_sentence):
    """find._left_objects: the talks a party pulls out of are what the SANCTION leaves, also where
    the parser hangs "of" on the particle; no CONSULT of their own."""
    assert [e.category for e in code_sentence("Serbia pulled out of the normalisation talks with Kosovo in "
                                              "Brussels on Monday.").events] == ["SANCTION"]


def test_pressing_on_with_a_campaign_is_no_request(code_sentence):
    """"press on/ahead with X" keeps X going (triggers/ not_next); "pressed X to" asks."""
    def cats(text):
        return [e.category for e in code_sentence(text).events]
    assert "REQUEST" not in cats("Ethiopian troops pressed ahead with their offensive to retake the town, commanders "
                                 "in Addis Ababa said.")
    assert cats("Kenyan teachers pressed the government to raise their wages.") == ["REQUEST"]


def test_a_participle_of_the_same_verbal_category_is_the_same_act(code_sentence):
    """find.same_act_adjuncts: "offered ..., pledging ..." is one offer; the participle is no event
    of its own (before, it stood as a second AGREE wherever its actor came out differently)."""
    doc = code_sentence("Ghana has offered to host the peace talks, Foreign Minister Kwame Mensah said on Monday, "
                        "pledging to cover the costs of the delegations.")
    assert [(e.category, e.event_text) for e in doc.events] == [("AGREE", ["offered"])]


def test_a_relative_clause_naming_the_party_is_background(code_sentence):
    """find._subordinate_background: a relative clause that says which party is meant is no event
    beside the sentence's news; a comma-set one that carries the story on is."""
    def cats(text):
        return sorted(e.category for e in code_sentence(text).events)
    assert cats("Police in Istanbul detained 40 teachers whom the government accuses of backing the coup.") == \
        ["COERCE"]
    assert cats("The junta in Niamey expelled the French ambassador, who had criticised the coup leaders.") == \
        ["ACCUSE", "SANCTION"]


def test_recognition_switched_or_granted_and_not_acknowledgement(code_sentence):
    """CAMEO 054: ties switched "from X to Y" recognise Y (roles SWITCH_VERBS); a leader recognised as
    legitimate is recognised; "recognised that ..." acknowledges, it recognises no one."""
    assert _coded(code_sentence, "Palau switched its recognition to Taiwan in 1999, officials in Koror said.") == \
        [("SUPPORT", "054", ["PLW"], ["TWN"])]
    assert [c[:2] for c in _coded(code_sentence, "Argentina recognised Juan Guaido as Venezuela's legitimate "
                                                 "president on Friday.")] == [("SUPPORT", "054")]
    assert _coded(code_sentence, "The Chilean government recognised that mistakes had been made in the border "
                                 "region.") == []


def test_emergency_powers_invoked_or_military_rule_imposed(code_sentence):
    """CAMEO 1724 (COERCE martial-law): emergency powers invoked; a region placed under military rule."""
    for text in ("Ecuador's president invoked emergency powers over three provinces on Saturday.",
                 "Myanmar's junta placed the border townships under military rule on Friday."):
        assert [(e.category, e.cameo) for e in code_sentence(text).events] == [("COERCE", "1724")]


def test_no_longer_negates(code_sentence):
    """triggers.negation_child: "would no longer cooperate" is a stated refusal (REJECT), not a promise;
    the parser hangs "no" on the adverb "longer" (modality.yaml negated_adverbs)."""
    doc = code_sentence("Chad said it would no longer cooperate with France on security in the region.")
    assert [e.category for e in doc.events] == ["REJECT"]


def test_evidence_gathered_is_an_investigation(code_sentence):
    """Evidence sought, gathered or collected is ACCUSE (manual: investigate), not a request."""
    assert [(e.category, [r.code for r in e.recipient]) for e in code_sentence(
        "Human Rights Watch researchers collected evidence of killings by Ethiopian soldiers in Tigray.").events] == \
        [("ACCUSE", ["ETH"])]


def test_the_manuals_assault_modes_named_by_their_nouns(code_sentence):
    """manual, ASSAULT modes: beat ("repeated blows"), targeted ("assassinations and executions"):
    the act nouns with their doer in a "by" phrase are attacks; "the execution of a plan" is none."""
    assert [x[:3] for x in _coded(code_sentence, "Inmates in Nairobi were subjected to beatings by Kenyan prison "
                                                 "guards, a rights group said.")] == [("ASSAULT", "182", ["KEN"])]
    assert _coded(code_sentence, "Ugandan officials delayed the execution of the budget plan.") == []


def test_weapons_turned_on_people_are_an_attack(code_sentence):
    """manual, ASSAULT modes crowd-control ("tear gas, water cannons") and heavy-weapons ("artillery ...
    tanks"): turned on people or positions, they are used against them; turning to a topic that
    names a weapon is no attack."""
    assert [x[:3] for x in _coded(code_sentence, "Bolivian riot police turned water cannon on miners in La Paz "
                                                 "on Monday.")] == [("ASSAULT", "175", ["BOL"])]
    assert _coded(code_sentence, "The Bolivian minister then turned to the question of buying more rockets.") == []


def test_a_nerve_agent_released_is_an_attack_and_shrines_smashed_destroyed(code_sentence):
    """manual, ASSAULT modes unconventional ("chemical, biological ... weapons") and destroy
    ("intentional destruction of property"): a nerve agent released on people is no release of
    persons; shrines and statues smashed are property destroyed."""
    assert [(x[0], x[1][:3], x[2]) for x in _coded(code_sentence, "Syrian soldiers released sarin on the rebel-held "
                                                                   "suburb on Tuesday.")] == [("ASSAULT", "204", ["SYR"])]
    assert [x[:3] for x in _coded(code_sentence, "Syria released 40 prisoners on Tuesday.")] == \
        [("RETREAT", "0841", ["SYR"])]
    assert [x[:3] for x in _coded(code_sentence, "Malian rebels smashed statues in the old city of Gao.")] == \
        [("ASSAULT", "1712", ["MLI"])]


def test_arms_that_arrive_are_no_visit(code_sentence):
    """CONSULT visit is made by people: weapons or relief that arrive (word classes @arms, @relief)
    are deliveries."""
    assert _coded(code_sentence, "German howitzers arrived in Kyiv on Monday, Ukrainian officials said.") == []
    assert [x[0] for x in _coded(code_sentence, "The German chancellor arrived in Kyiv on Monday.")] == ["CONSULT"]


def test_fighting_as_a_modifier_is_no_trigger(nlp):
    """triggers/ fight/fighting not_next: "men of fighting age", "the fighting season" name no
    fight; "heavy fighting broke out" does."""
    from whimbrel.events.triggers import match_token

    doc = nlp("Russia barred men of fighting age from leaving the country.")
    assert match_token(next(t for t in doc if t.lower_ == "fighting")) is None
    doc = nlp("Heavy fighting broke out near the border on Friday.")
    assert match_token(next(t for t in doc if t.lower_ == "fighting")) is not None


def test_weapons_turned_over_are_given_up(code_sentence):
    """manual, RETREAT "disarming": weapons turned over or in are given up, as handed over (CAMEO
    0873); the receiver named with "to" is the recipient."""
    assert _coded(code_sentence, "Sudanese rebels turned over their weapons to African Union monitors on "
                                 "Monday.") == [("RETREAT", "0873", ["SDN"], ["IGO"])]


def test_combat_readiness_lowered_deescalates(code_sentence):
    """CAMEO 087 "de-escalate military engagement", the reverse of MOBILIZE 152 "increase military
    alert status": combat readiness lowered; lowered rates are no event."""
    assert [x[:3] for x in _coded(code_sentence, "Greece lowered the combat readiness of its units on the Turkish "
                                                 "border on Friday.")] == [("RETREAT", "087", ["GRC"])]
    assert _coded(code_sentence, "The Greek central bank lowered interest rates on Friday.") == []


def test_an_insistence_or_objection_dismissed_is_rejected(code_sentence):
    """CAMEO 12 reject: "dismiss" takes the demand-like nouns it dismisses (insistence, objection,
    complaint, concern, pressure) as it takes demands and calls."""
    assert [x[:3] for x in _coded(code_sentence, "Bolivia's president dismissed Brazil's insistence on new elections on "
                                                 "Monday.")] == [("REJECT", "120", ["BOL"])]


def test_tear_gas_fired_is_crowd_control_wherever_it_lands(code_sentence):
    """triggers/ ASSAULT fire: tear gas or rubber bullets fired are the manual's crowd-control mode
    even when the text names a place, not a target ("fired tear gas in the capital")."""
    doc = code_sentence("Riot police fired tear gas in central Nairobi, witnesses said.")
    assert [(e.category, e.mode) for e in doc.events] == [("ASSAULT", ["crowd-control"])]


def test_protesters_pushed_back_and_areas_cordoned_off_are_restricted(code_sentence):
    """triggers/ COERCE push/cordon: the manual's COERCE restrict ("cordoning off areas"; "police
    pushed back protesters" is RESTRICT, not an assault)."""
    doc = code_sentence("Kenyan riot police cordoned off Uhuru Park in Nairobi on Sunday.")
    assert [(e.category, e.mode) for e in doc.events] == [("COERCE", ["restrict"])]
    doc = code_sentence("Kenyan riot police pushed the protesters back from the State House gates in Nairobi.")
    assert [e.category for e in doc.events] == ["COERCE"]


def test_aid_received_goes_to_the_receiver(code_sentence):
    """fill_recipient.recipient_receiver: the subject of receive/secure is who the aid goes to; the
    giver is the one the noun or its "from" phrase names, never the receiver. A bailout is economic
    aid (CAMEO 071)."""
    def dyads(doc):
        return [(e.category, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in doc.events]
    doc = code_sentence("Ghana received the first $600 million tranche of a $3 billion IMF bailout on Friday.")
    assert dyads(doc) == [("AID", ["IGO"], ["GHA"])]
    doc = code_sentence("Egypt secured $8 billion in aid from the European Union.")
    assert dyads(doc) == [("AID", ["EUR"], ["EGY"])]


def test_a_road_blockade_of_protesters_obstructs(code_sentence):
    """triggers/ PROTEST blockade: a road blockade obstructs (CAMEO 144); a state's blockade of
    a territory stays COERCE."""
    doc = code_sentence("Protesters in Bolivia kept up their road blockades for a third week.")
    assert [e.category for e in doc.events] == ["PROTEST"]
    doc = code_sentence("Israel tightened its blockade of Gaza on Sunday.")
    assert [e.category for e in doc.events] == ["COERCE"]


def test_striking_workers_are_on_strike_not_attacking(code_sentence):
    """find._on_strike: "striking" before working people says they strike; the parser's gerund
    reading ("by striking truckers") made them the victims of an attack."""
    doc = code_sentence("A blockade by striking truckers in Brazil left fuel stations dry.")
    assert "ASSAULT" not in [e.category for e in doc.events]
    doc = code_sentence("Israeli jets carried out strikes on Gaza on Monday, striking dozens of targets.")
    assert [e.category for e in doc.events] == ["ASSAULT"]


def test_hyphenated_crowd_control_verbs_stay_whole_and_are_crowd_control(code_sentence, nlp):
    """data/clean/compound_verbs.yaml: split at its hyphen, "tear-gassed" became a modifier of the
    next noun and the sentence lost its verb; kept whole it is the verb, lemma "tear-gas" (manual,
    ASSAULT crowd-control: tear gas, lathi charges), closed-up spellings too."""
    sdoc = nlp("Police tear-gassed the marchers.")
    assert [(t.text, t.tag_, t.lemma_) for t in sdoc][1] == ("tear-gassed", "VBD", "tear-gas")
    assert _coded(code_sentence, "Zimbabwean police tear-gassed hundreds of opposition supporters in Harare on "
                                 "Monday.") == [("ASSAULT", "175", ["ZWE"], ["ZWE"])]
    assert _coded(code_sentence, "Kenyan police teargassed students in Nairobi on Monday.") == \
        [("ASSAULT", "175", ["KEN"], ["KEN"])]
    assert _coded(code_sentence, "Indian police lathi-charged farmers near Delhi on Monday.") == \
        [("ASSAULT", "175", ["IND"], ["IND"])]


def test_a_remand_in_custody_detains(code_sentence):
    """CAMEO 173: a court sending a suspect back to custody detains him; a remand without custody,
    jail or prison ("remanded the case") does not."""
    assert _coded(code_sentence, "A Ugandan magistrate remanded the opposition activist in custody until "
                                 "Friday.") == [("COERCE", "173", ["UGA"], ["UGA"])]
    assert _coded(code_sentence, "The Ugandan appeals court remanded the case to a lower court.") == []


def test_a_candidate_disqualified_is_a_politician_banned(code_sentence):
    """CAMEO 1722 ban politicians: a candidate barred from an election; an athlete barred from a race
    is no political event."""
    assert _coded(code_sentence, "Zambia's electoral commission disqualified the opposition candidate from the "
                                 "presidential election.") == [("COERCE", "1722", ["ZMB"], ["ZMB"])]
    assert _coded(code_sentence, "Race officials disqualified the Zambian sprinter from the final.") == []
    assert _coded(code_sentence, "Zambia's sports ministry disqualified the sprinter from the Presidential Cup.") == []


def test_a_motion_of_no_confidence_disapproves_of_its_target(code_sentence):
    """CAMEO 113: a motion or vote of no confidence against a government; a government's own
    confidence vote, and "no vote", are not one."""
    assert _coded(code_sentence, "Pakistan's opposition parties filed a no-confidence motion against Prime "
                                 "Minister Imran Khan.") == [("ACCUSE", "113", ["PAK"], ["PAK"])]
    assert _coded(code_sentence, "Spanish opposition lawmakers called a vote of no confidence against Prime "
                                 "Minister Mariano Rajoy.") == [("ACCUSE", "113", ["ESP"], ["ESP"])]
    assert _coded(code_sentence, "The British government won a confidence vote in parliament.") == []


def test_legislative_and_judicial_acts_of_domestic_politics(code_sentence):
    """Session 20 entries: lawmakers walking out of a sitting boycott it (CAMEO 143), a delegation
    walking out of talks halts them (PETRARCH2: WALK OUT, 164); ties snapped are broken (161); bail
    granted eases a sanction (PETRARCH2: GRANT BAIL, 081); a court ordering a politician's release
    releases him (0841); tariffs increased are imposed (163)."""
    assert _coded(code_sentence, "Kenyan opposition MPs walked out of the National Assembly on Tuesday.") == \
        [("PROTEST", "143", ["KEN"], ["KEN"])]
    assert [c[:2] for c in _coded(code_sentence, "Iran's delegation walked out of the talks with the United States on "
                                                 "Monday.")] == [("SANCTION", "164")]
    assert _coded(code_sentence, "India's Shiv Sena snapped its ties with the BJP on Monday.") == \
        [("SANCTION", "161", ["IND"], ["IND"])]
    assert _coded(code_sentence, "The Bombay High Court granted bail to the Indian activist on Tuesday.") == \
        [("CONCEDE", "081", ["IND"], ["IND"])]
    assert _coded(code_sentence, "A Pakistani court ordered the release of opposition leader Shehryar Afridi.") == \
        [("RETREAT", "0841", ["PAK"], ["PAK"])]
    assert [c[:2] for c in _coded(code_sentence, "The United States increased tariffs on Chinese goods on "
                                                 "Friday.")] == [("SANCTION", "163")]


def test_a_court_striking_down_or_blocking_a_law_rejects_it(code_sentence):
    """CAMEO 129: a court that strikes down or blocks a law, a rule or a policy rejects it; "struck
    down" is no attack, and "struck positions" still is."""
    assert [c[:2] for c in _coded(code_sentence, "Pakistan's Supreme Court struck down the government's ban "
                                                 "on the party.")] == [("REJECT", "129")]
    assert [c[:2] for c in _coded(code_sentence, "A U.S. federal judge blocked the administration's new asylum "
                                                 "rule on Monday.")] == [("REJECT", "129")]
    assert "ASSAULT" in [c[0] for c in _coded(code_sentence, "Israeli aircraft struck Hamas positions in Gaza.")]


def test_evidence_offered_is_no_offer(code_sentence):
    """AGREE offer's exclusions: offering no evidence or proof gives nothing to anyone; an offer of
    weapons is an offer."""
    assert "AGREE" not in [c[0] for c in _coded(code_sentence, "India's opposition said the Indian government had "
                                                               "offered no evidence for its claims.")]
    assert "AGREE" in [c[0] for c in _coded(code_sentence, "Britain offered Ukraine new air defence systems on "
                                                           "Monday.")]


def test_review_regressions_of_session_20_stay_mended(code_sentence):
    """Tear-gas kept whole as one word is still crowd control when fired; a law faculty struck by
    missiles is still attacked (only "struck down" a law rejects it); a committee of a named
    state's senate is that state's."""
    assert [c[:2] for c in _coded(code_sentence, "Kenyan police fired tear-gas at striking teachers in Mombasa.")] == \
        [("ASSAULT", "175")]
    assert "ASSAULT" in [c[0] for c in _coded(code_sentence, "Russian missiles struck the law faculty of Kharkiv "
                                                             "University on Monday.")]
    assert _coded(code_sentence, "The Kenyan Senate Committee on Health accused the Ministry of Health of "
                                 "negligence.")[0][2] == ["KEN"]


def test_session_20_entries_need_their_whole_sense(code_sentence):
    """Each session-20 entry holds only with the words that make its political sense: "no
    confidence" in a motion or a vote, not in an economy; ties snapped with a party, not a score
    level; a walkout from a sitting, not from a house; the release of persons, not of a
    manifesto; a trade tariff, not a utility's price."""
    for text in ("Ghanaian traders have no confidence in the Ghanaian currency, the chamber of commerce said.",
                 "Ghanaian lawmakers said no motion had been tabled in parliament.",
                 "A late penalty for Ghana snapped a 2-2 tie with Togo.",
                 "Ghana's opposition leader walked out of the house after lunch with his aides.",
                 "Ghana's ruling party celebrated the release of its election manifesto on Friday.",
                 "Ghana's energy regulator hiked electricity tariffs for households on Friday."):
        assert _coded(code_sentence, text) == [], text
    assert [c[:2] for c in _coded(code_sentence, "Ghanaian opposition lawmakers tabled a motion of no confidence "
                                                 "in the Ghanaian government.")] == [("ACCUSE", "113")]


def test_an_act_nouns_doer_is_the_subject_of_doing_it(nlp):
    """A verb of doing an act noun lends its subject to the noun's sense ("doctors launched a
    strike" is a labour strike); a verb reacting to it does not ("a union condemned the strike on
    the convoy": an air strike, not a labour one)."""
    from whimbrel.events.triggers import find_triggers

    def strike_category(text):
        return next(m.entry.category for m in find_triggers(nlp(text)) if m.token.lower_ == "strike")

    assert strike_category("Ghanaian doctors launched a strike over unpaid wages on Monday.") == "PROTEST"
    assert strike_category("The Ghanaian drivers' union condemned the strike on the aid convoy.") != "PROTEST"


def test_petrarch2_patterns_for_refuge_control_bombs_and_tools(code_sentence):
    """PETRARCH2's verb patterns, taken over by hand: refuge or sanctuary given is asylum (&ASYLUM
    synset, CAMEO 075); control of a place taken is an occupation (TAKE CONTROL +, 192), control
    of a company is not; petrol bombs thrown are a riot (THREW FIREBOMBS), a grenade thrown an
    attack (THREW GRENADE, 193); workers who "down tools" strike (143), and threaten to when it
    hangs on a condition."""
    def cats(text):
        return [c[:2] for c in _coded(code_sentence, text)]

    assert cats("Bolivia's foreign minister said La Paz had given political refuge to the Peruvian "
                "activist.") == [("AID", "075")]
    assert cats("Rebel fighters took control of the airport in the Malian town of Kidal on Friday.") == \
        [("COERCE", "192")]
    assert cats("A Malian investor took control of the mining company on Friday.") == []
    assert cats("Malian police took the opposition leader into custody on Friday.") == [("COERCE", "173")]
    assert cats("Protesters threw petrol bombs at Malian police in Bamako on Sunday.") == [("PROTEST", "145")]
    assert [c[0] for c in _coded(code_sentence, "A militant threw a grenade at a Malian army patrol in Gao on "
                                                "Sunday.")] == ["ASSAULT"]
    assert cats("Malian teachers downed tools on Monday over unpaid salaries.") == [("PROTEST", "143")]
    assert [c[0] for c in _coded(code_sentence, "Malian doctors said they would down tools on Monday unless the "
                                                "government paid their wages.")] == ["THREATEN"]


def test_a_word_inside_a_name_is_no_trigger(nlp):
    """triggers._inside_name: a capitalised word after the first word of a named entity is a word of
    the name ("the Volatiles Investigating Polar Exploration Rover"), not a predicate."""
    from whimbrel.events.triggers import find_triggers

    sdoc = nlp("The agency unveiled the Asteroids Investigating Deep Space Probe on Monday.")
    assert [(t.tag_, t.ent_iob_) for t in sdoc if t.text == "Investigating"] == [("VBG", "I")]  # the case itself
    assert "Investigating" not in [m.token.text for m in find_triggers(sdoc)]
    assert "investigating" in [m.token.text for m in find_triggers(nlp("Malawian police are investigating the "
                                                                         "minister."))]


def test_petrarch2_patterns_for_standing_by_lobbying_against_and_airdrops(code_sentence):
    """PETRARCH2: STAND (BY) is praise (051); LOBBY (AGAINST) rallies opposition (113), while
    lobbying a party to act stays a request; DROP FOOD, in its parachute block, is humanitarian aid
    (073) when dropped from the air, and prices that drop are no aid."""
    def cats(text):
        return [c[:2] for c in _coded(code_sentence, text)]

    assert ("SUPPORT", "051") in cats("Malawi's president stood by the Malawian army's conduct during the vote.")
    assert ("ACCUSE", "113") in cats("Malawi's president lobbied Zambian lawmakers against the border treaty.")
    assert [c[0] for c in _coded(code_sentence, "Malawi lobbied Washington to release the frozen aid.")][:1] == ["REQUEST"]
    assert ("AID", "073") in cats("The World Food Programme dropped 12 tonnes of food by parachute over the "
                                  "besieged Malawian town of Nsanje.")
    assert cats("Food prices in Malawi dropped in March, the Malawian central bank said.") == []


def test_the_words_of_us_politics_and_courts(code_sentence):
    """Campaigning for a candidate endorses (051); a subpoena issued and a matter looked into are an
    investigation (manual, ACCUSE investigate: "grand juries, judicial or political"), cameras
    looked into are not; a report attacked is criticised (111), a police post attacked is
    assaulted; a clash over a bill is no fighting."""
    def cats(text):
        return [c[:2] for c in _coded(code_sentence, text)]

    assert cats("Former Governor Ann Whitley stumped for Senator Ray Okafor in Atlanta on Monday.") == [("SUPPORT", "051")]
    assert cats("The U.S. House Oversight Committee issued a subpoena to Treasury Secretary Dan Whitcombe on Friday.") == \
        [("ACCUSE", "090")]
    assert cats("The U.S. House Oversight Committee subpoenaed Treasury Secretary Dan Whitcombe on Friday.") == [("ACCUSE", "090")]
    assert cats("The Senate Ethics Committee is looking into the allegations against Senator Ray Okafor.") == \
        [("ACCUSE", "090")]
    assert cats("U.S. Senator Ray Okafor looked into the cameras and said he had done nothing wrong.") == []
    assert [c[0] for c in _coded(code_sentence, "U.S. Senator Ray Okafor attacked the governor's budget plan as "
                                                "reckless.")] == ["ACCUSE"]
    assert [c[0] for c in _coded(code_sentence, "Rebels attacked a police post in northern Mali on Monday.")] == ["ASSAULT"]
    assert "ASSAULT" not in [c[0] for c in _coded(code_sentence, "The White House refused to cooperate, escalating a "
                                                                 "constitutional clash with Congress.")]


def test_insisting_is_a_request_only_when_it_wishes(code_sentence):
    """REQUEST insist's wish: "insisted that X withdraw" or "must withdraw" asks for it; "insisted
    that he had done nothing wrong" asserts, and asks nobody for anything."""
    assert [c[0] for c in _coded(code_sentence, "Iran insisted that Israel withdraw from the occupied Golan "
                                                "Heights.")] == ["REQUEST"]
    assert [c[0] for c in _coded(code_sentence, "Iran insisted that Israel must withdraw from the occupied Golan "
                                                "Heights.")] == ["REQUEST"]
    assert "REQUEST" not in [c[0] for c in _coded(code_sentence, "U.S. Senator Ray Okafor insisted that he had done "
                                                                 "nothing wrong.")]


def test_a_teams_fight_is_no_assault(code_sentence):
    """ASSAULT fight's exclusions: a side, team or club that will "fight back" plays on; troops that
    fight rebels fight."""
    assert _coded(code_sentence, "The Kenyan coach said his team would fight back in Nairobi on Saturday.") == []
    assert [c[0] for c in _coded(code_sentence, "Congolese government troops fought rebels near Goma on "
                                                "Monday.")] == ["ASSAULT"]


def test_an_agreement_sealed_inked_or_clinched_is_signed(code_sentence):
    """Manual, SUPPORT: "ratify, sign, or finalize an agreement or treaty" (CAMEO 057), whatever
    verb the news uses; the vault a bank sealed is no agreement."""
    for text in ("Ghana and Togo sealed a border agreement in Accra on Saturday.",
                 "Ghana and Togo inked a memorandum of understanding on energy on Saturday.",
                 "Ghana and Togo clinched a gas supply deal on Saturday."):
        assert [c[:2] for c in _coded(code_sentence, text)] == [("SUPPORT", "057")], text


def test_the_words_of_diplomatic_spirals_and_u_turns(code_sentence):
    """A reprisal or a "tough response" vowed threatens (PETRARCH2 VOW REVENGE, 138), a school
    vowed is a pledge; retaliation by expelling an envoy is no assault; a policy backtracked on is
    eased (0832), a pledge backtracked on is reneged (REJECT); a diplomat declared persona non
    grata is expelled (166); a result challenged in court is a suit (115); gratitude expressed is
    praise (051), disappointment expressed is disapproval (111)."""
    def cats(text):
        return [c[0] for c in _coded(code_sentence, text)]

    assert cats("Moscow vowed a tough response to the new Canadian sanctions on Monday.") == ["THREATEN"]
    assert cats("Malawi vowed to build 5,000 new classrooms this year.") == ["AGREE"]
    assert "ASSAULT" not in cats("Khartoum retaliated by ordering out Chad's deputy ambassador on Monday.")
    assert cats("Malawi's government backtracked on a planned fuel price hike after days of street protests.") == ["CONCEDE"]
    assert cats("The Malawian president backtracked on his pledge to cut taxes.") == ["REJECT"]
    assert [c[:2] for c in _coded(code_sentence, "Latvia declared two Belarusian diplomats persona non grata on "
                                                 "Monday.")] == [("SANCTION", "166")]
    assert cats("Malawi's main opposition party challenged the election results in the Constitutional Court on "
                "Monday.") == ["ACCUSE"]
    assert cats("Malawi's finance minister expressed gratitude to Chinese leaders for the loan.") == ["SUPPORT"]
    assert cats("Kyiv expressed deep disappointment at Hungary's veto.") == ["ACCUSE"]


def test_the_words_of_insurgency_wire_copy(code_sentence):
    """A convoy waylaid and mortar bombs lobbed are attacks (190); journalists hauled in by the
    police are arrested (173), nets hauled in are not; force vowed against a foe ("vowed to hunt
    down those responsible") threatens with force (138)."""
    def cats(text):
        return [c[:2] for c in _coded(code_sentence, text)]

    assert [c[0] for c in _coded(code_sentence, "Jihadist fighters waylaid a Malian army convoy near Gao on Monday.")] == ["ASSAULT"]
    assert [c[0] for c in _coded(code_sentence, "Houthi fighters lobbed mortar bombs at a Yemeni army position near "
                                                "Marib on Monday.")] == ["ASSAULT"]
    assert cats("Ethiopian police hauled in dozens of journalists on Monday.") == [("COERCE", "173")]
    assert cats("Ethiopian fishermen hauled in their nets at dawn near the Ethiopian border.") == []
    assert cats("Nigeria's army chief vowed to hunt down those responsible for the attack.") == [("THREATEN", "138")]


def test_review_regressions_of_session_21_stay_mended(code_sentence):
    """Each exclusion or condition of session 21 holds only for its own sense: an investigation team
    attacked is assaulted; parties clashing in the streets clash; militants fighting on a town's
    side fight; protesters gathering in support gather; lobbying lawmakers to vote against is a
    request; a "strong response" to a flood is no threat; a minister who "concluded that" signed
    nothing; an opposition that took control of parliament seized nothing; a candidate barred
    from a presidential race is banned; a letter sent to a body names its addressee."""
    def cats(text):
        return [c[0] for c in _coded(code_sentence, text)]

    assert "ASSAULT" in cats("Gunmen attacked a Malian investigation team near Gao on Monday.")
    assert "ASSAULT" in cats("Supporters of rival political parties clashed in the streets of Bamako on Monday.")
    assert "ASSAULT" in cats("Militants fought Malian soldiers on the northern side of Gao on Monday.")
    assert "PROTEST" in cats("Thousands of Malian protesters gathered in support of the jailed opposition leader "
                             "outside the court in Bamako.")
    assert "REQUEST" in cats("Malian farmers lobbied Malian lawmakers to vote against the land bill.")
    assert "THREATEN" not in cats("Mali's governor vowed a swift and strong response to the flooding.")
    assert "SUPPORT" not in cats("Mali's minister concluded that the Malian deal with Algeria had failed.")
    assert "COERCE" not in cats("Mali's opposition took control of parliament after the election.")
    assert "COERCE" in cats("Mali's electoral commission disqualified the opposition leader from the presidential "
                            "race.")
    ev = code_sentence("Mali's government appealed for help in a letter sent to the United Nations on Monday.").events
    assert [[r.code for r in e.recipient] for e in ev if e.category == "REQUEST"] == [["UNO"]]


def test_protesters_cleared_from_a_square_are_dispersed(code_sentence):
    """COERCE clear (as disperse, CAMEO 170): police who clear demonstrators or their camp restrict
    them; "cleared the way for ..." is an idiom, and a road cleared after a crash is no event."""
    doc = code_sentence("Georgian riot police cleared demonstrators from the entrance to parliament.")
    assert [(e.category, [a.code for a in e.actor]) for e in doc.events] == [("COERCE", ["GEO"])]
    doc = code_sentence("The Georgian government accepted the demands, clearing the way for farmers camped "
                        "outside parliament to go home.")
    assert "COERCE" not in [e.category for e in doc.events]


def test_a_state_of_emergency_extended_or_decreed_is_imposed(code_sentence):
    """PETRARCH2 EXTEND / DECREE STATE (OF EMERGENCY) 1724, TIGHTEN CURFEW 1723: COERCE; a deadline
    extended is not."""
    doc = code_sentence("Myanmar's military junta extended the state of emergency by six months.")
    assert [(e.category, e.cameo) for e in doc.events] == [("COERCE", "1724")]
    doc = code_sentence("The Bangladeshi government tightened the curfew in Dhaka.")
    assert [(e.category, e.cameo) for e in doc.events] == [("COERCE", "1723")]
    doc = code_sentence("Myanmar's military junta extended the deadline for its budget by six months.")
    assert "COERCE" not in [e.category for e in doc.events]


def test_firearms_or_deadly_force_used_on_people_is_an_assault(code_sentence):
    """triggers/ ASSAULT use: live ammunition or firearms used against people are the manual's
    ASSAULT firearms; excessive or lethal force used on them an ASSAULT; force threatened or a
    device's "force sensors" are not."""
    doc = code_sentence("Zambian soldiers used live ammunition against protesters in Lusaka.")
    assert [(e.category, e.mode) for e in doc.events] == [("ASSAULT", ["firearms"])]
    doc = code_sentence("Malawian police used excessive force against demonstrators in Blantyre.")
    assert [e.category for e in doc.events] == ["ASSAULT"]
    assert [e.category for e in code_sentence("The Malawian army threatened to use force against the protesters.").events] == ["THREATEN"]
    assert not code_sentence("The Zambian carmaker used force sensors in its new robot.").events


@pytest.mark.parametrize("text, category", [
    ("Former Vice President Joe Biden took aim at President Donald Trump's trade policy on Monday.", "ACCUSE"),
    ("Kenya's opposition leader took aim at President William Ruto over tax rises on Sunday.", "ACCUSE"),
    ("Mexico's president pushed back against Trump's threat to designate cartels as terrorist groups.", "REJECT"),
    ("China's foreign ministry pushed back on U.S. demands for structural reforms.", "REJECT"),
])
def test_taking_aim_and_pushing_back_are_words(code_sentence, text, category):
    """triggers/accuse.yaml take (aim at) and reject.yaml push (back against/on): criticism and
    resistance, as "lashed out at" and "rebuffed"."""
    assert category in [e.category for e in code_sentence(text).events]


@pytest.mark.parametrize("text, coerced", [
    ("Kenyan police dragged protesters away from parliament in Nairobi on Monday.", True),
    ("Security forces in Tehran dragged out the students and beat them, Iranian activists said.", True),
    ("Talks between Kenya and Uganda dragged out for months.", False),
])
def test_dragged_away_by_police_is_a_forcible_removal(code_sentence, text, coerced):
    """triggers/coerce.yaml drag (+out/away/off, by police, troops or agents only): a forcible removal,
    as an arrest (CAMEO 173); talks that dragged out are no one's act."""
    assert ("COERCE" in [e.category for e in code_sentence(text).events]) == coerced


@pytest.mark.parametrize("text, category", [
    ("The United States has imposed visa restrictions on Nigerian officials accused of undermining the elections.",
     "SANCTION"),
    ("Washington announced visa bans on Chinese officials over Tibet on Tuesday.", "SANCTION"),
    ("Kenya imposed restrictions on public gatherings in Nairobi on Monday.", "COERCE"),
])
def test_visa_restrictions_on_officials_are_sanctions(code_sentence, text, category):
    """triggers/sanction.yaml restriction, ban (with visa): targeted sanctions (CAMEO 163); other
    restrictions a state imposes at home stay COERCE restrict."""
    cats = [e.category for e in code_sentence(text).events]
    assert category in cats and not ({"SANCTION", "COERCE"} - {category}) & set(cats), cats
