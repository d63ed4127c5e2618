"""Events with no trigger word of their own: reported obligations ("X said Y must ...") and deaths
in custody ("X died of torture in Y's custody"). Each needs the whole clause, not one trigger, to be
seen, so they are coded here from the parse and handed to the coder alongside the trigger events.
"""
from __future__ import annotations

from .. import actors
from ..model import Document, Event
from . import cameo, clauses
from .common import _coded, _contexts, _entities, _refine
from .lexicon import modality


def custody_deaths(doc: Document, sent) -> list[Event]:
    """'X died of torture in Y's (police) custody': ASSAULT by Y on X (see clauses.custody_deaths)."""
    out = []
    for v, cause, custody, victim in clauses.custody_deaths(sent.doc):
        mods = [t.i for c in custody.children if c.dep_ in ("amod", "compound", "poss", "nmod") for t in c.subtree]
        mods += [t.i for c in custody.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
        actor = _coded(actors.entities_for(doc, sent.seq, mods))
        recipient = _coded(_entities(doc, sent.seq, [victim]))
        if not actor or not recipient:
            continue
        code, mode = clauses.CUSTODY_CAUSES[cause.lemma_.lower()]
        row = cameo.lookup(code)
        out.append(Event(
            category="ASSAULT", actor=actor, recipient=recipient, mode=[mode], context=_contexts(row, sent.text, v.idx),
            cameo=code, goldstein=cameo.goldstein(code), event_text=[f"{v.text} ... {cause.text} ... {custody.text}"],
            trigger_start=sent.start + v.idx, trigger_end=sent.start + v.idx + len(v.text), sentence=sent.seq,
            rule=f"ASSAULT: died of '{cause.text}' in custody (custodian = actor)", confidence=0.55,
        ))
    return out



def obligations(doc: Document, sent, covered: set[int]) -> tuple[list[Event], set[int]]:
    """'X said/declared/announced that Y must ...': REQUEST by the speaker of Y (no trigger word
    needed). What Y must do is the demand's content: a trigger in it ("must agree to changes", "must
    reach an agreement") is not coded apart (returned as the second value)."""
    mm = modality()
    out = []
    inner: set[int] = set()
    for v in sent.doc:
        if v.lemma_.lower() not in mm["obligation_speakers"] or v.pos_ != "VERB":
            continue
        for c in v.children:
            if c.dep_ != "ccomp":
                continue
            if not any(a.dep_ == "aux" and a.lower_ in mm["obligation_aux"] for a in c.children):
                continue
            subj = next((g for g in v.children if g.dep_ == "nsubj"), None)
            obj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or obj is None:
                continue
            actor = _coded(_entities(doc, sent.seq, [subj]))
            recipient = _coded(_entities(doc, sent.seq, [obj]))
            if not actor or not recipient:
                continue
            words = {t.lemma_.lower() for t in c.subtree}
            code, mode = _refine("REQUEST", words)
            code = code or "100"
            row = cameo.lookup(code)
            out.append(Event(
                category="REQUEST", actor=actor, recipient=recipient, mode=[mode] if mode else [],
                context=_contexts(row, sent.text, v.idx), cameo=code, goldstein=cameo.goldstein(code),
                event_text=[f"{v.text} ... {next(a.text for a in c.children if a.dep_ == 'aux')}"],
                trigger_start=sent.start + v.idx, trigger_end=sent.start + v.idx + len(v.text), sentence=sent.seq,
                rule=f"REQUEST: '{v.lemma_}' that ... must (obligation in reported speech)", confidence=0.55,
            ))
            inner |= {t.i for t in c.subtree}
    return out, inner

