"""Only political events are output: a political party, a political act, or parties of two states."""
from whimbrel.events.political import is_political
from whimbrel.model import Entity, Event


def test_business_among_companies_is_not_an_event():
    assert not is_political(Event("AGREE", actor=[Entity("MNC", "BUS", "Amazon")]))
    assert not is_political(Event("REQUEST", actor=[Entity("GBR", "MED", "doctors")]))
    assert not is_political(Event("CONSULT", actor=[Entity("USA", "BUS")], recipient=[Entity("USA", "CVL")]))


def test_a_political_party_makes_it_an_event():
    assert is_political(Event("ACCUSE", actor=[Entity("USA", "GOV")], recipient=[Entity("USA", "BUS")]))
    assert is_political(Event("REQUEST", actor=[Entity("USA", "CVL")], recipient=[Entity("USA", "LEG")]))
    assert is_political(Event("AGREE", actor=[Entity("UNO", "SOC")]))
    assert is_political(Event("AGREE", actor=[Entity("USA", None, "someone")]))  # unknown sector: kept


def test_political_acts_and_international_dealings_whoever_acts():
    assert is_political(Event("PROTEST", actor=[Entity("USA", "EDU", "teachers")]))
    assert is_political(Event("ASSAULT", actor=[Entity("USA", "CRM", "a gunman")]))
    assert is_political(Event("AID", actor=[Entity("USA", "MED")], recipient=[Entity("IRQ", "EDU")]))
    assert not is_political(Event("AGREE", actor=[Entity("ARE", "BUS")], recipient=[Entity("MNC", "BUS")]))


def test_a_plea_is_addressed_to_a_court_whoever_makes_it():
    assert is_political(Event("CONCEDE", actor=[Entity("USA", "CVL", "a man")], event_text=["pleaded"]))
    assert not is_political(Event("CONCEDE", actor=[Entity("USA", "CVL", "a man")], event_text=["apologized"]))


def test_a_guessed_recipient_does_not_make_an_event_political():
    guessed = Entity("USA", None, "", why="guessed recipient: domestic REQUEST")
    assert not is_political(Event("REQUEST", actor=[Entity("USA", "MED", "doctors")], recipient=[guessed]))
    assert is_political(Event("REQUEST", actor=[Entity("USA", "LEG", "senators")], recipient=[guessed]))


def test_complaints_and_demands_with_no_target_are_guessed_to_aim_at_home(code_sentence):
    doc = code_sentence("Bolivian lawmakers threatened to block the budget on Monday.")
    threats = [e for e in doc.events if e.category == "THREATEN"]
    assert threats and [(r.code, r.sector) for r in threats[0].recipient] == [(threats[0].actor[0].code, None)]
    assert threats[0].recipient[0].why.startswith("guessed recipient")
    # a target the text names wins over the guess
    doc = code_sentence("Kenyan lawmakers accused Uganda of meddling on Monday.")
    accusations = [e for e in doc.events if e.category == "ACCUSE"]
    assert accusations and [r.code for r in accusations[0].recipient] == ["UGA"]
    # a private party's demand stays private: the guess does not make it political
    doc = code_sentence("Doctors in Ohio asked patients to stay home on Monday.")
    assert not [e for e in doc.events if e.category == "REQUEST"]


def test_force_and_threats_among_firms_are_competition():
    """political.yaml firm_sectors: "Samsung fought back against Apple" is no attack; a firm's act
    on a political party, or a person's violence, stays political."""
    assert not is_political(Event("ASSAULT", actor=[Entity("MNC", "BUS", "Samsung")]))
    assert not is_political(Event("THREATEN", actor=[Entity("USA", "BUS", "Walmart")],
                                  recipient=[Entity("USA", "BUS", "rivals")]))
    assert is_political(Event("COERCE", actor=[Entity("USA", "BUS")], recipient=[Entity("USA", "LAB", "workers")]))
    assert is_political(Event("ASSAULT", actor=[Entity("USA", "BUS")], recipient=[Entity("USA", "GOV")]))


def test_a_firm_fighting_back_against_a_rival_is_not_coded(code_sentence):
    assert not code_sentence("Samsung fought back against Apple with its new Galaxy Note 10 phone.").events


def test_a_doer_placed_nowhere_makes_no_event(code_sentence):
    """political.placed_actor: a person the story never places (no state named anywhere) passed on
    as the doer through speech ("X said he supported Y") cannot make a dyad; a placed one can, and
    a reciprocal act needs a placed party on either side."""
    from whimbrel.events.political import placed_actor
    doc = code_sentence("Owner Jerry Jones said he supported coach Jason Garrett but demanded better results.")
    assert not doc.events
    doc = code_sentence("Kenyan opposition leader Raila Odinga said he supported the protesters.")
    assert [e.actor[0].code for e in doc.events if e.category == "SUPPORT"] == ["KEN"]
    nobody = Entity(None, None, "Jerry Jones")
    assert not placed_actor(Event("SUPPORT", actor=[nobody], recipient=[Entity("USA", "GOV")]))
    assert placed_actor(Event("CONSULT", actor=[nobody], recipient=[Entity("USA", "GOV")], reciprocal=True))
