"""Names that are not what the lexicon alone would make of them: rules on one sentence's atoms.

Run by mentions.sentence_units after the lexicon, gazetteer and misspelling scans, before units are
built, so every later rule sees corrected atoms:

1. people are not places (``person_names``): "Kenzo Oshima, the UN relief coordinator", "Hiroshi
   Nagasaki": a place word that is the last word of a name run is a surname. A run counts as a name
   when spaCy tags it PERSON, when a title (a person-title agent word: "Ambassador") comes first,
   when the name has an appositive role ("X, the ... coordinator"), or when the word before the
   place is a capitalised word that is no English word and no place ("Kenzo"). The run becomes a
   PERSON atom. Why: a person's name is looked up in a gazetteer of 150,000 places, and many
   surnames are also towns. One-word company names count as places here ("Kazuo Toyota",
   "Jane Shell"): surnames are company names as often as town names.
2. stances and sponsors are not nationalities (``drop_stances``): "anti-Syria journalist",
   "pro-Russian separatists", "anti-American protesters": a state word after "anti-"/"pro-" says
   what the actor is for or against, never whose it is; the atom is dropped, so the actor takes its
   state from its phrase or context (context.py) or none. A state before "-backed/-funded/-trained"
   is a sponsor (``Atom.sponsor``): mentions.py ignores it for non-state armed actors
   ("Russian-backed separatists" belong where they fight), but keeps it for forces and governments
   ("U.S.-backed forces": often the sponsor's own or a coalition's, and nothing else places them).
   A state word before "-speaking"/"-language" names a tongue ("English-speaking regions"): dropped.
3. organisations the lexicon does not list (``org_atoms``): a capitalised name whose head word marks
   a civil-society body, a union, a college or a company (orgs.yaml ``org_heads``; the rule is
   documented there).
4. misspelt agent words after a known organisation or state ("UN peackeepers"): a lower-case word
   of 8+ letters that is no English word, at edit distance 1 from exactly one single-word agent word.
"""
from __future__ import annotations

from functools import lru_cache

from ..data import load_yaml
from .lexicon import AGENT, CAPITAL, CITY, COUNTRY, DEMONYM, ORG, PERSON, PRE, SEAT, Lex


def name_word(w: str) -> bool:
    """A word of a personal name as news writes it: capitalised, or an initial ("P.")."""
    return w[:1].isupper() and w.replace(".", "").replace("-", "").replace("'", "").replace("’", "").isalpha()


_HYPHEN = load_yaml("actors/code_sets.yaml")
STANCE = frozenset(_HYPHEN["hyphen_stance"])
SPONSOR = frozenset(_HYPHEN["hyphen_sponsor"])
LANGUAGE = frozenset(_HYPHEN["hyphen_language"])
REGION_PREFIXES = {k: frozenset(v) for k, v in _HYPHEN["region_prefixes"].items()}
_STATE_KINDS = (COUNTRY, DEMONYM, CAPITAL, CITY, PRE)
_NAME_PLACES = (CITY, CAPITAL)  # towns and capitals double as surnames; state names rarely do
_JOIN = {"of", "for", "on"}  # "Union of Teachers", "Forum for Democracy" (not "and": two names)
_WORKER_SECTORS = ("LAB", "EDU", "JRN", "AGR", "MED")


@lru_cache(maxsize=1)
def _org_rules():
    data = load_yaml("actors/orgs.yaml") or {}
    heads = {}
    for sector, words in (data.get("org_heads") or {}).items():
        for w in words:
            heads[w] = sector
    intl = {w.lower() for w in data.get("international") or []}
    return heads, intl, frozenset(w.lower() for w in data.get("legislative") or []), frozenset(data.get("org_tails") or [])


@lru_cache(maxsize=1)
def _sector_lists():
    data = load_yaml("actors/sectors.yaml") or {}
    return ({w.lower() for w in data.get("role_nouns") or []},
            {w.lower() for w in data.get("supporters") or []})


def role_nouns() -> set:
    return _sector_lists()[0]


@lru_cache(maxsize=1)
def honorifics() -> frozenset:
    """Forms of address (sectors.yaml honorifics): "Mr.", "Dr."."""
    return frozenset(w.lower() for w in (load_yaml("actors/sectors.yaml") or {}).get("honorifics") or [])


def supporter_words() -> set:
    return _sector_lists()[1]


def _english(word: str) -> bool:
    from .fuzzy import _lemmas

    return bool(_lemmas()(word.lower()))


def drop_stances(words: list[str], atoms: list) -> list:
    """Atoms without the state words that follow 'anti-'/'pro-' or name a sponsor ('Russian-backed'),
    and without a known person's name that is only the end of a hyphenated surname
    ('Zaghari-Ratcliffe' is not 'Ratcliffe')."""
    out = []
    n = len(words)
    for a in atoms:
        if a.lex is not None and a.kind in _STATE_KINDS + (ORG,) and a.i >= 2 and words[a.i - 1] == "-" \
                and words[a.i - 2].lower() in STANCE:
            continue  # "pro-EU protesters", "anti-NATO rally": the side taken, not the actor's own
        if a.lex is not None and a.kind in _STATE_KINDS and a.j + 1 < n and words[a.j] == "-" \
                and words[a.j + 1].lower() in LANGUAGE:
            continue  # "an English-speaking village", "Arabic-language media": a tongue, not a state
        if a.lex is not None and a.kind == DEMONYM and a.j - a.i == 1 and a.i >= 1 \
                and words[a.i - 1].lower() in REGION_PREFIXES.get(words[a.i].lower(), ()):
            continue  # "Central American migrants": a region's, not the United States'
        if a.lex is not None and a.kind in _STATE_KINDS + (ORG,) and a.j + 1 < n and words[a.j] == "-" \
                and words[a.j + 1].lower() in SPONSOR:
            a.sponsor = True  # kept: mentions.py drops it from non-state armed actors only
        if a.lex is not None and a.kind == PERSON and a.j - a.i == 1 and a.i >= 2 and words[a.i - 1] == "-" \
                and words[a.i - 2][:1].isupper():
            continue
        out.append(a)
    return out


def _is_role(tok, lx) -> bool:
    low = tok.lower_
    if low in role_nouns():
        return True
    return any(l.kind == AGENT and l.person_title for l in lx.index.get((low,), []))


def person_names(sdoc, lx, atoms: list, make_person) -> list:
    """Atoms with place words inside people's names replaced by PERSON atoms."""
    persons = [(e.start, e.end) for e in sdoc.ents if e.label_ == "PERSON" and e.end - e.start >= 2]
    covered = {k: a for a in atoms for k in range(a.i, a.j)}
    out, drop = [], set()
    for a in atoms:
        company = a.lex is not None and a.kind == ORG and a.lex.sector == "BUS" and a.j - a.i == 1
        if a.lex is None or (a.kind not in _NAME_PLACES and not company) or id(a) in drop:
            continue
        run = None
        for s, e in persons:
            if s < a.i and a.j == e:
                run = (s, e)
        if run is None and a.i > 0 and a.j - a.i == 1 and a.i - 1 in covered and covered[a.i - 1].kind == AGENT \
                and covered[a.i - 1].lex.person_title and sdoc[a.i - 1].text[:1].isupper() \
                and sdoc[a.i - 1].head.i == a.i and sdoc[a.i - 1].dep_ in ("compound", "flat"):
            run = (a.i, a.j)  # "King Constantine", "President Lincoln": a capitalised title names a person
        if run is None and a.i > 0:
            prev = sdoc[a.i - 1]
            if prev.is_alpha and prev.text[:1].isupper() and not prev.is_sent_start or (prev.is_sent_start and prev.pos_ == "PROPN"):
                if prev.i not in covered and prev.head.i in range(a.i, a.j) and prev.dep_ in ("compound", "flat"):
                    start = prev.i
                    titled = start > 0 and start - 1 in covered and covered[start - 1].kind == AGENT \
                        and covered[start - 1].lex.person_title
                    head = sdoc[a.j - 1]
                    appos = any(c.dep_ == "appos" and _is_role(c, lx) for c in head.children) or \
                        (head.dep_ == "appos" and _is_role(head.head, lx))
                    if titled or appos or not _english(prev.text):
                        run = (start, a.j)
        if run is not None:
            drop.add(id(a))
            name = sdoc[run[0]:run[1]].text
            if name.endswith("'s") or name.endswith("’s"):
                name = name[:-2]
            out.append(make_person(run[0], run[1], name))
    kept = [a for a in atoms if id(a) not in drop]
    taken = {k for p in out for k in range(p.i, p.j)}
    kept = [a for a in kept if not any(k in taken for k in range(a.i, a.j))]
    return kept + out


def org_atoms(sdoc, lx, atoms: list, make_atom) -> list:
    """Atoms with unknown organisation names (orgs.yaml org_heads) added; the state words inside
    such a name are folded into it."""
    heads, intl, legislative, tails = _org_rules()
    at = {k: a for a in atoms for k in range(a.i, a.j)}
    n = len(sdoc)
    new, absorbed = [], set()
    k = 0
    while k < n:
        t = sdoc[k]
        sector = heads.get(t.text)
        owner = at.get(k)
        if sector is None or (owner is not None and owner.kind not in (AGENT,)) or (t.is_sent_start and k + 1 < n and not sdoc[k + 1].text[:1].isupper()):
            k += 1
            continue
        # left: capitalised words (state words and agent words included: "Nigerian Union")
        start = k
        while start > 0:
            p = sdoc[start - 1]
            a = at.get(start - 1)
            if sector == "LEG" and a is not None and a.kind == SEAT and a.lex.sector == "LEG":
                start = a.i  # "Senate Judiciary Committee": the chamber's own committee
                continue
            if a is not None and a.kind in (ORG, PERSON, SEAT, CAPITAL):
                break
            if p.text[:1].isupper() and (p.is_alpha or "-" in p.text) and p.pos_ != "DET":
                start -= 1
                continue
            if p.text == "-" and start >= 2 and sdoc[start - 2].text[:1].isupper():
                start -= 1
                continue
            break
        # right: "of/for (the) Capitalised ..." ("Union of Teachers", "Forum for Democracy")
        end = k + 1
        while end < n and sdoc[end].text in tails:
            end += 1  # "Trade Union Congress": the legislature's word names no state here
        tail = range(k + 1, end)
        while end + 1 < n and sdoc[end].lower_ in _JOIN:
            m = end + 1
            if m < n and sdoc[m].lower_ == "the":
                m += 1
            if m < n and sdoc[m].text[:1].isupper() and sdoc[m].is_alpha and sdoc[m].ent_type_ not in ("DATE", "TIME") \
                    and not (at.get(m) is not None and at[m].kind in (ORG, PERSON, SEAT)):  # "... on Tuesday" is no name
                end = m + 1
                while end < n and sdoc[end].text[:1].isupper() and sdoc[end].is_alpha and not (at.get(end) is not None and at[end].kind in (ORG, PERSON, SEAT)):
                    end += 1
            else:
                break
        if end - start < 2 or any(sdoc[j].ent_type_ in ("PERSON", "DATE", "GPE") and at.get(j) is None for j in range(start, end)):
            k = end
            continue
        inside = {id(a): a for j in range(start, end) for a in [at.get(j)] if a is not None}
        if any(a.i < start or a.j > end for a in inside.values()):
            k = end
            continue
        states = {a.lex.code for a in inside.values() if a.kind in _STATE_KINDS and a.lex.code and a.i not in tail}
        words_low = {sdoc[j].lower_ for j in range(start, end)}
        if sector == "LEG" and not words_low & legislative:
            k = end  # a committee of no legislature: not named by this rule
            continue
        if sector == "LEG" and not states:  # the chamber's state ("Senate" is the US one where no other is named)
            states = {a.lex.code for a in inside.values() if a.kind == SEAT and a.lex.code}
        name = sdoc[start:end].text
        if sector == "LAB":
            workers = [l for j in range(start, end) for l in lx.index.get((sdoc[j].lower_,), []) if l.kind == AGENT and l.sector in _WORKER_SECTORS]
            if not workers and not words_low & {"trade", "labour", "labor", "workers"}:
                sector = "SOC"  # "Union for Peace": an association, not a union of workers
        if len(states) == 1:
            code = states.pop()
        elif states:
            code = None
        elif sector in ("SOC",) or any(w in intl for w in words_low) or \
                any(f"{sdoc[j].lower_} {sdoc[j + 1].lower_}" in intl for j in range(start, end - 1)):
            code = "NGO" if sector != "BUS" else None
        else:
            code = None
        if sector == "BUS" and code == "NGO":
            code = None
        lex = Lex(ORG, code, sector, name, f"org-name:{sdoc[k].text}->{code or '-'} {sector}")
        new.append(make_atom(start, end, [lex]))
        absorbed.update(inside)
        k = end
    if not new:
        return atoms
    return [a for a in atoms if id(a) not in absorbed] + new


def agent_typo_atoms(sdoc, lx, atoms: list, make_atom) -> list:
    """Atoms for misspelt agent words right after an organisation or state ("UN peackeepers")."""
    from .story import edit_distance

    ends = {a.j: a for a in atoms if a.lex is not None and a.kind in _STATE_KINDS + (ORG, SEAT)}
    covered = {k for a in atoms for k in range(a.i, a.j)}
    out = []
    # speed, same output: only the word right after an organisation or a state can be one, so only
    # those tokens are read (in sentence order), not every token of every sentence
    n = len(sdoc)
    for i in sorted(ends):
        if i >= n or i in covered:
            continue
        t = sdoc[i]
        w = t.lower_
        if len(w) < 8 or not t.is_alpha or not t.is_lower:
            continue
        hits = {}
        for word, lexes in _agent_words(lx):
            if abs(len(word) - len(w)) <= 1 and word[0] == w[0] and edit_distance(w, word, 1) <= 1:
                hits[word] = lexes
        if len(hits) == 1 and not _english(w):  # (the dictionary is loaded only for a candidate)
            word, lex = next(iter(hits.items()))
            out.append(make_atom(t.i, t.i + 1, [Lex(AGENT, None, lex.sector, lex.name, f"{lex.why} (misspelt {t.text})",
                                                    person_title=lex.person_title)]))
    return atoms + out if out else atoms


def _agent_words(lx):
    cached = lx.__dict__.get("_agent_words")
    if cached is None:
        cached = []
        for key, lexes in lx.index.items():
            if len(key) == 1 and len(key[0]) >= 8 and key[0].isalpha():
                ag = [l for l in lexes if l.kind == AGENT]
                if ag:
                    cached.append((key[0], ag[0]))
        lx.__dict__["_agent_words"] = cached
    return cached
