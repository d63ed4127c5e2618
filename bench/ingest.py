"""Bench the event store's ingest: stories/s and peak memory at 2,000 and at 20,000 stories.

A corpus of varied news stories is generated into a temporary folder (JSONL files of 1,000 stories,
written one story at a time: the generator never holds the corpus), then ``whimbrel.store.ingest``
reads, codes and stores it in a fresh DuckDB file. At each checkpoint the bench records elapsed
time, stories/s and the process's peak resident memory (VmHWM). Ingest streams, so memory at the
last checkpoint must stay within 20% of memory at the first: the bench exits 1 if it does not.

The stories are built from templates over many actors (countries, their governments, militaries,
capitals and leaders' titles), many verbs of every PLOVER quad class, dates, places and publishers,
with background and quotation sentences, so no two stories are the same text.

Usage: python bench/ingest.py [--stories 20000] [--checkpoints 2000,20000] [--json OUT] [--keep DIR]
Quick check: python bench/ingest.py --stories 600 --checkpoints 200,600
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

# (name, demonym, capital, leader title, a city)
COUNTRIES = [
    ("Iran", "Iranian", "Tehran", "President", "Isfahan"), ("Iraq", "Iraqi", "Baghdad", "Prime Minister", "Basra"),
    ("Syria", "Syrian", "Damascus", "President", "Aleppo"), ("Israel", "Israeli", "Jerusalem", "Prime Minister", "Haifa"),
    ("Turkey", "Turkish", "Ankara", "President", "Istanbul"), ("Russia", "Russian", "Moscow", "President", "Kazan"),
    ("Ukraine", "Ukrainian", "Kyiv", "President", "Kharkiv"), ("China", "Chinese", "Beijing", "Premier", "Shanghai"),
    ("India", "Indian", "New Delhi", "Prime Minister", "Mumbai"), ("Pakistan", "Pakistani", "Islamabad", "Prime Minister", "Karachi"),
    ("Egypt", "Egyptian", "Cairo", "President", "Alexandria"), ("Saudi Arabia", "Saudi", "Riyadh", "Crown Prince", "Jeddah"),
    ("France", "French", "Paris", "President", "Marseille"), ("Germany", "German", "Berlin", "Chancellor", "Hamburg"),
    ("Japan", "Japanese", "Tokyo", "Prime Minister", "Osaka"), ("Brazil", "Brazilian", "Brasilia", "President", "Sao Paulo"),
    ("Nigeria", "Nigerian", "Abuja", "President", "Lagos"), ("Kenya", "Kenyan", "Nairobi", "President", "Mombasa"),
    ("Ethiopia", "Ethiopian", "Addis Ababa", "Prime Minister", "Mekelle"), ("Sudan", "Sudanese", "Khartoum", "General", "Port Sudan"),
    ("Mexico", "Mexican", "Mexico City", "President", "Monterrey"), ("Colombia", "Colombian", "Bogota", "President", "Medellin"),
    ("Venezuela", "Venezuelan", "Caracas", "President", "Maracaibo"), ("Afghanistan", "Afghan", "Kabul", "spokesman", "Kandahar"),
    ("Yemen", "Yemeni", "Sanaa", "President", "Aden"), ("Libya", "Libyan", "Tripoli", "Prime Minister", "Benghazi"),
    ("Poland", "Polish", "Warsaw", "President", "Krakow"), ("South Korea", "South Korean", "Seoul", "President", "Busan"),
    ("North Korea", "North Korean", "Pyongyang", "leader", "Hamhung"), ("Mali", "Malian", "Bamako", "junta leader", "Timbuktu"),
]
SECTORS = ["government", "army", "foreign ministry", "police", "defence ministry", "parliament", "navy", "security forces"]
# (verb phrase with {A} actor and {B} recipient, quad)
EVENTS = [
    ("{A} and {B} agreed to expand trade and energy cooperation", 1), ("{A} signed a security pact with {B}", 1),
    ("{A} praised {B} for its role in the talks", 1), ("{A} met officials from {B} to discuss the border", 1),
    ("{A} hosted a delegation from {B}", 1), ("{A} pledged to support {B} in the reconstruction effort", 1),
    ("{A} sent humanitarian aid to {B}", 2), ("{A} released prisoners held by {B}", 2),
    ("{A} withdrew its troops from the border with {B}", 2), ("{A} delivered grain shipments to {B}", 2),
    ("{A} accused {B} of violating the ceasefire", 3), ("{A} demanded that {B} release the detained journalists", 3),
    ("{A} rejected a proposal from {B}", 3), ("{A} threatened {B} with sanctions", 3),
    ("{A} warned {B} against further provocations", 3), ("{A} condemned {B} over the raid", 3),
    ("{A} imposed sanctions on {B}", 4), ("{A} expelled diplomats from {B}", 4),
    ("{A} launched air strikes on positions held by {B}", 4), ("{A} shelled villages near the frontier with {B}", 4),
    ("{A} arrested nationals of {B} accused of spying", 4), ("{A} deployed troops to the border with {B}", 4),
    ("{A} seized a tanker linked to {B}", 4), ("Protesters in {A} rallied against {B}", 4),
]
WHEN = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday",
        "yesterday", "earlier this week", "late on {d}", "on {d}"]
BACKGROUND = [
    "Relations between the two countries have been strained since {y}.",
    "The move follows months of talks mediated by {C}.",
    "Officials in {cap} did not immediately respond to a request for comment.",
    "Analysts said the decision could affect oil prices and regional shipping routes.",
    "The {sector} said further steps would be announced within {n} days.",
    "At least {n} people were reported killed in related clashes near {city}, according to local officials.",
    "{Dem} media described the talks as constructive and said a follow-up meeting was planned in {cap}.",
    "The United Nations called on both sides to show restraint.",
    "Diplomats in {cap} said the statement was the strongest in {n} years.",
    "Earlier, {C} had offered to host negotiations between the two governments.",
]
QUOTES = ['"We will not accept any interference in our internal affairs," the {title} told reporters in {cap}.',
          '"This is a step toward lasting stability," a spokesman for the {sector} said.',
          '"Our position has not changed," the {dem} {title} said in a televised address.']
PUBLISHERS = ["Reuters", "Associated Press", "Agence France-Presse", "Al Jazeera", "BBC News", "Anadolu", "TASS",
              "Xinhua", "The Hindu", "Daily Nation", "Premium Times", "El Tiempo", "Dawn", "Kyodo", "Yonhap"]


def actor_phrase(rng: random.Random, c) -> str:
    name, dem, cap, title, _ = c
    return rng.choice([name, f"{dem} {rng.choice(SECTORS)}", f"the {dem} {rng.choice(SECTORS)}", cap,
                       f"{name}'s {title}", f"the {dem} {title}", f"{dem} officials"])


def make_story(rng: random.Random, i: int, start: date) -> dict:
    a, b, c3 = rng.sample(COUNTRIES, 3)
    day = start + timedelta(days=rng.randrange(0, 900))
    pub = day + timedelta(days=rng.choice([0, 0, 1, 1, 2]))
    when = rng.choice(WHEN).format(d=day.strftime("%B %-d"))
    tmpl, _quad = rng.choice(EVENTS)
    lead = tmpl.format(A=actor_phrase(rng, a), B=rng.choice([b[0], b[2], f"the {b[1]} {rng.choice(SECTORS)}"]))
    lead = lead[0].upper() + lead[1:]
    pubr = rng.choice(PUBLISHERS)
    first = f"{a[2].upper()}, {pub.strftime('%B %-d')} ({pubr}) - {lead} {when}, officials said."
    fill = dict(y=rng.randrange(1979, 2020), C=c3[0], cap=rng.choice([a[2], b[2]]), sector=rng.choice(SECTORS),
                n=rng.randrange(2, 40), city=rng.choice([a[4], b[4]]), Dem=a[1], dem=a[1], title=a[3])
    body = [first]
    for _ in range(rng.randrange(1, 4)):
        body.append(rng.choice(BACKGROUND).format(**fill))
    if rng.random() < 0.6:
        body.append(rng.choice(QUOTES).format(**fill))
    if rng.random() < 0.5:  # a second event in the story
        t2, _ = rng.choice(EVENTS)
        s2 = t2.format(A=actor_phrase(rng, b), B=rng.choice([a[0], c3[0]]))
        body.append(s2[0].upper() + s2[1:] + f" {rng.choice(WHEN).format(d=day.strftime('%B %-d'))}.")
    paras = "\n\n".join(body)
    return {"id": f"gen-{i:07d}", "title": lead[:90], "publisher": pubr, "date": pub.isoformat(), "text": paras}


def generate(folder: Path, n: int, seed: int = 13, per_file: int = 1000) -> list[Path]:
    """Write n stories as JSONL files of per_file stories each; returns the file paths."""
    rng = random.Random(seed)
    start = date(2019, 1, 1)
    paths = []
    fh = None
    for i in range(n):
        if i % per_file == 0:
            if fh:
                fh.close()
            paths.append(folder / f"stories-{i // per_file:04d}.jsonl")
            fh = paths[-1].open("w", encoding="utf-8")
        fh.write(json.dumps(make_story(rng, i, start), ensure_ascii=False) + "\n")
    if fh:
        fh.close()
    return paths


def rss_kb() -> tuple[int, int]:
    """(current RSS, peak RSS) of this process in kB, from /proc (Linux)."""
    cur = peak = 0
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                cur = int(line.split()[1])
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1])
    return cur, peak


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stories", type=int, default=20000)
    ap.add_argument("--checkpoints", default=None, help="comma-separated story counts (default 2000,<stories>)")
    ap.add_argument("--batch", type=int, default=200, help="documents per store transaction")
    ap.add_argument("--json", default=None, help="also write the figures here")
    ap.add_argument("--keep", default=None, help="generate into this folder and keep it (and the database)")
    args = ap.parse_args(argv)
    checkpoints = sorted(int(x) for x in (args.checkpoints or f"{min(2000, args.stories)},{args.stories}").split(","))

    from whimbrel.options import Options
    from whimbrel.pipeline import Pipeline
    from whimbrel.store import ingest

    tmp = None
    if args.keep:
        folder = Path(args.keep)
        folder.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="whimbrel-bench-")
        folder = Path(tmp.name)
    t = time.perf_counter()
    paths = generate(folder, args.stories)
    gen_s = time.perf_counter() - t
    db = folder / "bench.duckdb"
    if db.exists():
        db.unlink()
    pipeline = Pipeline(Options())
    # load the model and the lazily built tables (lexicons, gazetteer, date parser, stop lists)
    # before the first checkpoint: the bound is on what ingest adds as the store grows, and
    # tables a rare sentence loads first at story 150 or at story 3,000 moved the first
    # checkpoint's peak by 110 MB between runs of the same code (566 vs 685 MB)
    _ = pipeline.nlp
    from whimbrel.demo import example_paths
    from whimbrel.read import iter_documents

    list(pipeline.run(iter_documents(example_paths(), pipeline.options)))
    cur, peak = rss_kb()
    print(f"warmed up: RSS {cur / 1024:.1f} MB, peak {peak / 1024:.1f} MB")
    marks: list[dict] = []
    todo = list(checkpoints)
    t0 = time.perf_counter()

    def on_batch(st):
        done = st.documents + st.skipped + st.rejects
        while todo and done >= todo[0]:
            cur, peak = rss_kb()
            secs = time.perf_counter() - t0
            marks.append({"stories": done, "seconds": round(secs, 1), "stories_per_s": round(done / secs, 1),
                          "rss_mb": round(cur / 1024, 1), "peak_rss_mb": round(peak / 1024, 1),
                          "events": st.story_events})
            print(f"  {done:>6} stories  {secs:7.1f} s  {done / secs:6.1f} stories/s  "
                  f"RSS {cur / 1024:7.1f} MB  peak {peak / 1024:7.1f} MB  {st.story_events} events", flush=True)
            todo.pop(0)

    print(f"generated {args.stories} stories in {gen_s:.1f} s into {folder}; ingesting (batch {args.batch}) ...")
    st = ingest([str(p) for p in paths], db, pipeline=pipeline, batch_docs=args.batch, on_batch=on_batch)
    print(st.summary())
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    n_docs, n_ev, n_se = con.execute(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), (SELECT count(*) FROM story_events)"
    ).fetchone()
    con.close()
    size_mb = db.stat().st_size / 1e6
    first, last = marks[0], marks[-1]
    growth = (last["peak_rss_mb"] - first["peak_rss_mb"]) / first["peak_rss_mb"]
    ok = growth <= 0.20
    print(f"database: {n_docs} documents, {n_se} story events, {n_ev} events, {size_mb:.1f} MB")
    print(f"peak RSS {first['peak_rss_mb']} MB at {first['stories']} -> {last['peak_rss_mb']} MB at {last['stories']}: "
          f"{growth:+.1%} ({'within' if ok else 'OVER'} the 20% bound)")
    if args.json:
        Path(args.json).write_text(json.dumps({"checkpoints": marks, "growth": growth, "documents": n_docs,
                                               "events": n_ev, "story_events": n_se, "db_mb": size_mb,
                                               "generate_s": gen_s}, indent=2))
    if tmp:
        tmp.cleanup()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
