"""Event dates: the stage entry point ``date_events`` over ``resolve`` (see resolve.py).

Events are dated in story order so that "This comes a day after ..." can count from the event the
story reported just before (``context["previous"]``). Dates are read in the publication's own time
zone: a story published Sunday 04:55 GMT that says "on Sunday" means that Sunday. An undated
reaction ("condemned the attack") takes the date the text gives the event it reacts to (reaction.py).
"""
from __future__ import annotations

from ..model import STORY, Document
from ..nlp import token_at as trigger_token
from ..options import Options
from .expressions import DateValue, TimeExpr, find_expressions, value
from .reaction import reaction_date
from .resolve import DateResult, resolve

__all__ = ["date_events", "resolve", "DateResult", "DateValue", "TimeExpr", "find_expressions", "value", "trigger_token"]


def date_events(doc: Document, options: Options) -> None:
    pub = doc.pub_datetime
    story = doc.stage_data.get(STORY)  # a chunk of a long document: the earlier chunks' last date
    previous: DateResult | None = story.previous_date if story is not None else None
    last_sentence = -1
    carried: DateResult | None = None  # the date of the last event of an earlier sentence
    exprs_cache: dict[int, list] = {}

    def exprs_of(seq: int) -> list:
        if seq not in exprs_cache:  # once per sentence (setdefault would scan every time)
            exprs_cache[seq] = find_expressions(doc.sentences[seq].text)
        return exprs_cache[seq]

    for ev in sorted(doc.events, key=lambda e: (e.sentence, e.trigger_start)):
        if ev.sentence != last_sentence:
            carried = previous
            last_sentence = ev.sentence
        sent = doc.sentences[ev.sentence] if 0 <= ev.sentence < len(doc.sentences) else None
        if sent is None:
            res = DateResult(pub.date().isoformat() if pub else None, "day" if pub else None, source="publication" if pub else "none")
        elif sent.doc is None:
            res = _unparsed(sent.text, pub)
        else:
            i = trigger_token(sent.doc, ev.trigger_start - sent.start)
            if i is None:
                i = 0
            ctx = {"previous": carried, "future": ev.future, "expressions": exprs_of(ev.sentence)}
            res = resolve(sent.doc, i, pub, ctx)
            if res.source == "publication" and not ev.future:
                res = reaction_date(doc, ev.sentence, i, pub, exprs_of) or res
        ev.date, ev.date_precision, ev.enddate = res.date, res.precision, res.enddate
        ev.date_text, ev.date_source = res.text, res.source
        if res.date and (not ev.historical or res.source != "publication"):
            previous = res  # a historical event counts when the text dates it: the story's time
    if story is not None:
        story.previous_date = previous


def _unparsed(text: str, pub) -> DateResult:
    """A sentence without a parse: its one expression if it has exactly one, else publication."""
    exprs = [x for x in find_expressions(text) if x.kind not in ("anchor", "ref")]
    ref = pub.date() if pub else None
    if len(exprs) == 1:
        v = value(exprs[0], ref)
        if v:
            return DateResult(v.date, v.precision, v.enddate, exprs[0].text, "text", "only expression (no parse)")
    if ref is None:
        return DateResult(None, None, source="none")
    return DateResult(ref.isoformat(), "day", source="publication")
