"""Which temporal expression governs an event, and the date it gives, from the dependency parse.

``resolve(sent_doc, trigger_i, pub, context) -> DateResult`` is the core, testable without the
event stage: give it a parsed sentence, the trigger's token index and the publication date-time.

Choosing, best first (lower score wins, then the nearer expression):
0. the trigger sits inside a clause that modifies the expression itself ("in 2014, when the
   coalition started to launch strikes");
1. the expression attaches to the trigger ("On 1 May 2018, the Department announced"; "a visit to
   Iraq late last year");
1.5 a noun trigger's relative clause holds it ("the invasion, which started in 2003");
2+. it attaches to a verb the trigger hangs from ("X have agreed ..., Y told reporters on Sunday"):
   if that verb is a verb of saying the source is "reported-speech", else "text";
2.9 it attaches to a verb coordinated with the trigger that shares its subject ("was convicted and
   sentenced last Thursday").
An expression owned by another clause (a sibling or a subordinate verb) never dates the trigger.

Anchors ("a day after X called", "a statement that came a day after X urged"): a trigger in the
after-clause is dated from the main clause's date minus the amount; the main clause's own date
comes from its own expressions, or, for "This comes ..." (a subject that points back), from the
event the story just reported (``context["previous"]``), else the publication day. A trigger in
the main clause is dated from the after-clause plus the amount, when that clause has a date.

No expression governs: the publication day (date_source "publication"), or nothing without a
publication date (date_source "none").
"""
from __future__ import annotations

import calendar
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, datetime

from ..data import load_yaml
from .expressions import MONTHS, DateValue, TimeExpr, anchor_offset, find_expressions, lexicon, shift, value
from .tree import ancestors, backshifted_conjunct, in_subtree, is_verb, owner, root_of, span_tokens


@dataclass
class DateResult:
    date: str | None
    precision: str | None
    enddate: str | None = None
    text: str | None = None
    source: str = "none"  # text | anchored | reported-speech | publication | none
    why: str = ""

    def as_value(self) -> DateValue | None:
        return DateValue(self.date, self.precision, self.enddate) if self.date else None


def _pub_date(pub: datetime | date | None) -> date | None:
    if pub is None:
        return None
    return pub.date() if isinstance(pub, datetime) else pub


# Each event looks only at the expressions within WINDOW characters of its trigger. A sentence
# within segment.MAX_SENTENCE (2,000 characters) has all of its expressions in the window, so this
# changes nothing there; it keeps a run-on "sentence" linear (each event a bounded amount of work)
# when the cut is switched off, instead of every event scanning every expression of the sentence.
WINDOW = 2_000


def _near(sent_doc, trigger_i: int, exprs: list[TimeExpr]) -> range:
    """Indices into ``exprs`` (in text order) of the expressions starting near the trigger."""
    centre = sent_doc[trigger_i].idx
    starts = getattr(exprs, "starts", None)
    if starts is None or len(starts) != len(exprs):
        starts = [x.start for x in exprs]
    return range(bisect_left(starts, centre - WINDOW), bisect_right(starts, centre + WINDOW))


def is_future(sent_doc, trigger_i: int) -> bool:
    """Does the trigger's verb look ahead ("will meet", "is due to visit", "plans to sign")?"""
    lex = lexicon()
    t = sent_doc[trigger_i]
    chain = [t] + [a for a in ancestors(t)[:2] if is_verb(a) or a.lemma_.lower() in lex["future_heads"]]
    for v in chain[:2]:
        for c in v.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in lex["future_aux"]:
                return True
            if c.lower_ == "going" or (c.dep_ == "aux" and c.lower_ == "to" and v.head.lemma_.lower() in lex["future_heads"]
                                       and v.dep_ == "xcomp"):
                return True
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in ("plan", "expect", "schedule", "due", "set", "intend", "slate", "poise"):
            return True
        if v.lower_ in ("upcoming", "planned", "scheduled"):
            return True
    if t.dep_ == "pobj":  # "during his next visit"
        return any(c.lower_ in ("next", "upcoming", "planned", "forthcoming") for c in t.children)
    return any(c.lower_ in ("next", "upcoming", "planned", "forthcoming") for c in t.children)


def _speech(tok) -> bool:
    return tok.lemma_.lower() in lexicon()["speech_verbs"]


def _candidates(sent_doc, trigger_i: int, exprs: list[TimeExpr], skip: set[int]):
    """(score, distance, expr, source, toks) for every expression that may date the trigger."""
    trig = sent_doc[trigger_i]
    anc = ancestors(trig)
    anc_ids = [a.i for a in anc]
    charged = _charge_complement(trig)
    out = []
    for k in _near(sent_doc, trigger_i, exprs):
        x = exprs[k]
        if k in skip or x.kind == "anchor":
            continue
        toks = span_tokens(sent_doc, x)
        if not toks or trigger_i in toks or _end_bound(sent_doc, toks):
            continue
        dist = min(abs(i - trigger_i) for i in toks)
        if any(i in toks for i in anc_ids[:4]):  # the trigger's clause modifies the date ("in 2014, when ...")
            out.append((0.0, dist, x, "text", toks))
            continue
        own = _speech_side(sent_doc, owner(sent_doc, toks, trigger_i), toks)
        if own.i == trigger_i:
            out.append((1.0, dist, x, "text", toks))
            continue
        if charged and own.dep_ == "xcomp" and own.head.i == trigger_i:
            out.append((1.2, dist, x, "text", toks))  # "pleaded to threatening to kill X in March"
            continue
        if own.dep_ in ("relcl", "acl") and own.head.i == trigger_i:
            out.append((1.5, dist, x, "text", toks))
            continue
        if _purpose_of(own, trig):
            out.append((1.7, dist, x, "text", toks))  # "fired tear gas to disperse them on Monday"
            continue
        if _adjunct_of(own, trig):
            out.append((1.6, dist, x, "text", toks))  # "Addressing a rally on Friday, the governor vowed ..."
            continue
        if _medium_of(own, trig):
            out.append((1.6, dist, x, "text", toks))  # "asked ... in a letter posted on Twitter Tuesday"
            continue
        if _shared_conjunct(sent_doc, own, trigger_i):
            # only a time adverbial of the conjunct itself ("were arrested and charged on Monday"),
            # not one inside its object ("... and called for a vote in January": the vote's date)
            if root_of(sent_doc, toks).head.i == own.i:
                out.append((2.9, dist, x, "text", toks))
            continue
        if own.i in anc_ids:
            hops = anc_ids.index(own.i) + 1
            between = [a for a in anc[: hops - 1]]
            # a date on a subordinate event's own governing 'after/before' clause is not ours
            if any(a.dep_ in ("advcl", "pcomp") and a.i != own.i and any(c.lower_ in ("after", "before", "since", "until") for c in a.children) for a in between):
                continue
            if any(_charge_complement(a) for a in [trig, *between]):
                continue  # "convicted on Tuesday of attacking ...": the conviction's day, not the attack's
            source = "reported-speech" if _speech(own) else "text"
            out.append((2.0 + hops / 10, dist, x, source, toks))
    return out


def _end_bound(sent_doc, toks: list[int]) -> bool:
    """Is the expression the end of a period ("remanded until May 30", "banned until 2030")? The
    date ends the state the act puts in place; the act happened before it."""
    first = sent_doc[toks[0]]
    before = sent_doc[toks[0] - 1] if toks[0] > 0 else None
    bounds = lexicon()["end_bound_preps"]
    if before is not None and before.lower_ in bounds:
        return True
    return first.lower_ in bounds


def _purpose_of(own, trig) -> bool:
    """Is ``own`` the "to" clause telling what the instrument act ``trig`` was for ("fired tear gas
    to disperse the crowd", parsed as the verb's clause or as a clause of its object)? Only the
    instrument verbs (events/words.yaml roles INSTRUMENT_VERBS, the list the actor rules use): their
    purpose is carried out on the act's occasion; "agreed to meet on Friday" names the meeting's day."""
    if trig.lemma_.lower() not in load_yaml("events/words.yaml")["roles"]["INSTRUMENT_VERBS"] or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in own.children):
        return False
    if own.dep_ in ("xcomp", "advcl"):
        return own.head.i == trig.i
    return own.dep_ == "acl" and own.head.dep_ == "dobj" and own.head.head.i == trig.i


def _speech_side(sent_doc, own, toks):
    """"said on Tuesday it had struck ... on Monday": with no "that", the parser hangs "on Tuesday" on
    the reported verb. An expression after the verb of saying and before the reported clause's
    subject (and its "that") modifies the saying, not the act."""
    if own.dep_ != "ccomp" or not _speech(own.head) or own.head.i > min(toks):
        return own
    subj = next((c for c in own.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    mark = next((c for c in own.children if c.dep_ == "mark"), None)
    if subj is None or max(toks) >= subj.left_edge.i or (mark is not None and mark.i < min(toks)):
        return own
    return own.head


def _speech_day(sent_doc, trig, pub, context, skip, depth):
    """The day of the verb of saying that reports the trigger ("X happened overnight, the military
    said on Sunday"; "said on Sunday that X happened overnight"), or None."""
    verbs = [a for a in ancestors(trig) if is_verb(a) and _speech(a)][:1]
    if not verbs and trig.head.i == trig.i:
        verbs = [c for c in trig.children if c.dep_ in ("parataxis", "ccomp") and _speech(c) and c.i > trig.i]
    for v in verbs:
        r = resolve(sent_doc, v.i, pub, context, skip, depth + 1)
        if r.source == "text" and r.precision == "day":
            return date.fromisoformat(r.date)
    return None


def _later_than_last(sent_doc, trigger_i: int, toks, off, context: dict, ref):
    """"Two days later, gunmen stormed ...", "Hours earlier": an offset with no after/before clause
    counts from the story's last date taken from the text (never the publication day's), when it
    dates the trigger's own clause; never after publication."""
    prev = context.get("previous")
    own = owner(sent_doc, toks, trigger_i)
    near = [a.i for a in ancestors(sent_doc[trigger_i])][:3]
    if not (own.i == trigger_i or own.i in near) or prev is None or prev.source == "publication" or not prev.as_value():
        return None
    v = shift(prev.as_value(), (1 if off[2] == "later" else -1) * off[0], off[1])
    return v if v and not _after(v, ref) else None


def _medium_of(own, trig) -> bool:
    """Is ``own`` a participle saying when the medium of the trigger's statement was published ("in a
    letter posted Tuesday", "in a video released on Sunday"): the medium noun is the object of a
    preposition on the trigger."""
    medium = own.head
    if not (own.dep_ == "acl" and own.tag_ == "VBN" and medium.lemma_.lower() in lexicon()["medium_nouns"]):
        return False
    speaker = _speakers_next_act(trig)
    node = medium  # up through prepositional phrases only ("asked for X during Y in a letter posted ...")
    for _ in range(4):
        if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
            return False
        node = node.head
        if node.i == trig.i or (speaker is not None and node.i == speaker.i):
            return True
    return False


TIME_CONJUNCTIONS = ("after", "before", "since", "until", "while")


def _adjunct_of(own, trig) -> bool:
    """Is ``own`` a participle set beside the trigger's clause that tells the circumstance of the act
    ("Addressing a rally on Friday, the governor vowed ...", "The envoy, visiting the camp on
    Sunday, urged ..."): what the participle did, the subject did then, so its day is the act's.
    Only before the act: one after it may tell a result or a goal (", bringing X to Y by 2022"); not a
    participle opened by a conjunction of time ("after meeting X on Monday")."""
    if own.i > trig.i or own.tag_ not in ("VBG", "VBN") or any(
            c.dep_ in ("mark", "advmod") and c.lower_ in TIME_CONJUNCTIONS for c in own.children):
        return False
    if own.dep_ == "advcl" and own.head.i == trig.i:
        return True
    return own.dep_ == "acl" and own.tag_ == "VBG" and own.head.dep_ == "nsubj" and own.head.head.i == trig.i


def _speakers_next_act(trig):
    """The speech verb whose speaker does the trigger ("In a statement read on Monday, X said troops
    had been moved and accused Y of ..."): the statement's day is its day. None otherwise."""
    verb = backshifted_conjunct(trig)
    return verb if verb is not None and _speech(verb) else None


def _charge_complement(tok) -> bool:
    """A gerund that says what a party is convicted of, arrested for or pleads guilty to ("convicted
    X of attacking", "pleaded guilty to threatening"): an act before the one that governs it, so the
    governing act's date is not its date."""
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep" and tok.head.lower_ in ("to", "of", "for")


def _in_charge(sent_doc, i: int, trigger_i: int) -> bool:
    """Is token i inside a charge complement (_charge_complement) below the trigger?"""
    t = sent_doc[i]
    while t.i != trigger_i and t.head.i != t.i:
        if _charge_complement(t):
            return True
        t = t.head
    return False


def _shared_conjunct(sent_doc, own, trigger_i: int) -> bool:
    """Is ``own`` a verb coordinated with the verb trigger that shares its subject ("was convicted and
    sentenced to life last Thursday", "were arrested and charged on Monday")? A time adverbial after
    coordinated predicates with one subject dates them all; a conjunct with a subject of its own
    ("... and the court adjourned on Friday") is a clause of its own and dates only itself."""
    trig = sent_doc[trigger_i]
    if not is_verb(trig) or not is_verb(own) or own.i == trigger_i:
        return False
    t = own
    while t.dep_ == "conj" and t.head.i != t.i:
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
            return False
        t = t.head
        if t.i == trigger_i:
            return True
    return False


def _anchor_sides(sent_doc, toks: list[int]):
    """(main verb, after-clause head) of an anchor expression, or None."""
    a = next((sent_doc[i] for i in toks if sent_doc[i].lower_ in ("after", "before")), None)
    if a is None:
        return None
    if a.dep_ == "mark":
        sub = a.head
        main = sub.head
    elif a.dep_ == "prep":
        sub = next((c for c in a.children if c.dep_ in ("pcomp", "pobj")), None)
        main = a.head
    else:
        return None
    if sub is None:
        return None
    while not is_verb(main) and main.head.i != main.i and main.pos_ not in ("NOUN", "PROPN"):
        main = main.head
    if main.i > a.i or main.i == sub.i:  # "X on Sunday, a day after Y began": the main clause is on the left
        left = [t for t in ancestors(sub) if t.i < a.i and is_verb(t)]
        root = next((t for t in sub.sent if t.head.i == t.i), None) if hasattr(sub, "sent") else None
        main = left[0] if left else (root if root is not None and root.i < a.i else main)
        if main.i == sub.i:
            return None
    return main, sub


def _told_before(noun) -> bool:
    """"the blast", "the clashes", "the vote": a definite act noun the story has just told of."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                                       for c in noun.children)


def _back_reference(tok) -> bool:
    """Does the verb's subject point back to what the story just said ("This comes ...")?"""
    refs = lexicon()["back_reference"]
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            phrase = " ".join(w.lower_ for w in c.subtree)
            return c.lower_ in refs or phrase in refs
    return tok.dep_ == "relcl"  # "a statement that came ...": the statement the sentence reports


def resolve(sent_doc, trigger_i: int, pub: datetime | date | None, context: dict | None = None,
            _skip: frozenset = frozenset(), _depth: int = 0) -> DateResult:
    """The date of the event whose trigger is token ``trigger_i`` of ``sent_doc``.

    context: ``previous`` (DateResult of the event the story reported just before, for "This comes
    a day after ..."), ``future`` (the event stage flagged the event as future), ``expressions``
    (precomputed find_expressions(sent_doc.text)).
    """
    context = context or {}
    ref = _pub_date(pub)
    exprs = context.get("expressions")
    if exprs is None:
        exprs = find_expressions(sent_doc.text)
        context = dict(context, expressions=exprs)
    future = bool(context.get("future")) or is_future(sent_doc, trigger_i)
    trig = sent_doc[trigger_i]

    # anchors first: they tie two events of the sentence together
    for k in _near(sent_doc, trigger_i, exprs):
        x = exprs[k]
        if k in _skip or x.kind != "anchor" or _depth > 2:
            continue
        toks = span_tokens(sent_doc, x)
        off = anchor_offset(x)
        sides = _anchor_sides(sent_doc, toks) if toks and off else None
        if not sides and toks and off and off[2] in ("later", "earlier"):
            v = _later_than_last(sent_doc, trigger_i, toks, off, context, ref)
            if v is not None:
                return DateResult(v.date, v.precision, v.enddate, x.text, "anchored",
                                  f"{x.text!r} from the story's last date {context['previous'].date}")
        if not sides:
            continue
        main, sub = sides
        n, unit, direction = off
        # "X on Friday, a day after Y": an anchor dates only a clause with no date of its own
        if trig.i == main.i and resolve(sent_doc, main.i, pub, context, _skip | {k}, _depth + 1).source in (
                "text", "reported-speech"):
            continue
        if in_subtree(trig, sub) and any(c[0] < 2 for c in _candidates(sent_doc, trigger_i, exprs, set(_skip) | {k})):
            continue  # "a day after X fired rockets on Sunday": Sunday is the firing's
        sign = -1 if direction == "after" else 1
        if in_subtree(trig, sub) and trig.i > min(toks):
            base = resolve(sent_doc, main.i, pub, context, _skip | {k}, _depth + 1)
            if base.source == "publication" and _back_reference(main) and context.get("previous") is not None:
                base = context["previous"]
            subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            told = context.get("mention_date")
            if base.source == "publication" and subj is not None and _told_before(subj) and told is not None:
                # "The raids came a day after X": the raids told of before, on their own day
                base = told(subj) or base
            bv = base.as_value()
            if bv:
                v = shift(bv, sign * n, unit)
                if v:
                    return DateResult(v.date, v.precision, v.enddate, x.text, "anchored",
                                      f"{x.text!r} from {main.text!r} dated {base.date} ({base.source})")
        elif trig.i == main.i or (not in_subtree(trig, sub) and in_subtree(sub, trig)):
            if any(c[0] < 2 and not any(in_subtree(sent_doc[i], sub) for i in c[4])
                   for c in _candidates(sent_doc, trigger_i, exprs, set(_skip) | {k})):
                continue  # "resigned on Wednesday, two days after it struck a deal": Wednesday is the resignation's
            base = resolve(sent_doc, sub.i, pub, context, _skip | {k}, _depth + 1)
            told = context.get("mention_date")
            if base.source not in ("text", "anchored") and told is not None and sub.pos_ == "NOUN":
                base = told(sub) or base  # "Hours after the attack, ...": the attack told of before
            if base.source not in ("text", "anchored") and _told_before(sub) and context.get("previous") is not None:
                base = context["previous"]  # "Hours after the blast": the happening the story just told
            if base.source in ("text", "anchored") and base.as_value():
                v = shift(base.as_value(), -sign * n, unit)
                if v:
                    return DateResult(v.date, v.precision, v.enddate, x.text, "anchored",
                                      f"{x.text!r} from {sub.text!r} dated {base.date}")

    cands = _candidates(sent_doc, trigger_i, exprs, set(_skip))
    cands.sort(key=lambda c: (c[0], c[1]))
    for score, dist, x, source, toks in cands:
        r = ref
        # "it had set up almost four years ago": counted from the reported statement's date
        if x.kind in ("ago", "ref") and any(c.lower_ == "had" for c in owner(sent_doc, toks, trigger_i).children):
            speech = next((a for a in ancestors(owner(sent_doc, toks, trigger_i)) if is_verb(a)), None)
            if speech is not None and _depth < 3:
                said = resolve(sent_doc, speech.i, pub, context, _skip | {exprs.index(x)}, _depth + 1)
                if said.source in ("text", "reported-speech") and said.precision == "day":
                    r = date.fromisoformat(said.date)
        if x.text.lower() == "overnight":
            if toks and sent_doc[toks[0]].dep_ == "amod" and sent_doc[toks[0]].head.i != trigger_i:
                continue  # "imposed an overnight curfew on Monday": the curfew's kind, not the act's time
            said = _speech_day(sent_doc, trig, pub, context, _skip | {exprs.index(x)}, _depth) if _depth < 3 else None
            r = said or r  # "... overnight, the military said on Sunday": the night before Sunday
        if x.kind == "ref" and context.get("previous") is not None:
            v = _from_previous(x, context["previous"])
        elif x.kind == "ref":
            continue
        else:
            # "said on Tuesday it would": that Tuesday; and a day a past verb above the trigger holds
            # ("X on Wednesday dismissed claims that it was preparing to march, calling them ...")
            v = value(x, r, future and source != "reported-speech" and not _past_above(sent_doc, toks, trigger_i))
        if v is not None and not future and _after(v, ref) and x.kind not in lexicon()["explicit_kinds"]:
            v = _story_relative(x, context.get("previous"), ref)
        if v is None:
            continue
        if not future and _before_ongoing(trig, x, v, ref):
            continue
        return DateResult(v.date, v.precision, v.enddate, x.text, source, f"score {score}")
    clause = _clause_date(sent_doc, trigger_i, exprs, set(_skip), ref, future)
    if clause is not None:
        return clause
    if ref is None:
        return DateResult(None, None, None, None, "none", "no publication date, no date in the text")
    return DateResult(ref.isoformat(), "day", None, None, "publication", "no date governs the event")


def _past_above(sent_doc, toks: list[int], trigger_i: int) -> bool:
    """Does the expression modify a simple past verb above the trigger (its ancestor), not the
    trigger's own clause? Such a day is already past, whatever the trigger's clause looks ahead to."""
    if not toks:
        return False
    verb = owner(sent_doc, toks, trigger_i)
    return verb.i != trigger_i and verb.tag_ == "VBD" and in_subtree(sent_doc[trigger_i], verb)


def _from_previous(x: TimeExpr, prev: DateResult) -> DateValue | None:
    """"the next year", "the same day", "the day before": counted from the date the story was just
    talking about, at that date's precision when the unit is finer ("the next day" after "in 2016"
    stays 2016)."""
    which = x.parts.get("which", "").lower()
    unit = x.parts.get("unit", "day").lower()
    if x.parts.get("m"):  # "in October that year": a month of the year told of
        base = prev.as_value()
        if base is None or not base.date:
            return None
        year = int(base.date[:4]) + (1 if which in ("next", "following") else -1 if which in ("previous", "preceding") else 0)
        return DateValue(f"{year:04d}-{MONTHS[x.parts['m'].lower().rstrip('.')]:02d}", "month")
    if which in ("next", "following"):
        return shift(prev.as_value(), 1, unit)
    if which in ("previous", "preceding") or x.text.lower().startswith("the day before"):
        return shift(prev.as_value(), -1, unit)
    return prev.as_value()


def _after(v: DateValue, ref: date | None) -> bool:
    """Does the value start after the publication day (a day of slack for time zones)?"""
    span = _bounds(v.date) if ref is not None else None
    return span is not None and span[0] > date.fromordinal(ref.toordinal() + 1)


def _bounds(iso: str | None) -> tuple[date, date] | None:
    """The first and last day a date string of any precision ("2010", "2010-06", "2010-06-03")
    covers, or None if it is not one."""
    try:
        if iso and len(iso) == 4:
            return date(int(iso), 1, 1), date(int(iso), 12, 31)
        if iso and len(iso) == 7:
            y, m = map(int, iso.split("-"))
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        day = date.fromisoformat(iso[:10]) if iso else None
        return (day, day) if day else None
    except ValueError:
        return None


def _ongoing(trig) -> bool:
    """Is the verb trigger in the present tense, simple or progressive ("is seeking", "demands"),
    not perfect ("has continued")? In a news story it reports what goes on at publication."""
    if not is_verb(trig):
        return False
    auxes = [c for c in trig.children if c.dep_ in ("aux", "auxpass")]
    if trig.tag_ in ("VBZ", "VBP"):
        return not auxes
    return trig.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in auxes) and len(auxes) == 1


def _before_ongoing(trig, x: TimeExpr, v: DateValue, ref: date | None) -> bool:
    """An explicit date that ended before the days a report covers cannot date an act going on at
    publication: "prosecutors are seeking his extradition over a leak in 2010" dates the leak, not
    the seeking ("since 2010" would say when it began, and is kept)."""
    if ref is None or x.kind not in lexicon()["explicit_kinds"] or not _ongoing(trig):
        return False
    if (x.parts.get("ctx") or "").strip().lower().startswith(("since", "for", "until", "till", "through")):
        return False
    span = _bounds(v.enddate or v.date)
    return span is not None and span[1] < date.fromordinal(ref.toordinal() - int(lexicon()["report_lag_days"]))


def _story_relative(x: TimeExpr, prev: DateResult | None, ref: date | None) -> DateValue | None:
    """A relative expression that would put a past event after publication ("the next year" in a
    story about 2016) is read against the date the story was talking about; with none, or if that
    too lands after publication, it dates nothing (the clause or the publication day decides)."""
    if prev is None or prev.source == "publication" or not prev.date:
        return None
    start = prev.date if len(prev.date) == 10 else (prev.date + "-01" if len(prev.date) == 7 else prev.date + "-01-01")
    try:
        v = value(x, date.fromisoformat(start))
    except ValueError:
        return None
    return None if v is None or _after(v, ref) else v


def _clause_test(sent_doc, trigger_i: int):
    """``inside(i)``: is token i in the trigger's own clause, the subtree of its verb (its own for a
    verb trigger) less the clauses of their own inside it that do not hold the trigger (a noun
    trigger keeps the clauses that describe it)?

    Asked per token, walking up to the verb with memory, instead of building the clause's token set:
    in a run-on sentence the verb's subtree is the rest of the sentence, and building it for every
    event made dating quadratic in the sentence length (cubic with the clauses taken out)."""
    trig = sent_doc[trigger_i]
    head = trig
    while not is_verb(head) and head.head.i != head.i:
        head = head.head
    deps = set(lexicon()["clause_deps"])
    holds_trigger = {trig.i} | {a.i for a in ancestors(trig)}  # in_subtree(trig, d), as before
    lo, hi = head.left_edge.i, head.right_edge.i  # a subtree lies within its edges
    memo = {head.i: True}

    def own_clause(d) -> bool:  # not a clause of its own (within the verb's subtree)
        if d.dep_ not in deps or d.i in holds_trigger:
            return True
        if d.head.i == trigger_i and not is_verb(trig):  # "the tariffs imposed on 1 May": the noun's own
            return True
        return d.dep_ == "conj" and not is_verb(d)

    def inside(i: int) -> bool:
        path, t = [], sent_doc[i]
        while t.i not in memo:
            if not lo <= t.i <= hi or t.head.i == t.i:
                memo[t.i] = False  # not below the verb
                break
            path.append(t)
            t = t.head
        res = memo[t.i]
        for node in reversed(path):
            res = res and own_clause(node)
            memo[node.i] = res
        return res

    return inside


NOUN_MODIFIER_DEPS = ("compound", "amod", "nmod", "nummod", "poss")


def _names_a_noun(sent_doc, toks: list[int], trigger_i: int) -> bool:
    """A date that modifies a noun other than the trigger ("the October election", "the 2024
    uprising") dates that noun's happening, not the act of the clause around it."""
    root = root_of(sent_doc, toks)
    head = root.head
    return (root.dep_ in NOUN_MODIFIER_DEPS and head.i != trigger_i and head.pos_ in ("NOUN", "PROPN")
            and head.ent_type_ not in ("DATE", "TIME"))


def _clause_date(sent_doc, trigger_i: int, exprs: list[TimeExpr], skip: set[int], ref, future: bool):
    """An explicit date ("in August 2016", "on 3 March", "in 2014") in the trigger's own clause, when
    the parse ties no expression to the trigger: it says more than the publication day does."""
    kinds = set(lexicon()["explicit_kinds"])
    inside = _clause_test(sent_doc, trigger_i)
    best = None
    for k in _near(sent_doc, trigger_i, exprs):
        x = exprs[k]
        if k in skip or x.kind not in kinds:
            continue
        toks = span_tokens(sent_doc, x)
        if not toks or trigger_i in toks or not all(inside(i) for i in toks) or _end_bound(sent_doc, toks):
            continue
        if _in_charge(sent_doc, toks[0], trigger_i):
            continue  # "convicted X of abusing children in the 1990s": the abuse's date, not the conviction's
        if _names_a_noun(sent_doc, toks, trigger_i):
            continue  # "over content about the October election": the election's month
        dist = min(abs(i - trigger_i) for i in toks)
        if best is None or dist < best[0]:
            best = (dist, x)
    if best is None:
        return None
    v = value(best[1], ref, future)
    if v is None or (not future and _after(v, ref)):
        return None  # a past event's clause naming a later year names a goal ("by 2030"), not its date
    if not future and _before_ongoing(sent_doc[trigger_i], best[1], v, ref):
        return None
    return DateResult(v.date, v.precision, v.enddate, best[1].text, "text", "explicit date in the event's clause")
