"""Click commands of the event store, each a thin wrapper over an importable function.

``COMMANDS`` is registered on the ``whimbrel`` group by cli.py (``main.add_command``). Nothing here
does work the library cannot do: ingest -> ``store.ingest.ingest``, events -> ``query.iter_events``,
show -> ``query.show_event``, export -> ``export.export``, stats -> ``stats.stats``. Options, errors
and exit codes are the shared ones of whimbrel.clikit (this module imports nothing from cli.py).
"""
from __future__ import annotations

import sys

import click

from ..clikit import (RejectLog, engine_options, format_option, guard_outputs, list_format, parse_date_option, setup_logging,
                      show_progress, stdin_id_option, user_errors, verbosity, write_records)

db_option = click.option("--db", required=True, type=click.Path(dir_okay=False),
                         help="The DuckDB event store file (created by ingest).")


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
    """The filter, checked now: a bad value is a usage error before anything is opened or written."""
    from .query import EventFilter

    flt = EventFilter(actor=actor, dyad=dyad, event=event, since=since, until=until, country=country,
                      factual_only=factual_only, limit=limit)
    flt.where()
    return flt


def _open(db):
    from .schema import open_store

    return open_store(db, read_only=True)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--date", "date_", default=None, help="Publication date for documents whose own date cannot be found.")
@click.option("--rejects", default=None, help="Also write skipped inputs and why (JSONL) to this file.")
@click.option("--no-merge", is_flag=True, help="Do not merge events of different stories into one event.")
@click.option("--batch", "batch_docs", type=click.IntRange(min=1), default=100, show_default=True,
              help="Documents per transaction.")
@stdin_id_option
@engine_options
@click.option("--out", "ray_out", default=None, type=click.Path(file_okay=False),
              help="Ray only: where the Parquet dataset goes before it is loaded (default: DB.ray).")
@verbosity
def ingest(paths, db, date_, rejects, no_merge, batch_docs, stdin_id, engine, address, workers, ray_out, verbose,
           quiet):
    """Read, code and store documents (text, HTML, JSONL, WARC, Parquet, directories) in a DuckDB file.

    Re-running adds nothing already stored; an interrupted run resumes where it stopped. With
    --engine ray the corpus is coded on Ray into a Parquet dataset, then loaded (docs/scale.md).
    """
    from ..options import Options
    from .ingest import ingest as ingest_paths

    setup_logging(verbose, quiet)
    skip = guard_outputs({"--rejects": rejects}, [*paths, db])
    _refuse_db_as_input(db, paths)
    opts = Options(default_date=parse_date_option(date_), stdin_id=stdin_id, skip_paths=skip)
    if engine == "ray":
        _ingest_on_ray(list(paths), db, opts, rejects, not no_merge, address, workers, ray_out, quiet)
    rej = RejectLog(rejects)
    bar = None
    if show_progress(quiet):
        from tqdm import tqdm

        bar = tqdm(unit="doc", file=sys.stderr, mininterval=0.5, dynamic_ncols=True, leave=False)

    def on_batch(st):
        for r in st.reject_list:
            rej.add(r)
        if bar is not None:
            bar.n = st.documents + st.skipped + st.rejects
            bar.set_postfix(events=st.story_events, rejects=st.rejects, rate=f"{st.rate:.1f}/s", refresh=False)
            bar.refresh()

    with user_errors():
        try:
            st = ingest_paths(list(paths), db, opts, merge=not no_merge, batch_docs=batch_docs, on_batch=on_batch)
        finally:
            if bar is not None:
                bar.close()
            rej.close()
    if not quiet:
        click.echo(f"whimbrel: {db}: {st.summary()}", err=True)
    sys.exit(1 if st.rejects else 0)


def _refuse_db_as_input(db: str, paths) -> None:
    """The database named as an input would be read while it is written: a usage error (E013)."""
    from ..errors import E, WhimbrelError
    from ..outputs import same_file

    with user_errors():
        for p in paths:
            if p != "-" and same_file(p, db):
                raise WhimbrelError(E.E013, path=p, what="the database", option="input")


def _ingest_on_ray(paths, db, opts, rejects, merge, address, workers, ray_out, quiet) -> None:
    from ..scale import run
    from .import_parquet import import_parquet

    out = ray_out or f"{db}.ray"
    rej = RejectLog(rejects)
    with user_errors():
        st = run(paths, out, opts, address=address, workers=workers, merge=merge)
        for r in st.reject_list:
            rej.add(r)
        rej.close()
        loaded = import_parquet(out, db)
    if not quiet:
        click.echo(f"whimbrel: {out}: {st.summary()}", err=True)
        click.echo(f"whimbrel: {db}: {loaded.summary()}", err=True)
    sys.exit(1 if st.rejects else 0)


@click.command("import-parquet")
@click.argument("out", type=click.Path(file_okay=False))
@db_option
@verbosity
def import_parquet_cmd(out, db, verbose, quiet):
    """Load the Parquet dataset of a Ray run (whimbrel code --engine ray -o OUT) into the store.

    Into a new store, or the one it filled before (re-loading the same output changes nothing).
    """
    from .import_parquet import import_parquet

    setup_logging(verbose, quiet)
    with user_errors():
        st = import_parquet(out, db)
    if not quiet:
        click.echo(f"whimbrel: {db}: {st.summary()}", err=True)


TABLE_COLS = [("event_num", 7), ("date", 11), ("category", 10), ("cameo", 6), ("actor_codes", 9),
              ("recipient_codes", 9), ("place_name", 16), ("num_mentions", 5), ("num_sources", 5), ("event_id", 20)]
TABLE_HEADS = {"event_num": "#", "actor_codes": "actor", "recipient_codes": "recip", "place_name": "place",
               "num_mentions": "ment", "num_sources": "srcs"}


def _cell(v):
    if isinstance(v, list):
        return "+".join(map(str, v))
    return "" if v is None else str(v)


def events_table(rows, out) -> int:
    """The fixed-width listing of ``whimbrel events``."""
    out.write(" ".join(f"{TABLE_HEADS.get(c, c):<{w}}" for c, w in TABLE_COLS).rstrip() + "\n")
    n = 0
    for r in rows:
        out.write(" ".join(f"{_cell(r[c])[:w]:<{w}}" for c, w in TABLE_COLS).rstrip() + "\n")
        n += 1
    return n


def _text(render):
    """A table writer that prints one rendered object (show, stats)."""
    def table(rows, out) -> int:
        items = list(rows)
        for item in items:
            out.write(render(item) + "\n")
        return len(items)
    return table


@click.command()
@db_option
@_filters
@format_option()
@click.option("--limit", type=click.IntRange(min=0), default=None, help="At most this many events (0: none).")
@click.option("-o", "--output", default=None, help="Write here instead of stdout (- = stdout).")
@verbosity
def events(db, actor, dyad, event, since, until, country, factual_only, fmt, limit, output, verbose, quiet):
    """List stored events (merged across stories), oldest first."""
    from .query import iter_events

    setup_logging(verbose, quiet)
    guard_outputs({"--output": output}, (), db)
    with user_errors():
        flt = _flt(actor, dyad, event, since, until, country, factual_only, limit)
        fmt = list_format(output, fmt)
        con = _open(db)
        try:
            write_records(iter_events(con, flt), fmt, output, events_table)
        finally:
            con.close()


@click.command()
@click.argument("event_id")
@db_option
@format_option()
@click.option("--json", "as_json", is_flag=True, hidden=True, help="Same as --format json.")
@click.option("-o", "--output", default=None, help="Write here instead of stdout (- = stdout).")
@verbosity
def show(event_id, db, fmt, as_json, output, verbose, quiet):
    """Show one event (id or number) with every story, sentence and offset that reports it."""
    from .query import format_show, show_event

    setup_logging(verbose, quiet)
    guard_outputs({"--output": output}, (), db)
    with user_errors():
        fmt = list_format(output, fmt, as_json)
        con = _open(db)
        try:
            ev = show_event(con, event_id)
        finally:
            con.close()
        if fmt in ("csv", "tsv"):
            records = [{**{k: v for k, v in ev.items() if k != "reports"}, "story_id": rep["story_id"],
                        "story_event_id": rep["story_event_id"], **{f"mention_{k}": m[k] for k in m}}
                       for rep in ev["reports"] for m in rep["mentions"]]
        else:
            records = [ev]
        write_records(records, fmt, output, _text(format_show), one=True)


@click.command()
@click.argument("out", default="-")
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "tsv", "parquet", "gdelt-tsv"]), default=None,
              help="Default: from OUT's extension, else the schema's own (plover jsonl, gdelt gdelt-tsv, polecat tsv).")
@click.option("--schema", type=click.Choice(["plover", "gdelt", "polecat"]), default="plover", show_default=True,
              help="PLOVER records, GDELT 2.0 event rows, or POLECAT release rows (docs/exports.md).")
@_filters
@verbosity
def export(out, db, fmt, schema, actor, dyad, event, since, until, country, factual_only, verbose, quiet):
    """Export stored events to OUT (- or nothing = stdout) as JSONL, CSV, TSV or Parquet."""
    from .export import export as export_events
    from .export import resolve

    setup_logging(verbose, quiet)
    guard_outputs({"OUT": out}, (), db)
    with user_errors():
        flt = _flt(actor, dyad, event, since, until, country, factual_only)
        fmt = resolve(out, fmt, schema)
        con = _open(db)
        try:
            n = export_events(con, out, fmt, schema, flt)
        finally:
            con.close()
    if not quiet:
        click.echo(f"whimbrel: wrote {n} {schema} rows ({fmt}) to {'stdout' if out == '-' else out}", err=True)


def stats_rows(st: dict):
    """The three stats tables as one list of rows, each tagged with its table (for jsonl/csv/tsv)."""
    for table in ("quad_class", "categories", "dyads"):
        for r in st[table]:
            yield {"table": table, "period": r.get("period"), "category": r.get("category"),
                   "actor": r.get("actor"), "recipient": r.get("recipient"),
                   **{k: v for k, v in r.items() if k not in ("period", "category", "actor", "recipient")}}


@click.command()
@db_option
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="month", show_default=True)
@_filters
@format_option()
@click.option("--json", "as_json", is_flag=True, hidden=True, help="Same as --format json.")
@click.option("-o", "--output", default=None, help="Write here instead of stdout (- = stdout).")
@verbosity
def stats(db, by, actor, dyad, event, since, until, country, factual_only, fmt, as_json, output, verbose, quiet):
    """Event counts by quad class and category, and Goldstein per dyad, per period."""
    from .stats import format_stats
    from .stats import stats as compute

    setup_logging(verbose, quiet)
    guard_outputs({"--output": output}, (), db)
    with user_errors():
        flt = _flt(actor, dyad, event, since, until, country, factual_only)
        fmt = list_format(output, fmt, as_json)
        con = _open(db)
        try:
            st = compute(con, by, flt)
        finally:
            con.close()
        if fmt in ("table", "json"):
            write_records([st], fmt, output, _text(format_stats), one=True)
        else:
            write_records(stats_rows(st), fmt, output)


COMMANDS = [ingest, import_parquet_cmd, events, show, export, stats]
