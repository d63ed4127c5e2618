"""Bench the Ray engine (whimbrel.scale) against the local path: 2,000 stories on this machine.

Runs, on one sharded corpus (2,000 stories in 8 shards of JSONL, gzip JSONL and Parquet), either

* ``--corpus news`` (the default): news-length stories, the true bodies of the real news pages of
  ../shared/bench/article-extraction-benchmark, train and dev pages only, cycled to 2,000 stories
  (tests/news_corpus.py). The default because it is what users code: articles of about 4,000
  characters, coded at about 11 a second a core, so coding, not Ray's fixed start (about 12 s:
  ray.init, Ray Data's actors, the model load), is what the figures measure, as on a real corpus;
* ``--corpus short``: generated stories of two paragraphs (tests/scale_corpus.py), 30 to 55 a
  second a core. Kept for comparison with the earlier notes (docs/scale.md): on it coding takes
  35 to 60 s a worker, so Ray's fixed start decides both figures.

the runs:

* local: one process, ``Pipeline.run`` over the files (what ``whimbrel code`` does);
* pair: two plain local processes at once, each over half the shards: what this machine's two
  cores give without any engine, the ceiling for the Ray scaling figure;
* Ray with 1 worker and with 2 workers (a local Ray instance, num_cpus=2).

For each: wall time from start to finished output (Ray: including starting Ray, the actors'
model load, the merge shuffle and the output swap), stories/s, the coding time alone (local: the
pipeline after the model load; Ray: the busiest worker's batches) and each worker's CPU time over
its coding time (about 1.0: it had a core to itself). Then

* scaling efficiency = 2-worker speed / (2 x 1-worker speed), on wall time and on coding time,
  and the same for the plain pair (the machine's own ceiling);
* Ray overhead = Ray 1-worker wall time / local wall time - 1;
* peak memory (VmHWM) of each Ray worker and of the local process;
* the load average before and after each run (other jobs on a shared machine skew every figure),
  and the efficiency and overhead per CPU-second the workers actually got (stories / CPU time):
  what is left when the machine's other jobs are taken out;
* a projection for 10 million stories on 100 cores, with its assumptions printed.

Targets (issue 12): efficiency >= 0.8, overhead <= 15%. The bench reports; it does not gate.

Usage: python bench/scale.py [--corpus news|short] [--stories 2000] [--shards 8] [--json OUT]
       [--address HOST:PORT] [--shared DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))
# Ray's worker processes import whimbrel on their own: this checkout's, not an installed one
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH")) if p)

SHARED = ROOT.parent / "shared"
CORPORA = {"news": "news-length stories (real pages' bodies, train and dev)", "short": "short generated stories"}
PROJECT_STORIES, PROJECT_CORES = 10_000_000, 100
REAL_PER_CORE = 10.9  # real news pages a second on one core, HTML in (README "Speed", bench/run.py, quiet machine)
# Ray runs each worker with one thread per numeric library (whimbrel.scale.runner.THREAD_ENV); the
# local path is measured the same way, or the comparison measures library threading instead. Set
# before numpy is imported, or OpenBLAS has already started its threads.
from whimbrel.scale.runner import THREAD_ENV  # noqa: E402  (imports neither numpy nor Ray)

for _k, _v in THREAD_ENV.items():
    os.environ.setdefault(_k, _v)


def peak_rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def load() -> float:
    return round(os.getloadavg()[0], 2)


def bench_local(paths: list[str]) -> dict:
    from whimbrel.model import Reject
    from whimbrel.pipeline import Pipeline
    from whimbrel.read import iter_documents

    t0 = time.perf_counter()
    pipeline = Pipeline()
    pipeline.nlp
    t1, c1 = time.perf_counter(), time.process_time()
    docs = events = 0
    for item in pipeline.run(iter_documents(paths, pipeline.options)):
        if not isinstance(item, Reject):
            docs += 1
            events += len(pipeline.records(item))
    t2, c2 = time.perf_counter(), time.process_time()
    wall, coding = t2 - t0, t2 - t1
    return {"engine": "local", "workers": 1, "documents": docs, "events": events, "wall_s": round(wall, 1),
            "coding_s": round(coding, 1), "stories_per_s": round(docs / wall, 2),
            "coding_stories_per_s": round(docs / coding, 2), "cpu_over_wall": [round((c2 - c1) / coding, 2)],
            "peak_rss_mb": [round(peak_rss_mb())]}


def bench_pair(shards: list[Path]) -> dict:
    """Two plain local processes at once, each over half the shards (no engine)."""
    halves = [shards[0::2], shards[1::2]]
    t0 = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, __file__, "--child", *map(str, h)], stdout=subprocess.PIPE,
                              text=True) for h in halves]
    kids = [json.loads(p.communicate()[0].strip().splitlines()[-1]) for p in procs]
    wall = time.perf_counter() - t0
    docs = sum(k["documents"] for k in kids)
    busiest = max(k["coding_s"] for k in kids)
    return {"engine": "pair", "workers": 2, "documents": docs, "events": sum(k["events"] for k in kids),
            "wall_s": round(wall, 1), "coding_s": busiest, "stories_per_s": round(docs / wall, 2),
            "coding_stories_per_s": round(docs / busiest, 2),
            "cpu_over_wall": [k["cpu_over_wall"][0] for k in kids], "peak_rss_mb": [k["peak_rss_mb"][0] for k in kids],
            "stories_per_worker": [k["documents"] for k in kids], "coding_s_per_worker": [k["coding_s"] for k in kids]}


def bench_ray(folder: Path, out: Path, workers: int, address: str | None = None, batch: int | None = None) -> dict:
    """One Ray run as ``whimbrel code --engine ray`` makes it: Ray starts (or is joined) inside ``run``,
    while the driver lists the shards and reads their ids."""
    import ray

    from whimbrel.scale import run

    t0, t_start = time.perf_counter(), time.time()
    sized = {"batch_docs": batch} if batch else {}  # unset: the engine's default, as the CLI runs it
    st = run([str(folder)], out, workers=workers, address=address, num_cpus=None if address else 2, **sized)
    wall = time.perf_counter() - t0
    started = st.phases["connect"]
    ray.shutdown()
    busiest = max(w["seconds"] for w in st.worker_stats)
    return {"engine": "ray", "workers": workers, "documents": st.documents, "events": st.events,
            "merged_events": st.merged_events, "wall_s": round(wall, 1), "coding_s": round(busiest, 1),
            "stories_per_s": round(st.documents / wall, 2), "coding_stories_per_s": round(st.documents / busiest, 2),
            "cpu_over_wall": [round(w["cpu_seconds"] / w["seconds"], 2) for w in st.worker_stats],
            "ray_start_s": round(started, 1), "phases_s": {k: round(v, 1) for k, v in st.phases.items()},
            "load_s": [round(w["load_seconds"], 1) for w in st.worker_stats],
            # each actor's start: its process, its __init__ (Ray Data's class and arguments loaded), ready
            "actor_start_s": [[round(w[k] - t_start, 1) for k in ("started_at", "init_at", "ready_at")]
                              for w in st.worker_stats],
            "peak_rss_mb": [round(w["peak_rss_kb"] / 1024) for w in st.worker_stats],
            "threads": [w.get("threads") for w in st.worker_stats],
            "stories_per_worker": [w["documents"] for w in st.worker_stats],
            "coding_s_per_worker": [round(w["seconds"], 1) for w in st.worker_stats],
            "idle_tail_s": idle_tail(st.worker_stats)}


def idle_tail(worker_stats: list[dict]) -> float:
    """Seconds between the first worker's last batch and the last worker's: how long a worker sat
    idle at the end while another coded its last batches. Batches are handed out whole, so with
    long stories one batch is seconds of coding, and this is where 2 workers lose against 1."""
    ends = [w["last_batch_end"] for w in worker_stats if "last_batch_end" in w]
    return round(max(ends) - min(ends), 1) if ends else 0.0


def per_cpu(run: dict) -> float:
    """Stories per CPU-second summed over the workers: each worker's stories over the CPU time it
    had while coding (coding seconds x CPU/wall)."""
    if run["engine"] == "ray" or run["engine"] == "pair":
        n = run["stories_per_worker"]
        secs = run["coding_s_per_worker"]
    else:
        n, secs = [run["documents"]], [run["coding_s"]]
    return sum(k / (t * c) for k, t, c in zip(n, secs, run["cpu_over_wall"]) if t and c)


def projection(per_core: float, eff: float) -> dict:
    """10M stories on 100 cores from a per-core rate and an efficiency (see the printed assumptions)."""
    rate = per_core * PROJECT_CORES * eff
    return {"stories": PROJECT_STORIES, "cores": PROJECT_CORES, "per_core_stories_per_s": round(per_core, 1),
            "efficiency_assumed": round(eff, 2), "hours": round(PROJECT_STORIES / rate / 3600, 1),
            "hours_real_news": round(PROJECT_STORIES / (REAL_PER_CORE * PROJECT_CORES * eff) / 3600, 1)}


def timed(fn, *args) -> dict:
    before = load()
    res = fn(*args)
    res["load_before_after"] = [before, load()]
    return res


def write_bench_corpus(args, folder: Path) -> tuple[str, list[Path]]:
    """The corpus asked for (``--corpus``) in ``args.shards`` shards: its kind and its shard paths.

    News stories need the shared benchmark pages; without them the short corpus is used, said so."""
    from news_corpus import bench_dir
    from scale_corpus import write_corpus, write_news_corpus

    kind = args.corpus
    if kind == "news" and not (bench_dir(args.shared) / "ground-truth.json").exists():
        print(f"no {bench_dir(args.shared)}/ground-truth.json: the short generated corpus instead")
        kind = "short"
    if kind == "news":
        return kind, write_news_corpus(folder, args.stories, args.shards, Path(args.shared))
    return kind, write_corpus(folder, args.stories, args.shards, bad=False)


def corpus_size(shards: list[Path]) -> dict:
    """Characters of text a story on average, and the shards' bytes on disk: how long the stories are."""
    from whimbrel.model import Document
    from whimbrel.read import iter_documents

    texts = [len(d.raw) for d in iter_documents([str(p) for p in shards]) if isinstance(d, Document)]
    return {"stories": len(texts), "chars_per_story": round(sum(texts) / max(1, len(texts))),
            "bytes_on_disk": sum(p.stat().st_size for p in shards)}


def bench_cluster(args) -> int:
    """The Ray runs on an already-running cluster (--address): a run joins it instead of starting Ray."""
    with tempfile.TemporaryDirectory(prefix="whimbrel-scale-") as tmp:
        folder = Path(tmp) / "corpus"
        kind, _ = write_bench_corpus(args, folder)
        print(f"{args.stories} {CORPORA[kind]} in {args.shards} shards; Ray with 1 and 2 workers on the cluster "
              f"at {args.address}")
        runs = []
        for w in (1, 2):
            runs.append(timed(bench_ray, folder, Path(tmp) / f"out{w}", w, args.address, args.batch))
            print(f"  ray x{w}     {runs[-1]}", flush=True)
    one, two = runs
    res = {"corpus": kind, "runs": runs, "address": args.address,
           "scaling_efficiency_wall": round(two["stories_per_s"] / (2 * one["stories_per_s"]), 2),
           "scaling_efficiency_coding": round(two["coding_stories_per_s"] / (2 * one["coding_stories_per_s"]), 2)}
    print(json.dumps({k: v for k, v in res.items() if k != "runs"}, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2))
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stories", type=int, default=2000)
    ap.add_argument("--shards", type=int, default=8)
    ap.add_argument("--corpus", choices=sorted(CORPORA), default="news",
                    help="news: the real pages' bodies cycled (default, what users code); short: generated stories")
    ap.add_argument("--shared", default=str(SHARED), help="the shared folder holding bench/article-extraction-benchmark")
    ap.add_argument("--batch", type=int, default=None, help="stories a Ray batch (default: the engine's, as "
                    "`whimbrel code --engine ray` runs; the notes before 5 December used 100)")
    ap.add_argument("--json", default=None, help="also write the figures here")
    ap.add_argument("--address", default=None, help="only the Ray runs, on this already-running cluster "
                    "(`ray start --head --num-cpus=2`): how cluster users run, Ray's start not counted")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)  # one process of the plain pair
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(bench_local(args.child)))
        return 0
    if args.address:
        return bench_cluster(args)

    with tempfile.TemporaryDirectory(prefix="whimbrel-scale-") as tmp:
        folder = Path(tmp) / "corpus"
        kind, shards = write_bench_corpus(args, folder)
        size = corpus_size(shards)
        print(f"{args.stories} {CORPORA[kind]} in {args.shards} shards ({size['chars_per_story']:,} characters a "
              f"story); local, two plain local processes, then Ray with 1 and 2 workers (2 cores)")
        runs = [timed(bench_local, [str(folder)])]
        print(f"  local      {runs[-1]}", flush=True)
        runs.append(timed(bench_pair, shards))
        print(f"  pair       {runs[-1]}", flush=True)
        for w in (1, 2):
            runs.append(timed(bench_ray, folder, Path(tmp) / f"out{w}", w, None, args.batch))
            print(f"  ray x{w}     {runs[-1]}", flush=True)
    local, pair, one, two = runs

    def eff(a, b, key):
        return round(b[key] / (2 * a[key]), 2)

    res = {
        "corpus": kind, "corpus_size": size, "runs": runs,
        "scaling_efficiency_wall": eff(one, two, "stories_per_s"),
        "scaling_efficiency_coding": eff(one, two, "coding_stories_per_s"),
        "machine_ceiling_wall": eff(local, pair, "stories_per_s"),
        "machine_ceiling_coding": eff(local, pair, "coding_stories_per_s"),
        "ray_overhead_wall": round(one["wall_s"] / local["wall_s"] - 1, 3),
        "ray_overhead_coding": round(one["coding_s"] / local["coding_s"] - 1, 3),
    }
    # the same figures per CPU-second each worker actually got (stories / CPU time while coding):
    # what the workers would do with a core each, whatever else the machine was running
    res["scaling_efficiency_per_cpu_s"] = round(per_cpu(two) / (2 * per_cpu(one)), 2)
    res["machine_ceiling_per_cpu_s"] = round(per_cpu(pair) / (2 * per_cpu(local)), 2)
    res["ray_cpu_per_story_vs_local"] = round(per_cpu(local) / per_cpu(one) - 1, 3)
    # a worker with a core to itself (its stories per CPU-second) and Ray's own scaling loss (per CPU-second);
    # and, pessimistic, the 1-worker coding rate at the coding efficiency this machine's load allowed
    res["projection"] = projection(per_cpu(one), min(1.0, res["scaling_efficiency_per_cpu_s"]))
    res["projection_pessimistic"] = projection(one["coding_stories_per_s"], min(1.0, res["scaling_efficiency_coding"]))
    print(json.dumps({k: v for k, v in res.items() if k != "runs"}, indent=2))
    for name in ("projection", "projection_pessimistic"):
        p = res[name]
        print(f"{name}: {p['stories']:,} stories on {p['cores']} cores (one worker a core at "
              f"{p['per_core_stories_per_s']} stories/s on these {CORPORA[kind]}, efficiency "
              f"{p['efficiency_assumed']} held at 100 cores, input on shared storage read at least as fast, "
              f"start-up and shuffles minutes, not hours): about {p['hours']} h; at {REAL_PER_CORE} real news "
              f"pages/s a core (README): about {p['hours_real_news']} h")
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
