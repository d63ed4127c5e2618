"""Scoring one article against its hand-coded expectations (``ARTICLE.gold.json`` beside ``ARTICLE.txt``).

The expectations file lists the document's metadata and boilerplate, the actors, and the events
with accepted categories, countries, reciprocity, dates and flags. An expected event is *found*
when a coded event whose sentence (or one of its merged mentions) contains the evidence has an
accepted category, actors from the source countries (all of them for reciprocal events) and, when
targets are given, a recipient from the target countries.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from .model import Document, Event

_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text or "")]


def _covers(sentence: str, evidence: str, share: float = 0.6) -> bool:
    ev = _words(evidence)
    if not ev:
        return False
    sw = set(_words(sentence))
    return sum(w in sw for w in ev) / len(ev) >= share


def _event_sentences(doc: Document, ev: Event) -> list[str]:
    texts = [m.text for m in ev.mentions] if ev.mentions else []
    if 0 <= ev.sentence < len(doc.sentences):
        texts.append(doc.sentences[ev.sentence].text)
    return texts


def match_expected(doc: Document, exp: dict) -> tuple[Event | None, dict]:
    """The best coded event for an expected event, and what was right about it."""
    best, best_score, best_checks = None, -1, {}
    accept = set(exp.get("accept_types") or [exp["type"]])
    src = set(exp.get("source_countries") or [])
    tgt = set(exp.get("target_countries") or [])
    for ev in doc.events:
        if not any(_covers(t, exp["evidence"]) for t in _event_sentences(doc, ev)):
            continue
        actors = {a.code for a in ev.actor if a.code}
        recips = {r.code for r in ev.recipient if r.code}
        checks = {"category": ev.category in accept}
        if exp.get("reciprocal"):
            checks["actors"] = src <= (actors | recips)
        else:
            checks["actors"] = bool(actors & src) if src else True
            if tgt:
                checks["recipients"] = bool(recips & tgt)
        if exp.get("date"):
            checks["date"] = ev.date == exp["date"] and ev.date_precision == exp.get("date_precision")
        if exp.get("hypothetical"):
            checks["hypothetical"] = ev.hypothetical or ev.future
        if exp.get("mentions"):
            checks["mentions"] = len(ev.mentions) == exp["mentions"]
        score = sum(checks.values()) + (5 if checks["category"] else 0)
        if score > best_score:
            best, best_score, best_checks = ev, score, checks
    return best, best_checks


def evaluate_article(gold_path: str | Path, pipeline=None, text_path: str | Path | None = None) -> dict:
    from .pipeline import Pipeline
    from .read import iter_documents

    gold_path = Path(gold_path)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text_path = Path(text_path) if text_path else gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
    pipeline = pipeline or Pipeline()
    item = next(iter(pipeline.run(iter_documents([str(text_path)], pipeline.options))))
    if not isinstance(item, Document):
        raise ValueError(str(item))
    doc = item
    gdoc = gold.get("document", {})
    document = {
        "publication_datetime": (doc.pub_datetime.isoformat() if doc.pub_datetime else None)
        == gdoc.get("publication_datetime"),
        "publisher": doc.publisher == gdoc.get("publisher"),
        "section": doc.section == gdoc.get("section"),
        "tags": doc.tags == gdoc.get("tags"),
        "body_start": doc.body.startswith(gdoc.get("body_starts_with", "")),
        "body_end": doc.body.rstrip().endswith(gdoc.get("body_ends_with", "")),
        "no_boilerplate": not any(line in doc.body for line in gdoc.get("boilerplate_lines_that_must_not_be_body", [])),
    }
    events = []
    for exp in gold.get("events", []):
        ev, checks = match_expected(doc, exp)
        events.append({
            "id": exp["id"], "level": exp.get("level"), "type": exp["type"],
            "coded": ev is not None and checks.get("category", False),
            "found": ev is not None and all(v for k, v in checks.items() if k in ("category", "actors", "recipients")),
            "checks": checks,
            "got": None if ev is None else {
                "category": ev.category, "actor": sorted(a.code or "?" for a in ev.actor),
                "recipient": sorted(r.code or "?" for r in ev.recipient), "date": ev.date,
                "date_precision": ev.date_precision, "mentions": len(ev.mentions),
                "hypothetical": ev.hypothetical, "future": ev.future, "event_text": ev.event_text,
            },
        })
    boiler = [line for line in gdoc.get("boilerplate_lines_that_must_not_be_body", [])]
    from_boiler = [e for e in doc.events for s in _event_sentences(doc, e) if any(_covers(s, b, 0.9) for b in boiler)]
    actors = []
    for ga in gold.get("actors", []):
        names = [ga["text"]] + list(ga.get("also", []))
        want_code = ga.get("code") or ga.get("country")
        hits = [e for e in doc.entities if any(n.lower() in e.entity_text.lower() or e.entity_text.lower() in n.lower()
                                               for n in names if e.entity_text)]
        ok = any(e.code == want_code and (e.sector == ga.get("sector") or ga.get("code")) for e in hits)
        actors.append({"text": ga["text"], "expected": f"{want_code} {ga.get('sector')}", "ok": ok,
                       "got": sorted({f"{e.code} {e.sector}" for e in hits})})
    must = [e for e in events if e["level"] == "must"]
    return {
        "kind": "article",
        "gold": str(gold_path),
        "document": document,
        "events": events,
        "must_found": sum(e["found"] for e in must),
        "must_found_dated": sum(e["found"] and e["checks"].get("date", True) for e in must),
        "must_total": len(must),
        "should_found": sum(e["found"] for e in events if e["level"] == "should"),
        "should_total": sum(e["level"] == "should" for e in events),
        "events_coded": len(doc.events),
        "events_from_boilerplate": len(from_boiler),
        "actors": actors,
        "actors_ok": sum(a["ok"] for a in actors),
        "actors_total": len(actors),
    }


def format_article_report(r: dict, show: bool = False) -> str:
    lines = [f"article gold: {r['gold']}",
             "document: " + ", ".join(f"{k} {'ok' if v else 'WRONG'}" for k, v in r["document"].items()),
             f"must events found: {r['must_found']}/{r['must_total']} (with right date: {r['must_found_dated']})",
             f"should events found: {r['should_found']}/{r['should_total']}",
             f"events coded: {r['events_coded']}, from boilerplate: {r['events_from_boilerplate']}",
             f"actors resolved as listed: {r['actors_ok']}/{r['actors_total']}"]
    for e in r["events"]:
        if show or not e["found"]:
            lines.append(f"- {e['id']} ({e['level']}, {e['type']}): {'found' if e['found'] else 'MISSED'} "
                         f"{e['checks']} got {e['got']}")
    for a in r["actors"]:
        if show or not a["ok"]:
            lines.append(f"- actor {a['text']}: expected {a['expected']}, got {a['got'] or 'nothing'}")
    return "\n".join(lines)
