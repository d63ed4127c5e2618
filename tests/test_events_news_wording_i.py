"""News-body wording (session 35, invented stories): where talks are held, and how a story's
parties are placed when they meet abroad."""
from __future__ import annotations

from conftest import events_of, show


def test_the_venue_of_talks_does_not_place_the_parties(code_sentence):
    # a third state hosts the talks: its capital is where the parties meet, not whose they are
    cases = (("Ethiopia's government and armed opposition groups resumed peace talks in Pretoria on Monday. The "
              "opposition delegation accused the government of bad faith at the talks in Pretoria on Tuesday.", "ETH"),
             ("Sudan's army and the rebels resumed talks in Jeddah on Tuesday. The rebel delegation walked out of the "
              "talks in Jeddah on Wednesday, and accused the army of bad faith.", "SDN"),
             ("Myanmar's junta and ethnic armed groups held talks in Kunming on Monday. At the talks in Kunming, the "
              "opposition delegates accused the junta of bombing villages.", "MMR"))
    for text, state in cases:
        events = events_of(code_sentence, text, "ACCUSE")
        assert events and all(a.code == state for e in events for a in e.actor), (text, show(code_sentence, text))


def test_a_headline_venue_does_not_place_the_story(code_sentence):
    # "walk out of Nairobi peace talks": the headline's venue counts for no state of the story
    text = ("South Sudan rebels walk out of Nairobi peace talks\n\n"
            "South Sudan's government and armed opposition groups failed to agree on a truce on Thursday. The head "
            "of the opposition delegation told journalists that government negotiators had refused to integrate "
            "the fighters. Kenya's mediator urged both sides to return. Juba said the army would hold its "
            "positions.\n\n"
            "The government's negotiators accused the opposition delegation of bad faith on Friday.")
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and events[-1].actor[0].code == "SSD", show(code_sentence, text)


def test_concern_voiced_at_an_act_is_a_criticism(code_sentence):
    # our news gold codes concern or alarm voiced at another's act as ACCUSE disapprove (word_classes.yaml
    # disapproval); the one who feels it is the doer, what it is about the target
    cases = (("Ghana said on Monday it was deeply concerned by Togo's decision to close the border.", "GHA", "TGO"),
             ("The Council of Europe said it was alarmed by the detentions of opposition mayors in Turkey.", "IGO", "TUR"),
             ("UN experts on Tuesday voiced alarm at the growing number of arrests of lawyers in Iran.", "UNO", "IRN"))
    for text, actor, recipient in cases:
        events = events_of(code_sentence, text, "ACCUSE")
        assert events and events[0].actor[0].code == actor and events[0].recipient[0].code == recipient, (
            text, show(code_sentence, text))


def test_a_worry_with_no_act_named_is_no_criticism(code_sentence):
    for text in ("Residents said they were concerned about rising food prices.",
                 "As far as the government is concerned, the matter is closed.",
                 "The dispute concerns about 300 hectares of farmland near the river."):
        assert not events_of(code_sentence, text, "ACCUSE"), (text, show(code_sentence, text))


def test_a_counterpart_is_the_other_state(code_sentence):
    # "X met his Syrian counterpart Y": Y is Syria's, and X is not, whatever else the sentence names
    cases = (("AMMAN, Sept 10 (Reuters) - Foreign Minister Khaled Saleh on Sunday held talks in Damascus with his Syrian "
              "counterpart Ammar Nasser about the return of Syrian refugees. Nasser urged the European Union to lift "
              "sanctions.", "REQUEST", "SYR"),
             ("AMMAN, Sept 10 (Reuters) - Foreign Minister Khaled Saleh on Sunday held talks in Damascus with his Syrian "
              "counterpart Ammar Nasser about the return of Syrian refugees. Saleh urged Syria to curb smuggling.",
              "REQUEST", "JOR"),
             ("ANKARA, May 2 (AP) - Defence Minister Kemal Arslan met his Greek counterpart Nikos Petrou in Athens on "
              "Monday. Petrou accused Turkish jets of violating Greek airspace.", "ACCUSE", "GRC"))
    for text, category, state in cases:
        events = events_of(code_sentence, text, category, pub="2026-09-12T12:00:00")
        assert events and events[-1].actor[0].code == state, (text, show(code_sentence, text, "2026-09-12T12:00:00"))


def test_the_office_of_an_international_envoy_is_the_bodys(code_sentence):
    # "the UN envoy's office": the office of a titled one speaks for the office-holder, here the UN's,
    # not the state the story is about
    cases = (("Yemen's government and the Houthis swapped prisoners on Sunday. Yemen's foreign minister praised the "
              "deal. The UN envoy's office welcomed the swap and urged the parties to release all remaining detainees.",
              "SUPPORT", "UNO"),
             ("Kosovo's police raided a Serb village on Monday. Kosovo's prime minister defended the raid. The EU "
              "envoy's office condemned the raid on Tuesday.", "ACCUSE", "EUR"),
             ("Israel's army shelled Gaza City on Monday. Israel's defence minister said the strikes would go on. The "
              "UN special envoy's office called on Israel to allow fuel into Gaza.", "REQUEST", "UNO"))
    for text, category, code in cases:
        events = events_of(code_sentence, text, category)
        assert events and events[-1].actor[0].code == code, (text, show(code_sentence, text))


def test_a_name_the_tagger_split_is_one_subject(code_sentence):
    # "Government spokesman Tamás Gergely rejected": the small tagger reads the surname as an adverb
    # and the first name and title as two subjects; a name is one phrase, headed by its last word
    text = ("Hungary's parliament passed the law in December.\n\n"
            "Government spokesman Tamás Gergely rejected the Commission's concerns as \"politically motivated\" on Thursday.")
    events = events_of(code_sentence, text, "REJECT")
    assert events and events[0].actor[0].code == "HUN" and events[0].actor[0].sector == "GOV", show(code_sentence, text)


def test_legal_action_launched_against_a_party_is_an_accusation(code_sentence):
    # manual, ACCUSE: "sue or bring to court"; threatened action is no act yet
    for text, expected in (("The European Commission on Thursday launched legal action against Hungary over a law on "
                            "foreign funding.", True),
                           ("The European Commission opened infringement proceedings against Poland on Wednesday.", True),
                           ("The European Commission threatened legal action against Hungary on Thursday.", False)):
        assert bool(events_of(code_sentence, text, "ACCUSE")) == expected, (text, show(code_sentence, text))


def test_a_rescue_happens_where_the_captives_are(code_sentence):
    # manual, AID: hostage rescues are AID; troops free captives where the captives are held, so
    # country-less troops take the one state of the freed, as for an attack
    cases = (("Bandits abducted 40 villagers in Zamfara, Nigeria, on Thursday.\n\nOn Friday, troops rescued 11 of the "
              "abducted women and killed seven of the bandits in a gun battle in a nearby forest, the army said.", "NGA"),
             ("Separatists kidnapped six teachers in Cameroon's North-West region last week.\n\nSoldiers freed two "
              "civilians who had been held at the separatist camp, the army said on Sunday.", "CMR"))
    for text, state in cases:
        events = events_of(code_sentence, text, "AID")
        assert events and events[-1].actor[0].code == state, (text, show(code_sentence, text))


def test_a_reaction_to_the_incident_is_aimed_at_its_doer(code_sentence):
    # "the incident", "the use of water cannon", concern voiced "over" it: whatever the story just told,
    # by whoever did it (words.yaml GENERIC_ACT_NOUNS; condemned._disapproved_acts)
    story = ("A Chinese coast guard ship fired its water cannon at a Philippine supply boat near the Second Thomas "
             "Shoal on Saturday, injuring two crew members.\n\n")
    for reaction in ("The U.S. ambassador condemned the use of water cannon on Sunday.",
                     "Japan's embassy voiced serious concern over the incident on Sunday.",
                     "Australia's foreign minister condemned the incident on Sunday."):
        text = story + reaction
        events = events_of(code_sentence, text, "ACCUSE")
        assert events and events[-1].recipient and events[-1].recipient[0].code == "CHN", (text, show(code_sentence, text))


def test_the_words_of_a_missile_report_are_no_aid_nor_an_offer(code_sentence):
    # a missile that "flew 800 km before splashing into waters" delivers no water; "offered a different
    # account" offers nothing; and with neither, "condemned the launches" is aimed at the launcher
    text = ("North Korea fired several ballistic missiles into the sea on Thursday, South Korea's military said.\n\n"
            "The missiles flew about 800 kilometres before splashing into waters outside Japan's economic zone. "
            "Pyongyang offered a very different account.\n\n"
            "South Korea's national security adviser condemned the launches as a violation of UN resolutions.")
    events = code_sentence(text, pub="2026-05-08T12:00:00").events
    assert not [e for e in events if e.category in ("AID", "AGREE")], show(code_sentence, text)
    accusations = [e for e in events if e.category == "ACCUSE"]
    assert accusations and accusations[-1].recipient[0].code == "PRK", show(code_sentence, text)


def test_a_post_on_x_names_no_king(code_sentence):
    # a regnal number is no surname: "X" is the platform, not King Frederik X
    text = ("Chinese ships fired water cannon at a Philippine boat on Saturday.\n\nIn a post on X, United States "
            "Ambassador Margaret Ellery said Washington stands with its ally and condemned the use of water cannon.")
    assert not [e for e in code_sentence(text, pub="2026-04-06T12:00:00").entities if e.code == "DNK"], show(code_sentence, text)


def test_people_gathered_chanting_are_a_demonstration(code_sentence):
    # manual, PROTEST: "demonstrate or rally"; a crowd gathered with a demonstration's marks (chanting,
    # placards, banners) is one, fans at a stadium are not (no authority addressed, no political actor)
    text = ("A police officer shot and killed a 27-year-old man in Paterson, New Jersey on Sunday.\n\n"
            "About 150 people gathered outside Paterson police headquarters on Monday night, many holding "
            "photographs of the man and chanting his name.")
    assert events_of(code_sentence, text, "PROTEST"), show(code_sentence, text)
    text = "Hundreds of fans gathered outside the stadium on Saturday, chanting the club's name."
    assert not events_of(code_sentence, text, "PROTEST"), show(code_sentence, text)


def test_a_dateline_filed_from_two_cities_is_metadata(code_sentence):
    # Reuters files "TAIPEI/BEIJING, Oct 15 (Reuters) -": its date is the filing's, not the act's
    text = ("TAIPEI/BEIJING, Oct 15 (Reuters) - China's military sent warships and a record 134 aircraft around Taiwan "
            "on Monday in drills it said were a \"stern warning\" to separatist forces, four days after the island's "
            "President Hsu Wen-lung said in a National Day speech that the People's Republic of China had \"no right "
            "to represent Taiwan\".")
    events = events_of(code_sentence, text, "MOBILIZE", pub="2024-10-15T12:00:00")
    assert events and events[0].date == "2024-10-14", show(code_sentence, text, "2024-10-15T12:00:00")

