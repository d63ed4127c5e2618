"""Shared by every reader: what a path's suffix says it holds, and bytes -> checked text.

Bad input is the normal case for a news coder (scrapes saved in odd encodings, a PDF in the wrong
folder, an empty file): every check here raises ``InputError`` with a code from whimbrel.errors so
that the dispatcher turns it into a ``Reject`` naming the input, and the batch goes on.

Gzip-compressed inputs (``.txt.gz``, ``.html.gz``, ``.jsonl.gz``) are read transparently because
crawls and benchmark sets are usually stored compressed.
"""
from __future__ import annotations

import codecs
import gzip
import os
import re
import zlib
from pathlib import Path

from ..errors import E, InputError
from ..model import Reject

# suffix (lower case, without .gz) -> reader kind
KINDS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
         ".jsonl": "jsonl", ".ndjson": "jsonl", ".warc": "warc", ".parquet": "parquet"}

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.\-]+)", re.I)


def kind_of(path: Path) -> tuple[str | None, bool, str]:
    """(reader kind or None, gzip-compressed?, name without the known suffixes) for a path."""
    name = path.name
    lower = name.lower()
    compressed = lower.endswith(".gz")
    base = lower[:-3] if compressed else lower
    suffix = os.path.splitext(base)[1]
    kind = KINDS.get(suffix)
    if kind is None:
        return None, compressed, name
    stem = name[: len(base) - len(suffix)]
    return kind, compressed, stem


def suffix_label(path: Path) -> str:
    return "".join(path.suffixes[-2:]) or path.name


def reject(err: InputError) -> Reject:
    return Reject(err.origin or "?", err.code, err.message)


def read_bytes(path: Path, compressed: bool, origin: str) -> bytes:
    """The file's bytes (decompressed); nonexistent / unreadable become E008 / E001."""
    try:
        if compressed:
            with gzip.open(path, "rb") as fh:
                return fh.read()
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(E.E008, origin=origin) from None
    except IsADirectoryError:
        raise InputError(E.E001, origin=origin, reason="is a directory") from None
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as err:
        reason = getattr(err, "strerror", None) or str(err) or type(err).__name__
        if compressed:
            reason = f"corrupt or truncated gzip data: {reason}"
        raise InputError(E.E001, origin=origin, reason=reason) from None


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control characters in the first 4 KB: not a text or HTML file."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in data:
        return True
    head = data[:4096]
    return bool(head) and len(_CONTROL.findall(head)) > 0.05 * len(head)


def decode(data: bytes, origin: str, encoding: str = "utf-8", html: bool = False) -> str:
    """Checked text of one input: binary -> E003, undecodable -> E002 (with the byte offset).

    A BOM decides the encoding. HTML that is not valid UTF-8 may still declare its charset in a
    ``<meta>`` tag (older news sites use windows-1252 and the like): that declaration is honoured.
    Otherwise the encoding is detected (``detect_encoding``, as trafilatura does for HTML), so
    Latin-1 and cp1252 scrapes are read, not refused. Whitespace-only input is E004.
    """
    return decode_detected(data, origin, encoding, html)[0]


def decode_detected(data: bytes, origin: str, encoding: str = "utf-8", html: bool = False) -> tuple[str, str]:
    """``decode``, also returning the encoding used (recorded as ``doc.meta["encoding"]``)."""
    if looks_binary(data):
        raise InputError(E.E003, origin=origin)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            encoding = codec
            break
    used = encoding
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        found = (_declared_charset(data) if html else None) or detect_encoding(data)
        if found is None:
            raise InputError(E.E002, origin=origin, pos=err.start) from None
        text, used = found
    except LookupError:
        raise InputError(E.E001, origin=origin, reason=f"unknown encoding '{encoding}'") from None
    if not text.strip():
        raise InputError(E.E004, origin=origin)
    return text, used


def detect_encoding(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) by charset detection (charset-normalizer, which trafilatura already uses),
    or None when no encoding fits. Only reached for bytes that are not UTF-8."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a dependency of trafilatura
        return None
    best = from_bytes(data[:200_000]).best()
    if best is None or not best.encoding:
        return None
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        return None


def _declared_charset(data: bytes) -> tuple[str, str] | None:
    m = _META_CHARSET.search(data[:8192])
    if not m:
        return None
    try:
        codec = codecs.lookup(m.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None
    if codec.name in ("utf-8", "utf-8-sig"):
        return None
    try:
        return data.decode(codec.name), codec.name
    except UnicodeDecodeError:
        return None


# publication dates whimbrel accepts: the date arithmetic of the later stages ("a day before",
# "last year", month ends) must stay inside Python's years 1..9999, and no news story is older
YEARS = (1800, 2200)


def date_problem(dt) -> str | None:
    """Why a stated publication date cannot be used (out of range), or None."""
    if dt is not None and not YEARS[0] <= dt.year <= YEARS[1]:
        return f"year {dt.year} is outside {YEARS[0]}-{YEARS[1]}"
    return None


def iso_publication_date(value, origin: str | None = None):
    """A publication date a caller states (the CLI's --date, code_text's pub_date) as an aware
    datetime: an ISO 8601 string, a date or a datetime; a naive one is read as UTC. Anything else,
    or a year out of range, is an E010 input error naming the value."""
    from datetime import date, datetime, time, timezone

    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError as err:
            raise InputError(E.E010, origin=origin, value=value,
                             reason=f"{err} (use YYYY-MM-DD or an ISO 8601 date-time)") from None
    elif isinstance(value, date) and not isinstance(value, datetime):
        value = datetime.combine(value, time())
    if not isinstance(value, datetime):
        raise InputError(E.E010, origin=origin, value=value, reason="not a date, datetime or ISO 8601 string")
    if date_problem(value):
        raise InputError(E.E010, origin=origin, value=value, reason=date_problem(value))
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
