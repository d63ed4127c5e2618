"""Where and how rows are written: a file or stdout (``-``), in the format its extension names.

Why one module: every command and library function that writes a table (``code``, ``extract``,
``events``, ``export``, ...) must follow the same conventions (docs/exports.md, "Conventions"):
``-`` is stdout, the extension picks the format unless one is asked for, and an output that cannot
be written is error E301, never a traceback. Parquet is written by DuckDB (no pyarrow): rows made in
Python go through a temporary JSONL file that DuckDB reads with the declared column types.
"""
from __future__ import annotations

import csv
import json
import math
import os
import shutil
import sys
import tempfile
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import IO, Iterable, Iterator, Sequence

from .errors import E, WhimbrelError

# file extension -> format
EXTENSIONS = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".tsv": "tsv", ".tab": "tsv",
    ".parquet": "parquet", ".pq": "parquet",
}
# the codebooks' column types -> DuckDB types (Parquet)
DUCKDB_TYPES = {"INTEGER": "BIGINT", "FLOAT": "DOUBLE", "STRING": "VARCHAR", "DATE": "DATE", "BOOLEAN": "BOOLEAN"}


def is_stdout(path: str | os.PathLike | None) -> bool:
    return path is None or str(path) == "-"


def format_for(path: str | os.PathLike | None, fmt: str | None, allowed: Sequence[str], default: str) -> str:
    """The format to write: ``fmt`` when given, else the one the extension names, else ``default``."""
    if fmt:
        if fmt not in allowed:
            raise WhimbrelError(E.E204, option="--format", value=fmt, reason="use " + ", ".join(allowed))
        return fmt
    if not is_stdout(path):
        found = EXTENSIONS.get(Path(str(path)).suffix.lower())
        if found in allowed:
            return found
    return default


def _unwritable(path, err: OSError) -> WhimbrelError:
    return WhimbrelError(E.E301, path=path, reason=err.strerror or str(err))


@contextmanager
def open_text(path: str | os.PathLike | None) -> Iterator[IO[str]]:
    """A text stream for ``path`` (stdout for ``-`` or None, left open). Raises E301.

    A file is written beside ``path`` and renamed onto it when the block succeeds
    (whimbrel.outputs.atomic_path): a failed or killed run leaves the old file as it was."""
    from .outputs import atomic_path

    if is_stdout(path):
        yield sys.stdout
        sys.stdout.flush()
        return
    with atomic_path(path) as tmp:
        try:
            fh = open(tmp, "w", encoding="utf-8", newline="")
        except OSError as err:
            raise _unwritable(path, err) from err
        with fh:
            try:
                yield fh
            except OSError as err:  # disk full, pipe closed
                raise _unwritable(path, err) from err


@contextmanager
def binary_target(path: str | os.PathLike | None) -> Iterator[str]:
    """A file name for a writer that needs one (DuckDB COPY); for stdout, a temporary file that is
    copied to stdout afterwards. Checks that ``path`` can be written before any work is done; the
    writer writes beside it, and the file replaces ``path`` only when the block succeeds."""
    from .outputs import atomic_path, check_writable

    if not is_stdout(path):
        check_writable(path, "output")
        with atomic_path(path) as tmp:
            yield str(tmp)
        return
    with tempfile.TemporaryDirectory(prefix="whimbrel-") as tmp:
        target = os.path.join(tmp, "out")
        yield target
        sys.stdout.flush()
        with open(target, "rb") as fh:
            shutil.copyfileobj(fh, getattr(sys.stdout, "buffer", sys.stdout))


def cell(value) -> str:
    """One value as delimited text: empty for None, lists joined by ';', objects as JSON, and no tab
    or line break inside (GDELT-style files have no quoting)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (list, tuple)):
        return ";".join(cell(v) for v in value)
    if isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, (date, datetime)):
        value = value.isoformat()
    return " ".join(str(value).split()) if isinstance(value, str) and ("\t" in value or "\n" in value or "\r" in value) else str(value)


def write_delimited(rows: Iterable[Sequence], columns: Sequence[str], fh: IO[str], sep: str = "\t",
                    header: bool = True) -> int:
    """CSV (quoted as RFC 4180) or TSV (no quoting: cells cleaned of tabs and line breaks)."""
    n = 0
    if sep == ",":
        w = csv.writer(fh, lineterminator="\n")
        if header:
            w.writerow(columns)
        for row in rows:
            w.writerow([cell(v) for v in row])
            n += 1
        return n
    if header:
        fh.write(sep.join(columns) + "\n")
    for row in rows:
        fh.write(sep.join(cell(v) for v in row) + "\n")
        n += 1
    return n


def _json_default(v):
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    return str(v)


def write_jsonl(rows: Iterable[Sequence], columns: Sequence[str], fh: IO[str]) -> int:
    n = 0
    for row in rows:
        fh.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=_json_default) + "\n")
        n += 1
    return n


def write_parquet(rows: Iterable[Sequence], columns: Sequence[tuple[str, str]], path) -> int:
    """Parquet with the declared types (``columns`` = (name, codebook type)), written by DuckDB."""
    import duckdb

    names = [c for c, _ in columns]
    with tempfile.TemporaryDirectory(prefix="whimbrel-") as tmp:
        staged = os.path.join(tmp, "rows.jsonl")
        with open(staged, "w", encoding="utf-8") as fh:
            n = write_jsonl(rows, names, fh)
        types = ", ".join(f"{_quote_string(c)}: {_quote_string(DUCKDB_TYPES[t])}" for c, t in columns)
        select = ", ".join(f'"{c}"' for c in names)
        con = duckdb.connect()
        try:
            with binary_target(path) as target:
                con.execute(
                    f"COPY (SELECT {select} FROM read_json({_quote_string(staged)}, format='newline_delimited', "
                    f"columns={{{types}}})) TO {_quote_string(target)} (FORMAT parquet)"
                )
        except duckdb.IOException as err:
            raise WhimbrelError(E.E301, path=path, reason=str(err)) from err
        finally:
            con.close()
    return n


def write_rows(rows: Iterable[Sequence], columns: Sequence[tuple[str, str]], path, fmt: str,
               header: bool = True) -> int:
    """Write ``rows`` (sequences in ``columns`` order) to ``path`` as jsonl, csv, tsv or parquet."""
    names = [c for c, _ in columns]
    if fmt == "parquet":
        return write_parquet(rows, columns, path)
    with open_text(path) as fh:
        if fmt == "jsonl":
            return write_jsonl(rows, names, fh)
        return write_delimited(rows, names, fh, sep="," if fmt == "csv" else "\t", header=header)


def _quote_string(v: str) -> str:
    return "'" + str(v).replace("'", "''") + "'"
