"""Topic nouns: an event noun that is what another event is about is not an event of its own.

"protested against the killing of two soldiers", "charged officers over the killing of a boy", "an
investigation into killings during the drug war", "a militant wanted in connection with the
bombings", "burned flags over the publication of cartoons": the killing, the bombings, the
publication are the subject matter of the outer event (PLOVER codes the event reported, and a noun
named as its topic is not reported as happening in that sentence; the coder would otherwise give it
the outer event's subject as actor, which is wrong twice). Likewise a noun trigger that a verb of
ending or containing acts on ("to curb weeks of student protests", "to quell the riots") is what the
verb's subject fights, not something it does.

The topic still says whom the outer event is aimed at when nothing else does: its possessor,
nationality word or "by" agent ("an investigation into Iran's crackdown" -> Iran).
"""
from __future__ import annotations

from .triggers import NOUN_POS, VERB_POS
from .vocab import words

TOPIC_PREPS = words("topics", "TOPIC_PREPS")
# verbs whose object event is what the subject fights, not what it does
CONTAIN_VERBS = words("topics", "CONTAIN_VERBS")
# links from a preposition's head up to the outer trigger that keep it inside the trigger's phrase
# ("charged officers over ...": the object; "a militant wanted in connection with ...": a participle
# on the object)
_PHRASE_DEPS = {"dobj", "nsubjpass", "acl", "attr", "dative", "appos"}


def _topic_prep(noun):
    """The preposition that makes `noun` a topic (climbing "of" chains and "in connection with"),
    or None."""
    t = noun
    for _ in range(4):
        if t.dep_ != "pobj":
            return None
        p = t.head
        if p.lower_ == "of" and p.head.pos_ in NOUN_POS and p.head.dep_ == "pobj":
            t = p.head  # "over the publication of cartoons"
            continue
        if p.lower_ == "with" and p.head.lemma_.lower() == "connection" and p.head.dep_ == "pobj":
            return p.head.head  # "in connection with": the "in" phrase
        return p if p.lower_ in TOPIC_PREPS else None
    return None


def _reaches(h, outer) -> bool:
    """Is h the outer trigger, inside its object phrase, or the light verb of a noun trigger ("opened
    an investigation into killings": the parser hangs "into" on the verb)?"""
    if outer.pos_ in NOUN_POS and outer.dep_ == "dobj" and h.i == outer.head.i:
        return True
    for _ in range(4):
        if h.i == outer.i:
            return True
        if h.dep_ not in _PHRASE_DEPS or h.head.i == h.i:
            return False
        h = h.head
    return False


def _contained(noun) -> bool:
    """'to curb (weeks of) student protests': the object of a verb of containing."""
    t = noun
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "dobj":
        t = t.head.head
    return t.dep_ == "dobj" and t.head.pos_ in VERB_POS and t.head.lemma_.lower() in CONTAIN_VERBS


def topic_links(matches) -> dict[int, int]:
    """noun trigger token -> the trigger token it is the topic of (-1: contained by a verb)."""
    links: dict[int, int] = {}
    for n in matches:
        tok = n.token
        if tok.pos_ not in NOUN_POS and tok.tag_ != "VBG":
            continue
        if _contained(tok):
            links[tok.i] = -1
            continue
        p = _topic_prep(tok)
        if p is None:
            continue
        for m in matches:
            if m.token.i != tok.i and _reaches(p.head, m.token):
                links[tok.i] = m.token.i
                break
    return links


def topic_heads(outer) -> list:
    """Topic nouns hanging on a trigger or its object (for the recipient fallback), any noun."""
    anchors = [outer] + [c for c in outer.children if c.dep_ in ("dobj", "nsubjpass")]
    if outer.pos_ in NOUN_POS and outer.dep_ == "dobj":
        anchors.append(outer.head)  # "opened an inquiry into X's crackdown"
    out = []
    for a in anchors:
        for c in a.children:
            if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS and c.i > outer.i:
                out += [g for g in c.children if g.dep_ == "pobj" and g.pos_ in NOUN_POS]
    return out


def owner_tokens(noun) -> list[int]:
    """Possessor, nationality or "by" agent of a topic noun: who did what the event is about."""
    out = [t.i for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < noun.i
           and (c.dep_ == "poss" or any(x.text[:1].isupper() for x in c.subtree)) for t in c.subtree]
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            out += [t.i for g in c.children if g.dep_ == "pobj" for t in g.subtree]
    return out
