"""Ingest: read, code and store documents in the DuckDB event store, streaming and resumable.

Why it is shaped like this:

* Streaming: documents flow reader -> pipeline -> store in batches of ``batch_docs``; nothing holds
  more than one batch, so memory stays flat however large the corpus.
* One transaction per batch: a run killed at any point (even SIGKILL) leaves the database as it
  was after the last committed batch (DuckDB's write-ahead log rolls the rest back).
* Resumable and idempotent: before coding, documents whose id *and* content hash are already
  stored are skipped (one query per chunk), so a re-run only codes what is missing. The check is
  repeated inside the write transaction, which is the authority.
* Changed documents: the same id with a different content hash replaces the old version (its
  sentences, actors, story events, mentions) and the merged events it fed are recomputed.
"""
from __future__ import annotations

import json
import time
import weakref
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator
from urllib.parse import urlsplit

import duckdb

from ..errors import E, WhimbrelError
from ..model import Document, Reject
from ..options import Options
from ..plover import event_id as plover_event_id
from ..plover import event_record
from . import merge as M
from . import readside
from .legacy_ids import stored_under_old_ids
from .schema import open_store


@dataclass
class IngestStats:
    """What a run did; ``whimbrel ingest`` prints it, tests and the bench read it."""

    run_id: int = 0
    documents: int = 0  # stored (new or replaced)
    replaced: int = 0
    upgraded: int = 0  # stored under an old-format id before (store/legacy_ids.py), now under its new one
    skipped: int = 0  # already stored with the same content
    story_events: int = 0
    events_new: int = 0  # merged events created
    events_joined: int = 0  # story events that joined an existing event
    rejects: int = 0
    inputs: int = 0  # documents and rejects read: documents + skipped + rejects == inputs
    batches: int = 0
    seconds: float = 0.0
    reject_list: list = field(default_factory=list, repr=False)

    @property
    def rate(self) -> float:
        return (self.documents + self.skipped) / self.seconds if self.seconds else 0.0

    @property
    def accounted(self) -> bool:
        """Every input ended as a stored, unchanged-skipped or rejected document."""
        return self.documents + self.skipped + self.rejects == self.inputs

    def summary(self) -> str:
        return (
            f"{self.inputs} inputs: {self.documents} documents stored ({self.replaced} replaced"
            f"{f', {self.upgraded} moved from old-format ids' if self.upgraded else ''}), {self.skipped} unchanged skipped, "
            f"{self.story_events} story events -> {self.events_new} new events, {self.events_joined} merged "
            f"into earlier ones, {self.rejects} rejected, {self.rate:.1f} docs/s"
        )


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


# column types per open connection: keyed on the connection itself (weakly), not on id(con), which
# a later connection may reuse once this one is gone (and would then read another store's types)
_TYPES: "weakref.WeakKeyDictionary[object, dict[str, dict[str, str]]]" = weakref.WeakKeyDictionary()


def _col_types(con, table: str) -> dict[str, str]:
    per_con = _TYPES.setdefault(con, {})
    if table not in per_con:
        rows = con.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?", [table]
        ).fetchall()
        per_con[table] = {n: ("VARCHAR" if t == "JSON" else t) for n, t in rows}
    return per_con[table]


def bulk_insert(con, table: str, rows: list[dict], verb: str = "INSERT") -> None:
    """Insert many rows in one statement (column lists unnested): far faster than executemany."""
    if not rows:
        return
    cols = list(rows[0])
    types = _col_types(con, table)
    select = ", ".join(f"unnest(${i + 1}::{types[c]}[])" for i, c in enumerate(cols))
    quoted = ", ".join(f'"{c}"' for c in cols)
    con.execute(f"{verb} INTO {table} ({quoted}) SELECT {select}", [[r[c] for r in rows] for c in cols])


def source_name(doc: Document) -> str:
    """Who published the story (GDELT's 'source'): publisher, else the URL's host, else the id."""
    if doc.publisher:
        return doc.publisher.strip()
    if doc.url:
        host = urlsplit(doc.url).hostname or ""
        if host:
            return host.removeprefix("www.")
    return doc.id


def document_row(d: Document, run_id: int, now: datetime) -> dict:
    """The documents-table row of a coded document."""
    return {
        "doc_id": d.id,
        "content_hash": d.content_hash,
        "origin": d.origin,
        "kind": d.kind,
        "title": d.title,
        "publisher": d.publisher,
        "source_name": source_name(d),
        "url": d.url or d.meta.get("url"),
        "language": d.language,
        "pub_datetime": d.pub_datetime,
        "date_source": d.date_source,
        "crawl_date": d.meta.get("crawl_date"),
        "discarded": d.discarded,
        "n_sentences": len(d.sentences),
        "n_events": len(d.events),
        "run_id": run_id,
        "ingested_at": now,
    }


def sentence_rows(d: Document) -> list[dict]:
    return [{"doc_id": d.id, "seq": s.seq, "start": s.start, "end": s.end, "paragraph": s.paragraph, "text": s.text}
            for s in d.sentences]


def actor_rows(d: Document) -> list[dict]:
    return [{"doc_id": d.id, "idx": i, "sentence": e.sentence, "start": e.start, "end": e.end, "code": e.code,
             "sector": e.sector, "entity_text": e.entity_text, "identifier_text": e.identifier_text, "why": e.why}
            for i, e in enumerate(d.entities)]


def story_event_rows(doc: Document, options: Options) -> Iterator[tuple[dict, list[dict]]]:
    """The store's story_events row and mentions rows of each event of a coded document (shared by
    the local store and the Ray engine, so both write the same rows)."""
    used: set[str] = set()
    src = source_name(doc)
    for ev in doc.events:
        rec = event_record(doc, ev, options)
        sid = plover_event_id(doc, ev)
        n = 2
        while sid in used:  # two events on one trigger (e.g. conjoined recipients)
            sid = f"{plover_event_id(doc, ev)}-{n}"
            n += 1
        used.add(sid)
        rec["id"] = sid
        interval = M.date_interval(ev.date, ev.date_precision, ev.enddate)
        place = M.place_parts(ev.event_loc)
        sent = doc.sentences[ev.sentence] if 0 <= ev.sentence < len(doc.sentences) else None
        mentions = list(ev.mentions) or []
        mrows = [
            {"story_event_id": sid, "doc_id": doc.id, "seq": k, "sentence": m.sentence, "start": m.start,
             "end": m.end, "text": m.text, "event_text": m.event_text}
            for k, m in enumerate(mentions)
        ]
        if not mrows:  # an unmerged event is its own single mention
            mrows = [{"story_event_id": sid, "doc_id": doc.id, "seq": 0, "sentence": ev.sentence,
                      "start": sent.start if sent else ev.trigger_start, "end": sent.end if sent else ev.trigger_end,
                      "text": sent.text if sent else None, "event_text": " ".join(ev.event_text)}]
        row = {
            "story_event_id": sid,
            "doc_id": doc.id,
            "event_id": None,
            "merge_why": None,
            "category": ev.category,
            "mode": list(ev.mode),
            "cameo": ev.cameo,
            "goldstein": ev.goldstein,
            "quad_code": rec.get("quad_code"),
            "actor_codes": M.codes(ev.actor),
            "recipient_codes": M.codes(ev.recipient),
            "factual": ev.factual,
            "date": ev.date,
            "date_precision": ev.date_precision,
            "enddate": ev.enddate,
            "date_lo": interval[0] if interval else None,
            "date_hi": interval[1] if interval else None,
            "place_name": place.get("name"),
            "place_country": place.get("country"),
            "place": json.dumps(place) if place else None,
            "sentence": ev.sentence,
            "paragraph": sent.paragraph if sent else None,
            "confidence": float(ev.confidence),
            "source_name": src,
            "n_mentions": len(mrows),
            "record": json.dumps(rec, ensure_ascii=False, default=str),
        }
        yield row, mrows


class Store:
    """An open event store: write batches of coded documents, each in one transaction."""

    def __init__(self, path: str | Path, options: Options | None = None, merge: bool = True,
                 memory_limit: str | None = "256MB"):
        self.path = str(path)
        self.options = options or Options()
        self.merge = merge
        self.con: duckdb.DuckDBPyConnection = open_store(path)
        if memory_limit:
            # DuckDB keeps the file's blocks cached up to its limit (default: 80% of RAM), so an
            # uncapped writer grows with the database; a cap keeps ingest memory flat (measured:
            # +73 MB over 20,000 stories uncapped, flat at 64 MB). Big queries spill to disk instead.
            # 256 MB, not 96: the read-side refresh's join of a batch with story_events and mentions
            # ran out of memory under 96 MB after a few thousand stories (docs/store.md)
            self.con.execute(f"SET memory_limit = '{memory_limit}'")
        self.run_id = 0

    def close(self) -> None:
        self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- runs -----------------------------------------------------------------------------------
    def start_run(self, inputs: list[str]) -> int:
        self.run_id = self.con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchone()[0]
        self.con.execute(
            "INSERT INTO runs (run_id, started_at, inputs, merge, coder) VALUES (?, ?, ?, ?, ?)",
            [self.run_id, _utcnow(), json.dumps(inputs), self.merge, self.options.coder],
        )
        return self.run_id

    def finish_run(self, st: IngestStats) -> None:
        self.con.execute(
            "UPDATE runs SET finished_at = ?, documents = ?, events = ?, rejects = ?, skipped = ? WHERE run_id = ?",
            [_utcnow(), st.documents, st.story_events, st.rejects, st.skipped, self.run_id],
        )
        try:
            readside.build_rollups(self.con)
        except duckdb.Error:  # after a failed run: the rollups stay stale and readers use the plain queries
            pass

    # -- what is already stored -----------------------------------------------------------------
    def stored_hashes(self, ids: list[str]) -> dict[str, str]:
        if not ids:
            return {}
        rows = self.con.execute(
            "SELECT doc_id, content_hash FROM documents WHERE doc_id IN (SELECT unnest($1::VARCHAR[]))", [ids]
        ).fetchall()
        return dict(rows)

    def unstored(self, items: Iterable[Document | Reject], st: IngestStats, chunk: int = 256) -> Iterator[Document | Reject]:
        """Pass on only documents not already stored with the same content (the resume step)."""
        it = iter(items)
        while True:
            block = list(islice(it, chunk))
            if not block:
                return
            have = self.stored_hashes([d.id for d in block if isinstance(d, Document)])
            for d in block:
                if isinstance(d, Document) and have.get(d.id) == d.content_hash:
                    st.skipped += 1
                    continue
                yield d

    # -- writing --------------------------------------------------------------------------------
    def write(self, batch: list[Document | Reject], st: IngestStats | None = None) -> IngestStats:
        """Store one batch of coded documents and rejects in one transaction."""
        st = st or IngestStats(run_id=self.run_id)
        docs: dict[str, Document] = {}
        rejects = []
        for item in batch:
            if isinstance(item, Reject):
                rejects.append(item)
            elif item.id in docs:  # a repeated id within one batch is reported, never dropped silently
                rejects.append(Reject(item.origin, "E012", E.E012.format(doc_id=item.id, first=docs[item.id].origin)))
            else:
                docs[item.id] = item
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            have = self.stored_hashes(list(docs))
            replace = [i for i, d in docs.items() if i in have and have[i] != d.content_hash]
            for i in [i for i, d in docs.items() if have.get(i) == d.content_hash]:
                del docs[i]
                st.skipped += 1
            legacy = stored_under_old_ids(con, docs)
            touched = self._delete_docs(replace + [old for olds in legacy.values() for old in olds])
            self._insert_docs(list(docs.values()))
            touched |= self._insert_events(list(docs.values()), st)
            self._refresh_events(touched)
            self._insert_rejects(rejects)
            con.execute("COMMIT")
        except Exception as err:
            con.execute("ROLLBACK")
            if isinstance(err, duckdb.Error):
                raise WhimbrelError(E.E201, reason=str(err)) from err
            raise
        st.documents += len(docs)
        st.replaced += len(replace)
        st.upgraded += len(legacy)
        st.rejects += len(rejects)
        st.reject_list = rejects
        st.batches += 1
        return st

    def _delete_docs(self, ids: list[str]) -> set[str]:
        """Remove every row of the old versions of these documents; returns the events they fed."""
        if not ids:
            return set()
        con = self.con
        touched = {
            r[0]
            for r in con.execute(
                "SELECT DISTINCT event_id FROM story_events WHERE doc_id IN (SELECT unnest($1::VARCHAR[]))", [ids]
            ).fetchall()
        }
        for table in ("mentions", "story_events", "actors", "sentences", "documents"):
            con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest($1::VARCHAR[]))", [ids])
        return touched

    def _insert_docs(self, docs: list[Document]) -> None:
        now = _utcnow()
        bulk_insert(self.con, "documents", [document_row(d, self.run_id, now) for d in docs])
        bulk_insert(self.con, "sentences", [r for d in docs for r in sentence_rows(d)])
        bulk_insert(self.con, "actors", [r for d in docs for r in actor_rows(d)])

    def _candidates(self, windows: set[tuple]) -> dict[str, list[M.Candidate]]:
        """Merged events that a story event of this batch might join (one query per batch).

        ``windows`` holds (merge key, date_lo, date_hi) of each dated story event: only stored events
        of the same key whose dates overlap that event's own window are fetched, so the query stays
        small however large the database grows (an envelope over the batch would span decades as
        soon as one background event is dated "in 1979")."""
        out: dict[str, list[M.Candidate]] = {}
        if not windows:
            return out
        keys, los, his = zip(*sorted(windows))
        rows = self.con.execute(
            """WITH q AS (SELECT unnest($1::VARCHAR[]) AS k, unnest($2::DATE[]) AS lo, unnest($3::DATE[]) AS hi),
                    c AS (SELECT DISTINCT e.event_id, e.merge_key, e.date_lo, e.date_hi, e.place, e.event_num
                          FROM events e JOIN q ON e.merge_key = q.k AND e.date_lo <= q.hi AND e.date_hi >= q.lo
                          WHERE e.merged)
               SELECT c.event_id, c.merge_key, c.date_lo, c.date_hi, c.place, list(DISTINCT s.doc_id)
               FROM c JOIN story_events s ON s.event_id = c.event_id
               GROUP BY c.event_id, c.merge_key, c.date_lo, c.date_hi, c.place, c.event_num
               ORDER BY c.event_num""",
            [list(keys), list(los), list(his)],
        ).fetchall()
        for eid, key, clo, chi, place, docs in rows:
            out.setdefault(key, []).append(
                M.Candidate(eid, key, clo, chi, json.loads(place) if place else {}, set(docs))
            )
        return out

    def _insert_events(self, docs: list[Document], st: IngestStats) -> set[str]:
        rows, mrows = [], []
        hashes = {d.id: d.content_hash for d in docs}
        for d in docs:
            for row, ms in story_event_rows(d, self.options):
                rows.append(row)
                mrows.extend(ms)
        if not rows:
            return set()
        keys = {}
        for r in rows:
            keys[r["story_event_id"]] = M.merge_key(r["category"], r["actor_codes"], r["recipient_codes"], r["factual"])
        dated = [r for r in rows if r["date_lo"] is not None]
        cands = {}
        if self.merge and dated:
            cands = self._candidates({(keys[r["story_event_id"]], r["date_lo"], r["date_hi"]) for r in dated})
        new_events, touched = [], set()
        for r in rows:
            sid, key = r["story_event_id"], keys[r["story_event_id"]]
            alone = "not merged: --no-merge" if not self.merge else M.mergeable(
                r["actor_codes"], r["recipient_codes"], (r["date_lo"], r["date_hi"]) if r["date_lo"] else None)
            best = None
            if alone is None:
                place = json.loads(r["place"]) if r["place"] else {}
                best, why = M.match(cands.get(key, []), r["doc_id"], r["date_lo"], r["date_hi"], place)
            else:
                why = alone
            if best is not None:
                best.lo, best.hi = max(best.lo, r["date_lo"]), min(best.hi, r["date_hi"])
                best.docs.add(r["doc_id"])
                if r["place"] and not best.place.get("name"):  # keep the most specific place seen
                    newer = json.loads(r["place"])
                    if newer.get("name") or not best.place:
                        best.place = newer
                r["event_id"] = best.event_id
                st.events_joined += 1
            else:
                eid = "ev-" + M.stable_hash(f"{sid}|{hashes[r['doc_id']]}")
                r["event_id"] = eid
                new_events.append({"event_id": eid, "merge_key": key, "merged": alone is None})
                if alone is None:
                    cands.setdefault(key, []).append(
                        M.Candidate(eid, key, r["date_lo"], r["date_hi"],
                                    json.loads(r["place"]) if r["place"] else {}, {r["doc_id"]}))
            r["merge_why"] = why
            touched.add(r["event_id"])
        bulk_insert(self.con, "story_events", rows)
        bulk_insert(self.con, "mentions", mrows)
        if new_events:
            now = _utcnow()
            ids = [e["event_id"] for e in new_events]
            self.con.execute(
                """INSERT INTO events (event_id, event_num, merge_key, merged, first_added)
                   SELECT unnest($1::VARCHAR[]), nextval('event_num_seq'), unnest($2::VARCHAR[]),
                          unnest($3::BOOLEAN[]), $4""",
                [ids, [e["merge_key"] for e in new_events], [e["merged"] for e in new_events], now],
            )
        st.story_events += len(rows)
        st.events_new += len(new_events)
        return touched

    def _refresh_events(self, event_ids: set[str]) -> None:
        """Recompute the merged events' fields from their members (after joins or deletions)."""
        if not event_ids:
            return
        ids = sorted(event_ids)
        con = self.con
        con.execute(
            "DELETE FROM events WHERE event_id IN (SELECT unnest($1::VARCHAR[])) AND event_id NOT IN "
            "(SELECT event_id FROM story_events WHERE event_id IN (SELECT unnest($1::VARCHAR[])))",
            [ids],
        )
        con.execute(
            """WITH mem AS (
                 SELECT s.*, row_number() OVER (
                     PARTITION BY s.event_id
                     ORDER BY (s.date_hi - s.date_lo) NULLS LAST, s.place_name IS NULL, s.confidence DESC,
                              d.ingested_at, s.story_event_id) AS rk
                 FROM story_events s JOIN documents d ON d.doc_id = s.doc_id
                 WHERE s.event_id IN (SELECT unnest($1::VARCHAR[]))),
               agg AS (
                 SELECT event_id, sum(n_mentions) AS nm, count(DISTINCT source_name) AS ns,
                        count(DISTINCT doc_id) AS na, max(date_lo) AS lo, min(date_hi) AS hi,
                        first(place ORDER BY place_name IS NULL, place_country IS NULL) AS any_place
                 FROM mem GROUP BY event_id),
               lead AS (SELECT * FROM mem WHERE rk = 1)
               UPDATE events SET
                 category = lead.category, mode = lead.mode, cameo = lead.cameo, goldstein = lead.goldstein,
                 quad_code = lead.quad_code, actor_codes = lead.actor_codes,
                 recipient_codes = lead.recipient_codes, factual = lead.factual,
                 date = lead.date, date_precision = lead.date_precision,
                 date_lo = agg.lo, date_hi = agg.hi,
                 place = coalesce(lead.place, agg.any_place),
                 place_name = coalesce(lead.place, agg.any_place)->>'name',
                 place_country = coalesce(lead.place, agg.any_place)->>'country',
                 lead_story_event = lead.story_event_id,
                 num_mentions = agg.nm, num_sources = agg.ns, num_articles = agg.na,
                 updated_at = current_timestamp::TIMESTAMP
               FROM lead JOIN agg ON agg.event_id = lead.event_id
               WHERE events.event_id = lead.event_id""",
            [ids],
        )
        readside.refresh_derived(con, ids)

    def _insert_rejects(self, rejects: list[Reject]) -> None:
        if not rejects:
            return
        uniq = {(r.origin, r.code): r for r in rejects}
        now = _utcnow()
        bulk_insert(
            self.con,
            "rejects",
            [{"origin": o, "code": c, "message": r.message, "run_id": self.run_id, "rejected_at": now} for (o, c), r in uniq.items()],
            verb="INSERT OR REPLACE",
        )


def _counted(items: Iterable[Document | Reject], st: IngestStats) -> Iterator[Document | Reject]:
    for item in items:
        st.inputs += 1
        yield item


def ingest_items(
    store: Store,
    items: Iterable[Document | Reject],
    pipeline=None,
    batch_docs: int = 100,
    on_batch: Callable[[IngestStats], None] | None = None,
    stats: IngestStats | None = None,
) -> IngestStats:
    """Code (with ``pipeline``, or store as given if None: already coded) and store a stream."""
    if not isinstance(batch_docs, int) or batch_docs < 1:
        raise WhimbrelError(E.E204, option="batch size", value=batch_docs, reason="must be 1 or more")
    st = stats or IngestStats(run_id=store.run_id)
    t0 = time.perf_counter()
    todo = store.unstored(_counted(items, st), st)
    coded = pipeline.run(todo) if pipeline is not None else todo
    while True:
        batch = list(islice(coded, batch_docs))
        if not batch:
            break
        store.write(batch, st)
        st.seconds = time.perf_counter() - t0
        if on_batch:
            on_batch(st)
        for d in batch:  # drop the parses now: the batch is stored
            if isinstance(d, Document):
                for s in d.sentences:
                    s.doc = None
        del batch
    st.seconds = time.perf_counter() - t0
    return st


def ingest(
    paths: Iterable[str],
    db: str | Path,
    options: Options | None = None,
    merge: bool = True,
    batch_docs: int = 100,
    pipeline=None,
    on_batch: Callable[[IngestStats], None] | None = None,
) -> IngestStats:
    """Read every input (text, HTML, JSONL, WARC, directories), code it and store it in ``db``."""
    from ..pipeline import Pipeline
    from ..read import iter_documents

    if not isinstance(batch_docs, int) or batch_docs < 1:
        raise WhimbrelError(E.E204, option="batch size", value=batch_docs, reason="must be 1 or more")
    options = options or (pipeline.options if pipeline is not None else Options())
    pipeline = pipeline or Pipeline(options)
    paths = [str(p) for p in paths]
    with Store(db, options, merge=merge) as store:
        store.start_run(paths)
        st = IngestStats(run_id=store.run_id)
        try:
            ingest_items(store, iter_documents(paths, options), pipeline, batch_docs, on_batch, st)
        finally:
            store.finish_run(st)
    return st
