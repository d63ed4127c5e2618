"""Misspelt country names and demonyms in news copy ("Ethopia", "Quatar", "Afganistan").

Rule: a capitalised word the lexicon did not match, that is no known word, at edit distance 1 from
exactly one state's single-word name or demonym (2 for names of 8 letters or more), is that state
(why="fuzzy:..."). Only names with the same first letter are compared: typists rarely miss the
first letter of a name, and it keeps the scan cheap. The distance counts the edits typists make (a letter dropped, added or doubled;
two letters swapped: ``typo_distance``); a letter changed for another counts two. Names under 5 letters are never matched this way: at that length one letter
turns a state into a common name ("Oman"/"Omar", "Chad"/"Chan").

What counts as a known word, so that real names are never "corrected": an English word
(lemminflect's dictionary, already a dependency of the events lexicon), a place in the gazetteer
("Columbia" is a US city, so it is not read as a misspelt Colombia), a surname of the knowledge
base ("Ghani" is not Ghana), a PERSON entity, and a word inside a run of capitalised words (a
name: "Susan Rice", "Nigel Farage", "Jens Spahn"). An inflected name ("Koreas") is not a misspelling.
"""
from __future__ import annotations

from functools import lru_cache

from .lexicon import COUNTRY, DEMONYM, Lex

_MIN_LEN = 5
_LONG = 8  # names this long allow two edits


@lru_cache(maxsize=1)
def _lemmas():
    from lemminflect import getAllLemmas

    return getAllLemmas


def _names(lx) -> list[tuple[str, Lex]]:
    """Single-word state names and demonyms (one entry per spelling, its state known)."""
    cached = getattr(lx, "_fuzzy_names", None)
    if cached is not None:
        return cached
    out = []
    for key, lexes in lx.index.items():
        if len(key) != 1 or len(key[0]) < _MIN_LEN or not key[0].isalpha():
            continue
        states = [l for l in lexes if l.kind in (COUNTRY, DEMONYM) and l.code]
        if states and len({l.code for l in states}) == 1:
            out.append((key[0], states[0]))
    lx._fuzzy_names = out
    return out


def _names_by_initial(lx) -> dict[str, list[tuple[str, Lex]]]:
    """_names grouped by first letter, each group in _names' order. Speed, same output: only names
    with the word's first letter are ever compared, so the scan of every name for every new word
    becomes a scan of one letter's names."""
    cached = getattr(lx, "_fuzzy_by_initial", None)
    if cached is not None:
        return cached
    out: dict[str, list[tuple[str, Lex]]] = {}
    for name, lex in _names(lx):
        out.setdefault(name[0], []).append((name, lex))
    lx._fuzzy_by_initial = out
    return out


def _known(word: str, lx) -> bool:
    low = word.lower()
    if low in lx.first or low in lx.surnames:
        return True
    if _lemmas()(low):
        return True
    if low.endswith("s") and (low[:-1],) in lx.index:
        return True
    from .places import _gaz

    return bool(_gaz().lookup(word))


def _closest(word: str, lx) -> tuple[str, Lex] | None:
    cache = lx.__dict__.setdefault("_fuzzy_cache", {})
    if word not in cache:
        cache[word] = _closest_uncached(word, lx)
    return cache[word]


def typo_distance(a: str, b: str, limit: int = 2) -> int:
    """Edits between two words counting a dropped, added or doubled letter and two swapped
    neighbours as one edit each, and a changed letter as two: typos drop, add and swap letters,
    while one changed letter is as often another real name ("Spahn"/"Spain", "Ghani"/"Ghana")."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2 = None
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 2
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1] and a[i - 1] != b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _closest_uncached(word: str, lx) -> tuple[str, Lex] | None:
    edit_distance = typo_distance
    low = word.lower()
    hits: dict[str, tuple[int, str, Lex]] = {}
    for name, lex in _names_by_initial(lx).get(low[0], ()):
        lim = 2 if len(name) >= _LONG else 1
        if abs(len(name) - len(low)) > lim:
            continue
        d = edit_distance(low, name, lim)
        if d <= lim and (lex.code not in hits or d < hits[lex.code][0]):
            hits[lex.code] = (d, name, lex)
    if len(hits) != 1:
        return None
    _, name, lex = next(iter(hits.values()))
    return name, lex


def fuzzy_atoms(sdoc, lx, covered: set[int], make_atom) -> list:
    """Atoms for misspelt state names in one parsed sentence."""
    out = []
    n = len(sdoc)
    for t in sdoc:
        w = t.text
        if t.i in covered or len(w) < _MIN_LEN or not w.isalpha() or not w[:1].isupper() or w.isupper():
            continue
        if t.ent_type_ in ("PERSON", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"):
            continue
        # inside a run of capitalised words: part of a longer name
        if (t.i > 0 and sdoc[t.i - 1].text[:1].isupper() and sdoc[t.i - 1].is_alpha and not sdoc[t.i - 1].is_sent_start) or \
                (t.i + 1 < n and sdoc[t.i + 1].text[:1].isupper() and sdoc[t.i + 1].is_alpha):
            continue
        hit = _closest(w, lx)
        if hit is None or _known(w, lx):
            continue
        name, lex = hit
        why = f"fuzzy:{w}->{lex.name if lex.kind == COUNTRY else name.title()}"
        out.append(make_atom(t.i, t.i + 1, [Lex(lex.kind, lex.code, None, lex.name, why)]))
    return out
