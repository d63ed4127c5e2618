"""make bench: time and peak memory against input length, to show that long inputs stay linear.

Two series, each size coded in a fresh process (so peak RSS is that size's own):

1. document length: one plain-text story of N paragraphs of varied wire sentences (some with
   events, most without), from 10,000 to 5,000,000 characters (past spaCy's 1,000,000 limit;
   over chunked.DOC_CHUNK it is coded chunk by chunk, so memory is bounded by the chunk);
2. sentence length: one "sentence" of K clauses joined by ", and " (every clause holds an event
   trigger and two countries), the case that took 124 s at 100,000 characters before issue 14.
   Coded as whimbrel codes it (runs over 2,000 characters are cut at spaces: segment.MAX_SENTENCE),
   and with ``--uncut`` also whole, to see each stage's own cost per sentence length (per-stage
   ratios printed: a stage linear in the sentence keeps its seconds per character).

A short warm-up story is coded first in each process, so that loading the model and the lexicons
is neither in the time nor in the memory growth. For each series: seconds, microseconds per
character (CPU time, so that other processes on the machine do not count), peak RSS and its
growth over the model's baseline. The checks: from the smallest to the
largest size, time per character may not grow by more than ``--tolerance`` (default 2x: linear
plus noise; a quadratic stage grows it by the size ratio, 10-500x here), and neither may memory
growth per character between the two largest sizes (the smaller ones are within the noise of
the allocator). Growth is peak RSS over the warm-up's peak, so a size whose working memory stays
under the warm-up's peak reads as 0 MB (seen in session 43: 0 MB at 1M characters while another
process shared the machine, 65 MB on a rerun): the smaller size's growth counts as at least
GROWTH_NOISE_MB, or any growth at the largest size would read as "not linear". Exit status 1 if a
series fails.
Usage: python bench/long_input.py [--quick] [--uncut] [--src TREE/src] [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {src!r})
import whimbrel.segment as seg
if {uncut!r}:
    seg.MAX_SENTENCE = 10**9
    seg.CHUNK = 10**9
from whimbrel.model import Document
from whimbrel.pipeline import Pipeline
text = open({path!r}, encoding="utf-8").read()
p = Pipeline()
warm = "Iran on Monday accused Iraq of shelling border villages. Markets were calm in the capital.\n\n" * 20
list(p.run([Document(id="warm", origin="warm", raw=warm, kind="text")]))  # model and lexicons loaded: the baseline
p.timings.clear()
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t, c = time.perf_counter(), time.process_time()
(doc,) = list(p.run([Document(id="long", origin="long", raw=text, kind="text")]))
secs, cpu = time.perf_counter() - t, time.process_time() - c
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"chars": len(text), "seconds": secs, "cpu": cpu, "peak_mb": peak / 1024, "growth_mb": (peak - base) / 1024,
                  "sentences": len(getattr(doc, "sentences", [])), "events": len(getattr(doc, "events", [])),
                  "code": getattr(doc, "code", None),
                  "stages": {{k: round(v, 2) for k, v in p.timings.items() if k != "load"}}}}))
"""

COUNTRIES = ["Iran", "Iraq", "Turkey", "Kenya", "Ethiopia", "Brazil", "India", "Pakistan", "France", "Egypt"]
VERBS = ["accused {b} of shelling border villages", "agreed to resume talks with {b}", "imposed new sanctions on {b}",
         "urged {b} to release detained journalists", "rejected a peace proposal from {b}"]
FILLER = ["Markets were calm in the capital on Tuesday.", "The weather stayed dry across the region.",
          "Analysts expect little change before the end of the quarter.",
          "Officials declined to comment further on the matter."]


def document(chars: int, rng: random.Random) -> str:
    paras, n = [], 0
    while n < chars:
        sents = []
        for _ in range(5):
            if rng.random() < 0.3:
                a, b = rng.sample(COUNTRIES, 2)
                sents.append(f"{a} on Monday {rng.choice(VERBS).format(b=b)}.")
            else:
                sents.append(rng.choice(FILLER))
        paras.append(" ".join(sents))
        n += len(paras[-1]) + 2
    return "\n\n".join(paras)


def sentence(chars: int, rng: random.Random) -> str:
    clauses, n = [], 0
    while n < chars:
        a, b = rng.sample(COUNTRIES, 2)
        clauses.append(f"{a} {rng.choice(VERBS).format(b=b)}")
        n += len(clauses[-1]) + 6
    return ", and ".join(clauses) + "."


SRC = ROOT / "src"


def measure(text: str, tmp: Path, uncut: bool) -> dict:
    path = tmp / "input.txt"
    path.write_text(text, encoding="utf-8")
    code = CHILD.format(src=str(SRC), path=str(path), uncut=uncut)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


GROWTH_NOISE_MB = 32  # below this, peak-RSS growth over the warm-up is not measured (module docstring)


def series(name: str, make, sizes: list[int], tmp: Path, uncut: bool, tolerance: float) -> dict:
    rng = random.Random(14)
    rows = []
    print(f"\n{name}{' (uncut)' if uncut else ''}")
    print(f"{'chars':>10} {'seconds':>8} {'CPU s':>8} {'CPU us/char':>11} {'peak MB':>8} {'growth MB':>9} {'sents':>6}"
          f" {'events':>6}  stages (s)")
    for size in sizes:
        r = measure(make(size, rng), tmp, uncut)
        r["us_per_char"] = 1e6 * r["cpu"] / r["chars"]  # CPU time: other processes on the machine do not count
        rows.append(r)
        print(f"{r['chars']:>10,} {r['seconds']:>8.2f} {r['cpu']:>8.2f} {r['us_per_char']:>11.1f} {r['peak_mb']:>8.0f} "
              f"{r['growth_mb']:>9.0f} {r['sentences']:>6} {r['events']:>6}  {r['stages']}", flush=True)
    ratio = rows[-1]["us_per_char"] / rows[0]["us_per_char"]
    a, b = rows[-2], rows[-1]
    mem_ratio = (b["growth_mb"] / b["chars"]) / (max(a["growth_mb"], GROWTH_NOISE_MB) / a["chars"])
    ok = ratio <= tolerance and mem_ratio <= tolerance
    print(f"CPU time per character, largest / smallest: {ratio:.2f} ({'linear' if ratio <= tolerance else 'NOT linear'}; "
          f"size ratio {rows[-1]['chars'] / rows[0]['chars']:.0f})")
    print(f"memory growth per character, largest / next: {mem_ratio:.2f} "
          f"({b['growth_mb']:.0f} MB / {a['growth_mb']:.0f} MB for {b['chars'] / a['chars']:.1f}x the characters; "
          f"{'at most linear' if mem_ratio <= tolerance else 'NOT linear'})")
    stages = {k: (b["stages"].get(k, 0) / b["chars"]) / (rows[0]["stages"].get(k, 0) / rows[0]["chars"])
              for k in b["stages"] if rows[0]["stages"].get(k, 0) >= 0.05}
    print("per-stage seconds per character, largest / smallest:", {k: round(v, 1) for k, v in stages.items()})
    return {"series": name, "uncut": uncut, "rows": rows, "ratio": ratio, "mem_ratio": mem_ratio,
            "stage_ratios": stages, "ok": ok}


def main(argv=None) -> int:
    import tempfile

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="smaller sizes (a minute or two)")
    ap.add_argument("--uncut", action="store_true", help="also code long sentences whole (per-stage scaling)")
    ap.add_argument("--tolerance", type=float, default=2.0)
    ap.add_argument("--json", default=None)
    ap.add_argument("--src", default=None, help="code another tree's whimbrel (e.g. main's src, to compare)")
    ap.add_argument("--only", choices=["document", "sentence", "uncut"], default=None)
    args = ap.parse_args(argv)
    global SRC
    if args.src:
        SRC = Path(args.src).resolve()
    doc_sizes = [10_000, 100_000, 400_000] if args.quick else [10_000, 100_000, 1_000_000, 5_000_000]
    sent_sizes = [1_000, 10_000, 100_000]
    uncut_sizes = [2_500, 5_000, 10_000] if args.quick else [2_500, 5_000, 10_000, 20_000, 40_000]
    results = []
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        if args.only in (None, "document"):
            results.append(series("document length", document, doc_sizes, tmp, False, args.tolerance))
        if args.only in (None, "sentence"):
            results.append(series("sentence length", sentence, sent_sizes, tmp, False, args.tolerance))
        if args.uncut or args.only == "uncut":
            results.append(series("sentence length", sentence, uncut_sizes, tmp, True, args.tolerance))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    # the uncut series is diagnostic: the event coder is still superlinear there (the cut keeps it linear)
    return 0 if all(r["ok"] for r in results if not r["uncut"]) else 1


if __name__ == "__main__":
    sys.exit(main())
