"""Click commands of the event store, each a thin wrapper over an importable function.

``COMMANDS`` is registered on the ``whimbrel`` group by cli.py (``main.add_command``). Nothing here
does work the library cannot do: ingest -> ``store.ingest.ingest``, events -> ``query.iter_events``,
show -> ``query.show_event``, export -> ``export.export``, stats -> ``stats.stats``. Errors reach the
user as the library's WhimbrelError (code and message), exit status 1; bad options exit 2.
"""
from __future__ import annotations

import csv
import json
import sys
from contextlib import contextmanager

import click

from ..errors import WhimbrelError

db_option = click.option("--db", required=True, type=click.Path(dir_okay=False),
                         help="The DuckDB event store file (created by ingest).")


def _quiet_verbose(fn):
    fn = click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr; no progress.")(fn)
    return click.option("-v", "--verbose", count=True, help="More logging on stderr (-vv for debug).")(fn)


def _filters(fn):
    opts = [
        click.option("--actor", default=None, help="Actor (initiator) code, e.g. IRN."),
        click.option("--dyad", default=None, help="ACTOR:RECIPIENT codes, e.g. IRN:IRQ."),
        click.option("--event", default=None, help="PLOVER category (ASSAULT) or CAMEO code prefix (19)."),
        click.option("--since", default=None, help="Events whose date reaches this day or later (YYYY-MM-DD)."),
        click.option("--until", default=None, help="Events whose date starts on this day or earlier."),
        click.option("--country", default=None, help="Where the event happened (ISO alpha-3)."),
        click.option("--factual-only", is_flag=True, help="Drop negated, hypothetical and future events."),
    ]
    for opt in reversed(opts):
        fn = opt(fn)
    return fn


def _flt(actor, dyad, event, since, until, country, factual_only, limit=None):
    from .query import EventFilter

    return EventFilter(actor=actor, dyad=dyad, event=event, since=since, until=until, country=country,
                       factual_only=factual_only, limit=limit)


@contextmanager
def _errors():
    """One error shape: ``Error: [E2xx] message`` on stderr, exit 1."""
    try:
        yield
    except WhimbrelError as err:
        raise click.ClickException(str(err)) from err


def _open(db):
    from .schema import open_store

    return open_store(db, read_only=True)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--date", "date_", default=None, help="Publication date for documents whose own date cannot be found.")
@click.option("--rejects", default=None, help="Also write skipped inputs and why (JSONL) to this file.")
@click.option("--no-merge", is_flag=True, help="Do not merge events of different stories into one event.")
@click.option("--batch", "batch_docs", default=100, show_default=True, help="Documents per transaction.")
@_quiet_verbose
def ingest(paths, db, date_, rejects, no_merge, batch_docs, verbose, quiet):
    """Read, code and store documents (text, HTML, JSONL, WARC, directories) in a DuckDB file.

    Re-running adds nothing already stored; an interrupted run resumes where it stopped.
    """
    from ..cli import RejectLog, _setup_logging, parse_date_option
    from ..options import Options
    from .ingest import ingest as ingest_paths

    _setup_logging(verbose, quiet)
    opts = Options(default_date=parse_date_option(date_))
    rej = RejectLog(rejects)
    bar = None
    if not quiet and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(unit="doc", file=sys.stderr, mininterval=0.5, dynamic_ncols=True, leave=False)

    def on_batch(st):
        for r in st.reject_list:
            rej.add(r)
        if bar is not None:
            bar.n = st.documents + st.skipped + st.rejects
            bar.set_postfix(events=st.story_events, rejects=st.rejects, rate=f"{st.rate:.1f}/s", refresh=False)
            bar.refresh()

    with _errors():
        try:
            st = ingest_paths(list(paths), db, opts, merge=not no_merge, batch_docs=batch_docs, on_batch=on_batch)
        finally:
            if bar is not None:
                bar.close()
            rej.close()
    if not quiet:
        click.echo(f"whimbrel: {db}: {st.summary()}", err=True)
    sys.exit(1 if st.rejects else 0)


TABLE_COLS = [("event_num", 7), ("date", 11), ("category", 10), ("cameo", 6), ("actor_codes", 9),
              ("recipient_codes", 9), ("place_name", 16), ("num_mentions", 5), ("num_sources", 5), ("event_id", 20)]


def _cell(v):
    if isinstance(v, list):
        return "+".join(map(str, v))
    return "" if v is None else str(v)


@click.command()
@db_option
@_filters
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@click.option("--limit", type=int, default=None, help="At most this many events.")
@click.option("-o", "--output", default=None, help="Write here instead of stdout.")
def events(db, actor, dyad, event, since, until, country, factual_only, fmt, limit, output):
    """List stored events (merged across stories), oldest first."""
    from .query import iter_events

    with _errors():
        con = _open(db)
        rows = iter_events(con, _flt(actor, dyad, event, since, until, country, factual_only, limit))
        out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
        try:
            if fmt == "jsonl":
                for r in rows:
                    out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
            elif fmt == "csv":
                w = None
                for r in rows:
                    if w is None:
                        w = csv.DictWriter(out, fieldnames=list(r))
                        w.writeheader()
                    w.writerow({k: _cell(v) for k, v in r.items()})
            else:
                heads = {"event_num": "#", "actor_codes": "actor", "recipient_codes": "recip", "place_name": "place",
                         "num_mentions": "ment", "num_sources": "srcs"}
                out.write(" ".join(f"{heads.get(c, c):<{w}}" for c, w in TABLE_COLS).rstrip() + "\n")
                for r in rows:
                    out.write(" ".join(f"{_cell(r[c])[:w]:<{w}}" for c, w in TABLE_COLS).rstrip() + "\n")
        finally:
            if output:
                out.close()
            con.close()


@click.command()
@click.argument("event_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def show(event_id, db, as_json):
    """Show one event (id or number) with every story, sentence and offset that reports it."""
    from .query import format_show, show_event

    with _errors():
        con = _open(db)
        try:
            ev = show_event(con, event_id)
        finally:
            con.close()
    click.echo(json.dumps(ev, ensure_ascii=False, indent=2, default=str) if as_json else format_show(ev))


@click.command()
@click.argument("out", type=click.Path(dir_okay=False))
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True)
@click.option("--schema", type=click.Choice(["plover", "gdelt"]), default="plover", show_default=True,
              help="PLOVER records, or the GDELT event-table columns (docs/store.md).")
@_filters
def export(out, db, fmt, schema, actor, dyad, event, since, until, country, factual_only):
    """Export stored events to OUT as JSONL, CSV or Parquet."""
    from .export import export as export_events

    with _errors():
        con = _open(db)
        try:
            n = export_events(con, out, fmt, schema, _flt(actor, dyad, event, since, until, country, factual_only))
        finally:
            con.close()
    click.echo(f"whimbrel: wrote {n} events to {out}", err=True)


@click.command()
@db_option
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="month", show_default=True)
@_filters
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def stats(db, by, actor, dyad, event, since, until, country, factual_only, as_json):
    """Event counts by quad class and category, and Goldstein per dyad, per period."""
    from .stats import format_stats
    from .stats import stats as compute

    with _errors():
        con = _open(db)
        try:
            st = compute(con, by, _flt(actor, dyad, event, since, until, country, factual_only))
        finally:
            con.close()
    click.echo(json.dumps(st, indent=2) if as_json else format_stats(st))


COMMANDS = [ingest, events, show, export, stats]
