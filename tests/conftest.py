"""Shared fixtures: the spaCy model and a Pipeline are loaded once per test session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = SHARED / "examples"
EXAMPLE_TXT = EXAMPLES / "sputnik-2020-06-07-iran-iraq-air-defence.txt"
EXAMPLE_GOLD = EXAMPLES / "sputnik-2020-06-07-iran-iraq-air-defence.gold.json"
DEV_GOLD = SHARED / "dev" / "plover-gsr-cameo.dev.json"
BENCH = SHARED / "bench" / "article-extraction-benchmark"
GOLD_DIR = Path(__file__).resolve().parent / "gold"
# a scraped article shipped inside the package: tests that need any article (not the shared gold)
# use it, so they run on a clone without ../shared
BUNDLED_TXT = ROOT / "src" / "whimbrel" / "examples" / "nilewire-2023-03-14-ethiopia-sudan-border.txt"


NEWS_GOLD = GOLD_DIR / "news"
# CI sets WHIMBREL_REQUIRE_GOLD=1: there a missing ../shared or gold file fails the test instead of
# skipping it, so the evaluation gate can never pass by not running.
REQUIRE_GOLD = os.environ.get("WHIMBREL_REQUIRE_GOLD", "") not in ("", "0")


def need(path: Path) -> Path:
    """The path, or skip the test when it is absent (fail under WHIMBREL_REQUIRE_GOLD=1)."""
    if not path.exists():
        message = f"{path} is not present on this machine"
        if REQUIRE_GOLD:
            pytest.fail(f"{message} (WHIMBREL_REQUIRE_GOLD=1: gold and shared files are required)")
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def nlp():
    from whimbrel.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def pipeline(nlp):
    from whimbrel.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def code_sentence(pipeline):
    """code_sentence(text, pub="2020-06-07") -> coded Document (text taken as clean body)."""
    from datetime import datetime, timezone

    from whimbrel.api import code_text

    def _code(text: str, pub: str | None = "2020-06-07T12:00:00"):
        dt = datetime.fromisoformat(pub).replace(tzinfo=timezone.utc) if pub else None
        return code_text(text, doc_id="t", pub_date=dt, pipeline=pipeline)

    return _code


def categories(code_sentence, text: str) -> list[str]:
    """The PLOVER categories coded from one sentence, in order (the lexicon tests' one question)."""
    return [e.category for e in code_sentence(text).events]


def events_of(code_sentence, text: str, category: str, pub: str = "2026-04-06T12:00:00") -> list:
    """The events of one category coded from a text (the wording tests' question)."""
    return [e for e in code_sentence(text, pub=pub).events if e.category == category]


def parties(events, side: str) -> set[tuple[str | None, str | None]]:
    """(code, sector) of every party on one side ("actor" or "recipient") of the events."""
    return {(p.code, p.sector) for e in events for p in getattr(e, side)}


def show(code_sentence, text: str, pub: str = "2026-04-06T12:00:00") -> list:
    """Every event coded from a text, as (category, actors, recipients, date): an assertion's message."""
    return [(e.category, [(a.code, a.sector) for a in e.actor], [(r.code, r.sector) for r in e.recipient], e.date)
            for e in code_sentence(text, pub=pub).events]


# -- the web app's store -------------------------------------------------------------------------
HOSTILE_BODY = (
    "Iran on Monday accused Iraq of shelling border villages near Basra <script>window.__pwned=1</script>.\n\n"
    "\u202eThe Iraqi army said \"><img src=x onerror=\"window.__pwned=2\"> it had not fired on Iranian villages.\n\n"
    "Turkey condemned Syria " + "A" * 6000 + ".\n\n"
    "Kenya imposed new sanctions on Ethiopia <a href=\"javascript:window.__pwned=3\">details</a>.\n"
)
HOSTILE = {  # an article written to attack the web app: every field carries markup or script
    "id": "hostile-1", "text": HOSTILE_BODY, "date": "2021-03-01",
    "title": "<script>window.__pwned=4</script>\"><img src=x onerror=window.__pwned=5>",
    "url": "javascript:window.__pwned=6", "publisher": "<b onmouseover=window.__pwned=7>Evil\u202e Wire</b>",
}


@pytest.fixture(scope="session")
def web_store(tmp_path_factory, pipeline):
    """A small store for the web tests: the bundled example articles and the hostile article coded
    by the real pipeline, plus the hand-coded stories of tests/data/corpus (events merged across
    stories). Built once per session; the web app only ever reads it."""
    import json

    from test_store import all_stories, write
    from whimbrel.store.ingest import ingest

    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    db = folder / "events.duckdb"
    ingest([str(ROOT / "src" / "whimbrel" / "examples"), str(hostile)], db, pipeline=pipeline)
    write(db, all_stories())
    return db
