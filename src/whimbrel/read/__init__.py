"""Readers: turn inputs into Documents (raw text + what the input states), or Rejects.

``iter_documents(paths, options)`` is the one entry point. It streams: one file at a time, JSONL
one line at a time, directories walked lazily in sorted order, so a corpus is never held whole.
One module per input kind does the reading:

- ``text.py``  ``.txt`` scraped plain-text pages (kind "text")
- ``html.py``  ``.html``/``.htm`` pages (kind "html")
- ``jsonl.py`` ``.jsonl`` story files, NGEC/POLECAT shape (kind "clean" for ``text``, "html" for ``html``)
- ``stdin.py`` ``-``: sniffs JSONL vs HTML vs text
- ``parquet.py`` ``.parquet`` story files, one story a row (id/text/html/date columns; needs pyarrow)
- ``warc.py``  ``.warc``/``.warc.gz`` web archives (written by the store engineer; imported lazily)

Any of these may also be gzip-compressed (``.txt.gz`` ...).

Document ids cannot collide: a file named on the command line has its path as named, normalised
(``./`` and ``..`` resolved, ``/`` separators, suffix kept: ``report.txt`` and ``report.html`` are
two documents); a file found by walking a directory has its path relative to that directory (so a
corpus keeps its ids wherever it is ingested from); a JSONL story's
is its ``id``, else ``<path>:<line>``; a WARC page's its target URI; a page on stdin gets ``--id``,
else ``stdin:<content hash>``. Within one run an id read a second time (the same JSONL id twice,
the same file named twice or reached again through a link) is a Reject E012 naming where it was
first read, so every input ends as a Document or a Reject: ``documents + rejects = inputs``.
Directory walks visit each real directory once (symlink loops end) and leave out whimbrel's own
outputs (``Options.skip_paths``) and hidden files. Anything unreadable becomes a Reject with a code
from whimbrel.errors naming the input (and line); the batch goes on, and nothing is lost silently.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import E, InputError, WhimbrelError, printable
from ..model import Document, Reject
from ..options import Options
from ..outputs import identity
from .html import read_html
from .jsonl import iter_jsonl
from .source import kind_of, reject, suffix_label
from .stdin import iter_stdin
from .text import read_text

log = logging.getLogger("whimbrel.read")

__all__ = ["iter_documents", "iter_path", "iter_files", "read_file"]


def iter_documents(paths: Iterable[str], options: Options | None = None) -> Iterator[Document | Reject]:
    """Documents and Rejects from every path in order (``-`` = stdin, directories walked)."""
    options = options or Options()
    seen = _Seen()
    for p in paths:
        p = str(p)
        if p == "-":
            items = iter_stdin(options)
        else:
            items = iter_path(Path(p), options, seen)
        yield from seen.unique(items)


class _Seen:
    """What one run has read: real directories, real files and document ids (each only once)."""

    def __init__(self):
        self.dirs: set[tuple] = set()
        self.files: dict[tuple, str] = {}
        self.ids: dict[str, str] = {}

    def unique(self, items: Iterable[Document | Reject]) -> Iterator[Document | Reject]:
        for item in items:
            if isinstance(item, Document):
                first = self.ids.setdefault(item.id, item.origin)
                if first != item.origin:
                    item = reject(InputError(E.E012, origin=item.origin, doc_id=item.id, first=first))
            yield item

    def new_file(self, path: Path, origin: str) -> Reject | None:
        """None the first time a real file is met, else a Reject naming where it was read."""
        key = identity(path)
        first = self.files.setdefault(key, origin)
        if first != origin:
            return reject(InputError(E.E012, origin=origin, doc_id=origin, first=first))
        return None


def doc_id_for(path: Path) -> str:
    """A path as named, normalised, as a document id (undecodable name bytes escaped)."""
    return printable(os.path.normpath(str(path)).replace(os.sep, "/"))


def iter_path(path: Path, options: Options, seen: _Seen | None = None) -> Iterator[Document | Reject]:
    for item in iter_files(path, options, seen or _Seen()):
        if isinstance(item, Reject):
            yield item
        else:
            yield from read_file(item[0], item[1], options)


def iter_files(path: Path, options: Options, seen: _Seen | None = None) -> Iterator[tuple[Path, str] | Reject]:
    """The input files a path stands for, as (file, document id), in reading order; or Rejects.

    Shared by the local reader and the Ray engine (whimbrel.scale lists shards with it), so both
    read the same files in the same order under the same ids."""
    seen = seen or _Seen()
    try:
        is_dir = path.is_dir()
    except OSError:
        is_dir = False
    if is_dir:
        yield from _walk(path, path, options, seen)
        return
    kind, _, stem = kind_of(path)
    if kind is None:
        if not path.exists():
            yield reject(InputError(E.E008, origin=str(path)))
        else:
            yield reject(InputError(E.E009, origin=str(path), suffix=suffix_label(path)))
        return
    yield from _once(path, doc_id_for(path), seen)


def _walk(root: Path, folder: Path, options: Options, seen: _Seen) -> Iterator[tuple[Path, str] | Reject]:
    """Files under ``folder`` with a known suffix, recursively, sorted by name; hidden ones skipped.

    Each real directory is walked once (a symlink loop, or two links to one folder, would otherwise
    be walked forever or read twice); whimbrel's own outputs are left out.
    """
    key = identity(folder)
    if key in seen.dirs:
        log.info("skipping %s: this directory was already walked (a link or a loop)", printable(folder))
        return
    seen.dirs.add(key)
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
            yield from _walk(root, path, options, seen)
            continue
        kind, _, stem = kind_of(path)
        if kind is None:
            log.debug("skipping %s: not a known input suffix", printable(path))
            continue
        if options.skip_paths and identity(path) in options.skip_paths:
            log.info("skipping %s: it is one of this run's outputs", printable(path))
            continue
        yield from _once(path, doc_id_for(path.relative_to(root)), seen)


def _once(path: Path, doc_id: str, seen: _Seen) -> Iterator[tuple[Path, str] | Reject]:
    """The file, or a Reject if this real file was already read in this run."""
    dup = seen.new_file(path, printable(path)) if path.exists() else None
    yield dup if dup is not None else (path, doc_id)


def read_file(path: Path, doc_id: str, options: Options) -> Iterator[Document | Reject]:
    kind, compressed, stem = kind_of(path)
    origin = printable(path)
    try:
        if kind == "text":
            yield read_text(path, doc_id, origin, options, compressed)
        elif kind == "html":
            yield read_html(path, doc_id, origin, options, compressed)
        elif kind == "jsonl":
            yield from _jsonl(path, compressed, doc_id, options)
        elif kind == "warc":
            yield from _warc(path, options)
        elif kind == "parquet":
            from .parquet import iter_parquet

            yield from iter_parquet(path, doc_id, options)
    except InputError as err:
        yield reject(err)


def _jsonl(path: Path, compressed: bool, stem: str, options: Options) -> Iterator[Document | Reject]:
    import gzip
    import zlib

    try:
        fh = gzip.open(path, "rb") if compressed else open(path, "rb")
    except FileNotFoundError:
        raise InputError(E.E008, origin=str(path)) from None
    except OSError as err:
        raise InputError(E.E001, origin=str(path), reason=err.strerror or str(err)) from None
    counter = _LineCounter(fh)
    with fh:
        try:
            yield from iter_jsonl(counter, printable(path), stem, options)
        except (OSError, EOFError, zlib.error) as err:  # a truncated or corrupt .gz: the lines before it stand
            where = f"after line {counter.lines} (byte {counter.offset} of the uncompressed stream)"
            raise InputError(E.E001, origin=str(path),
                             reason=f"corrupt or truncated data {where}: {err or type(err).__name__}") from None


class _LineCounter:
    """Iterates a binary stream's lines, remembering how far it got (to name where a stream broke)."""

    def __init__(self, fh):
        self.fh, self.lines, self.offset = fh, 0, 0

    def __iter__(self):
        for line in self.fh:
            self.lines += 1
            self.offset += len(line)
            yield line


def _warc(path: Path, options: Options) -> Iterator[Document | Reject]:
    try:
        from .warc import iter_warc
    except ImportError as err:
        raise InputError(E.E011, origin=str(path), reason=f"WARC support is not available ({err})") from None
    try:
        yield from iter_warc(path, options)
    except InputError:
        raise
    except WhimbrelError as err:
        yield Reject(err.origin or str(path), err.code, err.message)
