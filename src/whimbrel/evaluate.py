"""Scoring the coder against gold standards.

Two gold formats are read:

* **PLOVER gold-standard records** (the PLOVER GSR / ``plover-gsr-cameo`` JSON list): one record per
  event, with ``text`` (the sentence), ``event`` (category; 0.5-era names DEMAND, DISAPPROVE, FIGHT,
  INVESTIGATE accepted), ``source`` and ``target`` (lists of ``{actorText, code}``) and ``date``.
  Several records may share one sentence. Each distinct sentence is coded once, as a clean
  one-sentence document published on the record's date.
* **Article expectations** (``*.gold.json`` beside a scraped article: ``document``, ``actors``,
  ``events``): the article is coded whole and each expected event is looked for.

Matching rule for a gold record (the one the project's issues state): it is *found* when one coded
event in its sentence has its category, an actor sharing one of its source codes and, where the gold
has a target, a recipient sharing one of its target codes. A reciprocal gold record (several
sources, no target, or markup ``SRC/TAR``) accepts the codes on either side. PLOVER 2.0's UNO
(United Nations) and EUR (European Union) match the older generic IGO; a few non-ISO codes of older
gold files (data/gold_code_aliases.yaml: JAP, ITL, VTN) are read as the ISO code they stand for.

Figures: found rate; per-category recall and precision (precision: share of coded events of a
category whose sentence has a gold record of that category); actor and recipient code accuracy
over events whose category is right; extra events per sentence (coded events that no gold record of
their sentence accounts for, by category and count).

Written here rather than taken from a library because no published scorer exists for PLOVER gold
files (POLECAT's evaluation code scores its own classifier outputs, not coder JSONL).
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path

from .actors.codesets import IGO_FAMILY
from .data import canonical_category, load_yaml
from .errors import E, WhimbrelError
from .model import Document, Event



def _codes(actors) -> set[str]:
    if not actors or isinstance(actors, str):
        return set()
    aliases = load_yaml("gold_code_aliases.yaml")
    out = set()
    for a in actors:
        code = (a or {}).get("code")
        if code:
            code = code.strip().upper()
            out.add(aliases.get(code, code))
    return out


def codes_match(coded: set[str], gold: set[str]) -> bool:
    if coded & gold:
        return True
    return bool((coded & IGO_FAMILY) and (gold & IGO_FAMILY))


def _event_codes(entities) -> set[str]:
    return {e.code for e in entities if e.code}


def _clean_text(text: str) -> str:
    text = (text or "").strip()
    if text.startswith("{") and text.endswith("}"):
        text = text[1:-1].strip()
    return text


def load_gold(path: str | Path) -> list[dict]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise WhimbrelError(E.E101, origin=str(path), reason=str(err)) from err
    if not isinstance(data, list):
        raise WhimbrelError(E.E101, origin=str(path), reason="expected a JSON list of records")
    records = []
    for rec in data:
        if not isinstance(rec, dict) or not rec.get("text") or not rec.get("event"):
            continue  # DOCUMENT records and the like carry no sentence
        cat, mode = canonical_category(rec["event"])
        if cat == "DOCUMENT":
            continue
        markup = (rec.get("textInfo") or {}).get("markup", "")
        src, tgt = _codes(rec.get("source")), _codes(rec.get("target"))
        records.append(
            {
                "id": rec.get("id"),
                "category": cat,
                "mode": mode or rec.get("mode") or None,
                "text": _clean_text(rec["text"]),
                "date": rec.get("date"),
                "source": src,
                "target": tgt,
                # several parties and no target: a joint act, even of one state's two sides ("the
                # government and the rebels resumed talks"), which a dyad of them codes as well
                "reciprocal": "SRC/TAR" in markup or (not tgt and max(len(src), len(
                    [a for a in rec.get("source") or [] if isinstance(a, dict)])) > 1),
                "source_text": [a.get("actorText") for a in rec.get("source") or [] if isinstance(a, dict)],
                "target_text": [a.get("actorText") for a in rec.get("target") or [] if isinstance(a, dict)],
            }
        )
    if not records:
        raise WhimbrelError(E.E101, origin=str(path), reason="no records with 'text' and 'event'")
    return records


def record_found(gold: dict, events: list[Event]) -> bool:
    return any(event_matches(gold, ev) for ev in events)


def event_matches(gold: dict, ev: Event) -> bool:
    if ev.category != gold["category"]:
        return False
    actors, recips = _event_codes(ev.actor), _event_codes(ev.recipient)
    if gold["reciprocal"]:
        wanted = gold["source"] | gold["target"]
        return codes_match(actors | recips, wanted)
    if not codes_match(actors, gold["source"]):
        return False
    if gold["target"] and not codes_match(recips, gold["target"]):
        return False
    return True


def event_matches_strict(gold: dict, ev: Event) -> bool:
    """The strict variant: the category, and exactly the gold's actor and recipient code sets (for a
    reciprocal record, exactly its parties on either side)."""
    if ev.category != gold["category"]:
        return False
    aliases = lambda codes: {"IGO" if c in IGO_FAMILY else c for c in codes}
    actors, recips = aliases(_event_codes(ev.actor)), aliases(_event_codes(ev.recipient))
    if gold["reciprocal"]:
        return actors | recips == aliases(gold["source"] | gold["target"])
    return actors == aliases(gold["source"]) and recips == aliases(gold["target"])


def _pub_date(value) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)).replace(tzinfo=timezone.utc) if value else None
    except ValueError:
        return None


def evaluate_records(records: list[dict], pipeline=None) -> dict:
    """Code each distinct gold sentence once and score every record."""
    from .pipeline import Pipeline

    pipeline = pipeline or Pipeline()
    by_text: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        by_text[r["text"]].append(r)
    docs = []
    for i, (text, recs) in enumerate(by_text.items()):
        doc = Document(id=f"gold-{i:04d}", origin=recs[0]["id"] or f"gold-{i}", raw=text, kind="clean")
        doc.pub_datetime = _pub_date(recs[0]["date"])
        doc.date_source = "input" if doc.pub_datetime else "none"
        docs.append(doc)
    coded: dict[str, list[Event]] = {}
    for item, text in zip(pipeline.run(docs), by_text):
        coded[text] = list(item.events) if isinstance(item, Document) else []

    cats = sorted({r["category"] for r in records})
    found_by_cat, total_by_cat = Counter(), Counter()
    coded_by_cat, correct_by_cat = Counter(), Counter()
    actor_ok = actor_n = recip_ok = recip_n = 0
    extra = strict_found = 0
    misses, extras = [], []
    for text, recs in by_text.items():
        events = coded[text]
        for r in recs:
            total_by_cat[r["category"]] += 1
            ok = record_found(r, events)
            strict_found += any(event_matches_strict(r, e) for e in events)
            if ok:
                found_by_cat[r["category"]] += 1
            else:
                misses.append({"record": _plain(r), "coded": [_describe(e) for e in events]})
            same_cat = [e for e in events if e.category == r["category"]]
            if same_cat:  # category right: how good are the actors?
                actor_n += 1
                actor_ok += any(
                    codes_match(_event_codes(e.actor) | (_event_codes(e.recipient) if r["reciprocal"] else set()),
                                r["source"] | (r["target"] if r["reciprocal"] else set()))
                    for e in same_cat)
                if r["target"] and not r["reciprocal"]:
                    recip_n += 1
                    recip_ok += any(codes_match(_event_codes(e.recipient), r["target"]) for e in same_cat)
        gold_cats = Counter(r["category"] for r in recs)
        ev_cats = Counter(e.category for e in events)
        for cat, n in ev_cats.items():
            coded_by_cat[cat] += n
            correct_by_cat[cat] += min(n, gold_cats.get(cat, 0))
            over = n - gold_cats.get(cat, 0)
            if over > 0:
                extra += over
                extras.extend({"text": text, "event": _describe(e)} for e in events if e.category == cat)
    n_sent = len(by_text)
    n_rec = len(records)
    found = sum(found_by_cat.values())
    per_cat = {}
    for cat in sorted(set(cats) | set(coded_by_cat)):
        per_cat[cat] = {
            "gold": total_by_cat.get(cat, 0),
            "found": found_by_cat.get(cat, 0),
            "recall": round(found_by_cat[cat] / total_by_cat[cat], 3) if total_by_cat.get(cat) else None,
            "coded": coded_by_cat.get(cat, 0),
            "precision": round(correct_by_cat[cat] / coded_by_cat[cat], 3) if coded_by_cat.get(cat) else None,
        }
    return {
        "records": n_rec,
        "sentences": n_sent,
        "found": found,
        "found_rate": round(found / n_rec, 4) if n_rec else 0.0,
        "strict_found": strict_found,
        "strict_found_rate": round(strict_found / n_rec, 4) if n_rec else 0.0,
        "events_coded": sum(coded_by_cat.values()),
        "extra_events": extra,
        "extra_per_sentence": round(extra / n_sent, 4) if n_sent else 0.0,
        "actor_accuracy": round(actor_ok / actor_n, 4) if actor_n else None,
        "actor_scored": actor_n,
        "recipient_accuracy": round(recip_ok / recip_n, 4) if recip_n else None,
        "recipient_scored": recip_n,
        "per_category": per_cat,
        "misses": misses,
        "extras": extras,
    }


def _plain(record: dict) -> dict:
    """A gold record as JSON-ready data (code sets as sorted lists), for --show and --json."""
    return {k: sorted(v) if isinstance(v, set) else v for k, v in record.items()}


def _describe(e: Event) -> str:
    def ents(xs):
        return "+".join(f"{x.code or '?'}{'/' + x.sector if x.sector else ''}" for x in xs) or "-"

    flags = [f for f in ("negated", "hypothetical", "future", "reported", "historical") if getattr(e, f)]
    return f"{e.category} {ents(e.actor)} -> {ents(e.recipient)} [{' '.join(e.event_text)}]" + (
        f" ({','.join(flags)})" if flags else "")


def evaluate_file(path: str | Path, pipeline=None) -> dict:
    """Score a gold file: a PLOVER gold-standard list, or an article's ``.gold.json``."""
    path = Path(path)
    try:
        head = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise WhimbrelError(E.E101, origin=str(path), reason=str(err)) from err
    if isinstance(head, dict) and "events" in head and "document" in head:
        from .evaluate_article import evaluate_article

        return evaluate_article(path, pipeline=pipeline)
    report = evaluate_records(load_gold(path), pipeline=pipeline)
    report["gold"] = str(path)
    return report


def format_report(report: dict, show: bool = False) -> str:
    if report.get("kind") == "article":
        from .evaluate_article import format_article_report

        return format_article_report(report, show=show)
    lines = [
        f"gold: {report.get('gold')}  ({report['records']} records in {report['sentences']} sentences)",
        f"found: {report['found']}/{report['records']} = {report['found_rate']:.3f}   strict (exact actor and "
        f"recipient code sets): {report['strict_found']}/{report['records']} = {report['strict_found_rate']:.3f}",
        f"extra events per sentence: {report['extra_per_sentence']:.3f} ({report['extra_events']} extra of "
        f"{report['events_coded']} coded)",
        f"actor code accuracy (category right): {_pct(report['actor_accuracy'])} over {report['actor_scored']}",
        f"recipient code accuracy (category right): {_pct(report['recipient_accuracy'])} over "
        f"{report['recipient_scored']}",
        "",
        f"{'category':<11} {'gold':>5} {'found':>6} {'recall':>7} {'coded':>6} {'precision':>9}",
    ]
    for cat, c in report["per_category"].items():
        lines.append(f"{cat:<11} {c['gold']:>5} {c['found']:>6} {_pct(c['recall']):>7} {c['coded']:>6} "
                     f"{_pct(c['precision']):>9}")
    if show:
        lines += ["", f"misses ({len(report['misses'])}):"]
        for m in report["misses"]:
            r = m["record"]
            gold = f"{r['category']} {'+'.join(sorted(r['source'])) or '-'} -> {'+'.join(sorted(r['target'])) or '-'}"
            lines.append(f"- {r['id']}: gold {gold}{' (reciprocal)' if r['reciprocal'] else ''}")
            lines.append(f"    {r['text']}")
            lines.append(f"    coded: {'; '.join(m['coded']) or 'nothing'}")
        lines += ["", f"extra events ({report['extra_events']}):"]
        for x in report["extras"]:
            lines.append(f"- {x['event']}  | {x['text']}")
    return "\n".join(lines)


def _pct(x) -> str:
    return "n/a" if x is None else f"{x:.3f}"
