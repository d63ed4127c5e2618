"""Event coding. TEMPORARY first cut (to be replaced by the events helper)."""
from __future__ import annotations

from ..model import Document
from ..options import Options


def mark_candidates(doc: Document, options: Options) -> None:
    for s in doc.sentences:
        s.candidate = True


def code_events(doc: Document, options: Options) -> None:
    pass


def merge_mentions(doc: Document, options: Options) -> None:
    pass
