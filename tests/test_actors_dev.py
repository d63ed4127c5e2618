"""Pre-measure actor codes on the dev gold: resolve each gold actorText span with entities_for.

Runs as a test (asserts >= 0.85) and by hand:
    .venv/bin/python tests/test_actors_dev.py [--show]
The evaluation treats UNO and EUR as matching the dev gold's IGO.
"""
from __future__ import annotations

import json
import re
import sys
from datetime import datetime
from pathlib import Path

SAME = {"UNO": "IGO", "EUR": "IGO"}


def _norm(code):
    return SAME.get(code, code)


def _find(sdoc, text: str):
    """Token indices of the first occurrence of actorText (the part before any '...')."""
    part = re.split(r"\s*\.\.\.\s*", text.strip())[0].strip()
    part = re.sub(r"\s+", " ", part)
    low = sdoc.text.lower()
    k = low.find(part.lower())
    if k < 0:
        return None
    return [t.i for t in sdoc if t.idx >= k and t.idx < k + len(part)]


def measure(nlp, gold_path: Path, show: bool = False):
    from whimbrel.actors import entities_for, resolve_actors
    from whimbrel.model import Document, Sentence
    from whimbrel.options import Options

    data = json.loads(gold_path.read_text(encoding="utf-8"))
    items = [d for d in data if d.get("text") and (isinstance(d.get("source"), list) or isinstance(d.get("target"), list))]
    total = right = 0
    fails = []
    docs = list(nlp.pipe(d["text"] for d in items))
    for d, sdoc in zip(items, docs):
        date = d.get("date") or "2000-01-01"
        doc = Document(id=d["id"], origin=d["id"], body=d["text"], pub_datetime=datetime.fromisoformat(date))
        s = Sentence(seq=0, start=0, end=len(d["text"]), text=d["text"], candidate=True)
        s.doc = sdoc
        doc.sentences = [s]
        resolve_actors(doc, Options())
        for role in ("source", "target"):
            for a in d.get(role) or []:
                if not isinstance(a, dict) or not a.get("code") or a["code"] == "---":
                    continue
                toks = _find(sdoc, a.get("actorText", ""))
                total += 1
                if not toks:
                    fails.append((d["id"], a.get("actorText"), a["code"], "span not found"))
                    continue
                got = [e.code for e in entities_for(doc, 0, toks)]
                if _norm(a["code"]) in {_norm(c) for c in got}:
                    right += 1
                else:
                    fails.append((d["id"], a.get("actorText"), a["code"], got))
    if show:
        for f in fails:
            print(*f, sep=" | ")
    return right, total, fails


def test_dev_gold_actor_codes(nlp):
    from conftest import DEV_GOLD, need

    right, total, fails = measure(nlp, need(DEV_GOLD))
    print(f"dev gold actor code accuracy: {right}/{total} = {right / total:.3f}")
    assert total > 300
    assert right / total >= 0.85, "\n".join(" | ".join(map(str, f)) for f in fails)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    from conftest import DEV_GOLD
    from whimbrel.nlp import get_nlp

    r, t, _ = measure(get_nlp(), DEV_GOLD, show="--show" in sys.argv)
    print(f"dev gold actor code accuracy: {r}/{t} = {r / t:.3f}")
