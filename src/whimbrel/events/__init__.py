"""Event coding: PLOVER categories with mode, context, CAMEO code and Goldstein weight.

Stage entry points (see docs/design.md):
- ``mark_candidates`` (discard.py): cheap lexical pre-filter and story/line discards, before parsing.
- ``code_events`` (coder.py): the named passes of passes.py (PASSES) for each parsed sentence:
  candidates (find.py) -> roles and flags -> missing actors and recipients (fill_actor.py, pronoun_actors.py,
  fill_recipient.py; what a pronoun or "the two sides" refers to: antecedents.py) -> category, CAMEO and Goldstein (decide.py); any pass can be switched off by
  name (Options.disabled_passes, ``whimbrel evaluate --ablate``).
- ``decide_events`` (learned.py): the learned classifier's say on the rules' events (Options.decide_events).
- ``keep_political`` (political.py): events with no political party and no political act are dropped.
- ``merge_mentions`` (merge.py): one event per happening in a story, after dating.
"""
from __future__ import annotations

from .coder import code_events
from .discard import mark_candidates
from .learned import decide as decide_events
from .merge import merge_mentions
from .passes import PASSES, check_passes, pass_names
from .political import keep_political

__all__ = ["mark_candidates", "code_events", "decide_events", "keep_political", "merge_mentions", "PASSES",
           "check_passes", "pass_names"]
