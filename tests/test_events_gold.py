"""The event stage against hand-written sentences (tests/gold/event_sentences.yaml).

Each sentence is coded through the whole pipeline (the ``code_sentence`` fixture). A sentence
passes when one coded event has the expected category, includes the expected actor and recipient
codes, and carries the expected flags; ``category: null`` passes only when nothing is coded. The
suite asserts an overall pass rate and reports every failure, so a regression in any rule shows.
"""
from __future__ import annotations

import yaml

from conftest import GOLD_DIR

PASS_RATE = 0.90
IGO = {"IGO", "UNO", "EUR"}


def _codes(ents) -> set:
    out = {e.code for e in ents if e.code}
    return out | ({"IGO"} if out & IGO else set())


def load_cases() -> list[dict]:
    return yaml.safe_load((GOLD_DIR / "event_sentences.yaml").read_text(encoding="utf-8"))


def check(case: dict, doc) -> str | None:
    """None when the coded document meets the case, else why not."""
    events = doc.events
    if case.get("category") is None:
        return None if not events else f"expected nothing, got {[e.category for e in events]}"
    want_a = set(case.get("actor") or [])
    want_r = set(case.get("recipient") or [])
    flags = case.get("flags") or {}
    got = []
    for ev in events:
        a, r = _codes(ev.actor), _codes(ev.recipient)
        got.append(f"{ev.category} A={sorted(a)} R={sorted(r)} recip={ev.reciprocal} "
                   f"neg={ev.negated} hyp={ev.hypothetical} fut={ev.future} rep={ev.reported} hist={ev.historical}")
        if ev.category != case["category"]:
            continue
        if want_a and not want_a <= (a | (r if ev.reciprocal else set())):
            continue
        if want_r and not want_r <= r:
            continue
        if "reciprocal" in case and bool(case["reciprocal"]) != ev.reciprocal:
            continue
        if any(bool(getattr(ev, k)) != bool(v) for k, v in flags.items()):
            continue
        return None
    return "got " + ("; ".join(got) if got else "no events")


def test_cases_are_well_formed():
    cases = load_cases()
    assert len(cases) >= 150
    cats = {c["category"] for c in cases if c.get("category")}
    from whimbrel.events.lexicon import CATEGORIES

    assert set(CATEGORIES) <= cats, f"categories without a test sentence: {set(CATEGORIES) - cats}"
    for c in cases:
        assert c.get("text") and "case" in c, c


def test_event_sentences(code_sentence):
    cases = load_cases()
    failures = []
    for c in cases:
        why = check(c, code_sentence(c["text"]))
        if why:
            failures.append(f"[{c['case']}] {c['text']}\n      expected {c.get('category')} "
                            f"A={c.get('actor')} R={c.get('recipient')} {c.get('flags') or ''}: {why}")
    rate = 1 - len(failures) / len(cases)
    print(f"\nevent sentences: {len(cases) - len(failures)}/{len(cases)} pass ({rate:.1%})")
    for f in failures:
        print("  FAIL", f)
    assert rate >= PASS_RATE, f"pass rate {rate:.1%} < {PASS_RATE:.0%}:\n" + "\n".join(failures)
