"""Clauses that belong to another event: purpose clauses of protests and of crowd control.

"Students began a hunger strike to protest against X's decision", "rioted, demanding independence
from Y", "staged a sit-in in protest at Z": the purpose clause says what the protest is against, so
it gives the PROTEST its recipient and is not a second PROTEST or REQUEST of the same people (the
PLOVER manual codes one event per happening; the demand is the protest's content). Likewise "police
used tear gas to disperse protesters" is one ASSAULT (crowd-control) aimed at the protesters, not an
ASSAULT and a COERCE. A coordinated finite verb the parser hangs on the purpose clause ("to disperse
protesters and arrested 14") is a separate act and stays out.

Also here: deaths in custody ("died of torture in police custody"), an ASSAULT whose actor is the
custodian, which no trigger verb names.
"""
from __future__ import annotations

from .phrase_parts import part_clauses
from .roles import _light_verb
from .triggers import NOUN_POS, VERB_POS
from .vocab import words

# heads of a purpose clause that state a protest's aim
PURPOSE_HEADS = words("clauses", "PURPOSE_HEADS")
# "in protest at/against/of", "in solidarity with"
PURPOSE_NOUNS = words("clauses", "PURPOSE_NOUNS")
PURPOSE_CATEGORIES = words("clauses", "PURPOSE_CATEGORIES")
FINITE = {"VBD", "VBZ", "VBP"}
# recipient reasons that are only fallbacks (a purpose clause's named target is better)
FALLBACK_HOW = ("place of the event", "domestic by default", "first entity of the trigger's phrase")


def _clause_tokens(head) -> set[int]:
    """The purpose clause, without coordinated finite verbs (separate acts) and relative clauses."""
    out: set[int] = set()
    stack = [head]
    while stack:
        t = stack.pop()
        out.add(t.i)
        for g in t.children:
            if g.dep_ == "relcl":
                continue
            if g.dep_ == "conj" and g.pos_ in VERB_POS and g.tag_ in FINITE and t.tag_ not in FINITE:
                continue
            stack.append(g)
    return out


def purpose_form(clause) -> bool:
    """A to-infinitive or a participle: the forms a purpose clause takes ("to demand X", "demanding X")."""
    return clause.tag_ == "VBG" or any(g.lower_ == "to" and g.dep_ == "aux" for g in clause.children)


def _purpose_clauses(tok, cat_of, cats=PURPOSE_CATEGORIES) -> list:
    heads = [tok]
    if tok.pos_ in NOUN_POS:
        lv = _light_verb(tok)
        if lv is not None:
            heads.append(lv)
        # "a march organised by students to protest X": the purpose hangs on the participle
        heads += [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    out = []
    for h in heads:
        # a clause on what part of the crowd did ("some waving flags") is no purpose; a purpose the
        # parser hung on it is the act's (phrase_parts.part_clauses)
        parts = part_clauses(h) if h.pos_ in VERB_POS else []
        kids = [c for c in h.children if c not in parts] + [g for p in parts for g in p.children if g.i > p.i]
        for c in kids:
            # a clause before the act is no purpose of it, but for a fronted participle, which is
            # the same free adjunct as a trailing one ("Demanding X's resignation, lawmakers
            # boycotted the session" as "... boycotted the session, demanding ...")
            fronted = c.tag_ == "VBG" and c.dep_ == "advcl" and h is tok and tok.pos_ in VERB_POS
            if c.i < tok.i and c.dep_ != "prep" and not fronted:
                continue
            if c.dep_ in ("advcl", "xcomp", "acl") and c.pos_ in VERB_POS:
                if purpose_form(c) and (c.lemma_.lower() in PURPOSE_HEADS or cat_of(c.i) in cats):
                    out.append(c)
            elif c.dep_ == "prep" and c.lower_ == "in":
                out += [g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in PURPOSE_NOUNS]
    return out


def purpose_links(matches) -> dict[int, int]:
    """trigger token of a purpose clause -> token of the PROTEST (or crowd-control ASSAULT) it serves."""
    cats = {m.token.i: m.entry.category for m in matches}
    links: dict[int, int] = {}
    for m in matches:
        crowd = m.entry.category == "ASSAULT" and m.entry.mode == "crowd-control"
        if m.entry.category != "PROTEST" and not crowd:
            continue
        for c in _purpose_clauses(m.token, cats.get, {"COERCE"} if crowd else PURPOSE_CATEGORIES):
            if crowd and not any(g.lower_ == "to" for g in c.children):
                continue
            for i in _clause_tokens(c):
                if i in cats and i != m.token.i and i not in links:
                    if crowd and cats[i] != "COERCE":
                        continue
                    links[i] = m.token.i
    return links


def apply_purposes(events: list, links: dict[int, int]) -> list:
    """Fold the events of purpose clauses into the event they serve (see module doc)."""
    if not links:
        return events
    by_tok = {ev.__dict__.get("_tok"): ev for ev in events}
    drop = set()
    for child_i, parent_i in sorted(links.items()):
        parent, child = by_tok.get(parent_i), by_tok.get(child_i)
        if parent is None or child is None:
            continue
        drop.add(id(child))
        weak = not parent.recipient or any(h in parent.rule for h in FALLBACK_HOW)
        if weak and child.recipient and not any(h in child.rule for h in FALLBACK_HOW):
            pcodes = {e.code for e in parent.actor}
            rec = [r for r in child.recipient if r.code not in pcodes or r.sector != parent.actor[0].sector]
            if rec:
                parent.recipient = rec
                parent.rule += f"; recipient: from its purpose clause '{' '.join(child.event_text)}'"
                continue
        parent.rule += f"; purpose clause '{' '.join(child.event_text)}' folded in"
    return [ev for ev in events if id(ev) not in drop]


CUSTODY_CAUSES = words("clauses", "CUSTODY_CAUSES")


def custody_deaths(sdoc):
    """(die verb, cause noun, custody noun, victim head) for "X died of/as a result of torture/beatings
    in Y's custody": the custodian tortured the victim (PLOVER ASSAULT, mode torture or beat)."""
    out = []
    if "custody" not in sdoc.text.lower():
        return out  # speed, same result: most sentences name no custody (its token check read every word)
    for v in sdoc:
        if v.lemma_.lower() != "die" or v.pos_ not in VERB_POS:
            continue
        sub = list(v.subtree)
        cause = next((t for t in sub if t.lemma_.lower() in CUSTODY_CAUSES and t.pos_ in NOUN_POS | {"VERB"}), None)
        custody = next((t for t in sub if t.lemma_.lower() == "custody"), None)
        victim = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if cause is not None and custody is not None and victim is not None:
            out.append((v, cause, custody, victim))
    return out
