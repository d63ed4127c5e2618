"""A state's name on a coach, a tournament's organisers or a firm is that body acting, not the state
(discard.non_state_body); the state itself, its ministers and its state firms still act."""
import pytest
from whimbrel.pipeline import Pipeline
from whimbrel.model import Document


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _events(pipe, text):
    d = Document(id="t", origin="t", raw=text, kind="clean")
    return list(pipe.run([d]))[0].events or []


@pytest.mark.parametrize("text", [
    "The Ukraine coach praised his players after the 1-1 draw with England at Wembley.",
    "The Australian Open organisers rejected the player's appeal against his disqualification.",
    "The French Open organisers rejected the seed's request for a later start.",
])
def test_body_named_after_state_is_no_event(pipe, text):
    assert _events(pipe, text) == []


@pytest.mark.parametrize("text", [
    "Iran's foreign minister praised Saudi Arabia for restoring ties.",
    "The Chinese state firm rejected the bid.",
])
def test_state_actors_still_act(pipe, text):
    assert _events(pipe, text)
