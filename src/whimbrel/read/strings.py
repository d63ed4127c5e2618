"""Documents from strings held in memory (``Pipeline(text)``, ``Pipeline.pipe(texts)``).

Why a reader: a string is a page like a file's content, so it goes through the same cleaning (a
string starting with ``<`` is HTML, as for stdin; anything else a scraped text page), and a string
that is not text (not a ``str``) is a Reject, not a crash deep in a stage.
"""
from __future__ import annotations

import itertools
from datetime import datetime, timezone
from typing import Iterable, Iterator

from ..errors import E, InputError
from ..model import Document, Reject
from ..options import Options
from .source import reject


def _date(value) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value if value is None or value.tzinfo else value.replace(tzinfo=timezone.utc)
    dt = datetime.fromisoformat(str(value))
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def string_documents(texts: Iterable[str], ids: Iterable[str] | None, date, options: Options) -> Iterator[Document | Reject]:
    """One Document per string (kind "html" or "text"); ids default to text-1, text-2, ..."""
    if isinstance(texts, (str, bytes)):
        texts = [texts]
    pub = _date(date)
    names = itertools.chain(ids or [], (f"text-{i}" for i in itertools.count(1)))
    for text, doc_id in zip(texts, names):
        if not isinstance(text, str):
            yield reject(InputError(E.E007, origin=doc_id, field="text", expected="a str",
                                    got=type(text).__name__))
            continue
        kind = "html" if text.lstrip("\ufeff \t\r\n").startswith("<") else "text"
        doc = Document(id=doc_id, origin=doc_id, raw=text, kind=kind)
        if pub is not None:
            doc.pub_datetime, doc.date_source = pub, "input"
        yield doc
