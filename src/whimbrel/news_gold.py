"""The gold corpora of whole stories: hand-coded PLOVER events of real news pages and invented stories.

* Real news (tests/gold/news/<id12>.json): the article-extraction benchmark's pages. The files hold no
  article text beyond trigger words: every piece of evidence is a pair of character offsets into the
  page's true body (`articleBody` of the benchmark's ground-truth.json, read in place from ../shared).
* Invented stories (tests/gold/stories/<id>.json): news-like stories written for the project by its
  coders, so that the wording of news nobody here has coded can be measured without third-party text.
  A story file carries its own `body` (the project's text) and the same event records; its source id
  starts with `story-`.

This module knows where a corpus lives, which split a page or story belongs to, and how to load a gold
file with its texts filled in from the body. The split is a hash of the source id, fixed once: the
test quarter of either corpus is scored, never inspected.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import E, WhimbrelError

# The project's judges hold these eight pages out: they are never opened, coded or tuned on.
HELD_OUT_PREFIXES = (
    "a1fca19b884e", "1ee91d1fce65", "624fcd903d56", "702d1da63b8e",
    "7916ecca969f", "e7301133baab", "dc7ccccc1f34", "833caf3bdba5",
)
SPLITS = ("train", "dev", "test")
SPLIT_SALT = "whimbrel-news-split:"
FLAG_NAMES = ("negated", "hypothetical", "future", "reported", "historical")
LEVELS = ("must", "should")
PRECISIONS = ("day", "month", "year")


def is_held_out(source_id: str) -> bool:
    """True for the judges' eight pages, which no tool of ours may read."""
    return source_id.startswith(HELD_OUT_PREFIXES)


def split_of(source_id: str) -> str:
    """train (half), dev (a quarter) or test (a quarter), from a salted hash of the source id."""
    bucket = int(hashlib.sha256((SPLIT_SALT + source_id).encode()).hexdigest(), 16) % 4
    return ("train", "train", "dev", "test")[bucket]


def short_id(source_id: str) -> str:
    return source_id[:12]


@dataclass
class Page:
    """One page or story: its id, url, true body and (benchmark pages only) the path of its gzipped HTML.

    An invented story has no HTML: it is coded from its body as a JSONL story with its title and
    publication date (`title`, `publication_date`), as a user's story file would be."""

    source_id: str
    url: str
    body: str
    html_path: Path | None
    title: str = ""
    publication_date: str | None = None

    @property
    def split(self) -> str:
        return split_of(self.source_id)


@dataclass
class NewsGold:
    """A gold file with its texts filled in from the page body."""

    path: Path
    page: Page
    data: dict
    events: list[dict] = field(default_factory=list)

    @property
    def split(self) -> str:
        return self.data["split"]

    @property
    def source_id(self) -> str:
        return self.data["source_id"]


def bench_dir(shared: Path) -> Path:
    return Path(shared) / "bench" / "article-extraction-benchmark"


@lru_cache(maxsize=4)
def _ground_truth(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def load_pages(shared: Path) -> dict[str, Page]:
    """Every page of the benchmark except the held-out eight, by source id."""
    root = bench_dir(shared)
    truth_path = root / "ground-truth.json"
    if not truth_path.exists():
        raise WhimbrelError(E.E104, reason=f"{truth_path}: the benchmark's ground-truth.json is missing")
    truth = _ground_truth(str(truth_path))
    return {
        sid: Page(sid, rec.get("url", ""), rec["articleBody"], root / "html" / f"{sid}.html.gz")
        for sid, rec in truth.items()
        if not is_held_out(sid)
    }


def body_hash(body: str) -> str:
    return hashlib.sha1(body.encode("utf-8")).hexdigest()


def _span_text(body: str, span, where: str) -> str:
    if not (isinstance(span, list) and len(span) == 2 and 0 <= span[0] < span[1] <= len(body)):
        raise WhimbrelError(E.E104, reason=f"{where}: span {span!r} is not inside the body ({len(body)} characters)")
    return body[span[0]:span[1]]


def _fill_entities(body: str, entities: list[dict], where: str) -> list[dict]:
    out = []
    for i, ent in enumerate(entities or []):
        ent = dict(ent)
        if ent.get("span"):
            ent["text"] = _span_text(body, ent["span"], f"{where} entity {i}")
        out.append(ent)
    return out


def fill_event(body: str, event: dict, where: str) -> dict:
    """The event with `evidence_text`, `trigger` text checked, and entity/place texts from offsets."""
    ev = dict(event)
    ev["evidence_text"] = _span_text(body, ev["evidence"], f"{where} evidence")
    trig = ev.get("trigger") or {}
    if trig.get("span"):
        text = _span_text(body, trig["span"], f"{where} trigger")
        if trig.get("text") and text != trig["text"]:
            raise WhimbrelError(E.E104, reason=f"{where}: trigger offsets give {text!r}, the file says {trig['text']!r}")
    ev["actors"] = _fill_entities(body, ev.get("actors"), where)
    ev["recipients"] = _fill_entities(body, ev.get("recipients"), where)
    place = ev.get("place")
    if place and place.get("span"):
        ev["place"] = dict(place, text=_span_text(body, place["span"], f"{where} place"))
    return ev


STORY_PREFIX = "story-"


def is_story(source_id: str) -> bool:
    """True for an invented story (its gold file carries its own body)."""
    return source_id.startswith(STORY_PREFIX)


def story_page(data: dict, path: Path) -> Page:
    """The page of an invented story's gold file, from the body and metadata it carries."""
    body = data.get("body")
    if not isinstance(body, str) or not body.strip():
        raise WhimbrelError(E.E104, reason=f"{path}: a story's gold file must carry its text in 'body'")
    return Page(data["source_id"], data.get("url", ""), body, None, data.get("title") or "",
                data.get("publication_date"))


def read_gold_json(path: Path) -> dict:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise WhimbrelError(E.E104, reason=f"{path}: cannot read gold file: {exc}") from exc


def load_gold_file(path: Path, pages: dict[str, Page] | None, data: dict | None = None) -> NewsGold:
    """Read one gold file and fill in its texts; errors name the file and the event.

    `pages` are the benchmark's pages (needed for real-news files only; None when the corpus holds
    only invented stories, so that scoring them needs nothing from ../shared). `data`: the file's
    JSON when the caller has read it already."""
    path = Path(path)
    data = read_gold_json(path) if data is None else data
    sid = data.get("source_id", "")
    if is_held_out(sid):
        raise WhimbrelError(E.E104, reason=f"{path}: is a held-out page; it must not be in the corpus")
    page = story_page(data, path) if is_story(sid) else (pages or {}).get(sid)
    if page is None:
        raise WhimbrelError(E.E104, reason=f"{path}: source_id {sid!r} is not a page of the benchmark")
    if data.get("body_sha1") and data["body_sha1"] != body_hash(page.body):
        raise WhimbrelError(E.E104, reason=f"{path}: the page body changed since it was coded (sha1 differs)")
    if data.get("split") != split_of(sid):
        raise WhimbrelError(E.E104, reason=f"{path}: split {data.get('split')!r} is not the hash split {split_of(sid)!r}")
    events = [fill_event(page.body, ev, f"{path.name} {ev.get('id', i)}") for i, ev in enumerate(data.get("events", []))]
    return NewsGold(path, page, data, events)


def load_corpus(gold_dir: Path, shared: Path, splits=SPLITS) -> list[NewsGold]:
    """Every gold file of the requested splits, in file-name order (the benchmark's pages are read
    from `shared` only when a file is a real-news page)."""
    files = [(path, read_gold_json(path)) for path in sorted(Path(gold_dir).glob("*.json"))]
    needs_pages = any(not is_story(data.get("source_id", "")) for _, data in files)
    pages = load_pages(shared) if needs_pages else None
    out = []
    for path, data in files:
        gold = load_gold_file(path, pages, data)
        if gold.split in splits:
            out.append(gold)
    return out
