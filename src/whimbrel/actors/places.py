"""Places the actor lexicon does not list, looked up in the project's gazetteer (GeoNames).

Why: an actor often carries its state only through a place in its own phrase ("students at a
university in Sivas", "workers of a bus company in Tabriz"), and cities.yaml lists only the places
most often in the news. The gazetteer (whimbrel.gazetteer, loaded once per process and shared with
the 'where' stage) holds every city above 15,000 people, the countries and the US states, so any
of them resolves to its state. Used as an actor a place is its state with sector CVL, as cities.yaml
entries are (a capital acting is GOV: mentions.py's rule for capitals).

Which proper nouns are looked up: a run of proper nouns that spaCy tagged as a place (GPE/LOC), or
that is the object of a preposition of place or origin ("in", "at", "of", "from" ...), never a
PERSON entity unless it follows a preposition of place (the small model often tags "in Sivas" as
a person; "a letter from Jackson" stays a person). A name is taken only when its reading is clear: primary GeoNames names before
alternate ones, and the most populous candidate's state at least three times as populous a match
as any other state's: five times ("Tripoli" is Libya's, "Paris" France's; "San Juan",
"Victoria" or "Hyderabad" stay unknown). Continents and regions spanning states give nothing.
"""
from __future__ import annotations

from functools import lru_cache

from .codesets import FEATURE_WORDS_AFTER, FEATURE_WORDS_BEFORE, FEATURE_WORDS_OF
from .lexicon import CAPITAL, CITY, Lex

LOCATIVE_PREPS = {"in", "at", "throughout", "across", "near", "inside", "outside", "within", "around"}
PLACE_PREPS = LOCATIVE_PREPS | {"of", "from"}
# "Kogi state governor", "Sindh province police": a name before one of these is a place, whatever
# the NER calls it (a state or province names no person)
PLACE_CLASS_NOUNS = {"state", "province", "region", "county", "district", "governorate", "prefecture"}
_MIN_POP = 15000
# a town known here only by another name of it ("Khar", an alternate spelling of a German "Haar")
# places a phrase only when it is a city the world knows by that name too ("Bombay", "Kiev"), or the
# name is a variant of its own ("Forest Hill" for "Forest Hills")
ALTERNATE_MIN_POPULATION = 100_000


def plausible_alternate(place, name: str) -> bool:
    """May ``name``, one of the place's alternate names, stand for it in English news?"""
    from ..gazetteer import normalise

    return place.resolution < 4 or place.population >= ALTERNATE_MIN_POPULATION \
        or normalise(place.name)[:4] == normalise(name)[:4]
_CLEAR = 5.0  # the chosen state's best match must be this many times any other state's
_SKIP_ENTS = {"PERSON", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "NORP", "ORG", "WORK_OF_ART", "EVENT", "LAW"}


def _gaz():
    from ..gazetteer import get_gazetteer

    return get_gazetteer()  # cached there, and renewed when the user imports a dump


def place_state(name: str, fold: tuple = ()) -> tuple[str, bool] | None:
    """(ISO3 state, is its capital) for a place name whose reading is clear, else None."""
    from ..gazetteer import generation

    return _place_state(name, fold, generation())


@lru_cache(maxsize=20000)
def _place_state(name: str, fold: tuple, _generation: int) -> tuple[str, bool] | None:
    gaz = _gaz()
    cands = gaz.lookup(name)
    primary = [p for p, prim in cands if prim]
    cands = primary or [p for p, _ in cands if plausible_alternate(p, name)]
    best: dict[str, tuple[float, object]] = {}
    for p in cands:
        if not p.country:
            return None  # a continent: no state
        if p.feature_code.startswith("PCL") or p.feature_code == "TERR":
            size = float("inf")
        elif p.feature_code == "ADM1":
            size = 10.0 ** 9  # a first-level region ("Texas"): as clear as a large city
        elif p.feature_class == "P" and p.population >= _MIN_POP:
            size = float(p.population)
        else:
            continue
        if p.country not in best or size > best[p.country][0]:
            best[p.country] = (size, p)
    if not best:
        return None
    ranked = sorted(best.values(), key=lambda sp: sp[0], reverse=True)
    if len(ranked) > 1 and ranked[0][0] != float("inf") and ranked[0][0] < _CLEAR * ranked[1][0]:
        return None
    place = ranked[0][1]
    code = gaz.iso3(place.country)
    if not code:
        return None
    code = dict(fold).get(code, code)
    return code, gaz.is_capital(place)


def _split_possessives(sdoc, spans):
    """NER's one span over "Bihar's Patna" (a region's district, "Kano's capital") is two
    places: the possessor and what it holds, each looked up on its own (the possessor first)."""
    out = []
    for start, end in spans:
        cut = next((k for k in range(start + 1, end - 1) if sdoc[k].tag_ == "POS"), None)
        out += [(start, cut), (cut + 1, end)] if cut is not None else [(start, end)]
    return out


def gazetteer_atoms(sdoc, lx, covered: set[int], make_atom) -> list:
    """Atoms for the places of one parsed sentence that the lexicon missed."""
    out = []
    fold = lx.fold_items
    done: set[int] = set()
    spans = []
    located: set[int] = set()  # pobj of a preposition of place: NER's PERSON tag is not trusted
    for ent in sdoc.ents:
        if ent.label_ in ("GPE", "LOC"):
            spans.append((ent.start, ent.end))
    for t in sdoc:
        if t.dep_ == "pobj" and t.pos_ == "PROPN" and t.head.lower_ in PLACE_PREPS:
            start = t.i
            while start > 0 and sdoc[start - 1].pos_ == "PROPN" and sdoc[start - 1].head.i == t.i:
                start -= 1
            spans.append((start, t.i + 1))
            if t.head.lower_ in LOCATIVE_PREPS:
                located.add(t.i)
        elif t.pos_ == "PROPN" and t.i + 1 < len(sdoc) and sdoc[t.i + 1].lower_ in PLACE_CLASS_NOUNS:
            start = t.i
            while start > 0 and sdoc[start - 1].pos_ == "PROPN" and sdoc[start - 1].head.i == t.i:
                start -= 1
            spans.append((start, t.i + 1))
            located.add(t.i)
    regions = _region_modifiers(sdoc)  # "the Gilgit-Baltistan government": NER may call it ORG
    spans += regions
    for start, end in _split_possessives(sdoc, spans):
        while start < end and sdoc[start].lower_ == "the":
            start += 1
        if start >= end or any(k in covered or k in done for k in range(start, end)):
            continue
        skip = _SKIP_ENTS - {"PERSON"} if end - 1 in located else _SKIP_ENTS
        if (start, end) not in regions and any(sdoc[k].ent_type_ in skip for k in range(start, end)):
            continue
        if not sdoc[start].text[:1].isupper():
            continue
        name = sdoc[start:end].text
        hit = place_state(name, fold)
        if hit is None:
            continue
        code, capital = hit
        kind = CAPITAL if capital else CITY
        lex = Lex(kind, code, "GOV" if capital else "CVL", name, f"gazetteer:{name}->{code}")
        out.append(make_atom(start, end, [lex]))
        done.update(range(start, end))
    return out


def _region_modifiers(sdoc) -> list[tuple[int, int]]:
    """Runs of proper nouns (hyphens within) before a common noun they modify that are the primary
    name of a state's or province's first-level region ("the Gilgit-Baltistan government", "Sindh
    police"): a region names no person or company, so its state is the noun's whatever the NER says."""
    out = []
    for t in sdoc:
        if t.pos_ != "NOUN" or t.i == 0 or sdoc[t.i - 1].pos_ != "PROPN" or sdoc[t.i - 1].dep_ != "compound":
            continue
        start = t.i - 1
        while start > 0 and (sdoc[start - 1].pos_ == "PROPN" or (sdoc[start - 1].text == "-" and start > 1)):
            start -= 1
        if sdoc[start].text == "-":
            start += 1
        if _first_level_region(sdoc[start:t.i].text):
            out.append((start, t.i))
    return out


def _first_level_region(name: str) -> bool:
    """Is the name the primary name of a first-level region (GeoNames ADM1) and of nothing else?"""
    from ..gazetteer import generation

    return _is_first_level_region(name, generation())


@lru_cache(maxsize=20000)
def _is_first_level_region(name: str, _generation: int) -> bool:
    cands = _gaz().lookup(name)
    return bool(cands) and all(p.feature_code == "ADM1" and prim for p, prim in cands)


def in_shared_feature(sdoc, a) -> bool:
    """A state's or city's name inside the name of a water or basin ("the Lake Chad basin", "the
    South China Sea", "the Gulf of Mexico"; code_sets.yaml feature_words_*): no party to the events
    there, and no place of one state (capitalised, as in the name)."""
    before = sdoc[a.i - 1].text if a.i > 0 else ""
    two_before = sdoc[a.i - 2].text if a.i > 1 else ""
    after = sdoc[a.j].text if a.j < len(sdoc) else ""
    return before in FEATURE_WORDS_BEFORE or (before == "of" and two_before in FEATURE_WORDS_OF) \
        or after in FEATURE_WORDS_AFTER
