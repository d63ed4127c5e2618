"""Stores built before issue 14's document ids: upgraded document by document as they are re-read.

Why: whimbrel used to name a document by its file stem (``story`` for ``a/story.txt``; ``sub/story``
in a walked folder; ``feed:3`` for an id-less line of ``sub/feed.jsonl``). Those ids collided, so
they became the path with its suffix (``a/story.txt``, ``sub/story.txt``, ``sub/feed.jsonl:3``;
read/__init__.py). Re-ingesting the same files into a store built with the old ids would have
stored every story a second time under its new id, doubling the merged events' mention and
article counts. Instead, when a document is stored, a stored document with an old-format id of the
same input (one of ``old_ids``, and the same origin: the file or JSONL line it was read from) is
the same story under its old name, and is replaced (its rows deleted, its events' counts
recomputed) like a story whose content changed. Documents never re-read keep their old ids; nothing
else reads the id's form. ``whimbrel ingest`` reports how many were upgraded.

Not upgraded: the old stdin id ``stdin`` (every stdin story had it, so it does not say which story it
was); JSONL stories with their own ``id`` and WARC pages (their ids did not change).
"""
from __future__ import annotations

import re
from pathlib import PurePosixPath

from ..read.source import kind_of

_LINE = re.compile(r"^(?P<path>.+):(?P<line>\d+)$")


def old_ids(doc_id: str) -> list[str]:
    """The ids an older whimbrel gave the input that now has ``doc_id`` (may be empty)."""
    out = []
    m = _LINE.match(doc_id)
    if m:  # an id-less JSONL line: "<path>:<line>" was "<file stem>:<line>"
        kind, _, stem = kind_of(PurePosixPath(m["path"]))
        if kind == "jsonl":
            out.append(f"{PurePosixPath(stem).name}:{m['line']}")
        return out
    path = PurePosixPath(doc_id)
    kind, _, stem = kind_of(path)
    if kind in (None, "jsonl", "warc", "parquet"):
        return out
    out.append(path.name[: len(stem)])  # a file named on the command line: its stem
    if path.parent != PurePosixPath("."):
        out.append((path.parent / path.name[: len(stem)]).as_posix())  # a walked file: folder/stem
    return out


def stored_under_old_ids(con, docs: dict) -> dict[str, list[str]]:
    """{new id: [stored old-format ids of the same input]} for documents about to be stored."""
    wanted: dict[str, list] = {}
    for d in docs.values():
        if d.origin != "-":
            for old in old_ids(d.id):
                if old != d.id:
                    wanted.setdefault(old, []).append(d)
    if not wanted:
        return {}
    rows = con.execute("SELECT doc_id, origin FROM documents WHERE list_contains(?, doc_id)",
                       [list(wanted)]).fetchall()
    out: dict[str, list[str]] = {}
    for old, origin in rows:
        for d in wanted[old]:
            if origin == d.origin:
                out.setdefault(d.id, []).append(old)
    return out
