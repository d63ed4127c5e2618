"""make bench: time whimbrel's whole pipeline on real news pages, against spaCy's small pipeline alone.

Corpus: the 181 HTML pages of ../shared/bench/article-extraction-benchmark (falls back to a
generated corpus of varied articles when that folder is absent). Two runs over the same stories:

1. whimbrel: read HTML -> clean -> segment -> prefilter -> parse candidates -> actors -> events ->
   when -> where -> merge -> PLOVER records (everything a user gets from ``whimbrel code``);
2. spaCy: ``en_core_web_sm`` (all components) over the bodies whimbrel extracted, via nlp.pipe.

Prints stories/s and words/s for both, their ratio, per-stage time shares and peak memory (RSS):
whimbrel's own (read after its first run) and the process's once the spaCy-alone side has parsed
every whole body (the baseline's memory, not whimbrel's, but the process holds both).
Each side is timed K times in turn (--repeat, default 3) and its fastest run counts.
Usage: python bench/run.py [--limit N] [--repeat K] [--json OUT]
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
BENCH = ROOT.parent / "shared" / "bench" / "article-extraction-benchmark"
WORD = re.compile(r"\w+")


def load_pages(limit: int | None):
    from whimbrel.model import Document
    from whimbrel.news_gold import is_held_out

    if BENCH.exists():
        # the eight pages held out for the project's judges are left alone, speed runs included
        paths = [p for p in sorted((BENCH / "html").glob("*.html.gz")) if not is_held_out(p.name)][:limit]
        for p in paths:
            html = gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
            yield Document(id=p.name.split(".")[0], origin=str(p), raw=html, kind="html")
    else:
        for i, text in enumerate(generated_corpus(limit or 200)):
            yield Document(id=f"gen-{i}", origin=f"generated:{i}", raw=text, kind="text")


def generated_corpus(n: int, seed: int = 7):
    """Varied political and non-political articles when the real pages are absent."""
    rng = random.Random(seed)
    states = ["Iran", "Iraq", "Turkey", "Kenya", "Ethiopia", "Brazil", "India", "Pakistan", "France", "Germany"]
    verbs = ["accused {b} of violating the ceasefire", "agreed to resume talks with {b}",
             "sent troops to the border with {b}", "imposed sanctions on {b}", "urged {b} to release prisoners",
             "hosted a delegation from {b}", "rejected a proposal from {b}", "threatened to expel diplomats from {b}"]
    filler = ["Prices of wheat rose for a third month.", "The weather was mild across the region.",
              "Analysts expect growth to slow next year.", "The museum reopened after renovation works.",
              "Local football clubs began their pre-season training."]
    for _ in range(n):
        paras = []
        for _ in range(rng.randint(4, 12)):
            a, b = rng.sample(states, 2)
            if rng.random() < 0.5:
                paras.append(f"{a} on {rng.choice(['Monday', 'Tuesday', 'Friday'])} {rng.choice(verbs).format(b=b)}.")
            else:
                paras.append(" ".join(rng.sample(filler, 2)))
        yield "\n\n".join(paras)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages")
    ap.add_argument("--json", default=None, help="also write the figures as JSON here")
    ap.add_argument("--repeat", type=int, default=3,
                    help="timed runs of each side, taken in turn; the fastest of each counts (default 3)")
    args = ap.parse_args(argv)

    from whimbrel.nlp import get_nlp
    from whimbrel.options import Options
    from whimbrel.pipeline import Pipeline

    docs = list(load_pages(args.limit))
    pipeline = Pipeline(Options())
    # warm-up: the model and lazily built tables (lexicons, gazetteer) load outside the timed
    # region, as in a long-running service; the bundled examples exercise every stage
    from whimbrel.demo import example_paths
    from whimbrel.read import iter_documents

    _ = pipeline.nlp
    list(pipeline.run(iter_documents(example_paths(), pipeline.options)))
    pipeline.timings.clear()
    pipeline.counts.clear()

    # Both sides are timed --repeat times, in turn, and the fastest run of each counts (as timeit
    # does): with one run of each, the spaCy side measured 3.2 and 4.5 stories/s in two runs ten
    # minutes apart (ratio 1.45x and 1.14x) while whimbrel's own speed stayed at 4.7-5.1
    nlp = get_nlp()
    t_whimbrel = t_spacy = float("inf")
    peak = peak_whimbrel = 0.0
    for round_no in range(max(1, args.repeat)):
        docs = list(load_pages(args.limit))  # fresh documents: a run fills in the ones it is given
        pipeline.timings.clear()
        pipeline.counts.clear()
        t0 = time.perf_counter()
        coded, n_events, bodies = 0, 0, []
        for item in pipeline.run(docs):
            if hasattr(item, "events"):
                coded += 1
                n_events += len(pipeline.records(item))
                bodies.append(item.body)
        elapsed = time.perf_counter() - t0
        if round_no == 0:  # whimbrel's own peak: before the spaCy-alone side parses whole bodies
            peak_whimbrel = rss_mb()
        if elapsed < t_whimbrel:
            t_whimbrel, stage = elapsed, dict(pipeline.timings)
        t0 = time.perf_counter()
        for _ in nlp.pipe(bodies, batch_size=32):
            pass
        t_spacy = min(t_spacy, time.perf_counter() - t0)
        if round_no == 0:  # the first round's peak: later rounds redo the same work (+80 MB of their garbage)
            peak = rss_mb()
    words = sum(len(WORD.findall(b)) for b in bodies)
    stage_total = sum(stage.values())

    res = {
        "corpus": "article-extraction-benchmark" if BENCH.exists() else "generated",
        "stories": len(docs),
        "stories_coded": coded,
        "rejected": len(docs) - coded,
        "words": words,
        "events": n_events,
        "sentences": pipeline.counts.get("sentences", 0),
        "sentences_parsed": pipeline.counts.get("sentences_parsed", 0),
        "whimbrel_seconds": round(t_whimbrel, 3),
        "whimbrel_stories_per_s": round(len(docs) / t_whimbrel, 2),
        "whimbrel_words_per_s": round(words / t_whimbrel),
        "whimbrel_from_body_words_per_s": round(words / max(1e-9, t_whimbrel - stage.get("clean", 0))),
        "spacy_seconds": round(t_spacy, 3),
        "spacy_stories_per_s": round(len(bodies) / t_spacy, 2),
        "spacy_words_per_s": round(words / t_spacy),
        "ratio_whimbrel_over_spacy": round(t_spacy / t_whimbrel, 3),
        "stage_share": {k: round(v / stage_total, 4) for k, v in sorted(stage.items(), key=lambda kv: -kv[1])},
        "stage_seconds": {k: round(v, 3) for k, v in stage.items()},
        "peak_rss_mb": round(peak_whimbrel, 1),
        "peak_rss_with_spacy_side_mb": round(peak, 1),
    }
    print(f"corpus: {res['corpus']}: {res['stories']} stories ({coded} coded), {words} words, "
          f"{res['sentences']} sentences ({res['sentences_parsed']} parsed), {n_events} events")
    print(f"whimbrel (whole pipeline, HTML in): {res['whimbrel_stories_per_s']:.1f} stories/s, "
          f"{res['whimbrel_words_per_s']} words/s ({res['whimbrel_from_body_words_per_s']} words/s after extraction)")
    print(f"spaCy en_core_web_sm alone on the bodies: {res['spacy_stories_per_s']:.1f} stories/s, "
          f"{res['spacy_words_per_s']} words/s")
    print(f"ratio (whimbrel speed / spaCy speed): {res['ratio_whimbrel_over_spacy']:.2f}x")
    print("stage shares: " + ", ".join(f"{k} {v:.1%}" for k, v in res["stage_share"].items()))
    print(f"peak memory (RSS): whimbrel {res['peak_rss_mb']:.0f} MB; the process, with the spaCy-alone side's "
          f"whole-body parses, {res['peak_rss_with_spacy_side_mb']:.0f} MB")
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2))
    return res


if __name__ == "__main__":
    main()
