"""The event store's schema, its version, and the forward migrations that build it.

Why migrations and not one CREATE script: a database written by an older whimbrel must keep working
after an upgrade. Each entry of ``MIGRATIONS`` is applied once, in order, inside one transaction
that also records it in ``schema_version``; ``open_store`` applies whatever the file is missing.
A change to the schema is a new entry appended here (never an edit of an old one) and a line in
docs/store.md.

Tables (keys in docs/store.md): documents, sentences, actors (actor mentions), story_events (one
coded event of one story), mentions (the sentences reporting a story event), events (one happening,
merged across stories), rejects, runs, schema_version.
"""
from __future__ import annotations

import time
from pathlib import Path

import duckdb

from ..errors import E, WhimbrelError
from . import readside

# (version, description, statements). Append only.
MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (
        1,
        "documents, sentences, actors, story events, mentions, merged events, rejects, runs",
        [
            """CREATE TABLE runs (
                run_id      INTEGER PRIMARY KEY,
                started_at  TIMESTAMP NOT NULL,
                finished_at TIMESTAMP,
                inputs      VARCHAR,
                merge       BOOLEAN,
                coder       VARCHAR,
                documents   INTEGER DEFAULT 0,
                events      INTEGER DEFAULT 0,
                rejects     INTEGER DEFAULT 0,
                skipped     INTEGER DEFAULT 0
            )""",
            """CREATE TABLE documents (
                doc_id       VARCHAR PRIMARY KEY,
                content_hash VARCHAR NOT NULL,
                origin       VARCHAR,
                kind         VARCHAR,
                title        VARCHAR,
                publisher    VARCHAR,
                source_name  VARCHAR,      -- publisher, else URL host, else the document id (NumSources)
                url          VARCHAR,
                language     VARCHAR,
                pub_datetime TIMESTAMPTZ,
                date_source  VARCHAR,
                crawl_date   VARCHAR,
                discarded    VARCHAR,
                n_sentences  INTEGER,
                n_events     INTEGER,
                run_id       INTEGER,
                ingested_at  TIMESTAMP NOT NULL
            )""",
            """CREATE TABLE sentences (
                doc_id    VARCHAR NOT NULL,
                seq       INTEGER NOT NULL,
                start     INTEGER,
                "end"     INTEGER,
                paragraph INTEGER,
                text      VARCHAR,
                PRIMARY KEY (doc_id, seq)
            )""",
            """CREATE TABLE actors (
                doc_id          VARCHAR NOT NULL,
                idx             INTEGER NOT NULL,
                sentence        INTEGER,
                start           INTEGER,
                "end"           INTEGER,
                code            VARCHAR,
                sector          VARCHAR,
                entity_text     VARCHAR,
                identifier_text VARCHAR,
                why             VARCHAR,
                PRIMARY KEY (doc_id, idx)
            )""",
            """CREATE TABLE story_events (
                story_event_id  VARCHAR PRIMARY KEY,   -- the PLOVER record id (whimbrel.plover.event_id)
                doc_id          VARCHAR NOT NULL,
                event_id        VARCHAR NOT NULL,      -- the merged event it belongs to
                merge_why       VARCHAR,
                category        VARCHAR,
                mode            VARCHAR[],
                cameo           VARCHAR,
                goldstein       DOUBLE,
                quad_code       INTEGER,
                actor_codes     VARCHAR[],
                recipient_codes VARCHAR[],
                factual         BOOLEAN,
                date            VARCHAR,
                date_precision  VARCHAR,
                enddate         VARCHAR,
                date_lo         DATE,
                date_hi         DATE,
                place_name      VARCHAR,
                place_country   VARCHAR,
                place           JSON,                  -- country/admin1/feature/name/lat/lon of event_loc
                sentence        INTEGER,
                paragraph       INTEGER,
                confidence      DOUBLE,
                source_name     VARCHAR,
                n_mentions      INTEGER,
                record          JSON
            )""",
            """CREATE TABLE mentions (
                story_event_id VARCHAR NOT NULL,
                doc_id         VARCHAR NOT NULL,
                seq            INTEGER NOT NULL,       -- order of the mention within its story event
                sentence       INTEGER,
                start          INTEGER,
                "end"          INTEGER,
                text           VARCHAR,
                event_text     VARCHAR,
                PRIMARY KEY (story_event_id, seq)
            )""",
            "CREATE SEQUENCE event_num_seq START 1",
            """CREATE TABLE events (
                event_id        VARCHAR PRIMARY KEY,
                event_num       BIGINT NOT NULL,       -- integer id (GDELT GlobalEventID)
                merge_key       VARCHAR NOT NULL,
                category        VARCHAR,
                mode            VARCHAR[],
                cameo           VARCHAR,
                goldstein       DOUBLE,
                quad_code       INTEGER,
                actor_codes     VARCHAR[],
                recipient_codes VARCHAR[],
                factual         BOOLEAN,
                date            VARCHAR,
                date_precision  VARCHAR,
                date_lo         DATE,
                date_hi         DATE,
                place_name      VARCHAR,
                place_country   VARCHAR,
                place           JSON,
                lead_story_event VARCHAR,              -- the member whose record represents the event
                num_mentions    INTEGER,
                num_sources     INTEGER,
                num_articles    INTEGER,
                merged          BOOLEAN,               -- false when ingested with --no-merge
                first_added     TIMESTAMP,
                updated_at      TIMESTAMP
            )""",
            """CREATE TABLE rejects (
                origin  VARCHAR NOT NULL,
                code    VARCHAR NOT NULL,
                message VARCHAR,
                run_id  INTEGER,
                rejected_at TIMESTAMP,
                PRIMARY KEY (origin, code)             -- re-running does not repeat a reject
            )""",
        ],
    ),
    (
        2,
        "events: lead flags, sectors, publishers, coordinates and search text for fast reads; rollups",
        readside.migration(),
    ),
]

CURRENT_VERSION = MIGRATIONS[-1][0]


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The version the database is at; 0 for an empty file."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()[0]
    if not exists:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return row[0] or 0


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the migrations the database lacks, each in its own transaction; returns those applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description VARCHAR, "
        "applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    have = schema_version(con)
    if have > CURRENT_VERSION:
        raise WhimbrelError(
            E.E203, version=have, supported=CURRENT_VERSION
        )
    applied = []
    for version, description, statements in MIGRATIONS:
        if version <= have:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for stmt in statements:
                con.execute(stmt)
            con.execute("INSERT INTO schema_version (version, description) VALUES (?, ?)", [version, description])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


# whimbrel runs offline: DuckDB must never download an extension (given an SQLite file it would
# fetch sqlite_scanner) nor load one by itself
OFFLINE = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}


def _foreign(path: Path, err: Exception) -> str:
    """The error, said plainly when the file is not a DuckDB database at all."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return str(err)
    if head.startswith(b"SQLite format 3"):
        return f"{path} is an SQLite database, not a whimbrel (DuckDB) event store"
    return str(err).splitlines()[0]


CREATING = 3.0  # seconds: a file this fresh that will not open may be a store another process is creating


def _connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    """duckdb.connect, its errors made E302 (locked by another process) or E201 (not a store).

    Two ingests started together on a new file: the second can open it while the first is still
    writing its header, and DuckDB then says the file is not a database. A file modified within
    CREATING seconds is tried again for that long: it becomes a locked store (E302), or it stays
    what it is (E201)."""
    deadline = time.monotonic() + CREATING
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=OFFLINE)
        except duckdb.Error as err:
            if "lock" in str(err).lower():  # another process (an ingest) holds the file
                raise WhimbrelError(E.E302, path=path, reason=str(err).splitlines()[0]) from err
            if time.monotonic() < deadline and _fresh(path):
                time.sleep(0.1)
                continue
            raise WhimbrelError(E.E201, reason=_foreign(path, err)) from err


def _fresh(path: Path) -> bool:
    try:
        return time.time() - path.stat().st_mtime < CREATING
    except OSError:
        return False


def open_store(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (creating and migrating if needed) the DuckDB file at ``path``.

    Read-only opens never migrate: a reader must not change a file it was only asked to query.
    """
    path = Path(path)
    if read_only and not path.exists():
        raise WhimbrelError(E.E201, reason=f"no database at {path}")
    con = _connect(path, read_only)
    if read_only:
        try:
            have = schema_version(con)
        except duckdb.Error as err:
            con.close()
            raise WhimbrelError(E.E201, reason=str(err)) from err
        if have != CURRENT_VERSION:
            con.close()
            raise WhimbrelError(E.E203, version=have, supported=CURRENT_VERSION)
        return con
    migrate(con)
    return con
