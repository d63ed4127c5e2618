"""Links between a sentence's units: conjuncts share a country modifier ("Serbian and Albanian
leaders"), a role takes its state from its of/in/from phrase ("the president of Iraq"), and an
appositive joins a person to their role ("Baqeri, chairman of ..."). Split from mentions.py, which
builds the units these read and change in place."""
from __future__ import annotations

from .codesets import IGO_FAMILY, SENT_BODIES, SITED_BODIES
from .lexicon import CITY, COUNTRY_KINDS, PERSON
from .names import name_word
from .titles import _sector_table
from .units import Unit

_OF_PREPS = {"of", "in", "from", "for", "at", "throughout", "across"}
# "refugees fleeing the war in Liberia": who flees a place comes from it
_ORIGIN_VERBS = {"flee", "escape"}


def link_conjuncts(sdoc, units: dict[int, Unit]) -> None:
    """'Israeli helicopters and tanks': a conjunct with no country takes its sibling's."""
    for u in units.values():
        t = sdoc[u.head]
        if t.dep_ != "conj" or u.codes:
            continue
        first = t.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        v = units.get(first.i)
        if v is not None and v.codes and u.kind == "agent" and v.kind == "agent":
            u.codes = list(v.codes)
            u.vague = False
            u.why.append("conjunct of " + sdoc[v.head].text)


def _state_possessor(sdoc, head, unit: Unit) -> Unit | None:
    """The state that owns a noun phrase no list knows ("Zimbabwe's war veterans"): a country or
    capital atom that is the phrase head's possessor, as a unit of that state's government."""
    for a in unit.atoms:
        if a.lex is None or a.lex.kind not in COUNTRY_KINDS or not a.lex.code:
            continue
        top = sdoc[a.j - 1]
        if top.dep_ == "case" and top.i > a.i:
            top = sdoc[a.j - 2]
        if top.dep_ == "poss" and top.head.i == head.i:
            u = Unit(head=top.i, start=a.i, end=a.j, kind=a.lex.kind, codes=[a.lex.code], sector=None)
            u.why = [f"possessor: {a.lex.why}"]
            return u
    return None


def _sited_body_acting(tok, prep) -> bool:
    """An embassy or consulate that acts ("its embassy in Tehran asked ...") speaks for the state
    that sent it: its "in"/"at" phrase says where it sits, not whose it is. As the object of an
    act ("reopened its embassy in Riyadh") the host is what the act is about, and keeps it."""
    return prep.lower_ != "of" and tok.lemma_.lower() in SITED_BODIES and tok.dep_ in ("nsubj", "nsubjpass")


def _town_of_origin(sdoc, tok) -> Unit | None:
    """A town the lists lack and the tagger did not take for a place, named as where people come from
    ("fishermen from Rameswaram"): its state, when the gazetteer leaves no doubt (context.gazetteer_state)."""
    if tok.pos_ != "PROPN":
        return None
    from .context import gazetteer_state

    words = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [tok]
    code = gazetteer_state(" ".join(t.text for t in words))
    if code is None:
        return None
    unit = Unit(head=tok.i, start=words[0].i, end=tok.i + 1, kind=CITY, codes=[code], sector=None)
    unit.why = [f"gazetteer (origin): {tok.text}->{code}"]
    return unit


def link_preps(sdoc, units: dict[int, Unit], depth: int = 0) -> None:
    """'the president of Iraq', 'rebels in Darfur', 'chairman of the Chiefs of Staff of the Iranian
    Armed Forces': a role with no country takes it (and, if it has no sector, the sector) from its
    of/in/from phrase, following nested phrases a few levels down."""

    def via(tok, hops):
        if hops > 3:
            return None
        for ch in tok.children:
            if ch.dep_ == "acl" and ch.lemma_.lower() in _ORIGIN_VERBS:
                v = fled(ch, hops + 1)
                if v is not None:
                    return v
            if ch.dep_ == "prep" and ch.lower_ in _OF_PREPS and not _sited_body_acting(tok, ch):
                for p in ch.children:
                    if p.dep_ == "pobj":
                        v = units.get(p.i)
                        if v is not None and v.kind and v.codes:
                            return v
                        if ch.lower_ == "from" and (v is None or not v.kind):
                            town = _town_of_origin(sdoc, p)
                            if town is not None:
                                return town
                        owner = _state_possessor(sdoc, p, v) if v is not None and not v.kind else None
                        if owner is not None:
                            return owner  # "leader of Zimbabwe's war veterans": a group no list knows
                        deeper = via(p, hops + 1)
                        if deeper is not None:
                            # the intermediate phrase's own sector wins ("Chiefs of Staff" -> MIL)
                            if v is not None and v.sector and not deeper.sector:
                                return deeper
                            return deeper if v is None or not v.sector else _merge(v, deeper)
                        if v is not None and v.kind:
                            return v
        return None

    def fled(verb, hops):
        """What a fleeing actor flees (its object, or the verb's own place phrase)."""
        for o in verb.children:
            if o.dep_ == "dobj":
                v = units.get(o.i)
                if v is not None and v.kind and v.codes:
                    return v
                deeper = via(o, hops)
                if deeper is not None:
                    return deeper
        return via(verb, hops)

    def _merge(v, deeper):
        m = Unit(head=v.head, start=v.start, end=v.end, kind=v.kind, codes=list(deeper.codes), sector=v.sector)
        m.why = v.why + deeper.why
        return m

    _constituencies(sdoc, units)
    for u in list(units.values()):
        tok = sdoc[u.head]
        needs = (u.kind in ("agent",) and not u.codes) or (u.kind == "" and tok.pos_ == "NOUN") or (u.placed and not u.codes)
        if u.kind == "person" and not u.codes:
            needs = True
        if not needs:
            continue
        v = via(tok, 0)
        if v is None and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _ORIGIN_VERBS:
            v = fled(tok.head, 1)  # "Refugees fled the war in Liberia" (or a misparsed participle)
        if v is None or not v.codes:
            continue
        if u.kind == "" :
            continue
        u.codes = list(v.codes)
        if u.sector is None or (v.kind == "seat" and v.sector in ("LEG", "JUD") and _presides(sdoc, u)) \
                or (tok.lemma_.lower() in SENT_BODIES and v.sector):
            u.sector = v.sector  # "the President of the Senate" presides over a legislature
        u.vague = False
        u.why.append(f"of-phrase: {sdoc[v.head].text}")
    # role nouns with no lexicon entry ("chairman of ... Armed Forces") become agents here
    for tok in sdoc:
        if tok.i in units or tok.pos_ != "NOUN":
            continue
        linked = [tok.head] if tok.dep_ == "appos" else [c for c in tok.children if c.dep_ == "appos"]
        if not any(units.get(t.i) is not None and (units[t.i].kind == "person" or units[t.i].surname) for t in linked):
            continue
        v = via(tok, 0)
        if v is not None and v.codes and v.kind in ("agent", "org", "seat", "country", "capital", "pre", "demonym"):
            u = Unit(head=tok.i, start=tok.left_edge.i, end=tok.i + 1, kind="agent", codes=list(v.codes),
                     sector=v.sector if v.kind in ("agent", "org", "seat") else "GOV", person_title=True)
            u.why = [f"role of-phrase: {sdoc[v.head].text}"] + v.why
            units[tok.i] = u


def _constituencies(sdoc, units: dict[int, Unit]) -> None:
    """'Senator Jane Doe of Kentucky', 'Mayor John Roe of Chicago': a town or region in a person's
    of-phrase is where the person is from or whom the person represents, not a second party of the
    argument; it places the person (as an apposed place does, link_appositives)."""
    for u in units.values():
        if u.kind != PERSON:
            continue
        for prep in sdoc[u.head].children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for p in prep.children:
                v = units.get(p.i)
                if p.dep_ == "pobj" and v is not None and v.kind == CITY and v.codes \
                        and (not u.codes or set(v.codes) <= set(u.codes)):
                    v.alias_of = u.head
                    u.codes = u.codes or list(v.codes)


def _presides(sdoc, u: Unit) -> bool:
    """Is the unit's head a presiding title (sectors.yaml presiding_titles: "president", "speaker")?"""
    return sdoc[u.head].lower_ in _sector_table("presiding_titles")


def _copular_relative(t):
    """The person a role is said of in a relative clause ("X, who was the acting director of Y"):
    the same link as an apposition ("X, the acting director of Y"); None for any other word."""
    be = t.head
    if t.dep_ != "attr" or be.lemma_ != "be" or be.dep_ != "relcl":
        return None
    return be.head if any(c.dep_ == "nsubj" and c.lower_ == "who" for c in be.children) else None


NAME_DEPS = ("compound", "flat")
MAX_NAME_WORDS = 5


def _name_of_title(sdoc, name: Unit, role: Unit) -> None:
    """A run of capitalised words apposed to a title that names one person ("its parliamentary
    leader, Rajendra Prasad Yadav", "Rajendra Prasad Yadav, the party's leader") is that person's
    name, whatever NER called it: the small model labels many names it has not seen as an
    organisation or a place, and the unit would be resolved as an unlisted company. As a person
    the story can find them again by surname (story.py)."""
    if name.kind or not name.surname or role.kind != "agent" or not role.person_title:
        return
    head = sdoc[name.head]
    words = [c for c in head.lefts if c.dep_ in NAME_DEPS] + [head]
    words = [t for t in words if t.i >= words[-1].i - MAX_NAME_WORDS + 1]
    if len(words) < 2 or words[-1].i - words[0].i + 1 != len(words) or not all(name_word(t.text) for t in words):
        return
    name.kind, name.identifier, name.surname = PERSON, " ".join(t.text for t in words), None
    name.start = min(name.start, words[0].i)
    name.why.append(f"name apposed to a title: {sdoc[role.head].text}")
    if not any(c.dep_ == "prep" for c in sdoc[role.head].children):
        # a bare title ("its party leader, X"), as "Title X" is: context may place them
        # (context.fill_from_context); "X, vice president for sales at Y" is Y's
        name.person_title = True


def link_appositives(sdoc, units: dict[int, Unit]) -> None:
    """'Baqeri, chairman of ...' / 'the Iraqi commander, Othman al-Ghanimi' / 'X, who is the
    minister of ...': one actor."""
    for u in list(units.values()):
        t = sdoc[u.head]
        anchor = t.head if t.dep_ == "appos" else _copular_relative(t)
        if anchor is None:
            continue
        v = units.get(anchor.i)
        if v is None:
            continue
        for name, role in ((u, v), (v, u)):
            _name_of_title(sdoc, name, role)
        if not v.kind or not u.kind:
            continue
        person, role = (v, u) if v.kind == "person" else (u, v) if u.kind == "person" else (None, None)
        if person is None:
            continue
        if role.codes and (not person.codes or person.identifier and person.why and person.why[0] == "PERSON entity"):
            person.codes = list(role.codes)
        # a place apposed to a name ("Rep. Jane Doe (D-Minn.)", "Jane Doe, D-Calif.") is the person's
        # state or constituency: it places the person, the title says what the person is
        if role.sector and (person.sector is None or "PERSON entity" in person.why) \
                and not (role.kind == CITY and person.person_title):
            person.sector = role.sector
        person.why.append(f"appositive: {sdoc[role.head].text}")
        role.alias_of = person.head
        role.identifier = person.identifier
        if role.codes:
            role.codes = list(person.codes)
            role.sector = person.sector
    _role_of_body(sdoc, units)
    _title_after_body(sdoc, units)


def share_alias_codes(units) -> None:
    """A person whose apposed title was placed only later, by its owner's earlier mention or by the
    story ("the party's deputy spokesperson, X": the party told before), is placed with it: the
    title and the name are one actor (link_appositives made the title the person's alias)."""
    by_head = {u.head: u for u in units}
    for role in units:
        person = by_head.get(role.alias_of) if role.alias_of is not None else None
        if person is not None and person is not role and role.codes and not person.codes:
            person.codes = list(role.codes)
            person.why.append(f"apposed title placed: {role.codes[0]}")


TITLED_BODIES = IGO_FAMILY | {"NGO"}  # international bodies whose heads the news titles by the body's name


def _title_after_body(sdoc, units: dict[int, Unit]) -> None:
    """"ECOWAS President Omar Touray", "IAEA chief Rafael Grossi": a named person no list holds whose
    phrase opens with a title (an agent word, or a role noun of sectors.yaml) written right after an
    international organisation's name acts for that organisation. The small model often parses the
    organisation's name as a clause of its own, so the words' order decides, not the parse."""
    from .names import role_nouns

    bodies = {u.end: u for u in units.values() if u.kind == "org" and u.codes and u.codes[0] in TITLED_BODIES}
    for person in [u for u in units.values() if u.kind == "person" and not u.codes and "PERSON entity" in u.why]:
        body = bodies.get(person.start)
        title = sdoc[person.start].lower_
        if body is None or not (person.sector or title in role_nouns()):
            continue
        person.codes = list(body.codes)
        person.sector = person.sector if person.sector in ("GOV", "MIL") else (body.sector or "GOV")
        person.why.append(f"{sdoc[person.start].text} of {sdoc[body.start:body.end].text}")


def _role_of_body(sdoc, units: dict[int, Unit]) -> None:
    """'X, the acting director of the Department of Y' / 'X, who heads ...' is not written: a role
    noun no lexicon lists (sectors.yaml role_nouns: "director", "head", "chief") said of a named
    person, apposed or in a relative clause, with an of-phrase naming a body: the person acts for
    that body (its sector; its state when known)."""
    from .names import role_nouns

    for person in [u for u in units.values() if u.kind == "person" and "PERSON entity" in u.why]:
        head = sdoc[person.head]
        roles = [c for c in head.children if c.dep_ == "appos"]
        roles += [g for c in head.children if c.dep_ == "relcl" for g in c.children if _copular_relative(g) is not None]
        for r in roles:
            if r.i in units or r.lower_ not in role_nouns():
                continue
            bodies = [units[g.i] for p in r.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj" and g.i in units]
            # a body: an organisation, or an agency PETRARCH2 lists among its holders (the FBI)
            body = next((b for b in bodies if _body_sector(sdoc, b)), None)
            if body is None:
                continue
            if body.codes:  # a listed body: its state and sector now
                person.sector = _body_sector(sdoc, body)
                person.codes = person.codes or list(body.codes)
            else:  # an unlisted one takes the story's state later (unlisted.fill_unlisted), and so does the person
                person.office = _body_sector(sdoc, body)
            person.why.append(f"{r.text} of {sdoc[body.head].text}")
            break


def _body_sector(sdoc, b: Unit) -> str | None:
    """The sector of a body a role is of: a listed organisation's or agency's (PETRARCH2 lists the
    FBI among its holders), or GOV for an unlisted proper name headed "Department", "Ministry", ...
    (sectors.yaml official_body_heads, as unlisted.fill_unlisted codes it later)."""
    if "PERSON entity" in b.why:
        return None
    if b.sector and b.kind:
        return b.sector
    if "proper noun" in b.why and sdoc[b.head].lower_ in _sector_table("official_body_heads"):
        return "GOV"
    return None

