"""Convert the verb patterns of PETRARCH2's CAMEO verb dictionary into whimbrel trigger entries.

Reads, in place (never copied): ../shared/reference/petrarch2-dictionaries/CAMEO.2.0.txt (MIT,
openeventdata/petrarch2 commit 676801c). Writes src/whimbrel/data/events/petrarch_patterns.tsv: one
row per (verb, words after it) pattern whose CAMEO code has a PLOVER category in
data/events/cameo.tsv (the CAMEO->PLOVER table).

A pattern line ("- * ASSET [163] # FREEZE") says: the verb followed by these words codes this
CAMEO event. whimbrel's trigger entries say the same with a lemma and a `with:` list (a lemma that
must occur in the trigger's own phrase), so a pattern becomes the entry "freeze, with: [asset],
163" (PLOVER SANCTION). What is kept, and why:

- the verb the pattern was written for (the comment after it, "# FREEZE"), else the block's first
  verb: PETRARCH applies a pattern to every synonym of its block, but those synonyms were measured
  to code far too much on their own (data/actors/petrarch.yaml); the named verb is the one a
  dictionary writer checked the pattern against;
- patterns with words after the verb only (`- * ...`): words before it constrain the subject,
  which whimbrel's roles read from the parse;
- the head word of each element, as a noun lemma: a bare word, the last word of a braced noun
  phrase, the noun of a prepositional phrase "(FOR AID)"; the first preposition or bare particle
  ("- * OFF DEAL") becomes the entry's particle;
  synsets ("&CEASEFIRE") are expanded to their members' heads;
- codes whose CAMEO event has a PLOVER category; the null code "---" (the phrase is no event) is
  written too, as the dictionary's own record, but the lexicon does not load those rows yet.

Usage: python tools/convert_petrarch_patterns.py [--src FILE] [--out FILE]
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))  # convert_petrarch_verbs: the shared command line

from whimbrel.events import cameo  # noqa: E402
from convert_petrarch_verbs import HEADER, PARTICLES as VERB_PARTICLES, convert  # noqa: E402

OUT = ROOT / "src" / "whimbrel" / "data" / "events" / "petrarch_patterns.tsv"
PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]\s*(?:#\s*(\S+))?")
ELEMENT = re.compile(r"\([^)]*\)|\{[^}]*\}|\S+")
MARKERS = set("$+%^_")
# the verb converter's particles, and the prepositions that open a pattern's phrase
PARTICLES = VERB_PARTICLES | {"of", "at", "from"}


def _lemma(word: str) -> str:
    """The noun lemma of a pattern word ("talks" -> "talk"): trigger entries' `with:` match lemmas."""
    from lemminflect import getLemma

    found = getLemma(word, upos="NOUN")
    return (found[0] if found else word).lower()


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    """&NAME -> the head word (last word) of each member phrase, lowercase."""
    sets: dict[str, list[str]] = {}
    name = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&"):
            name = line.rstrip("_")
            sets[name] = []
        elif line.startswith("+") and name:
            words = line[1:].replace("_", " ").split()
            if words:
                sets[name].append(words[-1].lower())
        elif not line:
            name = None
    return sets


def _heads(element: str, synsets: dict[str, list[str]]) -> tuple[list[str], str]:
    """(head words, preposition) of one pattern element."""
    prep = ""
    body = element
    if body.startswith("("):
        inner = body[1:-1].split(None, 1)
        prep = inner[0].lower() if inner else ""
        body = inner[1] if len(inner) > 1 else ""
    body = body.strip("{} ")
    words = [w for w in body.replace("_", " ").split() if w not in MARKERS]
    if not words:
        return [], prep
    last = words[-1]
    if last.startswith("&"):
        return [_lemma(w) for w in synsets.get(last.rstrip("_"), [])], prep
    if last.lower() in PARTICLES and not element.startswith(("(", "{")):
        return [], last.lower()  # "- * OFF DEAL": a particle of the verb, not a word of its phrase
    return [_lemma(last)], prep


def _verb_word(line: str) -> str | None:
    """The single-word verb of a synonym line ("FREEZE {FREEZES ...}"), else None."""
    m = re.match(r"^\+?([A-Z][A-Z\-']*)(\s|\{|\[|$)", line)
    return m.group(1).lower() if m else None


def read_patterns(path: Path) -> tuple[list[tuple[str, str, str, str]], Counter]:
    """(lemma, particle, with-words, code) rows, and counts of what was left out and why."""
    text = path.read_text(encoding="utf-8", errors="replace").splitlines()
    synsets = read_synsets(text)
    rows, skipped = [], Counter()
    in_verbs, first_verb = False, None
    for raw in text:
        if "VERB PATTERNS" in raw:
            in_verbs = True
            continue
        line = raw.rstrip()
        if not in_verbs or not line.strip():
            continue
        if HEADER.match(line):
            first_verb = None
            continue
        if not line.startswith("-"):
            first_verb = first_verb or _verb_word(line.split("#", 1)[0].strip())
            continue
        m = PATTERN.match(line)
        if not m:
            skipped["unreadable pattern"] += 1
            continue
        body, code, named = m.group(1), m.group(2).split(":")[0].strip(), m.group(3)
        if "*" not in body or body.split("*", 1)[0].strip():
            skipped["words before the verb"] += 1
            continue
        verb = (named or first_verb or "").lower()
        if not verb or not re.fullmatch(r"[a-z\-']+", verb):
            skipped["multi-word or unnamed verb"] += 1
            continue
        if code != "---" and cameo.lookup(code) is None:
            skipped["code with no PLOVER category"] += 1
            continue
        heads, prt = [], ""
        for el in ELEMENT.findall(body.split("*", 1)[1]):
            words, prep = _heads(el, synsets)
            heads += words
            prt = prt or prep
        if not heads:
            skipped["no word after the verb"] += 1
            continue
        rows.append((verb, prt, ",".join(sorted(set(heads))), code))
    return rows, skipped


def main(argv: list[str] | None = None) -> int:
    return convert("convert_petrarch_patterns", read_patterns,
                   "Verb + following words -> CAMEO code ('---': no event); loaded when data/actors/petrarch.yaml enables 'patterns'.",
                   "lemma\tparticle\twith\tcameo", "patterns", OUT, argv)


if __name__ == "__main__":
    sys.exit(main())
