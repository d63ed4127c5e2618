"""Descriptions that stand for an actor named earlier: "the bloc", "the island", "the company".

Wire copy names an actor once and then describes it: "ECOWAS imposed sanctions ... the bloc also
closed borders", "China sent warships near Taiwan ... the island's defence ministry", "Facebook
removed the accounts ... the social network said". Each description (data/actors/descriptions.yaml)
has a kind of candidate, and the candidates are the actors named before it in the story:

* bloc / alliance: the organisations listed as blocs (EU and any EUR body, ECOWAS, ASEAN, AU ...) or
  alliances (NATO, CSTO); the entity is the organisation itself (its code, GOV/MIL as listed);
* island / kingdom / emirate / sultanate: the states of that kind named before (a country name, a
  demonym, a capital, a person or agent of that state);
* company: the companies named before (organisations of sector BUS that are not IGOs: MNC or a
  state's company);
* country ("the country", "the nation"): the states named as actors (a country name, a capital or
  seat that is the subject of its clause, or that names the subject's state: "Lithuania's
  president") before it in the same sentence, else in the same
  paragraph (a wider window is too often another state; a recipient, "signed a deal with Sweden",
  or a demonym on a person, "the French envoy", is not the state the writer goes on about);
* colonial ("its former colonial ruler"): a state named before that was the colonial ruler of
  another state named in the story.

Why "exactly one candidate": a description names no one by itself; when two candidates fit ("the
bloc" after both the EU and ASEAN, "the country" after Niger and France) the writer relies on
knowledge we do not have, so we leave the description unresolved rather than guess.

A description is resolved where it stands as an argument ("the island said ...": a new unit with
the state's code, no sector, as a bare state name), or as the possessor of an agent with no state
("the island's defence ministry": the agent takes the state), or when it is itself a country-less
agent unit ("the company": BUS, takes the company's code and name).
"""
from __future__ import annotations

from functools import lru_cache
from spacy.attrs import LOWER

from ..data import load_yaml
from .lexicon import CAPITAL, COUNTRY, DEMONYM, ORG, PRE, SEAT
from .mentions import Unit

from .codesets import NON_STATE_CODES as NON_STATE
_STATE_ATOMS = (COUNTRY, DEMONYM, CAPITAL, PRE, SEAT)
_ARG = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "agent", "conj", "appos", "attr", "ROOT"}
_POSSESSIVE = {"the", "its", "their"}


@lru_cache(maxsize=1)
def _table():
    data = load_yaml("actors/descriptions.yaml") or {}
    desc = {tuple(k.lower().split()): v for k, v in (data.get("descriptions") or {}).items()}
    states = {k: set(v) for k, v in (data.get("states") or {}).items()}
    colonial = {k: set(v) for k, v in (data.get("colonial") or {}).items()}
    return desc, set(data.get("blocs") or []), set(data.get("alliances") or []), states, colonial


@lru_cache(maxsize=1)
def _org_kinds() -> dict[str, tuple[frozenset, frozenset]]:
    """Organisation description kinds -> (sectors, codes) of what they may stand for."""
    kinds = (load_yaml("actors/descriptions.yaml") or {}).get("org_kinds") or {}
    return {k: (frozenset(v.get("sectors") or ()), frozenset(v.get("codes") or ())) for k, v in kinds.items()}


ORG_DESCRIPTION_KINDS = ("named",)  # and every key of org_kinds


@lru_cache(maxsize=1)
def description_heads() -> frozenset[str]:
    """The last word of every description ("group", "bloc", "island"): the pre-filter's clue."""
    return frozenset(key[-1] for key in _table()[0])


def _mentions(x, before: int | None = None) -> list[tuple[str, tuple]]:
    """What one sentence names that a description may stand for, as (kind, identity) pairs in order
    of position; identity = (code, sector, identifier). Only positions < before count."""
    _, blocs, alliances, _, _ = _table()
    out = []
    for u in x.units:
        if before is not None and u.start >= before:
            continue
        if u.kind == "org" and u.codes:
            code = u.codes[0]
            if code == "EUR" or u.identifier in blocs:
                ident = ("EUR", "GOV", "European Union") if code == "EUR" else (code, u.sector or "GOV", u.identifier)
                out.append((u.start, "bloc", ident))
            elif u.identifier in alliances:
                out.append((u.start, "alliance", (code, u.sector, u.identifier)))
            elif u.sector == "BUS" and code not in NON_STATE - {"MNC"}:
                out.append((u.start, "company", (code, "BUS", u.identifier)))
        if u.kind in ("org", "seat") and u.codes and u.identifier:
            # "Amnesty International and Human Rights Watch" is one unit of two organisations
            named = [a.lex for a in u.atoms if a.lex is not None and a.kind in (ORG, SEAT) and a.lex.code]
            for lex in named[:-1] if len(named) > 1 else ():
                out.append((u.start, "org", (lex.code, lex.sector, lex.name)))
            out.append((u.start, "org", (u.codes[0], u.sector, u.identifier)))
        if u.kind in ("person", "agent", "capital", "seat", "country", "pre") and not (u.kind == "capital" and u.sector == "CVL"):
            for c in u.codes:
                if c and c not in NON_STATE:
                    out.append((u.start, "state", (c, None, None)))
                    if u.kind in ("country", "capital", "pre", "seat") and _subject(x, u):  # the state as actor
                        out.append((u.start, "statename", (c, None, None)))
                    elif u.kind in ("person", "agent") and _subject(x, u) and _state_named(u, c):
                        # "Lithuania's president said ..., while the country's minister ...": the state
                        # the subject's own phrase names (not a demonym: "the French envoy")
                        out.append((u.start, "statename", (c, None, None)))
    in_orgs = {i for u in x.units if u.kind in ("org", "seat") for i in range(u.start, u.end)}
    for a in x.atoms:
        if before is not None and a.i >= before:
            continue
        if a.lex is not None and a.kind in _STATE_ATOMS and a.lex.code and a.lex.code not in NON_STATE:
            out.append((a.i, "state", (a.lex.code, None, None)))
        elif a.lex is not None and a.kind == ORG and a.lex.sector == "BUS" and a.lex.code not in NON_STATE - {"MNC"} \
                and a.lex.code is not None:
            out.append((a.i, "company", (a.lex.code, "BUS", a.lex.name)))
        elif a.lex is not None and a.kind == ORG and a.lex.code and a.i not in in_orgs:
            # an organisation named as a modifier ("struck Hezbollah positions ... accused the group")
            out.append((a.i, "org", (a.lex.code, a.lex.sector, a.lex.name)))
    out.sort(key=lambda m: m[0])
    return [(k, ident) for _, k, ident in out]


def _state_named(u, code: str) -> bool:
    """Does the unit's phrase name its state by a country name or capital ("Lithuania's president")?"""
    return any(a.lex is not None and a.kind in (COUNTRY, CAPITAL) and a.lex.code == code for a in u.atoms)


def _subject(x, u) -> bool:
    """Is the unit the subject of its clause (or a conjunct of one): a state named as actor?"""
    if x.sdoc is None:
        return False
    t = x.sdoc[u.head]
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.dep_ in ("nsubj", "nsubjpass")


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, list[tuple[tuple, str]]]:
    """The descriptions keyed by their first word: a sentence is scanned once, not once per key."""
    out: dict[str, list[tuple[tuple, str]]] = {}
    for key, kind in _table()[0].items():
        out.setdefault(key[0], []).append((key, kind))
    return out


def _find(sdoc) -> list[tuple[int, int, str]]:
    """Descriptions in one parsed sentence: (first token, head token, kind), after the/its/their."""
    by_first = _by_first_word()
    out = []
    strings = sdoc.vocab.strings
    low = [strings[h] for h in sdoc.to_array(LOWER).tolist()]  # speed: no Token object per word
    for start in range(1, len(low)):
        if low[start - 1] not in _POSSESSIVE:
            continue
        i = start + _membership_words(sdoc, start)  # "the six-nation bloc", "the 27-member bloc"
        for key, kind in by_first.get(low[i] if i < len(low) else "", ()):
            n = len(key)
            if tuple(low[i:i + n]) != key:
                continue
            if low[start - 1] != "the" and kind != "colonial":
                continue
            head = sdoc[i + n - 1]
            if head.pos_ not in ("NOUN", "PROPN") or (i + n < len(low) and sdoc[i + n].pos_ in ("NOUN", "PROPN") and sdoc[i + n].dep_ == "compound"):
                continue  # "the island nation" is matched by its longer key; "the company headquarters" is no actor
            if kind in _org_kinds() and kind not in ("chamber", "party", "union") \
                    and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
                continue  # "the group of students" is a group of people, not an organisation
            out.append((start - 1, head.i, kind))
    # longest first: drop a match inside another one
    out.sort(key=lambda m: (m[1], m[0]))
    kept = []
    for m in out:
        if kept and kept[-1][1] == m[1]:
            continue
        kept.append(m)
    return kept


@lru_cache(maxsize=1)
def _membership_nouns() -> frozenset[str]:
    return frozenset((load_yaml("actors/descriptions.yaml") or {}).get("membership_nouns") or ())


def _membership_words(sdoc, i: int) -> int:
    """How many tokens from i say how many members a body has ("six-nation", "27-member",
    "32-strong"): they come between "the" and the description, which they do not change."""
    if i + 2 < len(sdoc) and sdoc[i].like_num and sdoc[i + 1].text == "-" and sdoc[i + 2].lower_ in _membership_nouns():
        return 3
    return 0


def _is_org_kind(kind: str) -> bool:
    return kind in ORG_DESCRIPTION_KINDS or kind in _org_kinds()


def _fits(kind: str, word: str, ident: tuple) -> bool:
    """Is the organisation ``ident`` (code, sector, name) one the description may stand for?"""
    code, sector, name = ident
    if kind == "named":
        return word in (name or "").lower().split()
    if kind in _named_kinds() and word in (name or "").lower().split():
        return True  # "the agency": "the National Security Agency" too
    sectors, codes = _org_kinds()[kind]
    return sector in sectors or code in codes


def _named_kinds() -> frozenset[str]:
    """Kinds that also stand for a body whose own name holds the word (org_kinds ``named``)."""
    kinds = (load_yaml("actors/descriptions.yaml") or {}).get("org_kinds") or {}
    return frozenset(k for k, v in kinds.items() if v.get("named"))


ORG_WINDOW = 3  # sentences back a description of an organisation may reach


def _org_candidates(kind: str, word: str, history: list[list]) -> set:
    """The organisations of the kind named in the nearest sentence (this one first, then up to
    ORG_WINDOW back) that names any: a description refers to the organisation the writer just
    named; further back, the writer names it again."""
    for mentions in reversed(history[-ORG_WINDOW - 1:]):
        found = {ident for k, ident in mentions if k == "org" and _fits(kind, word, ident)}
        if found:
            return found
    if kind == "named":
        # "the council" ten sentences after "the UN Security Council": a body whose own name holds the
        # word is what the word stands for when the story named only one such body
        return {ident for mentions in history for k, ident in mentions if k == "org" and _fits(kind, word, ident)}
    return set()


def _candidates(kind: str, story: list, here: list, para: list, states: dict, colonial: dict) -> set:
    if kind in ("bloc", "alliance", "company"):
        return {ident for k, ident in story + here if k == kind}
    named = [ident[0] for k, ident in story + here if k == "state"]
    if kind in states:
        return {(c, None, None) for c in named if c in states[kind]}
    if kind == "country":
        local = [ident[0] for k, ident in here if k == "statename"] or [ident[0] for k, ident in para if k == "statename"]
        return {(c, None, None) for c in local}
    if kind == "colonial":
        return {(c, None, None) for c in named if c in colonial and any(o in colonial[c] for o in named if o != c)}
    return set()


def resolve_descriptions(sents, paragraphs: list[int]) -> None:
    """Resolve descriptions in place (units gain codes, or new units are added)."""
    _, _, _, states, colonial = _table()
    story: list = []  # mentions of the sentences before
    history: list[list] = []  # the same, one list a sentence
    para: list = []  # mentions of the earlier sentences of the current paragraph
    last_para = None
    for x, p in zip(sents, paragraphs):
        if p != last_para:
            para, last_para = [], p
        if x.sdoc is not None:
            found = _find(x.sdoc)
            by_head = {u.head: u for u in x.units}
            for start, head, kind in found:
                here = _mentions(x, before=start)
                if _is_org_kind(kind):
                    cands = _org_candidates(kind, x.sdoc[head].lower_, history + [here])
                else:
                    cands = _candidates(kind, story, here, para, states, colonial)
                if len(cands) != 1:
                    continue
                code, sector, ident = next(iter(cands))
                why = f"description: {x.sdoc[start + 1:head + 1].text} -> {ident or code}"
                tok = x.sdoc[head]
                u = by_head.get(head)
                if u is not None:
                    if u.codes or u.kind not in ("agent", ""):
                        continue
                    u.codes = [code]
                    if kind in ("company", "bloc", "alliance") or _is_org_kind(kind):
                        u.kind, u.sector, u.identifier = "org", sector, ident
                    u.vague = False
                    u.why.append(why)
                    continue
                owner = by_head.get(tok.head.i) if tok.dep_ in ("poss", "compound") else None
                if owner is not None:
                    if not owner.codes and owner.kind == "agent":
                        owner.codes = [code]
                        owner.vague = False
                        owner.why.append(why)
                    continue
                if tok.dep_ not in _ARG:
                    continue
                is_org = kind in ("company", "bloc", "alliance") or _is_org_kind(kind)
                v = Unit(head=head, start=start, end=head + 1, kind="org" if is_org else "country", codes=[code],
                         sector=sector if is_org else None, identifier=ident if is_org else None, why=[why])
                x.units.append(v)
                by_head[head] = v
            x.units.sort(key=lambda u: u.start)
        mine = _mentions(x)
        story += mine
        history.append(mine)
        para += mine
