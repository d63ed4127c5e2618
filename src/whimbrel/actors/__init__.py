"""Actor resolution. TEMPORARY first cut (to be replaced by the actors helper)."""
from __future__ import annotations

from typing import Iterable

from ..model import Document, Entity
from ..options import Options


def resolve_actors(doc: Document, options: Options) -> None:
    pass


def entities_for(doc: Document, sentence: int, tokens: Iterable[int]) -> list[Entity]:
    return []
