"""Reader for Parquet story files: one story a row, columns ``id``, ``text`` or ``html``, ``date``.

Why: corpora that outgrow one machine are usually kept as Parquet shards (the Ray engine's input,
docs/scale.md). A row is the same story as a JSONL line (same optional columns: ``pub_date``,
``title``, ``url``, ``publisher``, ``language``; other scalar columns kept as input metadata), so
each row is handed to the JSONL reader's ``story`` and checked by the same rules: both formats give
the same Documents and the same Rejects. Timestamp and date columns become ISO 8601 strings.

Rows are read one record batch at a time, so a large file is never held whole. pyarrow comes with
the ``ray`` extra (``pip install whimbrel[ray]``); without it a Parquet input is a reject (E001).
"""
from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Iterator

from ..errors import E, InputError
from ..model import Document, Reject
from ..options import Options
from .jsonl import story
from .source import reject


def _plain(value):
    """A Parquet cell as JSON would hold it (dates as ISO strings, bytes decoded)."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value


def iter_parquet(path: Path, stem: str, options: Options, batch_rows: int = 1024) -> Iterator[Document | Reject]:
    """Stories of one Parquet file; origin ``path:ROW`` (1-based), fallback id ``<file id>:ROW`` (as a JSONL line)."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(E.E001, origin=str(path), reason="Parquet input needs pyarrow: pip install whimbrel[ray]") from None
    try:
        pf = pq.ParquetFile(path)
        batches = pf.iter_batches(batch_size=batch_rows)
    except FileNotFoundError:
        raise InputError(E.E008, origin=str(path)) from None
    except (OSError, ValueError) as err:  # pyarrow.ArrowInvalid is a ValueError
        raise InputError(E.E001, origin=str(path), reason=str(err).splitlines()[0]) from None
    row = 0
    try:
        for batch in batches:
            for obj in batch.to_pylist():
                row += 1
                line = json.dumps({k: _plain(v) for k, v in obj.items() if v is not None}, ensure_ascii=False)
                try:
                    yield story(line.encode("utf-8"), 0, f"{path}:{row}", f"{stem}:{row}", options)
                except InputError as err:
                    yield reject(err)
    except (OSError, ValueError) as err:
        raise InputError(E.E001, origin=f"{path}:{row + 1}", reason=str(err).splitlines()[0]) from None
