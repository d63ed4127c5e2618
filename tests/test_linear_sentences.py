"""Issue 14: no stage worse than linear in sentence length, the 2,000-character cut switched off.

Not a timed test: it counts the function calls (cProfile's call counts, deterministic for a given
input) each stage makes on one run-on sentence of n and of 4n "and"-joined clauses, the shape that
made dating cubic (when/resolve._clause_tokens built the trigger's clause from its verb's subtree,
which in a chain of conjoined clauses is the rest of the sentence) and placing and token lookup
quadratic. Per character the count may not grow more than 1.6x (a quadratic stage grows it 4x).
The window within which an event looks for its date expressions and its verb chain
(resolve.WINDOW, where.WINDOW: 2,000 characters, so nothing changes under the cut) is made small
here so that both sentences are past it at test speed.

The event coder runs for real; dating and placing then get events made by hand (one per trigger
verb), so that they see the same number of events at both lengths. The coder was quadratic in a
run-on sentence until a trigger's phrase stopped at coordinated clauses with their own subject
(events/triggers.own_subtree) and contexts were searched near the trigger, not in the whole
sentence (events/common._contexts).
"""
from __future__ import annotations

import cProfile
import random
import sys

import pytest

from whimbrel import segment, where
from whimbrel.model import Document, Entity, Event
from whimbrel.pipeline import POST_PARSE, Pipeline

COUNTRIES = ["Iran", "Iraq", "Turkey", "Kenya", "Ethiopia", "Brazil", "India", "Pakistan", "France", "Egypt"]
CLAUSES = ["accused {b} of shelling border villages on Monday", "agreed to resume talks with {b} in Geneva",
           "imposed new sanctions on {b}", "urged {b} to release detained journalists a day later",
           "rejected a peace proposal from {b} in 2019"]
TRIGGERS = {"accused": "ACCUSE", "agreed": "AGREE", "imposed": "COERCE", "urged": "REQUEST", "rejected": "REJECT"}


def run_on(k: int) -> str:
    rng = random.Random(14)
    clauses = []
    for _ in range(k):
        a, b = rng.sample(COUNTRIES, 2)
        clauses.append(f"{a} {rng.choice(CLAUSES).format(b=b)}")
    return ", and ".join(clauses) + "."


def _events(doc: Document) -> list[Event]:
    (sent,) = doc.sentences
    return [Event(TRIGGERS[t.text], actor=[Entity("IRN")], recipient=[Entity("IRQ")], sentence=0,
                  trigger_start=sent.start + t.idx, trigger_end=sent.start + t.idx + len(t.text), event_text=[t.text])
            for t in sent.doc if t.text in TRIGGERS]


def stage_calls(p: Pipeline, k: int) -> tuple[dict[str, int], int]:
    doc = Document(id="s", origin="s", raw=run_on(k), kind="text")
    stages = [("prepare", p.prepare), ("parse", lambda d: p.parse([d])), ("actors", None), ("events", None),
              ("hand-made events", lambda d: setattr(d, "events", _events(d))), ("when", None), ("where", None)]
    fns = dict(POST_PARSE)
    out = {}
    for name, fn in stages:
        fn = fn or (lambda d, f=fns[name]: f(d, p.options))
        prof = cProfile.Profile()
        prof.enable()
        fn(doc)
        prof.disable()
        out[name] = sum(s.callcount for s in prof.getstats())
    assert len(doc.sentences) == 1 and len(doc.events) == k
    return out, len(doc.body)


def test_every_stage_is_linear_in_one_run_on_sentence(pipeline, monkeypatch):
    monkeypatch.setattr(segment, "MAX_SENTENCE", 10**9)
    for mod in (sys.modules["whimbrel.when.resolve"], sys.modules["whimbrel.when.reaction"], where):
        monkeypatch.setattr(mod, "WINDOW", 300)
    monkeypatch.setattr(sys.modules["whimbrel.events.common"], "CONTEXT_WINDOW", 300)
    p = Pipeline()
    p._nlp = pipeline.nlp
    list(p.run([Document(id="w", origin="w", raw=run_on(5), kind="text")]))  # lexicons, gazetteer loaded
    small, n = stage_calls(p, 60)
    large, m = stage_calls(p, 240)
    growth = {k: round((large[k] / m) / (small[k] / n), 2) for k in small if k != "hand-made events"}
    assert all(g <= 1.6 for g in growth.values()), growth
    assert n > 3 * 300 and m > 12 * 300  # both sentences well past the window
