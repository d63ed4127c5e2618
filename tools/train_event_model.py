"""Train the learned event model (make train): does a sentence report an event, and of which PLOVER category.

Reads data/train/gold-sentences.jsonl, data/train/news-train.jsonl and data/train/stories-train.jsonl
(built by tools/build_event_train.py; the news and story rows are offsets, their text is read here
from the benchmark's ground-truth.json in ../shared and from tests/gold/stories, checked against the
recorded sha1 of each body), and trains a
spaCy ``textcat_multilabel`` (bag of words and bigrams, hashed to 2^16 rows: ~5 MB) with one label
``EVENT`` and one per PLOVER category, on a blank English tokenizer, with a fixed seed, on CPU.
Writes src/whimbrel/data/event_model/ (spaCy's on-disk format plus training.json: data counts and
hashes, seed, epochs, losses).

Usage: python tools/train_event_model.py [--shared ../shared] [--data data/train] [--out DIR] [--epochs N] [--arch bow|ensemble]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT / "data" / "train"
STORIES = ROOT / "tests" / "gold" / "stories"
OUT = ROOT / "src" / "whimbrel" / "data" / "event_model"
SEED = 13
EPOCHS = 12
BATCH = 32
CATEGORIES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
              "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
LABELS = ("EVENT",) + CATEGORIES
BOW = {
    "@architectures": "spacy.TextCatBOW.v3",
    "exclusive_classes": False,
    "ngram_size": 2,
    "no_output_layer": False,
    "length": 65536,
}
# bag of words beside a small CNN over hashed word, prefix, suffix and shape embeddings
ENSEMBLE = {
    "@architectures": "spacy.TextCatEnsemble.v2",
    "nO": None,
    "linear_model": dict(BOW, no_output_layer=False),
    "tok2vec": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 64,
                  "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "rows": [5000, 1000, 2500, 2500],
                  "include_static_vectors": False},
        "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 64, "window_size": 1,
                   "maxout_pieces": 3, "depth": 2},
    },
}
ARCHS = {"bow": BOW, "ensemble": ENSEMBLE}
MODEL_CONFIG = BOW


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _corpus_examples(rows: list[dict], pages: dict, negatives: str, source: str) -> list[tuple[str, list[str], str]]:
    """The sentences a corpus's rows point at, checked against the recorded sha1 of each page body."""
    from whimbrel.news_gold import body_hash

    out = []
    for r in rows:
        body = pages[r["source_id"]]
        if body_hash(body) != r["body_sha1"]:
            raise SystemExit(f"{r['source_id'][:12]}: page body changed since data/train was built")
        if negatives == "candidates" and not r["labels"] and not r["candidate"]:
            continue
        s, e = r["span"]
        out.append((body[s:e], r["labels"], source))
    return out


def load_examples(shared: Path, data: Path = DATA, negatives: str = "all") -> list[tuple[str, list[str], str]]:
    """(text, labels, source) for every training sentence; news text read from ../shared, the
    stories' from tests/gold/stories. ``negatives="candidates"`` keeps only the news and story
    negatives the pre-filter passes."""
    from whimbrel.news_gold import load_corpus, load_pages

    out = [(r["text"], r["labels"], "gold") for r in _rows(data / "gold-sentences.jsonl")]
    pages = {k: p.body for k, p in load_pages(shared).items()}
    out += _corpus_examples(_rows(data / "news-train.jsonl"), pages, negatives, "news")
    stories_file = data / "stories-train.jsonl"
    if stories_file.exists():
        bodies = {g.source_id: g.page.body for g in load_corpus(STORIES, shared, splits=("train",))}
        out += _corpus_examples(_rows(stories_file), bodies, negatives, "stories")
    return out


def cats_of(labels: list[str]) -> dict[str, float]:
    cats = {lab: 0.0 for lab in LABELS}
    for lab in labels:
        cats[lab] = 1.0
    if labels:
        cats["EVENT"] = 1.0
    return cats


def train(examples, epochs: int = EPOCHS, seed: int = SEED, arch: dict = MODEL_CONFIG):
    """A blank English pipeline with one textcat_multilabel, trained in shuffled minibatches."""
    import spacy
    from spacy.training import Example
    from thinc.api import fix_random_seed

    fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = spacy.blank("en")
    tc = nlp.add_pipe("textcat_multilabel", config={"model": arch, "threshold": 0.5})
    for lab in LABELS:
        tc.add_label(lab)
    data = [Example.from_dict(nlp.make_doc(t), {"cats": cats_of(labs)}) for t, labs, _ in examples]
    nlp.initialize(lambda: data[:200])
    losses_by_epoch = []
    for _ in range(epochs):
        rng.shuffle(data)
        losses: dict = {}
        for i in range(0, len(data), BATCH):
            nlp.update(data[i:i + BATCH], losses=losses, drop=0.1)
        losses_by_epoch.append(round(losses["textcat_multilabel"], 4))
    return nlp, losses_by_epoch


def clean_copy(nlp, arch: dict = MODEL_CONFIG):
    """The trained classifier in a fresh pipeline: its weights are over hashed features, so the
    words seen in training (the string store, which would hold the benchmark pages' vocabulary)
    are not needed and are not written to the repo."""
    import spacy

    fresh = spacy.blank("en")
    tc = fresh.add_pipe("textcat_multilabel", config={"model": arch, "threshold": 0.5})
    for lab in LABELS:
        tc.add_label(lab)
    tc.from_bytes(nlp.get_pipe("textcat_multilabel").to_bytes(exclude=["vocab"]), exclude=["vocab"])
    return fresh


def _sha(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--arch", choices=sorted(ARCHS), default="bow")
    ap.add_argument("--data", type=Path, default=DATA, help="the folder tools/build_event_train.py wrote")
    ap.add_argument("--negatives", choices=("all", "candidates"), default="all",
                    help="news sentences without an event: all of them, or only those the pre-filter passes")
    args = ap.parse_args(argv)
    arch = ARCHS[args.arch]
    examples = load_examples(args.shared, args.data, args.negatives)
    nlp, losses = train(examples, args.epochs, arch=arch)
    args.out.mkdir(parents=True, exist_ok=True)
    clean_copy(nlp, arch).to_disk(args.out)
    info = {
        "about": "Training record of the learned event model (tools/train_event_model.py, make train).",
        "seed": SEED, "epochs": args.epochs, "batch": BATCH, "labels": list(LABELS), "arch": args.arch, "negatives": args.negatives, "model": arch,
        "examples": len(examples), "with_event": sum(bool(labs) for _, labs, _ in examples),
        "by_source": {src: sum(s == src for _, _, s in examples) for src in ("gold", "news", "stories")},
        "data_sha1": {p.name: _sha(p) for p in sorted(args.data.glob("*.jsonl"))},
        "losses": losses,
    }
    (args.out / "training.json").write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    print(f"trained on {len(examples)} sentences ({info['with_event']} with an event); losses {losses}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
