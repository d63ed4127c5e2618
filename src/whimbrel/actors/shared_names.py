"""Names many states' bodies bear that the lexicons give to one state (code_sets.yaml shared_names:
"Congress", "the Senate", the Democratic and Colorado parties to the US; "Labour" and the "TUC" to
Britain): whether a mention is one, so that it counts a story for no state, and the state it is
localised to from its context. Split from context.py, whose story counts read it."""
from __future__ import annotations

from .codesets import SHARED_NAME_HOMES, SHARED_NAME_MEMBERS, SHARED_NAME_STATES
from .codesets import LOCATIVE_PREPS as LOCATIVE
from .codesets import NON_STATE_CODES as NON_STATE

PARTY_SECTORS = frozenset({"PTY", "OPP"})


def _shared_atom(a) -> bool:
    """A lexicon hit on a name many states' bodies bear that the lexicons give to one state (its
    canonical name: the sentence may be unparsed)."""
    return a.lex.code is not None and SHARED_NAME_HOMES.get(a.lex.name.lower()) == a.lex.code


def localise_shared_names(sents, dominant: str | None) -> None:
    """A body whose name the lexicons give to one state but other states' bodies bear too
    (code_sets.yaml shared_names: "Congress", "Senate", "Labour") is the one other state's when its
    sentence names that state and not the lexicons' one (a Bolivian hunger strike aimed at
    "Congress": Bolivia's), or when a member of it by title acts on it ("Senator X urged the Senate":
    X's state's), else the story's dominant state's when that is another."""
    titled = _titled_members(sents)
    for x in sents:
        for u in x.units:
            if x.sdoc is None or not _shared_name(x, u):  # an unparsed sentence codes no event
                continue
            home = u.codes[0]
            verb = _clause_verb(x.sdoc[u.head])
            # a state that acts on the body in its own clause faces it ("Russia accused Congress of
            # meddling"): the body is the US's there
            others = [v for v in x.units if v is not u and (_locative_place(x, v) or not (
                verb is not None and _same(_clause_verb(x.sdoc[v.head]), verb)))]
            members = [v for v in x.units if v is not u and v not in others and _member_of(x.sdoc, v, u, titled)]
            # (a party of another state in the clause is that state's politics, not a state facing
            # the body: "Congress MLAs faulted the BJP's budget")
            if any(v is not u and v not in others and v not in members and v.sector not in PARTY_SECTORS
                   and set(v.codes) - NON_STATE - {home} for v in x.units):
                continue
            here = {c for v in others + members for c in v.codes if c not in NON_STATE}
            code = next(iter(here)) if len(here) == 1 and home not in here else None
            owner = _owner_state(x, u)
            if owner == home:  # "Britain's Foreign Office": the lexicons' own state, said outright
                continue
            code = owner or code
            if code is None and not here and dominant and dominant != home:
                code = dominant
            if code:
                for v in [u] + _placed_by(x, u, home):
                    v.codes = [code]
                    v.why.append(f"a name many states' bodies bear: {code}, the state its context names")


def _owner_state(x, u) -> str | None:
    """The one state whose possessive the body's phrase holds ("Nigeria's Labour Party", "Ghana's
    TUC", "Britain's Foreign Office"): whose the body is, whatever its context."""
    head = x.sdoc[u.head]
    owner = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
    codes = {a.lex.code for a in u.atoms if a.i in owner and a.lex is not None and a.lex.code}
    codes -= NON_STATE
    return next(iter(codes)) if len(codes) == 1 else None


def _locative_place(x, v) -> bool:
    """A place the clause happens in ("protested outside the Senate in Lima"): it says where the
    body is, it does not face it."""
    if v.kind not in ("city", "capital", "country") or x.sdoc is None:
        return False
    from .context import _prep_of  # imported when called: context imports this module

    prep = _prep_of(x.sdoc[v.head])
    return prep is not None and prep.lower_ in LOCATIVE


def _placed_by(x, body, home: str) -> list:
    """Units the body's lexicon code placed: a role of it ("the President of the Senate") and the person
    that role, or the body's own titled unit ("TUC President, X,"), is in apposition to."""
    name = x.sdoc[body.head].text
    roles = [v for v in x.units if v is not body and v.codes == [home] and f"of-phrase: {name}" in v.why]
    named = {r.alias_of for r in roles + [body] if r.alias_of is not None}  # links.link_appositives
    return roles + [v for v in x.units if v.codes == [home] and v not in roles and v.head in named]


def _shared_name(x, u) -> bool:
    """Is the unit a body whose name the lexicons give one state but many states' bodies bear, or a
    person, role or body that state's code of such a name alone places ("Senate President X")?"""
    if len(u.codes) != 1 or u.codes[0] not in SHARED_NAME_STATES:
        return False
    if x.sdoc is None:  # an unparsed sentence: its words' lexicon hits alone
        named = [a for a in x.atoms if u.start <= a.i < u.end and a.lex is not None and a.lex.code]
        return bool(named) and all(_shared_atom(a) for a in named)
    if SHARED_NAME_HOMES.get(_bare_name(x.sdoc[u.start:u.end])) == u.codes[0]:
        return True
    named = [a for a in x.atoms if u.start <= a.i < u.end and a.lex is not None and a.lex.code]
    # a person or a body named after one ("Senate President X", "the Congress government" of an
    # Indian state, ruled by the Congress party)
    return u.kind in ("person", "agent") and bool(named) and all(
        SHARED_NAME_HOMES.get(x.sdoc[a.i:a.j].text.lower()) == a.lex.code for a in named)


def _member_of(sdoc, member, body, titled: set) -> bool:
    """Is ``member`` titled as a member of the shared-name body ("Senator X" of "the Senate"), here
    or, for a person, where the story first named them (``titled``: (body, identifier) pairs)?"""
    name = _bare_name(sdoc[body.start:body.end]).removeprefix("the ")
    titles = SHARED_NAME_MEMBERS.get(name, frozenset())
    return any(sdoc[k].lower_ in titles for k in range(member.start, member.end)) or \
        (member.kind == "person" and (name, member.identifier) in titled)


def _titled_members(sents) -> set:
    """(body, identifier) of every person the story titles as a member of a shared-name body."""
    out = set()
    for x in sents:
        for u in x.units:
            if u.kind == "person" and u.identifier and x.sdoc is not None:
                words = {x.sdoc[k].lower_ for k in range(u.start, u.end)}
                out |= {(body, u.identifier) for body, titles in SHARED_NAME_MEMBERS.items() if words & titles}
    return out


def _bare_name(span) -> str:
    """A name without its determiner and the words before it ("the ruling Republican Party", "the
    centre-left Democratic Party"): from its first capitalised word on, a sentence's capitalised
    "The" aside."""
    # a state's possessive is whose the body is, not its name ("Nigeria's Labour Party")
    owner = {t.i for c in span.root.children if c.dep_ == "poss" for t in c.subtree}
    words = [t for t in span if t.i not in owner and t.dep_ != "det"
             and (t.dep_ != "amod" or t.i >= span.root.i - 1 and t.text[:1].isupper())]
    first = next((k for k, t in enumerate(words) if t.text[:1].isupper()), 0)
    return " ".join(t.text for t in words[first:]).lower()


def _same(a, b) -> bool:
    return a is not None and b is not None and a.i == b.i


def _clause_verb(tok):
    """The verb whose clause the token is an argument of."""
    for a in [tok] + list(tok.ancestors):
        if a.pos_ in ("VERB", "AUX"):
            return a
    return None
