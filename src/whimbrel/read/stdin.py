"""Reader for ``-`` (standard input): sniff JSONL vs HTML vs plain text from the first line.

A stream whose first non-blank line starts with ``{`` is JSONL and is streamed line by line (a
corpus piped in is never held whole); one starting with ``<`` is an HTML page; anything else is
one plain-text page. The page's id is ``--id`` (``Options.stdin_id``), else ``stdin:`` and a hash
of its content, so successive stdin ingests never replace each other; JSONL stories keep their own
ids, and one without an id gets ``stdin:`` and a hash of its line.
"""
from __future__ import annotations

import hashlib
import itertools
import sys
from typing import BinaryIO, Iterator

from ..errors import InputError
from ..model import Document, Reject
from ..options import Options
from .html import html_document
from .jsonl import iter_jsonl
from .source import reject
from .text import text_document


def iter_stdin(options: Options, stream: BinaryIO | None = None) -> Iterator[Document | Reject]:
    stream = stream if stream is not None else sys.stdin.buffer
    head: list[bytes] = []
    for line in stream:
        head.append(line)
        if line.strip():
            break
    first = head[-1].lstrip(b"\xef\xbb\xbf \t\r\n") if head else b""
    if first.startswith(b"{"):
        yield from iter_jsonl(itertools.chain(head, stream), "-", "stdin", options, hash_ids=True)
        return
    data = b"".join(head) + stream.read()
    doc_id = options.stdin_id or "stdin:" + hashlib.sha1(data).hexdigest()[:16]
    try:
        if first.startswith(b"<"):
            yield html_document(data, doc_id, "-", options)
        else:
            yield text_document(data, doc_id, "-", options)
    except InputError as err:
        yield reject(err)
