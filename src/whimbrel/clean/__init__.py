"""Cleaning: the article's body (one paragraph a line) apart from the page furniture, and its metadata.

``clean_document(doc, options)`` dispatches on ``doc.kind``:

- ``clean``: the body is ``raw`` as given (already-extracted text: JSONL ``text``, ``code_text``).
- ``html``: trafilatura plus our promo/widget filter (clean/html.py).
- ``text``: a scraped plain-text page, line classes and blocks (clean/text.py).

Metadata the reader set from the input (JSONL ``date``, ``title``, ...) is never overridden. When
the page states no date, ``--date`` (``options.default_date``) gives it with date_source "option";
otherwise pub_datetime stays None with date_source "none" (never today's date: events would be
misdated silently).

A wire dateline opening the body ("KYIV, March 3 (Reuters) -") is then cut off and kept in
``doc.meta`` (clean/wire.py): it is metadata, never a sentence that yields actors or events.
"""
from __future__ import annotations

from ..model import Document
from ..options import Options

__all__ = ["clean_document"]


def clean_document(doc: Document, options: Options) -> None:
    if doc.kind == "clean":
        doc.body = doc.raw
    elif doc.kind == "html":
        from .html import clean_html

        clean_html(doc, options)
    else:
        from .text import clean_text

        clean_text(doc, options)
    if doc.pub_datetime is not None and doc.date_source != "input":
        from ..read.source import date_problem

        if date_problem(doc.pub_datetime):  # a page's own "0001-01-01": no date rather than a wrong one
            doc.meta["date_dropped"] = doc.pub_datetime.isoformat()
            doc.pub_datetime, doc.date_source = None, "none"
    if doc.pub_datetime is None:
        if options.default_date is not None:
            doc.pub_datetime, doc.date_source = options.default_date, "option"
        else:
            doc.date_source = "none"
    if doc.body:
        from .wire import strip_dateline

        strip_dateline(doc)
