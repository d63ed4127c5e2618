"""Names across a story (session 14): a title or form of address is no part of a full name
(story._is_title), "they" takes up two people named with "and" in the sentence before, which is
parsed for its names (discard._parse_antecedents, fill_actor._groups), and a role said of a person
in a relative clause is an apposition (links._copular_relative), and an office the knowledge
base lists as a holder titles the name written after it (mentions._office_before_name), as a role of a body does
(links._role_of_body)."""
from __future__ import annotations


def _dyads(doc):
    return [(e.category, [(a.code, a.sector) for a in e.actor], [(r.code, r.sector) for r in e.recipient])
            for e in doc.events]


def test_a_title_before_a_surname_is_no_other_persons_first_name(code_sentence):
    """"Chancellor Merkel", "President Putin", "Mr. Trump": before, the run was taken for the full name
    of another person with that surname, and the knowledge base's office holder was undone (no sector)."""
    assert _dyads(code_sentence("Chancellor Merkel criticised President Putin on Monday.", pub="2019-11-20T12:00:00")) == \
        [("ACCUSE", [("DEU", "GOV")], [("RUS", "GOV")])]
    got = _dyads(code_sentence("US lawmakers met on Monday. Senator Warren criticised Mr. Trump.", pub="2019-11-20T12:00:00"))
    assert ("ACCUSE", [("USA", "LEG")], [("USA", "GOV")]) in got


def test_a_nationality_before_the_title_is_no_first_name_either(code_sentence):
    """"Russian President Putin", "Former Kenyan President Kenyatta": the run before the title was
    taken for another person's full name, so the knowledge base's office holder was undone: no
    sector, the nationality and the surname coded as two actors, or the event dropped."""
    got = _dyads(code_sentence("German Chancellor Merkel criticised Russian President Putin on Monday.",
                               pub="2019-11-20T12:00:00"))
    assert got == [("ACCUSE", [("DEU", "GOV")], [("RUS", "GOV")])]


def test_they_takes_up_two_people_named_in_the_sentence_before(code_sentence):
    """The sentence naming them holds no trigger word; it is parsed because the next one opens with
    "They", and the two senators joined by "and" are the group "they" refers to."""
    doc = code_sentence("Kenyan lawmakers debated the bill on Monday. The post drew the attention of Senator "
                        "Moses Wetangula and Senator Kipchumba Murkomen. They criticised the Safaricom company.")
    assert _dyads(doc) == [("ACCUSE", [("KEN", "LEG"), ("KEN", "LEG")], [("KEN", "BUS")])]


def test_a_role_in_a_relative_clause_is_the_persons_role(code_sentence):
    """"X, who is the foreign minister of Kenya" places X as "X, the foreign minister of Kenya" does."""
    doc = code_sentence("In a letter to Kevin Smith, who is the foreign minister of Kenya, the doctors asked for help.")
    assert [r for _, _, r in _dyads(doc)] == [[("KEN", "GOV")]]


def test_an_office_the_knowledge_base_lists_titles_the_name_after_it(code_sentence):
    """mentions._office_before_name: PETRARCH2 lists offices as holders ("Homeland Security
    Secretary": USA GOV); before a name the knowledge base lacks, the office is its title. Before,
    the person had no state and no sector, and the event was dropped."""
    doc = code_sentence("President Trump criticised Congress on Monday. Acting Homeland Security Secretary "
                        "Jane Roe condemned the attack on the border agents.", pub="2019-11-20T12:00:00")
    # the border agents attacked are police (sectors.yaml COP, session 28)
    assert ("ACCUSE", [("USA", "GOV")], [("USA", "COP")]) in _dyads(doc)


def test_a_role_of_a_body_places_the_person_who_holds_it(code_sentence):
    """links._role_of_body: "X, the director of <agency>" acts for the agency (its state and sector);
    "X, who was the acting head of the Department of ..." (an unlisted official body) is GOV of the
    story's state. Before, both were civilians (CVL)."""
    doc = code_sentence("President Trump criticised Congress on Monday. Jane Roe, the director of the Federal "
                        "Bureau of Investigation, condemned the attack.", pub="2019-11-20T12:00:00")
    assert ("USA", "COP") in [a for e in _dyads(doc) if e[0] == "ACCUSE" for a in e[1] if a != ("USA", "GOV")]
    doc = code_sentence("US lawmakers criticised the White House on Monday. American officials said the plan had "
                        "failed. In a letter to John Doe, who was the acting head of the Department of Homeland "
                        "Security, doctors in Texas asked for help.", pub="2019-11-20T12:00:00")
    assert ("REQUEST", [("USA", "MED")], [("USA", "GOV")]) in _dyads(doc)


def test_officials_of_a_local_story_take_the_one_state_it_names(code_sentence):
    """context.story_sole (session 23): a local story names its country once and its officials by
    title only; they take that state (before: no state, and the event was dropped). A foreign
    minister faces out, and a lone sentence has no story to name its country."""
    got = _dyads(code_sentence("Nurses across Ghana went on strike on Monday. Health Minister Kwame Asante "
                               "threatened to sack striking nurses."))
    assert ("THREATEN", [("GHA", "GOV")], [("GHA", "MED")]) in got
    got = _dyads(code_sentence("Nurses across Ghana went on strike on Monday. Foreign Minister Kwame Asante "
                               "threatened to sack striking nurses."))
    assert "THREATEN" not in [c for c, _, _ in got]
    assert _dyads(code_sentence("Health Minister Kwame Asante threatened to sack nurses.")) == []


def test_a_place_name_two_states_share_is_the_story_s(code_sentence):
    """shared_places (cities.yaml shared): "Punjab" and "Kashmir" are India's and Pakistan's; the
    story's other names settle which, and with no evidence the first listed (India) stays."""
    def dyads(text):
        return [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in code_sentence(text).events]
    assert (["PAK"], ["PAK"]) in dyads("Pakistani police detained hundreds of supporters of Imran Khan on Sunday. "
                                       "More than 1,000 party workers had been arrested across Punjab since Friday.")
    assert dyads("Pakistan's army said its troops killed five militants in Kashmir. India accused Pakistan of "
                 "sending fighters across the Line of Control.")[0] == (["PAK"], ["PAK"])
    assert dyads("Police arrested 40 farmers in Punjab on Monday.") == [(["IND"], ["IND"])]
