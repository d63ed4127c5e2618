"""Places whose name two states share, settled by the story (cities.yaml shared).

Why: "Punjab" is India's state and Pakistan's province, "Kashmir" is divided between them. The
lexicon lists such a name once per state; a sentence alone cannot choose, but its story can:
"1,000 workers were arrested across Punjab" in a story from Islamabad that names Pakistan
throughout is Pakistan's. The name becomes the state among its readings that the story's other
names (states, places, bodies, people of the lexicon; the shared names left out) name in most
sentences; with no such evidence or a tie it keeps its first listed state. Settled before each
sentence's units are built, so every phrase the place gives its state ("militants in Kashmir")
takes the settled one.

Organisation names two states' bodies share are settled the same way: "PTI" is the Press Trust of
India and Pakistan's Tehreek-e-Insaf party, which a story from Lahore means.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from .codesets import DIVIDED_HALVES, NON_STATE_CODES, SETTLEMENT_NOUNS
from .lexicon import CITY, COUNTRY, DEMONYM, ORG

SHARED_KINDS = (CITY, ORG)  # place names and organisation names (acronyms) two states share


def _readings(lexes) -> list[str]:
    """The states a name's CITY (or ORG) entries place it in, in the lexicon's order: entries of
    the first entry's kind only (a name that is a town and a company is not settled here)."""
    kind = lexes[0].kind if lexes else None
    codes: list[str] = []
    if kind not in SHARED_KINDS:
        return codes
    for lex in lexes:
        if lex.kind == kind and lex.code and lex.code not in codes:
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
    for half, name in DIVIDED_HALVES.items():
        hits = lx.scan(name.split())
        code = hits[0][2][0].code if hits and hits[0][2] else None
        if code and counts[code]:
            prefer[HALF + half] = name  # the story names the state: "the North" is its half
    for name, readings in shared.items():
        best = max(readings, key=lambda c: (counts[c], -readings.index(c)))
        if counts[best] > counts[readings[0]]:
            prefer[name] = best
    return prefer


HALF = "@half:"  # story_preference keys of the divided halves a story names


def half_atoms(sdoc, lx, prefer: dict[str, str], covered: set[int], make_atom) -> list:
    """"the North", "the South" as the halves of a divided state the story names (code_sets.yaml
    divided_halves): capitalised, after "the", heading their own phrase ("the North Atlantic", "the
    South China Sea" name other things)."""
    halves = {key[len(HALF):]: name for key, name in prefer.items() if key.startswith(HALF)}
    if not halves:
        return []  # most stories: no word of every sentence need be looked up
    out = []
    for t in sdoc:
        name = halves.get(t.lower_)
        if name is None or t.i in covered or not t.text[:1].isupper() or t.i == 0 or sdoc[t.i - 1].lower_ != "the":
            continue
        if t.i + 1 < len(sdoc) and sdoc[t.i + 1].pos_ == "PROPN":
            continue
        hits = lx.scan(name.split())
        if hits:
            out.append(make_atom(t.i, t.i + 1, list(hits[0][2])))
    return out


def settle_atoms(atoms: list, prefer: dict[str, str]) -> None:
    """Put the story's reading first on the atoms of shared place names."""
    if not prefer:
        return
    for a in atoms:
        best = prefer.get(a.lex.name.lower()) if a.lex is not None and a.kind in SHARED_KINDS else None
        if best is not None:
            kind = a.kind
            a.lexes = sorted(a.lexes, key=lambda lex: lex.kind != kind or lex.code != best)


def stated_states(sdoc, atoms: list) -> None:
    """A place the sentence itself says the state of ("the eastern Serbian town of Bor", "the Kyrgyz
    village of Kok-Tash"): the nationality word on the settlement noun the name hangs on ("of") wins
    over the lexicon's reading of the name (Bor is also a town of South Sudan). Atoms changed in place."""
    by_token = {k: a for a in atoms for k in range(a.i, a.j)}
    for a in atoms:
        if a.lex is None or a.kind != CITY:
            continue
        name = sdoc[a.j - 1]
        prep = name.head
        if name.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in SETTLEMENT_NOUNS:
            continue
        stated = {by_token[m.i].lex.code for m in prep.head.children
                  if m.dep_ in ("amod", "compound") and m.i in by_token and by_token[m.i].kind in (DEMONYM, COUNTRY)
                  and by_token[m.i].lex.code}
        if len(stated) != 1 or a.lex.code in stated:
            continue
        code = next(iter(stated))
        same = [lex for lex in a.lexes if lex.kind == CITY and lex.code == code]
        if same:
            a.lexes = same + [lex for lex in a.lexes if lex not in same]
        else:
            a.lexes = [replace(a.lex, code=code, why=f"{a.lex.why}, stated in the text: {code}")] + a.lexes[1:]
