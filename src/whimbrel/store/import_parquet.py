"""Load the output of a Ray run (whimbrel.scale) into the DuckDB event store.

Why a loader and not a re-ingest: the Ray run has already coded every story and merged the events
across stories (a shuffle on the merge key, whimbrel.scale.merge); the store only has to take the
rows in. DuckDB reads the Parquet files itself (``read_parquet``, in one transaction), so a load of
millions of rows never goes through Python one row at a time.

What the store then holds is what a local ``whimbrel ingest`` of the same inputs gives: the same
documents, sentences, actors, story events, mentions and merged events (ids, members and fields).
Two details keep it so: documents get ``ingested_at`` stamps one microsecond apart in reading
order (the store breaks ties between an event's members by arrival), and event numbers follow the
order in which a local ingest creates the events.

A store may be loaded from one output only, into a new file or into the file it filled before (a
re-load of the same output changes nothing); a store holding other documents is refused (E205),
since the Ray merge did not see them.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from ..errors import E, WhimbrelError
from . import readside
from .ingest import Store

_SENTENCE = '[{"doc_id":"VARCHAR","seq":"INTEGER","start":"INTEGER","end":"INTEGER","paragraph":"INTEGER","text":"VARCHAR"}]'
_ACTOR = ('[{"doc_id":"VARCHAR","idx":"INTEGER","sentence":"INTEGER","start":"INTEGER","end":"INTEGER","code":"VARCHAR",'
          '"sector":"VARCHAR","entity_text":"VARCHAR","identifier_text":"VARCHAR","why":"VARCHAR"}]')
_MENTION = ('[{"story_event_id":"VARCHAR","doc_id":"VARCHAR","seq":"INTEGER","sentence":"INTEGER","start":"INTEGER",'
            '"end":"INTEGER","text":"VARCHAR","event_text":"VARCHAR"}]')


@dataclass
class ImportStats:
    run_id: int = 0
    documents: int = 0
    story_events: int = 0
    events: int = 0
    rejects: int = 0
    unchanged: bool = False

    def summary(self) -> str:
        if self.unchanged:
            return f"already loaded: {self.documents} documents, nothing changed"
        return (f"{self.documents} documents, {self.story_events} story events -> {self.events} events, "
                f"{self.rejects} rejects loaded")


def _glob(out: Path, table: str) -> str | None:
    folder = out / table
    return str(folder / "**" / "*.parquet") if folder.exists() and any(folder.rglob("*.parquet")) else None


def _source(out: Path, table: str) -> str:
    glob = _glob(out, table)
    if glob is None:
        return "(SELECT NULL WHERE false)"
    return f"read_parquet('{glob.replace(chr(39), chr(39) * 2)}', hive_partitioning = false, union_by_name = true)"


def import_parquet(out: str | Path, db: str | Path) -> ImportStats:
    """Load the Ray output directory ``out`` (events/, documents/, rejects/, merged/) into ``db``."""
    out = Path(out)
    if not (out / "_SUCCESS").exists():
        raise WhimbrelError(E.E205, path=out, reason="not the output of a finished Ray run (no _SUCCESS file)")
    with Store(db, memory_limit=None) as store:
        con = store.con
        docs = _source(out, "documents")
        verdict = _compare(con, docs)
        st = ImportStats()
        if verdict == "same":
            st.unchanged = True
            st.documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
            return st
        store.start_run([str(out)])
        st.run_id = store.run_id
        con.execute("BEGIN TRANSACTION")
        try:
            _load(con, out, store.run_id, st)
            ids = [r[0] for r in con.execute("SELECT event_id FROM events").fetchall()]
            for i in range(0, len(ids), 50_000):
                store._refresh_events(set(ids[i:i + 50_000]))
            readside.build_rollups(con)
            con.execute("COMMIT")
        except duckdb.Error as err:
            con.execute("ROLLBACK")
            raise WhimbrelError(E.E205, path=out, reason=str(err).splitlines()[0]) from err
        con.execute("UPDATE runs SET finished_at = ?, documents = ?, events = ?, rejects = ? WHERE run_id = ?",
                    [datetime.now(timezone.utc).replace(tzinfo=None), st.documents, st.story_events, st.rejects,
                     store.run_id])
    return st


def _compare(con, docs: str) -> str:
    """"empty" (load), "same" (already loaded: nothing to do), or refuse a store of other documents."""
    have = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    if not have:
        return "empty"
    differ = con.execute(
        f"""SELECT count(*) FROM (SELECT doc_id, content_hash FROM documents)
            FULL OUTER JOIN (SELECT doc_id AS d, content_hash AS h FROM {docs}) ON doc_id = d
            WHERE doc_id IS NULL OR d IS NULL OR content_hash <> h""").fetchone()[0]
    if differ:
        raise WhimbrelError(E.E205, path="the Ray output", reason=f"the store already holds other documents ({differ} "
                            "differ); load a Ray output into a new store file")
    return "same"


def _load(con, out: Path, run_id: int, st: ImportStats) -> None:
    docs, events = _source(out, "documents"), _source(out, "events")
    merged, rejects = _source(out, "merged"), _source(out, "rejects")
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    if _glob(out, "rejects"):
        con.execute(f"""INSERT OR REPLACE INTO rejects SELECT input, code, any_value(error), $1, $2 FROM {rejects}
                        GROUP BY input, code""", [run_id, now])
        st.rejects = con.execute(f"SELECT count(*) FROM {rejects}").fetchone()[0]
    if not _glob(out, "documents"):  # every input was rejected
        return
    con.execute(f"CREATE TEMP TABLE d AS SELECT *, row_number() OVER (ORDER BY shard, pos) AS rk FROM {docs}")
    con.execute(
        """INSERT INTO documents SELECT doc_id, content_hash, origin, kind, title, publisher, source_name, url,
               language, pub_datetime, date_source, crawl_date, discarded, n_sentences, n_events, $1,
               $2::TIMESTAMP + to_microseconds(rk::BIGINT) FROM d""", [run_id, now])
    con.execute(f"INSERT INTO sentences SELECT u.* FROM (SELECT unnest(from_json(sentences, '{_SENTENCE}')) AS u FROM d)")
    con.execute(f"INSERT INTO actors SELECT u.* FROM (SELECT unnest(from_json(actors, '{_ACTOR}')) AS u FROM d)")
    if _glob(out, "events"):
        con.execute(f"CREATE TEMP TABLE se AS SELECT e.*, m.event_id, m.merge_why, m.merged AS m_merged "
                    f"FROM {events} e JOIN {merged} m USING (story_event_id)")
        con.execute(
            """INSERT INTO story_events SELECT story_event_id, doc_id, event_id, merge_why, category, mode, cameo,
                   goldstein, quad_code, actor_codes, recipient_codes, factual, date, date_precision, enddate,
                   date_lo, date_hi, place_name, place_country, place, sentence, paragraph, confidence,
                   source_name, n_mentions, record FROM se""")
        con.execute(f"INSERT INTO mentions SELECT u.* FROM (SELECT unnest(from_json(mentions, '{_MENTION}')) AS u FROM se)")
        base = con.execute("SELECT coalesce(max(event_num), 0) FROM events").fetchone()[0]
        con.execute(
            """INSERT INTO events (event_id, event_num, merge_key, merged, first_added)
               SELECT event_id, $1 + row_number() OVER (ORDER BY min(shard * 4294967296 + pos * 4096 + seq)),
                      any_value(merge_key), bool_or(m_merged), $2
               FROM se GROUP BY event_id""", [base, now])
        n = con.execute("SELECT count(*) FROM events").fetchone()[0]
        # keep the store's sequence ahead of the numbers given here, for later local ingests
        con.execute("SELECT max(nextval('event_num_seq')) FROM range($1)", [max(0, n - base)])
        st.story_events = con.execute("SELECT count(*) FROM se").fetchone()[0]
        st.events = n - base
        con.execute("DROP TABLE se")
    st.documents = con.execute("SELECT count(*) FROM d").fetchone()[0]
    con.execute("DROP TABLE d")
