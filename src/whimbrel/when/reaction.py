"""Undated reactions dated by the event they react to ("Moscow condemned the attack" after "the
attack on Friday ...").

Why: a story reports an event with its date once, then the reactions to it ("condemned",
"welcomed", "responded to") without a date of their own. Dated by the publication day they can fall
days or months after the event they answer, and a reaction in a story about last year lands in the
wrong year. A reaction is not earlier than what it reacts to and usually follows it closely, so
the event's own date, at its precision, is the better estimate when the text states it.

The object of the reaction is its direct object or the object of one of a few prepositions
("responded to the strikes", "condemnation of the raid"); the event it names is found as the last
word with the same lemma earlier in the story (the noun again, or the verb: "attacked" / "the
attack"), and dated there by ``resolve``. Only a date the text gives (text, anchored, reported-speech)
counts; a publication day tells nothing new.
"""
from __future__ import annotations

from .expressions import lexicon
from .resolve import WINDOW, DateResult, resolve


def _object(tok):
    """The thing reacted to: a direct object, or the object of a reaction preposition."""
    preps = set(lexicon()["reaction_preps"])
    for c in tok.children:
        if c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN"):
            return c
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ == "NOUN":
                    return g
    return None


def reacted_to(sent_doc, trigger_i: int):
    """The noun a reaction trigger reacts to, or None when the trigger is not a reaction."""
    tok = sent_doc[trigger_i]
    if tok.lemma_.lower() not in lexicon()["reaction_words"]:
        return None
    obj = _object(tok)
    return obj if obj is not None and obj.lemma_.lower() not in lexicon()["reaction_words"] else None


def reaction_date(doc, seq: int, trigger_i: int, pub, exprs_of) -> DateResult | None:
    """The date of the event that the reaction at token ``trigger_i`` of sentence ``seq`` answers,
    from its last earlier mention with a date in the text; None when there is none."""
    sent = doc.sentences[seq]
    obj = reacted_to(sent.doc, trigger_i)
    if obj is None or obj.lemma_.lower() in lexicon()["generic_reaction_objects"]:
        return None  # "denounced the move": any act the story told, not one of its word ("moving oil")
    return mention_date(doc, seq, obj, pub, exprs_of)


def mention_date(doc, seq: int, obj, pub, exprs_of) -> DateResult | None:
    """The date the story gave the happening the noun ``obj`` of sentence ``seq`` names again ("the
    attack", "the blast"): its last earlier mention (the noun again, or its verb) dated in the text."""
    lemma = obj.lemma_.lower()
    for k in range(seq, max(-1, seq - 12), -1):
        other = doc.sentences[k]
        if other.doc is None:
            continue
        limit = obj.i if k == seq else len(other.doc)
        # the last WINDOW characters before the object (all of a sentence within the 2,000-character
        # cut): a run-on sentence is not scanned whole for every reaction in it
        horizon = (obj.idx if k == seq else len(other.text)) - WINDOW
        for t in reversed(other.doc[:limit]):
            if t.idx < horizon:
                break
            if t.lemma_.lower() != lemma or t.pos_ not in ("NOUN", "VERB"):
                continue
            r = resolve(other.doc, t.i, pub, {"expressions": exprs_of(k)})
            if r.source in ("text", "anchored", "reported-speech") and r.date:
                return DateResult(r.date, r.precision, r.enddate, r.text, "anchored",
                                  f"reacts to {t.text!r} dated {r.date}")
    return None
