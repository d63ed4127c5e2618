"""``whimbrel demo`` / ``make demo``: code the example articles bundled with the package and print
what was found, so that anyone can see the whole pipeline work on a fresh install."""
from __future__ import annotations

from importlib import resources
from typing import Callable

from .model import Document, Reject
from .pipeline import Pipeline


FLAGS = {"negated": "N", "hypothetical": "H", "future": "F", "historical": "B", "reported": "R"}


def example_paths() -> list[str]:
    folder = resources.files("whimbrel").joinpath("examples")
    return sorted(str(p) for p in folder.iterdir() if p.name.endswith((".txt", ".html")))


def _ents(ents) -> str:
    return "+".join(f"{e.code or '?'}{' ' + e.sector if e.sector else ''}" for e in ents) or "-"


def event_table(doc: Document, width: int = 60) -> list[str]:
    rows = [f"  {'date':<10} {'actor':<16} {'event':<22} {'recipient':<16} evidence"]
    for ev in doc.events:
        label = ev.category + (f"/{ev.mode[0]}" if ev.mode else "")
        flags = "".join(c for f, c in FLAGS.items() if getattr(ev, f))
        if flags:
            label += f" [{flags}]"
        sent = doc.sentences[ev.sentence].text if 0 <= ev.sentence < len(doc.sentences) else ""
        snippet = sent if len(sent) <= width else sent[: width - 3] + "..."
        rows.append(f"  {ev.date or '?':<10} {_ents(ev.actor):<16} {label:<22} {_ents(ev.recipient):<16} {snippet}")
    return rows


def run_demo(echo: Callable[[str], None] = print, paths: list[str] | None = None) -> list[Document]:
    from .read import iter_documents

    pipeline = Pipeline()
    docs = []
    for item in pipeline.run(iter_documents(paths or example_paths(), pipeline.options)):
        if isinstance(item, Reject):
            echo(f"skipped {item}")
            continue
        docs.append(item)
        echo("=" * 100)
        echo(f"{item.title or item.id}")
        echo(f"  published: {item.pub_datetime.isoformat() if item.pub_datetime else 'unknown'} "
             f"({item.date_source})  publisher: {item.publisher or 'unknown'}")
        echo(f"  sentences: {len(item.sentences)}  events: {len(item.events)}  "
             f"boilerplate lines removed: {len(item.boilerplate)}")
        echo("")
        for row in event_table(item):
            echo(row)
    echo("=" * 100)
    echo("Flags: N negated, H hypothetical, F future, B background (historical), R only reported. "
         "Full records: whimbrel code <file> (PLOVER JSONL).")
    return docs
