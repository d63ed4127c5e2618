"""Event dates. TEMPORARY first cut (to be replaced by the when/where helper)."""
from __future__ import annotations

from .model import Document
from .options import Options


def date_events(doc: Document, options: Options) -> None:
    pass
