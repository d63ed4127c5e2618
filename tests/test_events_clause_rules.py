"""Rules that read a clause's structure rather than a trigger's entry: acts of civil actors done to
press a demand and acts announced on a condition (events/retype.py),
protesters' country from the authority they address (places), the passive of a light verb (roles),
a pronoun in a that-clause, the speaker "quoted as saying" and the weapon of a when-clause (fill_actor,
roles), an authority barring
its own people (decide); the noun "expulsion" and the verb "caution" read as their kin are."""
from __future__ import annotations

import pytest

from conftest import categories


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
    # parents are civilians too (sectors.yaml CVL, words.yaml CIVIL_ACTORS): a school boycott
    doc = code_sentence("Parents in Peru kept their children home from school to press the government to "
                        "reopen the rural clinics.")
    assert [e.category for e in doc.events] == ["PROTEST"]
    doc = code_sentence("Students in Chile wrote to the education minister, demanding lower fees.")
    assert "PROTEST" not in [e.category for e in doc.events]
    # the same act by an authority is no protest
    doc = code_sentence("Peruvian officials slept outside the congress building, demanding a budget vote.")
    assert "PROTEST" not in [e.category for e in doc.events]
    # "began to demand": the demand itself, not an act done for it
    doc = code_sentence("Striking miners in Peru began to demand higher pensions from the government.")
    assert "PROTEST" not in [e.category for e in doc.events]


def test_protesters_are_the_people_of_the_authority_they_address(code_sentence):
    """places.infer_country (protest): a protest whose doers name no country takes the country of
    the authority it is aimed at, whatever their sector (here refugees)."""
    doc = code_sentence("Dozens of asylum seekers began a hunger strike in a church last month, demanding "
                        "work permits from the Greek government.")
    assert _dyads(doc) == [("PROTEST", ["GRC"], ["GRC"])]


def test_an_act_announced_on_a_condition_is_a_threat(code_sentence):
    """retype._conditional_threat: "would X if/unless Y" in a reported statement is THREATEN against
    the party the condition names, whatever X is; an outcome ("would win if") or an unreported
    conditional is not; the pre-filter lets such a sentence through with no trigger word."""
    doc = code_sentence("Ghana would shut its markets to Togolese traders unless Togo reopened the border, "
                        "Ghana's trade minister said.")
    assert _dyads(doc) == [("THREATEN", ["GHA"], ["TGO"])]
    doc = code_sentence("Pakistan's foreign minister said Islamabad would rethink its ties with Kabul if "
                        "the Taliban kept sheltering militants.")
    assert _dyads(doc) == [("THREATEN", ["PAK"], ["AFG"])]
    doc = code_sentence("Analysts said Macron would win the runoff if turnout among young voters stayed high.")
    assert doc.events == []
    # a forecast of what another party would do is no one's threat
    doc = code_sentence("Analysts said Ghana would shut its markets to Togolese traders unless Togo reopened the border.")
    assert "THREATEN" not in [e.category for e in doc.events]
    doc = code_sentence("Ghana would shut its markets to Togolese traders unless Togo reopened the border.")
    assert "THREATEN" not in [e.category for e in doc.events]


def test_the_subject_of_a_passive_light_verb_undergoes_the_act(code_sentence):
    """roles.arguments: "was placed under house arrest" is an arrest of the passive subject by the
    authority the act implies, not of the place named after it."""
    doc = code_sentence("The opposition leader was placed under house arrest in Harare on Friday.")
    assert [(e.category, [a.code for a in e.actor], [r.sector for r in e.recipient]) for e in doc.events] \
        == [("COERCE", ["ZWE"], ["OPP"])]


def test_a_pronoun_in_a_that_clause_is_the_subject_above_it(code_sentence):
    """fill_actor._complement_antecedent: "X admitted that it attacked ..." is X's attack, for any
    verb with a that-clause (not only verbs of speech); "he" takes no organisation."""
    doc = code_sentence("Hamas admitted on Tuesday that it attacked an Israeli army post in August.")
    assert _dyads(doc) == [("ASSAULT", ["PSE"], ["ISR"])]
    doc = code_sentence("Hamas admitted on Tuesday that he attacked an Israeli army post in August.")
    assert doc.events == []


def test_an_expulsion_is_read_as_the_verb_is(code_sentence):
    """triggers/ expulsion: of envoys SANCTION expel (166), of anyone else COERCE deport (174)."""
    assert [e.category for e in code_sentence("Russia ordered the expulsion of two Estonian diplomats.").events] == ["SANCTION"]
    assert [e.category for e in code_sentence("Pakistan began the mass expulsion of undocumented Afghans.").events] == ["COERCE"]


def test_who_planted_the_weapon_of_a_when_clause_attacked(code_sentence):
    """roles.clause_weapon_user: "were hurt when a bomb that X had planted exploded" is X's attack."""
    doc = code_sentence("Two Malian soldiers were wounded when their vehicle hit a mine laid by jihadists near Gao.")
    assert [(e.category, [a.sector for a in e.actor]) for e in doc.events] == [("ASSAULT", ["REB"])]


def test_an_authority_barring_its_own_people_restricts_them(code_sentence):
    """decide.authority_order (modality.yaml barring_verbs): police barring their own opposition
    leader is COERCE restrict; a state barring foreigners refuses them entry (REJECT)."""
    doc = code_sentence("Ugandan police barred the opposition chief from travelling to Kigali.")
    assert [(e.category, e.mode) for e in doc.events] == [("COERCE", ["restrict"])]
    doc = code_sentence("Israeli police barred two American congresswomen from entering the country.")
    assert [e.category for e in doc.events] == ["REJECT"]


def test_caution_is_a_warning_verb(code_sentence):
    """triggers/ caution (retype.WARN_VERBS' other verb): a threat when it names an outcome,
    advice when it tells someone to act."""
    doc = code_sentence("Ghana's interior minister cautioned Togo that it would face sanctions if it kept the border shut.")
    assert [e.category for e in doc.events] == ["THREATEN"]
    doc = code_sentence("Ghana's interior minister cautioned Ghanaian traders to avoid the border.")
    assert "THREATEN" not in [e.category for e in doc.events]


def test_the_one_quoted_as_saying_is_the_speaker(code_sentence):
    """fill_actor._speaker_subject: "X was quoted as saying he would ..." makes X the speaker, so the
    pronoun's act is X's."""
    doc = code_sentence("The Ghanaian president was quoted as saying he was ready to host talks "
                        "between Togo and Benin.")
    assert [(e.category, [a.code for a in e.actor]) for e in doc.events][:1] == [("AGREE", ["GHA"])]


def test_a_ban_by_an_authority_restricts(code_sentence):
    """triggers/ ban: beyond parties, media and gatherings, a ban is CAMEO 172 (restrict, as in
    PETRARCH2's verb dictionary); a trade ban stays SANCTION."""
    doc = code_sentence("Kenyan officials banned plastic bags in Nairobi on Monday.")
    assert [(e.category, e.mode) for e in doc.events] == [("COERCE", ["restrict"])]
    doc = code_sentence("Kenya banned imports of Ugandan sugar on Monday.")
    assert [e.category for e in doc.events] == ["SANCTION"]


def test_an_offer_not_accepted_is_refused(code_sentence):
    """decide.stated_refusal (modality.yaml refused_whatever_tense): "did not accept the offer" is a
    REJECT, not a negated AGREE; "did not agree" stays a negated act."""
    assert [e.category for e in code_sentence("Ghana did not accept Togo's offer of talks.").events] == ["REJECT"]
    assert [e.category for e in code_sentence("Ghana did not agree to the talks.").events] == ["AGREE"]


def test_a_joint_undertaking_of_two_parties_is_cooperation(code_sentence):
    """retype._joint_undertaking: two parties opening or beginning a joint undertaking COOPERATE
    (reciprocal), whatever the noun; a joint statement is no cooperation."""
    doc = code_sentence("Ghana and Togo launched a joint customs office at Aflao on Monday.")
    assert [(e.category, e.reciprocal) for e in doc.events] == [("COOPERATE", True)]
    doc = code_sentence("Ghana and Togo issued a joint statement on Monday.")
    assert "COOPERATE" not in [e.category for e in doc.events]
    doc = code_sentence("Ghana and Togo closed their joint customs office at Aflao on Monday.")
    assert "COOPERATE" not in [e.category for e in doc.events]


def test_an_inquiry_into_a_states_acts_is_aimed_at_that_state(code_sentence):
    """fill_recipient.recipient_inquiry_subject: the into-phrase may hang on the verb that opens the
    inquiry, and may be a whether-clause."""
    doc = code_sentence("The African Union opened a commission of inquiry on Monday into abuses in Burundi.")
    assert [(e.category, [r.code for r in e.recipient]) for e in doc.events] == [("ACCUSE", ["BDI"])]
    doc = code_sentence("The European Commission opened a probe into whether Poland's coal subsidies broke EU rules.")
    assert [(e.category, [r.code for r in e.recipient]) for e in doc.events] == [("ACCUSE", ["POL"])]


def test_captives_released_are_the_recipient_of_their_captor(code_sentence):
    """roles.arguments / fill_actor.actor_passive_place: "X were released" releases X (recipient);
    the captor is the state they were held in; troops "withdrawn" stay the actor's own."""
    doc = code_sentence("Two French journalists held in Syria were released on Saturday.")
    assert [(e.category, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in doc.events] \
        == [("RETREAT", ["SYR"], ["FRA"])]


def test_goods_delivered_with_no_agent_are_given_by_their_state(code_sentence):
    """roles.arguments: an agentless passive transfer of aid ("German howitzers were delivered to
    Ukraine") is given by the state the goods are of."""
    doc = code_sentence("Twelve German howitzers were delivered to Kyiv this week, officials in Berlin said.")
    assert [(e.category, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in doc.events] \
        == [("AID", ["DEU"], ["UKR"])]
    # a possessor owns the goods, it need not have given them; with no "to", no recipient is guessed
    assert code_sentence("Ukraine's first howitzers were delivered to Kyiv this week.").events == []
    assert [[r.code for r in e.recipient] for e in code_sentence("German howitzers were delivered this week.").events] \
        in ([], [[]])


def test_ending_talks_halts_them(code_sentence):
    """triggers/ end (CAMEO 164, as suspend and halt): a party that ends talks with another."""
    doc = code_sentence("Ghana's president formally ended the border negotiations with Togo on Friday.")
    assert [(e.category, [r.code for r in e.recipient]) for e in doc.events] == [("SANCTION", ["TGO"])]


def test_those_let_in_are_the_recipient_of_access(code_sentence):
    """roles.admitted_party: a state letting outsiders in yields to them (RETREAT 086), not to the
    place they enter; passive, the state of the place entered lets them in (fill_actor)."""
    doc = code_sentence("Sudan allowed a group of monitors from the African Union to enter the town of Kutum.")
    assert _dyads(doc) == [("RETREAT", ["SDN"], ["IGO"])]
    doc = code_sentence("Observers from the European Union were allowed back into Belarus on Friday.")
    assert _dyads(doc) == [("RETREAT", ["BLR"], ["EUR"])]
    # goods let in name no party: the place's people stay the recipient
    doc = code_sentence("Egypt allowed medical supplies into Gaza on Friday.")
    assert _dyads(doc) == [("RETREAT", ["EGY"], ["PSE"])]


def test_the_go_between_of_an_object_is_no_recipient(code_sentence):
    """common._recipients: "quit the U.S.-brokered talks" names a mediator in the object; it takes
    no part in the act (roles.is_go_between), so the threat's target is the party its condition names."""
    doc = code_sentence("Armenia threatened to leave the U.S.-brokered negotiations if Azerbaijan kept shelling its villages.")
    assert _dyads(doc) == [("THREATEN", ["ARM"], ["AZE"])]


def test_a_person_welcomed_to_a_place_is_a_guest(code_sentence):
    """retype._welcomed_guest: a named person welcomed to or at a place visits the host (CONSULT 043;
    the guest is the actor, consult.host_direction); welcoming a decision stays SUPPORT."""
    doc = code_sentence("Ghanaian President John Mahama welcomed Senegalese President Macky Sall to Jubilee House on Friday.")
    assert [(e.category, e.cameo) for e in doc.events] == [("CONSULT", "042")]
    assert [a.code for a in doc.events[0].actor][:1] == ["SEN"] and [r.code for r in doc.events[0].recipient] == ["GHA"]
    doc = code_sentence("Ghana welcomed the ruling by the regional court on Friday.")
    assert [e.category for e in doc.events] == ["SUPPORT"]


def test_one_subject_has_one_country_across_its_acts(code_sentence):
    """fill_actor._shared_subject_country: the supporters who stormed a court and beat lawmakers are
    the same supporters; the country inferred for the first act holds for the second."""
    doc = code_sentence("Ruling party supporters stormed Bolivia's electoral court on Monday and beat opposition "
                        "lawmakers.")
    assert [(e.category, [a.code for a in e.actor]) for e in doc.events] == [("PROTEST", ["BOL"]), ("ASSAULT", ["BOL"])]


def test_people_a_mob_attacks_are_of_the_mobs_country(code_sentence):
    """coder.yaml stateless_victims: people civilians attack whom the text places nowhere are of the
    attackers' country, as for armed groups and criminals."""
    doc = code_sentence("A mob of Kenyan villagers beat two traders accused of theft on Sunday.")
    assert _dyads(doc) == [("ASSAULT", ["KEN"], ["KEN"])]


def test_a_coordinated_speech_verb_shares_its_subject(code_sentence):
    """fill_actor._shared_subject: "rebels rejected X and declared they opposed Y": the declaring
    verb has no subject of its own; the rebels speak, and "they" are the rebels."""
    doc = code_sentence("Sudanese rebels rejected the Chadian plan on Monday and declared they opposed any African "
                        "Union mission.")
    assert _dyads(doc) == [("REJECT", ["SDN"], ["TCD"]), ("REJECT", ["SDN"], ["IGO"])]


def test_a_deployment_announced_against_no_one_is_no_threat(code_sentence):
    """decide._own_forces_only: an announced future deployment is a threat to the party it is aimed
    at; reinforcing one's own units with no one named is a mobilisation announced."""
    assert [e.category for e in code_sentence("Russia's defence ministry said it would reinforce Russian air units in "
                                              "the Arctic.").events] == ["MOBILIZE"]
    assert [e.category for e in code_sentence("Russia's defence ministry said it would send troops to the border "
                                              "with Ukraine.").events] == ["THREATEN"]


def test_protesters_facing_a_parliament_are_its_people(code_sentence):
    """places.infer_country: a protest (here a boycott) addressed to a parliament places its
    country-less doers in the parliament's state, as one addressed to a government does."""
    doc = code_sentence("Opposition deputies boycotted Monday's session of Georgia's parliament over the new "
                        "media law.")
    assert [(e.category, [a.code for a in e.actor]) for e in doc.events] == [("PROTEST", ["GEO"])]


def test_a_past_tense_hung_inside_the_subject_phrase_is_the_main_verb(nlp):
    """subjects.misparsed_main_subject: a finite past tense (VBD) the parser hangs as a modifier
    inside the ROOT noun phrase is the main verb the parse missed; the ROOT noun does the act. A
    participle (VBN) there is a reduced relative and stays one. The parse is built by hand: the
    small model makes this slip on a few sentences only, not on any one we can write on purpose."""
    from spacy.tokens import Doc

    from whimbrel.events.subjects import misparsed_main_subject
    words = ["Farmers", "furious", "at", "a", "tax", "rise", "torched", "offices", "."]
    heads = [0, 0, 1, 5, 5, 2, 5, 6, 0]
    deps = ["ROOT", "amod", "prep", "det", "compound", "pobj", "acl", "dobj", "punct"]
    for tag, want in (("VBD", "Farmers"), ("VBN", None)):
        tags = ["NNS", "JJ", "IN", "DT", "NN", "NN", tag, "NNS", "."]
        pos = ["NOUN", "ADJ", "ADP", "DET", "NOUN", "NOUN", "VERB", "NOUN", "PUNCT"]
        doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, sent_starts=[True] + [False] * 8)
        found = misparsed_main_subject(doc[6])
        assert (found.text if found is not None else None) == want


def test_a_second_that_clause_is_reported_by_the_same_speaker(code_sentence):
    """modality.governing_chain: "said X and that Y" reports Y as it reports X, so the speaker of
    Y is the one who said it (here the source that places "the army")."""
    doc = code_sentence("Iranian Defence Ministry spokesman Reza Talaei said the talks were over and that the army "
                        "would take all necessary steps if Israel attacked again.")
    assert [(e.category, [a.code for a in e.actor]) for e in doc.events] == [("THREATEN", ["IRN"])]


def test_a_named_legislator_is_of_the_authority_he_addresses(code_sentence):
    """places._named_legislator: "Senator X pressed the Biden administration ..." places the senator,
    whom no list knows, in the state of the government he addresses; a minister so placed would be a
    guess (ministers face foreign governments as often), so he stays unplaced."""
    pub = "2022-03-01T12:00:00"
    doc = code_sentence("Senator Tom Harwell on Friday pressed the Biden administration to lift steel tariffs.", pub)
    assert _dyads(doc) == [("REQUEST", ["USA"], ["USA"])]
    doc = code_sentence("Minister Tom Harwell on Friday pressed the Biden administration to lift steel tariffs.", pub)
    assert doc.events == []


def test_critics_of_a_party_are_not_that_party(code_sentence):
    """sectors.yaml OPP critics/opponents and roles.STANCE_GROUPS: "critics of the government" are
    opposition people; the government their of-phrase names is whom they oppose, so it is neither
    their sector nor a co-actor (their march is a protest, not a state's diplomatic protest)."""
    doc = code_sentence("Critics of the Honduran government marched through Tegucigalpa on Sunday.")
    assert [(e.category, [(a.code, a.sector) for a in e.actor]) for e in doc.events] == [("PROTEST", [("HND", "OPP")])]


def test_a_states_possessive_is_a_party_of_the_phrase(code_sentence):
    """actors.entities_for(owners=True), the target search: "Uganda's treatment of refugees in
    Tanzania" names Uganda as the party whose act is condemned, at its own depth in the phrase
    (above Tanzania), though the noun it owns is no actor."""
    doc = code_sentence("Kenya on Monday called Uganda's treatment of refugees in Tanzania a disgrace.")
    assert _dyads(doc) == [("ACCUSE", ["KEN"], ["UGA"])]


def test_the_addressee_of_a_letter_is_the_target_of_what_it_says(code_sentence):
    """fill_recipient.recipient_addressee: "In a letter to X, Y asked for ..." is said to X, when the
    act names no target of its own."""
    doc = code_sentence("In a message to the African Union last week, Somalia's government sought the dispatch of "
                        "more warships to help its outgunned police retake the ports.")
    assert _dyads(doc) == [("REQUEST", ["SOM"], ["IGO"])]


def test_a_noun_act_named_after_its_doers_is_theirs(code_sentence):
    """fill_actor.actor_kind_modifier: "farmer protests were staged in ..." are done by farmers (the agent
    word the act is named after), placed by the sentence, not by unnamed civilians of the place."""
    doc = code_sentence("Farmer protests were staged last month in Punjab and Haryana.")
    assert [(e.category, [(a.code, a.sector) for a in e.actor]) for e in doc.events] == [("PROTEST", [("IND", "AGR")])]


def test_what_an_object_is_pressed_to_do_is_content_wherever_it_is_hung(code_sentence):
    """find._controlled_infinitive: "press X to step down" asks X to go; the parser hangs the
    infinitive on the verb above when the request sits in a clause of its own ("enforced a shutdown
    to press X to step down"), and X's going was then coded as done."""
    doc = code_sentence("Markets stayed closed in Lusaka as the opposition party enforced a 48-hour "
                        "shutdown to press President Edgar Lungu to step down.")
    assert "RETREAT" not in [e.category for e in doc.events]


def test_pushing_someone_to_act_is_a_request(code_sentence):
    """triggers/ push with control: an object and its infinitive ("pushed Seoul to pay") is a
    demand, as "pushed for"; the act asked for is its content, not an event."""
    doc = code_sentence("Washington pushed Seoul to share more of the cost of stationing US troops.")
    assert _dyads(doc) == [("REQUEST", ["USA"], ["KOR"])]
    doc = code_sentence("Opposition parties pushed President Nicolas Maduro to resign.")
    assert [e.category for e in doc.events] == ["REQUEST"]


def test_the_venue_of_a_meeting_or_a_signing_is_no_party_to_it(code_sentence):
    """fill_recipient._venues: "talks in Havana", "signed an accord in Pretoria", "praised the deal in a
    speech in Paris" say where, not with whom; before, the venue's country was the recipient. Acts done
    to a place keep it (a protest in Nairobi is aimed at Kenya), and so does a visit's host."""
    # (a state and its challengers acting jointly are a dyad of the two sides: session 31)
    doc = code_sentence("Ethiopia's government and Tigrayan rebels signed a peace agreement in Pretoria on Wednesday.")
    assert _dyads(doc) == [("SUPPORT", ["ETH"], ["ETH"])]
    doc = code_sentence("The Colombian government and the rebels resumed peace talks in Havana on Monday.")
    assert _dyads(doc) == [("CONSULT", ["COL"], ["COL"])]
    doc = code_sentence("The French foreign minister praised the accord in a speech in Paris.")
    assert [r for _, _, r in _dyads(doc)] == [[]]
    # a phrase inside the place phrase is not the place: the aid is for Ukraine
    doc = code_sentence("Berlin pledged 500 million euros in credit guarantees for Ukraine's economy.")
    assert _dyads(doc) == [("AGREE", ["DEU"], ["UKR"])]
    doc = code_sentence("Thousands of people protested in Nairobi on Tuesday.")
    assert _dyads(doc) == [("PROTEST", ["KEN"], ["KEN"])]
    doc = code_sentence("The Chinese foreign minister arrived in Moscow on Monday for talks.")
    assert _dyads(doc) == [("CONSULT", ["CHN"], ["RUS"])]


def test_an_until_clause_on_an_announced_act_is_its_condition(code_sentence):
    """triggers.condition_mark: "will keep fighting until the army withdraws" awaits the withdrawal;
    it reports none (before, a CONCEDE by the rebels was coded). A past "fought until the army
    withdrew" reports both acts."""
    doc = code_sentence("Sudanese rebels will keep fighting until the army withdraws from Khartoum, their commander said.")
    assert not [e for e in doc.events if e.category in ("CONCEDE", "RETREAT")]
    doc = code_sentence("Sudanese rebels fought until the Sudanese army withdrew from the town.")
    assert "RETREAT" in [e.category for e in doc.events]


def test_an_object_pronoun_of_a_participle_is_the_main_verbs_object(code_sentence):
    """fill_recipient.recipient_main_object: "expelled the diplomats, accusing them of meddling" accuses
    the diplomats (before: a guessed domestic recipient). With no object to refer to, nothing is taken."""
    doc = code_sentence("Bolivia's interim government expelled Venezuelan diplomats on Friday, accusing them of meddling.")
    assert [(e.category, [r.code for r in e.recipient]) for e in doc.events] == [("SANCTION", ["VEN"]), ("ACCUSE", ["VEN"])]
    doc = code_sentence("Kenya arrested two Somali journalists on Monday, charging them with espionage.")
    assert ("ACCUSE", ["SOM"]) in [(e.category, [r.code for r in e.recipient]) for e in doc.events]


def test_charges_a_party_faces_were_brought_by_the_judiciary(code_sentence):
    """implied_actors.yaml faced_acts: "X faces charges" or "stands trial" reports that X was charged
    (manual, ACCUSE allege: "indict, or charge; bring to trial"), by the judiciary an agentless
    "was charged" implies; not charges an act is for ("extradited to face charges") or whose
    bringer the text names ("charges from the league")."""
    def coded(text):
        return [(e.category, [(a.code, a.sector) for a in e.actor], [r.code for r in e.recipient])
                for e in code_sentence(text).events]
    assert coded("Pakistani former premier Imran Khan is facing more than 100 charges.") \
        == [("ACCUSE", [("PAK", "JUD")], ["PAK"])]
    assert coded("Kenyan opposition leader Raila Odinga faces trial for treason.") == [("ACCUSE", [("KEN", "JUD")], ["KEN"])]
    assert [e.category for e in code_sentence(
        "Colombia extradited the commander to the United States to face charges.").events] == ["COOPERATE"]
    assert code_sentence("The club faces charges from the Premier League over its finances.").events == []


def test_opposition_lawmakers_address_their_own_government(code_sentence):
    """places.infer_country: country-less opposition lawmakers take the state of the authority they
    address (an opposition opposes its own government); lawmakers as a group do not (they face
    foreign governments as often)."""
    def coded(text):
        return [(e.category, [(a.code, a.sector) for a in e.actor]) for e in code_sentence(text).events]
    assert coded("Brazilian President Jair Bolsonaro was criticised by opposition lawmakers on Monday.") \
        == [("ACCUSE", [("BRA", "LEG")])]
    assert coded("Opposition MPs accused the Kenyan government of corruption.") == [("ACCUSE", [("KEN", "LEG")])]
    assert coded("Lawmakers criticised Brazilian President Jair Bolsonaro on Monday.") == []


def test_a_fronted_participle_is_the_protest_purpose(code_sentence):
    """clauses._purpose_clauses: "Demanding X, they boycotted Y" is "they boycotted Y, demanding X":
    one PROTEST whose purpose is the demand, not a REQUEST beside it."""
    doc = code_sentence("Demanding the resignation of Prime Minister Nikol Pashinyan, Armenian opposition lawmakers "
                        "boycotted the session of Armenia's parliament.")
    assert [e.category for e in doc.events] == ["PROTEST"]


def test_going_on_strike_to_press_a_demand_is_a_strike(code_sentence):
    """retype._names_protest: a light verb whose object is a protest noun ("went on strike") is no
    protest of its own kind: the noun's mode (strike) stands, with or without a demand beside it."""
    for text in ("Kenyan doctors went on strike on Monday, demanding higher wages.",
                 "Demanding higher wages, Kenyan doctors went on strike on Monday."):
        assert [(e.category, e.mode) for e in code_sentence(text).events] == [("PROTEST", ["strike"])]


def test_suspected_of_is_an_allegation_only_as_a_clause(code_sentence):
    """triggers/ suspect (clause_only): "X is suspected of fraud" alleges (manual, ACCUSE allege);
    "officials suspected of fraud" describes whom another act was done to, no event of its own."""
    doc = code_sentence("Former Malaysian Prime Minister Najib Razak is suspected of money laundering, "
                        "the anti-graft agency said on Monday.")
    assert [(e.category, e.mode) for e in doc.events] == [("ACCUSE", ["allege"])]
    assert categories(code_sentence, "Police arrested 28 Chilean officials suspected of taking kickbacks.") == ["COERCE"]


def test_suspending_observers_withdraws_them(code_sentence):
    """triggers/ suspend: an observer mission suspended is withdrawn for a time (manual, SANCTION
    withdraw: "observers, diplomats, peacekeepers"); a space mission is not."""
    assert categories(code_sentence, "The Arab League suspended its observer mission in Syria on Saturday.") == ["SANCTION"]
    assert categories(code_sentence, "NASA suspended its Mars mission on Tuesday.") == []


def test_tear_gas_people_faced_was_used_on_them_by_the_police(code_sentence):
    """implied_actors.yaml faced_acts, triggers/ ASSAULT nouns: crowd-control weapons people faced
    or braved were used on them (manual, ASSAULT crowd-control), by the police an agentless act of
    that kind implies; "rubber bullets" are crowd control, not firearms (modality.yaml modes)."""
    doc = code_sentence("Protesters in Hong Kong faced rubber bullets and teargas on Monday.")
    assert [(e.category, e.mode, [(a.code, a.sector) for a in e.actor], [r.code for r in e.recipient])
            for e in doc.events] == [("ASSAULT", ["crowd-control"], [("HKG", "COP")], ["HKG"])]
    assert code_sentence("Residents faced gas shortages in Lagos.").events == []
    assert code_sentence("The factory in Lagos makes rubber bullets and tear gas canisters.").events == []


def test_private_parties_of_two_states_are_no_international_relations(code_sentence):
    """political.international (political.yaml private_sectors): a private person or firm dealing
    with another state's private people is no political event; aid groups or officials abroad are."""
    assert code_sentence("The Kenyan runner praised the crowd in Berlin after winning the marathon.").events == []
    assert categories(code_sentence, "The Kenyan foreign minister praised the German government on Monday.") == ["SUPPORT"]


def test_a_court_sued_in_is_no_recipient(code_sentence):
    """fill_recipient._court_forum: "sued X in a US court" names where, not whom; "lashed out at the
    court" and "appealed to the court" still address it."""
    doc = code_sentence("The Kenyan government sued the contractor in a British court over the dam.")
    assert [[(r.code, r.sector) for r in e.recipient] for e in doc.events if e.category == "ACCUSE"] != [[("GBR", "JUD")]]
    assert categories(code_sentence, "Amazon sued a group of sellers in a US court over fake reviews.") == []
    doc = code_sentence("The Kenyan opposition appealed to the Supreme Court on Monday.")
    assert [[r.sector for r in e.recipient] for e in doc.events] == [["JUD"]]


def test_a_city_side_beating_another_is_play(code_sentence):
    """discard.sports_contest: a city's bare name is a side of a match too ("Liverpool beat Arsenal
    3-1"), and "scored" or "national team" mark a sentence about play; an armed actor's attack stays."""
    assert code_sentence("Liverpool beat Arsenal 3-1 at Anfield on Sunday to go top of the Premier League.").events == []
    assert code_sentence("Egypt's national team attacked from the start and scored twice against Morocco.").events == []
    assert categories(code_sentence, "Gunmen attacked the Pakistani national team bus in Lahore.") == ["ASSAULT"]


def test_delisting_and_ending_ones_own_protest_concede(code_sentence):
    """triggers/ CONCEDE remove/end (manual, CONCEDE: "easing of ... restrictions on persons and
    organizations", "suspending protests"): a group taken off a terrorism list; protesters ending
    their own occupation, not police ending someone else's."""
    assert categories(code_sentence, "Ethiopia's parliament removed the Oromo Liberation Front from its terrorism list "
                                     "on Thursday.") == ["CONCEDE"]
    assert categories(code_sentence, "Anti-government protesters ended their occupation of Bangkok's airports on "
                                     "Wednesday.") == ["CONCEDE"]
    assert "CONCEDE" not in categories(code_sentence, "Thai police ended the occupation of Bangkok's airports on Wednesday.")


def test_a_forecast_warned_of_is_no_threat(code_sentence):
    """retype._warning: "warned of lower profits", "of a global slowdown" forecast; "of dire
    consequences", "of retaliation", "of a crackdown" and "warned against interference" threaten."""
    assert code_sentence("The German carmaker Volkswagen warned of lower profits because of weak demand in China.").events == []
    assert code_sentence("The IMF warned of a global slowdown on Tuesday.").events == []
    assert categories(code_sentence, "Russia warned Ukraine of retaliation on Monday.") == ["THREATEN"]
    assert categories(code_sentence, "Police warned of a crackdown on protesters in Nairobi.") == ["THREATEN"]


def test_a_health_emergency_declared_is_no_coercion(code_sentence):
    """triggers/ COERCE declare: a state of emergency declared takes powers over people (CAMEO
    1724); a health emergency declared raises an alarm."""
    assert code_sentence("The World Health Organization declared the mpox outbreak a global health emergency.").events == []
    assert categories(code_sentence, "The Ecuadorian government declared a state of emergency in Guayaquil on Monday.") == ["COERCE"]


def test_causatives_make_their_subject_the_target(code_sentence):
    """words.yaml EXPERIENCER_VERBS (spark, trigger, provoke ...): "X sparked protests" is a protest
    against X by people of the place, not X protesting."""
    doc = code_sentence("Senegal's president postponed the February election, sparking protests in Dakar.")
    assert [(e.category, [a.sector for a in e.actor], [r.sector for r in e.recipient]) for e in doc.events] \
        == [("PROTEST", ["CVL"], ["GOV"])]


def test_a_broadcaster_suspended_is_censored(code_sentence):
    """triggers/ COERCE suspend (manual, COERCE censor): broadcasts or a newspaper suspended."""
    assert categories(code_sentence, "The Burkinabe junta suspended the broadcasts of two French media outlets.") == ["COERCE"]
    assert code_sentence("The BBC suspended its presenter over the remarks.").events == []


def test_a_missile_fired_into_the_sea_is_a_show_of_force(code_sentence):
    """triggers/ MOBILIZE fire/launch (manual, MOBILIZE weapons): a missile fired into the sea
    with no target is no attack; one fired at a tanker or at a state is."""
    assert categories(code_sentence, "North Korea fired a ballistic missile into the sea off its east coast, "
                                     "South Korea's military said.") == ["MOBILIZE"]
    assert categories(code_sentence, "The Houthis fired a missile at a tanker in the Red Sea on Monday.") == ["ASSAULT"]


def test_a_military_operation_launched_and_artefacts_returned(code_sentence):
    """triggers/ ASSAULT operation (manual, ASSAULT: conventional military force), not a rescue
    or a joint one; RETREAT return with looted artefacts (manual: "the return of confiscated property")."""
    assert categories(code_sentence, "Azerbaijani forces launched a military operation in Nagorno-Karabakh on Tuesday.") == ["ASSAULT"]
    assert code_sentence("The Indian army launched a rescue operation after the floods in Kerala.").events == []
    assert categories(code_sentence, "The Netherlands returned looted artefacts to Sri Lanka on Tuesday.") == ["RETREAT"]


def test_websites_attacked_is_a_cyber_attack(code_sentence):
    """triggers/ COERCE attack (manual, COERCE cyber: "website attacks"); a police station
    attacked stays an armed attack."""
    assert [(e.category, e.mode) for e in code_sentence(
        "Pro-Russian hackers attacked the websites of several German ministries.").events] == [("COERCE", ["cyber"])]
    assert categories(code_sentence, "Gunmen attacked a police station in Kaduna on Monday.") == ["ASSAULT"]


def test_demonstrating_something_is_no_protest(code_sentence):
    """triggers/ demonstrate (intransitive): with a direct object it shows something ("demonstrated
    its depth in a win"); people demonstrating outside a parliament protest, whatever the parser
    makes of "outside"."""
    assert code_sentence("South Dakota State demonstrated its depth in a 35-10 win over Montana.").events == []
    assert "PROTEST" in categories(code_sentence, "Thousands of schoolchildren skipped class to demonstrate outside "
                                                  "state parliaments in Canberra, demanding action on climate change.")
    assert categories(code_sentence, "Thousands demonstrated in Nairobi against the finance bill on Tuesday.") == ["PROTEST"]


def test_a_named_person_of_the_actors_own_government_is_a_recipient(code_sentence):
    """fill_recipient.drop_self_recipient: a title and a named person of one government are two
    actors ("the attorney general indicted Prime Minister X"); an unnamed recipient of the actor's
    own state and sector is still the actor itself."""
    doc = code_sentence("Israel's attorney general indicted Prime Minister Benjamin Netanyahu on Thursday.", "2019-11-22")
    assert [(e.category, [r.code for r in e.recipient], [r.sector for r in e.recipient]) for e in doc.events] == [
        ("ACCUSE", ["ISR"], ["GOV"])]


def test_a_protest_cracked_down_on_is_not_the_police_s(code_sentence):
    """fill_actor._protest_acted_on: the protest an act of force is done to ("cracked down on street
    protests", "launched a crackdown on protests") is not its doer's: the police were coded as
    protesting. The place's civilians protest; a protest joined or staged is its subject's."""
    doc = code_sentence("Police in Bamako cracked down on street protests.")
    assert sorted((e.category, e.actor[0].sector) for e in doc.events) == [("COERCE", "COP"), ("PROTEST", "CVL")]
    doc = code_sentence("Police launched a crackdown on street protests in Bamako.")
    assert sorted((e.category, e.actor[0].sector) for e in doc.events) == [("COERCE", "COP"), ("PROTEST", "CVL")]
    doc = code_sentence("Malian opposition supporters staged protests in Bamako.")
    assert [(e.category, e.actor[0].sector) for e in doc.events] == [("PROTEST", "OPP")]


def test_a_platform_something_was_said_on_is_not_its_target(code_sentence):
    """common.is_platform (words.yaml PLATFORMS): "attacked the ambassador on Twitter" was aimed at
    the ambassador, not at the company that runs Twitter; "sanctions on Iran" keep their target."""
    doc = code_sentence("The Zambian president attacked the former ambassador on Twitter.")
    assert [(e.category, [r.code for r in e.recipient]) for e in doc.events] == [("ACCUSE", ["ZMB"])]
    doc = code_sentence("The Zambian president criticised Facebook over its data policy.")
    assert [r.code for e in doc.events for r in e.recipient] == ["MNC"]


def test_a_summit_attended_is_the_attendee_s_not_its_host_s(code_sentence):
    """words.yaml roles ATTEND_VERBS: "attend the UN climate summit" is the attendee's act (the UN
    hosts it); "the UN summit opened" is the UN's."""
    doc = code_sentence("The Zambian president will attend the UN climate summit in Madrid.")
    assert [a.code for e in doc.events for a in e.actor] == ["ZMB"]
    assert not code_sentence("The singer set sail from Lusaka to attend the UN climate summit in Madrid.").events


def test_an_agentless_accusation_quoted_from_a_source_is_the_source_s(code_sentence):
    """implied_actors.yaml said_by_source: "X has been accused of abuses, the UN rights office said"
    is the UN's accusation, not the judiciary's that an agentless "was charged" implies."""
    doc = code_sentence("Zambian police have been accused of using excessive force against demonstrators, "
                        "the UN human rights office said.")
    assert [(e.category, [a.code for a in e.actor]) for e in doc.events][:1] == [("ACCUSE", ["UNO"])]
    doc = code_sentence("The Zambian minister was charged with corruption, prosecutors said.")
    assert [(e.category, [a.sector for a in e.actor]) for e in doc.events] == [("ACCUSE", ["JUD"])]


def test_crossings_closed_by_order_are_sanctioned(code_sentence):
    """triggers/ SANCTION closure (the noun of close: CAMEO 160, 161); a factory's closure is not."""
    doc = code_sentence("Israel's defence minister ordered the closure of the Gaza crossings after rocket fire.")
    assert [e.category for e in doc.events] == ["SANCTION"]
    assert not code_sentence("The closure of the factory cost 500 jobs in Zambia.").events


@pytest.mark.parametrize("text, actor", [
    ("A court in Cairo sentenced 75 people to death on Saturday over a 2013 sit-in by supporters of the ousted "
     "President Mohamed Morsi.", ("EGY", "CVL")),
    ("Egypt's top court upheld death sentences on Monday over a 2013 sit-in by supporters of Mohamed Morsi.",
     ("EGY", "CVL")),
])
def test_a_hyphenated_act_noun_keeps_its_by_phrase(code_sentence, text, actor):
    """roles._hyphen_head_children: the parse may hang "by supporters" of "a sit-in" on "in"; the
    by-phrase names the protesters, not the subject of the verb the noun's phrase hangs on (the court)."""
    got = [(a.code, a.sector) for e in code_sentence(text).events if e.category == "PROTEST" for a in e.actor]
    assert actor in got and all(s != "JUD" for _, s in got), got


@pytest.mark.parametrize("text, target", [
    ("Kenyan police broke up a rally by opposition supporters in Nairobi on Monday.", "KEN"),
    ("Security forces in Harare broke up a demonstration by Zimbabwean nurses on Tuesday.", "ZWE"),
    ("Police in Lahore cleared a sit-in by Pakistani farmers near the provincial assembly on Monday.", "PAK"),
])
def test_a_protest_broken_up_or_cleared_is_dispersed(code_sentence, text, target):
    """triggers/coerce.yaml: "broke up a rally" and "cleared a sit-in" are the dispersal of a protest
    (COERCE, as "dispersed"), not a protest by the police."""
    evs = code_sentence(text).events
    assert ("COERCE", target) in [(e.category, r.code) for e in evs for r in e.recipient], [(e.category, e.event_text) for e in evs]
    assert not [e for e in evs if e.category == "PROTEST" and any(a.sector == "COP" for a in e.actor)]


@pytest.mark.parametrize("text, category, party", [
    ("When Kenyan police arrived at the scene, they fired tear gas at the crowd.", "ASSAULT", "KEN"),
    ("Hong Kong protesters marched on the campus, and they faced rubber bullets and teargas.", "ASSAULT", "HKG"),
    ("When thousands of Hong Kong residents marched on the campus, they faced rubber bullets and teargas.",
     "ASSAULT", "HKG"),
])
def test_they_after_a_clause_is_that_clause_s_subject(code_sentence, text, category, party):
    """fill_actor._fronted_clause_subject and recipient_previous_person: "they" of a main clause after a
    fronted "when" clause, or of a verb coordinated with one before, is that clause's subject; as the
    doer of the act or as the one who faces it."""
    got = [e for e in code_sentence(text).events if e.category == category]
    assert got and all(party in {a.code for a in e.actor + e.recipient} for e in got), [(e.category, e.event_text) for e in got]


@pytest.mark.parametrize("text", [
    "When Kenyan police arrived at the scene, they fired tear gas at the crowd.",
    "Nigeria's foreign minister arrived on Monday for a two-day visit.",
])
def test_a_visit_that_names_no_host_is_travel(code_sentence, text):
    """coder.yaml recipient_required_modes: a visit by one party that names no host is no meeting."""
    assert "CONSULT" not in [e.category for e in code_sentence(text).events]


@pytest.mark.parametrize("text, source", [
    ("North Korea fired two short-range missiles into the sea off its east coast on Thursday, South Korea's "
     "military said, the latest in a series of launches that Pyongyang has conducted in defiance of U.N. "
     "resolutions.", "KOR"),
    ("Iran launched a satellite into orbit on Thursday, Israel's defence ministry said, the latest in a series "
     "of launches that Tehran has conducted in defiance of U.N. resolutions.", "ISR"),
    ("Azerbaijan shelled villages near the border on Monday, Armenia's defence ministry said, the latest in a "
     "series of attacks that Baku has carried out this year.", "ARM"),
])
def test_a_parenthetical_attribution_is_no_target(code_sentence, text, source):
    """triggers.phrase_tokens: "..., X said, ..." hangs on the trigger as a parenthetical clause
    (parataxis); X is the source, never the act's target."""
    got = [r.code for e in code_sentence(text).events for r in e.recipient]
    assert source not in got, got


@pytest.mark.parametrize("text, state", [
    ("Thousands of people took to the streets of Algiers on Friday to demand the removal of the ruling elite.", "DZA"),
    ("Hundreds of thousands of people took to the streets of Santiago on Friday.", "CHL"),
])
def test_the_streets_a_protest_takes_to_place_it(code_sentence, text, state):
    """places.streets_of: "the streets of Algiers" places a protest whose protesters the text does not
    name (words.yaml STREET_NOUNS), as "in Algiers" does."""
    got = [a.code for e in code_sentence(text).events if e.category == "PROTEST" for a in e.actor]
    assert got == [state], got


@pytest.mark.parametrize("text, category, actor", [
    ("The Inspector-General of Police, Mohammed Adamu, ordered the deployment of 66,000 officers to Kogi state "
     "for the election.", "MOBILIZE", ("NGA", "COP")),
    ("Bolivia's interim government ordered the arrest of former President Evo Morales to face charges.",
     "COERCE", ("BOL", "GOV")),
])
def test_an_ordered_act_is_the_act_of_who_ordered_it(code_sentence, text, category, actor):
    """find.ordered_acts (words.yaml ORDER_VERBS): "ordered the deployment of X" is the deployment,
    done by whoever ordered it, not a request (nor, from an authority, a coercion of its own people)."""
    evs = code_sentence(text).events
    assert [(e.category, [(a.code, a.sector) for a in e.actor]) for e in evs] == [(category, [actor])], \
        [(e.category, e.event_text) for e in evs]
