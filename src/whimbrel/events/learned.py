"""A learned second opinion on the rules' events: does a sentence report an event, and of which category.

Word lists decide two things badly on text nobody here has read: whether a sentence with a trigger
word reports a political event at all (a product launch "attacks" a market), and which category its
wording means. A small text classifier (data/event_model/: spaCy ``textcat_multilabel``, bag of words
and bigrams, trained by ``make train`` on the real-news train split and the repo's own gold sentences;
see tools/train_event_model.py) gives each parsed sentence a probability of reporting an event and one
per PLOVER category. Roles, actors, dates and places stay with the rules.

``Options.decide_events`` chooses who decides (one stage, ``decide``, run after the rule coder):
- ``rules`` (default): the rules alone (the model is not loaded);
- ``both``: the rules' events, minus those in sentences the model is confident report no event;
- ``model``: the model decides whether each parsed sentence holds an event and its category; the
  rules' event of that sentence supplies the roles (retyped when its category differs), else the
  sentence's first two coded entities are actor and recipient.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..errors import E, WhimbrelError
from ..model import Document, Event
from ..options import Options
from . import cameo

MODES = ("rules", "model", "both")
MODEL_DIR = "event_model"
# both: a rule event survives unless the model gives its sentence less than this (chosen on the news
# dev split among 0.02, 0.05, 0.1, 0.2, 0.3: from 0.05 up a must event of the dev split is lost; see
# docs/design.md, "Learned event model")
DROP_BELOW = 0.02
# both, retype: the model's best category replaces the rule's when it is this sure and the rule's is unlikely
RETYPE_AT, RULE_BELOW = 0.7, 0.05
# both, propose: a sentence the rules left empty holds an event when the model is this sure
PROPOSE_AT = 0.9
BOTH_PASSES = ("drop",)
# model: a sentence holds an event at this probability; a category counts at this probability
EVENT_AT = 0.5
CATEGORY_AT = 0.5


@lru_cache(maxsize=2)
def load_model(name: str = MODEL_DIR):
    """The classifier, loaded once per process (a blank English tokenizer + textcat_multilabel)."""
    import spacy

    from .. import data

    try:
        return spacy.load(str(data.path(name)))
    except (OSError, ValueError) as err:
        raise WhimbrelError(E.E102, name=name, reason=f"cannot load the learned event model: {err}") from err


def sentence_scores(doc: Document, model: str = MODEL_DIR) -> dict[int, dict[str, float]]:
    """Label probabilities of every parsed sentence, by sentence number."""
    sents = [s for s in doc.sentences if s.doc is not None]
    nlp = load_model(model)
    return {s.seq: d.cats for s, d in zip(sents, nlp.pipe(s.text for s in sents))}


def categories(cats: dict[str, float]) -> list[str]:
    """The categories the model gives at least CATEGORY_AT, most probable first; else the single best."""
    ranked = sorted((c for c in cats if c != "EVENT"), key=lambda c: -cats[c])
    return [c for c in ranked if cats[c] >= CATEGORY_AT] or ranked[:1]


@lru_cache(maxsize=None)
def _base_code(category: str) -> str | None:
    """The shortest CAMEO code the table maps to the category (its root, "11" for ACCUSE)."""
    codes = sorted((c for c, row in cameo.table().items() if row.category == category), key=lambda c: (len(c), c))
    return codes[0] if codes else None


def retype(ev: Event, category: str, p: float) -> Event:
    """The rule event under the model's category: roles, flags, dates kept; code and mode reset."""
    code = _base_code(category)
    row = cameo.lookup(code)
    return replace(ev, category=category, cameo=code, goldstein=cameo.goldstein(code),
                   mode=[row.mode] if row and row.mode else [], context=list(row.context) if row else [],
                   rule=f"{ev.rule}; learned: {ev.category} -> {category} (p={p:.2f})".lstrip("; "))


def _from_entities(doc: Document, seq: int, category: str, p: float) -> Event | None:
    """An event of a sentence the rules left empty: its first coded entity acts on the next other one."""
    ents = [e for e in doc.entities if e.sentence == seq and e.code]
    if not ents:
        return None
    actor = ents[0]
    recipient = next((e for e in ents[1:] if e.code != actor.code), None)
    code = _base_code(category)
    row = cameo.lookup(code)
    return Event(category=category, actor=[actor], recipient=[recipient] if recipient else [],
                 mode=[row.mode] if row and row.mode else [], context=list(row.context) if row else [],
                 cameo=code, goldstein=cameo.goldstein(code), sentence=seq,
                 trigger_start=doc.sentences[seq].start, trigger_end=doc.sentences[seq].start,
                 rule=f"learned: {category} (p={p:.2f}); actors: first coded entities of the sentence",
                 confidence=0.3)


def _model_events(doc: Document, scores: dict[int, dict[str, float]]) -> list[Event]:
    by_sent: dict[int, list[Event]] = {}
    for ev in doc.events:
        by_sent.setdefault(ev.sentence, []).append(ev)
    out: list[Event] = []
    for seq, cats in sorted(scores.items()):
        if cats["EVENT"] < EVENT_AT:
            continue
        rule_events = by_sent.get(seq, [])
        for cat in categories(cats):
            same = [e for e in rule_events if e.category == cat]
            if same:
                out.extend(same)
            elif rule_events:
                out.append(retype(max(rule_events, key=lambda e: e.confidence), cat, cats[cat]))
            else:
                ev = _from_entities(doc, seq, cat, cats[cat])
                if ev is not None:
                    out.append(ev)
    return out


def _combined(doc: Document, scores: dict[int, dict[str, float]], passes, drop_below: float) -> list[Event]:
    """The rules' events with the model's corrections (``passes``: drop, retype, propose)."""
    out = []
    for ev in doc.events:
        cats = scores.get(ev.sentence)
        if cats is None:
            out.append(ev)
            continue
        if "drop" in passes and cats["EVENT"] < drop_below:
            continue
        best = categories(cats)[0]
        if "retype" in passes and best != ev.category and cats[best] >= RETYPE_AT and cats.get(ev.category, 0) < RULE_BELOW:
            ev = retype(ev, best, cats[best])
        out.append(ev)
    if "propose" in passes:
        covered = {e.sentence for e in doc.events}
        for seq, cats in sorted(scores.items()):
            if seq not in covered and cats["EVENT"] >= PROPOSE_AT:
                cat = categories(cats)[0]
                ev = _from_entities(doc, seq, cat, cats[cat])
                if ev is not None:
                    out.append(ev)
    return out


def decide(doc: Document, options: Options) -> None:
    """The event stage's last pass: who decides the events, as ``options.decide_events`` says."""
    mode = options.decide_events
    if mode not in MODES:
        raise WhimbrelError(E.E204, option="decide_events", value=mode, reason=f"expected one of {', '.join(MODES)}")
    if mode == "rules" or doc.discarded:
        return
    # options.extra["event_model"]: another model folder (an absolute path), to compare trainings
    scores = sentence_scores(doc, options.extra.get("event_model", MODEL_DIR))
    if mode == "both":
        passes = options.extra.get("learned_passes", BOTH_PASSES)
        doc.events = _combined(doc, scores, passes, options.extra.get("drop_below", DROP_BELOW))
    else:
        doc.events = _model_events(doc, scores)
