"""The CAMEO code table (data/events/cameo.tsv): code -> name, PLOVER category, mode, context, weight.

Loaded once. The table is the PLOVER project's CAMEO->PLOVER conversion joined with the CAMEO
Goldstein-style scale; a few modes in it predate PLOVER 2.0 ("ease", "return", "ban",
"assassinate", ...) and are mapped here to the manual's current modes so records only carry modes the
manual lists.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import data

# pre-2.0 modes in the conversion table -> PLOVER 2.0 mode (None: drop)
_OLD_MODES = {
    "ease": None, "return": "release", "ban": "restrict", "political": "restrict",
    "assassinate": "targeted", "massacre": "targeted", "cleansing": None, "pro_autocracy": None,
}


@dataclass(frozen=True)
class CameoCode:
    code: str
    category: str
    mode: str | None
    context: tuple[str, ...]
    goldstein: float | None
    name: str


@lru_cache(maxsize=1)
def table() -> dict[str, CameoCode]:
    out: dict[str, CameoCode] = {}
    for _, row in data.read_tsv("events/cameo.tsv"):
        mode = row["mode"].strip() or None
        if mode in _OLD_MODES:
            mode = _OLD_MODES[mode]
        ctx = tuple(c for c in row["context"].split(",") if c and c not in ("democracy",))
        out[row["code"]] = CameoCode(
            code=row["code"], category=row["category"], mode=mode, context=ctx,
            goldstein=float(row["goldstein"]) if row["goldstein"] else None, name=row["name"],
        )
    return out


def lookup(code: str | None) -> CameoCode | None:
    if not code:
        return None
    return table().get(code)


def goldstein(code: str | None) -> float | None:
    row = lookup(code)
    if row is None and code and len(code) > 2:
        return goldstein(code[:-1])
    return row.goldstein if row else None
