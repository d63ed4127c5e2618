"""The ``whimbrel`` command: thin wrappers over the library (whimbrel.api, whimbrel.evaluate, ...).

Options, errors, exit codes and output conventions shared by every command are in whimbrel.clikit:
0 all inputs went well, 1 some inputs were rejected (listed on stderr and in ``--rejects FILE``),
2 usage errors (bad option values included), 3 the database is locked, 4 the command failed.
"""
from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path

import click

from . import __version__
from .clikit import (RejectLog, code_on_ray, engine_options, guard_outputs, parse_date_option, progress, setup_logging, stdin_id_option,
                     summary, user_errors, verbosity)
from .model import Reject
from .options import Options
from .output import open_text

log = logging.getLogger("whimbrel")
with_common = verbosity  # the name older code uses

@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="whimbrel")
def main():
    """whimbrel: political event data (PLOVER, CAMEO) from news text, offline."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "output", default=None, help="Write JSONL here (- = stdout, the default).")
@click.option("--date", "date_", default=None, help="Publication date for documents whose own date cannot be found.")
@click.option("--rejects", default=None, help="Write skipped inputs and why (JSONL) to this file.")
@click.option("--factual-only", is_flag=True, help="Drop negated, hypothetical and future events.")
@click.option("--no-merge", is_flag=True, help="Keep one record per mention instead of merging repeats within a story.")
@click.option("--debug", is_flag=True, help="Add why each actor and event was coded ('why', 'rule').")
@click.option("--decide-events", "decide_events", type=click.Choice(["rules", "model", "both"]), default=None,
              help="Who decides events: the rules (default), the learned model (roles from the rules), or both "
                   "(docs/design.md, \"Learned event model\").")
@stdin_id_option
@engine_options
@with_common
def code(paths, output, date_, rejects, factual_only, no_merge, debug, decide_events, stdin_id, engine, address,
         workers, verbose, quiet):
    """Code articles into PLOVER JSONL events (one JSON object a line).

    PATHS: .txt, .html/.htm, .jsonl, .warc, .parquet files, directories (walked recursively), or - for
    stdin. With --engine ray, -o is a directory: a Parquet dataset of events by month (docs/scale.md).
    """
    from .pipeline import Pipeline
    from .plover import event_record
    from .read import iter_documents

    setup_logging(verbose, quiet)
    started = time.perf_counter()
    skip = guard_outputs({"--output": output, "--rejects": rejects}, paths)
    opts = Options(default_date=parse_date_option(date_), factual_only=factual_only,
                   merge_mentions=not no_merge, debug=debug, stdin_id=stdin_id, skip_paths=skip)
    if decide_events:
        opts.decide_events = decide_events
    if engine == "ray":
        code_on_ray(list(paths), output, opts, rejects, address, workers, quiet)
    pipeline = Pipeline(opts)
    rej = RejectLog(rejects)
    n_events = 0
    with user_errors(), open_text(output) as out, progress(quiet) as bar:
        def write(doc, events):  # a long document's events, chunk by chunk (Pipeline.on_chunk)
            nonlocal n_events
            for ev in events:
                out.write(json.dumps(event_record(doc, ev, opts), ensure_ascii=False) + "\n")
                n_events += 1

        pipeline.on_chunk = write
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
    summary(quiet, started, pipeline.counts["documents"], rej.count, n_events)
    sys.exit(1 if rej.count else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "output", default=None, help="Write JSONL here (- = stdout, the default).")
@click.option("--date", "date_", default=None, help="Publication date for documents whose own date cannot be found.")
@click.option("--rejects", default=None, help="Write skipped inputs and why (JSONL) to this file.")
@stdin_id_option
@with_common
def extract(paths, output, date_, rejects, stdin_id, verbose, quiet):
    """Write the cleaned documents as JSONL: metadata, body, paragraphs, sentences, removed boilerplate."""
    from .api import extract as extract_docs

    setup_logging(verbose, quiet)
    started = time.perf_counter()
    skip = guard_outputs({"--output": output, "--rejects": rejects}, paths)
    opts = Options(default_date=parse_date_option(date_), stdin_id=stdin_id, skip_paths=skip)
    rej = RejectLog(rejects)
    n_docs = 0
    with user_errors(), open_text(output) as out, progress(quiet) as bar:
        for item in extract_docs(paths, opts, rejects="yield"):
            bar.update(1)
            if isinstance(item, Reject):
                rej.add(item)
                continue
            out.write(json.dumps(item.to_extract(), ensure_ascii=False) + "\n")
            n_docs += 1
    rej.close()
    summary(quiet, started, n_docs, rej.count)
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
@click.option("--ablate", is_flag=True, help="Switch each event-coder pass off in turn and print what it is worth "
                                              "(news corpus: train and dev splits only).")
@click.option("--pass", "ablate_passes", multiple=True, metavar="NAME",
              help="With --ablate: only these passes (default all; names in whimbrel.events.passes).")
@click.option("--decide-events", "decide_events", type=click.Choice(["rules", "model", "both"]), default=None,
              help="Who decides events: the rules (default), the learned model (roles from the rules), or both "
                   "(docs/design.md, \"Learned event model\").")
@with_common
def evaluate(gold, show, as_json, splits, shared, ablate, ablate_passes, decide_events, verbose, quiet):
    """Score the coder on a PLOVER gold-standard file (old category names accepted), an article's
    .gold.json, or the real-news gold corpus (a directory such as tests/gold/news)."""
    from .evaluate import evaluate_file, format_report
    from .pipeline import Pipeline

    setup_logging(verbose, quiet)
    if ablate or ablate_passes:
        _ablate(gold, splits, shared, ablate_passes, as_json)
        return
    pipeline = Pipeline(Options(decide_events=decide_events) if decide_events else Options())
    if Path(gold).is_dir():
        from .evaluate_news import evaluate_news, format_news_report, report_json

        shared_dir = _shared_dir(gold, shared)
        with user_errors():
            report = evaluate_news(Path(gold), shared_dir, tuple(splits) or ("train", "dev", "test"), pipeline=pipeline)
        if as_json:
            click.echo(json.dumps(report_json(report), indent=2, ensure_ascii=False))
        else:
            click.echo(format_news_report(report, show=show))
        return
    with user_errors():
        report = evaluate_file(gold, pipeline=pipeline)
    if as_json:
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        click.echo(format_report(report, show=show))


def _shared_dir(gold, shared) -> Path:
    """../shared beside the repository that holds GOLD (tests/gold/news), else beside the working
    directory; a corpus of invented stories needs nothing from it."""
    if shared:
        return Path(shared)
    parents = Path(gold).resolve().parents
    return (parents[2].parent if len(parents) > 2 else Path.cwd().parent) / "shared"


def _ablate(gold, splits, shared, passes, as_json) -> None:
    from .ablate import ablate, format_ablation

    with user_errors():
        report = ablate(gold, splits or ("train", "dev"), _shared_dir(gold, shared) if Path(gold).is_dir() else None,
                        passes=passes or None)
    click.echo(json.dumps(report, indent=2) if as_json else format_ablation(report))


@main.command()
@with_common
def demo(verbose, quiet):
    """Code the example articles bundled with whimbrel and print what was found."""
    from .demo import run_demo

    setup_logging(verbose, quiet)
    run_demo(click.echo)


def _register() -> None:
    """The store's and the gazetteer's commands join the group here (they import clikit, not cli)."""
    from .gazetteer_commands import gazetteer
    from .store.commands import COMMANDS

    from .web.commands import COMMANDS as WEB

    for cmd in COMMANDS + WEB:
        main.add_command(cmd)
    main.add_command(gazetteer)


_register()

if __name__ == "__main__":  # pragma: no cover
    main()
