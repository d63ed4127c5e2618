"""Reader for web archives (``.warc``, ``.warc.gz``): one Document per archived HTML page.

Crawls (Common Crawl, Heritrix, wget --warc-file, browsertrix) keep pages as WARC ``response``
records (HTTP headers + body) or ``resource`` records (body only). warcio reads both, gzip or not,
streaming record by record, so an archive of any size is never held whole.

What becomes a Document: a 2xx ``response`` (or a ``resource``) whose content type is HTML
(kind "html") or plain text (kind "text"). Everything else in a crawl (requests, metadata, robots.txt,
images, scripts, redirects, 404 pages) is skipped quietly: it is not a story, and reporting each
one would bury the real rejects. A page whose bytes cannot be decoded is a Reject naming the
archive and the record's offset; a damaged archive stops with E011 after the records before it.

Ids: the target URI (WARC-Target-URI) when present, else the WARC-Record-ID; the same page crawled
twice keeps one id, so the event store replaces the older capture. The URI is also ``url``. The
WARC-Date is when the page was *crawled*, not published: it goes to ``meta["crawl_date"]``, never
to ``pub_datetime`` (the clean stage finds the publication date in the page).
"""
from __future__ import annotations

import logging
import zlib
from pathlib import Path
from typing import Iterator

from ..errors import E, InputError
from ..model import Document, Reject
from ..options import Options
from .source import decode

log = logging.getLogger("whimbrel.read")

_KINDS = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}


def _content_type(record) -> tuple[str, str | None]:
    """(media type, charset) from the HTTP headers of a response, else the WARC Content-Type."""
    value = None
    if record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type")
    if not value and record.rec_type == "resource":
        value = record.rec_headers.get_header("Content-Type")
    if not value:
        return "", None
    parts = [p.strip() for p in value.split(";")]
    charset = next((p.split("=", 1)[1].strip("\"' ") for p in parts[1:] if p.lower().startswith("charset=")), None)
    return parts[0].lower(), charset


def _status(record) -> int | None:
    if record.http_headers is None:
        return None
    try:
        return int(record.http_headers.get_statuscode())
    except (TypeError, ValueError):
        return None


def _head(fh) -> bytes:
    """The first bytes of the archive's content (gunzipped), the file position left at 0."""
    import gzip
    import zlib

    start = fh.read(2)
    fh.seek(0)
    try:
        if start == b"\x1f\x8b":
            with gzip.GzipFile(fileobj=fh) as gz:
                head = gz.read(16)
        else:
            head = fh.read(16)
    except (OSError, EOFError, zlib.error):
        head = b""
    fh.seek(0)
    return head.lstrip()


def iter_warc(path: str | Path, options: Options | None = None) -> Iterator[Document | Reject]:
    """Documents (HTML/text pages) and Rejects from one WARC file, in archive order."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    options = options or Options()
    path = Path(path)
    try:
        fh = open(path, "rb")
    except FileNotFoundError:
        raise InputError(E.E008, origin=str(path)) from None
    except OSError as err:
        raise InputError(E.E001, origin=str(path), reason=err.strerror or str(err)) from None
    with fh:
        head = _head(fh)
        if not head.startswith((b"WARC/", b"filedesc://")):
            raise InputError(E.E011, origin=str(path), reason="not a WARC (or ARC) file")
        # digests are checked so that a truncated or corrupted record stops the file with E011
        # instead of passing on a cut-off page (warcio otherwise reads what is there)
        it = ArchiveIterator(fh, check_digests="raise")
        pages = records = 0
        try:
            for record in it:
                records += 1
                if record.length is None:  # no Content-Length (mandatory): the file ends inside the headers
                    raise InputError(E.E011, origin=f"{path}@{it.get_record_offset()}",
                                     reason=f"record cut off in its headers after byte {it.get_record_offset()} "
                                            "(truncated archive)")
                if record.rec_type not in ("response", "resource"):
                    continue
                media, charset = _content_type(record)
                kind = _KINDS.get(media)
                status = _status(record)
                uri = record.rec_headers.get_header("WARC-Target-URI")
                if kind is None or (status is not None and not 200 <= status < 300):
                    log.debug("skipping %s (%s, status %s)", uri, media or "no type", status)
                    continue
                data = record.content_stream().read()
                cut = getattr(record.raw_stream, "limit", 0)  # bytes the header promised but the file lacks
                # asking for the offset reads the record to its end: only once its content is read
                origin = f"{path}@{it.get_record_offset()}"
                if cut:
                    pages += 1
                    yield Reject(origin, "E011", E.E011.format(
                        reason=f"record cut off: {cut} of its {record.length} bytes are missing (truncated archive)"))
                    continue
                try:
                    raw = decode(data, origin, charset or options.encoding, html=kind == "html")
                except InputError as err:
                    pages += 1
                    yield Reject(err.origin or origin, err.code, err.message)
                    continue
                doc_id = uri or record.rec_headers.get_header("WARC-Record-ID") or origin
                doc = Document(id=doc_id, origin=origin, raw=raw, kind=kind, url=uri)
                if uri:
                    doc.meta["url"] = uri
                crawl = record.rec_headers.get_header("WARC-Date")
                if crawl:
                    doc.meta["crawl_date"] = crawl
                doc.meta["warc_record_id"] = record.rec_headers.get_header("WARC-Record-ID")
                pages += 1
                yield doc
        except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as err:
            raise InputError(E.E011, origin=f"{path}@{it.offset}",
                             reason=f"damaged after byte {it.offset}: {err or type(err).__name__}") from None
        _check_consumed(fh, it, path)
        if not pages:  # an archive is an input too: one without a single page is reported
            raise InputError(E.E011, origin=str(path), reason=f"no HTML or plain-text page among its {records} records")


def _check_consumed(fh, it, path: Path) -> None:
    """A gzip WARC cut inside a record ends the iteration quietly: bytes left unread are E011."""
    size = fh.seek(0, 2)
    if it.offset < size:
        raise InputError(E.E011, origin=f"{path}@{it.offset}",
                         reason=f"truncated or damaged archive: {size - it.offset} bytes after byte {it.offset} could not be read")
