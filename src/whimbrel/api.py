"""The library entry points that the CLI wraps: each command is a thin layer over one of these."""
from __future__ import annotations

from typing import Iterable, Iterator

from . import clean
from .errors import InputError
from .model import Document, Reject
from .options import Options
from .read import iter_documents


def extract(paths: Iterable[str], options: Options | None = None) -> Iterator[Document | Reject]:
    """Read and clean documents (no parsing): what the coder will read, and what it threw away."""
    from .segment import segment_document

    options = options or Options()
    for item in iter_documents(list(paths), options):
        if isinstance(item, Reject):
            yield item
            continue
        try:
            clean.clean_document(item, options)
            if not item.body.strip():
                from .errors import E

                raise InputError(E.E004, origin=item.origin)
            segment_document(item, options)
        except InputError as err:
            yield Reject(item.origin, err.code, err.message)
            continue
        yield item


def code_documents(paths: Iterable[str], options: Options | None = None, pipeline=None) -> Iterator[Document | Reject]:
    """Read, clean and code documents; yields coded Documents and Rejects in input order."""
    from .pipeline import Pipeline

    pipeline = pipeline or Pipeline(options)
    yield from pipeline.run(iter_documents(list(paths), pipeline.options))


def code(paths: Iterable[str], options: Options | None = None) -> Iterator[dict]:
    """PLOVER records (dicts) for every event in the given inputs; rejects are skipped (see code_documents)."""
    from .pipeline import Pipeline

    pipeline = Pipeline(options)
    for item in pipeline.run(iter_documents(list(paths), pipeline.options)):
        if isinstance(item, Document):
            yield from pipeline.records(item)


def code_text(text: str, doc_id: str = "text", pub_date=None, options: Options | None = None, pipeline=None) -> Document:
    """Code one string of plain text (already clean: no boilerplate removal). Used by evaluate and tests."""
    from .pipeline import Pipeline

    pipeline = pipeline or Pipeline(options)
    doc = Document(id=doc_id, origin=doc_id, raw=text, kind="clean")
    doc.pub_datetime = pub_date
    doc.date_source = "input" if pub_date else "none"
    out = next(iter(pipeline.run([doc])))
    if isinstance(out, Reject):
        raise ValueError(str(out))
    return out
