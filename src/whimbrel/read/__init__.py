"""Readers: turn inputs into Documents (raw text + what the input states), or Rejects.

``iter_documents(paths, options)`` is the one entry point. It streams: one file at a time, JSONL
one line at a time, directories walked lazily in sorted order, so a corpus is never held whole.
One module per input kind does the reading:

- ``text.py``  ``.txt`` scraped plain-text pages (kind "text")
- ``html.py``  ``.html``/``.htm`` pages (kind "html")
- ``jsonl.py`` ``.jsonl`` story files, NGEC/POLECAT shape (kind "clean" for ``text``, "html" for ``html``)
- ``stdin.py`` ``-``: sniffs JSONL vs HTML vs text
- ``warc.py``  ``.warc``/``.warc.gz`` web archives (written by the store engineer; imported lazily)

Any of these may also be gzip-compressed (``.txt.gz`` ...). Document ids: the JSONL ``id`` (else
``<file stem>:<line>``), the file stem for a file named directly, the path relative to the walked
directory without its suffix, "stdin" for ``-``. Anything unreadable becomes a Reject with a code
from whimbrel.errors naming the input (and line); the batch goes on, and nothing is lost silently.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import E, InputError, WhimbrelError
from ..model import Document, Reject
from ..options import Options
from .html import read_html
from .jsonl import iter_jsonl
from .source import kind_of, reject, suffix_label
from .stdin import iter_stdin
from .text import read_text

log = logging.getLogger("whimbrel.read")

__all__ = ["iter_documents", "iter_path"]


def iter_documents(paths: Iterable[str], options: Options | None = None) -> Iterator[Document | Reject]:
    """Documents and Rejects from every path in order (``-`` = stdin, directories walked)."""
    options = options or Options()
    for p in paths:
        p = str(p)
        if p == "-":
            yield from iter_stdin(options)
            continue
        yield from iter_path(Path(p), options)


def iter_path(path: Path, options: Options) -> Iterator[Document | Reject]:
    if path.is_dir():
        yield from _walk(path, path, options)
        return
    kind, _, stem = kind_of(path)
    if kind is None:
        if not path.exists():
            yield reject(InputError(E.E008, origin=str(path)))
        else:
            yield reject(InputError(E.E009, origin=str(path), suffix=suffix_label(path)))
        return
    yield from _read_file(path, stem, options)


def _walk(root: Path, folder: Path, options: Options) -> Iterator[Document | Reject]:
    """Files under ``folder`` with a known suffix, recursively, sorted by name; hidden ones skipped."""
    try:
        with os.scandir(folder) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as err:
        yield reject(InputError(E.E001, origin=str(folder), reason=err.strerror or str(err)))
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(root, path, options)
            continue
        kind, _, stem = kind_of(path)
        if kind is None:
            log.debug("skipping %s: not a known input suffix", path)
            continue
        doc_id = (path.parent.relative_to(root) / stem).as_posix()
        yield from _read_file(path, doc_id, options)


def _read_file(path: Path, doc_id: str, options: Options) -> Iterator[Document | Reject]:
    kind, compressed, stem = kind_of(path)
    origin = str(path)
    try:
        if kind == "text":
            yield read_text(path, doc_id, origin, options, compressed)
        elif kind == "html":
            yield read_html(path, doc_id, origin, options, compressed)
        elif kind == "jsonl":
            yield from _jsonl(path, compressed, stem, options)
        elif kind == "warc":
            yield from _warc(path, options)
    except InputError as err:
        yield reject(err)


def _jsonl(path: Path, compressed: bool, stem: str, options: Options) -> Iterator[Document | Reject]:
    import gzip

    try:
        fh = gzip.open(path, "rb") if compressed else open(path, "rb")
    except FileNotFoundError:
        raise InputError(E.E008, origin=str(path)) from None
    except OSError as err:
        raise InputError(E.E001, origin=str(path), reason=err.strerror or str(err)) from None
    with fh:
        try:
            yield from iter_jsonl(fh, str(path), stem, options)
        except (OSError, EOFError) as err:  # e.g. a truncated .gz
            raise InputError(E.E001, origin=str(path), reason=str(err) or type(err).__name__) from None


def _warc(path: Path, options: Options) -> Iterator[Document | Reject]:
    try:
        from .warc import iter_warc
    except ImportError as err:
        raise InputError(E.E011, origin=str(path), reason=f"WARC support is not available ({err})") from None
    try:
        yield from iter_warc(path, options)
    except WhimbrelError as err:
        yield Reject(err.origin or str(path), err.code, err.message)
