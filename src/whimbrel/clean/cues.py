"""The cue-phrase tables of data/clean/cues.yaml, compiled once into matchers.

Shared by the plain-text cleaner (line classes) and the HTML cleaner (promo filter after
trafilatura), so that both throw away the same "READ MORE:"-style furniture.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..data import load_yaml

_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
WORD = re.compile(r"\w+")


def _alt(phrases) -> str:
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


def squash(line: str) -> str:
    """Lower case, surrounding punctuation and symbols removed: the key for whole-line lists."""
    return _EDGE.sub("", line.lower()).strip()


class PhraseSet:
    """Does a line contain one of these phrases? Indexed by first word: a regex alternation of
    sixty phrases costs ~25 us a line with ``re``, this ~2 us (the text cleaner budget is 5 ms/page)."""

    def __init__(self, phrases):
        self.index: dict[str, list[str]] = {}
        for p in phrases:
            p = p.lower()
            words = WORD.findall(p)
            if words:
                self.index.setdefault(words[0], []).append(p)

    def search(self, text: str) -> bool:
        low = text.lower()
        for w in set(WORD.findall(low)) & self.index.keys():
            if any(p in low for p in self.index[w]):
                return True
        return False


class Cues:
    def __init__(self, table: dict):
        self.nav = {squash(x) for x in table["nav_lines"]}
        self.widget = PhraseSet(table["widget_phrases"])
        promo = table["promo_prefixes"]
        # "Read more: ...", "Related - ...", "READ MORE ..." (capitals: long prefixes only)
        self.promo = re.compile(r"^[\W_]{0,3}(?:" + _alt(promo) + r")\s*(?:[:|>»›\-–—]|$)", re.I)
        self.promo_caps = re.compile(r"^[\W_]{0,3}(?:" + _alt(p.upper() for p in promo if len(p) >= 7) + r")\b")
        self.stop = re.compile(r"^[\W_]{0,3}(?:\d+\s+)?(?:" + _alt(table["stop_phrases"]) + r")\b", re.I)
        # the same headings inside a line, when the extractor ran a page's paragraphs together:
        # after a sentence's end, capitalised, and followed by a capitalised word ("... ended. Top
        # stories The ..."); only headings of two words or more (one word starts sentences too)
        self.stop_inline = re.compile(r"(?<=[.!?\"”’)])\s+(?P<head>" + _alt(
            p for p in table["stop_phrases"] if len(p.split()) >= 2) + r")\s+(?P<next>\S)", re.I)
        self.boiler = PhraseSet(table["boilerplate_sentences"])
        pub, upd = table["date_cues"]["published"], table["date_cues"]["updated"]
        self.date_cue = re.compile(r"^[\W_]{0,3}(?P<cue>" + _alt(pub + upd) + r")\b\s*(?:on|at)?\s*:?", re.I)
        self.updated = {u.lower() for u in upd}
        self.date_words = re.compile(r"\b(?:" + _alt(pub + upd) + r"|on|at|am|pm|a\.m|p\.m|gmt|utc|"
                                     r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|"
                                     r"thursday|friday|saturday|sunday|time|updated|local)\b", re.I)
        self.tags = re.compile(r"^(?:" + _alt(table["tag_prefixes"]) + r")\s*:\s*", re.I)
        self.section = re.compile(r"^(?:" + _alt(table["section_prefixes"]) + r")\s*:\s*", re.I)
        self.byline = re.compile(r"^(?:" + _alt(table["byline_prefixes"]) + r")\s*:?\s+(?P<name>\S.*)$", re.I)
        self.platforms = {p.lower() for p in table["platforms"]}
        self.legal = re.compile(r"(?:[,\s]+(?:" + _alt(table["legal_suffixes"]) + r"))+\.?$", re.I)

    def inline_stop(self, line: str) -> int | None:
        """Where a stop heading run into the line starts, or None: the article ends there."""
        for m in self.stop_inline.finditer(line):
            if m.group("head")[0].isupper() and m.group("next")[0].isupper():
                return m.start("head")
        return None

    def is_promo(self, line: str) -> bool:
        return bool(self.promo.match(line) or self.promo_caps.match(line))


@lru_cache(maxsize=1)
def cues() -> Cues:
    return Cues(load_yaml("clean/cues.yaml"))
