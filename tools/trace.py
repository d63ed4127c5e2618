"""Why a sentence did or did not become an event: each stage's verdict, for a coder's debugging.

    python tools/trace.py "Police detained two men in Lima on Friday." [--date 2019-11-19]
    python tools/trace.py --file story.txt
    python tools/trace.py --page 04a6711caa7c [--only 3,4]   # a news-gold page (train/dev only)
    python tools/trace.py --story story-BF-03 [--grep WORD]   # an invented story (train/dev only)

For each sentence: whether the lexical pre-filter let it through to the parser, its trigger
candidates and the pass that dropped each one, the events the passes built, and which of them
the later stages (learned decision, political filter) removed. Reads nothing but its input.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from whimbrel.events import passes  # noqa: E402
from whimbrel.model import Document  # noqa: E402
from whimbrel.pipeline import POST_PARSE, Pipeline  # noqa: E402


def party(entities) -> str:
    return "+".join(f"{e.code or '?'}/{e.sector or '?'}<{e.entity_text}>" for e in entities) or "-"


def page_document(short: str, shared: Path):
    """The benchmark page's HTML as the evaluation reads it; the test split is refused."""
    from whimbrel.news_gold import load_pages, split_of
    from whimbrel.options import Options
    from whimbrel.read.html import read_html
    matches = [p for sid, p in load_pages(shared).items() if sid.startswith(short)]
    if len(matches) != 1:
        sys.exit(f"trace: {short!r} names {len(matches)} pages of the benchmark, not one")
    page = matches[0]
    if split_of(page.source_id) == "test":
        sys.exit(f"trace: {short!r} is a test-split page: it is scored, never inspected")
    return read_html(page.html_path, short, str(page.html_path), Options(), compressed=True)


def story_document(story_id: str):
    """An invented story of tests/gold/stories as the evaluation reads it; the test split is refused."""
    from whimbrel.evaluate_news import _story_document
    from whimbrel.news_gold import load_gold_file
    from whimbrel.options import Options

    path = Path(__file__).resolve().parents[1] / "tests" / "gold" / "stories" / f"{story_id}.json"
    if not path.exists():
        sys.exit(f"trace: no story {story_id!r} in tests/gold/stories")
    gold = load_gold_file(path, None)
    if gold.split == "test":
        sys.exit(f"trace: {story_id!r} is a test-split story: it is scored, never inspected")
    return _story_document(gold, Options())


def _remover(event, before: dict[str, list], kept: set[int]) -> str:
    """The post-parse stage after which the event is gone (a stage may replace events with copies,
    so the first stage whose input held it and whose output did not)."""
    names = list(before)
    for name, after in zip(names, names[1:]):
        if any(e is event for e in before[name]) and not any(e is event for e in before[after]):
            return f"stage {name!r}"
    return f"stage {names[-1]!r}" if names and any(e is event for e in before[names[-1]]) else "a later stage"


def trace(doc: Document, only: set[int] | None = None, grep: str | None = None) -> None:
    states = []
    original = passes.SentenceState

    class Recorded(original):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            states.append(self)

    passes.SentenceState = Recorded
    try:
        pipe = Pipeline()
        doc = pipe.prepare(doc)
        pipe.parse([doc])
        before: dict[str, list] = {}
        for name, fn in POST_PARSE:
            before[name] = list(doc.events)
            pipe._timed(name, fn, doc)
    finally:
        passes.SentenceState = original
    kept = {id(e) for e in doc.events}
    by_seq = {s.seq: s for s in states}
    if doc.discarded:
        print(f"story discarded: {doc.discarded}")
    for sent in doc.sentences:
        if (only and sent.seq not in only) or (grep and grep.lower() not in sent.text.lower()):
            continue
        print(f"\n[{sent.seq}] {'parsed' if sent.doc is not None else 'NOT PARSED (pre-filter: no trigger word or no word that could name an actor)'}: {sent.text[:160]}")
        s = by_seq.get(sent.seq)
        if s is None:
            continue
        for c in s.candidates:
            fate = f"dropped by {c.dropped_by}" if c.dropped else ("suppressed" if c.tok.i in s.suppressed else "kept")
            print(f"   cand {c.tok.text!r} {c.cat} mode={c.mode}: {fate}; actor {party(c.actor)} "
                  f"(raw {party(c.raw_actor)}) -> {party(c.recipient)}; why {c.why}")
        for e in s.events + s.implicit:
            gone = ""
            if id(e) not in kept:
                gone = f"  REMOVED by {_remover(e, before, kept)}"
            when = f"date {e.date} ({e.date_source}: {e.date_text!r})" if e.date else "undated"
            print(f"   EVENT {e.category} {party(e.actor)} -> {party(e.recipient)} {e.event_text} {when}{gone}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("text", nargs="?")
    ap.add_argument("--file")
    ap.add_argument("--date", default=None, help="publication date (ISO) of a text")
    ap.add_argument("--page", help="short source id of a train or dev page of tests/gold/news")
    ap.add_argument("--story", help="id of a train or dev story of tests/gold/stories")
    ap.add_argument("--only", help="sentence numbers to show, comma-separated")
    ap.add_argument("--grep", help="show only sentences holding this text")
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    args = ap.parse_args()
    only = {int(x) for x in args.only.split(",")} if args.only else None
    if args.page:
        doc = page_document(args.page, Path(args.shared))
    elif args.story:
        doc = story_document(args.story)
    else:
        from whimbrel.read.strings import string_documents
        text = Path(args.file).read_text() if args.file else args.text or sys.stdin.read()
        doc = next(string_documents([text], ["trace"], args.date, Pipeline().options))
    trace(doc, only, args.grep)


if __name__ == "__main__":
    main()
