"""Context countries: the state a sentence or a story is about, for actors whose phrase names none.

Two kinds of actor carry a role but no state in their own words:

* titled people the knowledge base does not know ("Lt. Gen. Prosper Avril", "Judge Alejandro
  Rivera"): the title gives the sector (GOV, MIL, JUD; ELI when former/ousted), and news copy names
  the person's state nearby. We take a state named in the same sentence when exactly one is
  salient there, else the story's dominant state, else none (the sector is kept);
* ethnic groups placed by context (groups.py: "ethnic Albanians", "Kurdish rebels"): the one state
  the sentence places events in (a locative phrase: "in Macedonia", "at Tetovo"), else the story's
  dominant state, else the group's home state.

Why "exactly one": a sentence naming two states ("Syria offered troops to Lebanon's president to
oust General Aoun") does not say whose the general is, so we leave it unknown rather than guess.
A state that is the object of a preposition of direction or opposition ("to Paris", "against
Iraq", "with Israel") is where the actor goes or whom it faces, not where it belongs, so it is not
salient. Agents with no state at all ("rebels", "officials") are left alone on purpose (see
__init__.py): a story's dominant state is wrong for them in every international story.
"""
from __future__ import annotations

from collections import Counter

from .lexicon import CAPITAL, CITY, COUNTRY, DEMONYM, PRE, SEAT

PLACE_KINDS = (COUNTRY, DEMONYM, CAPITAL, CITY, PRE, SEAT)  # a seat (Pentagon, Kremlin) names its state
LOCATIVE = {"in", "at", "throughout", "across", "inside", "within", "near", "around", "outside"}
NOT_HOME = {"to", "against", "toward", "towards", "into", "with", "from", "versus", "vs", "vs.", "between", "on"}


def _prep_of(tok):
    """The preposition whose object ``tok`` is (climbing compound/appositive links), or None."""
    for _ in range(4):
        if tok.dep_ == "pobj":
            return tok.head
        if tok.dep_ in ("compound", "conj", "appos", "amod", "poss") and tok.head.i != tok.i:
            tok = tok.head
            continue
        return None
    return None


def _atom_token(sdoc, a):
    toks = sdoc[a.i : a.j]
    outside = [t for t in toks if not (a.i <= t.head.i < a.j) or t.head.i == t.i]
    return outside[-1] if outside else toks[-1]


def place_atoms(x) -> list:
    """Atoms of one sentence that name a state or a place in one."""
    return [a for a in x.atoms if a.lex is not None and a.kind in PLACE_KINDS and a.lex.code]


def sentence_states(x, u, locative: bool) -> set[str]:
    """States named in the sentence outside the unit ``u``.

    locative=True: only those in a locative phrase (where things happen); otherwise every mention
    except the objects of prepositions of direction/opposition."""
    out = set()
    for a in place_atoms(x):
        if u.start <= a.i < u.end:
            continue
        if x.sdoc is not None:
            tok = _atom_token(x.sdoc, a)
            if locative:
                prep = _prep_of(tok)
                if prep is None or prep.lower_ not in LOCATIVE:
                    continue
            else:
                first = tok
                while first.dep_ == "conj" and first.head.i != first.i:  # "from Peru and Bolivia"
                    first = first.head
                if first.dep_ == "pobj" and first.head.lower_ in NOT_HOME:
                    continue
        elif locative:
            continue  # unparsed sentence: no phrase structure to trust
        out.add(a.lex.code)
    return out


def story_state(sents) -> str | None:
    """The story's dominant state: the most mentioned, if named at least twice and more often
    than any other."""
    counts = Counter(a.lex.code for x in sents for a in place_atoms(x))
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def fill_from_context(sents) -> None:
    """Give a state to titled people and placed groups that have none (units changed in place)."""
    story = None
    story_done = False
    for x in sents:
        for u in x.units:
            if u.codes:
                continue
            titled = u.kind == "person" and u.person_title and u.sector is not None
            if not (u.placed or titled):
                continue
            here = sentence_states(x, u, locative=u.placed)
            code, why = (next(iter(here)), "sentence") if len(here) == 1 else (None, "")
            if code is None:
                if not story_done:
                    story, story_done = story_state(sents), True
                code, why = (story, "story") if story else (None, "")
            if code is None and u.placed and u.home:
                code, why = u.home, "home"
            if code:
                u.codes = [code]
                u.vague = False
                u.why.append(f"context: {why} state {code}")
    # the same person named again (by surname) takes the state found for the full name
    found = {u.identifier: u.codes for x in sents for u in x.units if u.kind == "person" and u.identifier and u.codes}
    for x in sents:
        for u in x.units:
            if u.kind == "person" and not u.codes and u.identifier in found:
                u.codes = list(found[u.identifier])
                u.why.append("context: same person")
