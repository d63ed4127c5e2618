"""A match result whose attacker is unidentified (filled from the venue) is play, not an ASSAULT."""
import pytest
from whimbrel.pipeline import Pipeline
from whimbrel.model import Document


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text", [
    "Arsenal beat Chelsea 3-1 at the Emirates on Saturday.",
    "Celtic thrashed Hibernian 4-0 at Parkhead on Sunday.",
    "Wolves beat Fulham 2-0 at Molineux on Saturday.",
])
def test_scoreline_at_venue_not_assault(pipe, text):
    d = Document(id="t", origin="t", raw=text, kind="clean")
    out = list(pipe.run([d]))[0]
    assert not [e for e in (out.events or []) if e.category == "ASSAULT"]
