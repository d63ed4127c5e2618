"""merge_mentions: one event per happening within a story, listing every sentence that reports it.

Two events are the same happening when they share category, actor and recipient codes (sides taken
together for reciprocal events), date and auxiliary modes. Runs after the dates stage, so "a day
after" and "on Sunday" already decide whether two mentions are one event.
"""
from __future__ import annotations

from ..model import Document, Event, Mention
from ..options import Options


def _mention(doc: Document, ev: Event) -> Mention:
    s = doc.sentences[ev.sentence] if 0 <= ev.sentence < len(doc.sentences) else None
    return Mention(
        sentence=ev.sentence, start=s.start if s else -1, end=s.end if s else -1,
        text=s.text if s else "", event_text=" ".join(ev.event_text),
    )


def key(ev: Event) -> tuple:
    a = frozenset(e.code for e in ev.actor if e.code)
    r = frozenset(e.code for e in ev.recipient if e.code)
    sides = (a | r, frozenset()) if ev.reciprocal else (a, r)
    return (ev.category, sides, ev.date, ev.negated, ev.hypothetical, ev.future)


def _same_content(a: Event, b: Event) -> bool:
    """Two mentions report one act when what they are about overlaps (content words of the
    trigger's phrase): "called on Baghdad to ensure US troops leave" ~ "urged Baghdad to ensure US
    troops leave", but "agreed to bolster air defence" differs from "agreed on joint exercises"."""
    wa, wb = a.__dict__.get("_words"), b.__dict__.get("_words")
    if not wa or not wb:
        return True
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.3


def merge_mentions(doc: Document, options: Options) -> None:
    for ev in doc.events:
        if not ev.mentions:
            ev.mentions = [_mention(doc, ev)]
    if not options.merge_mentions:
        return
    kept: dict[tuple, Event] = {}
    out: list[Event] = []
    for ev in doc.events:
        k = key(ev)
        first = kept.get(k)
        if first is not None and not _same_content(first, ev):
            first = None  # same parties, same day, but a different act ("agreed to X" / "agreed on Y")
            k = k + (len(out),)
        if first is None:
            kept[k] = ev
            out.append(ev)
            continue
        have = {m.sentence for m in first.mentions}
        for m in ev.mentions:
            if m.sentence not in have:
                first.mentions.append(m)
        first.confidence = max(first.confidence, ev.confidence)
        if ev.recipient and not first.recipient:
            first.recipient = ev.recipient
    doc.events = out
