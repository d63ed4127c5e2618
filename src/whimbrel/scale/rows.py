"""What the Ray engine writes: the Parquet schemas of its three tables, and coded Documents as rows.

Why fixed schemas: every batch writes its own files, and a batch with no event dated in some month,
or no reject, must still produce columns of the same types, or the dataset cannot be read as one
table (pyarrow, DuckDB, pandas and Ray all unify files by schema).

Each row carries its place in the input (``shard``: index of the input file in reading order,
``pos``: the story's index within it, ``seq``: the event's index within the story), so the
cross-story merge can replay stories in the order a local ingest reads them (whimbrel.scale.merge).
"""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pyarrow as pa

from ..model import Document, Reject
from ..options import Options
from ..store import merge as M
from ..store.ingest import actor_rows, document_row, sentence_rows, story_event_rows

_STR, _I64, _I32 = pa.string(), pa.int64(), pa.int32()

EVENTS = pa.schema([
    ("story_event_id", _STR), ("doc_id", _STR), ("content_hash", _STR),
    ("shard", _I64), ("pos", _I64), ("seq", _I32), ("merge_key", _STR),
    ("category", _STR), ("mode", pa.list_(_STR)), ("cameo", _STR), ("goldstein", pa.float64()),
    ("quad_code", _I32), ("actor_codes", pa.list_(_STR)), ("recipient_codes", pa.list_(_STR)),
    ("factual", pa.bool_()), ("date", _STR), ("date_precision", _STR), ("enddate", _STR),
    ("date_lo", pa.date32()), ("date_hi", pa.date32()), ("place_name", _STR), ("place_country", _STR),
    ("place", _STR), ("sentence", _I32), ("paragraph", _I32), ("confidence", pa.float64()),
    ("source_name", _STR), ("n_mentions", _I32), ("record", _STR), ("mentions", _STR),
])

DOCUMENTS = pa.schema([
    ("doc_id", _STR), ("content_hash", _STR), ("shard", _I64), ("pos", _I64), ("origin", _STR),
    ("kind", _STR), ("title", _STR), ("publisher", _STR), ("source_name", _STR), ("url", _STR),
    ("language", _STR), ("pub_datetime", pa.timestamp("us", tz="UTC")), ("date_source", _STR),
    ("crawl_date", _STR), ("discarded", _STR), ("n_sentences", _I32), ("n_events", _I32),
    ("sentences", _STR), ("actors", _STR),
])

REJECTS = pa.schema([("input", _STR), ("code", _STR), ("error", _STR), ("shard", _I64), ("pos", _I64)])

UNDATED = "undated"


def event_month(date: str | None) -> str:
    """The partition of an event: ``YYYY-MM`` of its (start) date, else ``undated``."""
    if date and len(date) >= 7 and date[4] == "-":
        return date[:7]
    return date[:4] + "-00" if date and len(date) >= 4 and date[:4].isdigit() else UNDATED


def event_rows(doc: Document, options: Options, shard: int, pos: int) -> list[dict]:
    """The story events of one coded document: the local store's rows plus order and merge key."""
    out = []
    for seq, (row, mentions) in enumerate(story_event_rows(doc, options)):
        row.pop("event_id")
        row.pop("merge_why")
        row.update(content_hash=doc.content_hash, shard=shard, pos=pos, seq=seq,
                   merge_key=M.merge_key(row["category"], row["actor_codes"], row["recipient_codes"], row["factual"]),
                   mentions=json.dumps(mentions, ensure_ascii=False))
        out.append(row)
    return out


def _utc(value: datetime | None) -> datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=timezone.utc)


def doc_row(doc: Document, shard: int, pos: int) -> dict:
    row = document_row(doc, 0, None)
    del row["run_id"], row["ingested_at"]
    row.update(shard=shard, pos=pos, pub_datetime=_utc(row["pub_datetime"]),
               sentences=json.dumps(sentence_rows(doc), ensure_ascii=False),
               actors=json.dumps(actor_rows(doc), ensure_ascii=False))
    return row


def reject_row(rej: Reject, shard: int, pos: int) -> dict:
    return {"input": rej.origin, "code": rej.code, "error": rej.message, "shard": shard, "pos": pos}


def table(rows: list[dict], schema: pa.Schema) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=schema)
