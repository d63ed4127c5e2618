"""Is a story written in English? The coder's lexicons, parser and rules are English: a page in
Portuguese or Korean has no events they can read, only false alarms (a loanword, a name that is
also an English word). The story is discarded with its language named, as a sports story is.

Measured by function-word density with jusText's stopword lists (100 languages, from the library
trafilatura already uses): English prose is 40-50% function words; a story is another language when
that language's function words are at least ``min_share`` of its words and at least ``ratio`` times
the English share (events/discard.yaml language). Lists and tables (scores, prices, names) have few
function words of any language and stay English. On the news corpus's read pages, the twelve pages
in Korean, Indonesian, German, Portuguese, Italian and Russian are found; no English page is.
Written here, not taken from a language identifier: none is installed, and this needs only words
we already ship.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import data

_WORD = re.compile(r"\w+")
SAMPLE_WORDS = 2000  # the first words of a story say its language; a long page costs no more


@lru_cache(maxsize=1)
def _settings() -> dict:
    return data.load_yaml("events/discard.yaml")["language"]


@lru_cache(maxsize=1)
def _stoplists() -> dict[str, frozenset]:
    """All 100 lists, loaded the first time a story's English share is low and then held: 29 MB of
    memory (make bench peak RSS 1,136 -> 1,182 MB). Read in turn for each such story instead, they
    cost 0.2 s a story and brought the whole pipeline from 1.34x to 1.16x spaCy's speed."""
    import justext

    return {name: frozenset(justext.get_stoplist(name)) for name in sorted(justext.get_stoplists())}


def share(words: list[str], stoplist: frozenset) -> float:
    return sum(w in stoplist for w in words) / len(words) if words else 0.0


def story_language(text: str) -> str | None:
    """The language a story is written in when it is not English, else None (English, or too few
    function words of any language to tell: a table, a list of names)."""
    cfg = _settings()
    words = [w.lower() for w in _WORD.findall(text[: SAMPLE_WORDS * 12])][:SAMPLE_WORDS]
    if len(words) < cfg["min_words"]:
        return None
    lists = _stoplists()
    english = share(words, lists["English"])
    if english * cfg["ratio"] >= 1.0:
        return None  # no other language could reach the ratio: prose in English (the usual case)
    best, best_share = None, 0.0
    for name, stoplist in lists.items():
        if name != "English":
            s = share(words, stoplist)
            if s > best_share:
                best, best_share = name, s
    if best_share >= cfg["min_share"] and best_share >= cfg["ratio"] * english:
        return best
    return None
