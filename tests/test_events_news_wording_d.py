"""News-body wording (session 30, invented sentences): whom a show of force is aimed at when the
sentence tells what provoked it."""
from __future__ import annotations


def _events(code_sentence, text: str, category: str) -> list:
    return [e for e in code_sentence(text).events if e.category == category]


def _recipient_codes(events) -> set:
    return {r.code for e in events for r in e.recipient}


def test_show_of_force_is_aimed_at_who_provoked_it(code_sentence):
    cases = (
        ("Poland deployed 10,000 troops to its eastern border on Friday after Belarus flew migrants into Minsk.", "BLR"),
        ("Greece put its navy on high alert after a Turkish survey ship entered disputed waters.", "TUR"),
        ("Japan deployed missile interceptors after North Korea fired a ballistic missile over Hokkaido.", "PRK"),
        ("Taiwan scrambled jets on Monday, citing incursions by Chinese military aircraft.", "CHN"),
        # the clause hangs on the closing speech verb in the parse
        ("Armenia ordered a general call-up of reservists on Sunday, hours after heavy clashes broke out "
         "with Azerbaijani forces, the defence ministry said.", "AZE"),
    )
    for text, provoker in cases:
        events = _events(code_sentence, text, "MOBILIZE")
        assert events and provoker in _recipient_codes(events), (text, [(e.recipient, e.rule) for e in events])


def test_no_provoker_of_the_same_state_or_none_named(code_sentence):
    # the provoking clause names only the actor's own people: no foreign target is made up
    events = _events(code_sentence, "Kenya deployed police to Nairobi after Kenyan protesters burned tyres in the city centre.", "MOBILIZE")
    assert events and _recipient_codes(events) <= {"KEN"}, [e.recipient for e in events]

