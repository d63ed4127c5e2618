"""The web app in process: every page and API route, the filters, downloads, errors and security.

The store (conftest.web_store) holds the bundled examples, a hostile article and the hand-coded
corpus; requests go through Starlette's test client (no network, no browser).
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import time
import warnings

import duckdb
import pytest

pytest.importorskip("starlette")
warnings.filterwarnings("ignore", message=".*httpx.*")
from starlette.testclient import TestClient  # noqa: E402

from whimbrel.errors import WhimbrelError  # noqa: E402
from whimbrel.store import export as X  # noqa: E402
from whimbrel.store.query import EventFilter  # noqa: E402
from whimbrel.web.app import create_app  # noqa: E402
from whimbrel.web.db import Database  # noqa: E402

PAGES = ["/", "/events", "/dyad", "/network", "/network?nodes=sector", "/map",
         "/events?sort=goldstein", "/events?category=ACCUSE&hide=negated", "/?by=week", "/?by=year"]


@pytest.fixture(scope="module")
def client(web_store):
    with TestClient(create_app(web_store), raise_server_exceptions=True) as c:
        yield c


@pytest.fixture(scope="module")
def events(client):
    return client.get("/api/events?size=500").json()["events"]


def digest(path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


# -- pages --------------------------------------------------------------------------------------
@pytest.mark.parametrize("url", PAGES)
def test_every_page_renders(client, url):
    r = client.get(url)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    assert "<title>" in r.text and "</html>" in r.text


def test_overview_shows_store_figures_and_chart(client):
    stats = client.get("/api/stats").json()["store"]
    html = client.get("/").text
    assert f"<dd>{stats['events']:,}</dd>" in html and f"<dd>{stats['documents']:,}</dd>" in html
    assert stats["merged_story_events"] > 0  # the hand-coded corpus merges across stories
    assert "<svg" in html and "<rect" in html and "Top dyads" in html and "Top places" in html


def test_event_table_filters_sorts_and_pages(client, events):
    actor = client.get("/api/facets").json()["facets"]["actor"][0]["value"]  # the busiest actor
    body = client.get(f"/api/events?actor={actor}&size=500").json()
    assert body["total"] == sum(actor in e["actor_codes"] for e in events) > 0
    assert all(actor in e["actor_codes"] for e in body["events"])
    asc = client.get("/api/events?sort=goldstein&size=500").json()["events"]
    values = [e["goldstein"] for e in asc if e["goldstein"] is not None]
    assert values == sorted(values)
    p1 = client.get("/api/events?size=3&page=1").json()
    p2 = client.get(p1["next"]).json()
    assert p1["total"] == len(events) and p1["pages"] == -(-len(events) // 3)
    assert not {e["event_id"] for e in p1["events"]} & {e["event_id"] for e in p2["events"]}
    assert body["total"] > 3
    html = client.get(f"/events?actor={actor}&size=3").text
    assert f"page 1 of {-(-body['total'] // 3)}" in html and 'rel="next"' in html


def test_facets_count_the_filtered_events(client, events):
    facets = client.get("/api/facets").json()["facets"]
    assert sum(f["events"] for f in facets["category"]) == len(events)
    cat = facets["category"][0]["value"]
    sub = client.get(f"/api/events?category={cat}&size=500").json()
    assert sub["total"] == facets["category"][0]["events"]
    html = client.get("/events").text
    assert f"/events?category={cat}" in html  # each facet value is a link that adds it to the filter


def test_filters_round_trip_in_the_url(client):
    html = client.get("/events?since=2021-01-01&until=2023-12-31&q=border&hide=negated&hide=historical").text
    for part in ("since=2021-01-01", "until=2023-12-31", "q=border", "hide=historical", "hide=negated"):
        assert part in html  # download links, pager and sort headers carry the filter
    assert 'value="2021-01-01"' in html and 'value="historical" checked' in html


def test_text_search_and_flags(client):
    found = client.get("/api/events?q=Khartoum&size=500").json()
    assert found["total"] >= 1
    assert client.get("/api/events?q=zzzz-not-in-any-sentence").json()["total"] == 0
    everything = client.get("/api/events").json()["total"]
    assert client.get("/api/events?hide=negated").json()["total"] < everything  # the corpus has a denial


def test_event_page_marks_evidence_and_triggers(client, events):
    ev = next(e for e in events if e["text"] and "Khartoum" in e["text"])
    html = client.get(f"/events/{ev['event_id']}").text
    assert '<mark class="trigger">' in html and '<span class="actor">' in html
    assert 'class="sentence"' in html and "Why it was coded" in html
    detail = client.get(f"/api/events/{ev['event_id']}").json()
    rep = detail["reports"][0]
    marked = [p for m in rep["evidence"] for p in m["pieces"] if p["kind"] == "trigger"]
    assert marked and marked[0]["text"].lower() in rep["record"]["event_text"][0].lower()
    assert "".join(p["text"] for p in rep["evidence"][0]["pieces"]) == rep["mentions"][0]["text"]
    assert f"/events?actor={ev['actor_codes'][0]}" in html  # links to the actors' pages


def test_merged_event_lists_every_story(client):
    merged = client.get("/api/events?sort=-mentions&size=1").json()["events"][0]
    assert merged["num_articles"] > 1
    detail = client.get(f"/api/events/{merged['event_id']}").json()
    assert len({r["story_id"] for r in detail["reports"]}) == merged["num_articles"]
    html = client.get(f"/events/{merged['event_id']}").text
    assert html.count('<article class="report">') == len(detail["reports"])


def test_dyad_view(client, events):
    e = next(e for e in events if e["actor_codes"] and e["recipient_codes"] and e["actor_codes"] != e["recipient_codes"])
    a, b = e["actor_codes"][0], e["recipient_codes"][0]
    body = client.get(f"/api/dyad?actor={a}&recipient={b}&by=month").json()
    assert body["result"]["total"] >= 1 and body["timeline"] and body["categories"]
    assert sum(t["events"] for t in body["timeline"]) <= body["result"]["total"]
    html = client.get(f"/dyad?actor={a}&recipient={b}").text
    assert f"{a} → {b}" in html and html.count("<svg") >= 2 and "Goldstein weight" in html


def test_network_links_to_dyads(client):
    body = client.get("/api/network").json()
    assert body["edges"]
    html = client.get("/network").text
    first = body["edges"][0]
    assert f"actor={first['actor']}&amp;recipient={first['recipient']}" in html
    sectors = client.get("/api/network?nodes=sector").json()["edges"]
    assert all(" " in e["actor"] for e in sectors)


def test_map_points_and_page(client):
    places = client.get("/api/map").json()["places"]
    assert places and all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in places)
    html = client.get("/map").text
    assert 'data-points="/api/map?' in html and "/static/vendor/leaflet/leaflet.js" in html
    assert client.get("/static/vendor/world-110m.geojson").json()["type"] == "FeatureCollection"
    assert client.get("/static/map.js").status_code == 200


def test_downloads_are_the_cli_exports_of_the_filter(client, web_store, events, tmp_path):
    actor = events[0]["actor_codes"][0]
    total = client.get(f"/api/events?actor={actor}").json()["total"]
    jsonl = client.get(f"/download/events.jsonl?actor={actor}")
    assert jsonl.status_code == 200 and "attachment" in jsonl.headers["content-disposition"]
    web_ids = [json.loads(x)["id"] for x in jsonl.text.splitlines()]
    with client.app.state.database.connect() as con:  # the app's own read-only connection (DuckDB
        # refuses a second one with another configuration in the same process)
        cli_ids = [r["id"] for r in X.plover_records(con, EventFilter(actor=actor))]
    assert web_ids == cli_ids and len(web_ids) == total
    csv = client.get(f"/download/events.csv?actor={actor}").text
    assert csv.splitlines()[0].startswith("id,event_num,story_id") and len(csv.strip().splitlines()) >= total + 1
    pq = tmp_path / "x.parquet"
    pq.write_bytes(client.get(f"/download/events.parquet?actor={actor}").content)
    assert duckdb.connect().execute(f"SELECT count(*) FROM '{pq}'").fetchone()[0] == total


# -- errors ---------------------------------------------------------------------------------------
BAD = [
    ("actor=XXX", "actor"), ("actor=12", "actor"), ("recipient=%27%3B--", "recipient"), ("since=2020-13-01", "since"),
    ("until=yesterday", "until"), ("since=2022-01-01&until=2021-01-01", "until"), ("page=-1", "page"),
    ("page=abc", "page"), ("size=0", "size"), ("size=100000", "size"), ("sort=evil;DROP", "sort"), ("quad=9", "quad"),
    ("hide=everything", "hide"), ("category=NOPE", "category"), ("mode=zzz", "mode"), ("by=decade", "by"),
    ("q=" + "x" * 500, "q"), ("asector=ZZZ", "asector"), ("country=ATLANTIS", "country"),
]


@pytest.mark.parametrize("query,param", BAD)
@pytest.mark.parametrize("path", ["/api/events", "/events", "/api/overview", "/dyad"])
def test_bad_parameters_are_400_with_one_error_shape(client, path, query, param):
    r = client.get(f"{path}?{query}")
    assert r.status_code == 400
    if path.startswith("/api/"):
        err = r.json()["error"]
        assert err["status"] == 400 and err["code"] == "E306" and err["parameter"] == param
        assert param in err["message"]
    else:
        assert "[E306]" in r.text and "invalid parameter" in r.text


def test_other_errors(client):
    r = client.get("/api/events/ev-0000000000000000")
    assert r.status_code == 404 and r.json()["error"]["code"] == "E202"
    assert client.get("/events/ev-0000000000000000").status_code == 404
    assert client.get("/api/dyad?actor=IRN").json()["error"]["parameter"] == "recipient"
    assert client.get("/download/events.xls").status_code == 400
    assert client.get("/api/network?nodes=people").status_code == 400
    r = client.get("/api/nothing-here")
    assert r.status_code == 404 and r.json()["error"]["status"] == 404
    assert client.post("/api/events").status_code == 405 and client.post("/").status_code == 405


# -- security ------------------------------------------------------------------------------------
def test_security_headers_on_every_response(client):
    for url in PAGES + ["/api/stats", "/api/events?page=-1", "/static/style.css"]:
        r = client.get(url)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "default-src 'none'" in csp and "unsafe-inline" not in csp
        assert r.headers["x-content-type-options"] == "nosniff" and r.headers["x-frame-options"] == "DENY"


def test_no_inline_script_handler_or_style(client, events):
    urls = PAGES + [f"/events/{e['event_id']}" for e in events[:20]]
    for url in urls:
        html = client.get(url).text
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), url
        assert not re.search(r"<[^>]+\son[a-z]+\s*=", html, re.I), url
        assert not re.search(r"<[^>]+\sstyle\s*=", html, re.I), url
        assert not re.search(r"""href\s*=\s*["']?\s*javascript:""", html, re.I), url


def hostile_events(client):
    return [e for e in client.get("/api/events?publisher=" + "<b onmouseover=window.__pwned=7>Evil\u202e Wire</b>"
                                  ).json()["events"]]


def test_hostile_article_is_escaped_everywhere(client):
    found = hostile_events(client)
    assert len(found) >= 2  # coded by the real pipeline: the attack did not stop the coder
    pages = ["/events", "/events?q=pwned", "/", "/network", "/map", "/events?publisher=%3Cb"]
    pages += [f"/events/{e['event_id']}" for e in found]
    for url in pages:
        r = client.get(url)
        assert r.status_code == 200, url
        html = r.text
        for raw in ("<script>window", "<img src=x", "<b onmouseover", 'href="javascript:', "<a href=\"javascript"):
            assert raw not in html, (url, raw)
    html = client.get(f"/events/{found[0]['event_id']}").text
    assert "&lt;script&gt;window.__pwned=4&lt;/script&gt;" in html  # the title, shown as text
    assert "URL (not a web link)" in html and "javascript:window.__pwned=6" in html  # shown, never a link
    assert "\u202e" in html  # right-to-left marks kept, isolated by CSS (unicode-bidi: isolate)


def test_injection_through_parameters_changes_nothing(client, web_store):
    before = digest(web_store)
    for q in ["'; DROP TABLE events; --", "%' OR 1=1 --", "\\", "_", "%"]:
        r = client.get("/api/events", params={"q": q, "publisher": q})
        assert r.status_code == 200 and r.json()["total"] == 0
    assert client.get("/api/events", params={"q": "100%"}).json()["total"] == 0  # % is literal
    assert digest(web_store) == before and client.get("/api/stats").json()["store"]["events"] > 0


def test_the_connection_is_read_only_and_time_limited(web_store):
    db = Database(web_store, timeout=0.2)
    with db.connect() as con:
        with pytest.raises(duckdb.Error):
            con.execute("CREATE TABLE intruder (i INTEGER)")
    with pytest.raises(WhimbrelError) as err:
        with db.connect() as con:
            con.execute("SELECT count(*) FROM range(100000000000) a")
    assert err.value.code == "E305"


HOLD = "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); print('holding', flush=True); time.sleep(60)"


def test_an_ingest_writing_the_file_gives_503_and_snapshot_serves_anyway(web_store, tmp_path):
    db = tmp_path / "live.duckdb"
    db.write_bytes(web_store.read_bytes())
    live = TestClient(create_app(db))
    snap_app = create_app(db, snapshot=True)
    snap = TestClient(snap_app)
    writer = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True)
    try:  # a writer (as an ingest) holds the file: it could open it because the snapshot holds the copy only
        assert writer.stdout.readline().strip() == "holding"
        r = live.get("/api/stats")
        assert r.status_code == 503 and r.json()["error"]["code"] == "E302"
        page = live.get("/")
        assert page.status_code == 503 and "--snapshot" in page.text
        assert snap.get("/api/stats").status_code == 200 and snap.get("/events").status_code == 200
    finally:
        writer.kill()
        writer.wait()
    deadline = time.time() + 10
    while live.get("/api/stats").status_code != 200 and time.time() < deadline:
        time.sleep(0.1)
    assert live.get("/api/stats").status_code == 200  # the writer is gone: the live app reads again
    snap_app.state.database.close()


def test_serve_binds_locally_and_warns_on_other_hosts(web_store, monkeypatch):
    import uvicorn
    from click.testing import CliRunner

    from whimbrel.cli import main

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    r = CliRunner().invoke(main, ["serve", "--db", str(web_store)])
    assert r.exit_code == 0 and calls[-1]["host"] == "127.0.0.1" and calls[-1]["port"] == 8080
    assert "http://127.0.0.1:8080/" in r.output and "warning" not in r.output
    r = CliRunner().invoke(main, ["serve", "--db", str(web_store), "--host", "0.0.0.0", "--port", "9000"])
    assert r.exit_code == 0 and calls[-1]["host"] == "0.0.0.0" and "warning: listening on 0.0.0.0" in r.output
    r = CliRunner().invoke(main, ["serve", "--db", str(web_store), "--tiles", "javascript:alert(1)"])
    assert r.exit_code == 2 and "E306" in r.output
    r = CliRunner().invoke(main, ["serve", "--db", str(web_store.parent / "missing.duckdb")])
    assert r.exit_code == 4 and "E201" in r.output


def test_tile_server_option_widens_only_img_src(web_store):
    with TestClient(create_app(web_store, tiles="https://{s}.tiles.example.org/{z}/{x}/{y}.png")) as c:
        r = c.get("/map")
        assert "img-src 'self' data: https://*.tiles.example.org" in r.headers["content-security-policy"]
        assert 'data-tiles="https://{s}.tiles.example.org/{z}/{x}/{y}.png"' in r.text


def test_top_dyads_and_actors_count_every_code(client, events):
    """The overview's fast path (single codes grouped as strings, lists unnested apart) agrees with
    counting every actor x recipient pair and every code of every event by hand."""
    from collections import Counter

    pairs, as_actor, as_recipient = Counter(), Counter(), Counter()
    for e in events:
        pairs.update((a, r) for a in e["actor_codes"] or [] for r in e["recipient_codes"] or [])
        as_actor.update(e["actor_codes"] or [])
        as_recipient.update(e["recipient_codes"] or [])
    assert any(len(e["actor_codes"] or []) + len(e["recipient_codes"] or []) > 2 for e in events)  # both paths run
    body = client.get("/api/overview").json()
    for d in body["dyads"]:
        assert d["events"] == pairs[(d["actor"], d["recipient"])]
    assert [d["events"] for d in body["dyads"]] == sorted(pairs.values(), reverse=True)[:len(body["dyads"])]
    for a in body["actors"]:
        assert (a["as_actor"], a["as_recipient"]) == (as_actor[a["code"]], as_recipient[a["code"]])
