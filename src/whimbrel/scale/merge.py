"""Cross-story merging on Ray: a shuffle on the merge key, then the local store's rule per key.

Why this gives the same merged events as the local store (whimbrel.store.ingest): the store merges
story events one at a time in reading order, each joining the best earlier event *with the same
merge key* (category, actor countries, recipient countries, factuality) whose date window overlaps
and whose place is compatible (whimbrel.store.merge.match), or starting a new one. Events of
different keys never meet, so the events of one key can be merged on their own, anywhere, as long
as they are replayed in reading order (shard, position in the shard, index in the story) against
the candidates in creation order. Only the wording of a "new event" reason can differ: the store
also lists there the non-overlapping events its batch query happened to fetch (so its text
depends on its batch size); here only overlapping candidates are listed. A hash shuffle on the merge
key (whimbrel.scale.tasks) brings each key's events together in one task; this module replays them.
Event ids are the store's (``ev-`` + hash of the first member's story event id and content hash), so they match too.

Candidates are indexed by month so a key with many events (a long war) does not make every
event scan every earlier one; a candidate is found through every month its window covered when it
was created (windows only shrink), and ``match`` re-checks the overlap.
"""
from __future__ import annotations

import json

import pyarrow as pa

from ..store import merge as M

ASSIGN = pa.schema([("story_event_id", pa.string()), ("event_id", pa.string()), ("merge_why", pa.string()),
                    ("merged", pa.bool_()), ("merge_key", pa.string())])
COLUMNS = ["story_event_id", "doc_id", "content_hash", "shard", "pos", "seq", "merge_key", "actor_codes",
           "recipient_codes", "date_lo", "date_hi", "place"]
_WIDE = 48  # a window over this many months is checked against every event instead of indexed


def _months(lo, hi) -> list[int] | None:
    a, b = lo.year * 12 + lo.month, hi.year * 12 + hi.month
    return list(range(a, b + 1)) if b - a <= _WIDE else None


class _Index:
    """Candidates of one key by month, returned in creation order."""

    def __init__(self):
        self.order: dict[int, M.Candidate] = {}
        self.by_month: dict[int, list[int]] = {}
        self.wide: list[int] = []

    def add(self, cand: M.Candidate) -> None:
        n = len(self.order)
        self.order[n] = cand
        months = _months(cand.lo, cand.hi)
        if months is None:
            self.wide.append(n)
        else:
            for m in months:
                self.by_month.setdefault(m, []).append(n)

    def near(self, lo, hi) -> list[M.Candidate]:
        """Candidates whose window overlaps [lo, hi] now, in creation order (the store, likewise,
        fetches only overlapping events)."""
        months = _months(lo, hi)
        found = set(self.order) if months is None else set(self.wide).union(
            *(self.by_month.get(m, ()) for m in months))
        return [c for c in (self.order[n] for n in sorted(found)) if c.lo <= hi and c.hi >= lo]


def assign_events(rows: list[dict], merge: bool = True) -> list[dict]:
    """Event id and reason for every story event of one merge key (rows in any order)."""
    rows = sorted(rows, key=lambda r: (r["shard"], r["pos"], r["seq"]))
    index = _Index()
    out = []
    for r in rows:
        interval = (r["date_lo"], r["date_hi"]) if r["date_lo"] is not None else None
        alone = "not merged: --no-merge" if not merge else M.mergeable(r["actor_codes"] or [], r["recipient_codes"] or [], interval)
        best = None
        if alone is None:
            place = json.loads(r["place"]) if r["place"] else {}
            best, why = M.match(index.near(r["date_lo"], r["date_hi"]), r["doc_id"], r["date_lo"], r["date_hi"], place)
        else:
            why = alone
        if best is not None:
            best.lo, best.hi = max(best.lo, r["date_lo"]), min(best.hi, r["date_hi"])
            best.docs.add(r["doc_id"])
            if r["place"] and not best.place.get("name"):  # keep the most specific place seen, as the store
                newer = json.loads(r["place"])
                if newer.get("name") or not best.place:
                    best.place = newer
            out.append({"story_event_id": r["story_event_id"], "event_id": best.event_id, "merge_why": why,
                        "merged": True, "merge_key": r["merge_key"]})
            continue
        eid = "ev-" + M.stable_hash(f"{r['story_event_id']}|{r['content_hash']}")
        if alone is None:
            index.add(M.Candidate(eid, r["merge_key"], r["date_lo"], r["date_hi"],
                                  json.loads(r["place"]) if r["place"] else {}, {r["doc_id"]}))
        out.append({"story_event_id": r["story_event_id"], "event_id": eid, "merge_why": why,
                    "merged": alone is None, "merge_key": r["merge_key"]})
    return out

