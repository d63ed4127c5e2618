"""The two records the actor stage builds a sentence from: an Atom (one lexicon hit or PERSON entity)
and a Unit (a noun phrase that may be an actor, with what is known of it so far). Kept apart from
mentions.py so that the modules working on units (links.py, story.py, anaphora.py) share them
without importing the whole mention builder."""
from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import PERSON, Lex


@dataclass
class Atom:
    """One lexicon hit (or PERSON entity) in a sentence: tokens [i, j), best entry first."""

    i: int
    j: int
    lexes: list
    name: str = ""  # for a PERSON entity not in the knowledge base
    placed: bool = False  # an ethnic group whose state the context decides (groups.py)
    home: str | None = None  # that group's home state, the last resort
    sponsor: bool = False  # "Russian-backed": a sponsor, not the actor's own state

    @property
    def lex(self) -> Lex | None:
        return self.lexes[0] if self.lexes else None

    @property
    def kind(self) -> str:
        return self.lex.kind if self.lex else PERSON


@dataclass
class Unit:
    """A noun phrase that may be an actor, and what is known of it so far."""

    head: int
    start: int
    end: int
    atoms: list = field(default_factory=list)
    kind: str = ""  # person | org | seat | capital | country | city | pre | agent | demonym
    codes: list = field(default_factory=list)  # one per conjoined country modifier
    sector: str | None = None
    other: list = field(default_factory=list)
    identifier: str | None = None
    person_title: bool = False  # an agent word that names one person ("commander")
    counterpart: bool = False
    former: bool = False
    why: list = field(default_factory=list)
    alias_of: int | None = None  # head of the unit this one is an appositive of
    pair: bool = False  # "both countries", "the two governments": the story's last two states (story.py)
    surname: str | None = None  # a one-word person name to resolve across the story
    surface: str | None = None  # the person's name as written here ("Baqeri" for "Bagheri")
    vague: bool = False  # an agent word too vague to stand alone
    placed: bool = False  # an ethnic group: its state comes from context (groups.py, context.py)
    home: str | None = None  # the group's home state when the context says nothing
    office: str | None = None  # the sector of an unlisted body the person holds a role of (links._role_of_body)

    @property
    def code(self) -> str | None:
        return self.codes[0] if self.codes else None
