"""merge_mentions: one event per happening within a story, listing every sentence that reports it;
merge_in_sentence: one event per happening within a sentence.

Two events are the same happening when they share category, actor and recipient codes (sides taken
together for reciprocal events), date and auxiliary modes, and, for the categories whose modes name
different acts (coder.yaml mode_split_categories: an arrest is no seizure), a mode. Runs after the
dates stage, so "a day after" and "on Sunday" already decide whether two mentions are one event.
"""
from __future__ import annotations

from ..model import Document, Event, Mention
from ..options import Options
from ..when import event_day, is_report_lag
from .vocab import MODE_SPLIT_CATEGORIES


def _mention(doc: Document, ev: Event) -> Mention:
    s = doc.sentences[ev.sentence] if 0 <= ev.sentence < len(doc.sentences) else None
    return Mention(
        sentence=ev.sentence, start=s.start if s else -1, end=s.end if s else -1,
        text=s.text if s else "", event_text=" ".join(ev.event_text),
    )


def key(ev: Event) -> tuple:
    a = frozenset(e.code for e in ev.actor if e.code)
    r = frozenset(e.code for e in ev.recipient if e.code)
    sides = (a | r, frozenset()) if ev.reciprocal else (a, r)
    return (ev.category, sides, event_day(ev), ev.negated, ev.hypothetical, ev.future)


def _other_actors(a: Event, b: Event) -> bool:
    """Do two events' actors differ in kind though they share states: every actor of each has a
    sector and the two sets share none (a party's lawmakers and two civil servants of one state)?"""
    sa, sb = {e.sector for e in a.actor}, {e.sector for e in b.actor}
    return None not in sa and None not in sb and bool(sa) and bool(sb) and not (sa & sb)


def _other_modes(a: Event, b: Event) -> bool:
    """Are two events different acts by their modes (a ban and an arrest; coder.yaml
    mode_split_categories)? Both must have a mode and share none."""
    return a.category in MODE_SPLIT_CATEGORIES and bool(a.mode) and bool(b.mode) and not set(a.mode) & set(b.mode)


def _same_content(a: Event, b: Event) -> bool:
    """Two mentions report one act when what they are about overlaps (content words of the
    trigger's phrase): "called on Baghdad to ensure US troops leave" ~ "urged Baghdad to ensure US
    troops leave", but "agreed to bolster air defence" differs from "agreed on joint exercises"."""
    wa, wb = a.__dict__.get("_words"), b.__dict__.get("_words")
    if not wa or not wb:
        return True
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.3


def merge_mentions(doc: Document, options: Options) -> None:
    for ev in doc.events:
        if not ev.mentions:
            ev.mentions = [_mention(doc, ev)]
    if not options.merge_mentions:
        return
    kept: dict[tuple, Event] = {}
    out: list[Event] = []
    for ev in doc.events:
        k = key(ev)
        first = kept.get(k)
        if first is not None and (not _same_content(first, ev) or _other_actors(first, ev) or _other_modes(first, ev)
                                  or _told_apart(first, ev)):
            # same states, same day, but a different act ("agreed to X" / "agreed on Y") or other
            # doers ("Democrats alleged ..." / "two witnesses said ... was improper")
            first = None
            k = k + (len(out),)
        if first is None:
            kept[k] = ev
            out.append(ev)
            continue
        have = {m.sentence for m in first.mentions}
        for m in ev.mentions:
            if m.sentence not in have:
                first.mentions.append(m)
        first.confidence = max(first.confidence, ev.confidence)
        if is_report_lag(first) and not is_report_lag(ev):  # the mention that states the day dates the act
            _take_date(first, ev)
        if ev.recipient and not first.recipient:
            first.recipient = ev.recipient
    doc.events = out


def _take_date(into: Event, src: Event) -> None:
    into.date, into.date_precision, into.enddate = src.date, src.date_precision, src.enddate
    into.date_text, into.date_source = src.date_text, src.date_source


def _flags(ev: Event) -> tuple:
    return (ev.negated, ev.hypothetical, ev.future)


def _named(recipients) -> set:
    """Codes of recipients the text names (defaults such as 'domestic by default' have no text)."""
    return {e.code for e in recipients if e.code and e.entity_text}


# statements aimed at a party: two of them to two parties are two acts (a visit or an accord with two
# named sides is still one)
ADDRESSED = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN"})


def _told_apart(a: Event, b: Event) -> bool:
    """Two statements of one sentence that merge_in_sentence kept apart (two parties addressed)."""
    return a.sentence == b.sentence and a.category in ADDRESSED and _other_parties(a.recipient, b.recipient)


def _other_parties(a, b) -> bool:
    """Do two lists of named recipients name different parties, by state and sector, where every
    one of them has a sector (a party and a court of one state)?"""
    pa = {(e.code, e.sector) for e in a if e.code and e.entity_text}
    pb = {(e.code, e.sector) for e in b if e.code and e.entity_text}
    return bool(pa) and bool(pb) and not (pa & pb) and all(s for _, s in pa | pb)


MERGE_LOOKBACK = 12  # kept events a new one is compared with: one happening's verbs stand together,
# and a run-on sentence of n events would otherwise cost n x n comparisons (issue 14)


def merge_in_sentence(events: list[Event], verbal: frozenset = frozenset(),
                      relative: frozenset = frozenset()) -> list[Event]:
    """Several triggers of one sentence that report one happening become one event.

    "Police opened fire to disperse demonstrators, killing one person and arresting 12" is one
    ASSAULT and one COERCE; "rebels shelled the town, killing 20" is one ASSAULT: a participial
    consequence ("killing N") or a second verb for the same act is not a second event. Two events
    are one when they share category, modes and an actor code, and their recipients do not clearly
    differ (both named, no code in common). The first trigger's event is kept; it takes the other
    triggers' words and any recipient it lacked. Two verbs (``verbal``: ids of the events whose
    trigger is a verb) in different modes of a category whose modes are different acts stay two.
    A relative clause's verb (``relative``) merged with its main clause's hands the event the main
    verb's trigger, which the event is dated and told by ("Protesters, who have been demonstrating
    since October, rallied ...": the rally, not October).
    """
    out: list[Event] = []
    for ev in events:
        a = {e.code for e in ev.actor if e.code}
        r = _named(ev.recipient)
        same = None
        for k in out[-MERGE_LOOKBACK:]:
            if k.category != ev.category or _flags(k) != _flags(ev) or k.reciprocal != ev.reciprocal:
                continue
            ka = {e.code for e in k.actor if e.code}
            kr = _named(k.recipient)
            if not (ka & a):
                continue
            if kr and r and not (kr & r):
                continue
            if id(k) in verbal and id(ev) in verbal and _other_modes(k, ev):
                continue  # two verbs, two acts ("arresting 210 people and confiscating 3.7 tonnes")
            if id(k) in verbal and id(ev) in verbal and k.category in ADDRESSED and _other_parties(k.recipient, ev.recipient):
                continue  # two statements to two parties of one state ("condemned the court and accused the party")
            same = k
            break
        if same is None:
            out.append(ev)
            continue
        same.event_text = same.event_text + [t for t in ev.event_text if t not in same.event_text]
        if id(same) in relative and id(ev) not in relative:
            same.trigger_start, same.trigger_end = ev.trigger_start, ev.trigger_end
        if _named(same.recipient):  # a named recipient replaces a default one, never joins it
            same.recipient = [e for e in same.recipient if e.entity_text]
            ev_recipients = [e for e in ev.recipient if e.entity_text]
        else:
            same.recipient, ev_recipients = [], ev.recipient
        have = {(e.code, e.sector) for e in same.recipient}
        same.recipient = same.recipient + [e for e in ev_recipients if (e.code, e.sector) not in have]
        same.confidence = max(same.confidence, ev.confidence)
        same.rule += f"; merged with '{' '.join(ev.event_text)}' (same happening)"
    return out
