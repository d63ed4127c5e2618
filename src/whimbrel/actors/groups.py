"""Ethnic and national groups: which state a "Bosnian Serb" or an "ethnic Albanian" belongs to.

PLOVER codes an actor's state, not its ethnicity (manual, "Country Names and Sector Codes"). A group
word (data/actors/groups.yaml: Serb, Albanian, Kurd ...) names a people living in several states, so
its own code is only a default ("home"). Two rules of ordinary news English decide better:

1. state of residence first: "Bosnian Serbs", "Iraqi Kurds", "Kosovo Albanians", "Turkish Kurd
   refugees". A state word (country, demonym, capital, city) written right before the group word
   names the state they live in, and that is their country. Only plain adjacency counts: "Serbian
   and Albanian leaders" (a conjunction) and "Greek-Albanian border" (a hyphen: two parties) do not.
2. placed by context: "ethnic Albanians", and any group with no home of its own ("Kurdish rebels"),
   take the state their phrase, sentence or story places them in (context.py); only then home.

This module rewrites the atoms (lexicon hits) of one sentence before units are built, so every
later rule sees the right code.
"""
from __future__ import annotations

from dataclasses import replace

from .lexicon import CAPITAL, CITY, COUNTRY, DEMONYM, PRE

_STATE_KINDS = (COUNTRY, DEMONYM, CAPITAL, CITY, PRE)
ETHNIC_WORDS = {"ethnic"}


def resolve_groups(words: list[str], atoms: list) -> None:
    """Rewrite group atoms in place: rule 1 gives the state word's code; rule 2 leaves the code
    empty and marks the atom ``placed`` (with its ``home``) for context.py."""
    by_end = {a.j: a for a in atoms if a.lex is not None}
    for a in atoms:
        lex = a.lex
        if lex is None or not lex.ethnic:
            continue
        s = by_end.get(a.i)
        if s is not None and s.kind in _STATE_KINDS and s.lex.code and not s.lex.ethnic:
            a.lexes[0] = replace(lex, code=s.lex.code, ethnic=False,
                                 why=f"{lex.why} living in {s.lex.code} ({words[s.i]} {words[a.i]})")
            continue
        prefixed = a.i > 0 and words[a.i - 1].lower() in ETHNIC_WORDS
        if (prefixed or lex.code is None) and lex.context:
            a.home = lex.code
            a.placed = True
            a.lexes[0] = replace(lex, code=None, why=lex.why + (" (ethnic: placed by context)" if prefixed else " (placed by context)"))
