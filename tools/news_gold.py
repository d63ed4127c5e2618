#!/usr/bin/env python3
"""Build and inspect the real-news gold corpus (tests/gold/news/).

    python tools/news_gold.py prepare WORKDIR          # one folder per page: body.txt + meta.json
    python tools/news_gold.py build DRAFT.json...      # drafts (with quotes) -> gold files (offsets only)
    python tools/news_gold.py show tests/gold/news/X.json   # a gold file with its texts from ../shared
    python tools/news_gold.py check [DIR]              # validate every gold file; counts per split
    python tools/news_gold.py build STORY-DRAFT.json... --out tests/gold/stories   # invented stories

Coders write a *draft* per article that quotes the evidence, trigger and mentions exactly as they
appear in the page body; `build` turns each quote into character offsets and writes a gold file that
holds no article text beyond the trigger words (the project keeps no third-party article text). The
drafts stay outside the repository. `show` refuses test-split files: that quarter is scored, never read.

An invented story's draft (source id `story-...`, docs/coding-guide.md "Invented stories") carries its
own `body`, `title` and `publication_date`; its gold file keeps them, since the text is the project's.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import yaml  # noqa: E402

from whimbrel import news_gold  # noqa: E402

SHARED = ROOT.parent / "shared"
GOLD_DIR = ROOT / "tests" / "gold" / "news"
STORY_DIR = ROOT / "tests" / "gold" / "stories"
STORY_ABOUT = ("An invented news story written for whimbrel (docs/coding-guide.md, 'Invented stories') and its "
               "hand-coded PLOVER 2.0 events; offsets are character offsets into 'body'.")
DATA = ROOT / "src" / "whimbrel" / "data"

ABOUT = ("Hand-coded PLOVER 2.0 events of one real news page (docs/coding-guide.md). Offsets are "
         "character offsets into the page's articleBody in ../shared/bench/article-extraction-benchmark/"
         "ground-truth.json; no article text is kept here beyond trigger words.")
NON_STATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "AFR", "ASA", "EUR", "MEA", "LAM", "NAF",
             "WAF", "SAF", "EAF", "CAF", "SAS", "SEA", "CAS", "WST", "BLK", "CRB", "NMR", "PSE", "KOS"}
SECTORS = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
           "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"}
DATE_META = re.compile(
    r'(?:datePublished|dateCreated|article:published_time|pubdate|publish[-_]?date|dc\.date|'
    r'og:updated_time|sailthru\.date|parsely-pub-date|<time[^>]*datetime)["\'\s:=]*(?:content=)?["\']?'
    r'(\d{4}-\d{2}-\d{2}[T0-9:.+\-Z]*)', re.I)
URL_DATE = re.compile(r"/(20\d\d|19\d\d)[/-](\d{1,2})(?:[/-](\d{1,2}))?/")
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                        "\u2014": "-", "\u00a0": " "})


def vocab():
    plover = yaml.safe_load((DATA / "plover.yaml").read_text())
    countries = set(yaml.safe_load((DATA / "actors" / "countries.yaml").read_text()))
    return plover["categories"], countries | NON_STATE


# ---------------------------------------------------------------- prepare

def date_candidates(page) -> dict:
    html = gzip.open(page.html_path, "rt", encoding="utf-8", errors="replace").read()
    meta = sorted(set(m.group(1)[:25] for m in DATE_META.finditer(html)))[:6]
    url = URL_DATE.search(page.url)
    return {"html_meta_dates": meta, "url_date": "-".join(g for g in url.groups() if g) if url else None}


def prepare(workdir: Path) -> None:
    pages = news_gold.load_pages(SHARED)
    for sid, page in sorted(pages.items()):
        folder = workdir / news_gold.short_id(sid)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "body.txt").write_text(page.body, encoding="utf-8")
        meta = {"source_id": sid, "url": page.url, "split": page.split, "characters": len(page.body)}
        meta.update(date_candidates(page))
        (folder / "meta.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
    print(f"{len(pages)} pages prepared in {workdir}")


# ---------------------------------------------------------------- build

def _normalise(text: str) -> tuple[str, list[int]]:
    """Text with quotes/dashes made plain and whitespace runs collapsed, and each char's origin."""
    out, where = [], []
    prev_space = False
    for i, ch in enumerate(text.translate(QUOTES)):
        if ch.isspace():
            if prev_space:
                continue
            ch, prev_space = " ", True
        else:
            prev_space = False
        out.append(ch)
        where.append(i)
    return "".join(out), where


def find_span(body: str, quote: str, within: list[int] | None = None) -> list[int] | None:
    """Offsets of `quote` in body (first match inside `within` if given, else anywhere)."""
    norm_body, where = _normalise(body)
    norm_quote = _normalise(quote.strip())[0]
    if not norm_quote:
        return None
    candidates = []
    start = norm_body.find(norm_quote)
    while start >= 0:
        s, e = where[start], where[start + len(norm_quote) - 1] + 1
        candidates.append([s, e])
        start = norm_body.find(norm_quote, start + 1)
    if within:
        inside = [c for c in candidates if c[0] >= within[0] and c[1] <= within[1]]
        if inside:
            return inside[0]
    return candidates[0] if candidates else None


class DraftError(ValueError):
    pass


def _check_date(value, where):
    if value is None:
        return
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        raise DraftError(f"{where}: date {value!r} is not YYYY-MM-DD") from None


def _entities(body, ents, evidence, where, codes):
    out = []
    for i, ent in enumerate(ents or []):
        country, sector = ent.get("country"), ent.get("sector")
        if country is not None and country not in codes:
            raise DraftError(f"{where} entity {i}: unknown country code {country!r}")
        if sector is not None and sector not in SECTORS:
            raise DraftError(f"{where} entity {i}: unknown sector {sector!r}")
        span = None
        if ent.get("mention"):
            span = find_span(body, ent["mention"], evidence)
            if span is None:
                raise DraftError(f"{where} entity {i}: mention {ent['mention']!r} not found in the body")
        item = {"country": country, "sector": sector, "span": span}
        if ent.get("other_sectors"):
            item["other_sectors"] = ent["other_sectors"]
        out.append(item)
    return out


def build_event(body, ev, where, categories, codes) -> dict:
    cat = ev.get("category")
    if cat not in categories:
        raise DraftError(f"{where}: unknown category {cat!r}")
    accept = [c for c in ev.get("accept", []) if c != cat]
    for c in accept:
        if c not in categories:
            raise DraftError(f"{where}: unknown accepted category {c!r}")
    mode = ev.get("mode") or None
    if mode and mode not in categories[cat]["modes"]:
        raise DraftError(f"{where}: {mode!r} is not a mode of {cat}")
    if ev.get("level") not in news_gold.LEVELS:
        raise DraftError(f"{where}: level must be one of {news_gold.LEVELS}")
    evidence = find_span(body, ev.get("evidence", ""))
    if evidence is None:
        raise DraftError(f"{where}: evidence quote not found in the body: {ev.get('evidence', '')[:80]!r}")
    trigger = find_span(body, ev.get("trigger", ""), evidence)
    if trigger is None:
        raise DraftError(f"{where}: trigger {ev.get('trigger')!r} not found")
    for key in ("date",):
        _check_date(ev.get(key), where)
    if ev.get("date_precision") not in (None, *news_gold.PRECISIONS):
        raise DraftError(f"{where}: date_precision must be one of {news_gold.PRECISIONS}")
    rng = ev.get("date_range")
    if rng:
        if len(rng) != 2:
            raise DraftError(f"{where}: date_range must be [first, last]")
        for d in rng:
            _check_date(d, where)
    flags = {name: bool((ev.get("flags") or {}).get(name, False)) for name in news_gold.FLAG_NAMES}
    unknown = set(ev.get("flags") or {}) - set(news_gold.FLAG_NAMES)
    if unknown:
        raise DraftError(f"{where}: unknown flags {sorted(unknown)}")
    out = {
        "id": ev.get("id"), "level": ev["level"], "category": cat, "accept": accept, "mode": mode,
        "context": ev.get("context") or [],
        "evidence": evidence, "trigger": {"text": body[trigger[0]:trigger[1]], "span": trigger},
        "actors": _entities(body, ev.get("actors"), evidence, where, codes),
        "recipients": _entities(body, ev.get("recipients"), evidence, where, codes),
        "reciprocal": bool(ev.get("reciprocal", False)),
        "date": ev.get("date"), "date_precision": ev.get("date_precision"),
        "date_range": rng or None, "date_why": ev.get("date_why"),
        "place": None, "flags": flags, "note": ev.get("note"),
    }
    if not any(a["country"] for a in out["actors"]):
        raise DraftError(f"{where}: no actor with a country code")
    place = ev.get("place")
    if place:
        span = find_span(body, place["mention"], evidence) if place.get("mention") else None
        if place.get("mention") and span is None:
            raise DraftError(f"{where}: place mention {place['mention']!r} not found")
        out["place"] = {"name": place.get("name"), "country": place.get("country"),
                        "geonameid": place.get("geonameid"), "span": span}
    return out


STORY_ID = re.compile(r"story-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$")


def draft_page(draft: dict, pages: dict | None):
    """The page a draft codes: a benchmark page, or an invented story's own body."""
    sid = draft["source_id"]
    if news_gold.is_story(sid):
        if not STORY_ID.match(sid):
            raise DraftError(f"story id {sid!r} must be 'story-' and letters, digits and hyphens")
        if not draft.get("publication_date"):
            raise DraftError("a story needs its publication_date")
        if not isinstance(draft.get("body"), str) or not draft["body"].strip():
            raise DraftError("a story needs its text in 'body'")
        return news_gold.story_page(draft, Path(sid))
    if pages is None or news_gold.is_held_out(sid) or sid not in pages:
        raise DraftError(f"source_id {sid!r} is not a usable page")
    return pages[sid]


def build(drafts: list[Path], out_dir: Path | None) -> int:
    categories, codes = vocab()
    pages = None
    failures = 0
    for draft_path in drafts:
        try:
            draft = json.loads(draft_path.read_text(encoding="utf-8"))
            if pages is None and not news_gold.is_story(draft.get("source_id", "")):
                pages = news_gold.load_pages(SHARED)
            page = draft_page(draft, pages)
            sid = page.source_id
            _check_date(draft.get("publication_date"), "publication_date")
            ids = [ev.get("id") for ev in draft.get("events", [])]
            if len(set(ids)) != len(ids) or None in ids:
                raise DraftError("event ids must be present and unique")
            events = [build_event(page.body, ev, f"event {ev.get('id')}", categories, codes)
                      for ev in draft.get("events", [])]
            story = news_gold.is_story(sid)
            gold = {
                "about": STORY_ABOUT if story else ABOUT, "source_id": sid, "url": page.url, "split": page.split,
                "body_sha1": news_gold.body_hash(page.body), "language": draft.get("language", "en"),
                "political": bool(events) or bool(draft.get("political", False)),
                "publication_date": draft.get("publication_date"),
                "publication_date_why": draft.get("publication_date_why"),
                "coder": draft.get("coder"), "coded": draft.get("coded") or date.today().isoformat(),
                "events": events,
            }
            if story:
                gold.update(title=page.title, body=page.body)
            target = out_dir or (STORY_DIR if story else GOLD_DIR)
            target.mkdir(parents=True, exist_ok=True)
            name = sid if story else news_gold.short_id(sid)
            (target / f"{name}.json").write_text(
                json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        except (DraftError, KeyError, ValueError) as exc:
            failures += 1
            print(f"{draft_path}: {exc}", file=sys.stderr)
    print(f"built {len(drafts) - failures} of {len(drafts)} drafts" + (f" into {out_dir}" if out_dir else ""))
    return 1 if failures else 0


# ---------------------------------------------------------------- show / check

def show(path: Path, allow_test: bool = False) -> int:
    data = news_gold.read_gold_json(path)
    pages = None if news_gold.is_story(data.get("source_id", "")) else news_gold.load_pages(SHARED)
    gold = news_gold.load_gold_file(path, pages)
    if gold.split == "test" and not allow_test:
        print(f"{path}: a test-split file; it is scored, never shown", file=sys.stderr)
        return 2
    print(f"{gold.source_id[:12]} {gold.split} {gold.page.url}  published {gold.data.get('publication_date')}")
    for ev in gold.events:
        ents = lambda xs: ", ".join(f"{e.get('country')}/{e.get('sector')} [{e.get('text', '')}]" for e in xs)
        print(f"- {ev['id']} {ev['level']} {ev['category']}{'|' + '|'.join(ev['accept']) if ev['accept'] else ''}"
              f" {ev.get('mode') or ''} date {ev.get('date')} ({ev.get('date_precision')}) {ev.get('date_range') or ''}")
        print(f"    {ents(ev['actors'])} -> {ents(ev['recipients'])}  trigger '{ev['trigger']['text']}'")
        print(f"    {ev['evidence_text']}")
    return 0


def check(gold_dir: Path = GOLD_DIR) -> int:
    corpus = news_gold.load_corpus(gold_dir, SHARED)
    by_split = {s: [g for g in corpus if g.split == s] for s in news_gold.SPLITS}
    for split, golds in by_split.items():
        events = sum(len(g.events) for g in golds)
        empty = sum(1 for g in golds if not g.events)
        print(f"{split:5}  articles {len(golds):3}  events {events:4}  pages with no event {empty:3}")
    print(f"total  articles {len(corpus)}")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("workdir", type=Path)
    b = sub.add_parser("build")
    b.add_argument("drafts", type=Path, nargs="+")
    b.add_argument("--out", type=Path, default=None,
                   help="default tests/gold/news for real pages, tests/gold/stories for invented stories")
    s = sub.add_parser("show")
    s.add_argument("path", type=Path)
    c = sub.add_parser("check")
    c.add_argument("gold_dir", type=Path, nargs="?", default=GOLD_DIR)
    args = ap.parse_args(argv)
    if args.cmd == "prepare":
        prepare(args.workdir)
        return 0
    if args.cmd == "build":
        return build(args.drafts, args.out)
    if args.cmd == "show":
        return show(args.path)
    return check(args.gold_dir)


if __name__ == "__main__":
    sys.exit(main())
