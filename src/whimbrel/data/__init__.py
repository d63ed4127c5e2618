"""Data tables shipped with whimbrel (lexicons, actor lists, code tables), loaded once.

Every table is a YAML/TSV file in this folder, documented in its header with its source.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from ..errors import E, WhimbrelError


def path(name: str):
    return resources.files(__package__).joinpath(name)


@lru_cache(maxsize=None)
def load_yaml(name: str):
    try:
        with path(name).open("r", encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except (OSError, yaml.YAMLError) as err:
        raise WhimbrelError(E.E102, name=name, reason=str(err)) from err


def read_text(name: str) -> str:
    return path(name).read_text(encoding="utf-8")


def read_tsv(name: str):
    """Rows of a tab-separated data file as dicts keyed by its header line; ``#`` lines are comments.
    Yields (line number, row); a row with the wrong number of columns is an E102 error."""
    header = None
    for n, line in enumerate(read_text(name).splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if header is None:
            header = cols
            continue
        if len(cols) != len(header):
            raise WhimbrelError(E.E102, name=name, reason=f"line {n}: {len(cols)} columns, expected {len(header)}")
        yield n, dict(zip(header, cols))


@lru_cache(maxsize=1)
def plover() -> dict:
    return load_yaml("plover.yaml")


def canonical_category(name: str) -> tuple[str, str | None]:
    """Current PLOVER name (and implied mode) for a category name, old 0.5-era names accepted."""
    name = (name or "").strip().upper()
    renamed = plover()["renamed"]
    if name in renamed:
        new, mode = renamed[name]
        return new, mode
    return name, None
