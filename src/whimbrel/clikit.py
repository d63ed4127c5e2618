"""What every ``whimbrel`` command shares: options, logging, progress, rejects, errors, exit codes,
and writing rows in the one ``--format`` family.

Why a module of its own: cli.py (reading and coding commands), store/commands.py (the event store)
and gazetteer_commands.py all need these, and none of them may import another (that was an import
cycle). Conventions (README "Commands", docs/exports.md):

- exit status 0 all went well; 1 some inputs were rejected; 2 usage error, bad option values
  included; 3 the database is locked by another process; 4 the command failed (error on stderr);
- ``-v``/``-q`` on every command; progress bars only when stderr is a terminal;
- ``-`` is stdout for every output; the extension picks the format unless ``--format`` says;
- a user error is one line ``Error: [Ennn] message`` on stderr, never a traceback.
"""
from __future__ import annotations

import json
import logging
import sys
import time
from contextlib import contextmanager
from datetime import datetime
from typing import Iterable, Iterator

import click

from .errors import E, InputError, WhimbrelError
from .model import Reject
from .output import format_for, open_text, write_delimited

EXIT_OK, EXIT_REJECTS, EXIT_USAGE, EXIT_LOCKED, EXIT_FAILED = 0, 1, 2, 3, 4
# error codes that are the user's request, not the data: usage errors
USAGE_CODES = {"E010", "E013", "E204", "E303", "E105", "E106", "E306"}
EXIT_FOR_CODE = {**{c: EXIT_USAGE for c in USAGE_CODES}, "E302": EXIT_LOCKED}
LIST_FORMATS = ("table", "json", "jsonl", "csv", "tsv")


class CommandError(click.ClickException):
    """A WhimbrelError that stopped a command, with the exit status of its code."""

    def __init__(self, err: WhimbrelError):
        super().__init__(str(err))
        self.exit_code = EXIT_FOR_CODE.get(err.code, EXIT_FAILED)


@contextmanager
def user_errors():
    """Turn a WhimbrelError into one line on stderr and its exit status (no traceback)."""
    try:
        yield
    except WhimbrelError as err:
        if err.code in USAGE_CODES:
            raise click.UsageError(str(err)) from err
        raise CommandError(err) from err


def verbosity(fn):
    """``-v``/``--verbose`` (repeatable) and ``-q``/``--quiet``, for every command."""
    fn = click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr; no progress bar or summary.")(fn)
    return click.option("-v", "--verbose", count=True, help="More logging on stderr (-vv for debug).")(fn)


def setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    logging.basicConfig(format="whimbrel: %(levelname)s: %(message)s", stream=sys.stderr)
    logging.getLogger("whimbrel").setLevel(level)  # per command, also when several run in one process


def parse_date_option(value: str | None) -> datetime | None:
    """--date: an ISO 8601 date (year 1 and the like refused: later date arithmetic would overflow)."""
    if not value:
        return None
    from .read.source import iso_publication_date

    try:
        return iso_publication_date(value)
    except InputError as err:
        raise click.BadParameter(str(err)) from None


def guard_outputs(outputs: dict[str, str | None], inputs=(), db: str | None = None) -> set:
    """Before any work: an output that is one of the inputs or the database is a usage error (E013,
    exit 2), one that cannot be written is E301. Returns the outputs' identities, for directory
    walks to leave out (Options.skip_paths)."""
    from .outputs import check_writable, refuse_inputs, skip_paths

    with user_errors():
        refuse_inputs(outputs, inputs, db)
        for option, path in outputs.items():
            if path and path != "-":
                check_writable(path, option)
    return skip_paths([*outputs.values(), db])


def stdin_id_option(fn):
    """``--id``: the document id of a page read from stdin (default: a hash of its content)."""
    return click.option("--id", "stdin_id", default=None,
                        help="Document id of a page read from stdin (default: stdin:<hash of its content>).")(fn)


def show_progress(quiet: bool) -> bool:
    """Progress bars only on a terminal: in a log file they are noise."""
    return not quiet and sys.stderr.isatty()


def progress(quiet: bool, unit: str = "doc"):
    from tqdm import tqdm

    return tqdm(unit=unit, disable=not show_progress(quiet), file=sys.stderr, mininterval=0.5,
                dynamic_ncols=True, leave=False)


class RejectLog:
    """Collects rejects: one line each on stderr (escaped: whimbrel.errors.printable), and JSONL in
    --rejects FILE, written beside the file and renamed onto it by ``close()`` (whimbrel.outputs),
    so a failed run never leaves a truncated rejects file in place of the last good one."""

    def __init__(self, path: str | None):
        from .outputs import temp_beside

        self.count = 0
        self._fh = None
        self._path = path
        if path:
            self._tmp = temp_beside(path)
            try:
                self._fh = open(self._tmp, "w", encoding="utf-8")
            except OSError as err:
                raise CommandError(WhimbrelError(E.E301, path=path, reason=err.strerror or str(err))) from err

    def add(self, rej: Reject) -> None:
        self.count += 1
        click.echo(f"whimbrel: skipped {rej}", err=True)
        if self._fh:
            self._fh.write(json.dumps(rej.to_dict(), ensure_ascii=False) + "\n")
            self._fh.flush()

    def close(self) -> None:
        from .outputs import commit

        if self._fh and not self._fh.closed:
            self._fh.close()
            with user_errors():
                commit(self._tmp, self._path, "--rejects")


def summary(quiet: bool, started: float, documents: int, rejects: int, events: int | None = None) -> None:
    """The one-line summary at the end of ``code`` and ``extract`` (stderr)."""
    if quiet:
        return
    parts = [f"{documents} documents"] + ([f"{events} events"] if events is not None else [])
    parts += [f"{rejects} rejected", f"{time.perf_counter() - started:.1f} s"]
    click.echo("whimbrel: " + ", ".join(parts), err=True)


def format_option(default: str = "table"):
    return click.option("--format", "fmt", type=click.Choice(LIST_FORMATS), default=None,
                        help=f"Output format (default: from the -o extension, else {default}).")


def list_format(output: str | None, fmt: str | None, as_json: bool = False) -> str:
    """The ``--format`` of events/show/stats: asked, else --json, else the extension, else table."""
    if as_json and not fmt:
        return "json"
    return format_for(output, fmt, LIST_FORMATS, "table")


def write_records(records: Iterable[dict], fmt: str, output: str | None, table=None, one: bool = False) -> int:
    """Write dicts as json (one array, or with ``one`` the single object), jsonl, csv or tsv (header
    from the first record), or as text through ``table(records, fh)``. Nothing is written before the first record is in hand, so an
    error raised while querying leaves no half-written header behind."""
    it: Iterator[dict] = iter(records)
    first = next(it, None)
    rows = [] if first is None else _chain(first, it)
    with open_text(output) as fh:
        if fmt == "table":
            return table(rows, fh)
        if fmt == "json":
            data = list(rows)
            fh.write(json.dumps(data[0] if one and data else data, ensure_ascii=False, indent=2, default=str) + "\n")
            return len(data)
        if fmt == "jsonl":
            n = 0
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
                n += 1
            return n
        if first is None:
            return 0
        cols = list(first)
        return write_delimited(([r.get(c) for c in cols] for r in rows), cols, fh, sep="," if fmt == "csv" else "\t")


def _chain(first, rest):
    yield first
    yield from rest


def engine_options(fn):
    """--engine, --address, --workers: shared by code and ingest (whimbrel.scale)."""
    opts = [
        click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
                     help="ray: code many files on Ray (pip install whimbrel[ray]; docs/scale.md)."),
        click.option("--address", default=None,
                     help="Ray only: the cluster to join (auto, or HEAD:6379); default: start Ray on this machine."),
        click.option("--workers", type=click.IntRange(min=1), default=None,
                     help="Ray only: coding workers, each holding one loaded pipeline (default: one per CPU)."),
    ]
    for opt in reversed(opts):
        fn = opt(fn)
    return fn


def ray_output(output: str | None, option: str = "-o") -> str:
    if not output or output == "-":
        raise click.UsageError(f"--engine ray writes a Parquet dataset: give its directory with {option} DIR")
    return output


def code_on_ray(paths: list[str], output: str | None, options, rejects: str | None, address, workers,
                quiet: bool) -> None:
    """``whimbrel code --engine ray``: run, list the rejects, print the summary, exit like ``code``."""
    from .scale import run

    out = ray_output(output)
    rej = RejectLog(rejects)
    with user_errors():
        st = run(paths, out, options, address=address, workers=workers)
    for r in st.reject_list:
        rej.add(r)
    rej.close()
    if not quiet:
        click.echo(f"whimbrel: {out}: {st.summary()}", err=True)
    sys.exit(1 if st.rejects else 0)
