"""Actor mentions in one parsed sentence: lexicon hits grouped into noun-phrase units.

Why by noun phrase: an actor is a noun phrase whose head says the role ("officials", "commander",
"Khamenei") and whose modifiers say the country ("Iraqi", "Iran's", "US"). So each lexicon hit
(lexicon.py) and each spaCy PERSON entity is climbed up the dependency tree through modifier
relations (compound, amod, poss, nmod, flat, and conjuncts of modifiers) to its noun-phrase head;
the hits that share a head make one ``Unit``. A unit is then resolved in order:

1. the head itself is a named actor: a person (knowledge base or PERSON entity), an organisation,
   a seat of government, a capital (GOV, or CVL when it is only a location), a country, a place;
2. or an agent word ("officials", "troops") whose country comes from its modifiers (one entity per
   conjoined modifier: "Hungarian and Romanian officials"), else from an "of/in/from" phrase
   ("the president of Iraq", "rebels in Darfur"), else from the conjunct it is joined to
   ("Israeli helicopters and tanks").

Units linked by apposition ("Mohammad Baqeri, chairman of ... the Iranian Armed Forces") share
what each knows. Story-wide links (surnames, roles, "counterpart") are made in story.py.
"""
from __future__ import annotations

from functools import lru_cache

from .codesets import CLUB_WORDS_AFTER, CLUB_WORDS_BEFORE, PLACE_NAMED_NOUNS, STATE_BODY_SECTORS
from .collective import international_bodies, mark_pairs, state_groups
from .fuzzy import fuzzy_atoms
from .groups import resolve_groups
from .names import agent_typo_atoms, drop_stances, org_atoms, person_names, role_nouns
from .links import link_appositives, link_conjuncts, link_preps
from .places import gazetteer_atoms
from .shared_places import half_atoms, settle_atoms, stated_states
from .units import Atom, Unit  # noqa: F401  (re-exported: story, anaphora, __init__)
from .titles import (title_office, _bodies_of_named_state, _body_words, _first_nationality, _member_of_seat, _person_on,
                     _sector_table, _staff_of_seat, _state_sponsored, _title_in)

from .places import in_shared_feature
from .lexicon import (AGENT, CAPITAL, CITY, COUNTRY, COUNTRY_KINDS, DEMONYM, ORG, PERSON, PRE, SEAT,
                      Lexicon, role_on, surname_key)

NAME_ENTS = ("ORG", "PRODUCT")
_PRIORITY = {PERSON: 0, ORG: 1, SEAT: 2, PRE: 3, COUNTRY: 4, CAPITAL: 5, DEMONYM: 6, CITY: 7, AGENT: 8}
_MOD_DEPS = {"compound", "amod", "poss", "nmod", "flat", "nn", "nummod", "npadvmod", "quantmod"}
_LOC_PREPS = {"in", "at", "near", "outside", "inside", "across", "around", "throughout", "into", "within", "through"}
_AFFIX = ("-led", "-backed", "-based", "-run", "-brokered", "-funded", "-sponsored", "-allied", "-aligned",
          "-born", "-owned", "-controlled", "-held", "-supported", "-trained", "-armed")
_SPONSOR_AFFIX = ("-backed", "-funded", "-sponsored", "-supported", "-trained", "-armed")
# non-state armed actors: a sponsor ("Iranian-backed militias") is not their state
_SPONSORED_SECTORS = {"REB", "PRM", "OPP", "CRM", "UAF"}
_ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj", "agent", "dative", "attr", "ROOT"}
COUNTERPART = {"counterpart", "counterparts", "opposite number"}
STORY_NAME_ONLY = "proper noun tagged a place"  # story.py links it to a person the story named, nothing else


def sort_lexes(lexes: list) -> list:
    return sorted(lexes, key=lambda l: _PRIORITY.get(l.kind, 9))


def atoms_of(words: list[str], lx: Lexicon) -> list[Atom]:
    """Lexicon hits over a token list, including 'US-led' style affixed names."""
    atoms = [Atom(i, j, sort_lexes(ls)) for i, j, ls in lx.scan(words)]
    # a company's name takes no article ("Amazon said", never "the Amazon said"): "the Amazon",
    # "the Shell" are a forest and an object, not the companies
    atoms = [a for a in atoms if not (a.i > 0 and words[a.i - 1].lower() == "the" and a.kind == ORG and a.lex.code == "MNC")]
    covered = {k for a in atoms for k in range(a.i, a.j)}
    for k, w in enumerate(words):
        if k in covered or "-" not in w:
            continue
        for suf in _AFFIX:
            if w.lower().endswith(suf) and len(w) > len(suf):
                hits = lx.scan([w[: -len(suf)]])
                if hits:
                    ls = [l for l in hits[0][2] if l.kind != AGENT]
                    if ls:
                        atoms.append(Atom(k, k + 1, sort_lexes(ls), sponsor=suf in _SPONSOR_AFFIX))
                break
    atoms.sort(key=lambda a: a.i)
    return atoms


def _np_head(tok, stop_at_poss: bool = False, stops: frozenset = frozenset()):
    """Climb from a token through modifier relations to the head of its noun phrase (with
    ``stop_at_poss``, to the possessor it heads: "the militia's pledge" stops at "militia"; at any
    token of ``stops``, the heads of possessor phrases: "the Libyan militia's pledge")."""
    seen = 0
    while seen < 8:
        seen += 1
        dep = tok.dep_
        if (stop_at_poss and dep == "poss") or tok.i in stops:
            break
        if dep in _MOD_DEPS or dep == "case":
            if tok.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "X") and tok.head.i != tok.i:
                tok = tok.head
                continue
        if dep == "conj" and tok.head.dep_ in _MOD_DEPS and tok.pos_ in ("ADJ", "PROPN") and tok.head.pos_ in ("ADJ", "PROPN"):
            if tok.head.head.pos_ in ("NOUN", "PROPN"):
                tok = tok.head
                continue
        break
    return tok


def _owner_phrases(sdoc, atoms: list) -> frozenset:
    """The heads of possessor phrases an agent word heads, owning a noun no actor word names: a
    phrase of its own ("praised the militia's pledge", "faulted the cabinet's decision": the
    militia, the cabinet), not a modifier of the thing owned. A state's or a person's possessive
    stays the owner of the phrase's head ("Iran's decision"), and an agent word possessing another
    ("the ministry's spokesman") one phrase with it."""
    covered = {k for a in atoms for k in range(a.i, a.j)}
    owners = set()
    for a in atoms:
        if a.kind == AGENT:
            owner = _np_head(_atom_head(sdoc, a), stop_at_poss=True)
            if owner.dep_ == "poss" and owner.head.i not in covered and owner.head.lemma_.lower() in _act_nouns():
                owners.add(owner.i)
    return frozenset(owners)


@lru_cache(maxsize=1)
def _act_nouns() -> frozenset[str]:
    """Nouns of acts: the event lexicon's noun triggers and the generic act nouns ("decision",
    "move") that a possessor does ("the government's decision")."""
    from ..events.lexicon import entries
    from ..events.vocab import words

    return frozenset({lemma for lemma, pos in entries() if pos == "noun"} | set(words("fill_recipient", "GENERIC_ACT_NOUNS")))


def _atom_head(sdoc, a: Atom):
    """The token of a multi-word hit whose head lies outside it (the last such: English NPs are
    head-final, and a mis-parse may attach the first word elsewhere)."""
    toks = sdoc[a.i : a.j]
    outside = [t for t in toks if not (a.i <= t.head.i < a.j) or t.head.i == t.i]
    return outside[-1] if outside else toks[-1]


def _surname_org(atoms, start: int, end: int) -> bool:
    """Does an organisation's name cover only the tail of a person's name ("Bloomberg" of "Michael
    Bloomberg"), with the given name before it covered by nothing?"""
    inside = [a for a in atoms if a.i < end and a.j > start]
    return bool(inside) and all(a.kind == ORG and start < a.i and a.j == end for a in inside)


def sentence_units(sdoc, lx: Lexicon, when, prefer: dict | None = None) -> tuple[list[Unit], list[Atom]]:
    """All actor units of one parsed sentence, plus the raw atoms (for possessor look-ups).
    ``prefer``: the story's reading of place names two states share (shared_places.py)."""
    words = [t.text for t in sdoc]
    atoms = atoms_of(words, lx)
    settle_atoms(atoms, prefer or {})
    resolve_groups(words, atoms)
    covered = {k for a in atoms for k in range(a.i, a.j)}
    atoms += half_atoms(sdoc, lx, prefer or {}, covered, lambda i, j, ls: Atom(i, j, ls))
    covered = {k for a in atoms for k in range(a.i, a.j)}
    atoms += gazetteer_atoms(sdoc, lx, covered, lambda i, j, ls: Atom(i, j, ls))
    covered = {k for a in atoms for k in range(a.i, a.j)}
    atoms += fuzzy_atoms(sdoc, lx, covered, lambda i, j, ls: Atom(i, j, ls))
    atoms = drop_stances(words, atoms)
    atoms = [a for a in atoms if not _place_in_name(sdoc, a) and not _place_in_club(sdoc, a)
             and not (a.kind in (COUNTRY, CAPITAL, CITY) and in_shared_feature(sdoc, a))]
    stated_states(sdoc, atoms)
    atoms = person_names(sdoc, lx, atoms, lambda i, j, name: Atom(i, j, [], name=name))
    atoms = org_atoms(sdoc, lx, atoms, lambda i, j, ls: Atom(i, j, ls))
    atoms = agent_typo_atoms(sdoc, lx, atoms, lambda i, j, ls: Atom(i, j, ls))
    covered = {k for a in atoms for k in range(a.i, a.j)}
    titles = {k for a in atoms if a.lex is not None and a.kind == AGENT and a.lex.person_title for k in range(a.i, a.j)}
    for ent in sdoc.ents:
        start = ent.start
        while start < ent.end - 1 and start in titles:  # "King Hassan": the title is not the name
            start += 1
        if ent.label_ == "PERSON" and _surname_org(atoms, start, ent.end):
            # "Michael Bloomberg", "Michael Dell": a person whose surname names a firm is the person
            atoms = [a for a in atoms if not (start < a.i and a.j <= ent.end and a.kind == ORG)]
            covered = {k for a in atoms for k in range(a.i, a.j)}
        if ent.label_ == "PERSON" and not any(k in covered for k in range(start, ent.end)):
            ent = sdoc[start:ent.end]
            name = ent.text
            if name.lower().endswith("'s") or name.endswith("’s"):
                name = name[:-2]
            atoms.append(Atom(ent.start, ent.end, [], name=name.strip()))
    atoms += _titled_names(sdoc, atoms, titles)
    atoms.sort(key=lambda a: a.i)
    units: dict[int, Unit] = {}
    owners = _owner_phrases(sdoc, atoms)
    for a in atoms:
        h = _np_head(_atom_head(sdoc, a), stops=owners)
        p = h.head if a.sponsor and h.head.i != h.i else None
        if p is not None and p.lower_ in ("backed", "funded", "sponsored", "supported", "trained", "armed") \
                and p.dep_ == "amod" and p.head.pos_ in ("NOUN", "PROPN"):
            h = _np_head(p.head)  # "Russian-backed separatists": the sponsor modifies the actor
        u = units.get(h.i)
        if u is None:
            start = min(h.left_edge.i, a.i)
            u = units[h.i] = Unit(head=h.i, start=start, end=h.i + 1)
        u.atoms.append(a)
        u.start = min(u.start, a.i)
        u.end = max(u.end, a.j)
    for u in list(units.values()):
        _resolve_unit(sdoc, u, lx, when)
        placed = [a for a in u.atoms if a.placed]
        if placed and not u.codes:
            u.placed, u.home = True, placed[0].home
        # "the Iraqi military and security services": a coordinated agent modifier is an actor too
        if u.kind == "agent":
            for a in u.atoms:
                if a.kind == AGENT and a.j - 1 != u.head and a.j - 1 not in units and any(c.dep_ == "conj" for c in sdoc[a.j - 1].children):
                    v = Unit(head=a.j - 1, start=u.start, end=a.j, kind="agent", codes=list(u.codes), sector=a.lex.sector,
                             why=[a.lex.why, "coordinated modifier"] + u.why[1:])
                    units[a.j - 1] = v
    # lone proper nouns the lexicon and NER do not know ("Bageri"): story.py may link them to a
    # person already named in the story; otherwise they stay unresolved and are dropped. A word
    # the tagger calls a common noun but NER an organisation or product is a name too: the small
    # model tags one-word company names ("Acmeco is being investigated") so
    covered = {k for a in atoms for k in range(a.i, a.j)}
    for span in _unlisted_org_spans(sdoc, covered, units):
        # "Customs and Border Protection": one organisation, not three names of its conjuncts
        units[span.root.i] = Unit(head=span.root.i, start=span.start, end=span.end, surname=span.text, why=["proper noun"])
        covered.update(range(span.start, span.end))
    covered |= _rest_of_listed_names(sdoc, atoms)
    for t in sdoc:  # a lone word tagged a place no gazetteer knows may be a surname the story gave ("Ojha")
        if ((t.pos_ == "PROPN" or t.ent_type_ in NAME_ENTS + ("GPE",)) and t.i not in covered and t.i not in units and t.dep_ in _ARG_DEPS
                and t.text[:1].isupper() and t.ent_type_ not in ("DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY")):
            units[t.i] = Unit(head=t.i, start=t.i, end=t.i + 1, surname=t.text,
                              why=[STORY_NAME_ONLY if t.ent_type_ == "GPE" else "proper noun"])
    mark_pairs(sdoc, units)
    state_groups(sdoc, units)
    international_bodies(sdoc, units)
    link_conjuncts(sdoc, units)
    link_preps(sdoc, units)
    link_appositives(sdoc, units)
    return [u for u in sorted(units.values(), key=lambda u: u.start) if u.kind or u.surname], atoms


NAME_TAGS = ("NNP", "NNPS")


def _titled_names(sdoc, atoms: list, titles: set[int]) -> list:
    """A person's title followed by capitalised words NER did not tag as a person ("Governor Babajide
    Sanwo-Olu met ...": the small model knows few African and Asian names, and calls some of them
    an organisation): the words are the titled person's name. Hyphens inside the run stay in it;
    two to five tokens, the last a proper noun, none claimed by another atom or by an entity other
    than a person or an organisation (a place, a date)."""
    covered = {k for a in atoms for k in range(a.i, a.j)}
    out = []
    for t in sorted(titles):
        if t + 1 in titles or t + 1 >= len(sdoc):
            continue
        k = t + 1
        while k < len(sdoc) and k - t <= 5 and k not in covered and sdoc[k].ent_type_ in ("", "PERSON", "ORG") and (
                sdoc[k].tag_ in NAME_TAGS and sdoc[k].text[:1].isupper()
                or sdoc[k].text == "-" and k + 1 < len(sdoc) and sdoc[k + 1].tag_ in NAME_TAGS):
            k += 1
        if k - (t + 1) >= 2 and sdoc[k - 1].tag_ in NAME_TAGS:
            out.append(Atom(t + 1, k, [], name=sdoc[t + 1:k].text.replace(" - ", "-")))
            covered.update(range(t + 1, k))
    return out


def _whole_name(sdoc, person: Atom, u: Unit) -> str:
    """A PERSON entity with the proper nouns that go on after it in its phrase: the small model's NER
    stops short of unfamiliar surnames ("Police chief [Oscar] Albayalde"), and the story links a
    later bare "Albayalde" only to a name written in full (story.py)."""
    end = person.j
    while end < u.end and sdoc[end].tag_ == "NNP" and sdoc[end].is_alpha and sdoc[end].text[:1].isupper() \
            and not sdoc[end].ent_type_:
        end += 1
    return " ".join([person.name] + [sdoc[k].text for k in range(person.j, end)])


def _federal_state_as_place(sdoc, u: Unit, mods: list) -> bool:
    """"in Nigeria's Plateau state", "across Rakhine State": a region named "<place> state" in a
    locative phrase is where things happen, as a capital there is, not a government."""
    head = sdoc[u.head]
    return head.lower_ == "state" and _in_locative(head) and any(a.kind == CITY and sdoc[a.j - 1].head.i == head.i for a in mods)


def _in_locative(tok) -> bool:
    """The token is the object of a preposition of place ("in Kabul", "across Borno State"), or of a
    journey's to/from ("flights to Beijing"; sectors.yaml travel_nouns)."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ in _LOC_PREPS or (prep.lower_ in ("to", "from") and prep.head.lemma_.lower() in _sector_table("travel_nouns"))


def _place_in_name(sdoc, a: Atom) -> bool:
    """A city or capital that only names an accord, a process, a meeting or a group ("the Minsk
    accords", "the Minsk Group co-chairs", "a Brussels summit"): where it was signed or first met,
    not a party to it. A country or nationality so placed names parties ("the Iran deal"), and is kept."""
    if a.lex is None or a.kind not in (CAPITAL, CITY) or a.j - a.i != 1:
        return False
    tok = sdoc[a.i]
    return tok.dep_ in ("compound", "nmod") and tok.head.i > tok.i and tok.head.lower_ in PLACE_NAMED_NOUNS


def _place_in_club(sdoc, a: Atom) -> bool:
    """A city or capital in a sports club's name ("Manchester United", "Real Madrid"): a club, not the
    city's state (code_sets.yaml club_words_after, club_words_before; capitalised, as in the name)."""
    if a.lex is None or a.kind not in (CAPITAL, CITY):
        return False
    after = sdoc[a.j].text if a.j < len(sdoc) else ""
    before = sdoc[a.i - 1].text if a.i > 0 else ""
    return after in CLUB_WORDS_AFTER or before in CLUB_WORDS_BEFORE


def _unlisted_org_spans(sdoc, covered: set[int], units: dict) -> list:
    """Organisation names (spaCy's ORG) of three or more words no atom covers, with an "and" or an
    "of" inside: the parser makes conjuncts or prepositional objects of their words, which would
    give one actor per word ("Customs and Border Protection", "the Department of Homeland
    Security")."""
    out = []
    for span in sdoc.ents:
        if span.label_ != "ORG" or len(span) < 3 or not any(t.lower_ in ("and", "of") for t in span):
            continue
        if any(k in covered or k in units for k in range(span.start, span.end)) or span.root.dep_ not in _ARG_DEPS:
            continue
        out.append(span)
    return out


def _rest_of_listed_names(sdoc, atoms: list) -> set[int]:
    """The words after a listed organisation's name inside the longer name spaCy tags (ORG): "the
    [Kazakhstan International Bureau for Human Rights] and Rule of Law" is one body, so "Rule" and
    "Law" are no names of their own (a lone capitalised word would otherwise be tried as a surname
    of the knowledge base)."""
    orgs = [a for a in atoms if a.kind == ORG]
    out: set[int] = set()
    for span in sdoc.ents:
        if span.label_ == "ORG" and any(span.start <= a.i and a.j < span.end for a in orgs):
            out.update(range(span.start, span.end))
    return out


def _office_before_name(u: Unit, person: Atom, mods: list[Atom], when) -> None:
    """An office the knowledge base lists as a holder ("Homeland Security Secretary", "US Secretary
    of State") written before a name the parser tags ("... Secretary Chad Wolf") is that person's
    title: its state and sector, when the name itself is not in the knowledge base."""
    if person.lex is not None or u.codes:
        return
    offices = [a for a in mods if a.kind == PERSON and a.lex is not None and a.j <= person.i]
    plex = _person_on(offices[-1].lexes, when) if offices else None
    r = role_on(plex, when) if plex is not None else None
    code, sector = (r.code, r.sector) if r else ((plex.code, plex.sector) if plex is not None else (None, None))
    if code:
        u.codes = [code]
        u.sector = u.sector or sector
        u.why.append(f"office before the name: {plex.name}")


def _resolve_unit(sdoc, u: Unit, lx: Lexicon, when) -> None:
    head_atom = next((a for a in u.atoms if a.i <= u.head < a.j), None)
    mods = [a for a in u.atoms if a is not head_atom]
    # a PERSON entity anywhere in the unit makes it a person (titles are modifiers)
    person = head_atom if head_atom is not None and head_atom.kind == PERSON else None
    if person is None:
        person = next((a for a in mods if a.kind == PERSON and a.j > u.head - 1), None)
        if person is not None and head_atom is not None and head_atom.kind != PERSON:
            person = None
    words_lower = {sdoc[k].lower_ for k in range(u.start, u.end)}
    u.former = bool(words_lower & lx.former)
    hw = sdoc[u.head].lower_
    if hw in COUNTERPART or (sdoc[u.head].lemma_.lower() == "counterpart"):
        u.counterpart = True
    if person is not None:
        u.kind = "person"
        u.surface = " ".join(sdoc[k].text for k in range(person.i, person.j))
        plex = _person_on(person.lexes, when)
        kb_title = None
        if plex is not None:  # knowledge base
            u.identifier = plex.name
            r = role_on(plex, when)
            kb_code, kb_sector = (r.code, r.sector) if r else (plex.code, plex.sector)
            kb_title = r.title.lower() if r and r.title else None
            u.why.append(plex.why + (f" ({r.title})" if r and r.title else ""))
            states = {a.lex.code for a in mods if a.kind in COUNTRY_KINDS and a.lex.code}
            if states and kb_code and kb_code not in states:
                # "Jordan's King Abdullah" is not Saudi Arabia's: the phrase's state says the
                # knowledge base has another bearer of the name; the name's own title gives the sector
                title = _title_in(sdoc, person, lx)
                u.identifier, kb_code, kb_sector = u.surface, None, title.sector if title else None
                u.why.append(f"not {plex.name}: the phrase names {','.join(sorted(states))}")
        else:
            u.identifier = _whole_name(sdoc, person, u)
            u.surface = u.identifier if len(u.identifier.split()) > len(u.surface.split()) else u.surface
            kb_code = kb_sector = None
            if len(u.identifier.split()) == 1:
                u.surname = person.name
            u.why.append("PERSON entity")
        titles = [a for a in mods if a.kind == AGENT]
        if not titles and person.lex is None and u.sector is None:
            t = _title_in(sdoc, person, lx)  # "King Hassan" tagged as one PERSON entity
            if t is not None:
                u.sector, u.person_title = t.sector, True
                u.why.append(t.why + " (in the name)")
        if not titles and u.sector is None:
            _member_of_seat(sdoc, u, person, mods, lx)
        places = _first_nationality(sdoc, _bodies_of_named_state(
            [a for a in mods if a.kind in COUNTRY_KINDS or a.kind in (ORG, SEAT)]))
        if titles:
            t = titles[-1].lex
            # the title of the office the knowledge base says the person holds is that office ("Chief
            # Executive Carrie Lam" heads Hong Kong's government, not a company)
            u.sector = kb_sector if kb_sector and t.name.lower() == kb_title else t.sector
            u.person_title = True
            u.why.append(t.why)
            m = titles[-2].lex if len(titles) > 1 and titles[-2].j == titles[-1].i else None
            if m is not None and t.name.lower() in lx.generic_heads - _sector_table("cabinet_heads") and m.sector != t.sector \
                    and not (m.person_title and m.name.lower() in lx.need_anchor):
                # "Rebel spokesman X", "Union leader Y": an agent word before a generic head says
                # whose it is, as for an untitled head ("army officers"); not a rank ("Deputy"), nor
                # before a cabinet title (sectors.yaml cabinet_heads: "Police Minister" is GOV)
                u.sector = m.sector
                u.why.append(m.why + " (modifier)")
            bodies = [a for a in mods if a.kind == SEAT and a.lex.sector in ("LEG", "JUD") and a.i < titles[-1].i]
            if bodies and t.name.lower() in _sector_table("presiding_titles"):
                u.sector = bodies[-1].lex.sector  # "Senate President X" presides over a legislature
            _staff_of_seat(sdoc, u, mods, titles[-1], lx)
            orgs = [a for a in mods if a.kind == ORG]
            if orgs and orgs[-1].lex.sector and (t.name.lower() in lx.generic_heads | lx.need_anchor or (
                    orgs[-1].j == titles[-1].i and orgs[-1].lex.sector not in STATE_BODY_SECTORS)):
                # "Hezbollah leader X": the group says the sector; "NLC President X": any title
                # right after a body not the state's is that body's office
                u.sector = orgs[-1].lex.sector
        if places:
            for p in places:
                c = p.lex.code
                if c and c not in u.codes:
                    u.codes.append(c)
            u.why.append(places[0].lex.why)
        if u.counterpart or any(sdoc[k].lower_ in COUNTERPART for k in range(u.start, u.end)):
            u.counterpart = True
        _office_before_name(u, person, mods, when)
        if not u.codes and kb_code:
            u.codes.append(kb_code)
        if u.sector is None and kb_sector:
            u.sector = kb_sector
        elif kb_sector == "ELI" and not u.former:
            pass
        if u.former:
            u.sector = "ELI"
        return
    if head_atom is not None and head_atom.kind in (ORG, SEAT, PRE, CAPITAL, COUNTRY, CITY, DEMONYM):
        lex = head_atom.lex
        u.kind = lex.kind
        u.identifier = lex.name if lex.kind in (ORG, SEAT) else None
        u.why.append(lex.why)
        u.other = list(lex.other)
        if lex.kind == ORG or lex.kind == SEAT:
            u.codes = [lex.code] if lex.code else []
            u.sector = lex.sector
            states = {a.lex.code for a in mods if a.kind in COUNTRY_KINDS and a.lex.code} - set(u.codes)
            # "Chile's Senate", "the Peruvian Congress": a body every state may have; "the Egyptian Red
            # Crescent": a national society (orgs.yaml national_branches). Either is of the state the
            # phrase names (alone, "the Senate" is the US one, "the Red Cross" the international body)
            national = lex.name.lower() in _body_words() if lex.kind == SEAT else lex.name in lx.national_orgs
            if (national or not u.codes) and len(states) == 1:
                # a body no list places ("Kenya's Parliamentary Budget Committee") is the named state's too
                u.codes = list(states)
                u.why.append(f"{lex.name} of {u.codes[0]}")
            # an agent modifier can refine an org's sector: "NATO troops" is head 'troops', not here
            return
        u.codes = [lex.code] if lex.code else []
        if lex.kind == CAPITAL:
            if _in_locative(sdoc[u.head]):
                u.sector = "CVL"
                u.why.append("capital as a location")
            else:
                u.sector = "GOV"
        elif lex.kind == CITY:
            u.sector = "CVL"
        elif lex.kind == DEMONYM:
            t = sdoc[u.head]
            if t.tag_ in ("NNS", "NNPS") or t.lower_.endswith("s") and t.pos_ in ("NOUN", "PROPN"):
                u.sector = "CVL"  # "Palestinians", "Algerians": the people
        elif lex.kind == PRE:
            u.sector = "PRE"
        # other country-kind modifiers of a country head are conjoined names ("US and UK" handled by conj)
        return
    if head_atom is not None and head_atom.kind == AGENT or u.counterpart:
        lex = head_atom.lex if head_atom is not None else None
        u.kind = "agent"
        if lex is not None:
            u.sector = lex.sector
            u.person_title = lex.person_title
            u.why.append(lex.why)
            if lex.name.lower() in lx.need_anchor:
                u.vague = True
        # agent modifiers before the head may be more specific ("army spokesman" -> MIL)
        agent_mods = [a for a in mods if a.kind == AGENT and a.lex.name.lower() not in _sector_table("weak_modifiers")]
        if agent_mods and lex is not None and (lex.name.lower() in lx.need_anchor or lex.name.lower() in lx.generic_heads) \
                and lex.name.lower() not in _sector_table("own_sector_heads"):
            u.sector = agent_mods[-1].lex.sector
            u.why.append(agent_mods[-1].lex.why)
            u.vague = False
        if head_atom is not None:
            _staff_of_seat(sdoc, u, mods, head_atom, lx)
        if lex is not None and lex.person_title:
            keep = _first_nationality(sdoc, [a for a in mods if a.kind in COUNTRY_KINDS])
            mods = [a for a in mods if a.kind not in COUNTRY_KINDS or a in keep]
        owner = next((a for a in mods if a.kind == ORG and a.lex.sector == "BUS" and a.lex.code), None)
        held = lex is not None and owner is not None and lex.name.lower() in _sector_table("subsidiary_words")
        if held or (lex is not None and owner is not None and lex.name.lower() in _sector_table("product_words")):
            # "Shell's Nigerian subsidiary": the owner answers for it (its state only explains);
            # "Boeing's 787 jets": the maker's products, not a military
            where = sorted({a.lex.code for a in mods if a.kind in COUNTRY_KINDS and a.lex.code})
            u.codes, u.sector, u.identifier = [owner.lex.code], owner.lex.sector, owner.lex.name
            u.why.append(f"{'subsidiary' if held else 'product'} of {owner.lex.name}" + (f" in {','.join(where)}" if where else ""))
            u.vague = False
            return
        if u.sector in _SPONSORED_SECTORS:
            mods = [a for a in mods if not a.sponsor]
        mods = _bodies_of_named_state(mods)
        for a in mods:
            if a.kind in (COUNTRY, DEMONYM, CAPITAL, PRE, CITY, ORG, SEAT) and a.lex.code:
                if a.lex.code not in u.codes:
                    u.codes.append(a.lex.code)
                    u.why.append(a.lex.why)
                if a.kind == PRE:
                    u.other.append("PRE")
                if a.kind == ORG:
                    u.identifier = a.lex.name
                    if lex is not None and a.lex.sector and not agent_mods and (lex.name.lower() in lx.generic_heads or (
                            lex.person_title and a.j == head_atom.i and a.lex.sector not in STATE_BODY_SECTORS)):
                        u.sector = a.lex.sector  # "NLC President": the title right after a body is its office
        if not u.codes and lex is not None and lex.sector in LEADER_BODIES:
            _leader_code(u, mods, lx, when)
        office = _sector_table("offices").get(lex.name.lower()) if lex is not None else None
        if not u.codes and office:
            u.codes = [office]  # "the Pope": an office only one state has
            u.why.append(f"office of {office}")
        sponsored = _sector_table("state_sponsored")
        if u.sector in sponsored and _state_sponsored(sdoc, u):
            u.why.append(f"state-sponsored {u.sector} -> {sponsored[u.sector]}")
            u.sector = sponsored[u.sector]
        if u.former and u.sector in ("GOV", "MIL", None) and u.person_title:
            u.sector = "ELI"
        if _federal_state_as_place(sdoc, u, mods):
            u.sector = "CVL"
            u.why.append("a state of a federation as a location")
        if u.codes:
            u.vague = False
        return
    if _person_office(sdoc, u, mods, lx, when):
        return
    # a noun whose own modifier is an agent word is that agent ("opposition candidates", "army
    # vehicles"); a noun with only country modifiers ("Iraqi soil") is not an actor
    agent_mods = [a for a in mods if a.kind == AGENT and sdoc[a.j - 1].dep_ in ("compound", "nmod") and sdoc[a.j - 1].pos_ in ("NOUN", "PROPN")
                  and sdoc[u.head].pos_ in ("NOUN", "PROPN") and a.lex.name.lower() not in lx.need_anchor]
    if not agent_mods and sdoc[u.head].lower_ in role_nouns():
        _role_noun(sdoc, u, mods)
        return
    if agent_mods:
        a = agent_mods[-1]
        u.kind = "agent"
        u.sector = a.lex.sector
        u.why.append(a.lex.why + " (modifier)")
        for m in mods:
            if m.kind in (COUNTRY, DEMONYM, CAPITAL, PRE, CITY, ORG, SEAT) and m.lex.code and m.lex.code not in u.codes:
                u.codes.append(m.lex.code)
                u.why.append(m.lex.why)
        if not u.codes and a.lex.person_title:
            # "President Rodrigo Duterte's war on drugs": the titled person's state, as for "the
            # Duterte administration"
            _leader_code(u, mods, lx, when)


def _role_noun(sdoc, u: Unit, mods: list) -> None:
    """'the United Nations Emergency Relief Coordinator', 'the EU's foreign policy chief': a role
    noun with an organisation or state in its phrase is a role of that body: its code, the sector of
    an agent word modifying it, else the organisation's sector (GOV for a state)."""
    bodies = [m for m in mods if m.kind in (ORG, SEAT, COUNTRY, DEMONYM, CAPITAL, PRE) and m.lex.code]
    if not bodies:
        return
    b = bodies[-1]
    u.kind = "agent"
    u.person_title = True
    u.codes = [b.lex.code]
    u.sector = b.lex.sector if b.kind in (ORG, SEAT) and b.lex.sector else "GOV"
    if b.kind == ORG:
        u.identifier = b.lex.name
    u.why += [f"role noun: {sdoc[u.head].text}", b.lex.why]


def _person_office(sdoc, u: Unit, mods: list, lx: Lexicon, when) -> bool:
    """"Prime Minister X's office said": a person's office (sectors.yaml person_offices) speaks and
    acts for its possessor, so it takes the person's state (_leader_code; a knowledge-base person
    only) and sector (their role on the story's date, else the title before the name). Without
    this the unit kept the title's sector and no state, and its events were dropped for want of an
    actor."""
    if sdoc[u.head].lower_ not in _sector_table("person_offices"):
        return False
    owner = next((a for a in mods if a.kind == PERSON and sdoc[a.j - 1].dep_ == "poss"
                  and sdoc[a.j - 1].head.i == u.head), None)
    if owner is None:
        return title_office(sdoc, u, mods)
    u.kind = "agent"
    if owner.lex is not None:  # not a surname guess: "Omar's office" is the Omar named earlier
        _leader_code(u, [owner], lx, when)
    role = role_on(owner.lex, when) if owner.lex is not None else None
    titles = [a for a in mods if a.kind == AGENT and a.j <= owner.i]
    u.sector = ((role.sector if role else None) or (owner.lex.sector if owner.lex is not None else None)
                or (titles[-1].lex.sector if titles else None))
    u.why.append(f"office of {owner.lex.name if owner.lex is not None else owner.name}")
    u.vague = not u.codes
    return True


LEADER_BODIES = ("GOV", "MIL", "COP", "SPY")  # a leader's government, forces, police, agents


def _leader_code(u: Unit, mods: list, lx: Lexicon, when) -> None:
    """'the Trump administration', 'the Assad regime', 'Putin's troops': a government or a force named
    after its leader is the leader's state (a person of the knowledge base, or a surname all of
    whose bearers there share one state)."""
    for a in mods:
        if a.kind != PERSON:
            continue
        if a.lex is not None:
            r = role_on(a.lex, when)
            code = (r.code if r else None) or a.lex.code
        else:
            cands = lx.surnames.get(surname_key(a.name.split()[-1]), []) if a.name else []
            codes = {c.code for c in cands if c.code}
            code = codes.pop() if len(codes) == 1 else None
        if code:
            u.codes.append(code)
            u.why.append(f"leader's government: {a.lex.name if a.lex else a.name}")
            return
