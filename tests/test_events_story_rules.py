"""Constructions of whole news articles (session 19): the parse repaired where grammar settles it
(parse_repair.py), who did an act told across a story (speakers, relative pronouns, descriptions,
datelines, acronyms), whom it was aimed at (condemned acts, denials, authorities without a state,
coordinated acts), and what it was (joint acts, deferred clauses, coordinated objects). Each test is a
story written for it in wire style, never a gold sentence; each fails without its rule."""
from __future__ import annotations

import pytest


def _dyads(doc):
    return [(e.category, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in doc.events]


def _of(doc, category):
    """The document's events of one category."""
    return [e for e in doc.events if e.category == category]


def test_a_finite_conjunct_of_an_infinitive_belongs_to_the_verb_above(code_sentence, nlp):
    """parse_repair.reattach_finite_conjuncts: the parser hangs "accused" on "join"; an infinitive's
    conjunct is an infinitive, so the finite "accused" is the main verb's conjunct, with its subject."""
    sdoc = nlp("The opposition leader called on his supporters to join the protests and accused the "
               "government of ignoring the poor.")
    accused = next(t for t in sdoc if t.text == "accused")
    assert accused.head.text == "called"
    doc = code_sentence("Kenyan opposition leader Raila Odinga called on his supporters to join the protests "
                        "and accused the government of ignoring the poor.")
    assert ("ACCUSE", ["KEN"], ["KEN"]) in _dyads(doc)
    # a conjunct with its own subject is a clause of its own: left where the parser put it
    sdoc = nlp("The minister asked the envoy to stay and he refused.")
    refused = next(t for t in sdoc if t.text == "refused")
    assert refused.head.text != "asked" or any(c.dep_ == "nsubj" for c in refused.children)


def test_a_condemned_act_without_its_doer_is_the_authority_s(code_sentence):
    """fill_recipient.recipient_act_authority: "condemned the arrests" is aimed at those who arrest
    (implied_actors.yaml), the police of the story's state; a named doer keeps the parse's reading."""
    doc = code_sentence("Police in Nairobi arrested 50 protesters on Tuesday. The Kenyan lawyers' union "
                        "condemned the arrests.")
    condemned = _of(doc, "ACCUSE")
    assert [(r.code, r.sector) for r in condemned[0].recipient] == [("KEN", "COP")]
    doc = code_sentence("France condemned Iran's detention of two French researchers.")
    accuse = _of(doc, "ACCUSE")
    assert [r.code for r in accuse[0].recipient] == ["IRN"]


def test_a_past_participle_on_a_noun_reports_a_done_act(code_sentence):
    """modality.governing_chain: "those detained" describes people detained already; the future of
    the clause it sits in ("would go to court to secure the release of") is not the detention's."""
    doc = code_sentence("Kenyan police arrested dozens of students in Nairobi. The union said it would go to "
                        "court to secure the release of those detained.")
    detained = [e for e in doc.events if "detained" in " ".join(e.event_text)]
    assert detained and all(e.category == "COERCE" and not e.future for e in detained)


def test_a_condemned_attack_told_before_is_its_doer_s(code_sentence):
    """fill_recipient._earlier_doers: "condemned the attack" is aimed at the doer of the attack the
    story told, when the acts of that kind before are all one side's."""
    doc = code_sentence("Suicide bombers attacked a market in Maiduguri on Friday, killing 12 people, police said. "
                        "The United Nations condemned the attack.")
    accuse = _of(doc, "ACCUSE")
    assert [(r.code, r.sector) for r in accuse[0].recipient] == [("NGA", "REB")]
    # acts of two sides before: which attack is meant the text does not say
    doc = code_sentence("Russian forces shelled Kharkiv overnight. Ukraine's air force shot down 20 Russian drones. "
                        "The German chancellor condemned the attack.")
    accuse = _of(doc, "ACCUSE")
    assert not accuse or "RUS" not in {r.code for r in accuse[0].recipient} or len(accuse[0].recipient) == 1


def test_a_reaction_at_home_is_aimed_at_the_other_body_that_acted(code_sentence):
    """condemned._earlier_doers: with no other state's doer before, the doer at home of another
    body than the reactor: a government condemns its own rebels' attack, a prime minister's office
    rejects the opposition's allegations (not a court's, as an agentless "was charged" implies)."""
    doc = code_sentence("Rebels attacked a village in Mali's Mopti region on Sunday. The government condemned the attack.")
    assert [(r.code, r.sector) for r in _of(doc, "ACCUSE")[0].recipient] == [("MLI", "REB")]
    doc = code_sentence("Pakistan's opposition accused Prime Minister Shehbaz Sharif of corruption. "
                        "The prime minister's office rejected the allegations on Monday.")
    (reject,) = _of(doc, "REJECT")
    assert [(a.code, a.sector) for a in reject.actor] == [("PAK", "GOV")]
    assert [(r.code, r.sector) for r in reject.recipient] == [("PAK", "OPP")]


def test_a_sentence_opening_with_a_surname_of_the_story_is_coded(code_sentence):
    """actors.may_name_actor: the pre-filter counts a story's name as the sentence's first word too
    ("Sharif's office rejected ..." was never parsed), and "X's office" is X's (mentions._person_office)."""
    doc = code_sentence("Pakistan's opposition accused Prime Minister Shehbaz Sharif of corruption. "
                        "Sharif dismissed the allegations on Monday.")
    assert [a.code for e in _of(doc, "REJECT") for a in e.actor] == ["PAK"]


def test_a_coordinated_act_s_parties_are_not_the_trigger_s(code_sentence):
    """fill_recipient._coordinated_acts: "condemned the attack and announced aid for Ukraine": Ukraine
    is the aid's recipient, not the condemnation's; a preposition left open ("a pact with and advisers
    to Afghanistan") shares the coordinated verb's object."""
    doc = code_sentence("Germany's foreign minister condemned the decision as reckless and announced new aid "
                        "for Ukraine.")
    accuse = _of(doc, "ACCUSE")
    assert accuse and "UKR" not in {r.code for r in accuse[0].recipient}
    doc = code_sentence("Uzbekistan has signed a security pact with and sent military advisers to Afghanistan.")
    assert any("AFG" in {r.code for r in e.recipient} for e in doc.events)


def test_an_apposition_of_relation_names_another_party(code_sentence):
    """roles._relation_apposition: "the United States, a treaty ally of the Philippines," is the US
    alone; the ally-of phrase names the other party."""
    doc = code_sentence("The United States, a treaty ally of the Philippines, accused China of harassing "
                        "Philippine vessels.")
    accuse = _of(doc, "ACCUSE")
    assert [a.code for a in accuse[0].actor] == ["USA"]


def test_traded_accusations_are_a_joint_act(code_sentence):
    """state.Candidate.exchanged: an act noun two sides trade is each side's act on the other."""
    doc = code_sentence("China and the Philippines traded accusations on Saturday over the disputed shoal.")
    accuse = _of(doc, "ACCUSE")
    assert accuse and accuse[0].reciprocal
    assert {a.code for a in accuse[0].actor} | {r.code for r in accuse[0].recipient} == {"CHN", "PHL"}


def test_the_scene_is_the_news_when_the_main_act_comes_to_nothing(code_sentence):
    """passes.code_sentence: a scene-setting clause ("after gunmen attacked ...") is coded when the
    sentence's main act has no actor to code."""
    doc = code_sentence("They met on Monday after gunmen attacked a convoy of Malian soldiers near Kidal.")
    assert [(e.category, [a.code for a in e.actor]) for e in doc.events] == [("ASSAULT", ["MLI"])]
    # with a main event coded, the scene stays the scene
    doc = code_sentence("Mali's president met the army chief on Monday after gunmen attacked a convoy near Kidal.")
    assert "ASSAULT" not in [e.category for e in doc.events]


def test_a_sentence_that_refers_back_is_parsed(code_sentence):
    """actors._refers_back: "the two countries", "the group" name no one themselves, so the lexicon
    pre-filter let such sentences pass unparsed."""
    doc = code_sentence("Ethiopia and Sudan held talks in Khartoum. The two countries agreed to reopen the border.")
    assert any(e.category == "AGREE" for e in doc.events)


def test_a_speech_act_hung_on_a_reported_verb_is_the_speaker_s(code_sentence):
    """pronoun_actors.actor_speaker_conjunct: "X said the ruling raised concerns and urged Ankara ...":
    "urged" inherits the thing "the ruling" as subject; only the speaker can urge. A material act
    so hung ("a roadside bomb killed a policeman and wounded three, the army said") is not the
    speaker's."""
    doc = code_sentence("The European Union's foreign policy chief said the ruling raised serious concerns "
                        "and urged Ankara to respect the independence of the judiciary.")
    request = _of(doc, "REQUEST")
    assert {a.code for a in request[0].actor} == {"EUR"} and {r.code for r in request[0].recipient} == {"TUR"}
    doc = code_sentence("A roadside bomb near a market in Kandahar killed a policeman and wounded three others, "
                        "the army said.")
    assert not any(e.category == "ASSAULT" and [a.entity_text for a in e.actor] == ["army"] for e in doc.events)


def test_a_participle_is_the_news_when_the_act_it_tells_more_of_comes_to_nothing(code_sentence):
    """passes.code_sentence (DEFERRING_PASSES): "accusing him of ..." defers to the censure it tells
    more of; with that censure uncoded (its actor is the filer of a motion), the accusation stands."""
    doc = code_sentence("Peru's interior minister Victor Torres resigned on Monday. Opposition lawmakers filed a "
                        "motion to censure Torres, accusing him of ordering excessive force.")
    assert any(e.category == "ACCUSE" and {a.code for a in e.actor} == {"PER"} for e in doc.events)


def test_a_perfect_conjunct_of_an_infinitive_is_finite(nlp, code_sentence):
    """parse_repair.finite_form: "has refused to step down and has blamed X": the auxiliary makes
    "blamed" finite, so it is "refused"'s conjunct, not "step"'s (and not part of the refusal); the
    refusal's target is not the blamed party."""
    sdoc = nlp("Boluarte has refused to step down and has blamed the unrest on radical groups.")
    assert next(t for t in sdoc if t.text == "blamed").head.text == "refused"
    doc = code_sentence("Peru's president has refused to step down and has blamed the unrest on drug traffickers.")
    cats = {e.category: e for e in doc.events}
    assert "ACCUSE" in cats and "REJECT" in cats
    assert "CRM" not in {r.sector for r in cats["REJECT"].recipient}


def test_who_said_speaks_for_the_noun_it_hangs_on(code_sentence):
    """antecedents.relative_antecedent: "the protest leaders, who said they would meet ...": "they"
    is the protest leaders, not the lawmakers named in the sentence before."""
    doc = code_sentence("Peruvian opposition lawmakers filed a complaint on Monday. Police later detained the "
                        "protest leaders, who said they would meet the interior minister on Wednesday.")
    meet = [e for e in doc.events if "meet" in " ".join(e.event_text)]
    assert meet and all({a.sector for a in e.actor} == {"OPP"} for e in meet)


def test_an_authority_without_a_state_is_its_addressers_own(code_sentence):
    """fill_recipient.recipient_home_government: an authority the text names without a state ("the
    ruling military council", sectors.yaml GOV) is the home authority of the domestic actor
    addressing it; protest leaders are opposition (OPP)."""
    doc = code_sentence("Sudanese protesters urged the ruling military council to hand over power to civilians.")
    request = _of(doc, "REQUEST")
    assert [(r.code, r.sector) for r in request[0].recipient] == [("SDN", "GOV")]
    doc = code_sentence("Sudanese protest leaders called for a general strike.")
    assert {(a.code, a.sector) for e in doc.events for a in e.actor} <= {("SDN", "OPP")}


def test_of_two_subjects_the_one_opening_the_clause_acts(code_sentence):
    """subjects._nearest_subject: a parse giving "threatened" both "Soldiers" (of the main clause) and
    "powers" (of its own "as" clause) as subjects: the soldiers did not threaten."""
    doc = code_sentence("Soldiers who seized power in Niger this week named General Abdourahamane Tiani as head of "
                        "state on Friday, as regional and Western powers threatened to cut aid unless President "
                        "Mohamed Bazoum was reinstated.")
    assert not any(e.category == "THREATEN" and "MIL" in {a.sector for a in e.actor} for e in doc.events)


def test_each_coordinated_object_is_content(code_sentence):
    """find.make_candidates: "suspended budget support and security cooperation": the cooperation is
    what was suspended, not a cooperation of its own."""
    doc = code_sentence("The European Union suspended all budget support and security cooperation with Niger.")
    assert [e.category for e in doc.events] == ["SANCTION"]


def test_authorities_not_recognised_are_refused(code_sentence):
    """triggers/ recognise (CAMEO 054, recognition of a government): new authorities, a regime or
    a junta recognised are a government recognised; "would not recognise" is a refusal."""
    doc = code_sentence("France said it would not recognise the new authorities in Niger.")
    assert [(e.category, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in doc.events] == [
        ("REJECT", ["FRA"], ["NER"])]


def test_international_condemnation_is_not_the_target_s_own_public(code_sentence):
    """fill_actor.actor_public_critics: "drew international condemnation" comes from abroad, so the
    critics are not the target's own public (CVL of its state); no one the text names."""
    doc = code_sentence("Iran has executed four men in connection with the protests, drawing international condemnation.")
    assert not any(e.category == "ACCUSE" for e in doc.events)
    doc = code_sentence("The Nigerian president's plan drew criticism on Monday.")
    assert any(e.category == "ACCUSE" and {a.code for a in e.actor} == {"NGA"} for e in doc.events)


def test_a_denial_within_one_state_answers_who_aimed_it_at_the_denier(code_sentence):
    """condemned._answered: "Democrats unveiled articles of impeachment against Trump ... Trump
    dismissed the charges": both American, so the state alone cannot say whom the denial answers;
    the party who aimed the charges at the denier does."""
    doc = code_sentence("House Democrats on Tuesday unveiled two articles of impeachment against President Donald "
                        "Trump. Trump dismissed the charges as a witch hunt.")
    reject = _of(doc, "REJECT")
    assert reject and {(r.code, r.sector) for r in reject[0].recipient} == {("USA", "PTY")}


def test_a_finite_verb_after_and_hung_on_a_noun_is_a_conjunct(nlp, code_sentence):
    """parse_repair._stray_finite_clause: "an attempt to silence dissent and called for ...": a noun
    takes no finite verb as its clause; "called" is a coordinated verb of the clause above, and
    its subject (a thing, "the case") cannot call: the speaker does (actor_speaker_conjunct)."""
    text = ("The U.S. ambassador to Russia said the case was an attempt to silence dissent and called for "
            "the opposition leader's immediate release.")
    called = next(t for t in nlp(text) if t.text == "called")
    assert called.dep_ == "conj" and called.head.tag_.startswith("VB")
    doc = code_sentence(text)
    request = _of(doc, "REQUEST")
    assert request and {a.code for a in request[0].actor} == {"USA"}


def test_a_coordinated_pledge_s_target_is_not_the_welcome_s(code_sentence):
    """fill_recipient._coordinated_acts: "welcomed the deal and pledged to open corridors to Tigray":
    the pledge's complement names Tigray, not what was welcomed."""
    doc = code_sentence("Ethiopia's prime minister welcomed the deal and pledged to open aid corridors to Tigray.")
    support = _of(doc, "SUPPORT")
    assert support and all(r.entity_text != "Tigray" for r in support[0].recipient)


def test_forces_a_threat_would_send_are_not_its_target(code_sentence):
    """roles.DEPLOY_VERBS: "threatened to send in the military": the military is the threatener's
    instrument, not whom the threat is aimed at; where forces would go stays the target."""
    doc = code_sentence("Protests spread across Minneapolis. President Donald Trump threatened to send in the "
                        "military if the violence continued.")
    threat = _of(doc, "THREATEN")
    assert threat and "MIL" not in {r.sector for r in threat[0].recipient}
    doc = code_sentence("Germany has pledged to send engineers to Mali.")
    assert any("MLI" in {r.code for r in e.recipient} for e in doc.events)


def test_a_family_is_a_civil_actor(code_sentence):
    """sectors.yaml CVL: "the man's family demanded that the officers be arrested"."""
    doc = code_sentence("A Minneapolis police officer was charged with murder on Wednesday. The man's family "
                        "demanded that three other officers also be arrested.")
    assert any(e.category == "REQUEST" and {a.sector for a in e.actor} == {"CVL"} for e in doc.events)


def test_a_killing_in_an_attack_is_by_the_attack_s_doer(code_sentence):
    """fill_actor.actor_attack_noun: "killed in a Turkish drone strike", "killed in an attack by
    Kurdish militants": the attack's noun names who killed; without it the attacker stays unknown."""
    doc = code_sentence("Five Syrian soldiers were killed in a Turkish drone strike near Qamishli.")
    assert [(e.category, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in doc.events] == [
        ("ASSAULT", ["TUR"], ["SYR"])]
    doc = code_sentence("Three soldiers were killed in an attack by Houthi rebels in Marib.")
    assert any({(a.code, a.sector) for a in e.actor} == {("YEM", "REB")} for e in doc.events)


def test_fire_exchanged_is_fighting_between_both(code_sentence):
    """state.Candidate.exchanged (CAMEO 190): "X and Y exchanged fire": one joint act of both sides,
    each on the other."""
    for text in ("Armenian and Azerbaijani soldiers exchanged fire near the village of Sotk overnight.",
                 "Israeli and Hezbollah fighters exchanged fire across the border on Sunday."):
        doc = code_sentence(text)
        assault = _of(doc, "ASSAULT")
        assert assault and assault[0].reciprocal and len({a.code for a in assault[0].actor} | {r.code for r in assault[0].recipient}) == 2


def test_the_dateline_counts_towards_the_story_state(pipeline):
    """actors.story_prior: "ISLAMABAD (Reuters) - Police arrested ...": a story told from a state's
    capital places its bare police and opposition there, as a headline naming the state would."""
    from whimbrel.read.strings import string_documents

    text = ("ISLAMABAD (Reuters) - Police arrested dozens of protesters outside a court on Tuesday.\n"
            "The opposition accused the government of persecution.")
    doc = next(string_documents([text], ["t"], "2023-05-09", pipeline.options))
    doc = next(iter(pipeline.run([doc])))
    assert {(e.category, a.code) for e in doc.events for a in e.actor} >= {("COERCE", "PAK"), ("ACCUSE", "PAK")}


def test_who_is_under_investigation_undergoes_it(code_sentence):
    """roles.STATE_VERBS: "X is under investigation": X is investigated, not investigating."""
    doc = code_sentence("Nepal's opposition leader is under investigation for money laundering, officials said.")
    assert not any(e.category == "ACCUSE" and "OPP" in {a.sector for a in e.actor} for e in doc.events)


def test_he_before_a_later_attribution_is_the_person_named_before(code_sentence):
    """pronoun_actors.actor_speaker: "He met X, Egyptian officials said": the pronoun is the person the
    story named before, the officials only report it."""
    doc = code_sentence("Hamas leader Ismail Haniyeh arrived in Cairo on Monday for talks. He met Egyptian "
                        "foreign minister Sameh Shoukry, Egyptian officials said.")
    met = [e for e in doc.events if "met" in e.event_text]
    assert met and {a.code for a in met[0].actor} == {"PSE"}


def test_a_condemned_verdict_is_aimed_at_the_court(code_sentence):
    """fill_recipient._court_of: "condemned the verdict": a verdict is a court's, the court of the
    story's state."""
    doc = code_sentence("A court in Minsk sentenced a Belarusian journalist to eight years on Monday. "
                        "Amnesty International condemned the verdict.")
    accuse = _of(doc, "ACCUSE")
    assert accuse and [(r.code, r.sector) for r in accuse[0].recipient] == [("BLR", "JUD")]


def test_a_senate_in_a_foreign_capital_is_that_state_s(code_sentence):
    """context._locative_place: "protested outside the Senate in Lima": the place the clause happens
    in says whose Senate it is; it does not face the body as an actor in its clause would."""
    doc = code_sentence("Thousands protested outside the Senate in Lima on Monday.")
    protest = _of(doc, "PROTEST")
    assert protest and {r.code for r in protest[0].recipient} == {"PER"}


def test_who_faces_a_motion_undergoes_it(code_sentence):
    """roles EXPERIENCER_VERBS: "faced a new impeachment motion": the act noun modifying the object
    of "face" is undergone by the subject, as "faced criticism" is."""
    doc = code_sentence("Peru's President Dina Boluarte faced a new impeachment motion on Tuesday.")
    assert not any(e.category == "ACCUSE" and "GOV" in {a.sector for a in e.actor} for e in doc.events)


def test_a_main_verb_hung_inside_the_subject_s_relative_clause(code_sentence):
    """subjects.ROOT_CLAUSE_DEPS: "The African Union, which has 55 member states, called on ...": the
    parser makes "Union" the root and hangs "called" on "states"; a past tense there is the main verb."""
    doc = code_sentence("The African Union, which has 55 member states, called on Niger's junta to release the president.")
    assert any(e.category == "REQUEST" and {a.code for a in e.actor} == {"IGO"} for e in doc.events)


def test_a_reaction_to_an_act_told_before_is_aimed_at_its_doer(code_sentence):
    """condemned.recipient_act_authority: opposing or welcoming an act, as condemning it, is aimed
    at whoever did it; "the ban" was done by whoever "banned" before in the story."""
    doc = code_sentence("Pakistan banned the video app on Monday. The United States opposed the ban, saying it "
                        "hurt free speech.")
    assert [[r.code for r in e.recipient] for e in _of(doc, "REJECT")] == [["PAK"]]
    doc = code_sentence("Police in Nairobi arrested 50 looters on Tuesday. Kenya's chamber of commerce welcomed "
                        "the arrests.")
    assert [[(r.code, r.sector) for r in e.recipient] for e in _of(doc, "SUPPORT")] == [[("KEN", "COP")]]


def test_a_participle_hung_on_the_root_noun_is_the_main_verb(code_sentence, nlp):
    """parse_repair.promote_participle_verb: a sentence whose root is a noun carrying a participle
    right after another noun ("riot police baton-charged students" read as "baton-charged
    students") has that participle as its verb, the noun before it as subject."""
    sdoc = nlp("Bangladeshi riot police baton-charged students in Dhaka on Monday.")
    verb = next(t for t in sdoc if t.text == "baton-charged")
    assert (verb.dep_, verb.tag_) == ("ROOT", "VBD")
    assert [(c.text, c.dep_) for c in verb.children if c.dep_ in ("nsubj", "dobj")] == [("police", "nsubj"), ("students", "dobj")]
    assert "on" in [c.lower_ for c in verb.children]  # when it was done is the verb's, not the students'
    assert [e.category for e in code_sentence("Bangladeshi riot police baton-charged students in Dhaka on "
                                              "Monday.").events] == ["ASSAULT"]


def test_a_promoted_participle_keeps_its_subordinator(nlp):
    """promote_participle_verb on a subordinate clause read as the whole sentence's subject ("Though
    Kemp assailed Novak, there is ..."): the subordinator opens the promoted clause, which
    hangs on the main verb; the main clause is not turned upside down."""
    from spacy.tokens import Doc

    from whimbrel.parse_repair import promote_participle_verb

    words = ["Though", "Kemp", "assailed", "Novak", ",", "there", "is", "no", "sign", "."]
    heads = [6, 3, 3, 6, 6, 6, 6, 8, 6, 6]
    deps = ["mark", "compound", "amod", "nsubj", "punct", "expl", "ROOT", "det", "attr", "punct"]
    tags = ["IN", "NNP", "VBN", "NNP", ",", "EX", "VBZ", "DT", "NN", "."]
    sdoc = promote_participle_verb(Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags))
    assert (sdoc[2].dep_, sdoc[2].head.text, sdoc[0].head.text) == ("advcl", "is", "assailed")
    assert sdoc[6].dep_ == "ROOT" and (sdoc[1].dep_, sdoc[3].dep_) == ("nsubj", "dobj")


def test_a_name_tagged_as_an_adverb_is_the_subject(code_sentence, nlp):
    """parse_repair.name_as_subject: a one-word name opening a sentence, tagged an adverb in front of
    a finite verb with no subject ("USAID criticized ..."), is that verb's subject."""
    sdoc = nlp("USAID criticized the Ethiopian government on Monday.")
    assert (sdoc[0].dep_, sdoc[0].head.text) == ("nsubj", "criticized")
    assert [[a.code for a in e.actor] for e in code_sentence("USAID criticized the Ethiopian government on "
                                                             "Monday.").events] == [["USA"]]
    # a common-noun subject right before the name describes it: "the island nation Nauru cut ties"
    doc = code_sentence("The Pacific island nation Nauru cut diplomatic ties with Taiwan on Monday.")
    assert [([a.code for a in e.actor], e.category) for e in doc.events] == [(["NRU"], "SANCTION")]


def test_a_bare_surname_is_no_former_office_holder(code_sentence):
    """story.link_story: a surname alone takes a knowledge-base person only when exactly one holds an
    office on the story's date; a retired one (ELI) is not assumed: "Williams" in a US story is not
    a former British archbishop."""
    doc = code_sentence("WASHINGTON (AP) — Senator Ted Cruz met lawmakers on Monday. On Sunday, Cruz "
                        "criticized Williams on Twitter.", "2019-11-19T12:00:00")
    accused = _of(doc, "ACCUSE")
    assert accused and all(r.code != "GBR" for e in accused for r in e.recipient)


def test_he_in_a_relative_clause_is_the_main_clause_s_person(code_sentence):
    """pronoun_actors.actor_main_clause_person: "he" subject of a relative or adverbial clause is the
    person subject of the clause it hangs in, not the person of the sentence before; not through a
    that-clause ("saying he must resign" speaks of someone else)."""
    doc = code_sentence("ABUJA — The senator criticised the budget on Monday. Governor Samuel Ortom visited "
                        "Makurdi, where he accused herdsmen of killing farmers.")
    accused = _of(doc, "ACCUSE")
    assert [[(a.sector) for a in e.actor] for e in accused if e.sentence == 1] == [["GOV"]]


def test_a_decision_or_move_reacted_to_is_the_last_acts_doers(code_sentence):
    """condemned.recipient_act_authority: "the decision", "the measures" name whatever act was just
    reported; a reaction to them is aimed at its doer, a state other than the reacting one."""
    doc = code_sentence("Quito expelled the Colombian ambassador on Monday. Colombia condemned the decision.")
    assert [[r.code for r in e.recipient] for e in _of(doc, "ACCUSE")] == [["ECU"]]
    doc = code_sentence("Canada imposed new sanctions on Venezuela on Monday. Caracas rejected the measures.")
    assert [[r.code for r in e.recipient] for e in _of(doc, "REJECT")] == [["CAN"]]


def test_parties_that_accuse_each_other_are_a_reciprocal_dyad(code_sentence):
    """state.Candidate.exchanged: a verb whose object is "each other" or "one another" is each
    side's act on the other (manual, compound and reciprocal actors): coded as the joint acts are,
    the first-named party to the other, reciprocal; not dropped for want of a recipient."""
    for text in ("Chad and Sudan accused each other of violating the ceasefire on Monday.",
                 "Chad and Sudan blamed one another for the border clashes on Monday."):
        ev = _of(code_sentence(text), "ACCUSE")
        assert [([a.code for a in e.actor], [r.code for r in e.recipient], e.reciprocal) for e in ev] == \
            [(["TCD"], ["SDN"], True)], text


@pytest.mark.parametrize("text, category, sides", [
    ("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Wednesday, and the two "
     "leaders signed agreements on energy and trade.", "SUPPORT", {"CHN", "RUS"}),
    ("Kenya's president hosted Uganda's president in Nairobi on Monday, and the two leaders agreed to reopen "
     "the border.", "AGREE", {"KEN", "UGA"}),
    ("Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul on Sunday, and "
     "the two leaders signed a pact on intelligence sharing.", "SUPPORT", {"JPN", "KOR"}),
])
def test_the_two_sides_of_an_act_earlier_in_the_sentence(code_sentence, text, category, sides):
    """fill_actor.actor_both_sides: "the two leaders" are the parties of the act just told in the
    same sentence, when no earlier sentence has one; the same act told again of them ("was received by
    Y, who said the two sides had discussed ...") is no second event."""
    got = [{a.code for a in e.actor + e.recipient} for e in code_sentence(text).events if e.category == category]
    assert sides in got, got


def test_the_two_sides_telling_the_same_meeting_again_is_one_event(code_sentence):
    doc = code_sentence("Visiting Indonesian Foreign Minister Retno Marsudi was received on Monday by Malaysian "
                        "Prime Minister Anwar Ibrahim, who said the two sides had discussed palm oil and fisheries.")
    assert [e.category for e in doc.events].count("CONSULT") == 1, [(e.category, e.event_text) for e in doc.events]


def test_a_conduct_is_no_doer_but_names_a_target(code_sentence):
    """words.yaml CONDUCT_NOUNS (fill_actor.roles, actor_required): "police brutality" did not
    protest, nor does "it" after it support anything; protesting against it is aimed at the police."""
    doc = code_sentence("Police violence in Kenya has fuelled protests.")
    assert all(a.sector != "COP" for e in doc.events for a in e.actor)
    doc = code_sentence("Excessive force and police brutality have magnified these protests in Hong Kong, and "
                        "many fear it would support a crackdown.")
    assert all(a.sector != "COP" for e in doc.events for a in e.actor)
    doc = code_sentence("Young Nigerians have been protesting against police brutality in Lagos.")
    assert [(r.code, r.sector) for e in _of(doc, "PROTEST") for r in e.recipient] == [("NGA", "COP")]


def test_a_civil_war_story_keeps_its_named_militia_and_its_two_sides(code_sentence):
    """acronyms._named_in_full: a body named in full is meant by its initials later ("RSF" is the
    Rapid Support Forces here, not Reporters Without Borders); antecedents.last_pair: an army and
    the militia it fights are "both sides" though of one state."""
    doc = code_sentence("The paramilitary Rapid Support Forces shelled residential areas of El Fasher on Sunday, "
                        "killing at least 12 civilians. The Sudanese army said its aircraft had struck RSF positions "
                        "east of the city. The United Nations urged both sides to allow humanitarian aid into the city.")
    struck = [e for e in _of(doc, "ASSAULT") if "struck" in e.event_text]
    assert [(r.code, r.sector) for r in struck[0].recipient] == [("SDN", "PRM")]
    urged = _of(doc, "REQUEST")
    assert urged and {(r.code, r.sector) for r in urged[0].recipient} == {("SDN", "MIL"), ("SDN", "PRM")}


def test_a_strike_told_before_and_a_phrase_shared_by_conjuncts(code_sentence):
    """words.yaml GENERIC_ACT_NOUNS: "condemned the strike" after an airstrike is aimed at its doer;
    roles: "a missile and drone attack on X" hangs "on X" on the first conjunct, and X is the target."""
    doc = code_sentence("An Israeli airstrike on a school in central Gaza killed at least 30 people. Egypt and "
                        "Qatar, which have mediated between Israel and Hamas, condemned the strike.")
    assert [r.code for e in _of(doc, "ACCUSE") for r in e.recipient] == ["ISR"]
    doc = code_sentence("Russian forces launched a massive missile and drone attack on Ukraine's energy "
                        "infrastructure overnight.")
    assert [r.code for e in _of(doc, "ASSAULT") for r in e.recipient] == ["UKR"]
