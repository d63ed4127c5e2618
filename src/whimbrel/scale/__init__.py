"""Scale out on Ray: code and store corpora that outgrow one machine (``--engine ray``).

The local path (whimbrel.api, whimbrel.store.ingest) is unchanged; this package runs the same
readers and the same ``Pipeline`` inside Ray Data, on this machine or on a cluster, and writes a
Parquet dataset (docs/scale.md):

    OUT/events/event_month=YYYY-MM/*.parquet   one row per story event: the PLOVER record and the
                                               store's columns (undated events: event_month=undated)
    OUT/documents/*.parquet                    one row per coded story (sentences, actors as JSON)
    OUT/rejects/*.parquet                      inputs that could not be read or coded, and why
    OUT/merged/*.parquet                       story event -> merged event (cross-story merge)

``whimbrel store import-parquet OUT --db FILE`` (whimbrel.store.import_parquet) loads it into the
DuckDB store. Ray is an optional extra: ``pip install whimbrel[ray]``.
"""
from __future__ import annotations

from .runner import RayStats, run

__all__ = ["RayStats", "run"]
