"""Event -> PLOVER JSON record (the manual's "Data Fields" chapter), plus whimbrel's additions.

Field list and meanings: docs/plover-output.md. The ``id`` is stable across runs: it is derived
from the story id, the sentence number and the trigger's offset and category, never from a counter
or the clock.
"""
from __future__ import annotations

import hashlib
from datetime import date

from . import data
from .model import Document, Event
from .options import Options


def event_id(doc: Document, ev: Event) -> str:
    key = f"{doc.id}|{ev.sentence}|{ev.trigger_start}|{ev.category}"
    return "wb-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def plover_score(category: str, modes: list[str]) -> float | None:
    cat = data.plover()["categories"].get(category)
    if not cat:
        return None
    for m in modes:
        if m in cat["modes"]:
            return float(cat["modes"][m])
    return float(cat["score"])


def quad_code(category: str) -> int | None:
    cat = data.plover()["categories"].get(category)
    return cat["quad"] if cat else None


def event_record(doc: Document, ev: Event, options: Options) -> dict:
    sent = doc.sentences[ev.sentence] if 0 <= ev.sentence < len(doc.sentences) else None
    rec: dict = {
        "id": event_id(doc, ev),
        "story_id": doc.id,
        "date": ev.date,
        "date_precision": ev.date_precision,
    }
    if ev.enddate:
        rec["enddate"] = ev.enddate
    rec.update(
        {
            "date_text": ev.date_text,
            "date_source": ev.date_source,
            "actor": [a.to_plover(options.debug) for a in ev.actor],
            "recipient": [r.to_plover(options.debug) for r in ev.recipient],
            "event": [ev.category],
            "mode": list(ev.mode),
            "context": list(ev.context),
            "quad_code": ev.quad_code if ev.quad_code is not None else quad_code(ev.category),
            "event_scale": ev.event_scale if ev.event_scale is not None else plover_score(ev.category, ev.mode),
            "cameo": ev.cameo,
            "goldstein": ev.goldstein,
            "reciprocal": ev.reciprocal,
            "negated": ev.negated,
            "hypothetical": ev.hypothetical,
            "future": ev.future,
            "reported": ev.reported,
            "historical": ev.historical,
            "event_text": list(ev.event_text),
            "text": sent.text if sent else None,
            "text_info": {
                "sequence": ev.sentence,
                "start": sent.start if sent else None,
                "end": sent.end if sent else None,
                "trigger_start": ev.trigger_start,
                "trigger_end": ev.trigger_end,
            },
        }
    )
    if ev.source:
        rec["source"] = [s.to_plover(options.debug) for s in ev.source]
    if ev.event_loc:
        rec["event_loc"] = ev.event_loc
    rec["mentions"] = [
        {"sequence": m.sentence, "start": m.start, "end": m.end, "text": m.text, "event_text": m.event_text}
        for m in (ev.mentions or [])
    ]
    rec["confidence"] = round(ev.confidence, 3)
    if options.debug:
        rec["rule"] = ev.rule
    rec["cite_info"] = {
        k: v
        for k, v in {
            "title": doc.title,
            "url": doc.url,
            "publication": doc.publisher,
            "language": doc.language or "en",
            "pub_datetime": doc.pub_datetime.isoformat() if doc.pub_datetime else None,
            "date_source": doc.date_source,
        }.items()
        if v is not None
    }
    rec["coder"] = options.coder
    rec["coded_date"] = date.today().isoformat()
    return rec
