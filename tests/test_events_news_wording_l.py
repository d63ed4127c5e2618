"""News-body wording (session 38, invented stories): feelings stated of another's act ("was
'deeply alarmed' by the shelling"), forces a state says it deployed, time phrases opening a
sentence that are no byline, weapons that blast, refusals in other words, pledged refusals and aid packages."""
from __future__ import annotations

from conftest import events_of, show


def test_a_quoted_feeling_is_disapproval_of_the_act_it_names(code_sentence):
    # with the adjective in quotes the parser hangs the "by" phrase on the copula
    cases = (("Police in Harare arrested 40 opposition activists on Monday. The UN human rights office said it was "
              "\"deeply alarmed\" by the arrests.", "ZWE"),
             ("Tunisia's appeals court on Tuesday upheld the sentences of 12 opposition figures. The EU said it was "
              "\"deeply troubled\" by the ruling.", "TUN"),
             ("Lebanon's army deported 300 Syrians to Syria last week. The UNHCR said it was \"concerned\" about the "
              "deportations.", "LBN"))
    for text, target in cases:
        events = events_of(code_sentence, text, "ACCUSE")
        assert events and {r.code for r in events[-1].recipient} == {target}, (text, show(code_sentence, text))


def test_feelings_read_as_passives_are_disapproval_too(code_sentence):
    for text in ("Amnesty International said it was appalled by the execution of the activist by Iranian authorities.",
                 "The African Union said it was dismayed at the Sudanese army's bombing of Nyala."):
        assert events_of(code_sentence, text, "ACCUSE"), (text, show(code_sentence, text))


def test_a_feeling_about_no_one_s_act_is_no_event(code_sentence):
    text = "Residents of the Kenyan town said they were shocked by the floods."
    assert not events_of(code_sentence, text, "ACCUSE"), show(code_sentence, text)


def test_forces_a_state_says_it_deployed_are_its_own(code_sentence):
    # counted troops ("1,200 soldiers") are not definite, but a state's authority announcing them
    # announces its own; where they were sent is not a party kept out of the places
    cases = (("The Dominican presidency announced that 1,200 additional soldiers had been deployed to the border "
              "with Haiti.", "DOM"),
             ("Ecuador's armed forces command said 3,000 troops had been sent to Guayaquil to reinforce the police.", "ECU"))
    for text, code in cases:
        events = events_of(code_sentence, text, "MOBILIZE")
        assert events and events[0].actor[0].code == code, (text, show(code_sentence, text))


def test_a_time_phrase_opening_a_sentence_is_no_byline(code_sentence):
    for text in ("By Monday evening, Somali troops had attacked al-Shabaab positions near Kismayo.",
                 "By then, Somali troops had attacked al-Shabaab positions near Kismayo."):
        assert events_of(code_sentence, text, "ASSAULT"), (text, show(code_sentence, text))


def test_weapons_that_blast_attack_and_speakers_that_blast_criticise(code_sentence):
    text = "Russian warplanes blasted the runways of the Ukrainian air base on Thursday."
    assert events_of(code_sentence, text, "ASSAULT"), show(code_sentence, text)
    text = "Kenyan opposition leader Raila Odinga blasted the Kenyan government over the new tax."
    assert events_of(code_sentence, text, "ACCUSE") and not events_of(code_sentence, text, "ASSAULT"), \
        show(code_sentence, text)


def test_criticism_shrugged_off_or_waved_aside_is_rejected(code_sentence):
    for text in ("Hungarian Prime Minister Viktor Orban shrugged off the criticism from the European Commission.",
                 "Indian Prime Minister Narendra Modi waved aside the demands of the Pakistani government."):
        assert events_of(code_sentence, text, "REJECT"), (text, show(code_sentence, text))


def test_a_pledge_not_to_yield_is_a_refusal(code_sentence):
    for text in ("Kenyan President William Ruto vowed not to resign despite the protests by the opposition.",
                 "Colombian rebels vowed never to surrender their weapons to the Colombian government."):
        assert events_of(code_sentence, text, "REJECT") and not events_of(code_sentence, text, "AGREE"), \
            (text, show(code_sentence, text))
    # a pledge of restraint stays a promise
    text = "The Ethiopian army pledged not to attack civilians in Tigray."
    assert not events_of(code_sentence, text, "REJECT"), show(code_sentence, text)


def test_an_aid_package_for_a_state_is_aid_to_it(code_sentence):
    # the phrase hangs on the noun the act noun names the kind of; not on people or bodies
    text = "The European Commission announced a 1 billion euro aid package for Lebanon on Thursday."
    events = events_of(code_sentence, text, "AID")
    assert events and events[0].recipient[0].code == "LBN", show(code_sentence, text)
    text = "The Russian-installed occupation administration in Kherson said the bridge had been closed."
    assert not events_of(code_sentence, text, "COERCE"), show(code_sentence, text)



def test_a_bloc_described_by_its_membership_is_the_bloc_named_before(code_sentence):
    for text in ("ECOWAS imposed sanctions on Guinea on Sunday. The 15-member bloc also criticised the Guinean junta.",
                 "The Gulf Cooperation Council met in Muscat on Saturday. The six-nation bloc also criticised Iran over "
                 "the disputed islands."):
        events = events_of(code_sentence, text, "ACCUSE")
        assert events and events[-1].actor[0].code == "IGO", (text, show(code_sentence, text))


def test_the_father_s_surname_of_a_double_surname_names_the_person_again(code_sentence):
    # Spanish and Latin American names: "Teodoro Quispe Mamani" is later "Quispe"
    text = ("Bolivia's electoral tribunal barred former Bolivian energy minister Teodoro Quispe Mamani from the race "
            "on Saturday. Quispe, addressing supporters in Santa Cruz, accused the Argentine government of meddling.")
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and events[-1].actor[0].code == "BOL", show(code_sentence, text)


def test_a_crossing_closed_after_a_clash_is_a_measure_against_the_neighbour(code_sentence):
    text = ("Kyrgyz and Tajik border guards exchanged fire near the border village on Tuesday. Kyrgyz authorities "
            "closed the checkpoint to all traffic on Tuesday night.")
    events = events_of(code_sentence, text, "SANCTION")
    assert events and events[-1].recipient[0].code == "TJK", show(code_sentence, text)


def test_an_international_body_s_call_with_no_target_is_aimed_at_the_story_s_state(code_sentence):
    text = ("Bolivia's electoral tribunal declared President Luis Arce the winner on Monday. Bolivian opposition "
            "parties in La Paz rejected the count. Bolivian police arrested 20 protesters in Santa Cruz. "
            "The Organization of American States on Tuesday called for the publication of all results.")
    events = events_of(code_sentence, text, "REQUEST")
    assert events and events[-1].recipient[0].code == "BOL", show(code_sentence, text)


def test_the_people_of_both_sides_are_both_sides(code_sentence):
    # "the two sides' border commanders met": the two parties of the story, as "the two sides met"
    text = ("Kyrgyzstan accused Tajikistan of shelling a border village on Tuesday. On Wednesday the two sides' "
            "regional border commanders met in Isfara.")
    events = events_of(code_sentence, text, "CONSULT")
    assert events and {e.code for ev in events for e in ev.actor + ev.recipient} == {"KGZ", "TJK"}, \
        show(code_sentence, text)


def test_a_charge_d_affaires_expelled_is_a_diplomat_expelled(code_sentence):
    # manual, SANCTION expel: "aside from the expulsion of ambassadors or similar diplomats", an
    # expulsion of individuals is a deportation (COERCE)
    text = "Kenya expelled Somalia's charge d'affaires on Monday."
    assert events_of(code_sentence, text, "SANCTION") and not events_of(code_sentence, text, "COERCE"), \
        show(code_sentence, text)


def test_a_third_state_s_condemnation_with_no_target_is_aimed_at_the_last_use_of_force(code_sentence):
    text = ("Chinese coast guard ships fired water cannon at two Philippine vessels near Scarborough Shoal on Monday. "
            "The Philippine foreign ministry in Manila lodged a diplomatic protest. "
            "Philippine President Ferdinand Marcos said the Philippines would not be intimidated. "
            "The U.S. ambassador in Manila condemned what she called reckless manoeuvres.")
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and events[-1].actor[0].code == "USA" and events[-1].recipient[0].code == "CHN", \
        show(code_sentence, text)


def test_an_act_called_a_crime_is_condemned(code_sentence):
    for text in ("Finnish police boarded a Russian tanker on Monday. Russia's embassy in Helsinki called the boarding "
                 "an act of piracy.",
                 "Israeli commandos raided a Gaza-bound flotilla on Monday. Turkish Prime Minister Recep Tayyip Erdogan "
                 "called the raid state terrorism."):
        assert events_of(code_sentence, text, "ACCUSE"), (text, show(code_sentence, text))


def test_solidarity_with_a_state_supports_it(code_sentence):
    text = "Moldova's foreign ministry voiced full solidarity with Bucharest on Wednesday."
    events = events_of(code_sentence, text, "SUPPORT")
    assert events and events[0].recipient[0].code == "ROU", show(code_sentence, text)
