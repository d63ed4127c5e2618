"""What the coder's passes share: one SentenceState per parsed sentence, one Candidate per trigger.

A pass (events/passes.py) reads and fills these and nothing else, so a pass can be switched off
without another one failing: every field has the value "this pass found nothing" by default.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Document, Entity, Event
from ..options import Options
from .common import _codes
from .modality import Flags
from .roles import Args
from .vocab import EXCHANGE_VERBS, JOINT_CATEGORIES


@dataclass
class Candidate:
    """One trigger on its way to an event: its parties, flags, category and code so far."""

    m: object  # triggers.Match
    cat: str
    code: str | None
    mode: str | None
    why: list[str]
    args: Args = field(default_factory=Args)  # parse roles, once the roles pass ran
    flags: Flags = field(default_factory=Flags)
    source: list[Entity] = field(default_factory=list)  # the speaker of a reported event
    raw_actor: list[Entity] = field(default_factory=list)  # actor entities, coded or not
    actor: list[Entity] = field(default_factory=list)
    recipient: list[Entity] = field(default_factory=list)
    actor_note: str | None = None  # how the actor was found (second entry of the rule)
    actor_rule: str | None = None  # which actor rule of the both-sides/pronoun chain applied
    mode_rule: str | None = None  # which rule of the mode -> category chain applied
    reciprocal: bool = False
    event: Event | None = None
    dropped: bool = False
    dropped_by: str | None = None  # the pass that dropped it (tools/trace.py shows it)

    @property
    def tok(self):
        return self.m.token

    @property
    def entry(self):
        return self.m.entry

    @property
    def acodes(self) -> set:
        return _codes(self.actor)

    @property
    def joint(self) -> bool:
        """Two or more actors doing it together (coded reciprocal, not one to the other)."""
        return bool(self.entry.reciprocal or self.cat in JOINT_CATEGORIES or self.exchanged)

    @property
    def exchanged(self) -> bool:
        """An act noun two sides trade ("traded accusations"), or an act done to "each other" ("X and Y
        accused each other of ..."): each side's act on the other."""
        tok = self.m.token
        if tok.pos_ == "VERB":  # "the two armies exchanged fire": the verb is the trigger
            return tok.lemma_.lower() in EXCHANGE_VERBS or _mutual_object(tok)
        return tok.dep_ == "dobj" and tok.pos_ == "NOUN" and tok.head.lemma_.lower() in EXCHANGE_VERBS

    def note_actor(self, text: str, rule: str | None = None) -> None:
        self.actor_note = text
        if rule:
            self.actor_rule = rule

    def rule_notes(self) -> list[str]:
        return self.why[:1] + ([self.actor_note] if self.actor_note else []) + self.why[1:]


def _mutual_object(verb) -> bool:
    """The verb's object is "each other" or "one another"."""
    pairs = {"other": "each", "another": "one", "one": "another"}  # the parser heads either word
    return any(c.dep_ in ("dobj", "dative") and c.lower_ in pairs
               and any(d.lower_ == pairs[c.lower_] for d in c.children) for c in verb.children)


@dataclass
class SentenceState:
    doc: Document
    sent: object  # model.Sentence
    options: Options
    matches: list = field(default_factory=list)  # triggers.Match, in token order
    candidates: list[Candidate] = field(default_factory=list)
    content_of: dict[int, set[str]] = field(default_factory=dict)  # trigger -> words of its complement
    inner_of: dict[int, set[int]] = field(default_factory=dict)  # trigger -> triggers in its complement
    suppressed: set[int] = field(default_factory=set)  # triggers that are not events of their own
    # of those, the ones that stand only while the act they defer to is coded: scene-setting clauses
    # (find.scene_setting) and participles telling more of another act (find.same_act_adjuncts)
    deferred: set[int] = field(default_factory=set)
    purposes: dict[int, int] = field(default_factory=dict)  # purpose-clause trigger -> the act it serves
    purpose_of: dict[int, list[int]] = field(default_factory=dict)
    implicit: list[Event] = field(default_factory=list)  # events no trigger word states (implicit.py)
    events: list[Event] = field(default_factory=list)

    @property
    def sdoc(self):
        return self.sent.doc

    @property
    def seq(self) -> int:
        return self.sent.seq

    @property
    def by_tok(self) -> dict:
        return {m.token.i: m for m in self.matches}

    @property
    def pub_year(self) -> int | None:
        return self.doc.pub_datetime.year if self.doc.pub_datetime else None

    def live(self) -> list[Candidate]:
        return [c for c in self.candidates if not c.dropped and c.tok.i not in self.suppressed]
