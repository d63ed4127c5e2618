"""Walking the dependency tree around a time expression: which tokens it covers, which verb owns it.

Kept apart from resolve.py, which decides between expressions; these only read the parse.
"""
from __future__ import annotations

from .expressions import TimeExpr


def span_tokens(sent_doc, x: TimeExpr) -> list[int]:
    """The tokens overlapping the expression, found by binary search (token ends are in order)."""
    lo, hi, n = 0, len(sent_doc), len(sent_doc)
    while lo < hi:
        mid = (lo + hi) // 2
        t = sent_doc[mid]
        if t.idx + len(t.text) <= x.start:
            lo = mid + 1
        else:
            hi = mid
    out = []
    while lo < n and sent_doc[lo].idx < x.end:
        out.append(lo)
        lo += 1
    return out


def root_of(sent_doc, toks: list[int]):
    inside = set(toks)
    for i in toks:
        t = sent_doc[i]
        if t.head.i not in inside or t.head.i == t.i:
            return t
    return sent_doc[toks[0]]


def is_verb(t) -> bool:
    return t.pos_ in ("VERB", "AUX")


def owner(sent_doc, x_toks: list[int], stop: int):
    """The verb (or the trigger) that an expression modifies."""
    inside = set(x_toks)
    t = root_of(sent_doc, x_toks)
    seen = 0
    while seen < 60:
        seen += 1
        if t.i not in inside and (t.i == stop or is_verb(t)):
            return t
        if t.i not in inside and t.pos_ == "ADJ" and t.dep_ in ("advcl", "acl", "relcl"):
            return t  # "elections due later this year": the adjective's own clause, not the verb it hangs on
        if t.head.i == t.i:
            return t
        t = t.head
    return t


def ancestors(tok) -> list:
    out = []
    while tok.head.i != tok.i and len(out) < 60:
        tok = tok.head
        out.append(tok)
    return out


def in_subtree(tok, root) -> bool:
    return tok.i == root.i or any(a.i == root.i for a in ancestors(tok))


def backshifted_conjunct(tok):
    """The verb whose report ``tok`` was joined to when the parser hung the speaker's next act on the
    reported clause ("X said troops had been moved and accused Y of ..."): a simple past joined to
    a clausal complement in the past perfect. The report is backshifted, the conjunct is not, so
    the conjunct is the speaker's own act (events/fill_actor.speaker_second_act) and of the
    speaker's day (resolve._medium_of). None otherwise."""
    first = tok.head
    if tok.dep_ != "conj" or tok.tag_ != "VBD" or first.dep_ != "ccomp":
        return None
    return first.head if any(ch.dep_ == "aux" and ch.lower_ == "had" for ch in first.children) else None
