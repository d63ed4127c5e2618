"""Readers: one module per input kind, each turning an input into Documents (raw text + metadata).

TEMPORARY first cut (to be replaced by the reading helper): .txt files only.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..model import Document, Reject
from ..options import Options


def iter_documents(paths: list[str], options: Options) -> Iterator[Document | Reject]:
    for p in paths:
        path = Path(p)
        yield Document(id=path.stem, origin=str(path), raw=path.read_text(encoding="utf-8"), kind="text")
