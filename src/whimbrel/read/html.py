"""Reader for HTML pages (``.html``/``.htm``): the markup is kept whole for the cleaner.

Extraction (trafilatura) belongs to the clean stage, not here, so that ``whimbrel extract`` can
show what was thrown away. The reader only checks the bytes and honours a declared charset.
"""
from __future__ import annotations

from pathlib import Path

from ..model import Document
from ..options import Options
from .source import decode, read_bytes


def read_html(path: Path, doc_id: str, origin: str, options: Options, compressed: bool = False) -> Document:
    """One Document of kind "html". Raises InputError (E001/E002/E003/E004/E008)."""
    raw = decode(read_bytes(path, compressed, origin), origin, options.encoding, html=True)
    return Document(id=doc_id, origin=origin, raw=raw, kind="html")


def html_document(data: bytes, doc_id: str, origin: str, options: Options) -> Document:
    """The same from bytes already read (stdin)."""
    return Document(id=doc_id, origin=origin, raw=decode(data, origin, options.encoding, html=True), kind="html")
