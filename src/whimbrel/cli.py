"""The ``whimbrel`` command: thin wrappers over the library (whimbrel.api, whimbrel.evaluate, ...).

Exit codes: 0 all inputs went well, 1 some inputs were rejected (listed on stderr and in
``--rejects FILE``), 2 usage errors (click's own convention).
"""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from contextlib import contextmanager
from datetime import datetime, timezone

import click

from . import __version__
from .errors import E
from .model import Document, Reject
from .options import Options

log = logging.getLogger("whimbrel")


def _setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    logging.basicConfig(level=level, format="whimbrel: %(levelname)s: %(message)s", stream=sys.stderr)


def parse_date_option(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value)
    except ValueError as err:
        raise click.BadParameter(f"[E010] {E.E010.format(value=value, reason=err)} (use YYYY-MM-DD or an ISO 8601 date-time)")
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


@contextmanager
def _output(path: str | None):
    if not path or path == "-":
        yield sys.stdout
    else:
        with open(path, "w", encoding="utf-8") as fh:
            yield fh


class RejectLog:
    """Collects rejects: one line each on stderr, and JSONL in --rejects FILE."""

    def __init__(self, path: str | None):
        self.count = 0
        self._fh = open(path, "w", encoding="utf-8") if path else None

    def add(self, rej: Reject) -> None:
        self.count += 1
        click.echo(f"whimbrel: skipped {rej}", err=True)
        if self._fh:
            self._fh.write(json.dumps(rej.to_dict(), ensure_ascii=False) + "\n")
            self._fh.flush()

    def close(self) -> None:
        if self._fh:
            self._fh.close()


def _progress(quiet: bool, unit: str = "doc"):
    from tqdm import tqdm

    return tqdm(unit=unit, disable=quiet, file=sys.stderr, mininterval=0.5, dynamic_ncols=True, leave=False)


common_options = [
    click.option("-v", "--verbose", count=True, help="More logging on stderr (-vv for debug)."),
    click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr; no progress bar."),
]


def with_common(fn):
    for opt in reversed(common_options):
        fn = opt(fn)
    return fn


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="whimbrel")
def main():
    """whimbrel: political event data (PLOVER, CAMEO) from news text, offline."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "output", default=None, help="Write JSONL here instead of stdout.")
@click.option("--date", "date_", default=None, help="Publication date for documents whose own date cannot be found.")
@click.option("--rejects", default=None, help="Write skipped inputs and why (JSONL) to this file.")
@click.option("--factual-only", is_flag=True, help="Drop negated, hypothetical and future events.")
@click.option("--no-merge", is_flag=True, help="Keep one record per mention instead of merging repeats within a story.")
@click.option("--debug", is_flag=True, help="Add why each actor and event was coded ('why', 'rule').")
@with_common
def code(paths, output, date_, rejects, factual_only, no_merge, debug, verbose, quiet):
    """Code articles into PLOVER JSONL events (one JSON object a line).

    PATHS: .txt, .html/.htm, .jsonl files, directories (walked recursively), or - for stdin.
    """
    from .pipeline import Pipeline
    from .read import iter_documents

    _setup_logging(verbose, quiet)
    opts = Options(default_date=parse_date_option(date_), factual_only=factual_only,
                   merge_mentions=not no_merge, debug=debug)
    pipeline = Pipeline(opts)
    rej = RejectLog(rejects)
    n_events = 0
    with _output(output) as out, _progress(quiet) as bar:
        for item in pipeline.run(iter_documents(list(paths), opts)):
            bar.update(1)
            if isinstance(item, Reject):
                rej.add(item)
                continue
            for rec in pipeline.records(item):
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n_events += 1
            bar.set_postfix(events=n_events, rejects=rej.count, refresh=False)
    rej.close()
    log.info("%d documents, %d events, %d rejected", pipeline.counts["documents"], n_events, rej.count)
    sys.exit(1 if rej.count else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "output", default=None, help="Write JSONL here instead of stdout.")
@click.option("--date", "date_", default=None, help="Publication date for documents whose own date cannot be found.")
@click.option("--rejects", default=None, help="Write skipped inputs and why (JSONL) to this file.")
@with_common
def extract(paths, output, date_, rejects, verbose, quiet):
    """Write the cleaned documents as JSONL: metadata, body, paragraphs, sentences, removed boilerplate."""
    from .api import extract as extract_docs

    _setup_logging(verbose, quiet)
    opts = Options(default_date=parse_date_option(date_))
    rej = RejectLog(rejects)
    with _output(output) as out, _progress(quiet) as bar:
        for item in extract_docs(paths, opts):
            bar.update(1)
            if isinstance(item, Reject):
                rej.add(item)
                continue
            out.write(json.dumps(item.to_extract(), ensure_ascii=False) + "\n")
    rej.close()
    sys.exit(1 if rej.count else 0)


@main.command()
@click.argument("gold", type=click.Path(exists=True))
@click.option("--show", is_flag=True, help="List every missed gold record and every extra event (never for a test split).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--split", "splits", multiple=True, type=click.Choice(["train", "dev", "test"]),
              help="News corpus only: the splits to score (default all; test prints scores only).")
@click.option("--shared", type=click.Path(file_okay=False), default=None,
              help="News corpus only: the folder holding bench/article-extraction-benchmark (default ../shared "
                   "beside the repository).")
@with_common
def evaluate(gold, show, as_json, splits, shared, verbose, quiet):
    """Score the coder on a PLOVER gold-standard file (old category names accepted), an article's
    .gold.json, or the real-news gold corpus (a directory such as tests/gold/news)."""
    from .evaluate import evaluate_file, format_report

    _setup_logging(verbose, quiet)
    if Path(gold).is_dir():
        from .evaluate_news import evaluate_news, format_news_report, report_json

        shared_dir = Path(shared) if shared else Path(gold).resolve().parents[2].parent / "shared"
        report = evaluate_news(Path(gold), shared_dir, tuple(splits) or ("train", "dev", "test"))
        if as_json:
            click.echo(json.dumps(report_json(report), indent=2, ensure_ascii=False))
        else:
            click.echo(format_news_report(report, show=show))
        return
    report = evaluate_file(gold)
    if as_json:
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        click.echo(format_report(report, show=show))


@main.command()
@with_common
def demo(verbose, quiet):
    """Code the example articles bundled with whimbrel and print what was found."""
    from .demo import run_demo

    _setup_logging(verbose, quiet)
    run_demo(click.echo)


def _register() -> None:
    """Commands that live beside their library code (store, gazetteer) join the group here."""
    from .gazetteer import gazetteer
    from .store.commands import COMMANDS

    for cmd in COMMANDS:
        main.add_command(cmd)
    main.add_command(gazetteer)


_register()

if __name__ == "__main__":  # pragma: no cover
    main()
