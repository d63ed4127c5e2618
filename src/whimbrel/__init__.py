"""whimbrel: political event data from news text, offline.

Public API::

    import whimbrel
    for doc in whimbrel.extract(["article.txt"]):   # read + clean only
        print(doc.body)
    for event in whimbrel.code(["article.txt"]):     # PLOVER records (dicts)
        print(event["event"], event["actor"])
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__", "code", "extract", "code_text", "Pipeline", "Options"]


def __getattr__(name):  # lazy: importing whimbrel must not load spaCy or every stage
    if name in ("code", "extract", "code_text", "code_documents"):
        from . import api

        return getattr(api, name)
    if name == "Pipeline":
        from .pipeline import Pipeline

        return Pipeline
    if name == "Options":
        from .options import Options

        return Options
    raise AttributeError(name)
