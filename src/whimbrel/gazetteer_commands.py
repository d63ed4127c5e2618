"""``whimbrel gazetteer``: import a GeoNames dump, show what is used, forget it.

Thin wrappers over whimbrel.gazetteer (import_gazetteer, get_gazetteer, remove_imported), kept out
of the library module so that using the gazetteer from Python does not import click.
"""
from __future__ import annotations

import click

from .clikit import setup_logging, user_errors, verbosity
from .gazetteer import DEFAULT_CLASSES


@click.group("gazetteer")
def gazetteer() -> None:
    """The offline place gazetteer (GeoNames): import a full dump, show what is used."""


@gazetteer.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--min-population", type=click.IntRange(min=0), default=0, show_default=True,
              help="Drop populated places smaller than this.")
@click.option("--feature-classes", default=DEFAULT_CLASSES, show_default=True, help="GeoNames feature classes to keep.")
@click.option("--admin1", type=click.Path(exists=True, dir_okay=False), help="admin1CodesASCII.txt (province names).")
@verbosity
def import_cmd(path: str, min_population: int, feature_classes: str, admin1: str | None, verbose: int, quiet: bool) -> None:
    """Store a GeoNames dump (allCountries.txt, XX.txt, citiesN.txt or .zip) for offline use."""
    from .gazetteer import import_gazetteer

    setup_logging(verbose, quiet)
    with user_errors():
        res = import_gazetteer(path, min_population=min_population, feature_classes=feature_classes, admin1=admin1)
    click.echo(f"kept {res['kept']:,} of {res['read']:,} GeoNames rows ({res['admin1']:,} province names) in {res['path']}")


@gazetteer.command("info")
@verbosity
def info_cmd(verbose: int, quiet: bool) -> None:
    """Where the gazetteer's tables are and how many entries it holds."""
    from .gazetteer import get_gazetteer, imported_path

    setup_logging(verbose, quiet)
    gaz = get_gazetteer()
    imp = imported_path()
    click.echo(f"entries: {len(gaz.places):,}; names: {len(gaz.names):,}")
    click.echo(f"imported dump: {imp if imp.exists() else 'none'}")


@gazetteer.command("remove")
@verbosity
def remove_cmd(verbose: int, quiet: bool) -> None:
    """Forget the imported dump (the packaged tables remain)."""
    from .gazetteer import remove_imported

    setup_logging(verbose, quiet)
    click.echo("removed" if remove_imported() else "nothing imported")
