"""Places whose name two states share, settled by the story (cities.yaml shared).

Why: "Punjab" is India's state and Pakistan's province, "Kashmir" is divided between them. The
lexicon lists such a name once per state; a sentence alone cannot choose, but its story can:
"1,000 workers were arrested across Punjab" in a story from Islamabad that names Pakistan
throughout is Pakistan's. The name becomes the state among its readings that the story's other
names (states, places, bodies, people of the lexicon; the shared names left out) name in most
sentences; with no such evidence or a tie it keeps its first listed state. Settled before each
sentence's units are built, so every phrase the place gives its state ("militants in Kashmir")
takes the settled one.
"""
from __future__ import annotations

from collections import Counter

from .codesets import NON_STATE_CODES
from .lexicon import CITY


def _readings(lexes) -> list[str]:
    """The states a name's CITY entries place it in, in the lexicon's order."""
    codes: list[str] = []
    for lex in lexes:
        if lex.kind == CITY and lex.code and lex.code not in codes:
            codes.append(lex.code)
    return codes


def story_preference(sentences_words: list[list[str]], lx) -> dict[str, str]:
    """Shared place name (lower case) -> the state the rest of the story names in most sentences,
    for the names whose first reading that evidence overturns."""
    shared: dict[str, list[str]] = {}
    counts: Counter = Counter()
    for words in sentences_words:
        named = set()
        for _, _, lexes in lx.scan(words):
            readings = _readings(lexes)
            if len(readings) > 1:
                shared[lexes[0].name.lower()] = readings
            elif lexes[0].code and lexes[0].code not in NON_STATE_CODES:
                named.add(lexes[0].code)
        counts.update(named)
    prefer = {}
    for name, readings in shared.items():
        best = max(readings, key=lambda c: (counts[c], -readings.index(c)))
        if counts[best] > counts[readings[0]]:
            prefer[name] = best
    return prefer


def settle_atoms(atoms: list, prefer: dict[str, str]) -> None:
    """Put the story's reading first on the atoms of shared place names."""
    if not prefer:
        return
    for a in atoms:
        best = prefer.get(a.lex.name.lower()) if a.lex is not None and a.kind == CITY else None
        if best is not None:
            a.lexes = sorted(a.lexes, key=lambda lex: lex.kind != CITY or lex.code != best)
