"""The web app in a real browser: Playwright drives Debian's chromium (/usr/bin/chromium, installed
by apt in .ci/run; no browser is downloaded). Skipped when chromium or playwright is missing, except
under WHIMBREL_REQUIRE_BROWSER=1 (CI), where that fails. Screenshots go to out/screenshots/
(git-ignored; CI keeps them as artifacts)."""
from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("WHIMBREL_CHROMIUM", "/usr/bin/chromium"))
SHOTS = Path(__file__).resolve().parents[1] / "out" / "screenshots"
REQUIRE = os.environ.get("WHIMBREL_REQUIRE_BROWSER", "") not in ("", "0")


def _need_browser():
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing = "playwright is not installed"
    else:
        missing = None if CHROMIUM.exists() else f"{CHROMIUM} is not installed (apt-get install chromium)"
    if missing:
        if REQUIRE:
            pytest.fail(missing + " (WHIMBREL_REQUIRE_BROWSER=1)")
        pytest.skip(missing)


@pytest.fixture(scope="module")
def server(web_store):
    """The app served by uvicorn on a free local port, in a thread of this process."""
    _need_browser()
    import uvicorn

    from whimbrel.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(web_store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    _need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A page that records script errors, CSP violations and dialogs (alert/confirm would mean a
    script from an article ran)."""
    pg = browser.new_page(viewport={"width": 1280, "height": 900})
    pg.problems = []
    pg.on("pageerror", lambda err: pg.problems.append(f"script error: {err}"))
    pg.on("console", lambda m: pg.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield pg
    pg.close()


def shot(pg, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_analyst_walks_through_the_app(server, page):
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "Overview"
    assert page.locator("svg.svgchart rect").count() > 0
    shot(page, "1-overview")

    page.goto(server + "/events")
    total = int(page.locator("nav.pager").inner_text().split("(")[1].split()[0].replace(",", ""))
    busiest = page.locator("aside.facets h3:text('Actor') + ul li a").first.inner_text()
    page.fill("form.filters input[name=actor]", busiest)
    page.click("form.filters button[type=submit]")
    page.wait_for_url(f"**/events?*actor={busiest}*")
    rows = page.locator("table.events tbody tr")
    assert 0 < rows.count() <= total
    filtered = int(page.locator("nav.pager").inner_text().split("(")[1].split()[0].replace(",", ""))
    assert filtered < total
    shot(page, "2-events-filtered")

    page.locator("table.events tbody tr td:first-child a").first.click()
    page.wait_for_url("**/events/ev-*")
    trigger = page.locator("p.sentence mark.trigger").first
    assert trigger.is_visible() and trigger.inner_text().strip()
    assert page.locator("article.report").count() >= 1
    shot(page, "3-event")

    page.goto(server + "/map")
    page.wait_for_selector("#map[data-ready]", timeout=15000)
    assert int(page.get_attribute("#map", "data-clusters")) >= 1
    assert page.locator("#map path.leaflet-interactive, #map path.cluster").count() >= 1
    page.locator("#map path.cluster").first.click()
    popup = page.locator(".leaflet-popup-content a").first
    popup.wait_for(timeout=5000)
    assert "/events?" in popup.get_attribute("href") and "place=" in popup.get_attribute("href")
    shot(page, "4-map")

    page.goto(server + "/network")
    assert page.locator("#network line").count() + page.locator("#network a.edge circle").count() >= 1
    edge = page.locator("#network a.edge:has(line)").first
    href = edge.get_attribute("href")
    edge.locator("line").click(force=True)
    page.wait_for_url("**/dyad?*")
    assert page.locator("svg.svgchart").count() == 2 and href.startswith("/dyad?")
    shot(page, "5-dyad")
    assert page.problems == []


def test_hostile_article_runs_nothing_in_the_browser(server, page):
    page.goto(server + "/events?q=pwned")
    assert page.locator("table.events tbody tr").count() >= 2
    links = page.locator("table.events tbody tr td:first-child a")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    for href in hrefs:
        page.goto(server + href)
        page.mouse.move(10, 10)
        for el in page.locator("article.report h2, p.meta, p.sentence").all():
            el.hover()
        assert page.evaluate("window.__pwned") is None
        assert page.locator("img").count() == 0  # no element was injected
        assert page.locator("main h1").is_visible()
    shot(page, "6-hostile-event")
    title = page.locator("article.report h2").first.inner_text()
    assert "<script>window.__pwned=4</script>" in title  # shown as text, not run
    assert page.locator("a[href^='javascript:']").count() == 0
    assert page.evaluate("window.__pwned") is None and page.problems == []
