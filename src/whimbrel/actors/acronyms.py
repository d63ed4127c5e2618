"""Acronyms a story defines: "the paramilitary Rapid Support Forces (RSF)" makes every later "RSF" of
the story the Rapid Support Forces, whatever else the lexicon says RSF stands for (Reporters Without
Borders). Wire copy defines an organisation's acronym at its first mention and uses the acronym
after; an acronym names different bodies in different stories (RSF, AA, SAF), and the story's own
definition is the one evidence that settles which.
"""
from __future__ import annotations

import re

ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")


def _words(x, words: list[str]) -> list[str]:
    return [t.text for t in x.sdoc] if x.sdoc is not None else words


def _definitions(x, toks: list[str]) -> dict[str, tuple]:
    """"Full Name (ACR)" in one sentence: acronym -> (codes, sector, identifier) of the named unit
    (``toks``: the sentence's words, _words)."""
    found = {}
    for u in x.units:
        if u.kind != "org" or not u.identifier or not u.codes:
            continue
        if u.end + 2 < len(toks) and toks[u.end] == "(" and toks[u.end + 2] == ")" and ACRONYM.match(toks[u.end + 1]):
            found[toks[u.end + 1]] = (list(u.codes), u.sector, u.identifier)
    return found


def _acronym_of(u, toks: list[str], defined: dict) -> str | None:
    """The story-defined acronym a unit is, or names its kind by ("the RSF", "RSF convoys")."""
    if u.head < len(toks) and toks[u.head] in defined:
        return toks[u.head]
    for a in u.atoms:
        if a.j - a.i == 1 and a.i < len(toks) and toks[a.i] in defined:
            return toks[a.i]
    return None


def apply_story_acronyms(sents, words_by_sentence: list[list[str]]) -> None:
    """Give each unit that is, or is named by, a story-defined acronym the organisation its
    definition names (in place), from the defining sentence on (its own parenthesis too)."""
    defined: dict[str, tuple] = {}
    for x, words in zip(sents, words_by_sentence):
        if not defined and not any(u.kind == "org" and u.identifier and u.codes for u in x.units):
            continue  # no acronym defined yet, and this sentence defines none
        toks = _words(x, words)  # once: a Token per word is the cost
        defined.update(_definitions(x, toks))
        for u in x.units:
            acronym = _acronym_of(u, toks, defined) if defined else None
            meant = defined.get(acronym)
            if meant is not None and u.identifier != meant[2]:
                u.codes, u.sector, u.identifier = list(meant[0]), meant[1], meant[2]
                u.kind = "org"
                u.why.append(f"acronym the story defined: {acronym} = {meant[2]}")
