"""code_events: every codable predicate of every parsed sentence becomes an Event that explains itself.

Per sentence, the passes of events/passes.py run in their declared order: find the candidate triggers
(triggers.py) and set aside those that are only the content, topic, purpose or background of another
event (find.py); take actor and recipient from the parse (roles.py) and resolve them through the
actor stage; set the auxiliary modes (modality.py); fill in an actor or recipient the parse left out
(fill_actor.py, fill_recipient.py); apply the manual's rules that turn a mode into a category (future
cooperation -> AGREE, future retreat -> CONCEDE, a use of force announced by its own actor ->
THREATEN) and choose the most specific CAMEO code the words support and its Goldstein weight
(decide.py).
"""
from __future__ import annotations

from ..model import Document
from ..options import Options
from .passes import active_passes, code_sentence

__all__ = ["code_events", "code_sentence"]


def code_events(doc: Document, options: Options) -> None:
    if doc.discarded:
        return
    passes = active_passes(options)  # checked once per document, not per sentence
    for sent in doc.sentences:
        if sent.doc is None:
            continue
        doc.events.extend(code_sentence(doc, sent, options, passes))
