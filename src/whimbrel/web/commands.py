"""``whimbrel serve``: the analyst's web app over an event store (a thin wrapper over web.app)."""
from __future__ import annotations

import click

from ..clikit import setup_logging, user_errors, verbosity
from ..errors import E, WhimbrelError

LOCAL = ("127.0.0.1", "localhost", "::1")


def _imports():
    """Starlette and uvicorn come with the ``web`` extra; without it, E304 says how to get them."""
    try:
        import starlette  # noqa: F401
        import uvicorn
    except ImportError as err:
        raise WhimbrelError(E.E304, reason=str(err)) from err
    return uvicorn


@click.command()
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="The DuckDB event store file.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but this machine exposes the store to the network.")
@click.option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True)
@click.option("--snapshot", is_flag=True,
              help="Serve a copy of the store taken at start, so an ingest can write the file meanwhile.")
@click.option("--tiles", default=None, metavar="URL",
              help="XYZ tile URL template for the map (https://host/{z}/{x}/{y}.png); default: bundled outlines.")
@click.option("--timeout", type=click.FloatRange(0.1, 600), default=10.0, show_default=True,
              help="Seconds a query may run before it is stopped.")
@verbosity
def serve(db, host, port, snapshot, tiles, timeout, verbose, quiet):
    """Browse a store in a web browser: overview, events, evidence, dyads, network, map, JSON API."""
    setup_logging(verbose, quiet)
    with user_errors():
        uvicorn = _imports()
        from .app import create_app

        app = create_app(db, tiles=tiles, timeout=timeout, snapshot=snapshot)
    if host not in LOCAL:
        click.echo(f"whimbrel: warning: listening on {host}: anyone who can reach this address can read the "
                   "whole store (no login). Use the default 127.0.0.1 unless you mean it.", err=True)
    shown = f"[{host}]" if ":" in host else host
    mode = "a snapshot" if snapshot else "read-only"
    click.echo(f"whimbrel: serving {db} ({mode}) at http://{shown}:{port}/  (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning" if not verbose else "info")


COMMANDS = [serve]
