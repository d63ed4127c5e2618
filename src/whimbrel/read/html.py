"""Reader for HTML pages (``.html``/``.htm``): the markup is kept whole for the cleaner.

Extraction (trafilatura) belongs to the clean stage, not here, so that ``whimbrel extract`` can
show what was thrown away. The reader only checks the bytes and honours a declared charset.
"""
from __future__ import annotations

from pathlib import Path

from ..model import Document
from ..options import Options
from .source import decode_detected, read_bytes


def read_html(path: Path, doc_id: str, origin: str, options: Options, compressed: bool = False) -> Document:
    """One Document of kind "html". Raises InputError (E001/E002/E003/E004/E008)."""
    return _document(read_bytes(path, compressed, origin), doc_id, origin, options)


def html_document(data: bytes, doc_id: str, origin: str, options: Options) -> Document:
    """The same from bytes already read (stdin)."""
    return _document(data, doc_id, origin, options)


def _document(data: bytes, doc_id: str, origin: str, options: Options) -> Document:
    raw, encoding = decode_detected(data, origin, options.encoding, html=True)
    doc = Document(id=doc_id, origin=origin, raw=raw, kind="html")
    if encoding != options.encoding:
        doc.meta["encoding"] = encoding  # detected or declared, not the default
    return doc
