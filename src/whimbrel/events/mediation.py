"""A named third party's mediation is an event of its own, aimed at the parties it brought together
(manual, CONSULT mediate; CAMEO 045): "Angola brokered a ceasefire", "the exchange was mediated by
the UAE", "were reunited with their families after mediation by Qatar". A find pass (after the
suppressing ones: a mediation told in a background phrase is the news when nothing else is) and a
recipient pass (the parties it brought together)."""
from __future__ import annotations

from ..model import Entity
from .state import Candidate, SentenceState

MEDIATING = "045"  # the CAMEO code of the lexicon's mediation entries (mediate, mediation, broker)


def mediation_acts(s: SentenceState) -> None:
    """Keep a mediation trigger whose mediator the phrase names when the sentence codes no other act
    ("were reunited with their families after mediation by Qatar"): beside a main act ("freed
    prisoners in a deal brokered by Qatar") the read gold codes the main act alone, as the find
    passes do. Not a mediation sought or agreed to ("agreed to US mediation"): none has happened."""
    if any(m.token.i not in s.suppressed for m in s.matches):
        return
    for m in s.matches:
        if m.entry.cameo == MEDIATING and _mediator_named(m.token) and not _content(m.token):
            s.suppressed.discard(m.token.i)
            s.deferred.discard(m.token.i)


def _content(tok) -> bool:
    """The object of another verb, or of its to/for phrase: what is sought, offered or agreed to."""
    return tok.dep_ == "dobj" or (tok.dep_ == "pobj" and tok.head.lower_ in ("to", "for"))


def _mediator_named(tok) -> bool:
    """A by-phrase ("mediated by the UAE", "mediation by Qatar"), a possessor ("Malaysia's
    mediation") or a name before the noun ("Qatari mediation")."""
    if any(ch.dep_ == "agent" or (ch.dep_ == "prep" and ch.lower_ == "by") for ch in tok.children):
        return True
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return any((ch.dep_ == "poss" and ch.pos_ != "PRON" and ch.ent_type_ not in ("DATE", "TIME"))
               or (ch.dep_ in ("amod", "compound") and ch.i < tok.i and ch.ent_type_ in ("NORP", "GPE", "ORG"))
               for ch in tok.children)


def recipient_mediated_parties(s: SentenceState, c: Candidate):
    """The parties a mediation brought together, when the phrase names none ("between X and Y" is
    the roles' own): the parties of the sentence's other acts (the exchange, the deal, the truce),
    else of the latest deal, truce or swap the story told (condemned._pact_parties)."""
    from .condemned import _pact_parties

    if c.recipient or c.cat != "CONSULT" or c.entry.cameo != MEDIATING or not c.actor or c.tok.dep_ == "relcl":
        return  # "a forum which brings together clerics": what the body is, not an act
    mediators = c.acodes
    parties: dict[tuple, Entity] = {}  # one entity per state and sector, in the sentence's order
    for o in s.candidates:
        if o is not c and not o.dropped and o.entry.cameo != MEDIATING:
            for e in o.actor + o.recipient:
                if e.code and e.code not in mediators:
                    parties.setdefault((e.code, e.sector), e)
    parties = list(parties.values())
    how = "the parties of the act it mediated"
    if not parties:
        parties, how = _pact_parties(s, c), "the parties of the deal or swap told before"
    c.recipient = [e for e in parties if e.code not in mediators]
    if c.recipient:
        c.why.append(f"recipient: {how}")
