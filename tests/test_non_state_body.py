"""A state's name on a coach, a tournament's organisers or a club is that body acting, not the state
(discard.non_state_body); the state itself, its ministers and its state firms still act. A match
result whose attacker is unidentified (filled in from the venue) is play (discard.sports_contest)."""
import pytest


@pytest.mark.parametrize("text", [
    "The Ukraine coach praised his players after the 1-1 draw with England at Wembley.",
    "The Australian Open organisers rejected the player's appeal against his disqualification.",
    "The French Open organisers rejected the seed's request for a later start.",
])
def test_body_named_after_state_is_no_event(code_sentence, text):
    assert code_sentence(text).events == []


@pytest.mark.parametrize("text", [
    "Iran's foreign minister praised Saudi Arabia for restoring ties.",
    "The Chinese state firm rejected the bid.",
])
def test_state_actors_still_act(code_sentence, text):
    assert code_sentence(text).events


@pytest.mark.parametrize("text", [
    "Arsenal beat Chelsea 3-1 at the Emirates on Saturday.",
    "Celtic thrashed Hibernian 4-0 at Parkhead on Sunday.",
    "Wolves beat Fulham 2-0 at Molineux on Saturday.",
    # basketball scores run to three digits
    "The Golden State Warriors beat the Houston Rockets 112-104 on Monday night.",
])
def test_scoreline_at_venue_not_assault(code_sentence, text):
    assert not [e for e in code_sentence(text).events if e.category == "ASSAULT"]


def test_an_umpire_attacked_is_play(code_sentence):
    """discard.yaml sports_contest cue words: a player who "attacked the umpire" is in a sentence about
    play; gunmen attacking a police station are not."""
    assert code_sentence("Russia's Daniil Medvedev attacked the umpire after losing the second set in Miami.").events == []
    assert [e.category for e in code_sentence("Gunmen attacked a police station in Kaduna on Monday.").events] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    # a sport's name beside the body (discard.yaml non_state_body sports)
    "The England rugby team arrived in Tokyo on Sunday ahead of the final.",
    "The French rugby federation banned a player for five weeks for biting an opponent.",
    # fans marching to celebrate are no protesters (words.yaml roles NON_PROTEST_CROWDS)
    "Thousands of fans marched through central Milan to celebrate the club's title.",
])
def test_sport_sides_bodies_and_fans_are_no_event(code_sentence, text):
    assert code_sentence(text).events == []


def test_a_nationals_team_of_negotiators_and_a_march_of_thousands_still_count(code_sentence):
    assert [e.category for e in code_sentence("The Iranian negotiating team arrived in Vienna on Sunday.").events] == ["CONSULT"]
    assert [e.category for e in code_sentence("Thousands of people marched through central Milan against the reform.").events] == ["PROTEST"]
