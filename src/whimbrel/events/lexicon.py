"""The trigger lexicon (data/events/triggers/) as lookup tables, and the pre-filter's word set.

Each lexicon entry says: this lemma, as a verb or a noun, expresses this PLOVER category with this
CAMEO code, optionally only with a particle ("call on"), with or without certain words in its own
phrase. The pre-filter needs every inflected surface form of every trigger lemma ("withdrew",
"talks", "meeting"); those come from lemminflect (PyPI), a maintained English inflection table,
rather than hand-written suffix rules, which get irregular forms ("met", "struck", "fought") wrong.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field
from functools import lru_cache

from .. import data
from ..errors import E, WhimbrelError
from . import cameo
from ..nlp import compound_verb_forms

CATEGORIES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
              "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
# verbal categories (PLOVER quads 1 and 3): their complement is their content, not a second event
VERBAL = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}


@dataclass(frozen=True)
class Entry:
    category: str
    lemma: str
    pos: str  # "verb" | "noun"
    cameo: str | None
    mode: str | None = None
    prt: tuple[str, ...] = ()
    not_next: tuple[str, ...] = ()  # the entry does not hold with one of these words right after it
    with_: tuple[str, ...] = ()
    and_with: tuple[str, ...] = ()  # and one of these too: two words that make the sense together
    without: tuple[str, ...] = ()
    of: str = "recipient"
    reciprocal: bool = False
    attitude: bool = False  # its complement is its content (verbal categories always are)
    negative: bool = False  # only negated ("will not accept refugees"): the negation is the event
    control: bool = False  # only with an object and its infinitive ("told X to leave"): a directive
    wish: bool = False  # a that-clause must be a wish ("insisted that X withdraw"), not a statement
    admission: bool = False  # its complement is an act the actor owns up to ("pleaded guilty to ..."): coded too
    clause_only: bool = False  # not a participle describing a noun ("officials suspected of graft")
    bare: tuple[str, ...] | None = None  # only with no verb but these in its phrase ("called on the minister", not "... to resign")
    intransitive: bool = False  # not with a direct object ("demonstrated its depth": showed)
    by: tuple[str, ...] = ()  # only with an actor of one of these sectors (a court's ruling convicts)
    harsh: bool = False  # or, failing `with`, a harsh word in what the verb calls its object (tone.py)
    confidence: float = 0.7

    @property
    def rule(self) -> str:
        bits = [f"{self.category}:{self.pos}:{self.lemma}"]
        if self.prt:
            bits.append("+" + "|".join(self.prt))
        if self.with_:
            bits.append("with " + "|".join(self.with_[:4]) + ("..." if len(self.with_) > 4 else ""))
        return " ".join(bits)


def _entry(cat: str, pos: str, lemma: str, spec) -> Entry:
    if isinstance(spec, str):
        spec = {"cameo": spec}
    if not isinstance(spec, dict):
        raise WhimbrelError(E.E102, name=f"events/triggers/{cat.lower()}.yaml", reason=f"{cat}/{pos}/{lemma}: {spec!r}")
    code = spec.get("cameo")
    if code and cameo.lookup(str(code)) is None:
        raise WhimbrelError(E.E102, name=f"events/triggers/{cat.lower()}.yaml", reason=f"unknown CAMEO code {code} ({lemma})")
    row = cameo.lookup(str(code)) if code else None
    mode = spec.get("mode", row.mode if row and row.category == cat else None)
    return Entry(
        category=cat, lemma=lemma, pos=pos, cameo=str(code) if code else None, mode=mode,
        prt=tuple(spec.get("prt", ())), not_next=tuple(spec.get("not_next", ())),
        with_=_expand(spec.get("with", ())), and_with=_expand(spec.get("and_with", ())), without=_expand(spec.get("without", ())),
        of=spec.get("of", "recipient"), reciprocal=bool(spec.get("reciprocal", False)),
        attitude=bool(spec.get("attitude", False)) or cat in VERBAL,
        negative=bool(spec.get("negative", False)),
        control=bool(spec.get("control", False)),
        wish=bool(spec.get("wish", False)),
        admission=bool(spec.get("admission", False)),
        clause_only=bool(spec.get("clause_only", False)),
        bare=tuple(spec["bare"]) if isinstance(spec.get("bare"), list) else (() if spec.get("bare") else None),
        intransitive=bool(spec.get("intransitive", False)),
        by=tuple(spec.get("by", ())),
        harsh=bool(spec.get("harsh", False)),
        confidence=float(spec.get("confidence", 0.7 if pos == "verb" else 0.6)),
    )


@lru_cache(maxsize=1)
def word_classes() -> dict[str, tuple[str, ...]]:
    """data/events/word_classes.yaml: shared word lists a `with:` list names as "@class"."""
    return {name: tuple(str(w).lower() for w in words) for name, words in data.load_yaml("events/word_classes.yaml").items()}


def _expand(words) -> tuple[str, ...]:
    """A `with:` / `without:` list with its "@class" items replaced by the class's words."""
    out: list[str] = []
    for w in words:
        w = str(w)
        if w.startswith("@"):
            if w[1:] not in word_classes():
                raise WhimbrelError(E.E102, name="events/triggers/", reason=f"unknown word class {w}")
            out.extend(word_classes()[w[1:]])
        else:
            out.append(w)
    return tuple(dict.fromkeys(out))


def _trigger_tables():
    """(category, its verb/noun tables) from data/events/triggers/<category>.yaml, one file per
    category in the manual's order (the order entries of one lemma are tried in). A file holds its
    own category only: a misplaced block would silently change that order."""
    for cat in CATEGORIES:
        name = f"events/triggers/{cat.lower()}.yaml"
        raw = data.load_yaml(name) or {}
        if set(raw) != {cat}:
            raise WhimbrelError(E.E102, name=name, reason=f"holds {sorted(raw)}, not {cat} alone")
        yield cat, raw[cat]


@lru_cache(maxsize=1)
def entries() -> dict[tuple[str, str], list[Entry]]:
    """(lemma, "verb"|"noun") -> entries in lexicon order (most specific first within a category)."""
    out: dict[tuple[str, str], list[Entry]] = {}
    for cat, by_pos in _trigger_tables():
        for pos, lemmas in (by_pos or {}).items():
            for lemma, spec in (lemmas or {}).items():
                specs = spec if isinstance(spec, list) else [spec]
                for s in specs:
                    out.setdefault((str(lemma).lower(), pos), []).append(_entry(cat, pos, str(lemma).lower(), s))
    _add_repeated_acts(out)  # hand entries too: the converted ones below leave them alone
    _add_converted_verbs(out)
    _add_converted_patterns(out)
    # entries that only hold negated come first ("did not allow inspectors" is a REJECT, not a
    # negated RETREAT), then entries with both a particle and words ("pulled out of the talks"
    # before "pulled out"), then entries with one condition, then unconditional ones of the same lemma
    for key, lst in out.items():
        lst.sort(key=lambda e: -1 if e.negative else (0 if e.with_ and e.prt else (1 if (e.with_ or e.prt) else 2)))
    return out


def _add_repeated_acts(out: dict[tuple[str, str], list[Entry]]) -> None:
    """The "re-" verb of an act done again ("rearrest", "reimpose": words.yaml lexicon REPEATED_ACTS)
    shares the base verb's entries, unless the lexicon has entries of its own for it."""
    from .vocab import words

    for base in words("lexicon", "REPEATED_ACTS"):
        if (base, "verb") in out and ("re" + base, "verb") not in out:
            out[("re" + base, "verb")] = list(out[(base, "verb")])


CONVERTED_CONFIDENCE = 0.5  # below the hand entries' 0.7: a synonym list, not a reading of the manual


def _add_converted_verbs(out: dict[tuple[str, str], list[Entry]]) -> None:
    """PETRARCH2's verbs (data/events/petrarch_verbs.tsv, tools/convert_petrarch_verbs.py) for
    lemmas the hand lexicon has no verb entry for, when data/actors/petrarch.yaml enables "verbs":
    one entry per PLOVER category a lemma's CAMEO codes give, the first code of each."""
    from ..actors.petrarch import enabled_parts

    enabled = enabled_parts()
    if "verbs" not in enabled:
        return
    added: dict[str, set[str]] = {}
    for line in data.read_text("events/petrarch_verbs.tsv").splitlines()[1:]:
        if not line or line.startswith("#") or line.startswith("lemma\t"):
            continue
        lemma, prt, code, _block, code_from = line.split("\t")
        if code_from != "own" and "verbs-block" not in enabled:
            continue  # measured: synonyms that only share their block's code add twice the extras
        row = cameo.lookup(code)
        if row is None or (lemma, "verb") in out and lemma not in added:
            continue
        if row.category in added.setdefault(lemma, set()):
            continue
        added[lemma].add(row.category)
        spec = {"cameo": code, "confidence": CONVERTED_CONFIDENCE}
        if prt:
            spec["prt"] = [prt]
        out.setdefault((lemma, "verb"), []).append(_entry(row.category, "verb", lemma, spec))


def _add_converted_patterns(out: dict[tuple[str, str], list[Entry]]) -> None:
    """PETRARCH2's verb patterns (data/events/petrarch_patterns.tsv,
    tools/convert_petrarch_patterns.py) as `with:` entries, when data/actors/petrarch.yaml enables
    "patterns" (verbs the hand lexicon lacks) or "patterns-all" (every verb). A hand entry wins:
    a pattern whose words a hand entry of the same verb already names is left out."""
    from ..actors.petrarch import enabled_parts

    enabled = enabled_parts()
    if not enabled & {"patterns", "patterns-all"}:
        return
    for line in data.read_text("events/petrarch_patterns.tsv").splitlines():
        if not line or line.startswith("#") or line.startswith("lemma\t"):
            continue
        lemma, prt, words, code = line.split("\t")
        row = cameo.lookup(code) if code != "---" else None
        hand = [e for e in out.get((lemma, "verb"), []) if e.confidence != CONVERTED_CONFIDENCE]
        if row is None or (hand and "patterns-all" not in enabled):
            continue
        with_ = words.split(",")
        if any(set(e.with_) & set(with_) for e in hand):
            continue
        spec = {"cameo": code, "confidence": CONVERTED_CONFIDENCE, "with": with_}
        if prt:
            spec["prt"] = [prt]
        out.setdefault((lemma, "verb"), []).append(_entry(row.category, "verb", lemma, spec))


@lru_cache(maxsize=1)
def modality() -> dict:
    return data.load_yaml("events/modality.yaml")


@lru_cache(maxsize=1)
def surface_forms() -> frozenset[str]:
    """Every lowercase inflected form of every trigger lemma, for the pre-filter."""
    from lemminflect import getAllInflections

    forms: set[str] = set()
    table = entries()
    for lemma, pos in table:
        if pos == "verb" and _needs_trigger_noun(table[(lemma, pos)], table):
            continue
        forms.add(lemma)
        infl = getAllInflections(lemma, upos={"verb": "VERB", "noun": "NOUN"}.get(pos, "ADJ"))
        if pos == "verb":  # nominalised uses of verbs ("the meeting", "attacks") and vice versa
            infl = {**getAllInflections(lemma, upos="NOUN"), **infl}
        for vals in infl.values():
            forms.update(v.lower() for v in vals)
        if pos == "noun":
            forms.update({lemma + "s", lemma + "es"})
        else:  # regular-verb fallbacks for words lemminflect does not know
            base = lemma[:-1] if lemma.endswith("e") else lemma
            forms.update({lemma + "s", lemma + "ed", lemma + "d", base + "ing", lemma + "es"})
            if re.search(r"[^aeiou][aeiou][b-df-hj-np-tvz]$", lemma):  # "airdrop": airdropped, airdropping
                forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
    # a judging word codes without a trigger ("said X's order was illegal": events/implicit.py)
    forms.update(word_classes()["judgements"] + word_classes()["blame"] + word_classes()["wrongs"])
    # the hyphenated verbs the tokenizer keeps whole, in every spelling ("teargassed"; nlp.py)
    lemmas = {lemma for lemma, _ in entries()}
    forms.update(form for form, base in compound_verb_forms().items() if base in lemmas)
    return frozenset(forms)


def _needs_trigger_noun(verb_entries: list[Entry], table) -> bool:
    """A verb whose every entry asks for a word that is itself a trigger noun ("came into force"
    with "ceasefire"): a sentence it can match passes the pre-filter by that noun, so the verb's
    forms, common words, would only add sentences that cannot be coded."""
    return all(e.with_ and all((w, "noun") in table for w in e.with_) for e in verb_entries)


@lru_cache(maxsize=1)
def obligation_forms() -> tuple[frozenset[str], frozenset[str]]:
    """The pre-filter's words of a reported demand ("X said Y must ...", events/implicit.py), which
    has no trigger word: the obligation auxiliaries and every form of the speech verbs."""
    from lemminflect import getAllInflections

    mm = modality()

    def verb_forms(lemmas) -> set[str]:
        return {v.lower() for lemma in lemmas for forms in getAllInflections(lemma, upos="VERB").values() for v in forms}

    return (frozenset(str(a).lower() for a in mm["obligation_aux"]) | frozenset(verb_forms(mm["obligation_verbs"])),
            frozenset(verb_forms(mm["obligation_speakers"]) | set(mm["obligation_speakers"])))
