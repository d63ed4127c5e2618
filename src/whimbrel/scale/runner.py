"""The driver of a Ray run: list the shards, read, code, merge, and publish the output directory.

    shards (driver, listed while Ray starts)
        -> id pass: ids read twice in the run (E012 rejects); on the driver while Ray starts for a
           small input, else shard_ids (Ray tasks, one a shard) -> find_repeats, while the actors start
        -> read_shards (Ray Data tasks, one shard each; each waits for its shard's repeats) -> repartition
           (fused into the read tasks)
        -> CodeBatches (actor pool, one loaded Pipeline per actor; writes events/documents/rejects,
           passes on the merge columns)
        -> split_parts (Ray tasks, as batches come out: hash of the merge key) -> merge_part (one
           task a part: the store's merge rule) -> merged/   (whimbrel.scale.tasks)

Why these choices (measured on 2 cores, docs/scale.md):

* Actors ask for half a CPU (``actor_cpus``), at most so much that a whole CPU stays free: actors
  holding every CPU starve the read tasks (which ask for a whole CPU) and the run deadlocks
  (ray#44687); measured here, actors at 0.75 CPU on 2 cores stalled the repartition for good.
* ``repartition`` after reading: one input file is one block, and one block feeds only one actor;
  cutting the stream into blocks of ``batch_docs`` stories spreads it over the pool.
* The run writes into ``<out>.staging`` and only a finished run replaces ``<out>`` (rename), so a
  re-run of the same input replaces the output, never adds to it, and a failed run leaves the
  previous output as it was.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import E, WhimbrelError
from ..model import Reject
from ..options import Options

log = logging.getLogger("whimbrel.scale")


@dataclass
class RayStats:
    """What a Ray run did; the CLI prints it, tests and the benchmark read it."""

    out: str = ""
    shards: int = 0
    documents: int = 0
    rejects: int = 0
    events: int = 0  # story events
    merged_events: int = 0  # events after the cross-story merge
    workers: int = 0
    seconds: float = 0.0
    worker_stats: list = field(default_factory=list, repr=False)
    phases: dict = field(default_factory=dict, repr=False)  # seconds: shards, connect, ids, code, merge_tail, publish
    reject_list: list = field(default_factory=list, repr=False)

    @property
    def rate(self) -> float:
        return (self.documents + self.rejects) / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        return (f"{self.documents} documents from {self.shards} shards, {self.events} story events -> "
                f"{self.merged_events} merged events, {self.rejects} rejected, {self.workers} workers, "
                f"{self.rate:.1f} docs/s")


def import_ray():
    """Ray, or E307 when the ``ray`` extra is missing. Ray Data is only looked for here: importing
    it takes about a second, which ``connect`` spends while Ray starts its processes."""
    from importlib.util import find_spec

    try:
        import ray
        if find_spec("ray.data") is None:
            raise ImportError("No module named 'ray.data'")
    except ImportError as err:
        raise WhimbrelError(E.E307, reason=str(err)) from None
    return ray


def list_shards(paths: list[str]) -> tuple[list[dict], list[Reject]]:
    """Input files in the local reader's order, with their ids; paths that are not inputs are rejects."""
    from ..read import _Seen, iter_files

    shards, rejects = [], []
    seen = _Seen()
    for p in paths:
        if p == "-":
            raise WhimbrelError(E.E204, option="PATH", value="-", reason="the Ray engine reads files, not stdin")
        for item in iter_files(Path(p), Options(), seen):
            if isinstance(item, Reject):
                rejects.append(item)
            else:
                shards.append({"shard": len(shards), "path": str(Path(item[0]).resolve()), "doc_id": item[1]})
    return shards, rejects


# One thread per worker for every numeric library: spaCy parses on one thread, and a worker is
# planned per core, so extra library threads could only compete with the other workers for the
# cores. Ray sets OMP_NUM_THREADS for its workers but not the libraries' own variables, and on a
# cluster the workers do not inherit the driver's environment: the job's runtime_env carries them.
THREAD_ENV = {v: "1" for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS",
                               "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")}


CONNECT_TIMEOUT = 30.0  # seconds to wait for a cluster's head to answer (run(connect_timeout=...))


def connect(address: str | None, num_cpus: int | None, timeout: float = CONNECT_TIMEOUT):
    """Join the cluster at ``address`` ("auto": the one started on this machine) or start a local one."""
    from concurrent.futures import ThreadPoolExecutor
    from importlib import import_module

    ray = import_ray()
    if ray.is_initialized():
        import_module("ray.data")
        return ray
    with ThreadPoolExecutor(1) as pool:  # Ray Data's imports while Ray starts
        data = pool.submit(import_module, "ray.data")
        _init(ray, address, num_cpus, timeout)
        data.result()
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
    return ray


def _init(ray, address: str | None, num_cpus: int | None, timeout: float) -> None:
    kwargs = {"include_dashboard": False, "logging_level": logging.WARNING, "log_to_driver": False}
    if address:
        try:
            _head_answers(address, timeout)
            ray.init(address=address, runtime_env={"env_vars": THREAD_ENV}, **kwargs)
        except WhimbrelError:
            raise
        except Exception as err:  # ConnectionError, an auth error, a version mismatch: one line, a code
            raise WhimbrelError(E.E309, address=address, reason=str(err).splitlines()[0] if str(err) else
                                type(err).__name__) from None
    else:
        idle = {} if IDLE_WORKERS in os.environ else {IDLE_WORKERS: str(2 * (num_cpus or os.cpu_count() or 1) + 2)}
        preload = {} if PRELOAD in os.environ else {PRELOAD: PRELOAD_MODULES}
        with _env({**THREAD_ENV, **idle, **preload}):
            ray.init(num_cpus=num_cpus, **kwargs)


# Ray keeps only as many idle worker processes as the node has CPUs and ends the others after a
# second idle; with the coding actors holding those places, the merge tasks at the end of a run
# then wait for new processes (Python and Ray imports: 1 s each on a quiet core, 5 s under load,
# measured: a 5.4 s merge tail, 0.8 s with a higher limit). For the instance whimbrel starts on
# this machine only; a cluster's own `ray start` settings are left alone.
IDLE_WORKERS = "RAY_num_workers_soft_limit"
# Modules every worker process of a run imports (Ray Data's operators and actors, whimbrel's reader
# and coder), imported by each worker as it starts, before it takes work: the processes Ray starts
# with the instance do it while Ray starts, instead of on the critical path of the first batch.
PRELOAD = "RAY_preload_python_modules"
PRELOAD_MODULES = "ray.data,whimbrel.scale.worker"


@contextmanager
def _env(values: dict[str, str]):
    """``values`` in the environment while Ray starts its processes (they inherit it), then as before."""
    old = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in old.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _head_answers(address: str, timeout: float) -> None:
    """Wait until the head's port accepts a connection, at most ``timeout`` seconds, else E309.

    Why: ``ray.init`` on an address where nothing answers retries for minutes (measured: still
    waiting after 3 minutes with Ray 2.60), which looks like a hang. The address is resolved as Ray
    resolves it ("auto": the cluster started on this machine; a loopback address: this node's IP).
    A ``ray://`` client address is left to Ray."""
    import socket

    from ray._private.services import canonicalize_bootstrap_address_or_die

    if address.startswith("ray://"):
        return
    target = canonicalize_bootstrap_address_or_die(address)  # ConnectionError: no cluster on this machine
    host, _, port = target.rpartition(":")
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection((host, int(port)), timeout=max(0.1, min(5.0, deadline - time.monotonic()))):
                return
        except OSError as err:
            if time.monotonic() >= deadline:
                raise WhimbrelError(E.E309, address=address, reason=f"nothing answered at {target} within "
                                    f"{timeout:g} s ({err.strerror or type(err).__name__})") from None
        time.sleep(max(0.0, min(1.0, deadline - time.monotonic())))


def _clean(path: Path) -> None:
    if path.exists():
        shutil.rmtree(path)


def run(paths: list[str], out: str | Path, options: Options | None = None, *, workers: int | None = None,
        address: str | None = None, num_cpus: int | None = None, batch_docs: int = 64,
        actor_cpus: float = 0.5, merge: bool = True, connect_timeout: float = CONNECT_TIMEOUT) -> RayStats:
    """Code every input on Ray and write ``out`` (events/, documents/, rejects/, merged/)."""
    from concurrent.futures import ThreadPoolExecutor

    options = options or Options()
    out = Path(out)
    staging = out.with_name(out.name + ".staging")
    t0 = time.perf_counter()
    phases = _Phases()
    with ThreadPoolExecutor(1) as pool:  # list the inputs (a walk of shared storage) while Ray starts
        listing = pool.submit(_list_inputs, [str(p) for p in paths], options)
        ray = connect(address, num_cpus, connect_timeout)
        shards, early, repeats = listing.result()
    phases.done("connect")
    connected = phases.wall
    total = int(ray.cluster_resources().get("CPU", 1))
    workers = workers or total  # one actor a core: spaCy parses on one thread
    # leave a whole CPU to the read and repartition tasks, however many actors are asked for
    actor_cpus = min(actor_cpus, max(0.05, (total - 1) / workers))
    _clean(staging)
    staging.mkdir(parents=True)
    try:
        if shards:
            _code(ray, shards, repeats, staging, options, workers, batch_docs, actor_cpus, merge,
                  partitions=max(1, min(200, total)), phases=phases)
        _write_early_rejects(early, staging)
        st = _stats(staging, len(shards), workers)
        if st.worker_stats and "code" in phases.seconds:  # the merge's tail: after the last coded batch
            tail = phases.wall - max(w.get("last_batch_end", 0) for w in st.worker_stats)
            phases.seconds["merge_tail"] = max(0.0, tail)
            # from Ray up to the first story coded: Ray Data's and the actors' start, the model loads
            phases.seconds["startup"] = min(w.get("first_batch_at", connected) for w in st.worker_stats) - connected
        (staging / "_SUCCESS").write_text(json.dumps({"inputs": [str(p) for p in paths], "coder": options.coder,
                                                       "documents": st.documents, "events": st.events}))
        old = out.with_name(out.name + ".old")
        _clean(old)
        if out.exists():
            out.rename(old)
        staging.rename(out)
        _clean(old)
        phases.done("publish")
    except Exception as err:
        if isinstance(err, WhimbrelError):
            raise
        raise WhimbrelError(E.E308, reason=f"{type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''}") from err
    st.out = str(out)
    st.seconds = time.perf_counter() - t0
    st.phases = phases.seconds
    return st


class _Phases:
    """Where a run's time went, for the benchmark (bench/scale.py) and the log."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self.t = time.perf_counter()
        self.wall = time.time()

    def done(self, name: str) -> None:
        now = time.perf_counter()
        self.seconds[name] = now - self.t
        self.t, self.wall = now, time.time()
        log.info("ray run: %s took %.1f s", name, self.seconds[name])


def _code(ray, shards, repeats: list | None, staging: Path, options: Options, workers: int, batch_docs: int,
          actor_cpus: float, merge: bool, partitions: int, phases: _Phases) -> None:
    """Read, code (actors write events/documents/rejects) and merge (write merged/): the id pass and
    the merge shuffle are plain tasks around one streaming Ray Data pipeline (whimbrel.scale.tasks)."""
    from ray.data import ActorPoolStrategy

    from .tasks import Shuffle
    from .worker import CodeBatches, read_shards

    reader_cpus = min(0.25, 1 - actor_cpus) or 0.1
    if repeats is None:  # a large input: one task a shard (references: nothing waits here)
        repeats = _repeated_ids(ray, shards, options, reader_cpus)
    ds = ray.data.from_items(shards, override_num_blocks=len(shards))
    # a reader asks a whole CPU (Ray Data's default): at most as many at once as CPUs the actors
    # leave free (a reader is fast, a few ms a story, and each reader at once is one more worker
    # process to start: seconds each here), and with the same remote arguments as the repartition
    # Ray Data fuses the two into one task a shard, which cuts its stories into blocks of
    # batch_docs (no repartition tasks, no worker processes for them)
    ds = ds.map_batches(read_shards, fn_kwargs={"options": options, "repeats": repeats}, batch_size=1,
                        batch_format="pyarrow")
    ds = ds.repartition(target_num_rows_per_block=batch_docs)
    ds = ds.map_batches(CodeBatches, fn_constructor_kwargs={"options": options, "staging": str(staging)},
                        batch_size=batch_docs, batch_format="pyarrow", num_cpus=actor_cpus,
                        compute=ActorPoolStrategy(size=workers))  # actors restart, batches retry (Ray Data defaults)
    # the actors pass on each story event's merge columns: the map side of the merge shuffle starts
    # on each batch as it comes out, so only the reduce side (one task a part) runs after the last one
    shuffle = Shuffle(ray, partitions, reader_cpus, blocks_per_split=max(1, partitions // 4))
    first = True
    for bundle in ds.iter_internal_ref_bundles():
        if first:  # Ray Data's start, the actors' start and model load, the id pass, one batch
            phases.done("first_batch")
            first = False
        shuffle.add(bundle.block_refs, bundle.num_rows() or 0)
    phases.done("code")  # read and code: one streaming pipeline
    shuffle.finish(staging, merge)
    phases.done("merge")


# Inputs up to this size in all have their ids read on the driver while Ray starts (the id pass:
# _list_inputs); larger ones by one Ray task a shard (_repeated_ids). Reading ids runs at about
# 5 MB/s of JSONL here (HTML and WARC files are not parsed for it), so 16 MB is at most about as
# long as starting Ray, and the tasks would need worker processes, which the coding actors then
# wait for (a second or more each on a small machine: docs/scale.md).
DRIVER_ID_PASS_BYTES = 16 * 2**20


def _list_inputs(paths: list[str], options: Options) -> tuple[list[dict], list[Reject], list | None]:
    """The shards, the inputs refused, and for an input small enough, each shard's repeated ids
    (whimbrel.scale.tasks.find_repeats; None: too large, Ray tasks will find them)."""
    from .tasks import find_repeats, shard_ids

    shards, early = list_shards(paths)
    if sum(os.path.getsize(s["path"]) for s in shards) > DRIVER_ID_PASS_BYTES:
        return shards, early, None
    tables = [shard_ids(s["shard"], s["path"], s["doc_id"], options) for s in shards]
    return shards, early, find_repeats(tables, len(shards))


def _repeated_ids(ray, shards, options: Options, reader_cpus: float) -> list:
    """Per shard, a Ray reference to {position: first origin} for the stories whose id was already
    read earlier in the run; nothing waits for it here.

    The local reader rejects a repeated id (E012, naming both places) because it sees every story
    in order; on Ray each shard is read on its own, so one task a shard collects its ids first and
    one task finds the repeats (whimbrel.scale.tasks.find_repeats; 10 million ids are about 1 GB of
    Arrow there). That reads each shard twice; reading is a small part of coding time, and it runs
    while the actors start and load their models (docs/scale.md)."""
    from .tasks import repeats_task, shard_ids

    # a whole CPU a task: as many at once as there are CPUs, on the worker processes Ray starts
    # with the cluster, instead of a new process for each of many fractional tasks
    ids = ray.remote(shard_ids).options(num_cpus=1)
    tables = [ids.remote(s["shard"], s["path"], s["doc_id"], options) for s in shards]
    found = ray.remote(repeats_task).options(num_cpus=reader_cpus, num_returns=len(shards)).remote(len(shards), *tables)
    return [found] if len(shards) == 1 else list(found)


def _write_early_rejects(early: list[Reject], staging: Path) -> None:
    """Inputs the driver refused (no such path, unknown suffix) are rejects like any other."""
    from . import rows as R
    from .worker import write_atomic

    if early:
        rows = [R.reject_row(r, -1, i) for i, r in enumerate(early)]
        write_atomic(R.table(rows, R.REJECTS), staging / "rejects" / "part-inputs.parquet")


def _count(folder: Path) -> int:
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(f).metadata.num_rows for f in folder.rglob("*.parquet")) if folder.exists() else 0


def _stats(staging: Path, shards: int, workers: int) -> RayStats:
    import pyarrow.parquet as pq

    st = RayStats(shards=shards, workers=workers, documents=_count(staging / "documents"),
                  events=_count(staging / "events"), rejects=_count(staging / "rejects"))
    merged = staging / "merged"
    if merged.exists():
        ids = pq.read_table(merged, columns=["event_id"]).column("event_id")
        st.merged_events = len(set(ids.to_pylist()))
    if (staging / "rejects").exists():
        st.reject_list = [Reject(r["input"], r["code"], r["error"])
                          for r in pq.read_table(staging / "rejects").sort_by([("shard", "ascending"), ("pos", "ascending")]).to_pylist()]
    st.worker_stats = [json.loads(p.read_text()) for p in sorted((staging / "_workers").glob("*.json"))] \
        if (staging / "_workers").exists() else []
    return st
