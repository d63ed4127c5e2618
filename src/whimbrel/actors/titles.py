"""Who a titled or described person is: helpers of mentions.py for monarchs, offices, nationality.

* ``_person_on``: a name several people of the knowledge base bear ("King Abdullah": Saudi Arabia's
  until 2015, Jordan's since 1999) is the one in office on the story's date;
* ``_title_in``: the title a name starts with ("King Hassan" tagged as one PERSON entity) gives the
  sector (king/emir/sultan/crown prince: GOV; PLOVER codes reigning monarchs as government, and
  ELI only for former/ousted/exiled/late ones, the 'former' words of sectors.yaml);
* ``_first_nationality``: a hyphenated double nationality ("British-Iranian") codes a person by
  the first;
* ``_state_sponsored``: "state-backed hackers" are the state's own (sectors.yaml state_sponsored);
* ``_bodies_of_named_state``, ``_staff_of_seat``, ``_member_of_seat``: a named body before a
  title or name ("Nigerian Senate President X", "White House chief of staff Y", "Congress member Z");
* ``_sector_table``: the small tables of sectors.yaml these rules read (offices, subsidiary words).
"""
from __future__ import annotations

from functools import lru_cache

from ..data import load_yaml
from .codesets import NON_STATE_CODES, STATE_BODY_SECTORS
from .lexicon import AGENT, CAPITAL, COUNTRY_KINDS, ORG, PERSON, SEAT, Lex, Lexicon


def _person_on(lexes: list, when) -> Lex | None:
    """Of several people of one name ("King Abdullah": Saudi, Jordanian), the one in office on the
    story's date, else the first."""
    people = [l for l in lexes if l.kind == PERSON]
    if len(people) > 1:
        held = [l for l in people if any(r.holds(when) for r in l.roles)]
        if held:
            return held[-1]
    return people[0] if people else None


def _title_in(sdoc, atom, lx: Lexicon) -> Lex | None:
    """The title word(s) a person's name starts with ("King Abdullah" -> king)."""
    words = [sdoc[k].text for k in range(atom.i, atom.j)]
    for n in range(min(3, len(words) - 1), 0, -1):
        hit = [l for l in lx.index.get(tuple(w.lower() for w in words[:n]), []) if l.kind == AGENT and l.person_title]
        if hit:
            return hit[0]
    return None


def _first_nationality(sdoc, places: list) -> list:
    """'British-Iranian aid worker': a person of two nationalities joined by a hyphen is coded by
    the first, the one the writer leads with (usually the state that speaks for them abroad). Only
    for people: "Greek-Albanian border talks" have two parties, and they are not persons."""
    out = []
    for a in places:
        if a.i >= 2 and sdoc[a.i - 1].text == "-" and any(b.j == a.i - 1 and b.kind in COUNTRY_KINDS for b in places):
            continue
        out.append(a)
    return out


def _state_sponsored(sdoc, u) -> bool:
    """'state-backed', 'government-sponsored' in the unit's phrase."""
    low = [sdoc[k].lower_ for k in range(u.start, u.end)]
    for k in range(len(low) - 2):
        if low[k] in ("state", "government") and low[k + 1] == "-" and low[k + 2] in ("backed", "sponsored", "linked", "funded"):
            return True
    return any(w in ("state-backed", "state-sponsored", "government-backed", "government-sponsored") for w in low)


@lru_cache(maxsize=8)
def _sector_table(name: str):
    v = (load_yaml("actors/sectors.yaml") or {}).get(name) or {}
    return v if isinstance(v, dict) else {str(w).lower() for w in v}


def _staff_of_seat(sdoc, u, mods, title, lx) -> None:
    """'Pentagon spokesman X', 'White House acting chief of staff Y': a seat of government right
    before a generic or staff title (sectors.yaml staff_titles) says whose staff the person is: the
    seat's sector (a capital standing for its government: GOV), not the title's own."""
    staff = (lx.generic_heads - _sector_table("cabinet_heads")) | _sector_table("staff_titles")
    if title.lex is None or title.lex.name.lower() not in staff:
        return
    seat = next((a for a in mods if a.kind in (SEAT, CAPITAL) and a.j <= title.i
                 and all(sdoc[k].is_lower for k in range(a.j, title.i))), None)
    if seat is not None:
        u.sector = seat.lex.sector or "GOV"
        u.why.append(f"staff of {seat.lex.name}")


def _member_of_seat(sdoc, u, person, mods, lx) -> None:
    """'Congress member X', 'Parliament member Y': a generic head no list makes a title, between a
    named body and the name, says the person sits in that body (its sector)."""
    word = sdoc[person.i - 1] if person.i > 0 else None
    if word is None or word.lower_ not in lx.generic_heads:
        return
    seat = next((a for a in mods if a.kind == SEAT and a.lex.sector and a.j == word.i), None)
    if seat is not None:
        u.sector = seat.lex.sector
        u.why.append(f"{word.text} of {seat.lex.name}")


def _bodies_of_named_state(mods: list) -> list:
    """'Nigerian Senate President X': a body every state may have (a senate, a congress) is the
    state's the phrase names, as 'Chile's Senate' is; the US state the body's name stands for alone
    would make the person a second state's too."""
    states = {a.lex.code for a in mods if a.kind in COUNTRY_KINDS and a.lex.code}
    return [a for a in mods if not (states and a.kind == SEAT and a.lex.code not in states
                                    and a.lex.name.lower() in _body_words())]


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """Names of bodies every state may have (sectors.yaml group words: "senate", "congress")."""
    sect = load_yaml("actors/sectors.yaml")["sectors"]
    return frozenset(w.lower() for groups in sect.values() for w in (groups.get("group") or []))


def title_office(sdoc, u, mods: list) -> bool:
    """"The prime minister's office said", "the Kenyan president's office": the office of a titled
    one not named speaks for that office-holder as "X's office" does for a named one: the title's
    sector, the state its phrase names (else the story's, filled in later as for the title alone)."""
    # ... or of a state body's officers ("the prosecutors' office", "the Ombudsman's office")
    title = next((a for a in mods if a.kind == AGENT and (a.lex.person_title or a.lex.sector in STATE_BODY_SECTORS)
                  and sdoc[a.j - 1].dep_ == "poss" and sdoc[a.j - 1].head.i == u.head), None)
    if title is None or any(a.kind == AGENT and a is not title and a.j == title.i for a in mods):
        return False  # "the Prosecutor General's office": a title the lexicon splits keeps its old reading
    u.kind, u.sector, u.person_title = "agent", title.lex.sector, True
    u.why.append(f"office of the {title.lex.name}")
    for m in mods:
        # "the Kenyan president's office"; "the UN envoy's office" (an international body's envoy)
        international = m.kind == ORG and m.lex.code in NON_STATE_CODES and m.lex.code not in ("NGO",)
        if (m.kind in COUNTRY_KINDS or international) and m.lex.code and m.lex.code not in u.codes:
            u.codes.append(m.lex.code)
            u.why.append(m.lex.why)
    u.vague = not u.codes
    return True
