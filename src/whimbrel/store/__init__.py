"""The event store: coded documents and events in one embedded DuckDB file (docs/store.md).

Library first, one module per job: ``schema`` (tables, versions, migrations), ``ingest`` (read,
code and store, streaming and resumable), ``merge`` (when two stories report one happening),
``query`` (filter and show events), ``export`` (PLOVER or GDELT columns to JSONL/CSV/Parquet),
``stats`` (counts and Goldstein by period and dyad); ``commands`` holds the thin click wrappers.
"""
from __future__ import annotations

from .ingest import IngestStats, Store, ingest, ingest_items
from .schema import CURRENT_VERSION, MIGRATIONS, migrate, open_store

__all__ = ["CURRENT_VERSION", "MIGRATIONS", "IngestStats", "Store", "ingest", "ingest_items", "migrate", "open_store"]
