"""Event dates: the stage entry point ``date_events`` over ``resolve`` (see resolve.py).

Events are dated in story order so that "This comes a day after ..." can count from the event the
story reported just before (``context["previous"]``). Dates are read in the publication's own time
zone: a story published Sunday 04:55 GMT that says "on Sunday" means that Sunday. An undated
reaction ("condemned the attack") takes the date the text gives the event it reacts to (reaction.py).

An act the text does not date at all takes the story's news day when the story has given one
(``news_day``): a news story states when its news happened once, in the lead ("Police detained
dozens on Monday"), and the paragraphs that go on to report the same occasion ("They also seized
...") do not repeat it. Before any such day, an undated act is written as the range of the few days
before publication (``report_lag``), not the publication day: a news report lags what it reports by
up to two days (docs/coding-guide.md, "Dates"), so a single day would claim a precision the text
does not give.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from ..model import STORY, Document
from ..nlp import token_at as trigger_token
from ..options import Options
from .expressions import DateValue, TimeExpr, find_expressions, lexicon, value
from .reaction import mention_date, reaction_date
from .resolve import DateResult, resolve

__all__ = ["date_events", "event_day", "is_report_lag", "report_lag", "resolve", "DateResult", "DateValue",
           "TimeExpr", "find_expressions", "value", "trigger_token"]


def date_events(doc: Document, options: Options) -> None:
    pub = _dateline_day(doc)
    story = doc.stage_data.get(STORY)  # a chunk of a long document: the earlier chunks' last date
    previous: DateResult | None = story.previous_date if story is not None else None
    peg: DateResult | None = story.news_day if story is not None else None
    # the story's lead: its first sentences, all in the first chunk of a long document
    lead = int(lexicon()["lead_sentences"]) if story is None or story.chunks == 0 else 0
    last_sentence = -1
    carried: DateResult | None = None  # the date of the last event of an earlier sentence
    exprs_cache: dict[int, list] = {}

    def exprs_of(seq: int) -> list:
        if seq not in exprs_cache:  # once per sentence (setdefault would scan every time)
            exprs_cache[seq] = find_expressions(doc.sentences[seq].text)
        return exprs_cache[seq]

    lead_day = _lead_day(doc, lead, pub, exprs_of)  # the day the lead states, whether or not it codes an event
    stamped = live_entries(doc)

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
            ctx = {"previous": carried, "future": ev.future, "expressions": exprs_of(ev.sentence),
                   "mention_date": lambda noun, seq=ev.sentence: mention_date(doc, seq, noun, pub, exprs_of)}
            res = resolve(sent.doc, i, pub, ctx)
            if res.source == "publication" and not ev.future:
                res = reaction_date(doc, ev.sentence, i, pub, exprs_of) or res
        shown = res
        if res.source == "publication" and not ev.future and not ev.historical and sent is not None \
                and sent.paragraph in stamped and pub is not None:
            # a live report's entry stamped with the time of day reports what just happened: its
            # undated acts are of the report's own day, not of the day the lead told
            shown = DateResult(pub.date().isoformat(), "day", None, stamped[sent.paragraph], "stamp",
                               "a live report's entry, stamped with the time of day: the publication day")
        elif res.source == "publication" and not ev.future:
            day = peg if peg is not None else (lead_day if ev.sentence >= lead else None)
            day = _moved_on(day, carried, pub)
            shown = _on_news_day(day) if day is not None and not ev.historical else report_lag(res)
        elif not ev.future and not ev.historical and peg is None and ev.sentence < lead:
            peg = news_day(res, pub)
        ev.date, ev.date_precision, ev.enddate = shown.date, shown.precision, shown.enddate
        ev.date_text, ev.date_source = shown.text, shown.source
        if res.date and (not ev.historical or res.source != "publication"):
            previous = res  # a historical event counts when the text dates it: the story's time
    if story is not None:
        story.previous_date, story.news_day = previous, peg


# "14:10 The mayor says ...": a live report's entry opens with the clock time it was posted
LIVE_STAMP = re.compile(r"^((?:[01]?\d|2[0-3])[:.][0-5]\d)(?:\s*[ap]\.?m\.?)?\s+(?=[A-Z\"\u201c])")


def live_entries(doc: Document) -> dict[int, str]:
    """Paragraphs of a live report that open with the clock time of their entry, and that time: a
    live blog posts its entries through the publication day, newest first or last."""
    out: dict[int, str] = {}
    seen: set[int] = set()
    for sent in doc.sentences:
        if sent.paragraph in seen:
            continue
        seen.add(sent.paragraph)
        m = LIVE_STAMP.match(sent.text)
        if m:
            out[sent.paragraph] = m.group(1)
    return out if len(out) >= 2 else {}  # one stamped line is no live report


def news_day(res: DateResult, pub) -> DateResult | None:
    """``res`` as the story's news day: a day the text gives (not the publication day) within the
    days a report lags its news; None for any other date (background, a month, a year). A date
    anchored on another ("a day after X called") dates what came before the news, not the news."""
    if res.source not in ("text", "reported-speech") or res.precision != "day" or not res.date or pub is None:
        return None
    day, ref = date.fromisoformat(res.date), pub.date()
    lag = int(lexicon()["report_lag_days"])
    return res if ref - timedelta(days=lag) <= day <= ref else None


def _dateline_day(doc: Document):
    """The reference time of the story's relative dates: the wire dateline's day when it is a few days
    before publication (a page republishing wire copy), else the publication time."""
    pub, dateline = doc.pub_datetime, (doc.meta or {}).get("dateline_date")
    if pub is None or not dateline:
        return pub
    try:
        day = date.fromisoformat(dateline)
    except ValueError:
        return pub
    if pub.date() - timedelta(days=int(lexicon()["dateline_days"])) <= day < pub.date():
        return pub.replace(year=day.year, month=day.month, day=day.day)
    return pub


def _lead_day(doc: Document, lead: int, pub, exprs_of) -> DateResult | None:
    """The news day a story's lead states in words ("On Monday, the party daily warned that ..."),
    when no coded event of the lead carries it: the first lead sentence whose only day-precise
    expression falls within the days a report lags its news. A lead that names two days, or only a
    month or a year, gives none. Used only for the undated acts after the lead."""
    if pub is None:
        return None
    if pub is None or not any(ev.sentence >= lead for ev in doc.events):
        return None
    ref = pub.date()
    for seq in range(min(lead, len(doc.sentences))):
        days = []
        for x in exprs_of(seq):
            if x.kind in ("anchor", "ref", "stamp"):
                continue
            v = value(x, ref)
            if v is not None and v.precision == "day":
                days.append((x, v))
        if len(days) == 1:
            x, v = days[0]
            res = news_day(DateResult(v.date, "day", None, x.text, "text", "the lead's day"), pub)
            if res is not None:
                return res
    return None


def _moved_on(day: DateResult | None, carried: DateResult | None, pub) -> DateResult | None:
    """The news day of an undated act: the lead's day, unless the story has since moved on to a
    later day it names ("a court jailed the editor on Monday ... her colleagues marched on Tuesday
    ... the crowd was dispersed"): the acts told after that belong to it. Only a later day
    within the days a report lags its news (news_day) moves it; a day told back does not."""
    later = news_day(carried, pub) if carried is not None else None
    return later if later is not None and day is not None and later.date > day.date else day


def _on_news_day(peg: DateResult) -> DateResult:
    return DateResult(peg.date, "day", None, peg.text, "story", f"undated: the story's news day ({peg.text!r})")


def report_lag(res: DateResult) -> DateResult:
    """A publication-day date (no expression dates the act) as the days a report may lag the act:
    [publication day - N, publication day] (N from the time lexicon; docs/coding-guide.md, "Dates").
    Anything the text dates, and a future act, is left as it is (the caller keeps future acts out)."""
    if res.source != "publication" or res.precision != "day" or not res.date:
        return res
    day = date.fromisoformat(res.date)
    start = day - timedelta(days=int(lexicon()["report_lag_days"]))
    return DateResult(start.isoformat(), "range", res.date, None, "publication",
                      "no date governs the event: the days a report lags it")


def is_report_lag(ev) -> bool:
    """Is the event dated only by its report (``report_lag``), not by the text?"""
    return ev.date_source == "publication" and ev.date_precision == "range" and bool(ev.enddate)


def event_day(ev) -> str | None:
    """The date that identifies an event for merging mentions and sharing places: its own date, or
    for an act dated only by its report, the publication day (as before the lag range: a mention
    "on Tuesday" of a Tuesday story and an undated one still name one day)."""
    return ev.enddate if is_report_lag(ev) else ev.date


def _unparsed(text: str, pub) -> DateResult:
    """A sentence without a parse: its one expression if it has exactly one, else publication."""
    exprs = [x for x in find_expressions(text) if x.kind not in ("anchor", "ref", "stamp")]
    ref = pub.date() if pub else None
    if len(exprs) == 1:
        v = value(exprs[0], ref)
        if v:
            return DateResult(v.date, v.precision, v.enddate, exprs[0].text, "text", "only expression (no parse)")
    if ref is None:
        return DateResult(None, None, source="none")
    return DateResult(ref.isoformat(), "day", source="publication")
