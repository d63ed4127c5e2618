"""News-length stories for bench/scale.py: the true bodies of the real news pages, train and dev only.

The benchmark's real pages (../shared/bench/article-extraction-benchmark/ground-truth.json,
``articleBody``) are what users code: news articles of about 4,000 characters, several times the
generated stories of scale_corpus.short_stories. Only pages whose news-gold file
(tests/gold/news/<id12>.json) says split train or dev are used: the test quarter is scored, never
coded for anything else, and the judges' eight held-out pages are never opened (a gold file is read
for its ``split`` first; nothing else of a test page is used).

The 122 or so pages are cycled to the size asked for. Each cycle is a new set of stories with its
own ids, published 52 weeks before the cycle before it: weekdays stay the same, so "on Tuesday"
names the same event in every cycle, one year earlier, and the cross-story merge joins only stories
of one cycle or events whose text names the year (as wire copies in a real archive). Without the
shift every page's 16 copies would merge into one event each, a merge no archive has.
"""
from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "news"
USED_SPLITS = ("train", "dev")
CYCLE_SHIFT = timedelta(weeks=52)


def bench_dir(shared: Path) -> Path:
    return Path(shared) / "bench" / "article-extraction-benchmark"


def train_dev_pages(shared: Path, gold_dir: Path = GOLD) -> list[dict]:
    """The train and dev pages, in source-id order: ``source_id``, ``body``, ``url``, ``date``.

    The date is the gold file's ``publication_date`` (None when it has none)."""
    import sys

    sys.path.insert(0, str(ROOT / "src"))
    from whimbrel.news_gold import is_held_out

    truth = json.loads((bench_dir(shared) / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold.get("split") not in USED_SPLITS:
            continue  # a test page: its split is all that is looked at
        sid = gold["source_id"]
        if is_held_out(sid):
            raise ValueError(f"{path}: a held-out page has a gold file")
        rec = truth[sid]
        pages.append({"source_id": sid, "body": rec["articleBody"], "url": rec.get("url", ""),
                      "date": gold.get("publication_date")})
    return sorted(pages, key=lambda p: p["source_id"])


def news_stories(pages: list[dict], stories: int) -> list[dict]:
    """``stories`` stories cycling over ``pages`` (see the module's docstring), each with its own id."""
    rows = []
    for i in range(stories):
        cycle, page = divmod(i, len(pages))
        rows.append(story(pages[page], cycle))
    return rows


def story(page: dict, cycle: int) -> dict:
    """One page as a JSONL story of the given cycle: id, url, publisher (the site), date, text."""
    when = page["date"]
    if when:
        when = (date.fromisoformat(when) - cycle * CYCLE_SHIFT).isoformat()
    site = urlparse(page["url"]).netloc.removeprefix("www.")
    return {"id": f"news-{cycle:03d}-{page['source_id'][:12]}", "url": page["url"], "publisher": site,
            "date": when, "text": page["body"]}
