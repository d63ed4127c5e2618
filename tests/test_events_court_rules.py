"""Court and police stories (session 14): who did the act a party is convicted of, arrested for or
pleads guilty to (subjects._charged_object), that the act pleaded to is coded in its own right and
its victim is not the one the plea yields to (triggers/ `admission`), and that the day of the
conviction or arrest does not date the earlier act (when.resolve._charge_complement); and who
criticises a party that faces criticism no one is named for (fill_actor.actor_public_critics);
the passive of object control ("were forced to release"): subjects._climb_subject; borders and
missions closed (triggers/ close/shut/seal); an act noun in an as-clause is the frame."""
from __future__ import annotations

import pytest


def _events(doc):
    return [(e.category, [a.code for a in e.actor], [r.code for r in e.recipient], e.date) for e in doc.events]


def test_the_convicted_or_arrested_party_did_the_act_charged(code_sentence):
    """Object control: "arrested two men for attacking", "convicted a man of attacking" (the parser
    hangs this "of" on the object noun). Before: the police and the court were the attackers."""
    acts = [e for e in _events(code_sentence(
        "Kenyan police on Tuesday arrested two Somali men for attacking a police station.")) if e[0] == "ASSAULT"]
    assert [(a, r) for _, a, r, _ in acts] == [(["SOM"], ["KEN"])]
    acts = [e for e in _events(code_sentence(
        "A Kenyan court on Tuesday convicted a Somali man of attacking a police station.")) if e[0] == "ASSAULT"]
    assert [(a, r) for _, a, r, _ in acts] == [(["SOM"], ["KEN"])]


def test_a_passive_arrest_keeps_its_subject(code_sentence):
    """No object, no object control: "was arrested for attacking" leaves the passive subject's act."""
    acts = [e for e in _events(code_sentence(
        "A Somali man was arrested on Tuesday for attacking a Kenyan police station.")) if e[0] == "ASSAULT"]
    assert all(a != ["KEN"] for _, a, _, _ in acts)


def test_the_act_pleaded_to_is_coded_and_dated_by_its_own_clause(code_sentence):
    """A guilty plea (CONCEDE) owns up to an act: the threat is coded with the pleader as actor,
    dated by its own "in March", not by the plea's "on Tuesday"; the threatened diplomat is not the
    plea's recipient."""
    got = _events(code_sentence(
        "A Texas man pleaded guilty on Tuesday to threatening to kill a Kenyan diplomat in March.",
        pub="2019-11-20T12:00:00"))
    assert ("THREATEN", ["USA"], ["KEN"], "2019-03") in got
    plea = [e for e in got if e[0] == "CONCEDE"]
    assert plea and all("KEN" not in r for _, _, r, _ in plea)
    assert plea[0][3] == "2019-11-19"


def test_the_day_of_an_arrest_does_not_date_the_act_charged(code_sentence):
    """"arrested on Tuesday ... for attacking ... in June": the attack is June's."""
    got = _events(code_sentence(
        "Kenyan police on Tuesday arrested two Somali men for attacking a police station in June.",
        pub="2019-11-20T12:00:00"))
    assert ("ASSAULT", ["SOM"], ["KEN"], "2019-06") in got
    assert ("COERCE", ["KEN"], ["SOM"], "2019-11-19") in got


def test_criticism_a_party_faces_comes_from_its_own_public(code_sentence):
    """fill_actor.actor_public_critics: "X drew criticism", "X faced a backlash" with no critic named
    is ACCUSE by X's own public (CVL) against X; not charges a party faces, and not when the critics
    are named ("from Somalia": left to the parse)."""
    def dyads(text):
        return [(e.category, [(a.code, a.sector) for a in e.actor], [r.code for r in e.recipient])
                for e in code_sentence(text).events]
    assert dyads("Brazil's president drew sharp criticism over the fires.") == \
        [("ACCUSE", [("BRA", "CVL")], ["BRA"])]
    assert dyads("Kenya's president faced a backlash.") == [("ACCUSE", [("KEN", "CVL")], ["KEN"])]
    assert all(("KEN", "CVL") not in a for _, a, _ in dyads("Kenya's president faced criticism from Somalia."))
    assert all(("KEN", "CVL") not in a for _, a, _ in dyads("The Kenyan president faced charges of corruption."))


def test_declining_to_comment_is_no_event(code_sentence):
    """PLOVER drops CAMEO's comment categories (manual; CAMEO 011 "Decline comment"): "declined to
    comment", "refused to comment" and "a request for comment" (a reporter's) are no events; a
    refusal of a demand still is (REJECT)."""
    for text in ("The Kremlin declined to comment on the sanctions.",
                 "The Pentagon refused to comment on the report.",
                 "Russia's embassy did not respond to a request for comment."):
        assert [e.category for e in code_sentence(text).events] == [], text
    assert [e.category for e in code_sentence("Iran refused the demand of the United States.").events] == ["REJECT"]


def test_the_passive_of_object_control_keeps_the_doer(code_sentence):
    """subjects._climb_subject: "X were forced to release Y" is X's release of Y, as "forced X to
    release Y" is (before: no actor, X the recipient, nothing coded). Timetable verbs ("X is set to
    sign") are left out."""
    got = [(e.category, [a.code for a in e.actor], [r.code for r in e.recipient])
           for e in code_sentence("Somali rebels were forced to release two Kenyan hostages.").events]
    assert got == [("RETREAT", ["SOM"], ["KEN"])]


def test_closing_borders_missions_and_crossings(code_sentence):
    """triggers/ close/shut/seal, from the CAMEO verb dictionary's patterns: a border or airspace
    closed restricts movement (COERCE 172), an embassy closed reduces relations (SANCTION 161); a
    factory closed is no event."""
    def cats(text):
        return [(e.category, e.cameo) for e in code_sentence(text).events]
    assert cats("Kenya closed its border with Somalia on Monday.") == [("COERCE", "172")]
    assert cats("Turkey sealed off its border with Syria.") == [("COERCE", "172")]
    assert cats("Saudi Arabia closed its embassy in Damascus.") == [("SANCTION", "161")]
    assert cats("The company closed its factory in Ohio.") == []


def test_an_act_noun_in_an_as_clause_is_the_frame(code_sentence):
    """find._subordinate_background with coder.yaml frame_marks: "as clashes continued" is the scene
    of the announcement, as "since the war began" is; a verb's own as-clause is news ("fired tear gas
    as protesters marched": both coded)."""
    doc = code_sentence("Kenya said it would send more police to Mombasa as clashes continued there between "
                        "rival gangs and Kenyan security forces.")
    assert "ASSAULT" not in [e.category for e in doc.events]
    doc = code_sentence("Kenyan police fired tear gas as protesters marched on parliament in Nairobi.")
    assert sorted(e.category for e in doc.events) == ["ASSAULT", "PROTEST"]


def test_a_court_finding_a_measure_unconstitutional_convicts_the_government(code_sentence):
    """triggers/ SANCTION rule/declare/annul (key `by: [JUD]`; manual, SANCTION convict: "find an
    entity or behavior guilty, unconstitutional, or liable in a court of law"): aimed at the
    authorities of the court's state (condemned.recipient_measure_author). The same words said by
    a party convict no one, and "ruled out" stays a refusal."""
    doc = code_sentence("Zambia's High Court declared the new security law unconstitutional on Friday.")
    assert [(e.category, e.mode, [r.code for r in e.recipient], [r.sector for r in e.recipient]) for e in doc.events] == [
        ("SANCTION", ["convict"], ["ZMB"], ["GOV"])]
    doc = code_sentence("Malawi's constitutional court annulled the results of the presidential election.")
    assert [(e.category, e.mode) for e in doc.events] == [("SANCTION", ["convict"])]
    assert not [e for e in code_sentence("Zambian opposition lawmakers declared the vote illegal.").events
                if e.category == "SANCTION"]
    assert [e.category for e in code_sentence("Zambia's president ruled out new elections.").events] == ["REJECT"]


def test_a_court_convicts_people_of_its_own_state_and_the_act_s_date_is_not_the_conviction_s(code_sentence):
    """coder.yaml stateless_victims judged_by: a person a court convicts whom the text places nowhere
    is under its jurisdiction (the event was dropped for want of a recipient); when.resolve._in_charge:
    "convicted X of abusing children in the 1990s" dates the abuse, not the conviction."""
    doc = code_sentence("A Lusaka court on Tuesday convicted a former minister of taking bribes in 2008.", "2019-11-20")
    assert [(e.category, [r.code for r in e.recipient], e.date) for e in doc.events] == [("SANCTION", ["ZMB"], "2019-11-19")]
    doc = code_sentence("A Zambian court convicted a former surgeon of sexually abusing four children in the 1990s.", "2019-11-20")
    assert [e.category for e in doc.events] == ["SANCTION"] and doc.events[0].date.startswith("2019")


@pytest.mark.parametrize("text, state, target", [
    ("The impeachment proceedings against President Dilma Rousseff began in December.",
     "BRA", "President Dilma Rousseff"),
    ("The ambassador testified on Friday in the impeachment inquiry into President Donald Trump.",
     "USA", "President Donald Trump"),
    ("The impeachment of President Park Geun-hye was upheld on Friday.", "KOR", "President Park Geun-hye"),
])
def test_impeachment_names_the_legislature_as_its_doer(code_sentence, text, state, target):
    """implied_actors.yaml noun_doers: impeachment is a legislature's act wherever it exists, so an
    impeachment with no doer named is the impeached one's state's legislature's, the one impeached
    found on the noun it modifies too ("inquiry into", "proceedings against"). One who testifies in
    the inquiry takes part in it, and does not impeach."""
    got = [([(a.code, a.sector) for a in e.actor], [r.entity_text for r in e.recipient])
           for e in code_sentence(text).events if e.category == "ACCUSE"]
    assert ([(state, "LEG")], [target]) in got, got


@pytest.mark.parametrize("story, held", [
    ("Nigerian police fired tear gas at protesters in Abuja on Monday. The journalist was detained in August "
     "after calling for nationwide protests against President Muhammadu Buhari.", ("NGA", "JRN")),
    ("Kenyan police dispersed a march in Nairobi on Monday. Two activists were arrested on Tuesday after "
     "criticising President William Ruto.", ("KEN", "CVL")),
    ("Zimbabwe's police banned a rally in Harare on Friday. Police arrested three students who had planned "
     "a march against President Emmerson Mnangagwa.", ("ZWE", "EDU")),
])
def test_people_an_authority_holds_are_of_its_state(code_sentence, story, held):
    """fill_recipient.recipient_held_people: people a state's authority arrests whom the text places
    nowhere are of that state, before another entity of the phrase (the president they opposed)."""
    got = [(r.code, r.sector) for e in code_sentence(story).events if e.category == "COERCE" for r in e.recipient]
    assert held in got and ("NGA", "GOV") not in got and ("KEN", "GOV") not in got and ("ZWE", "GOV") not in got, got


@pytest.mark.parametrize("text, state", [
    ("In 2003, Chinese authorities were accused of concealing the true extent of the outbreak.", "CHN"),
    ("Kenyan police have been accused of killing protesters in Nairobi.", "KEN"),
    ("Nigeria's army has been blamed for the deaths of civilians in Borno state.", "NGA"),
])
def test_unnamed_accusers_are_no_court(code_sentence, text, state):
    """implied_actors.yaml said_by_unnamed: an agentless "was accused of" or "was blamed for" with no
    source quoted implies no court (as "was charged" does): the accusers are unnamed (UNK) ones of
    the place or story."""
    got = [(a.code, a.sector) for e in code_sentence(text).events if e.category == "ACCUSE" for a in e.actor]
    assert (state, "UNK") in got and all(s != "JUD" for _, s in got), got


def test_a_lawsuit_implies_no_court_as_its_filer(code_sentence):
    """implied_actors.yaml not_implied: "was sued by a former assistant" is a party's act; the court
    is not its doer (as it is of "was charged")."""
    doc = code_sentence("The Oscar-winning director was sued by a former assistant in Los Angeles on Monday.")
    assert not [a for e in doc.events for a in e.actor if a.sector == "JUD"], [(e.category, e.event_text) for e in doc.events]


def test_a_court_overturning_a_measure_rules_against_its_author(code_sentence):
    """triggers/sanction.yaml overturn (SANCTION convict, by JUD): a constitutional council
    (sectors.yaml JUD) overturning a president's decision rules against him; jets striking a
    building keep their attack."""
    doc = code_sentence("Senegal's Constitutional Council overturned President Macky Sall's decision to postpone "
                        "the election.")
    assert [(e.category, [a.sector for a in e.actor], [r.code for r in e.recipient]) for e in doc.events] == \
        [("SANCTION", ["JUD"], ["SEN"])]
    assert [e.category for e in code_sentence("Israeli jets struck down a building in Gaza.").events] == ["ASSAULT"]


def test_a_conviction_undone_is_no_conviction(code_sentence):
    """retype._undone_finding (words.yaml UNDOING_VERBS): a court overturning, quashing or setting
    aside a conviction convicts no one; one upholding it or sentencing still does."""
    for text in ("Pakistan's Supreme Court overturned the conviction of former Prime Minister Imran Khan.",
                 "Kenya's Court of Appeal set aside the conviction of the activist."):
        assert "SANCTION" not in [e.category for e in code_sentence(text).events], text
    assert "SANCTION" in [e.category for e in code_sentence("A Kenyan court upheld the conviction of the activist.").events]
