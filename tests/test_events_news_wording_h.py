"""News-body wording (session 34, invented stories): joint parties open to talks with a third, and
words that only look like an act."""
from __future__ import annotations

from conftest import events_of, show


def test_joint_parties_open_to_talks_with_a_third_address_the_third(code_sentence):
    # "open to talks with X": X is the other side of the meeting asked for, not one of the joint actors
    cases = (("French and British officials said on Monday they remained open to talks with Iran.", {"FRA", "GBR"}, {"IRN"}),
             ("Kenya and Uganda said on Monday they were open to negotiations with South Sudan.", {"KEN", "UGA"}, {"SSD"}),
             ("Egypt and Jordan are open to dialogue with Israel, their foreign ministers said on Monday.",
              {"EGY", "JOR"}, {"ISR"}))
    for text, actors, recipients in cases:
        events = events_of(code_sentence, text, "AGREE")
        assert events and {a.code for a in events[0].actor} == actors and {r.code for r in events[0].recipient} == recipients, (
            text, show(code_sentence, text))


def test_a_schedule_is_no_arson(code_sentence):
    # "was set to begin": a plan, whatever fire the rest of the sentence tells of
    for text in ("The utility was set to begin shutting off power on Wednesday to homes in California as the region faces fire weather.",
                 "Crews were set to start clearing roads in Oregon on Monday as the state faces more fire risk.",
                 "The power company is set to restore service in Texas on Friday as the fire danger eases."):
        assert not events_of(code_sentence, text, "ASSAULT"), (text, show(code_sentence, text))
