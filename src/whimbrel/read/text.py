"""Reader for plain-text pages (``.txt``): a scraped page, clutter and all, for the cleaner."""
from __future__ import annotations

from pathlib import Path

from ..model import Document
from ..options import Options
from .source import decode, read_bytes


def read_text(path: Path, doc_id: str, origin: str, options: Options, compressed: bool = False) -> Document:
    """One Document of kind "text". Raises InputError (E001/E002/E003/E004/E008)."""
    raw = decode(read_bytes(path, compressed, origin), origin, options.encoding)
    return Document(id=doc_id, origin=origin, raw=raw, kind="text")


def text_document(data: bytes, doc_id: str, origin: str, options: Options) -> Document:
    """The same from bytes already read (stdin)."""
    return Document(id=doc_id, origin=origin, raw=decode(data, origin, options.encoding), kind="text")
