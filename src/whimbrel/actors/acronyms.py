"""Acronyms a story defines: "the paramilitary Rapid Support Forces (RSF)" makes every later "RSF" of
the story the Rapid Support Forces, whatever else the lexicon says RSF stands for (Reporters Without
Borders). Wire copy defines an organisation's acronym at its first mention and uses the acronym
after, or names the body in full once and uses its initials after; an acronym names different
bodies in different stories (RSF, AA, SAF), and the story's own definition is the one evidence
that settles which.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .lexicon import ORG

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


def _initials(identifier: str) -> str | None:
    """"Rapid Support Forces" -> "RSF": the capitals of a name of three or more capitalised words
    (shorter ones make two-letter acronyms too common to trust)."""
    caps = [w[0] for w in identifier.replace("-", " ").split() if w[:1].isupper()]
    return "".join(caps) if len(caps) >= 3 else None


def _named_in_full(x) -> dict[str, tuple]:
    """Organisations named in full in a sentence, by their initials: "the paramilitary Rapid Support
    Forces shelled ... The army struck RSF positions" uses the acronym without defining it, and a
    story that names one body in full means it by its initials, not the lexicon's other body."""
    found = {}
    for u in x.units:
        if u.kind == "org" and u.identifier and u.codes:
            acronym = _initials(u.identifier)
            if acronym is not None:
                found[acronym] = (list(u.codes), u.sector, u.identifier)
    # the name as a modifier ("pounded Rapid Support Forces positions"): its lexicon hit names it
    for a in x.atoms:
        if a.lex is not None and a.kind == ORG and a.lex.code and a.j - a.i >= 3:
            acronym = _initials(a.lex.name)
            if acronym is not None:
                found.setdefault(acronym, ([a.lex.code], a.lex.sector, a.lex.name))
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
        if not defined and not any(u.kind == "org" and u.identifier and u.codes for u in x.units) \
                and not any(a.lex is not None and a.kind == ORG and a.j - a.i >= 3 for a in x.atoms):
            continue  # no acronym defined yet, and this sentence defines none
        toks = _words(x, words)  # once: a Token per word is the cost
        for acronym, meant in _named_in_full(x).items():
            defined.setdefault(acronym, meant)  # an explicit "(ACR)" definition below wins
        defined.update(_definitions(x, toks))
        for u in x.units:
            acronym = _acronym_of(u, toks, defined) if defined else None
            meant = defined.get(acronym)
            # a person the acronym titles ("PTI spokesman X") stays a person: the atom below names
            # whose spokesman
            if meant is not None and u.identifier != meant[2] and u.kind != "person":
                u.codes, u.sector, u.identifier = list(meant[0]), meant[1], meant[2]
                u.kind = "org"
                u.why.append(f"acronym the story defined: {acronym} = {meant[2]}")
        if defined:
            _retarget_atoms(x, toks, defined)


def _retarget_atoms(x, toks: list[str], defined: dict) -> None:
    """An acronym that only modifies a noun ("struck RSF positions") is no unit of its own, but its
    atom names the owner of the phrase (the event side reads owners from atoms): the story's body."""
    for a in x.atoms:
        if a.j - a.i != 1 or a.i >= len(toks) or toks[a.i] not in defined or a.lex is None or a.kind != ORG:
            continue
        codes, sector, name = defined[toks[a.i]]
        if a.lex.name != name and codes:
            a.lexes = [replace(a.lex, code=codes[0], sector=sector, name=name,
                               why=f"acronym the story defined: {toks[a.i]} = {name}")]
