"""The actor lexicon: every name whimbrel knows, compiled once into a token n-gram index.

Sources (all data files in ``whimbrel/data/actors/``): countries.yaml (generated from pycountry +
countryinfo by tools/build_countries.py), country_aliases.yaml (PLOVER exceptions, demonyms,
capitals and seats of government), groups.yaml (ethnic groups: demonyms whose state is only a
default), cities.yaml (other places -> CVL), sectors.yaml (agent words),
orgs.yaml (IGOs, NGOs, media, armed groups, parties) and people.yaml (people with dated roles).

Why a dict of lower-cased token tuples and not spaCy's PhraseMatcher: the PhraseMatcher needs a
Vocab and returns only spans, while we need per-entry case rules ("US" the country must not match
"us"; "Turkey" must be capitalised) and several entries per key (a person with two dated roles,
"Georgia" the state). A dict probe per start token and length is as fast (longest match first,
bounded by the longest alias) and needs no model. Aliases are tokenised with spaCy's own English
tokenizer (``spacy.blank("en")``) so their tokens line up with the parsed sentences.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache
from typing import Sequence

from ..data import load_yaml, read_tsv
from ..data import path as data_path
from ..errors import E, WhimbrelError

# kinds of lexicon entries
COUNTRY = "country"  # a state's name: code, no sector
DEMONYM = "demonym"  # adjective/people: code, no sector
CAPITAL = "capital"  # capital or seat used as metonym: code + GOV when it acts
SEAT = "seat"  # a body named by its own name (Pentagon, Knesset): code + sector
PRE = "pre"  # partially recognised entity: nominal state + PRE
CITY = "city"  # other places: code + CVL
ORG = "org"  # organisation with code + sector
PERSON = "person"  # a person in the knowledge base (dated roles)
AGENT = "agent"  # agent word: sector only
REGION = "region"  # a region once one state ("the former Yugoslavia"): no code
PLACE_KINDS = (COUNTRY, CAPITAL, CITY, PRE)
COUNTRY_KINDS = (COUNTRY, DEMONYM, CAPITAL, PRE, CITY)

_FUNCTION_WORDS = {"of", "the", "and", "for", "de", "al", "el", "la", "le", "du", "des", "on", "in", "to", "wal", "ad", "bin", "ibn", "van", "von", "der", "da", "dos", "di"}


@dataclass(frozen=True)
class Role:
    """One dated role of a person in the knowledge base."""

    code: str | None
    sector: str | None
    start: date | None
    end: date | None
    title: str = ""

    def holds(self, when: date | None) -> bool:
        if when is None:
            return True
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass(frozen=True)
class Lex:
    kind: str
    code: str | None
    sector: str | None
    name: str  # canonical name
    why: str
    person_title: bool = False  # agent word naming one person (president, commander)
    roles: tuple = ()  # people: tuple[Role]
    exact: tuple = ()  # per token: True if the text must match case exactly (acronyms)
    cap: tuple = ()  # per token: True if the text token must be capitalised
    other: tuple = ()  # other sectors (PRE, ...)
    ethnic: bool = False  # a people living in several states (groups.yaml): code is only its home
    context: bool = True  # ethnic: may the sentence/story place it ("ethnic Albanians" in Macedonia)
    dated_only: bool = False  # person: outside the listed roles nothing is known (converted lists)
    article_name: bool = False  # listed as "The X" (a newspaper, a band): only X standing alone


@dataclass
class Lexicon:
    index: dict = field(default_factory=dict)  # tuple[str] -> list[Lex]
    maxlen: int = 1
    first: set = field(default_factory=set)
    country_names: dict = field(default_factory=dict)  # code -> canonical name
    former: frozenset = frozenset()
    need_anchor: frozenset = frozenset()
    generic_heads: frozenset = frozenset()
    national_orgs: frozenset = frozenset()  # orgs.yaml national_branches: names
    surnames: dict = field(default_factory=dict)  # lower surname -> list[Lex] (people)
    fold_items: tuple = ()  # PLOVER's folded dependencies as (code, state) pairs (hashable)
    longest: dict = field(default_factory=dict)  # first token -> longest key starting with it
    petrarch_stats: dict = field(default_factory=dict)  # converted entries added / left to hand ones

    def add(self, alias: str, lex: Lex, tokenize) -> None:
        alias = alias.strip()
        article = alias.lower().startswith("the ")
        if article:  # "the" is matched as a determiner, never as part of a name
            alias = alias[4:]
        if not alias:
            return
        toks = tokenize(alias)
        if not toks:
            return
        key = tuple(t.lower().replace("\u2019", "'") for t in toks)
        if article and lex.kind == ORG and any(b.kind in (COUNTRY, DEMONYM) for b in self.index.get(key, [])):
            return  # "The Australian" (a newspaper) must not make every "Australian" a newspaper
        # acronyms ("US", "U.S.") must match exactly; an abbreviation with a dot ("Lt.", "St.") only
        # needs its capital (the cap rule below)
        exact = tuple(len(t) > 1 and t.replace(".", "").isupper() and any(c.isalpha() for c in t) for t in toks)
        cap = tuple(t[:1].isupper() and t.lower() not in _FUNCTION_WORDS for t in toks)
        lex = replace(lex, exact=exact, cap=cap, article_name=article and lex.kind == ORG)
        bucket = self.index.setdefault(key, [])
        if lex.ethnic:  # a group word replaces the demonym of the same spelling
            bucket[:] = [b for b in bucket if b.kind != DEMONYM]
        if any(b.kind == lex.kind and b.code == lex.code and b.sector == lex.sector and b.name == lex.name for b in bucket):
            return
        bucket.append(lex)
        self.maxlen = max(self.maxlen, len(key))
        self.first.add(key[0])
        self.longest[key[0]] = max(self.longest.get(key[0], 0), len(key))
        if len(toks) == 1 and toks[0].isalpha() and toks[0].isupper() and 2 <= len(toks[0]) <= 5:
            # American papers dot the acronyms they spell out ("the F.B.I.", "the E.P.A."): the same body
            self.add(".".join(toks[0]) + ".", lex, tokenize)
        if lex.kind == PERSON and len(toks) == 3 and all(t.isalpha() for t in toks):
            # lists write "Han Duck Soo", "Jose Ramos Horta"; the press joins the last two with a
            # hyphen ("Han Duck-soo", "Jose Ramos-Horta"): the same person
            self.add(f"{toks[0]} {toks[1]}-{toks[2].lower()}", lex, tokenize)

    def match_ok(self, lex: Lex, words: Sequence[str]) -> bool:
        """Case rules: acronyms exactly, proper names capitalised; agent words any case."""
        for w, ex, cp, in zip(words, lex.exact, lex.cap):
            if ex and w != w.upper():
                return False
            if cp and not w[:1].isupper():
                return False
        return True

    def scan(self, words: Sequence[str]) -> list[tuple[int, int, list[Lex]]]:
        """Longest-first matches over a token list: [(start, end, entries)], non-overlapping."""
        low = [w.lower().replace("\u2019", "'") for w in words]  # news writes ’ where lists write '
        out = []
        i, n = 0, len(words)
        while i < n:
            hit = None
            top = self.longest.get(low[i])
            if top:  # only lengths some key starting with this word has (long converted names)
                for L in range(min(top, n - i), 0, -1):
                    cands = self.index.get(tuple(low[i : i + L]))
                    if cands:
                        ok = [c for c in cands if self.match_ok(c, words[i : i + L])
                              and not (c.article_name and _inside_longer_name(words, i, i + L))
                              and not _word_in_office_name(words, i, i + L)]
                        if ok:
                            hit = (i, i + L, ok)
                            break
            if hit:
                out.append(hit)
                i = hit[1]
            else:
                i += 1
        return out


@lru_cache(maxsize=1)
def _word_names() -> dict:
    return load_yaml("actors/orgs.yaml")["word_names"]


def _word_in_office_name(words: Sequence[str], start: int, end: int) -> bool:
    """Is a name that is also a common word ("Labour", Britain's party; labour, work) the word of an
    office or an institution: an office word after it ("Labour Minister", "Labour Court") or "of"
    before it ("Minister of Labour", "Confederation of Labour"), or a joint portfolio's ("Labour and
    Employment Adviser", "Labour and Social Affairs Minister")? Then it is not the party."""
    table = _word_names()
    if end - start != 1 or words[start] not in table["names"]:
        return False
    after = words[end] if end < len(words) else ""
    before = words[start - 1].lower() if start else ""
    joint = after == "and" and end + 1 < len(words) and words[end + 1][:1].isupper() \
        and any(w in table["not_before"] for w in words[end + 2 : end + 5])
    return after in table["not_before"] or before in table["not_after"] or joint


def _inside_longer_name(words: Sequence[str], start: int, end: int) -> bool:
    """Is a "The X" name (The Independent, The Times) a word of a longer name: a capitalised name
    word after it ("the Independent National Electoral Commission") or before it other than "the"
    ("the Hindustan Times")? Then it is not the outlet."""
    def name_word(w: str) -> bool:
        return w[:1].isupper() and w.isalpha()

    before = words[start - 1] if start else ""
    return (end < len(words) and name_word(words[end])) or (name_word(before) and before.lower() != "the")


def _date(v) -> date | None:
    if v in (None, "", "present"):
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    s = str(v)
    if re.fullmatch(r"\d{4}", s):
        return date(int(s), 1, 1)
    if re.fullmatch(r"\d{4}-\d{2}", s):
        return date(int(s[:4]), int(s[5:7]), 1)
    return date.fromisoformat(s)


def _end_date(v) -> date | None:
    """An end given as a year or month covers the whole of it."""
    if v in (None, "", "present"):
        return None
    s = str(v)
    if re.fullmatch(r"\d{4}", s):
        return date(int(s), 12, 31)
    if re.fullmatch(r"\d{4}-\d{2}", s):
        y, m = int(s[:4]), int(s[5:7])
        return date(y, m, calendar.monthrange(y, m)[1])
    return _date(v)


@lru_cache(maxsize=1)
def _tokenizer():
    import spacy

    from ..nlp import add_abbreviations

    tokenizer = spacy.blank("en").tokenizer
    add_abbreviations(tokenizer)
    return tokenizer


def tokenize(text: str) -> list[str]:
    return [t.text for t in _tokenizer()(text)]


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The index, once per process: unpickled from the user cache when the data files, this code and
    the enabled converted parts are unchanged, else built (the PETRARCH dictionaries make a build
    take seconds: tokenising 60,000 aliases)."""
    from pathlib import Path

    from ..gazetteer import load_or_build, user_cache_dir
    from .petrarch import enabled_parts

    here = Path(__file__).parent
    from ..nlp import ABBREVIATIONS_FILE

    files = sorted(Path(str(data_path("actors"))).glob("*")) + [here / "lexicon.py", here / "petrarch.py",
                                                                Path(str(data_path(ABBREVIATIONS_FILE)))]
    sig = (tuple((f.name, f.stat().st_size, f.stat().st_mtime_ns) for f in files), tuple(sorted(enabled_parts())))
    cache = user_cache_dir() / f"actor-lexicon-{'-'.join(sig[1]) or 'hand'}.pickle"
    return load_or_build(cache, sig, build_lexicon)


def build_lexicon() -> Lexicon:
    """Build the index from the data files."""
    lx = Lexicon()
    tok = tokenize
    countries = load_yaml("actors/countries.yaml")
    aliases = load_yaml("actors/country_aliases.yaml")
    fold = aliases.get("fold", {})
    lx.fold_items = tuple(sorted(fold.items()))
    remove = {r.lower() for r in aliases.get("remove", [])}
    not_name = {r.lower() for r in aliases.get("not_name", [])}
    extra = aliases.get("extra", {})
    for code, entry in {**countries, **aliases.get("add_states", {})}.items():
        target = fold.get(code, code)
        folded = target != code
        lx.country_names.setdefault(target, (countries.get(target) or entry)["name"])
        why = f"country:{code}" + (f"->{target} (PLOVER folds dependencies)" if folded else "")
        names = list(entry.get("names", [])) + ([entry["name"]] if entry.get("name") else [])
        ex = extra.get(code, {})
        names += ex.get("names", [])
        not_here = {x.lower() for x in (aliases.get("not_name_of") or {}).get(code, [])}
        for n in names:
            if n.lower() in remove or n.lower() in not_name or n.lower() in not_here:
                continue
            lx.add(n, Lex(COUNTRY, target, None, lx.country_names[target], why), tok)
            if n.lower().startswith("the "):
                lx.add(n[4:], Lex(COUNTRY, target, None, lx.country_names[target], why), tok)
        if not folded:
            dems = []
            for d in [entry.get("demonym")] + list(entry.get("demonyms", [])):
                if d:
                    dems += [x.strip() for x in str(d).split(",")]
            # our own (extra) demonyms are hand-written: the remove list only filters generated ones
            hand = {str(x).lower() for x in ex.get("demonyms", [])}
            dems += [str(x) for x in ex.get("demonyms", [])]
            not_dem = {x.lower() for x in (aliases.get("not_demonym") or {}).get(code, [])}
            for d in dems:
                if (d.lower() in remove and d.lower() not in hand) or d.lower() in not_dem:
                    continue
                lx.add(d, Lex(DEMONYM, target, None, lx.country_names[target], f"demonym:{d}"), tok)
                if not d.endswith("s") and not d.endswith("ese") and d not in ("US", "U.S.", "Swiss"):
                    lx.add(d + "s", Lex(DEMONYM, target, None, lx.country_names[target], f"demonym:{d}s"), tok)
            caps = list(ex.get("capitals", [])) + list(entry.get("capitals", [])) + ([entry["capital"]] if entry.get("capital") else [])
            for c in caps:
                if c.lower() in remove:
                    continue
                lx.add(c, Lex(CAPITAL, target, "GOV", c, f"capital:{c}->{target}"), tok)
        elif entry.get("capital") and entry["capital"].lower() not in remove:
            lx.add(entry["capital"], Lex(CITY, target, "CVL", entry["capital"], f"city:{entry['capital']}->{target}"), tok)
    for g in (load_yaml("actors/groups.yaml") or {}).get("groups", []):
        home = g.get("home")
        name = lx.country_names.get(home, g["words"][0]) if home else g["words"][0]
        for w in g["words"]:
            lx.add(w, Lex(DEMONYM, home, None, name, f"group:{w}" + (f"->{home}" if home else ""),
                          ethnic=True, context=g.get("context", True)), tok)
    for r in (load_yaml("actors/succession.yaml") or {}).get("regions") or []:
        lx.add(r, Lex(REGION, None, None, r, f"region:{r} (no single state)"), tok)
    for name, code in aliases.get("pre", {}).items():
        lx.add(name, Lex(PRE, code, None, name, f"partially-recognised:{name}->{code}", other=("PRE",)), tok)
    for name, (code, sector) in aliases.get("seats", {}).items():
        lx.add(name, Lex(SEAT, code, sector, name, f"seat:{name}"), tok)
    try:
        cities = load_yaml("actors/cities.yaml") or {}
    except WhimbrelError:
        cities = {}
    for code, names in (cities.get("cities") or {}).items():
        for c in names:
            lx.add(c, Lex(CITY, code, "CVL", c, f"city:{c}->{code}"), tok)
    for c, codes in (cities.get("shared") or {}).items():  # the first state stays first
        for code in codes:
            lx.add(c, Lex(CITY, code, "CVL", c, f"city:{c}->{code} (shared)"), tok)
    for code, names in ((load_yaml("actors/regions.yaml") or {}).get("regions") or {}).items():
        for c in names:
            if tuple(t.lower() for t in tok(c)) not in lx.index:  # a name already known keeps its meaning
                lx.add(c, Lex(CITY, code, "CVL", c, f"region:{c}->{code}"), tok)
    for code, names in ((load_yaml("actors/region_abbreviations.yaml") or {}).get("abbreviations") or {}).items():
        for c in names:
            lx.add(c, Lex(CITY, code, "CVL", c, f"region:{c}->{code}"), tok)
    sect = load_yaml("actors/sectors.yaml")
    for sector, groups in sect["sectors"].items():
        for w in groups.get("person", []) or []:
            lx.add(w, Lex(AGENT, None, sector, w, f"agent:{w}->{sector}", person_title=True), tok)
        for w in groups.get("group", []) or []:
            lx.add(w, Lex(AGENT, None, sector, w, f"agent:{w}->{sector}"), tok)
    lx.former = frozenset(w.lower() for w in sect.get("former", []))
    lx.need_anchor = frozenset(w.lower() for w in sect.get("need_anchor", []))
    lx.generic_heads = frozenset(w.lower() for w in sect.get("generic_heads", []))
    orgs = load_yaml("actors/orgs.yaml")["orgs"]
    lx.national_orgs = frozenset(o["name"] for o in orgs if isinstance(o, dict) and o.get("national_branches"))
    for o in orgs:
        if not isinstance(o, dict) or "name" not in o or "code" not in o:
            raise WhimbrelError(E.E102, name="actors/orgs.yaml", reason=f"bad entry {o!r}")
        lex = Lex(ORG, o["code"], o.get("sector"), o["name"], f"org:{o['name']}", other=tuple(o.get("other", []) or []))
        for a in [o["name"]] + list(o.get("aliases", []) or []):
            lx.add(a, lex, tok)  # (add() drops a leading "the", unless that leaves a demonym)
    _add_people(lx, tok)
    from .petrarch import add_petrarch  # after the hand entries: they win

    add_petrarch(lx, tok)
    return lx


def load_people() -> list[dict]:
    """people.tsv: one row per role; rows of one name are one person with several roles."""
    people: dict[str, dict] = {}
    for _, row in read_tsv("actors/people.tsv"):
        p = people.setdefault(row["name"], {"name": row["name"], "aliases": [], "roles": []})
        for a in filter(None, row["aliases"].split(";")):
            if a not in p["aliases"]:
                p["aliases"].append(a)
        p["roles"].append({k: row[k] or None for k in ("code", "sector", "start", "end", "title", "source")})
    return list(people.values())


def _add_people(lx: Lexicon, tok) -> None:
    for p in load_people():
        roles = tuple(
            Role(r["code"], r["sector"], _date(r["start"]), _end_date(r["end"]), r.get("title") or "")
            for r in sorted(p["roles"], key=lambda r: r["start"] or "")
        )
        lex = Lex(PERSON, roles[0].code, roles[0].sector, p["name"], f"person:{p['name']}", roles=roles)
        for a in [p["name"]] + p["aliases"]:
            lx.add(a, lex, tok)
        lx.surnames.setdefault(surname_key(p["name"].split()[-1]), []).append(lex)


def surname_key(s: str) -> str:
    """'al-Ghanimi' and 'Ghanimi' are one surname; case and the Arabic article do not count."""
    s = s.lower().replace("’", "'")
    for pre in ("al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "ar-", "an-"):
        if s.startswith(pre):
            s = s[len(pre):]
            break
    return s


def role_on(lex: Lex, when: date | None) -> Role | None:
    """The person's role on the story's date (the latest that started by then, else the first)."""
    if not lex.roles:
        return None
    held = [r for r in lex.roles if r.holds(when)]
    if held:
        return held[-1]
    if lex.dated_only:  # a list that covers only some years says nothing of the others
        return None
    if when is not None:
        before = [r for r in lex.roles if r.end is not None and r.end < when]
        if before:  # PLOVER ELI: former officials no longer in office
            return Role(before[-1].code, "ELI", None, None, "former " + before[-1].title)
        return Role(lex.roles[0].code, None, None, None, "")  # before any role we know of
    return lex.roles[0]
