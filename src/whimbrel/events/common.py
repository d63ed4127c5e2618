"""Entity helpers shared by the event coder and its satellite rules (consult.py, implicit.py).

They turn parse heads into coded entities through the actor stage, and pick a CAMEO refinement or
context from the modality tables. Kept apart from coder.py so that rules living in their own
modules use exactly the same notion of "the entities of an argument" as the main coder.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import actors
from ..model import Document, Entity
from .lexicon import modality
from .roles import is_go_between, np_tokens
from .vocab import words

PLATFORMS = words("fill_recipient", "PLATFORMS")
MESSAGE_NOUNS = words("fill_recipient", "MESSAGE_NOUNS")


def _entities(doc: Document, seq: int, heads) -> list[Entity]:
    out: list[Entity] = []
    seen = set()
    for h in heads:
        for e in actors.entities_for(doc, seq, np_tokens(h)):
            k = (e.code, e.sector, e.identifier_text, e.tok_start)
            if k not in seen:
                seen.add(k)
                out.append(e)
    return out


def _depth(sdoc, ent: Entity, head) -> int:
    """How deep an entity sits below an argument head (conjunction and apposition links are free:
    coordinated recipients stand level)."""
    if ent.tok_start < 0 or ent.tok_end <= ent.tok_start:
        return 99
    span = range(ent.tok_start, ent.tok_end)
    top = next((sdoc[i] for i in span if sdoc[i].head.i not in span or sdoc[i].head.i == sdoc[i].i), sdoc[ent.tok_start])
    d, t = 0, top
    while t.i != head.i:
        if t.head.i == t.i:
            return 99
        if t.dep_ not in ("conj", "appos", "cc"):
            d += 1
        t = t.head
    return d


def _recipients(doc: Document, sent, heads) -> list[Entity]:
    """The recipients named by object heads: per head, the shallowest coded entities of its phrase.
    "rejected a United Nations appeal for troops along its border with Israel" is aimed at the UN,
    "denounced Serbia's suppression of unrest in Montenegro" at Serbia: a possessor, nationality or
    "from" phrase of the object is its owner, a deeper place is only circumstance."""
    out: list[Entity] = []
    for h in heads:
        ents = _coded(_entities(doc, sent.seq, [h]))
        # a nationality or possessor word on the head names its owner even where the actor stage
        # made no actor of it ("over Algerian support for the rebels")
        mods = [t.i for c in h.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < h.i for t in c.subtree]
        if mods:
            # a modifier's entity inside one already found ("Yoweri" of "Uganda's Yoweri Museveni") is that one
            have = {k for e in ents for k in range(e.tok_start, max(e.tok_end, e.tok_start + 1))}
            ents += [e for e in _coded(actors.entities_for(doc, sent.seq, mods)) if e.tok_start not in have]
        # "quit the U.S.-brokered talks": the go-between of an object takes no part in the act
        ents = [e for e in ents if not (0 <= e.tok_start < len(sent.doc) and is_go_between(sent.doc[e.tok_start]))]
        ents = [e for e in ents if not is_platform(sent.doc, e)]
        if len(ents) > 1:
            depths = [_depth(sent.doc, e, h) for e in ents]
            best = min(depths)
            ents = [e for e, d in zip(ents, depths) if d == best]
        out += [e for e in ents if e not in out]
    return out


def is_platform(sdoc, e: Entity) -> bool:
    """"on Twitter", "via Facebook": a platform the words were said on (words.yaml PLATFORMS), in an
    on/via phrase of the object, is where the act was done, not whom it was aimed at."""
    if not 0 <= e.tok_start < len(sdoc) or (e.entity_text or "").lower() not in PLATFORMS:
        return False
    return sdoc[e.tok_start].dep_ == "pobj" and sdoc[e.tok_start].head.lower_ in ("on", "via")


def _codes(ents) -> set:
    return {e.code for e in ents if e.code}



def _refine(category: str, words: set[str]) -> tuple[str | None, str | None]:
    for rule in modality()["refine"].get(category, []):
        if words & set(rule["with"]) and not words & set(rule.get("without", ())):
            return rule.get("cameo"), rule.get("mode")
    return None, None


@lru_cache(maxsize=1)
def _context_patterns() -> list[tuple[str, re.Pattern]]:
    """One compiled alternation per context (compiled once, not once per word per event)."""
    return [(ctx, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + ")"))
            for ctx, words in modality()["contexts"].items() if words]


CONTEXT_WINDOW = 2000  # characters either side of the trigger (the sentence cut: no change below it)


def _contexts(row, text: str, at: int = 0) -> list[str]:
    """PLOVER contexts: the CAMEO row's, then those whose words occur near the trigger (character
    ``at`` of the sentence). A window, not the sentence: one run-on sentence of n events would
    otherwise be searched n times whole."""
    out = [c for c in (row.context if row else ()) if c]
    text_lower = text[max(0, at - CONTEXT_WINDOW): at + CONTEXT_WINDOW].lower()
    for ctx, pattern in _context_patterns():
        if ctx not in out and pattern.search(text_lower):
            out.append(ctx)
    return out[:3]



def own_government(code: str, seq: int) -> Entity:
    """A party's own country's government where the text says only "the government" (a demand's or
    a judgement's addressee: fill_recipient.recipient_home_government, implicit._party)."""
    return Entity(code=code, sector="GOV", entity_text="", sentence=seq, why="own country's authorities")


def _coded(ents: list[Entity]) -> list[Entity]:
    """Entities with a code: an uncoded mention ("officials") cannot make an event dyad."""
    return [e for e in ents if e.code]


def described_as(tok) -> set[int]:
    """Tokens of an "as" phrase that says what an act's object is ("condemned the launch as a
    violation of U.N. Security Council resolutions", "hailed the deal as a victory for Kenya"): a
    description of the object, whose names are not the act's target."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if not objects:
        return set()
    # the parser hangs the phrase on the verb or on its object ("welcomed [the decision as a step]")
    hosts = (tok, *objects)
    return {x.i for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ == "as"
            and not any(o.lemma_.lower() in MESSAGE_NOUNS for o in p.children if o.dep_ == "pobj") for x in p.subtree}
