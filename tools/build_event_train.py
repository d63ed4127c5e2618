"""Assemble the training data of the learned event model (src/whimbrel/data/event_model/).

Sources (everything else the project holds measures the model and is never read here):
- the real-news corpus, TRAIN split only (tests/gold/news/*.json with "split": "train"): every
  sentence of a train page's true body (segmented by whimbrel's own splitter) is an example; a
  sentence holding a gold event's trigger (or overlapping its evidence when it has no trigger) is
  labelled with that event's PLOVER category, every other sentence is a negative (no event);
- tests/gold/blind-plover.json (all records);
- tests/gold/blind2-plover.json, odd-indexed records only (index in the file's list, from 0); a
  sentence that also appears in an even-indexed record is left out: the even half is unread;
- tests/gold/event_sentences.yaml (category null: a negative);
- the invented-story corpus, TRAIN split only (tests/gold/stories/), labelled as the news pages.

Never read: ../shared/dev/plover-gsr-cameo.dev.json, the news and story dev and test splits,
blind2's even half.

The news pages' text belongs to the benchmark in ../shared, so data/train/news-train.jsonl keeps only
offsets into the page body (with the body's sha1); tools/train_event_model.py reads the sentences
from ../shared at training time. data/train/gold-sentences.jsonl holds the repo's own gold
sentences with their labels; data/train/stories-train.jsonl keeps offsets into the stories' bodies,
which are in the repo (tests/gold/stories).

Usage: python tools/build_event_train.py [--shared ../shared] [--out data/train]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
GOLD = ROOT / "tests" / "gold"
OUT = ROOT / "data" / "train"


def _write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


def _plover_rows(path: Path, keep) -> list[dict]:
    """Sentences of a PLOVER gold file with the union of their records' categories."""
    from whimbrel.evaluate import load_gold

    records = load_gold(path)
    by_text: dict[str, dict] = {}
    for i, rec in enumerate(records):
        if not keep(i):
            continue
        row = by_text.setdefault(rec["text"], {"text": rec["text"], "labels": [], "source": f"{path.name}#{rec['id']}"})
        if rec["category"] not in row["labels"]:
            row["labels"].append(rec["category"])
    if keep(0) != keep(1):  # a half of the file: drop sentences the other half also holds
        other = {rec["text"] for i, rec in enumerate(records) if not keep(i)}
        by_text = {t: r for t, r in by_text.items() if t not in other}
    return list(by_text.values())


def gold_sentence_rows() -> list[dict]:
    from whimbrel.data import canonical_category

    rows = _plover_rows(GOLD / "blind-plover.json", lambda i: True)
    rows += _plover_rows(GOLD / "blind2-plover.json", lambda i: i % 2 == 1)
    for i, case in enumerate(yaml.safe_load((GOLD / "event_sentences.yaml").read_text(encoding="utf-8"))):
        cat = case.get("category")
        labels = [canonical_category(cat)[0]] if cat else []
        rows.append({"text": case["text"], "labels": labels, "source": f"event_sentences.yaml#{i}"})
    return rows


def _sentence_spans(body: str) -> list[tuple[int, int, bool]]:
    """Sentences of the body as whimbrel segments a cleaned body (paragraphs, then the splitter), each
    with whether the pre-filter passes it (only those are parsed, coded and shown to the model)."""
    from whimbrel.events import mark_candidates
    from whimbrel.model import Document
    from whimbrel.options import Options
    from whimbrel.segment import segment_document

    doc = Document(id="train", origin="train", raw=body, kind="clean")
    doc.body = body
    segment_document(doc, Options())
    mark_candidates(doc, Options())
    return [(s.start, s.end, bool(s.candidate)) for s in doc.sentences]


def _labels_for(span: tuple[int, int], events: list[dict]) -> list[str]:
    s, e = span[:2]
    labels = []
    for ev in events:
        trig = (ev.get("trigger") or {}).get("span")
        a, b = trig if trig else ev["evidence"]
        if a < e and b > s and ev["category"] not in labels:
            labels.append(ev["category"])
    return labels


def corpus_rows(folder: Path, shared: Path) -> list[dict]:
    """Every sentence of the TRAIN split of a gold corpus of pages (the news corpus, the stories),
    as offsets into the page body with its sha1 and its gold categories."""
    from whimbrel.news_gold import body_hash, load_corpus

    rows = []
    for gold in load_corpus(folder, shared, splits=("train",)):
        assert gold.split == "train"
        body = gold.page.body
        sha = body_hash(body)
        for start, end, candidate in _sentence_spans(body):
            rows.append({"source_id": gold.source_id, "body_sha1": sha, "span": [start, end],
                         "candidate": candidate, "labels": _labels_for((start, end), gold.events)})
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    gold = gold_sentence_rows()
    news = corpus_rows(GOLD / "news", args.shared)
    stories = corpus_rows(GOLD / "stories", args.shared)
    _write(args.out / "gold-sentences.jsonl", gold)
    _write(args.out / "news-train.jsonl", news)
    _write(args.out / "stories-train.jsonl", stories)
    for name, rows in (("gold-sentences", gold), ("news-train", news), ("stories-train", stories)):
        pos = sum(bool(r["labels"]) for r in rows)
        print(f"{name}: {len(rows)} sentences, {pos} with an event, {len(rows) - pos} without")
    return 0


if __name__ == "__main__":
    sys.exit(main())
