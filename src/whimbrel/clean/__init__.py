"""Cleaning: body vs boilerplate, datelines, metadata. TEMPORARY first cut (to be replaced)."""
from __future__ import annotations

from ..model import Document
from ..options import Options


def clean_document(doc: Document, options: Options) -> None:
    doc.body = doc.raw.strip()
