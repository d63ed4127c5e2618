"""The web app's access to the store: read-only, time-limited, and polite to a running ingest.

DuckDB lets one process write a file or any number of processes read it, never both at once. An
``ingest`` holds the file for its whole run, so a server that kept the file open would stop every
ingest (E302), and one that opened it while an ingest runs would be refused. Two modes, then:

* live (default): each request opens the file read-only and closes it when done, so an ingest can
  start whenever no request is running. While an ingest writes, pages answer 503 with E302 and say
  how to run both: wait, or serve a snapshot.
* ``snapshot=True`` (``whimbrel serve --snapshot``): the file is copied once at start (under a
  read-only open, so no writer can change it mid-copy) and the copy is served from one held
  connection; an ingest may then write the original at any time. Restart to see new events.

Every query runs under a time limit: a timer interrupts the connection, and the request answers
503 (E305) instead of holding a worker for minutes.
"""
from __future__ import annotations

import shutil
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path

import duckdb

from ..errors import E, WhimbrelError
from ..store.schema import open_store


class Database:
    def __init__(self, path: str | Path, snapshot: bool = False, timeout: float = 10.0, memory_mb: int = 512):
        self.path = Path(path)
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.snapshot_dir = None
        self._held = None
        self._lock = threading.Lock()
        con = self._open(self.path)  # fails now (E201/E203/E302) rather than on the first page
        try:
            if snapshot:
                self.snapshot_dir = tempfile.mkdtemp(prefix="whimbrel-serve-")
                copy = Path(self.snapshot_dir) / self.path.name
                shutil.copyfile(self.path, copy)
                wal = self.path.with_name(self.path.name + ".wal")
                if wal.exists():
                    shutil.copyfile(wal, copy.with_name(copy.name + ".wal"))
        finally:
            con.close()
        if snapshot:
            self._held = self._open(copy)

    def _open(self, path: Path):
        con = open_store(path, read_only=True)
        con.execute(f"SET memory_limit = '{int(self.memory_mb)}MB'")
        return con

    @property
    def mode(self) -> str:
        return "snapshot" if self._held is not None else "live"

    @contextmanager
    def connect(self):
        """A read-only connection for one request, interrupted after ``timeout`` seconds."""
        if self._held is not None:
            con, close = self._held.cursor(), True
        else:
            con, close = self._open(self.path), True
        timer = threading.Timer(self.timeout, con.interrupt)
        timer.daemon = True
        timer.start()
        try:
            yield con
        except duckdb.InterruptException as err:
            raise WhimbrelError(E.E305, seconds=self.timeout) from err
        finally:
            timer.cancel()
            if close:
                con.close()

    def close(self) -> None:
        if self._held is not None:
            self._held.close()
            self._held = None
        if self.snapshot_dir:
            shutil.rmtree(self.snapshot_dir, ignore_errors=True)
            self.snapshot_dir = None
