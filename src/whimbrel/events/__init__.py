"""Event coding: PLOVER categories with mode, context, CAMEO code and Goldstein weight.

Stage entry points (see docs/design.md):
- ``mark_candidates`` (discard.py): cheap lexical pre-filter and story/line discards, before parsing.
- ``code_events`` (coder.py): triggers (triggers.py) -> roles (roles.py) -> modes (modality.py) ->
  CAMEO (cameo.py), for each parsed sentence.
- ``keep_political`` (political.py): events with no political party and no political act are dropped.
- ``merge_mentions`` (merge.py): one event per happening in a story, after dating.
"""
from __future__ import annotations

from .coder import code_events
from .discard import mark_candidates
from .merge import merge_mentions
from .political import keep_political

__all__ = ["mark_candidates", "code_events", "keep_political", "merge_mentions"]
