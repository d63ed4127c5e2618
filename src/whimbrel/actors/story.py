"""Story-wide actor links: surnames, misspellings, "counterpart", and roles that name one person.

A story introduces an actor once in full ("Mohammad Baqeri, chairman of the Chiefs of Staff of the
Iranian Armed Forces") and then refers to him by surname ("Baqeri"), sometimes misspelt ("Bageri"),
or by role ("the top Iranian commander"). These passes run after every sentence's units are built:

1. surname links: a one-word name (or an unresolved proper noun) that equals, or is within a small
   edit distance of, the surname of a person already named in full in the story takes that
   person's identity; failing that, the knowledge base's surname index (only if exactly one person
   of that surname holds a role on the story's date);
2. counterparts: "his Iraqi counterpart" has the sector of the person he meets (the other person
   in the sentence, else the story's first person with a sector);
3. pairs: "both countries", "the two governments" are the last two states named before them;
4. role links: "the Iraqi commander" (country + sector, a title naming one person) is the one
   person of the story with that country and sector, when there is exactly one.

Why our own edit distance: a bounded Levenshtein over two short surnames is a dozen lines; no new
dependency (rapidfuzz, jellyfish) is worth it for that.
"""
from __future__ import annotations

import re

from .lexicon import AGENT, PERSON, Lexicon, role_on, surname_key
from .mentions import STORY_NAME_ONLY, Unit
from .names import name_word

# a regnal number is no surname: "a post on X" names no King Frederik X, "II" no Elizabeth II (not
# "XI": Xi in a headline's capitals)
REGNAL = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|X|XI{2,3}|XIV|XVI{0,3})$")


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, stopping early once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            best = min(best, cur[j])
        if best > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def _allowed(key: str) -> int:
    return 0 if len(key) < 5 else 1 if len(key) < 9 else 2


class StoryPeople:
    """The people named in full in this story, keyed by surname."""

    def __init__(self):
        self.by_surname: dict[str, Unit] = {}

    def collect(self, units: list[Unit]) -> None:
        for u in units:
            if u.kind == "person" and u.identifier and len(u.identifier.split()) >= 2:
                names = [u.identifier] + ([u.surface] if u.surface and len(u.surface.split()) >= 2 else [])
                for name in names:
                    key = surname_key(name.split()[-1])
                    old = self.by_surname.get(key)
                    if old is None or (not old.codes and u.codes) or (old.sector is None and u.sector):
                        self.by_surname[key] = u
                # Spanish and Latin American names carry two surnames, the father's first ("Teodoro
                # Quispe Mamani" is later "Quispe"): the next to last word of a longer name is a
                # surname too, for a later mention no one else in the story has
                words = u.identifier.split()
                if len(words) >= 3 and words[-2][:1].isupper() and words[-2].isalpha():
                    self.by_surname.setdefault(surname_key(words[-2]), u)

    def find(self, name: str) -> Unit | None:
        key = surname_key(name.split()[-1])
        if key in self.by_surname:
            return self.by_surname[key]
        lim = _allowed(key)
        if lim == 0:
            return None
        best = None
        for k, u in self.by_surname.items():
            d = edit_distance(key, k, lim)
            if d <= lim and (best is None or d < best[0]):
                best = (d, u)
        return best[1] if best else None


def _is_title(word: str) -> bool:
    """A title a name may follow ("President", "Chancellor", "Sen."): the lexicon's person titles and
    role nouns, so that "President Trump" is no full name of another Trump."""
    from .lexicon import AGENT, get_lexicon
    from .names import honorifics, role_nouns

    low = word.lower().rstrip(".")
    return low in role_nouns() or low in honorifics() or any(l.kind == AGENT and l.person_title for l in get_lexicon().index.get((low,), []))


def full_names_by_surname(sentences_words: list[list[str]]) -> dict[str, set[str]]:
    """The multi-word names the story writes (runs of name words), keyed by their last word's surname
    key: the people a later bare surname may refer to."""
    names: dict[str, set[str]] = {}
    for words in sentences_words:
        run: list[str] = []
        for w in list(words) + [""]:
            if name_word(w):
                run.append(w)
                continue
            titled = [k for k, x in enumerate(run[:-1]) if _is_title(x)]
            if titled:  # "President Trump", "Kenyan President Ruto", "Former Prime Minister Modi":
                run = run[titled[-1] + 1:]  # what a title follows is the name, not what precedes it
            if len(run) >= 2 and not run[-1].endswith("."):
                names.setdefault(surname_key(run[-1]), set()).add(" ".join(run).lower())
            run = []
    return names


def _same_person(kb_name: str, story_names: set[str]) -> bool:
    """Does one of the story's full names with this surname name the knowledge-base person? Their
    first names agree (or the story writes the knowledge base's full name)."""
    first = kb_name.lower().split()[0]
    return any(kb_name.lower() in n or first in n.split() for n in story_names)


def shadowed(kb_names: list[str], surname: str, story_names: dict[str, set[str]]) -> bool:
    """A bare surname that the story gives to someone else: the story names in full a person of that
    surname who is not the knowledge base's ("Jonathan Blair" in a local story is not Tony Blair, and
    his later "Blair" is not either)."""
    full = story_names.get(surname_key(surname))
    return bool(full) and not any(_same_person(n, full) for n in kb_names)


def unshadow_people(sentences: list[list[Unit]], story_names: dict[str, set[str]]) -> None:
    """Undo person matches made on one word that the story gives to someone else: the unit becomes
    an unresolved surname, which link_story may tie to the story's own person."""
    for units in sentences:
        for u in units:
            if u.kind != "person" or not u.identifier or len(u.identifier.split()) < 2:
                continue
            one_word = [a for a in u.atoms if a.j - a.i == 1 and a.lex is not None and a.lex.name == u.identifier]
            if one_word and shadowed([u.identifier], u.identifier.split()[-1], story_names):
                u.why.append(f"not {u.identifier}: the story names another person of that surname")
                u.surname, u.kind, u.identifier, u.codes, u.sector = u.identifier.split()[-1], "", None, [], None


def _adopt(u: Unit, p: Unit, why: str) -> None:
    u.kind = "person"
    u.identifier = p.identifier
    if not u.codes:
        u.codes = list(p.codes)
    if u.sector is None or u.sector == p.sector or not u.person_title:
        u.sector = p.sector
    u.office = u.office or p.office  # the role the first mention gave ("X, the director of ...")
    u.why.append(why)


def _people(sentences: list[list[Unit]], story) -> StoryPeople:
    people = StoryPeople()
    if story is not None:  # a long document's earlier chunks named them first
        people.by_surname.update(story.people)
    for units in sentences:
        people.collect(units)
    return people


def link_story(sentences: list[list[Unit]], lx: Lexicon, when, story_names: dict[str, set[str]] | None = None,
               story=None) -> None:
    """Resolve units across the story in place (sentences: units of each sentence, in order).
    story_names: the story's written full names by surname (full_names_by_surname). story: a long
    document's StoryState (model.py): the people and states its earlier chunks named."""
    story_names = story_names or {}
    unshadow_people(sentences, story_names)
    people = _people(sentences, story)
    for _ in range(2):  # a counterpart's sector can depend on a surname resolved in the first pass
        for units in sentences:
            for u in units:
                if u.surname and (not u.codes or u.kind == "" or u.sector is None):
                    p = people.find(u.surname)
                    if p is not None and p is not u:
                        _adopt(u, p, f"surname: {p.identifier}")
                        continue
                    if p is None and u.kind in ("", "person") and not REGNAL.match(u.surname) and STORY_NAME_ONLY not in u.why:
                        cands = lx.surnames.get(surname_key(u.surname), [])
                        # a bare surname is an office holder of its date, never a former one (ELI): "Williams"
                        # in a story is not whichever Williams the knowledge base lists as retired
                        held = [c for c, r in ((c, role_on(c, when)) for c in cands) if r and r.sector not in (None, "ELI")]
                        if len(held) == 1 and not shadowed([held[0].name], u.surname, story_names):
                            r = role_on(held[0], when)
                            u.kind = "person"
                            u.identifier = held[0].name
                            u.codes = u.codes or [r.code]
                            u.sector = u.sector or r.sector
                            u.why.append(f"surname in knowledge base: {held[0].name}")
        for units in sentences:
            for u in units:
                if u.counterpart and u.sector is None:
                    other = next((v for v in units if v is not u and v.kind in ("person", "agent") and v.sector
                                  and not v.counterpart and v.alias_of != u.head and u.alias_of != v.head), None)
                    if other is None:
                        other = next((p for p in people.by_surname.values() if p.sector), None)
                    if other is not None:
                        u.sector = other.sector
                        u.why.append(f"counterpart of {other.identifier or other.why[0]}")
                        if u.kind == "":
                            u.kind = "agent"
                if u.counterpart and u.sector is not None:
                    # the appositive/compound person of a counterpart takes its sector too, and its
                    # state ("his Syrian counterpart Ammar Haddad": Haddad is Syria's)
                    for v in units:
                        named = v.alias_of == u.head or (v.kind == "person" and v.start == u.end)  # "counterpart Ammar Haddad"
                        if named and v.sector is None:
                            v.sector = u.sector
                        if named and not v.codes and u.codes:
                            v.codes = list(u.codes)
                            v.why.append(f"named counterpart: {u.codes[0]}")
        people = _people(sentences, story)
    _link_pairs(sentences, story.recent_states if story is not None else None)
    # role links: a title with country and sector that fits exactly one person of the story
    for units in sentences:
        for u in units:
            if u.kind == "agent" and u.person_title and u.codes and not u.identifier:
                fits = {p.identifier: p for p in people.by_surname.values()
                        if p.codes and p.codes[0] == u.codes[0] and p.sector == u.sector and _same_office(u, p, lx.generic_heads)}
                if len(fits) == 1:
                    p = next(iter(fits.values()))
                    u.identifier = p.identifier
                    u.why.append(f"role: {p.identifier}")
    if story is not None:
        story.people = people.by_surname


def _titles(u: Unit) -> set[str]:
    """The titles a unit's phrase names (its agent words) and a listed person's roles name."""
    out = set()
    for a in u.atoms:
        lex = a.lex
        if lex is not None and lex.kind == AGENT and lex.person_title:
            out.add(lex.name.lower())
        elif lex is not None and lex.kind == PERSON:
            out |= {r.title.lower() for r in lex.roles if r.title}
    return out


def _same_office(role: Unit, person: Unit, generic: frozenset) -> bool:
    """Could the title be the person's? Not when both are known and neither names the other: "the
    attorney general" is not the story's prime minister, though both are the same state's GOV. One
    title inside the other ("the minister", "Foreign Minister X") fits, and so does a generic one
    (sectors.yaml generic_heads: "the Iraqi commander" for the army's chief of staff)."""
    mine, theirs = _titles(role), _titles(person)
    if not mine or not theirs or (mine | theirs) & generic:
        return True
    return any(a == b or a.endswith(" " + b) or b.endswith(" " + a) for a in mine for b in theirs)


from .codesets import NON_STATE_CODES as NON_STATE  # noqa: E402 (kept beside its use)
_STATE_UNITS = ("country", "capital", "demonym", "agent", "person", "pre", "seat")


def _link_pairs(sentences: list[list[Unit]], recent: list[str] | None = None) -> None:
    """'Both countries agreed', 'the two governments signed': the two states most recently named
    before the phrase (in the story's order), one entity each. Places that are only locations
    (a capital or city as CVL) do not count: "met in Nairobi" does not make Kenya a party."""
    recent = [] if recent is None else recent  # carried from a long document's earlier chunks
    for units in sentences:
        for u in units:
            if u.pair and not u.codes:
                if len(recent) >= 2:
                    u.codes = recent[-2:]
                    u.vague = False
                    u.why.append(f"the two states named last: {recent[-2]}, {recent[-1]}")
                continue
            if u.kind not in _STATE_UNITS or (u.kind == "capital" and u.sector == "CVL"):
                continue
            for c in u.codes:
                if c and c not in NON_STATE:
                    if c in recent:
                        recent.remove(c)
                    recent.append(c)
