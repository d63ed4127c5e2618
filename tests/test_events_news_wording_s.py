"""News-body wording (session 45, found on the invented-story corpus's train and dev splits): a demand
joined by "and" to a charge against a named party. The sentences are written for these tests."""
from __future__ import annotations

from conftest import events_of, show


def test_a_demand_joined_to_a_charge_is_addressed_to_the_accused(code_sentence):
    text = ("Canada's foreign minister accused Nicaraguan authorities of jailing critics and demanded "
            "consular visits for detained nationals.")
    events = events_of(code_sentence, text, "REQUEST")
    assert events and {r.code for r in events[0].recipient} == {"NIC"}, show(code_sentence, text)


def test_a_warning_joined_to_praise_keeps_no_borrowed_target(code_sentence):
    text = ("The UN refugee chief praised Chad for hosting refugees and warned that funding would run out "
            "by June.")
    events = events_of(code_sentence, text, "THREATEN")
    assert not any({r.code for r in e.recipient} == {"TCD"} for e in events), show(code_sentence, text)


def test_a_demand_with_its_own_subject_is_not_joined(code_sentence):
    text = ("Canada's foreign minister accused Venezuelan authorities of persecuting the opposition, and Venezuelan "
            "students demanded the release of their classmates.")
    events = [e for e in events_of(code_sentence, text, "REQUEST") if e.actor and e.actor[0].code == "VEN"]
    assert not any("CAN" in {r.code for r in e.recipient} for e in events), show(code_sentence, text)


def test_calling_on_a_party_to_review_something_asks_it(code_sentence):
    text = "Kenya's foreign minister called on Uganda to review its new border levies."
    events = events_of(code_sentence, text, "REQUEST")
    assert events and {r.code for r in events[0].recipient} == {"UGA"}, show(code_sentence, text)
    assert not events_of(code_sentence, text, "CONSULT"), show(code_sentence, text)


def test_an_infinitive_the_parser_cuts_off_still_asks():
    """triggers._infinitive_after_object: the "to"-verb right after "called on X" is what is asked,
    wherever the parser hangs it."""
    import spacy

    from whimbrel.events.triggers import _infinitive_after_object

    nlp = spacy.blank("en")
    doc = nlp("She called on them to strictly observe it")
    heads = [1, 1, 1, 2, 6, 6, 1, 6]
    deps = ["nsubj", "ROOT", "prep", "pobj", "aux", "advmod", "advcl", "dobj"]
    tags = ["PRP", "VBD", "IN", "PRP", "TO", "RB", "VB", "PRP"]
    pos = ["PRON", "VERB", "ADP", "PRON", "PART", "ADV", "VERB", "PRON"]
    for t, h, d, tg, p in zip(doc, heads, deps, tags, pos):
        t.head, t.dep_, t.tag_, t.pos_ = doc[h], d, tg, p
    assert [t.text for t in _infinitive_after_object(doc[1])] == ["observe"]


TWO_STATE_STORY = ("Polish border guards stopped a Belarusian lorry in Terespol on Monday, Polish officials said. "
                   "The lorry carried drone parts, according to Poland's customs service. "
                   "Belarus's embassy in Warsaw called the seizure a provocation. "
                   "Belarusian officials in Minsk denied any role. ")


def test_an_unplaced_official_facing_one_side_of_a_two_state_story_is_the_other(code_sentence):
    text = TWO_STATE_STORY + "The interior minister accused Minsk of running smuggling networks."
    events = [e for e in events_of(code_sentence, text, "ACCUSE") if {r.code for r in e.recipient} == {"BLR"}]
    assert events and events[0].actor[0].code == "POL", show(code_sentence, text)


def test_the_other_side_needs_a_two_state_story_and_one_state_faced():
    from collections import Counter

    from whimbrel.actors.story_counts import other_side

    two = Counter({"RUS": 4, "DEU": 3})
    assert other_side(two, {"RUS"}) == "DEU" and other_side(two, {"DEU"}) == "RUS"
    assert other_side(two, {"RUS", "DEU"}) is None  # both faced: no side
    assert other_side(Counter({"RUS": 4, "DEU": 3, "UKR": 2}), {"RUS"}) is None  # a third state in play
    assert other_side(Counter({"RUS": 4, "DEU": 1}), {"RUS"}) is None  # the second named once
    assert other_side(two, {"FRA"}) is None  # facing neither side


def test_they_takes_up_states_joined_as_the_subject_before(code_sentence):
    text = "Japan, South Korea and Australia condemned the missile launch. They urged North Korea to resume dialogue."
    events = events_of(code_sentence, text, "REQUEST")
    assert events and {a.code for a in events[0].actor} == {"JPN", "KOR", "AUS"}, show(code_sentence, text)
    assert {r.code for r in events[0].recipient} == {"PRK"}, show(code_sentence, text)


MALAWI_STORY = ("Malawi's finance minister said on Monday that the drought had cut the maize harvest by half. "
                "Malawian officials said food prices in Lilongwe had doubled since March. ")


def test_a_lenders_grant_with_no_recipient_goes_to_the_storys_state(code_sentence):
    text = MALAWI_STORY + "On Thursday the World Bank approved a $90 million loan for irrigation schemes."
    events = events_of(code_sentence, text, "AID")
    assert events and {r.code for r in events[0].recipient} == {"MWI"}, show(code_sentence, text)


def test_a_charitys_gift_is_not_guessed_to_be_for_the_storys_state(code_sentence):
    text = MALAWI_STORY + "The Norwegian Refugee Council gave $2 million on Tuesday."
    events = [e for e in events_of(code_sentence, text, "AID") if any("story's state" in (r.why or "") for r in e.recipient)]
    assert not events, show(code_sentence, text)


def test_him_acted_on_takes_up_the_titled_person_named_just_before(code_sentence):
    text = ("Estonia expelled a Belarusian consul on Monday. Estonia's interior ministry accused him of recruiting "
            "informants among lorry drivers.")
    events = events_of(code_sentence, text, "ACCUSE")
    assert events and {r.code for r in events[0].recipient} == {"BLR"}, show(code_sentence, text)


def test_a_quoted_verb_tagged_a_plural_noun_is_a_verb(code_sentence, nlp):
    """parse_repair.plural_noun_as_verb: quotation marks around "fully backs" make the tagger read a
    plural noun; with a subject and an object it can only be a verb."""
    text = "Speaking in Rome, the Italian minister told reporters that Italy \"fully backs\" Tunisia's reform plan."
    backs = next(t for t in nlp(text) if t.lower_ == "backs")
    assert backs.tag_ == "VBZ" and backs.lemma_ == "back"
    events = events_of(code_sentence, text, "SUPPORT")
    assert events and {r.code for r in events[0].recipient} == {"TUN"}, show(code_sentence, text)
