"""Dates on real news pages (issue 10, item 5): undated acts, the story's news day, and the rules
that keep an explicit date from losing to the publication day. Invented sentences throughout."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from whimbrel.model import Document, Event
from whimbrel.options import Options
from whimbrel.segment import segment_document
from whimbrel.when import date_events, event_day, is_report_lag

WEDNESDAY = "2022-04-13T09:00:00+00:00"


def _story(nlp, lines: list[str], words: list[tuple[int, str]], pub: str = WEDNESDAY, **flags) -> list[Event]:
    """Date the events at (line, word) of a story of ``lines`` through the stage; the events in order."""
    body = "\n".join(lines)
    doc = Document(id="s", origin="s", raw=body, kind="clean", body=body)
    doc.pub_datetime = datetime.fromisoformat(pub) if pub else None
    segment_document(doc, Options())
    for s in doc.sentences:
        s.doc = nlp(s.text)
    events = []
    for line, word in words:
        start = sum(len(x) + 1 for x in lines[:line]) + lines[line].index(word)
        seq = next(s.seq for s in doc.sentences if s.start <= start < s.end)
        events.append(Event(category="X", sentence=seq, trigger_start=start, trigger_end=start + len(word), **flags))
    doc.events = list(events)
    date_events(doc, Options())
    return events


def _when(ev: Event) -> tuple:
    return ev.date, ev.date_precision, ev.enddate


# -- an undated act: the days a report lags it (docs/coding-guide.md, "Dates") -------------------
@pytest.mark.parametrize("line,word", [
    ("Riot police fired tear gas at students outside the parliament building.", "fired"),
    ("The opposition leader accused the electoral board of rigging the count.", "accused"),
    ("Two ministers have resigned over the procurement scandal.", "resigned"),
])
def test_undated_act_is_the_report_lag_range(nlp, line, word):
    (ev,) = _story(nlp, [line], [(0, word)])
    assert _when(ev) == ("2022-04-11", "range", "2022-04-13")
    assert ev.date_source == "publication" and is_report_lag(ev)
    assert event_day(ev) == "2022-04-13"  # merging and places still see the publication day


def test_undated_future_act_keeps_the_publication_day(nlp):
    (ev,) = _story(nlp, ["The envoy will travel to the border region."], [(0, "travel")], future=True)
    assert _when(ev) == ("2022-04-13", "day", None)


def test_no_publication_date_no_date(nlp):
    (ev,) = _story(nlp, ["Riot police fired tear gas at students."], [(0, "fired")], pub=None)
    assert ev.date is None


# -- the story's news day: the lead says when, the paragraphs after do not repeat it --------------
def test_undated_act_after_a_dated_lead_takes_the_news_day(nlp):
    lead, later = _story(nlp, ["Border guards detained eleven fishermen off the northern coast on Tuesday, the coastguard said.",
                               "The guards also seized two boats and their catch."],
                         [(0, "detained"), (1, "seized")])
    assert _when(lead) == ("2022-04-12", "day", None)
    assert _when(later) == ("2022-04-12", "day", None) and later.date_source == "story"


def test_background_date_in_the_lead_is_no_news_day(nlp):
    """A lead dated months back (or by a month only) gives no day for the news: the lag range."""
    _, later = _story(nlp, ["The ministry banned the opposition newspaper in March.",
                            "Its editor filed an appeal with the supreme court."],
                      [(0, "banned"), (1, "filed")])
    assert _when(later) == ("2022-04-11", "range", "2022-04-13")


def test_anchored_date_in_the_lead_is_no_news_day(nlp):
    """"a day after X" dates what came before the news, not the news itself."""
    first, later = _story(nlp, ["The walkout comes a day after the union rejected a pay offer.",
                                "Workers also blocked the entrance to the port."],
                          [(0, "rejected"), (1, "blocked")])
    assert first.date_source == "anchored"
    assert _when(later) == ("2022-04-11", "range", "2022-04-13")


def test_news_day_only_from_the_lead(nlp):
    """A day named deep in the story (a quote, an aside) is not the story's news day."""
    lines = ["Riot police fired tear gas at students outside the parliament building.",
             "The students want the tuition increase withdrawn.",
             "Their union said its leaders were not consulted.",
             "A rector resigned on Tuesday, a spokesman said.",
             "Police also arrested a dozen students."]
    *_, dated, later = _story(nlp, lines, [(0, "fired"), (3, "resigned"), (4, "arrested")])
    assert _when(dated) == ("2022-04-12", "day", None)
    assert _when(later) == ("2022-04-11", "range", "2022-04-13")


def test_merge_takes_the_stated_day(code_sentence):
    """Two mentions of one act, one undated and one dated: the merged event has the stated day."""
    from whimbrel.events.merge import merge_mentions
    from dataclasses import replace

    doc = code_sentence("Iraq condemned the attack by Iran.")
    (ev,) = [e for e in doc.events if e.category]
    undated = replace(ev, date="2020-06-05", date_precision="range", enddate="2020-06-07", date_source="publication",
                      mentions=[])
    dated = replace(ev, date="2020-06-07", date_precision="day", enddate=None, date_source="text", mentions=[])
    doc.events = [undated, dated]
    merge_mentions(doc, Options())
    assert len(doc.events) == 1 and _when(doc.events[0]) == ("2020-06-07", "day", None)


def _resolved(nlp, text: str, word: str):
    """The date resolve() gives the act ``word`` of the parsed ``text``, published on WEDNESDAY."""
    from whimbrel.when import resolve

    sdoc = nlp(text)
    i = next(t.i for t in sdoc if t.text == word)
    return resolve(sdoc, i, datetime.fromisoformat(WEDNESDAY))


# -- coordinated predicates with one subject share a trailing date ---------------------------------
@pytest.mark.parametrize("text,word,want", [
    ("The suspect was convicted and sentenced to life in prison last Thursday.", "convicted", "2022-04-07"),
    ("Three activists were arrested and charged with sedition on Monday.", "arrested", "2022-04-11"),
    ("The envoys met and signed the accord on Friday.", "met", "2022-04-08"),
])
def test_shared_subject_conjuncts_share_the_date(nlp, text, want, word):
    r = _resolved(nlp, text, word)
    assert (r.date, r.precision, r.source) == (want, "day", "text")


def test_conjunct_with_its_own_subject_keeps_its_date(nlp):
    """"X seized the town and the army withdrew on Friday": Friday is the withdrawal's, not the seizure's."""
    from whimbrel.when import resolve

    sdoc = nlp("The rebels seized the town and the army withdrew on Friday.")
    i = next(t.i for t in sdoc if t.text == "seized")
    assert resolve(sdoc, i, datetime.fromisoformat(WEDNESDAY)).source == "publication"


# -- a page's time stamp is metadata, not the date of an act --------------------------------------
@pytest.mark.parametrize("text", [
    "Protesters killed in clashes November 20, 2019 - 11:28 AMT Agency - Video shows",
    "Updated: Nov. 20, 2019 4:05 PM ET The army said",
    "Published 20 November 2019, 14:05 GMT. Police said",
])
def test_time_stamp_is_no_event_date(text):
    from whimbrel.when import find_expressions, value

    (x,) = find_expressions(text)
    assert x.kind == "stamp" and value(x, datetime.fromisoformat(WEDNESDAY).date()) is None


def test_date_and_time_in_prose_still_date_the_act():
    from whimbrel.when import find_expressions

    (x,) = find_expressions("The blast struck on November 20, 2019 at 11:28 a.m.")
    assert (x.kind, x.text) == ("absolute", "November 20, 2019")


def test_stamp_in_a_glued_headline_leaves_the_act_undated(nlp):
    (ev,) = _story(nlp, ["Dozens killed in border clashes April 13, 2022 - 08:40 GMT Wire - Witnesses said troops fired on crowds."],
                   [(0, "killed")])
    assert _when(ev) == ("2022-04-11", "range", "2022-04-13")


# -- an act going on at publication is not dated by a past date in its arguments -------------------
@pytest.mark.parametrize("text,word", [
    ("Prosecutors are seeking his extradition over his role in the release of secret files in 2010.", "seeking"),
    ("The union demands back pay for work done in 2018.", "demands"),
    ("The government is suing the firm over an oil spill in March 2015.", "suing"),
])
def test_ongoing_act_not_dated_by_a_past_date(nlp, text, word):
    assert _resolved(nlp, text, word).source == "publication"


@pytest.mark.parametrize("text,word,want", [
    ("Fighting between the two factions has continued since 2011.", "continued", "2011"),
    ("The army is fighting rebels in the north since 2015.", "fighting", "2015"),
    ("The union demanded back pay in 2018.", "demanded", "2018"),
])
def test_perfect_past_and_since_keep_their_date(nlp, text, word, want):
    assert _resolved(nlp, text, word).date == want


def test_the_day_a_statements_medium_was_posted_dates_the_statement(nlp):
    """when/resolve._medium_of: "asked for X in a letter posted on Twitter Monday": the day the
    letter was posted is the request's day, not the publication day."""
    ev = _story(nlp, ["The Zambian senator asked for leniency in the trial in a letter posted on Twitter Monday."],
                [(0, "asked")])
    assert _when(ev[0]) == ("2022-04-11", "day", None)  # not the report-lag range up to Wednesday


# -- session 22: readings of a statement's day, an anchor, "overnight", the dateline, "Jan 5" -------
@pytest.mark.parametrize("lines,word,pub,want", [
    # resolve._speech_side: with no "that", the day after "said" is the statement's, not the act's
    (["The Pakistani army said on Tuesday it killed 20 militants in an air strike on Sunday."], (0, "killed"),
     "2024-06-12", ("2024-06-09", "day", None)),
    (["Colombian prosecutors said on Tuesday they charged the former mayor with corruption last month."],
     (0, "charged"), "2024-06-12", ("2024-05", "month", None)),
    (["The defence ministry said that on Monday rebel fighters shelled the village of Kafr Nabl."],
     (0, "shelled"), "2024-06-12", ("2024-06-10", "day", None)),  # after "that" the day is the act's
    # an anchor ("two days after Y") dates only a clause with no date of its own
    (["Israeli jets struck Gaza on Tuesday, two days after Hamas fired rockets at Tel Aviv."], (0, "struck"),
     "2024-06-12", ("2024-06-11", "day", None)),
    (["Israeli jets struck Gaza on Tuesday, two days after Hamas fired rockets at Tel Aviv."], (0, "fired"),
     "2024-06-12", ("2024-06-09", "day", None)),
    (["Israeli jets struck Gaza a day after Hamas fired rockets at Tel Aviv on Sunday."], (0, "fired"),
     "2024-06-12", ("2024-06-09", "day", None)),
    # "overnight": the night into the reference day, the statement's day when it has one
    (["Russia launched 40 drones at Ukraine overnight, Ukraine's air force said on Sunday."], (0, "launched"),
     "2024-06-11", ("2024-06-08", "range", "2024-06-09")),
    (["Bangladeshi authorities imposed an overnight curfew in Dhaka on Monday."], (0, "imposed"),
     "2024-06-12", ("2024-06-10", "day", None)),  # an overnight curfew: its kind, not the act's time
    # a month abbreviated without a period before a day number
    (["Turkish police arrested the journalist on Jan 5 in Istanbul."], (0, "arrested"), "2024-06-12",
     ("2024-01-05", "day", None)),
])
def test_a_statements_day_an_anchor_overnight_and_month_abbreviations(nlp, lines, word, pub, want):
    (ev,) = _story(nlp, lines, [word], pub=pub + "T12:00:00+00:00")
    assert _when(ev) == want


def test_a_future_act_said_on_a_weekday_takes_that_weekday(nlp):
    """"said on Tuesday it would file": the statement's Tuesday (reported speech), not the next one;
    a future act's own weekday is still ahead ("will file ... on Friday")."""
    (ev,) = _story(nlp, ["Iraq said on Tuesday it would file a complaint against Iran at the UN."], [(0, "file")],
                   pub="2024-01-17T12:00:00+00:00", future=True)
    assert ev.date == "2024-01-16"
    (ev,) = _story(nlp, ["Iraq will file a complaint against Iran at the UN on Friday."], [(0, "file")],
                   pub="2024-01-17T12:00:00+00:00", future=True)
    assert ev.date == "2024-01-19"


def test_n_days_later_counts_from_the_storys_last_date_from_the_text(nlp):
    """"A week later, militants attacked": no after/before clause, so the offset counts from the last
    date the text gave ("on May 20"), never from the publication day."""
    lines = ["Kenyan troops entered the town of Mandera on May 20.", "A week later, Somali militants attacked their base."]
    entered, attacked = _story(nlp, lines, [(0, "entered"), (1, "attacked")], pub="2024-06-12T12:00:00+00:00")
    assert _when(attacked) == ("2024-05-27", "day", None)
    _, attacked = _story(nlp, ["Kenyan troops entered the town of Mandera.", lines[1]], [(0, "entered"), (1, "attacked")],
                         pub="2024-06-12T12:00:00+00:00")
    assert attacked.date_source != "anchored"


def test_the_wire_datelines_day_is_the_reference_of_relative_dates(code_sentence):
    """A page published days after the wire copy it carries: "on Monday" is the Monday before the
    dateline's day, not before the page's."""
    doc = code_sentence("ABUJA, June 14 (Reuters) - Nigerian police arrested 15 protesters in Abuja on Monday.",
                        pub="2024-06-17T12:00:00")
    assert [e.date for e in doc.events] == ["2024-06-10"]
    doc = code_sentence("ABUJA, June 17 (Reuters) - Nigerian police arrested 15 protesters in Abuja on Monday.",
                        pub="2024-06-17T12:00:00")
    assert [e.date for e in doc.events] == ["2024-06-17"]


def test_a_day_held_by_a_past_verb_above_a_forward_looking_clause_is_past(nlp):
    """when.resolve._past_above: "X on Tuesday dismissed claims that it was preparing to march,
    calling them ...": the parser hangs "calling" in the forward-looking clause, but the Tuesday is
    the past verb's, the one before publication (was the Tuesday after it)."""
    line = ("Rwanda on Tuesday rejected claims by neighbouring Burundi that it was preparing to send troops across "
            "the border, calling them \"lies meant to hide Gitega's own failures\".")
    (ev,) = _story(nlp, [line], [(0, "calling")], future=True)
    assert _when(ev) == ("2022-04-12", "day", None)
