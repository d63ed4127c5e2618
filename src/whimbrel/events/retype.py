"""Predicates whose category comes from the clause, not from the verb's own lexicon entry.

- Protest by manner: "walked off the job in protest at X", "refused food to protest against X",
  "burned flags to protest X": the adjunct says the act is a protest, so it is a PLOVER PROTEST
  whose mode is the manner of the act (the manual's modes: strike = abandoning the workplace,
  hunger = hunger strike, boycott, riot = violent action, demo otherwise), not the REJECT, ASSAULT or
  nothing the bare verb would give. Any verb qualifies, trigger or not: the adjunct does the work.
- Expulsion by order: "ordered the ambassador to leave the country" is SANCTION expel (the manual:
  "Aside from the expulsion of ambassadors or similar diplomats ..."), not a REQUEST: the envoy
  cannot refuse to go.
"""
from __future__ import annotations

from dataclasses import replace

from .lexicon import Entry
from .triggers import VERB_POS, Match, _context_lemmas

# manner of a protest act -> (CAMEO code, PLOVER mode)
MANNER = {
    "walk": ("143", "strike"), "strike": ("143", "strike"), "stop": ("143", "strike"), "down": ("143", "strike"),
    "refuse": ("142", "hunger"), "fast": ("142", "hunger"), "starve": ("142", "hunger"),
    "boycott": ("143", "boycott"), "shun": ("143", "boycott"),
    "riot": ("145", "riot"), "set": ("145", "riot"), "torch": ("145", "riot"), "loot": ("145", "riot"),
    "smash": ("145", "riot"), "throw": ("145", "riot"),
    "block": ("144", "obstruct"), "blockade": ("144", "obstruct"), "barricade": ("144", "obstruct"),
}
DEFAULT_MANNER = ("141", "demo")
# words of the act that make a refusal a hunger strike or a stoppage a strike
HUNGER_WORDS = {"food", "meal", "eat", "eating", "water", "nourishment"}
STRIKE_WORDS = {"job", "work", "tool", "shift", "office", "classroom", "post"}
ENVOYS = {"ambassador", "envoy", "diplomat", "attache", "consul", "chargé", "charge", "mission"}
LEAVE = {"leave", "quit", "depart", "exit"}
ORDER_VERBS = {"order", "tell", "give", "instruct", "demand"}


def _protest_adjunct(tok) -> bool:
    """'in protest at/against/over ...' or a purpose 'to protest ...' on this verb. The parser often
    hangs "in protest" on the verb's object ("walked off the job in protest", "blocked roads in
    protest"): it belongs to the nearest verb above it through object and preposition links."""
    for t in tok.subtree:
        if not (t.dep_ == "prep" and t.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() == "protest" for g in t.children)):
            continue
        h = t.head
        while h.i != tok.i and h.dep_ in ("dobj", "pobj", "prep", "npadvmod") and h.pos_ not in VERB_POS:
            h = h.head
        if h.i == tok.i:
            return True
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "protest" and c.pos_ in VERB_POS \
                and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children):
            return True
    return False


def _manner(tok) -> tuple[str, str]:
    lemma = tok.lemma_.lower()
    words = {t.lemma_.lower() for t in tok.subtree}
    if lemma == "refuse" and not words & HUNGER_WORDS:
        return DEFAULT_MANNER
    if lemma in ("walk", "stop", "down") and not words & STRIKE_WORDS:
        return DEFAULT_MANNER
    if lemma == "set" and "fire" not in words:
        return DEFAULT_MANNER
    return MANNER.get(lemma, DEFAULT_MANNER)


def _entry(tok, category: str, code: str, mode: str, why: str) -> Entry:
    return Entry(category=category, lemma=tok.lemma_.lower() + f" ({why})", pos="verb", cameo=code, mode=mode)


def retype(sdoc, matches: list[Match]) -> list[Match]:
    by_tok = {m.token.i: m for m in matches}
    for tok in sdoc:
        if tok.pos_ not in VERB_POS:
            continue
        m = by_tok.get(tok.i)
        if _protest_adjunct(tok) and not (m and m.entry.category == "PROTEST"):
            code, mode = _manner(tok)
            entry = _entry(tok, "PROTEST", code, mode, "act done in protest")
            by_tok[tok.i] = Match(tok, entry, frozenset(_context_lemmas(tok)), [])
            continue
        if tok.lemma_.lower() in ORDER_VERBS:
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
            xc = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in LEAVE), None)
            if obj is not None and xc is not None and obj.lemma_.lower() in ENVOYS:
                entry = _entry(tok, "SANCTION", "166", "expel", "an envoy ordered to leave")
                base = m if m is not None else Match(tok, entry, frozenset(_context_lemmas(tok)), [])
                by_tok[tok.i] = replace(base, entry=entry)
    return [by_tok[i] for i in sorted(by_tok)]
