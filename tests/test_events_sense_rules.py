"""Rules of a trigger's sense and its doers (session 12): which words may make or rule out an
entry's sense (triggers._adverbial_only, _coordinated_only, _lemmas, _particles), who does what an
-ing participle describes (subjects._people), kind words that name no act (find._kind_modifier),
wrongs reported as an accusation (implicit._wrong_done), and the entries added for deportation,
abduction and charges."""
from __future__ import annotations

from conftest import categories as _categories


def test_wrongs_a_speaker_says_a_party_committed_are_an_accusation(code_sentence):
    """implicit._wrong_done: "said X committed war crimes", "concluded that the shelling by X
    amounted to war crimes" (word class @wrongs) is ACCUSE 112 of X, also when the attribution
    follows the clause ("X committed ..., the UN said"); not when negated."""
    def dyads(text):
        return [(e.category, e.cameo, [a.code for a in e.actor], [r.code for r in e.recipient])
                for e in code_sentence(text).events]
    assert dyads("Armenia's foreign ministry said Azerbaijan had committed atrocities in the border villages.") == \
        [("ACCUSE", "112", ["ARM"], ["AZE"])]
    assert dyads("Ethiopian troops committed war crimes in the region, Amnesty International said on Monday.") == \
        [("ACCUSE", "112", ["NGO"], ["ETH"])]
    assert dyads("Armenia's foreign ministry said Azerbaijan had not committed atrocities in the villages.") == []


def test_an_adverbial_clause_does_not_rule_out_a_triggers_sense(code_sentence):
    """triggers._adverbial_only: "election" in the words of "beat" rules out a beating ("beat the
    incumbent in the election"), but not when only an adverbial clause holds it."""
    doc = code_sentence("Riot police beat students in Dhaka protesting against the disputed election result.")
    assert "ASSAULT" in [e.category for e in doc.events]
    doc = code_sentence("The opposition candidate beat the incumbent in the election in Kenya.")
    assert "ASSAULT" not in [e.category for e in doc.events]


def test_people_described_by_a_participle_are_its_doers(code_sentence):
    """subjects._people: "workers protesting against X" protest themselves; a statement or resolution
    "demanding X" speaks for its issuer (the object's head decides)."""
    doc = code_sentence("Reporters in Seoul interviewed workers protesting against the new labour law.")
    assert [(e.category, [a.sector for a in e.actor]) for e in doc.events] == [("PROTEST", ["LAB"])]
    doc = code_sentence("The parliament in Lagos passed a resolution demanding the resignation of the governor.")
    assert [(e.category, [a.sector for a in e.actor]) for e in doc.events] == [("REQUEST", ["LEG"])]


def test_a_participle_read_as_adjective_names_its_verb(code_sentence):
    """triggers._lemmas: "the abducted engineers" (JJ, lemma "abducted") counts as "abduct" for
    entries that name the verb ("free" with "abduct")."""
    doc = code_sentence("Rebels in Congo freed the abducted engineers on Monday.")
    assert [(e.category, e.cameo) for e in doc.events][:1] == [("RETREAT", "0841")]


def test_a_country_less_co_actor_of_the_same_state_joins(code_sentence):
    """fill_actor.actor_country_inferred: beside a coded co-actor, a country-less conjunct the places
    give the same state acts too ("soldiers and Iraqi police" in Basra); it is not dropped."""
    doc = code_sentence("Soldiers and Iraqi police stormed a camp in Basra on Monday.")
    ev = next(e for e in doc.events if e.category == "ASSAULT")
    assert sorted((a.code, a.sector) for a in ev.actor) == [("IRQ", "COP"), ("IRQ", "MIL")]


def test_a_protest_noun_naming_a_kind_is_no_protest(code_sentence):
    """find._kind_modifier: "stormed a protest camp" is no protest by the police; a hyphenated word
    ("sit-ins") is the act itself."""
    doc = code_sentence("Egyptian police stormed a protest camp in Cairo on Wednesday.")
    assert "PROTEST" not in [e.category for e in doc.events]
    doc = code_sentence("Pakistani journalists staged sit-ins in Lahore on Thursday.")
    assert "PROTEST" in [e.category for e in doc.events]


def test_foreign_people_sent_home_are_deported(code_sentence):
    """triggers/ COERCE send/fly + home (CAMEO 174), with the particle the parser hangs on the
    object (triggers._particles); workers sent home by their employer are not deported."""
    doc = code_sentence("Thailand sent 200 Cambodian migrants home on Friday.")
    assert [(e.category, e.cameo) for e in doc.events] == [("COERCE", "174")]
    doc = code_sentence("The Thai factory sent its workers home on Friday.")
    assert "COERCE" not in [e.category for e in doc.events]


def test_charged_over_an_act_is_an_accusation(code_sentence):
    """triggers/ ACCUSE charge (CAMEO 1121): "charged X over the death of Y" as "charged X with"."""
    doc = code_sentence("Kenyan prosecutors charged three police officers over the death of a street vendor.")
    assert [(e.category, e.cameo) for e in doc.events] == [("ACCUSE", "1121")]


def test_people_seized_are_abducted(code_sentence):
    """triggers/ ASSAULT seize (manual, ASSAULT abduct: "abduct, kidnap, hijack"): people
    seized are abducted; a town seized is occupied."""
    doc = code_sentence("Gunmen in Zamfara seized dozens of schoolgirls on Friday.")
    assert [(e.category, e.cameo) for e in doc.events] == [("ASSAULT", "181")]


def test_a_coordinated_verbs_object_does_not_make_the_triggers_sense(code_sentence):
    """triggers._coordinated_only: "seizing documents and detaining people" seized documents, not
    people; a shared object ("abused and humiliated detainees") is both verbs'."""
    doc = code_sentence("Zambian police raided the party's offices, seizing documents and detaining dozens of people.")
    assert "181" not in [e.cameo for e in doc.events]
    doc = code_sentence("Zambian prison guards abused and humiliated detainees at a prison in Lusaka.")
    assert "ASSAULT" in [e.category for e in doc.events]


def test_a_named_person_with_a_possessor_is_one_recipient(code_sentence):
    """common._recipients: the modifier path finds no second entity inside one already found ("Uganda's
    Yoweri Museveni" once, not also "Yoweri Museveni" with no sector)."""
    doc = code_sentence("Kenya's foreign ministry criticised Uganda's Yoweri Museveni on Monday.")
    assert [[(r.code, r.sector) for r in e.recipient] for e in doc.events] == [[("UGA", "GOV")]]


def test_neither_nor_subjects_negate_the_act(code_sentence):
    """modality: "Neither X nor Y sent ..." denies the act of both (the subject's "neither")."""
    doc = code_sentence("Neither Kenya nor Uganda sent troops to Somalia last year.")
    assert all(e.negated for e in doc.events) and doc.events


def test_a_withdrawn_decree_is_a_concession_not_a_retreat(code_sentence):
    """triggers/: "withdraw" with a law word (@laws) yields on the policy (CONCEDE 0832, as
    "scrap" and "shelve" do); with troops it stays a military withdrawal (RETREAT 0872)."""
    doc = code_sentence("Kenya's government withdrew the fuel tax decree after a week of protests in Nairobi.")
    assert [(e.category, e.cameo) for e in doc.events] == [("CONCEDE", "0832")]
    doc = code_sentence("Kenya's army withdrew its troops from the border town of Mandera.")
    assert [(e.category, e.cameo) for e in doc.events] == [("RETREAT", "0872")]


def test_bowing_to_a_party_is_yielding_to_it(code_sentence):
    """triggers/ bow + "to": "bowing to protesters" yields to them (CONCEDE 080, the manual's
    "yield"), as "bowed to pressure" did; a comma-set participle is a free adjunct, not the content
    of the verb it hangs on (find._advcl_content), so "agreed to scrap X, bowing to Y" keeps the
    yielding; a gerund the parser hangs as an adverbial clause with no comma stays content ("ruled
    out sending troops to X" sends no troops)."""
    def cats(text):
        return [(e.category, [r.code for r in e.recipient]) for e in code_sentence(text).events]
    assert ("CONCEDE", ["KEN"]) in cats("Bowing to protesters, Kenya's president asked the finance minister to resign on Monday.")
    assert "CONCEDE" in [c for c, _ in cats(
        "Kenya's president agreed to withdraw the fuel tax decree, bowing to striking teachers after a week of unrest.")]
    assert "MOBILIZE" not in [c for c, _ in cats("Kenya's president ruled out sending troops to Somalia on Monday.")]


def test_coordinated_signers_sign_together_and_a_broker_owns_no_part(code_sentence):
    """triggers/ sign (reciprocal): "India and Japan signed a pact in Tokyo" is a joint act of the
    two (the first-named acting, reciprocal), not an act aimed at the host city; fill_recipient._owners:
    the go-between of "a US-brokered ceasefire" is not the owner of what is agreed to, while "accepted
    US mediation" still names the mediator."""
    def dyads(text):
        return [(e.category, [a.code for a in e.actor], [r.code for r in e.recipient], e.reciprocal)
                for e in code_sentence(text).events]
    assert dyads("India and Japan signed a defence cooperation pact in Tokyo on Thursday.") == \
        [("SUPPORT", ["IND"], ["JPN"], True)]
    assert dyads("Israel and Lebanon agreed to a US-brokered ceasefire on Tuesday.") == [("AGREE", ["ISR"], ["LBN"], True)]
    assert dyads("Ethiopia accepted US mediation in the dispute with Egypt.")[0][2] == ["USA"]


def test_access_refused_is_refused_to_those_kept_out(code_sentence):
    """fill_recipient.recipient_refused_access: a refusal whose content is letting someone in
    ("refused to let inspectors visit the site") is aimed at those kept out, not at the place."""
    doc = code_sentence("Venezuela refused to let monitors from the European Union visit the military prison outside Caracas.")
    assert [(e.category, [r.code for r in e.recipient]) for e in doc.events] == [("REJECT", ["EUR"])]


def test_a_hyphenated_participle_modifier_reports_no_act(code_sentence):
    """find._hyphenated_modifier: "Russian-backed separatists shelled X" reports the shelling, not a
    Russian act of support; "backed" as a verb still does ("Russia backed the separatists")."""
    doc = code_sentence("Russian-backed separatists shelled Ukrainian army positions near Donetsk on Monday.")
    assert [e.category for e in doc.events] == ["ASSAULT"]
    doc = code_sentence("Russia openly backed the separatists in eastern Ukraine on Monday.")
    assert "SUPPORT" in [e.category for e in doc.events]


def test_a_summit_that_frames_the_news_is_no_event(code_sentence):
    """coder.yaml background leads: a meeting noun "on the sidelines of" or "on the eve of" a summit
    is the frame of the sentence's news, not a second meeting with the host city."""
    doc = code_sentence("Kenyan President William Ruto and Ugandan President Yoweri Museveni held their first formal "
                        "talks since 2019 on the margins of a Commonwealth summit hosted by the Rwandan city of Kigali.")
    assert [(e.category, [r.code for r in e.recipient]) for e in doc.events] == [("CONSULT", ["UGA"])]


def test_an_act_that_frames_the_news_in_time_is_background(code_sentence):
    """find._background (coder.yaml background frames) and find._subordinate_background: "since the
    start of the invasion", "since the invasion began" set the time of the news; the act is coded
    only when the sentence reports nothing else."""
    doc = code_sentence("Poland has sheltered two million Ukrainian refugees since the start of Russia's invasion of their country.")
    assert "ASSAULT" not in [e.category for e in doc.events]
    doc = code_sentence("Romania asked the European Union for more funds to house Ukrainian refugees since Russia's "
                        "invasion of Ukraine began.")
    assert [e.category for e in doc.events] == ["REQUEST"]


def test_an_attack_noun_subject_of_its_killing_verb_is_one_act(code_sentence):
    """find.subject_acts: "a roadside bombing killed two soldiers" is one attack (the verb's, with its
    victims), not a bombing of the town and a killing; "a boycott spread" keeps the boycott."""
    doc = code_sentence("A car bombing outside the city of Kandahar killed two American soldiers on Sunday.")
    assert [(e.category, [r.code for r in e.recipient]) for e in doc.events] == [("ASSAULT", ["USA"])]


def test_a_free_adjunct_acts_on_what_its_act_acts_on(code_sentence):
    """fill_recipient.recipient_of_free_adjunct: "imposed a blockade on X, cutting off fuel to its
    people" cuts X off, not the actor's own people (the domestic default); an accusation with no
    target of its own stays dropped ("..., calling the idea absurd")."""
    doc = code_sentence("Russia's defence minister ordered a naval blockade of the port of Odesa, cutting off "
                        "electricity and water to its residents.")
    assert ("COERCE", ["UKR"]) in [(e.category, [r.code for r in e.recipient]) for e in doc.events]


def test_troops_leaving_a_country_withdraw_from_it(code_sentence):
    """triggers/ leave (RETREAT 0872 withdraw, with a troops word): "Russian troops left Kherson"
    withdraws; "the ambush left 12 soldiers dead" and "troops left for the front" do not."""
    def cats(text):
        return [e.category for e in code_sentence(text).events]
    assert cats("Turkish soldiers left the Libyan port of Misrata on Thursday after four years there.") == ["RETREAT"]
    assert "RETREAT" not in cats("An ambush near Djibo left 12 Burkinabe soldiers dead on Sunday.")


def test_an_attribution_lends_no_words_to_a_triggers_sense(code_sentence):
    """triggers._context_lemmas: "according" lemmatises to "accord", which ruled out a strike as a
    deal struck and passed a signed decree as a signed accord."""
    doc = code_sentence("Turkish jets struck targets near Qamishli overnight, according to Kurdish officials.")
    assert [e.category for e in doc.events] == ["ASSAULT"]
    doc = code_sentence("President Kais Saied signed a decree dissolving parliament, according to the presidency.")
    assert "SUPPORT" not in [e.category for e in doc.events]


def test_a_time_phrase_is_no_particle_of_a_phrasal_trigger(code_sentence):
    """triggers._time_adjunct (session 20): "on Monday" says when, so "phoned X on Monday" is no
    "call on" and "launched a strike on Wednesday" no "strike on" a target; "called on X" and
    "called for three days of protests" keep theirs."""
    assert "REQUEST" not in _categories(code_sentence, "French President Emmanuel Macron called the Turkish "
                                                      "president on Monday to discuss the ceasefire.")
    assert "REQUEST" in _categories(code_sentence, "Senate Democrats called on the U.S. president on Monday to "
                                                   "release the transcript.")
    assert "REQUEST" in _categories(code_sentence, "Sudan's opposition alliance called for three days of "
                                                   "protests in Khartoum.")
    # nor a word of the trigger's phrase: "fired the minister on Monday" fires on no one
    assert "ASSAULT" not in _categories(code_sentence, "U.S. President Donald Trump fired Defense Secretary Mark "
                                                      "Esper on Monday.")
    assert "ASSAULT" in _categories(code_sentence, "Sudanese soldiers fired on protesters in Khartoum on Monday.")


def test_an_act_noun_s_doer_is_its_verb_s_subject(code_sentence):
    """triggers._context_lemmas: the head word of the verb's subject is in an act noun's context,
    so a strike that doctors or teachers launch is a labour strike (PROTEST), one that aircraft
    launch an air strike."""
    assert _categories(code_sentence, "Junior doctors in Britain launched a strike on Wednesday.") == ["PROTEST"]
    assert "ASSAULT" in _categories(code_sentence, "U.S. aircraft launched a strike on Taliban positions in "
                                                   "Afghanistan on Tuesday.")


def test_a_union_that_strikes_stops_work_and_its_members_act_for_it(code_sentence):
    """decide.labour_strike and roles OWN_MEMBERS: "the union said its members would strike unless ..."
    is the union's threat of a strike (THREATEN, CAMEO 133 protest), not an armed strike; "its
    members" acts for the speaker as "it" does. Before, the members were nobody and the event was
    dropped, and "said it would strike" was a threat of violence. Soldiers who strike still attack."""
    def coded(text):
        return [(e.category, e.cameo, [(a.code, a.sector) for a in e.actor]) for e in code_sentence(text).events]
    assert coded("Nigeria's main labour union said its members would strike from next Monday unless the "
                 "government reversed the fuel price rise.") == [("THREATEN", "133", [("NGA", "LAB")])]
    assert coded("Kenya's teachers union said it would strike on Monday unless salaries were raised.") == \
        [("THREATEN", "133", [("KEN", "EDU")])]
    assert [c for c, _, _ in coded("Kenyan soldiers would strike rebel positions unless the rebels withdrew.")] == ["THREATEN"]
    assert [k for _, k, _ in coded("Kenyan soldiers would strike rebel positions unless the rebels withdrew.")] != ["133"]


def test_a_side_of_a_match_at_play_does_not_attack(code_sentence):
    """discard.sports_contest (session 23): a short sports item the story-level discard cannot judge
    codes no ASSAULT for a state's bare name, a team or its fans in a sentence about play (a
    scoreline beside a result verb, words of play); troops, police and rebels keep their attacks,
    and so does a state striking a stadium (a sport's name is no cue)."""
    for text in ("Senegal beat Cameroon 2-1 in Dakar on Sunday.",
                 "Morocco's Atlas Lions launched a relentless attack in the first half against Tunisia.",
                 "Thousands of Peruvian fans invaded the pitch after the final whistle in Lima.",
                 "Australia's bowling attack ripped through the English batting order."):
        assert "ASSAULT" not in _categories(code_sentence, text), text
    for text in ("Senegalese troops beat back an attack by rebels in Casamance on Sunday.",
                 "Police beat protesters outside the stadium in Lima after the match was cancelled.",
                 "Turkey launched an attack on Kurdish militant positions in northern Iraq.",
                 "Israel struck a football stadium in Gaza on Monday, killing 4 people."):
        assert "ASSAULT" in _categories(code_sentence, text), text


def test_another_happening_the_act_follows_lends_it_no_words(code_sentence):
    """triggers._beside_other_act: the words of an "after/amid/despite X" phrase tell another
    happening, not the trigger's sense: a government suspending flights or talks after strikes or
    protests calls off no strike; a union suspending its strike does."""
    for text in ("Kuwait said it would suspend flights to Tehran after the missile strikes.",
                 "Pakistan suspended trade with India amid the protests over Kashmir.",
                 "The Sudanese government suspended talks with the rebels following the strike in Darfur."):
        assert "CONCEDE" not in _categories(code_sentence, text), text
    assert "CONCEDE" in _categories(code_sentence, "Nigeria's Labour Congress suspended its strike on Monday "
                                                   "after talks with the government.")


def test_an_act_called_a_wrong_is_criticism_not_the_namer_s_act(code_sentence):
    """retype._named_as (words.yaml NAMING_VERBS): "called the arrests an assault on democracy" is
    the caller's criticism (CAMEO 111) of those who arrested, not its assault nor its arrests;
    "called off the attack" and "called Erdogan after the attack" name nothing."""
    doc = code_sentence("Kenya's opposition leader Raila Odinga called the arrests an assault on democracy.")
    assert [(e.category, [r.sector for r in e.recipient]) for e in doc.events] == [("ACCUSE", ["COP"])]
    doc = code_sentence("China called the U.S. sanctions an attack on its sovereignty.")
    assert [(e.category, [r.code for r in e.recipient]) for e in doc.events] == [("ACCUSE", ["USA"])]
    assert "ACCUSE" not in _categories(code_sentence, "Russian President Vladimir Putin called Turkish "
                                                      "President Recep Tayyip Erdogan after the attack.")


def test_an_act_a_concern_is_about_is_not_the_concerned_s(code_sentence):
    """roles._light_verb (words.yaml TOPIC_PREPS): "raised concerns about the deal" makes no deal of
    the regulators', nor doubts voiced about an agreement the doubters' own."""
    assert "AGREE" not in _categories(code_sentence, "Regulators in the United States and Britain have raised "
                                                    "concerns about the deal.")
    assert "AGREE" not in _categories(code_sentence, "Kenyan lawmakers voiced doubts about the agreement with "
                                                    "Uganda on Monday.")
