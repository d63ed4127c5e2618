"""Where whimbrel writes: never onto one of its inputs, and never a half-written file.

Why: ``whimbrel code x.jsonl -o x.jsonl`` used to truncate its own input to 0 bytes before reading
it, and ``export --db e.duckdb e.duckdb`` the database. Every output path (``-o``, ``--rejects``, an
export file) is checked against the inputs and the database before anything is opened
(``refuse_inputs``, error E013), and is written to a hidden temporary file beside it that replaces
the target only when the command succeeds (``atomic_path``; whimbrel.output.open_text and binary_target use it): a run that fails or
is killed leaves the old file as it was. The temporary name starts with a dot and holds
``.whimbrel-part``, so directory walks never read it, and ends with the target's own name, so a
format chosen by extension still sees the right one.
"""
from __future__ import annotations

import os
import secrets
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from .errors import E, WhimbrelError

PART = ".whimbrel-part"


def _identity(path: str | Path) -> tuple:
    """What makes two paths the same file: (device, inode) when it exists, else the real path."""
    p = Path(path)
    try:
        st = p.stat()
        return ("inode", st.st_dev, st.st_ino)
    except OSError:
        return ("path", os.path.realpath(p))


def same_file(a: str | Path, b: str | Path) -> bool:
    return _identity(a) == _identity(b) or os.path.realpath(a) == os.path.realpath(b)


def refuse_inputs(outputs: dict[str, str | None], inputs: Iterable[str] = (), db: str | None = None) -> None:
    """Raise E013 if an output (option name -> path) is one of the input files or the database.

    A directory input is not a conflict: its walk skips whimbrel's outputs (``skip_paths``).
    """
    named = [(p, "one of the input files") for p in inputs if p and p != "-" and not Path(p).is_dir()]
    if db:
        named.append((db, "the database"))
    for option, out in outputs.items():
        if not out or out == "-":
            continue
        for path, what in named:
            if same_file(out, path):
                raise WhimbrelError(E.E013, path=out, what=what, option=option)


def temp_beside(path: str | Path) -> Path:
    p = Path(path)
    return p.with_name(f".{secrets.token_hex(4)}{PART}.{p.name}")


def check_writable(path: str | Path, option: str) -> None:
    """Raise E301 now, before any work, if ``path`` cannot be created (missing folder, no rights)."""
    tmp = temp_beside(path)
    try:
        with open(tmp, "w", encoding="utf-8"):
            pass
    except OSError as err:
        raise WhimbrelError(E.E301, path=str(path), reason=err.strerror or str(err)) from None
    finally:
        try:
            tmp.unlink()
        except OSError:
            pass
    if Path(path).is_dir():
        raise WhimbrelError(E.E301, path=str(path), reason="is a directory")


@contextmanager
def atomic_path(path: str | Path, option: str = "output") -> Iterator[Path]:
    """A temporary path beside ``path``; renamed onto it when the block ends without an error.

    ``SystemExit`` (a command exiting 1 because some inputs were rejected) still counts as success:
    the output holds everything that could be coded.
    """
    tmp = temp_beside(path)
    try:
        yield tmp
    except BaseException as err:
        if not (isinstance(err, SystemExit) and err.code in (0, 1, None)):
            _unlink(tmp)
            raise
        commit(tmp, path, option)
        raise
    commit(tmp, path, option)


def commit(tmp: Path, path: str | Path, option: str) -> None:
    try:
        if not tmp.exists():  # nothing was written (e.g. zero rows): an empty file, as before
            tmp.touch()
        os.replace(tmp, path)
    except OSError as err:
        _unlink(tmp)
        raise WhimbrelError(E.E301, path=str(path), reason=err.strerror or str(err)) from None


def _unlink(tmp: Path) -> None:
    try:
        tmp.unlink()
    except OSError:
        pass


@contextmanager
def atomic_text(path: str | Path, option: str = "output", newline: str | None = None) -> Iterator[TextIO]:
    """A UTF-8 text file that appears at ``path`` only when the block succeeds."""
    with atomic_path(path, option) as tmp:
        try:
            fh = open(tmp, "w", encoding="utf-8", newline=newline)
        except OSError as err:
            raise WhimbrelError(E.E301, path=str(path), reason=err.strerror or str(err)) from None
        with fh:
            yield fh


def skip_paths(paths: Iterable[str | None]) -> set[tuple]:
    """Identities of whimbrel's own outputs, for directory walks to leave out."""
    return {_identity(p) for p in paths if p and p != "-"}


def identity(path: str | Path) -> tuple:
    return _identity(path)
