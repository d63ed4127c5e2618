"""whimbrel: political event data from news text, offline.

Public API::

    import whimbrel
    for doc in whimbrel.extract("article.txt"):      # read + clean only; a str is one path
        print(doc.body)
    for event in whimbrel.code("article.txt"):        # PLOVER records (dicts)
        print(event["event"], event["actor"])
    records = whimbrel.Pipeline()("Iran accused Iraq of shelling villages.")   # a text or HTML string

A corpus of many files on Ray (``pip install whimbrel[ray]``; docs/scale.md)::

    whimbrel.code_dataset("corpus/", "out/")                 # Parquet: events by month, rejects
    whimbrel.ingest("corpus/", "events.duckdb", engine="ray") # the same, loaded into the store

Rejected inputs raise whimbrel.errors.Rejected, or come back as ``Reject`` with ``rejects="yield"``.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__", "code", "extract", "code_text", "code_documents", "code_dataset", "ingest", "Pipeline",
           "Options", "Reject"]


def __getattr__(name):  # lazy: importing whimbrel must not load spaCy or every stage
    if name in ("code", "extract", "code_text", "code_documents", "code_dataset", "ingest"):
        from . import api

        return getattr(api, name)
    if name == "Pipeline":
        from .pipeline import Pipeline

        return Pipeline
    if name == "Reject":
        from .model import Reject

        return Reject
    if name == "Options":
        from .options import Options

        return Options
    raise AttributeError(name)
