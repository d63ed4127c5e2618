"""Reader for JSONL story files (NGEC / POLECAT shape), streamed one line at a time.

One JSON object a line: ``id``, ``text`` or ``html``, optionally ``date``/``pub_date``, ``title``,
``url``, ``publisher``, ``language``. What the story states is authoritative: its date sets
``pub_datetime`` with ``date_source="input"`` and the clean stage never overrides it. Any other
scalar fields are kept in ``doc.meta["input"]`` so writers can pass them on.

``text`` is cleaned like a scraped plain-text page (kind "text"): already-extracted article text, as
NGEC/POLECAT story files hold, comes through unchanged, while scraped text still carrying site
clutter ("READ MORE" links, related headlines, tag lines) loses it, so that nothing is coded from a
link to another story. ``html`` is cleaned like an HTML page.

Every bad line becomes a ``Reject`` with origin ``path:LINE`` saying what is wrong, and reading goes
on with the next line; blank lines are skipped.
"""
from __future__ import annotations

import hashlib
import json
from typing import BinaryIO, Iterator

from ..errors import E, InputError
from ..model import Document, Reject
from ..options import Options
from .source import date_problem, looks_binary, reject

_STRING_FIELDS = ("title", "url", "publisher", "language")
_DATE_FIELDS = ("date", "pub_date")
_KNOWN = {"id", "text", "html", *_STRING_FIELDS, *_DATE_FIELDS}


def _type_name(value) -> str:
    return {dict: "an object", list: "a list", bool: "a boolean", int: "a number", float: "a number",
            str: "a string", type(None): "null"}.get(type(value), type(value).__name__)


def iter_jsonl(fh: BinaryIO, name: str, stem: str, options: Options, hash_ids: bool = False) -> Iterator[Document | Reject]:
    """Stories of one JSONL stream. ``name`` is the origin prefix (path, or "-" for stdin).

    A story without an id gets ``<stem>:<line>``, or with ``hash_ids`` (stdin, whose line numbers
    repeat from one run to the next) ``<stem>:<hash of the line>``."""
    offset = 0
    stories = 0
    for lineno, line in enumerate(fh, 1):
        origin = f"{name}:{lineno}"
        if lineno == 1:
            if line.startswith(b"\xef\xbb\xbf"):
                line, offset = line[3:], 3
            # a first line that is not a JSON object and looks binary: a binary file, not a feed
            # (a stray NUL inside a first story only rejects that line, below)
            if not line.lstrip().startswith(b"{") and looks_binary(line[:4096]):
                yield reject(InputError(E.E003, origin=name))
                return
        start, offset = offset, offset + len(line)
        if not line.strip():
            continue
        stories += 1
        try:
            fallback = f"{stem}:{hashlib.sha1(line).hexdigest()[:16]}" if hash_ids else f"{stem}:{lineno}"
            yield story(line, start, origin, fallback, options)
        except InputError as err:
            yield reject(err)
    if not stories:  # an empty feed is an input too: it is reported, not passed over
        yield reject(InputError(E.E004, origin=name))


def _loads(text: str, origin: str):
    """json.loads, with every way it can fail on hostile input turned into E005."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(E.E005, origin=origin, reason=f"{err.msg} at column {err.colno}") from None
    except RecursionError:
        raise InputError(E.E005, origin=origin, reason="nested too deeply") from None
    except ValueError as err:  # e.g. an integer of more than 4,300 digits
        raise InputError(E.E005, origin=origin, reason=str(err).split(";")[0]) from None


def _check_unicode(obj: dict, origin: str) -> None:
    """Lone surrogates (``"\\ud800"`` is valid JSON) cannot be stored or written as UTF-8: E007."""
    for key, value in obj.items():
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as err:
                raise InputError(E.E007, origin=origin, field=key, expected="valid Unicode text",
                                 got=f"a lone surrogate at character {err.start}") from None


def story(line: bytes, start: int, origin: str, fallback_id: str, options: Options) -> Document:
    """One JSONL line -> Document. Raises InputError naming what is wrong with it."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(E.E002, origin=origin, pos=start + err.start) from None
    obj = _loads(text, origin)
    if not isinstance(obj, dict):
        raise InputError(E.E005, origin=origin, reason=f"expected a JSON object, got {_type_name(obj)}")

    _check_unicode(obj, origin)
    doc_id = obj.get("id")
    if doc_id is None or doc_id == "":
        doc_id = fallback_id
    elif isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):
        raise InputError(E.E007, origin=origin, field="id", expected="a string or an integer", got=_type_name(doc_id))
    for key in ("text", "html", *_STRING_FIELDS, *_DATE_FIELDS):
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(E.E007, origin=origin, field=key, expected="a string", got=_type_name(value))

    body, kind = obj.get("text"), "text"
    if body is None:
        body, kind = obj.get("html"), "html"
    if body is None:
        raise InputError(E.E006, origin=origin, keys=", ".join(sorted(obj)) or "none")
    if not body.strip():
        raise InputError(E.E004, origin=origin)

    doc = Document(id=str(doc_id), origin=origin, raw=body, kind=kind)
    for key in _STRING_FIELDS:
        if obj.get(key):
            setattr(doc, key, obj[key].strip())
    date_field = next((k for k in _DATE_FIELDS if obj.get(k)), None)
    if date_field:
        from ..clean.dateline import parse_date_value

        value = obj[date_field]
        parsed = parse_date_value(value)
        if parsed is None:
            raise InputError(E.E010, origin=origin, value=value,
                             reason=f"field '{date_field}' is not a date (use ISO 8601, e.g. 2020-06-07T04:55:00Z)")
        problem = date_problem(parsed[0])
        if problem:
            raise InputError(E.E010, origin=origin, value=value, reason=f"field '{date_field}': {problem}")
        doc.pub_datetime, precision = parsed
        doc.date_source = "input"
        doc.meta["date_precision"] = precision
        doc.meta["date_text"] = value
    extra = {k: v for k, v in obj.items() if k not in _KNOWN and isinstance(v, (str, int, float, bool))}
    if extra:
        doc.meta["input"] = extra
    # what the story states besides its text: a changed date or publisher is a changed document
    doc.meta["stated"] = {k: obj[k] for k in sorted(obj) if k not in ("id", "text", "html")}
    return doc
