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
from collections import Counter
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


@lru_cache(maxsize=1)
def _any_stopword() -> frozenset:
    """Every word of any list: a story's other words count for no language, so each list is
    tested only on the story's distinct function words (speed, same shares: testing every word
    of the sample against each of 100 lists was 3% of the whole pipeline's time on make bench)."""
    return frozenset().union(*_stoplists().values())


def share(counts: Counter, total: int, stoplist: frozenset) -> float:
    """The share of a sample's ``total`` words that are in ``stoplist``; ``counts``: the sample's
    words with their counts."""
    return sum(n for w, n in counts.items() if w in stoplist) / total if total else 0.0


def story_language(text: str) -> str | None:
    """The language a story is written in when it is not English, else None (English, or too few
    function words of any language to tell: a table, a list of names)."""
    cfg = _settings()
    words = [w.lower() for w in _WORD.findall(text[: SAMPLE_WORDS * 12])][:SAMPLE_WORDS]
    if len(words) < cfg["min_words"]:
        return None
    lists = _stoplists()
    counts = Counter(words)
    english = share(counts, len(words), lists["English"])
    if english * cfg["ratio"] >= 1.0:
        return None  # no other language could reach the ratio: prose in English (the usual case)
    anyword = _any_stopword()
    function_words = Counter({w: n for w, n in counts.items() if w in anyword})
    best, best_share = None, 0.0
    for name, stoplist in lists.items():
        if name != "English":
            s = share(function_words, len(words), stoplist)
            if s > best_share:
                best, best_share = name, s
    if best_share >= cfg["min_share"] and best_share >= cfg["ratio"] * english:
        return best
    return None
