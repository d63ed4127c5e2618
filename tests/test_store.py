"""The event store without the NLP pipeline: hand-coded documents give exact control.

The corpus in tests/data/corpus/ holds five short stories that report six happenings in different
words, dates and places; annotations.json codes their events by hand and says which events are
one happening. The store must merge exactly those.
"""
from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

from whimbrel.errors import WhimbrelError
from whimbrel.model import Document, Entity, Event, Reject, Sentence
from whimbrel.store import Store, open_store
from whimbrel.store import export as X
from whimbrel.store import merge as M
from whimbrel.store import query as Q
from whimbrel.store import schema as S
from whimbrel.store.stats import stats

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
ANNOT = json.loads((CORPUS / "annotations.json").read_text(encoding="utf-8"))


def split_sentences(body: str) -> list[Sentence]:
    """A plain splitter for the hand-made stories (the real segmenter is not under test here)."""
    out, para = [], 0
    for p, block in enumerate(body.split("\n\n")):
        base = body.index(block) if block else 0
        for m in re.finditer(r"[^.!?]+[.!?]?", block):
            text = m.group().strip()
            if not text:
                continue
            start = base + m.start() + (len(m.group()) - len(m.group().lstrip()))
            out.append(Sentence(len(out), start, start + len(text), text, paragraph=p))
        para = p
    return out


def story(name: str, doc_id: str | None = None, text: str | None = None) -> Document:
    """A coded Document built from a corpus story and its hand-coded events."""
    ann = ANNOT["stories"][name]
    raw = text if text is not None else (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    doc = Document(id=doc_id or name, origin=str(CORPUS / f"{name}.txt"), raw=raw, kind="clean", body=raw.strip())
    doc.publisher = ann["publisher"]
    doc.pub_datetime = datetime.fromisoformat(ann["pub"])
    doc.sentences = split_sentences(doc.body)
    for e in ann["events"]:
        start = doc.body.index(e["trigger"])
        sent = next(s for s in doc.sentences if s.start <= start < s.end)
        ents = lambda codes, sector: [Entity(c, sector, c, sentence=sent.seq) for c in codes]  # noqa: E731
        ev = Event(
            e["category"], actor=ents(e["actor"], "GOV"), recipient=ents(e["recipient"], "MIL"), cameo=e["cameo"],
            goldstein=e["goldstein"], sentence=sent.seq, trigger_start=start, trigger_end=start + len(e["trigger"]),
            event_text=[e["trigger"]], date=e["date"], date_precision=e["precision"], event_loc=e["place"],
            negated=e.get("negated", False), historical=e.get("historical", False), confidence=0.8,
        )
        doc.entities.extend(ev.actor + ev.recipient)
        doc.events.append(ev)
    return doc


def copies(k: int):
    """k numbered copies of every corpus story (distinct ids and texts): a corpus of any size."""
    for i in range(k):
        for n in ANNOT["stories"]:
            raw = (CORPUS / f"{n}.txt").read_text(encoding="utf-8") + f"\n[copy {i}]"
            yield story(n, f"{n}-{i}", text=raw)


def all_stories() -> list[Document]:
    return [story(n) for n in ANNOT["stories"]]


def happenings() -> dict[str, set[tuple[str, int]]]:
    """happening -> {(story, event index)} from the annotations."""
    out: dict[str, set] = {}
    for name, ann in ANNOT["stories"].items():
        for i, e in enumerate(ann["events"]):
            out.setdefault(e["happening"], set()).add((name, i))
    return out


def groups(con) -> set[frozenset]:
    """The store's merged events as sets of (story, event index)."""
    rows = con.execute("SELECT event_id, doc_id, record FROM story_events").fetchall()
    by: dict[str, set] = {}
    for eid, doc_id, rec in rows:
        rec = json.loads(rec)
        idx = [e["trigger"] for e in ANNOT["stories"][doc_id]["events"]].index(rec["event_text"][0])
        by.setdefault(eid, set()).add((doc_id, idx))
    return {frozenset(v) for v in by.values()}


@pytest.fixture
def db(tmp_path):
    return tmp_path / "events.duckdb"


def write(db, docs, merge=True, batch=2):
    with Store(db, merge=merge) as st:
        st.start_run(["test"])
        stats_ = None
        for i in range(0, len(docs), batch):
            stats_ = st.write(docs[i:i + batch], stats_)
        st.finish_run(stats_)
    return stats_


# -- schema ------------------------------------------------------------------------------------
def test_new_store_is_at_current_version(db):
    con = open_store(db)
    assert S.schema_version(con) == S.CURRENT_VERSION
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"documents", "sentences", "actors", "story_events", "mentions", "events", "rejects", "runs"} <= tables
    assert S.migrate(con) == []  # nothing left to apply
    con.close()


def test_migrations_apply_forward_in_order(db, monkeypatch):
    write(db, [story("s1-reuters-damascus")])
    extra = (S.CURRENT_VERSION + 1, "test: a new column", ["ALTER TABLE events ADD COLUMN note VARCHAR"])
    monkeypatch.setattr(S, "MIGRATIONS", S.MIGRATIONS + [extra])
    monkeypatch.setattr(S, "CURRENT_VERSION", extra[0])
    con = open_store(db)
    assert S.schema_version(con) == extra[0]
    assert con.execute("SELECT count(note), count(*) FROM events").fetchone() == (0, 1)  # data kept
    con.close()


def test_newer_database_is_refused(db, monkeypatch):
    open_store(db).close()
    monkeypatch.setattr(S, "CURRENT_VERSION", 0)
    with pytest.raises(WhimbrelError) as err:
        open_store(db)
    assert err.value.code == "E203"


def test_read_only_open_of_missing_file_is_an_error(tmp_path):
    with pytest.raises(WhimbrelError) as err:
        open_store(tmp_path / "nope.duckdb", read_only=True)
    assert err.value.code == "E201"


# -- merge rules -------------------------------------------------------------------------------
def test_date_intervals():
    assert M.date_interval("2020-06-07", "day") == (date(2020, 6, 7), date(2020, 6, 7))
    assert M.date_interval("2020-02", "month") == (date(2020, 2, 1), date(2020, 2, 29))
    assert M.date_interval("2020-06-07", "month") == (date(2020, 6, 1), date(2020, 6, 30))
    assert M.date_interval("2019", None) == (date(2019, 1, 1), date(2019, 12, 31))
    assert M.date_interval("2020-06-07", "publication") == (date(2020, 6, 6), date(2020, 6, 7))
    assert M.date_interval("2020-06-01", "range", "2020-06-05") == (date(2020, 6, 1), date(2020, 6, 5))
    assert M.date_interval(None, "day") is None
    assert M.date_interval("June", "day") is None


def test_place_compatibility():
    city = M.place_parts({"resolved_place": "Baghdad", "city": "Baghdad", "province": "Baghdad",
                          "country_code": "IRQ", "geonameid": 98182, "feature_code": "PPLC"})
    country = M.place_parts({"resolved_place": "Iraq", "country": "Iraq", "country_code": "IRQ", "feature_code": "PCLI"})
    other = M.place_parts({"resolved_place": "Mosul", "city": "Mosul", "province": "Nineveh", "country_code": "IRQ",
                           "geonameid": 99072})
    abroad = M.place_parts({"name": "Tehran", "countryCode": "irn"})
    assert M.places_compatible(city, country)[0]
    assert M.places_compatible(city, {})[0]
    assert not M.places_compatible(city, other)[0]
    ok, why = M.places_compatible(country, abroad)
    assert not ok and "IRN" in why


# -- cross-story merging on the corpus ---------------------------------------------------------
@pytest.mark.parametrize("order", ["forward", "reversed"])
def test_corpus_merges_exactly_the_same_happenings(db, order):
    docs = all_stories()
    if order == "reversed":
        docs.reverse()
    st = write(db, docs)
    con = open_store(db, read_only=True)
    expected = {frozenset(v) for v in happenings().values()}
    assert groups(con) == expected
    assert st.story_events == 10 and st.events_new == 6 and st.events_joined == 4
    h1 = con.execute("SELECT num_mentions, num_articles, num_sources, place_name, date FROM events "
                     "WHERE category = 'ASSAULT' AND num_articles > 1").fetchall()
    assert h1 == [(3, 3, 2, "Damascus", "2023-03-12")]  # Reuters + Al Jazeera twice
    h3 = con.execute("SELECT num_articles, num_sources, date, date_precision, date_lo, date_hi FROM events "
                     "WHERE category = 'SANCTION'").fetchone()
    # a publication-date report (14-15 March) merged into the day-precise one: the day wins
    assert h3 == (2, 2, "2023-03-14", "day", date(2023, 3, 14), date(2023, 3, 14))
    con.close()


def test_merge_is_explained(db):
    write(db, all_stories())
    con = open_store(db, read_only=True)
    whys = {f"{d}#{json.loads(r)['event_text'][0]}": w
            for d, r, w in con.execute("SELECT doc_id, record, merge_why FROM story_events").fetchall()}
    assert whys["s1-reuters-damascus#struck"].startswith("new event")
    bombed = whys["s2-aljazeera-weekend#bombed"]
    assert bombed.startswith("joined ") and "2023-03-12" in bombed
    aleppo = whys["s2-aljazeera-weekend#hit a weapons depot"]
    assert aleppo.startswith("new event") and "same story" in aleppo
    assert "do not overlap" in whys["s5-aljazeera-again#struck targets"]
    assert whys["s4-reuters-iran#would not retaliate"].startswith("new event")  # a denial has its own key
    con.close()


def test_no_merge_keeps_one_event_per_story_event(db):
    st = write(db, all_stories(), merge=False)
    con = open_store(db, read_only=True)
    assert st.events_new == 10 and st.events_joined == 0
    assert con.execute("SELECT count(*), max(num_articles), bool_or(merged) FROM events").fetchone() == (10, 1, False)
    assert con.execute("SELECT count(*) FROM story_events WHERE merge_why LIKE '%--no-merge%'").fetchone()[0] == 10
    con.close()


def test_undated_or_unknown_actor_events_never_merge(db):
    a, b = story("s1-reuters-damascus", "a"), story("s1-reuters-damascus", "b", text=(CORPUS / "s1-reuters-damascus.txt").read_text() + " ")
    for d in (a, b):
        d.events[0].date = None
    write(db, [a, b])
    con = open_store(db, read_only=True)
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 2
    assert con.execute("SELECT count(*) FROM story_events WHERE merge_why = 'not merged: no date'").fetchone()[0] == 2
    con.close()


# -- idempotence, changes, rejects ------------------------------------------------------------
def counts(con) -> dict:
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "sentences", "actors", "story_events", "mentions", "events", "rejects")}


def test_rewriting_the_same_documents_adds_nothing(db):
    write(db, all_stories() + [Reject("bad.txt", "E004", "empty document")])
    with open_store(db) as con:
        before = counts(con)
        snapshot = con.execute("SELECT event_id, num_mentions, num_articles FROM events ORDER BY 1").fetchall()
    st = write(db, all_stories() + [Reject("bad.txt", "E004", "empty document")])
    assert st.skipped == 5 and st.documents == 0 and st.story_events == 0
    with open_store(db) as con:
        assert counts(con) == before
        assert con.execute("SELECT event_id, num_mentions, num_articles FROM events ORDER BY 1").fetchall() == snapshot
        assert before["rejects"] == 1


def test_changed_document_replaces_its_events(db):
    write(db, all_stories())
    # s5 is corrected: the Homs raid sentence is gone, and the look-back to 12 March no longer names Damascus
    changed = story("s5-aljazeera-again")
    changed.raw += "\nCorrected."
    changed.events = [changed.events[1]]
    changed.events[0].event_loc = None
    st = write(db, [changed])
    assert st.replaced == 1 and st.documents == 1
    con = open_store(db, read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 5
    assert con.execute("SELECT count(*) FROM story_events WHERE doc_id = 's5-aljazeera-again'").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM events WHERE date = '2023-03-20'").fetchone()[0] == 0  # orphan gone
    h1 = con.execute("SELECT num_mentions, num_articles, place_name FROM events WHERE num_articles > 1 "
                     "AND category = 'ASSAULT'").fetchall()
    assert h1 == [(3, 3, "Damascus")]
    assert con.execute("SELECT content_hash FROM documents WHERE doc_id = 's5-aljazeera-again'").fetchone()[0] == changed.content_hash
    con.close()


def test_failed_batch_leaves_nothing_behind(db, monkeypatch):
    write(db, [story("s1-reuters-damascus")])
    with open_store(db) as con:
        before = counts(con)
    with Store(db) as st:
        st.start_run(["x"])

        def boom(ids):
            raise duckdb.Error("disk full (simulated)")

        monkeypatch.setattr(st, "_refresh_events", boom)
        with pytest.raises(WhimbrelError) as err:
            st.write([story("s2-aljazeera-weekend")])
        assert err.value.code == "E201"
    with open_store(db) as con:
        assert counts(con) == before


# -- query, show, export, stats ---------------------------------------------------------------
@pytest.fixture
def corpus_db(db):
    write(db, all_stories())
    con = open_store(db, read_only=True)
    yield con
    con.close()


def test_event_filters(corpus_db):
    ev = lambda **kw: [r["category"] for r in Q.iter_events(corpus_db, Q.EventFilter(**kw))]  # noqa: E731
    assert ev(dyad="ISR:SYR") == ["ASSAULT"] * 3
    assert ev(actor="usa") == ["SANCTION"]
    assert sorted(ev(actor="TUR")) == ["AGREE"]
    assert ev(event="SANCTION") == ["SANCTION"]
    assert ev(event="FIGHT") == ["ASSAULT"] * 3  # 0.5-era name
    assert ev(event="16") == ["SANCTION"]
    assert ev(since="2023-03-14", until="2023-03-15") == ["SANCTION", "THREATEN"]
    assert ev(since="2023-03-14", factual_only=True) == ["SANCTION", "ASSAULT"]
    assert ev(country="TUR") == ["AGREE"]
    for bad in ({"dyad": "IRN"}, {"actor": "Iran"}, {"since": "last week"}, {"event": "PARTY"}):
        with pytest.raises(WhimbrelError) as err:
            ev(**bad)
        assert err.value.code == "E204"


def test_show_lists_every_report_with_offsets(corpus_db):
    eid = corpus_db.execute("SELECT event_id FROM events WHERE num_articles = 3").fetchone()[0]
    ev = Q.show_event(corpus_db, eid)
    assert [r["story_id"] for r in ev["reports"]] == ["s1-reuters-damascus", "s2-aljazeera-weekend", "s5-aljazeera-again"]
    body = story("s5-aljazeera-again").body
    m = ev["reports"][2]["mentions"][0]
    assert body[m["start"]:m["end"]] == m["text"] and "March 12 air strikes" in m["text"]
    assert "Damascus" in Q.format_show(ev)
    assert Q.show_event(corpus_db, str(ev["event_num"]))["event_id"] == eid
    with pytest.raises(WhimbrelError) as err:
        Q.show_event(corpus_db, "ev-nope")
    assert err.value.code == "E202"


def test_export_plover_jsonl_and_parquet(corpus_db, tmp_path):
    n = X.export(corpus_db, tmp_path / "e.jsonl", "jsonl", "plover", Q.EventFilter(dyad="ISR:SYR"))
    recs = [json.loads(line) for line in (tmp_path / "e.jsonl").open(encoding="utf-8")]
    assert n == len(recs) == 3
    h1 = next(r for r in recs if r["num_articles"] == 3)
    assert h1["event"] == ["ASSAULT"] and h1["id"].startswith("ev-")
    assert sorted({m["story_id"] for m in h1["mentions"]}) == ["s1-reuters-damascus", "s2-aljazeera-weekend", "s5-aljazeera-again"]
    assert len(h1["merge"]) == 3 and all(m["why"] for m in h1["merge"])
    for schema, rows in (("plover", 6), ("polecat", 6), ("gdelt", 7)):  # GDELT: RUS+TUR is two rows
        pq = tmp_path / f"{schema}.parquet"
        assert X.export(corpus_db, pq, "parquet", schema) == rows
        assert duckdb.connect().execute(f"SELECT count(*) FROM '{pq}'").fetchone()[0] == rows
    with pytest.raises(WhimbrelError):
        X.export(corpus_db, tmp_path / "x", "xlsx", "plover")


def test_stats(corpus_db):
    st = stats(corpus_db, "month")
    assert st["events"] == 6
    q = st["quad_class"][0]
    assert (q["period"], q["verbal_cooperation"], q["verbal_conflict"], q["material_conflict"]) == ("2023-03-01", 1, 1, 4)
    isr = next(d for d in st["dyads"] if (d["actor"], d["recipient"]) == ("ISR", "SYR"))
    assert (isr["events"], isr["goldstein_sum"], isr["goldstein_mean"], isr["mentions"]) == (3, -30.0, -10.0, 5)
    days = stats(corpus_db, "day", Q.EventFilter(dyad="ISR:SYR"))
    assert [(r["period"], r["total"]) for r in days["quad_class"]] == [("2023-03-12", 2), ("2023-03-20", 1)]
    with pytest.raises(WhimbrelError):
        stats(corpus_db, "fortnight")
