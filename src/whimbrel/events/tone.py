"""How harsh the words are that a speaker calls an act: the epithet of "called X ...", "described X
as ...", "branded X ...".

Why: PLOVER ACCUSE is "criticize, defame, denigrate responsible parties"; what a speaker calls an act
is criticism when the words are harsh, and news invents new ones daily ("a cynical ceremony", "an
act of economic vandalism"). A hand list of judging words (word_classes.yaml @judgements) holds the
common ones; the rest are judged by VADER's valence lexicon (Hutto and Gilbert 2014, MIT; the
package vaderSentiment): 7,500 English words rated from -4 to +4 by ten raters each. Only the
lexicon is read, word by word: VADER's sentence scorer weighs social-media cues (capitals,
exclamation marks, emoticons) that news copy does not use.
"""
from __future__ import annotations

from functools import lru_cache

# a word at least this negative (VADER's mean rating) makes an epithet harsh: "frighten" is -1.4,
# "cynical" -1.6, "cruel" -2.8; "protest" (-1.0) and "victim" (-1.1) are not (docs/design.md,
# "Harsh epithets")
HARSH_BELOW = -1.3
# negators that turn an epithet's word round ("not a crime", "no threat"): the epithet is left alone
NEGATORS = frozenset({"not", "no", "never", "without", "n't", "nothing", "neither", "nor"})


@lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """VADER's lexicon: word -> mean rating. Read from the installed package's data file."""
    from importlib.resources import files

    out: dict[str, float] = {}
    text = (files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                out[parts[0].lower()] = float(parts[1])
            except ValueError:
                continue
    return out


def harsh(tokens) -> bool:
    """Do these tokens hold a harsh word (VADER rating <= HARSH_BELOW), with no negator among them?"""
    words = valences()
    found = False
    for t in tokens:
        low = t.lower_
        if low in NEGATORS:
            return False
        if min(words.get(low, 0.0), words.get(t.lemma_.lower(), 0.0)) <= HARSH_BELOW:
            found = True
    return found


def harsh_word(tokens) -> bool:
    """Does one of these tokens hold a harsh word that is not itself negated ("not a crime", "no
    threat", "did not violate")? Unlike `harsh`, a negator elsewhere in the words leaves the rest
    standing: in "seeking war, not peace" the negator is the contrast's."""
    words = valences()
    for t in tokens:
        if min(words.get(t.lower_, 0.0), words.get(t.lemma_.lower(), 0.0)) > HARSH_BELOW:
            continue
        before = t.doc[t.i - 1].lower_ if t.i > 0 else ""
        # a negator after the word is a contrast's ("war, not peace")
        if before not in NEGATORS and not any(c.dep_ == "neg" and c.i < t.i for c in (*t.children, *t.head.children)):
            return True
    return False
