"""The library entry points that the CLI wraps: each command is a thin layer over one of these.

Hard to misuse, like spaCy's: a single ``str`` or ``Path`` is one path (never iterated character
by character), and an input that cannot be read or coded is never dropped silently: with
``rejects="raise"`` (the default) it raises whimbrel.errors.Rejected, with ``rejects="yield"`` the
Reject is yielded in input order among the results. For text and HTML held in strings, use
``Pipeline`` (``pipeline(text)``, ``pipeline.pipe(texts)``).
"""
from __future__ import annotations

import os
from typing import Iterable, Iterator, Union

from . import clean
from .errors import E, InputError, Rejected, WhimbrelError
from .model import Document, Reject
from .options import Options
from .read import iter_documents

PathLike = Union[str, "os.PathLike[str]"]
REJECTS = ("raise", "yield")


def as_paths(paths: PathLike | Iterable[PathLike]) -> list[str]:
    """A single str or Path is one path; any other iterable is a list of paths."""
    if isinstance(paths, (str, os.PathLike)):
        return [os.fspath(paths)]
    if isinstance(paths, bytes):
        return [os.fsdecode(paths)]
    return [os.fspath(p) for p in paths]


def handle_reject(item: Reject, rejects: str) -> Reject:
    """Raise the reject (``rejects="raise"``) or hand it back to be yielded."""
    if rejects == "raise":
        raise Rejected(item)
    return item


def _check(rejects: str) -> None:
    if rejects not in REJECTS:
        raise WhimbrelError(E.E204, option="rejects", value=rejects, reason="use " + " or ".join(REJECTS))


def extract(paths: PathLike | Iterable[PathLike], options: Options | None = None,
            rejects: str = "raise") -> Iterator[Document | Reject]:
    """Read and clean documents (no parsing): what the coder will read, and what it threw away."""
    from .segment import segment_document

    _check(rejects)
    options = options or Options()
    for item in iter_documents(as_paths(paths), options):
        if isinstance(item, Reject):
            yield handle_reject(item, rejects)
            continue
        try:
            clean.clean_document(item, options)
            if not item.body.strip():
                raise InputError(E.E004, origin=item.origin)
            segment_document(item, options)
        except InputError as err:
            yield handle_reject(Reject(item.origin, err.code, err.message), rejects)
            continue
        yield item


def code_documents(paths: PathLike | Iterable[PathLike], options: Options | None = None,
                   pipeline=None) -> Iterator[Document | Reject]:
    """Read, clean and code documents; yields coded Documents and Rejects in input order."""
    from .pipeline import Pipeline

    pipeline = pipeline or Pipeline(options)
    yield from pipeline.run(iter_documents(as_paths(paths), pipeline.options))


def code(paths: PathLike | Iterable[PathLike], options: Options | None = None, rejects: str = "raise",
         pipeline=None) -> Iterator[dict | Reject]:
    """PLOVER records (dicts) for every event in the given inputs, in input order; a rejected input
    raises Rejected, or with ``rejects="yield"`` is yielded as a Reject among the records."""
    from .pipeline import Pipeline

    _check(rejects)
    pipeline = pipeline or Pipeline(options)
    for item in code_documents(paths, pipeline=pipeline):
        if isinstance(item, Reject):
            yield handle_reject(item, rejects)
            continue
        yield from pipeline.records(item)


def code_text(text: str, doc_id: str = "text", pub_date=None, options: Options | None = None, pipeline=None) -> Document:
    """Code one string of plain text (already clean: no boilerplate removal). Used by evaluate and tests.
    ``pub_date``: a datetime, a date or an ISO 8601 string (a naive one is read as UTC)."""
    from .pipeline import Pipeline
    from .read.source import iso_publication_date

    pipeline = pipeline or Pipeline(options)
    doc = Document(id=doc_id, origin=doc_id, raw=text, kind="clean")
    doc.pub_datetime = iso_publication_date(pub_date, doc_id)
    doc.date_source = "input" if pub_date else "none"
    out = next(iter(pipeline.run([doc])))
    if isinstance(out, Reject):
        raise Rejected(out)
    return out


ENGINES = ("local", "ray")


def _engine(engine: str) -> str:
    if engine not in ENGINES:
        raise WhimbrelError(E.E204, option="engine", value=engine, reason="use " + " or ".join(ENGINES))
    return engine


def code_dataset(paths: PathLike | Iterable[PathLike], out: PathLike, options: Options | None = None,
                 engine: str = "ray", address: str | None = None, workers: int | None = None, **ray_options):
    """Code a corpus of many files on Ray into the Parquet dataset ``out`` (events by month,
    documents, rejects, merged events; whimbrel.scale). ``address`` joins a running cluster; by
    default Ray starts on this machine. Returns whimbrel.scale.RayStats. Re-running replaces ``out``."""
    from .scale import run

    if _engine(engine) != "ray":
        raise WhimbrelError(E.E204, option="engine", value=engine, reason="a dataset is written by the ray engine; "
                            "for the local path use whimbrel.code")
    return run(as_paths(paths), out, options, address=address, workers=workers, **ray_options)


def ingest(paths: PathLike | Iterable[PathLike], db: PathLike, options: Options | None = None, engine: str = "local",
           address: str | None = None, workers: int | None = None, out: PathLike | None = None, merge: bool = True):
    """Code and store a corpus in the DuckDB store ``db``. ``engine="local"``: whimbrel.store.ingest
    (streaming, resumable). ``engine="ray"``: code on Ray into the dataset ``out`` (default
    ``<db>.ray``), then load it (whimbrel.store.import_parquet). Returns the run's stats."""
    if _engine(engine) == "local":
        from .store.ingest import ingest as local_ingest

        return local_ingest(as_paths(paths), db, options, merge=merge)
    from .store.import_parquet import import_parquet

    out = os.fspath(out) if out is not None else os.fspath(db) + ".ray"
    code_dataset(paths, out, options, address=address, workers=workers, merge=merge)
    return import_parquet(out, db)
