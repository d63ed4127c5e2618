"""The web app's fast paths give the answers of the plain queries (store/readside.py, web/rollups.py).

The derived event columns (flags, sectors, publishers, search text, coordinates) must select the
events the definitions select (the lead records, the stories, the mentions), and the rollups must
give the whole store's views as the plain queries do; both must stay right when the store changes
(a second ingest that merges into stored events and replaces a document, an upgrade of an older
store). All on small stores built here, in process.
"""
from __future__ import annotations

import shutil

import duckdb
import pytest

pytest.importorskip("starlette")

from test_store import all_stories, story, write  # noqa: E402
from whimbrel.store import readside
from whimbrel.store import schema as S
from whimbrel.store.schema import open_store
from whimbrel.web import queries as Q
from whimbrel.web import rollups as R
from whimbrel.web.filters import FLAGS, BadParameter, Paging, WebFilter

VIEWS = [  # (name, function of (con, filter)) over every view the rollups can answer
    ("timeline month", lambda con, f: Q.timeline(con, f, "month")),
    ("timeline week", lambda con, f: Q.timeline(con, f, "week")),
    ("timeline year", lambda con, f: Q.timeline(con, f, "year")),
    ("dyads and actors", lambda con, f: Q.actors_and_dyads(con, f, 15)),
    ("network", lambda con, f: Q.top_dyads(con, f, 60)),
    ("places", lambda con, f: Q.top_places(con, f, 200)),
    ("map", lambda con, f: Q.map_points(con, f)),
    ("facets", lambda con, f: Q.facets(con, f)),
]


def ids(con, flt: WebFilter, plain: bool) -> set[str]:
    cond, params = flt.where("e", plain=plain)
    return {r[0] for r in con.execute(f"SELECT e.event_id FROM events e WHERE {cond}", params).fetchall()}


def filters(con) -> list[WebFilter]:
    """Every flag, every sector and publisher in the store, and text searches (case, accents,
    LIKE wildcards taken literally, nothing found), alone and combined."""
    sectors = [r[0] for r in con.execute(
        "SELECT DISTINCT sector FROM actors WHERE sector IS NOT NULL ORDER BY 1").fetchall()]
    pubs = [r[0] for r in con.execute(
        "SELECT DISTINCT source_name FROM story_events WHERE source_name IS NOT NULL ORDER BY 1").fetchall()]
    out = [WebFilter(hide=[f]) for f in FLAGS] + [WebFilter(hide=list(FLAGS))]
    out += [WebFilter(asector=s) for s in sectors] + [WebFilter(rsector=s) for s in sectors]
    out += [WebFilter(publisher=p) for p in pubs]
    out += [WebFilter(q=q) for q in ("damascus", "DAMASCUS", "Khartoum", "said", "the ", "%", "_", "100%", "é",
                                     "<script", "zzzz-nothing")]
    out += [WebFilter(q="said", hide=["negated"], asector="GOV"), WebFilter(publisher=pubs[0], q="the")]
    return out


def test_derived_columns_select_what_the_plain_queries_select(web_store):
    con = open_store(web_store, read_only=True)
    checked = 0
    for flt in filters(con):
        fast, plain = ids(con, flt, False), ids(con, flt, True)
        assert fast == plain, flt
        checked += bool(plain)
    con.close()
    assert checked >= 15  # most filters select something: the comparison is not between empty sets


def test_rollups_answer_as_the_plain_queries(web_store, monkeypatch):
    con = open_store(web_store, read_only=True)
    assert readside.rollups_fresh(con)  # the fixture's last write finished its run
    fast = {name: view(con, WebFilter()) for name, view in VIEWS}
    monkeypatch.setattr(R, "usable", lambda con, flt: False)
    plain = {name: view(con, WebFilter()) for name, view in VIEWS}
    con.close()
    plain["facets"]["publisher"] = fast["facets"]["publisher"]  # counted by the plain query for narrow filters only
    for name in fast:
        assert fast[name] == plain[name], name
    assert fast["facets"]["publisher"] and fast["timeline month"] and fast["map"]


def derived(con) -> list[tuple]:
    cols = ", ".join(c for c, _ in readside.COLUMNS)
    return con.execute(f"SELECT event_id, {cols} FROM events ORDER BY event_id").fetchall()


def test_a_second_ingest_keeps_rollups_and_derived_columns_right(tmp_path, monkeypatch):
    """Stories written in two runs, the second joining stored events, the third replacing a
    document: after each run the rollups are fresh and equal the plain queries, and the derived
    columns equal a recomputation from scratch."""
    db = tmp_path / "events.duckdb"
    stories = all_stories()
    changed = story("s5-aljazeera-again")
    changed.raw += "\nCorrected."
    changed.events = [changed.events[1]]
    for run in (stories[:3], stories[3:], [changed]):
        write(db, run)
        con = duckdb.connect(str(db))
        assert readside.rollups_fresh(con)
        kept = derived(con)
        con.execute(readside.derived_sql("TRUE"))
        assert derived(con) == kept
        fast = {name: view(con, WebFilter()) for name, view in VIEWS}
        with monkeypatch.context() as m:
            m.setattr(R, "usable", lambda con, flt: False)
            plain = {name: view(con, WebFilter()) for name, view in VIEWS}
        plain["facets"]["publisher"] = fast["facets"]["publisher"]
        assert fast == plain
        con.close()
    con = open_store(db, read_only=True)
    assert con.execute("SELECT count(*) FROM events WHERE num_articles > 1").fetchone()[0] > 0  # runs merged
    con.close()


def test_rollups_left_stale_are_not_used(tmp_path):
    db = tmp_path / "events.duckdb"
    write(db, all_stories()[:3])
    from whimbrel.store import Store
    with Store(db) as st:  # a run that writes and never finishes (killed): the rollups are stale
        st.start_run(["test"])
        st.write(all_stories()[3:])
    con = open_store(db, read_only=True)
    assert not readside.rollups_fresh(con) and not R.usable(con, WebFilter())
    total = con.execute("SELECT count(*) FROM events").fetchone()[0]
    assert sum(f["events"] for f in Q.facets(con, WebFilter())["category"]) == total  # the plain query
    con.close()


def test_an_older_store_is_upgraded_with_its_derived_columns(web_store, tmp_path):
    """A version-1 store (no derived columns, no rollups) gets them when opened for writing."""
    db = tmp_path / "old.duckdb"
    shutil.copyfile(web_store, db)
    con = duckdb.connect(str(db))
    want = derived(con)
    for c, _ in readside.COLUMNS:
        con.execute(f"ALTER TABLE events DROP COLUMN {c}")
    con.execute("DROP TABLE rollup")
    con.execute("DROP TABLE rollup_state")
    con.execute("DELETE FROM schema_version WHERE version > 1")
    con.close()
    con = open_store(db)
    assert S.schema_version(con) == S.CURRENT_VERSION
    assert derived(con) == want
    assert not readside.rollups_fresh(con)  # built by the next ingest; until then the plain queries answer
    con.close()


def test_text_with_control_characters_is_refused():
    with pytest.raises(BadParameter, match="control characters"):
        WebFilter.from_params({"q": "a\nb"})


def test_large_set_facets_count_as_the_small_set_facets(web_store):
    """The one-pass SQL facets (for filters of more than 2,000 events) equal the facets counted
    row by row, on the whole store and on filters."""
    con = open_store(web_store, read_only=True)
    for flt in [WebFilter(hide=["negated"]), WebFilter(since="2000-01-01"), WebFilter(q="the")]:
        by_sql, by_rows = Q.facets(con, flt, in_python=0), Q.facets(con, flt, in_python=10**6)
        assert by_rows.pop("publisher") and not by_sql.pop("publisher")
        assert by_sql == by_rows and by_sql["actor"], flt
    con.close()


def test_sector_network_pairs_the_lead_records_actors(web_store):
    """The network by sector, from the derived node columns, counts what the lead records say."""
    import json
    from collections import Counter

    con = open_store(web_store, read_only=True)
    want = Counter()
    for rec, in con.execute("SELECT s.record FROM events e JOIN story_events s ON s.story_event_id = e.lead_story_event"
                            ).fetchall():
        rec = json.loads(rec)
        nodes = [[f"{x['code']} {x.get('sector') or 'UNK'}" for x in rec.get(side) or [] if x.get("code")]
                 for side in ("actor", "recipient")]
        want.update((a, r) for a in nodes[0] for r in nodes[1])
    edges = Q.top_dyads(con, WebFilter(), 60, sectors=True)
    con.close()
    assert edges and {(e["actor"], e["recipient"]): e["events"] for e in edges} == \
        {k: n for k, n in want.items() if k in {(e["actor"], e["recipient"]) for e in edges}}
    assert [e["events"] for e in edges] == sorted(want.values(), reverse=True)[:len(edges)]


def test_a_text_search_resolved_once_gives_the_same_pages(web_store):
    """The app resolves a text search to its event numbers once per request (WebFilter.narrow);
    the pages, facets and charts are those of the conditions themselves, and a search matching
    more events than the limit keeps its conditions."""
    import warnings

    warnings.filterwarnings("ignore", message=".*httpx.*")
    from starlette.testclient import TestClient

    from whimbrel.web.app import create_app

    con = open_store(web_store, read_only=True)
    with TestClient(create_app(web_store)) as client:
        for q in ("the", "said", "Damascus"):
            flt = WebFilter(q=q)
            body = client.get(f"/api/events?q={q}&size=500&sort=num").json()
            assert [e["event_id"] for e in body["events"]] == \
                [e["event_id"] for e in Q.event_rows(con, flt, Paging(size=500, sort="num", desc=False))["events"]]
            assert body["total"] == len(ids(con, flt, plain=True)) > 0
            assert client.get(f"/api/facets?q={q}").json()["facets"] == Q.facets(con, flt)
            narrowed = WebFilter(q=q, hide=["negated"])
            narrowed.narrow(Q.matches(con, narrowed))
            assert narrowed.where()[0].startswith("e.event_num IN")
            assert Q.timeline(con, narrowed, "month") == Q.timeline(con, WebFilter(q=q, hide=["negated"]), "month")
            assert ids(con, narrowed, False) == ids(con, narrowed, True)
            wide = WebFilter(q=q)
            wide.narrow(Q.matches(con, wide, limit=0))  # more than the limit: the conditions stay
            assert "contains" in wide.where()[0] and ids(con, wide, False) == ids(con, wide, True)
    con.close()
