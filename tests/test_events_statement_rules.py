"""Unit checks of the event rules of sessions 8 to 10, split from test_events_units.py: threats,
ultimatums and pledges of force, reported speech (demands, judgements, blame, allegations),
questions, refusals and concessions, releases, deportations and the roles these give."""
from __future__ import annotations

from whimbrel.events import discard, lexicon


def test_a_pronoun_under_an_expletive_clause_is_the_speaker(code_sentence):
    """antecedents.antecedent: "X told reporters it was her duty ..., as she deflected attacks":
    "it" is no one, so "she" is X, the target of the attacks."""
    doc = code_sentence("British MP Rory Stewart told reporters in London it was his duty to speak out, as "
                        "he deflected Labour attacks on his record.")
    got = [[r.entity_text for r in e.recipient] for e in doc.events if e.category == "ACCUSE"]
    assert got and any("Stewart" in t for t in got[0]), got


def test_a_free_participle_is_not_negated_by_its_head(code_sentence):
    """"would not sign X, conceding to Y": the concession is an act beside the refused one; the head's
    negation does not deny it (modality._free_participle). A negation on the act itself still counts."""
    doc = code_sentence("The Kenyan president said he would not sign the finance bill, conceding to protesters.")
    conceded = [ev for ev in doc.events if ev.category == "CONCEDE"]
    assert conceded and not any(ev.negated for ev in conceded)
    doc = code_sentence("Iraq did not attack Kuwait, officials said.")
    assert [ev.negated for ev in doc.events if ev.category == "ASSAULT"] == [True]


def test_people_killed_in_an_accident_were_not_attacked(code_sentence):
    """word_classes.yaml @accidents: killing and injuring by a crash or a disaster is no ASSAULT;
    the same verbs with an attacker stay one."""
    for text in ("Two Kenyan soldiers were killed in a car crash near Nairobi on Monday.",
                 "Floods killed 20 people in western Kenya on Monday.",
                 "Five Indian pilgrims were injured in a stampede in Mumbai."):
        assert not [e for e in code_sentence(text).events if e.category == "ASSAULT"], text
    doc = code_sentence("Gunmen killed two Kenyan soldiers near Nairobi on Monday.")
    assert [e.category for e in doc.events] == ["ASSAULT"]


def test_an_opening_participle_is_not_the_subject(code_sentence):
    """subjects._climb_subject: the parser makes "Addressing a rally in X," a clausal subject beside the
    noun subject; the noun is the actor."""
    for text, want in (("Addressing a rally in Lusaka, Zambia's President Edgar Lungu again called on Malawi to "
                        "reopen the border.", ("ZMB", "MWI")),
                       ("Addressing a meeting in Kampala, Rwanda's President Paul Kagame again called on Congo to "
                        "disarm the militia.", ("RWA", "COD"))):
        doc = code_sentence(text)
        assert [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in doc.events
                if e.category == "REQUEST"] == [([want[0]], [want[1]])], text


def test_force_not_ruled_out_is_a_threat(code_sentence):
    """triggers/ THREATEN 'rule out' (negative): force or sanctions kept on the table threaten
    them, also under "refused/declined to"; ruling force out is a rejection, and not ruling out a
    candidacy is no threat."""
    def cats(text):
        return [e.category for e in code_sentence(text).events]
    assert cats("Turkey did not rule out a military operation against the rebels in Syria.") == ["THREATEN"]
    assert cats("The Kenyan government refused to rule out sanctions against Uganda.") == ["THREATEN"]
    assert "THREATEN" not in cats("Turkey ruled out a military operation against the rebels in Syria.")
    assert "THREATEN" not in cats("The French president did not rule out running for a third term.")


def test_relief_let_in_and_exiles_let_back_are_retreats(code_sentence):
    """triggers/ RETREAT 'allow': relief handed out (0863) and people let back (0841); goods in
    general are trade, not relief."""
    def codes(text):
        return [(e.category, e.cameo) for e in code_sentence(text).events]
    assert ("RETREAT", "0863") in codes("Ethiopia's government allowed UNICEF to distribute medicine in Tigray.")
    assert ("RETREAT", "0841") in codes("Bolivia's government allowed former president Evo Morales to return home on Monday.")
    assert not [c for c in codes("Japan allowed Chinese companies to sell consumer goods in Tokyo.") if c[0] == "RETREAT"]


def test_pledged_force_in_a_conjunct_or_a_noun_is_a_threat(code_sentence):
    """decide._direct_complement: a forceful act coordinated with the promised one, a sanction
    slapped, or an attack named as the pledge's object is promised force (THREATEN); a pledge of
    aid stays AGREE."""
    def cats(text):
        return [e.category for e in code_sentence(text).events]
    assert "THREATEN" in cats("Syria's president vowed to find the rebels and crush the revolt in Homs.")
    assert "THREATEN" in cats("Britain is ready to slap new sanctions on Iran, the minister said.")
    assert "THREATEN" in cats("Boko Haram militants vowed more attacks in northern Nigeria.")
    assert cats("Japan pledged more aid to the Philippines.") == ["AGREE"]


def test_a_deadline_given_is_an_ultimatum(code_sentence):
    """retype._deadline: a counted span of time given for an act is CAMEO 139 (THREATEN); given to an
    envoy to leave, an expulsion (SANCTION 166); money given is still aid."""
    def codes(text):
        return [(e.category, e.cameo) for e in code_sentence(text).events]
    assert "THREATEN" in [c for c, _ in codes("The Kenyan government gave the striking doctors 48 hours to return to work.")]
    assert ("SANCTION", "166") in codes("Mali's junta gave the Danish ambassador 72 hours to leave Bamako.")
    assert [c for c, _ in codes("Japan gave Vietnam 10 million dollars to rebuild roads.")] == ["AID"]


def test_restrictions_ended_and_demands_met_are_concessions(code_sentence):
    """triggers/ CONCEDE abolish/end/restore/meet: ending a restriction, giving back what a
    coercion strips, and meeting a demand yield (081, 083); meeting a deadline is no meeting."""
    def cats(text):
        return [e.category for e in code_sentence(text).events]
    assert cats("Sudan's government abolished press censorship on Monday.") == ["CONCEDE"]
    assert cats("Uganda's government ended the curfew in Kampala on Monday.") == ["CONCEDE"]
    assert cats("Russia's justice ministry reinstated the licence of a Moscow rights group.") == ["CONCEDE"]
    assert cats("The Nigerian government met the striking teachers' demands on Friday.") == ["CONCEDE"]
    assert "CONSULT" not in cats("The Nigerian government met the deadline for the budget on Friday.")


def test_a_threat_is_aimed_at_another_party(code_sentence):
    """fill_recipient.recipient_phrase_entity: a threat's recipient is another state's entity before
    the threatener's own state named first in its clause."""
    doc = code_sentence("Syria's information minister warned that Damascus could turn Israel into a graveyard with its missiles.")
    assert [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in doc.events if e.category == "THREATEN"] \
        == [(["SYR"], ["ISR"])]


def test_a_passive_hand_over_goes_to_its_receiver(code_sentence):
    """roles.arguments: "X was extradited to Y by Z": Y receives, not X."""
    doc = code_sentence("Two Russian hackers were extradited to the United States by Spain on Monday.")
    assert [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in doc.events] == [(["ESP"], ["USA"])]


def test_people_a_state_releases_were_held_at_home(code_sentence):
    """fill_recipient.recipient_domestic_default: a release by a state of people the text places
    nowhere is aimed at its own people."""
    doc = code_sentence("Belarus's government released 300 people jailed for protesting on Monday.")
    assert [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in doc.events] == [(["BLR"], ["BLR"])]


def test_a_judged_act_in_a_that_clause_is_condemned(code_sentence):
    """implicit.judgements: a speaker's that-clause calling a party's act illegal (word class
    @judgements) is ACCUSE of that party, its possessor or a bare government of the speaker's own
    country; not when negated, nor of a pronoun."""
    def dyads(text):
        return [(e.category, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in code_sentence(text).events]
    assert dyads("Kenya's opposition leader said the government's decision to dissolve parliament was "
                 "illegal and unconstitutional.") == [("ACCUSE", ["KEN"], ["KEN"])]
    assert dyads("Germany's foreign minister told reporters that Russia's annexation of the peninsula was "
                 "unacceptable.") == [("ACCUSE", ["DEU"], ["RUS"])]
    assert dyads("Germany's foreign minister said Russia's annexation of the peninsula was not illegal.") == []
    assert dyads("Germany's foreign minister said it was unacceptable.") == []


def test_a_conditional_order_to_own_people_is_a_threat(code_sentence):
    """passes: authority_order runs before threat_unless, so an order of an authority to its own
    people (COERCE) set on a condition is THREATEN, as any conditional coercion is."""
    cats = [e.category for e in code_sentence(
        "Kenya's interior ministry will order Kenyan traders to stay indoors at night if the riots go on, the police said.").events]
    assert cats == ["THREATEN"]


def test_an_allegation_is_aimed_at_the_party_its_clause_names(code_sentence):
    """roles._complement_recipient: "alleged that X's call with Y was improper" is against X (the
    subject of the alleged clause), not the other party named in it."""
    doc = code_sentence("Kenyan lawmakers alleged that Museveni's call with his Tanzanian counterpart was improper.")
    assert [(e.category, [r.code for r in e.recipient]) for e in doc.events] == [("ACCUSE", ["UGA"])]


def test_a_reported_demand_by_he_is_the_person_named_before(code_sentence):
    """implicit._speaker and _party: "He said the government must ..." is a demand of the person
    named just before on his own country's government, as for a trigger's pronoun actor."""
    doc = code_sentence("Kenya's opposition leader Raila Odinga spoke in Nairobi on Monday. "
                        "He said the government must release the detained activists.")
    assert [(e.category, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in doc.events] \
        == [("REQUEST", ["KEN"], ["KEN"])]


def test_blame_in_a_that_clause_is_an_accusation(code_sentence):
    """implicit.judgements with word class @blame: "said X was responsible for / behind" is ACCUSE
    112 of X; "was not behind" is no accusation."""
    def accusations(text):
        return [(e.cameo, [a.code for a in e.actor], [r.code for r in e.recipient])
                for e in code_sentence(text).events if e.category == "ACCUSE"]
    assert accusations("Nigeria's army said Boko Haram was responsible for the kidnapping of the pupils.") \
        == [("112", ["NGA"], ["NGA"])]
    assert accusations("Pakistan's army said Indian intelligence was behind the bombing.") == [("112", ["PAK"], ["IND"])]
    assert accusations("Pakistan's army said Indian intelligence was not behind the bombing.") == []


def test_a_joint_act_is_a_reciprocal_dyad(code_sentence):
    """fill_recipient.joint_actors: "X and Y held joint exercises" is X -> Y marked reciprocal (as the
    PLOVER gold and dyadic data write it), not two actors with no recipient."""
    doc = code_sentence("Indian and Japanese forces began their largest joint naval exercises in a decade on Monday.")
    assert [(e.category, e.reciprocal, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in doc.events] \
        == [("COOPERATE", True, ["IND"], ["JPN"])]


def test_prefilter_passes_a_reported_demand():
    """discard._has_trigger_word: "told reporters that X must ..." has no trigger word, but an
    obligation auxiliary with a speech verb passes the pre-filter (implicit.obligations codes it)."""
    forms = lexicon.surface_forms()
    assert discard._has_trigger_word("The envoy told reporters that the president must go.", forms)
    assert not discard._has_trigger_word("The weather must get better soon.", forms)
    assert not discard._has_trigger_word("The coach said that the weather was pleasant.", forms)


def test_an_act_asked_about_is_no_event(code_sentence):
    """find.question_content: an act in a whether-clause is asked about, not reported."""
    assert code_sentence("Markets fell on doubts over whether Iran and Saudi Arabia would agree to cut oil output.").events == []
    assert [e.category for e in code_sentence("Iran and Saudi Arabia agreed to cut oil output on Monday.").events] == ["AGREE"]


def test_a_direct_question_reports_nothing(code_sentence):
    """find.question_content: a sentence that asks ("Will X attack Y?") codes no event."""
    assert code_sentence("Will Iran attack Israel before the election?").events == []


def test_a_published_thing_in_a_relative_clause_is_no_release(code_sentence):
    """triggers.match_token: the noun a relative clause modifies rules out a `without:` entry as the
    verb's own object would: a video the police released is no RETREAT."""
    cats = [e.category for e in code_sentence("Opposition leaders disputed the video that Kenya's police released on Monday.").events]
    assert "RETREAT" not in cats


def test_a_deportation_from_a_named_place_is_that_state_s(code_sentence):
    """places.implied_authority, from_place_only: "were deported from Libya" is Libya's government;
    with no place sent away from, no deporting state is guessed."""
    def dyads(text):
        return [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in code_sentence(text).events]
    assert dyads("Forty Nigerian migrants were deported from Libya on Monday.") == [(["LBY"], ["NGA"])]
    assert dyads("Forty Nigerian migrants were deported on Monday.") == []
    # implied_actors.yaml entered_verbs: the state they entered or lived in sends them away
    assert dyads("Nearly 150 Indians returned home after being deported for illegally entering the United States.") == [(["USA"], ["IND"])]
    assert dyads("Some 40 Afghans were deported on Monday for living in Germany without residence permits.") == [(["DEU"], ["AFG"])]
    assert dyads("Hundreds of Haitians were deported to Port-au-Prince after crossing into the Dominican Republic.") == [(["DOM"], ["HTI"])]


def test_his_country_is_the_state_of_the_party_named_before(code_sentence):
    """fill_actor.actor_own_state: "said her nation stood by ..." is the speaker's state; in "talks
    with Y, weeks after his government signed ...", the party named just before the pronoun."""
    doc = code_sentence("Kenya's president William Ruto said his country stood ready to work with Ethiopia on border security.")
    assert [(e.category, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in doc.events] \
        == [("AGREE", ["KEN"], ["ETH"])]


def test_a_temporal_clause_beside_a_noun_event_sets_the_scene(code_sentence):
    """find._subordinate_background: "flew in for talks with Y, weeks after X signed ..." reports the
    talks; the signing only sets the scene, as beside a verb event."""
    doc = code_sentence("Japan's foreign minister flew into Manila on Monday for talks with the Philippine president, "
                        "weeks after Manila signed a defence pact with Washington.")
    assert [e.category for e in doc.events] == ["CONSULT"]


def test_an_embassy_reopened_restores_relations(code_sentence):
    """triggers/ reopen: an embassy reopened is diplomatic cooperation (SUPPORT 050); a border
    reopened is access let in (RETREAT)."""
    def cats(text):
        return [e.category for e in code_sentence(text).events]
    assert cats("Qatar reopened its embassy in Cairo on Tuesday.") == ["SUPPORT"]
    assert cats("Uganda reopened its border with Rwanda on Tuesday.") == ["RETREAT"]


def test_a_refusal_is_aimed_at_the_owner_of_what_the_complement_names(code_sentence):
    """roles.arguments (REJECT owner_of): "refused to take part in an EU scheme" is aimed at the EU."""
    doc = code_sentence("Poland refused to participate in a European Union plan to share out migrants.")
    assert [(e.category, [r.code for r in e.recipient]) for e in doc.events] == [("REJECT", ["EUR"])]


def test_a_pledge_against_a_condition_is_an_ultimatum(code_sentence):
    """decide.pledge_unless: "vowed to X unless Y" is THREATEN; "vowed to X if Y" stays a promise."""
    def cats(text):
        return [e.category for e in code_sentence(text).events]
    assert cats("Kenya's opposition vowed to shut down Nairobi unless President Ruto resigned.") == ["THREATEN"]
    assert "THREATEN" not in cats("Kenya's opposition vowed to join the talks with the government if invited.")


def test_telling_a_party_to_act_is_a_demand(code_sentence):
    """triggers/ tell (control): "told X to withdraw" is REQUEST of X, its content not a second
    event; "told reporters" directs no one."""
    def dyads(text):
        return [(e.category, [r.code for r in e.recipient]) for e in code_sentence(text).events]
    assert dyads("Beijing told Hanoi to withdraw its oil rig from the disputed waters.") == [("REQUEST", ["VNM"])]
    assert dyads("China's foreign minister told reporters in Beijing that the weather was fine.") == []


def test_a_forecast_warned_of_in_a_that_clause_is_no_threat(code_sentence):
    """words.yaml retype FORECAST_SUBJECTS: "warned that the economy could slip into recession" or
    "that prices would rise" forecasts what no party does (manual, THREATEN: coercive acts); "warned
    that it would retaliate" still threatens."""
    assert not code_sentence("Zambia's central bank warned that the economy could slip into recession.").events
    assert not code_sentence("The Zambian minister warned that prices would rise sharply next year.").events
    assert [e.category for e in code_sentence("Zambia warned that it would retaliate against any attack.").events] == ["THREATEN"]


def test_a_verb_of_force_hit_by_a_labour_strike_is_no_attack(code_sentence):
    """retype._hit_by_labour_strike: "output was hit by a strike by workers" names the workers'
    stoppage (PROTEST), not an air strike; a strike by drones still hits."""
    cats = [e.category for e in code_sentence(
        "Copper output at Chile's Escondida mine was hit by a strike by 2,500 workers demanding higher pay.").events]
    assert "ASSAULT" not in cats and "PROTEST" in cats, cats
    assert not [e for e in code_sentence(
        "General Motors' sales in the United States were hit by a 40-day strike by the United Auto Workers.").events
        if e.category == "ASSAULT"]
    assert [e.category for e in code_sentence(
        "Taliban positions in Afghanistan were hit by a strike by U.S. drones on Tuesday.").events] == ["ASSAULT"]


def test_fighting_to_do_something_without_arms_is_an_effort(code_sentence):
    """decide.striving (coder.yaml striving): "fought to keep the school open" is no attack; armed
    parties that fight to take a town, and fights with a named side, still are."""
    assert not code_sentence("Parents in Ohio fought to keep the school open after the district voted to close it.").events
    assert not code_sentence("The British director said he fought to keep the songs in the film.").events
    assert [e.category for e in code_sentence("Syrian rebels fought to retake the town of Saraqeb.").events] == ["ASSAULT"]
    assert [e.category for e in code_sentence("British protesters fought with police outside parliament.").events] == ["ASSAULT"]


def test_a_named_politician_attacking_firms_or_people_without_force_accuses(code_sentence):
    """decide.verbal_attack (coder.yaml politician_sectors, unarmed_targets): "President X attacked
    the drug companies" is criticism; a leader attacking a state, or supporters attacking villagers, is force."""
    def cats(text):
        return [e.category for e in code_sentence(text).events]
    assert cats("President Donald Trump attacked American drug companies on Tuesday.") == ["ACCUSE"]
    assert cats("President Vladimir Putin attacked Ukraine in February.") == ["ASSAULT"]
    assert cats("Opposition supporters attacked villagers near Lagos on Tuesday.") == ["ASSAULT"]


def test_an_as_phrase_describing_the_object_names_no_target(code_sentence):
    """common.described_as: "condemned the launch as a violation of U.N. resolutions" is aimed at
    whoever launched, not at the U.N.; "as a warning to Iran" (words.yaml MESSAGE_NOUNS) names
    the addressee."""
    doc = code_sentence("North Korea fired two ballistic missiles into the sea on Thursday. Japan's defence "
                        "minister condemned the launch as a violation of U.N. Security Council resolutions.")
    got = [[r.code for r in e.recipient] for e in doc.events if e.category == "ACCUSE"]
    assert got == [["PRK"]], got
    doc = code_sentence("The Pentagon ordered an aircraft carrier to the Mediterranean as a warning to Iran.")
    assert any("IRN" in [r.code for r in e.recipient] for e in doc.events), doc.events


def test_the_move_praised_is_the_deed_not_a_comment_on_it(code_sentence):
    """condemned._earlier_doers (OPINIONS): "the move" is the act reported, not a party's
    denunciation of it in between."""
    doc = code_sentence("Sudan's transitional government dissolved the former ruling party on Friday. "
                        "Sudanese loyalists of the party denounced the decision. The African Union praised the move.")
    got = [[(r.code, r.sector) for r in e.recipient] for e in doc.events if e.category == "SUPPORT"]
    assert got == [[("SDN", "GOV")]], got


def test_marchers_blocked_or_prevented_by_forces_are_restricted(code_sentence):
    """triggers/coerce.yaml block, prevent (manual, COERCE restrict: "restrict movement"; "police
    pushed back protesters" is RESTRICT); protesters who block a road still protest."""
    def cats(text):
        return [(e.category, e.mode) for e in code_sentence(text).events]
    assert cats("Venezuelan security forces blocked marchers from reaching the National Assembly.") == [("COERCE", ["restrict"])]
    assert cats("Venezuelan police prevented demonstrators from entering the square.") == [("COERCE", ["restrict"])]
    assert cats("Venezuelan protesters blocked the main highway into the capital.") == [("PROTEST", ["obstruct"])]


def test_protests_a_government_faces_are_its_people_s(code_sentence):
    """roles.measured_object, implied_actors.yaml faced_acts: "has faced weeks of protests" is
    protest by unnamed civilians against the one who faces it (it was that leader's own
    "diplomatic protest")."""
    doc = code_sentence("Kenya's president William Ruto sacked his cabinet on Thursday. Mr. Ruto, who has faced "
                        "weeks of protests over tax increases, said he would form a broad-based government.")
    cats = [(e.category, [(a.code, a.sector) for a in e.actor], [r.code for r in e.recipient]) for e in doc.events]
    assert ("PROTEST", [("KEN", "CVL")], ["KEN"]) in cats
    assert "ACCUSE" not in [c for c, _, _ in cats]
    doc = code_sentence("The Serbian government has faced months of demonstrations since the collapse of a "
                        "railway station roof in Novi Sad.")
    assert [(e.category, [a.sector for a in e.actor]) for e in doc.events] == [("PROTEST", ["CVL"])]


def test_unnamed_protesters_are_people_of_the_authority_they_address(code_sentence):
    """fill_actor.actor_protesters: with no place named, "hundreds of people gathered outside the
    Kenyan parliament to protest" are Kenya's civilians (manual, PROTEST: dissent against an authority)."""
    doc = code_sentence("Hundreds of people gathered outside the Kenyan parliament on Tuesday to protest against "
                        "a proposed law.")
    assert [([(a.code, a.sector) for a in e.actor], [r.code for r in e.recipient]) for e in doc.events
            if e.category == "PROTEST"] == [([("KEN", "CVL")], ["KEN"])]
