"""The web app's access to the store: read-only, time-limited, and polite to a running ingest.

DuckDB lets one process write a file or any number of processes read it, never both at once. An
``ingest`` holds the file for its whole run, so a server that kept the file open would stop every
ingest (E302), and one that opened it while an ingest runs would be refused. Two modes, then:

* live (default): the file is opened read-only on the first request and closed again once no
  request has come for ``idle`` seconds (2 by default), so an ingest can start whenever the
  analyst pauses. (Opening a large store costs ~100 ms, too much to pay on every request.) While
  an ingest writes, pages answer 503 with E302 and say how to run both: wait, or serve a snapshot.
* ``snapshot=True`` (``whimbrel serve --snapshot``): the file is copied once at start (under a
  read-only open, so no writer can change it mid-copy) and the copy is served from one held
  connection; an ingest may then write the original at any time. Restart to see new events.

Every query runs under a time limit: a timer interrupts the request's cursor, and the request
answers 503 (E305) instead of holding a worker for minutes.

Results are cached (``cached``) until the store changes: the key includes the file's and its
write-ahead log's size and modification time, so a finished ingest is seen on the next request.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from collections import OrderedDict
from contextlib import contextmanager
from pathlib import Path

import duckdb

from ..errors import E, WhimbrelError
from ..store.schema import open_store


class Database:
    CACHE_SIZE = 256

    def __init__(self, path: str | Path, snapshot: bool = False, timeout: float = 10.0, memory_mb: int = 1024,
                 idle: float = 2.0):
        self.path = Path(path)
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.idle = idle
        self.snapshot_dir = None
        self._held = None
        self._lock = threading.Lock()
        self._live = None  # live mode: the shared read-only connection while requests come
        self._users = 0
        self._last = 0.0
        self._cache: OrderedDict = OrderedDict()
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

    def _acquire(self):
        with self._lock:
            if self._held is not None:
                return self._held.cursor()
            if self._live is None:
                self._live = self._open(self.path)  # E302 when an ingest holds the file
            self._users += 1
            return self._live.cursor()

    def _release_later(self) -> None:
        with self._lock:
            self._users -= 1
            self._last = time.monotonic()
        if self.idle <= 0:
            self._close_if_idle()
            return
        timer = threading.Timer(self.idle, self._close_if_idle)
        timer.daemon = True
        timer.start()

    def _close_if_idle(self) -> None:
        with self._lock:
            if self._live is not None and self._users == 0 and time.monotonic() - self._last >= self.idle - 0.01:
                self._live.close()
                self._live = None

    @contextmanager
    def connect(self):
        """A read-only cursor for one request, interrupted after ``timeout`` seconds."""
        cur = self._acquire()
        timer = threading.Timer(self.timeout, cur.interrupt)
        timer.daemon = True
        timer.start()
        try:
            yield cur
        except duckdb.InterruptException as err:
            raise WhimbrelError(E.E305, seconds=self.timeout) from err
        finally:
            timer.cancel()
            cur.close()
            if self._held is None:
                self._release_later()

    def _signature(self) -> tuple:
        out = []
        for p in (self.path, self.path.with_name(self.path.name + ".wal")):
            try:
                st = os.stat(p)
                out += [st.st_size, st.st_mtime_ns]
            except OSError:
                out += [None, None]
        return tuple(out)

    def cached(self, key, compute):
        """``compute()``, or its result from an earlier request if the store has not changed since.
        Results are shared between requests: callers must not modify them."""
        key = (self._signature() if self._held is None else None, key)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        value = compute()
        with self._lock:
            self._cache[key] = value
            while len(self._cache) > self.CACHE_SIZE:
                self._cache.popitem(last=False)
        return value

    def close(self) -> None:
        with self._lock:
            if self._live is not None:
                self._live.close()
                self._live = None
        if self._held is not None:
            self._held.close()
            self._held = None
        if self.snapshot_dir:
            shutil.rmtree(self.snapshot_dir, ignore_errors=True)
            self.snapshot_dir = None
