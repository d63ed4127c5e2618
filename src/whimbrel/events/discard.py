"""Pre-filter and discards: which sentences may hold an event, which stories are not news to code.

``mark_candidates`` runs before the parser. It is lexical on purpose: a sentence with no trigger word
form (from the lexicon, every inflection) cannot be coded, so it is never parsed; nor is one in which
no word could name an actor (the actor stage's lexicon, or a name the story uses elsewhere). This is
where the pipeline saves most of spaCy's time. Recall comes first: any trigger form and any possible
actor make a candidate.

Discards follow PETRARCH's practice: whole sports and entertainment stories (their "attacks",
"strikes" and "shots" are not political events), and lines that are not news sentences: bylines,
captions, credits, links to other stories ("READ MORE: ..."), headline-like lines of other stories.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import data
from ..model import STORY, Document
from ..options import Options
from .language import story_language
from .lexicon import obligation_forms, surface_forms, word_classes
from .tone import HARSH_BELOW, valences
from .places import is_place
from .vocab import CONDITION_MARKS, words

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_CONDITIONAL_MODALS = frozenset(words("retype", "CONDITIONAL_MODALS"))
_JOINT_WORDS = frozenset(words("retype", "JOINT_WORDS"))
_WRONG_MANNERS = frozenset(word_classes()["wrong_manners"])
# a reported threat with no trigger word ("said X would pay a heavy price"; implicit.threats)
_THREAT_AUX = frozenset(words("implicit", "THREAT_AUX"))
# a refusal until a condition is met ("would not resume work until ..."; retype._refused_until)
_REFUSAL_MARKS = frozenset(words("retype", "REFUSAL_MARKS"))
_THREAT_OUTCOME_WORDS = frozenset(w for ws in words("implicit", "THREAT_OUTCOMES").values() for w in ws) \
    - {"it", "this", "that", "day"}
_SCORELINE = re.compile(r"\b\d{1,3} ?[-\u2013] ?\d{1,3}\b")


def _has_trigger_word(text: str, forms) -> bool:
    """A hyphenated compound holds its parts as words too: the parser splits "test-fired" and
    "sit-in", so the trigger "fired" must pass the pre-filter as well. A reported demand ("told
    reporters that X must leave") codes with no trigger word: an obligation auxiliary and a speech
    verb together pass too, as does an announced act on a condition ("said it would X unless Y":
    a condition mark, a modal and a speech verb; retype._conditional_threat), and a joint undertaking."""
    words = set()
    for w in _WORD.findall(text):
        w = w.lower()
        if w in forms or ("-" in w and any(p in forms for p in w.split("-"))):
            return True
        words.add(w)
    if words & _JOINT_WORDS:  # "began joint work": a shared undertaking (retype._joint_undertaking)
        return True
    aux, speech = obligation_forms()
    if not words & speech:
        return False
    return bool(words & aux) or (bool(words & CONDITION_MARKS) and bool(words & _CONDITIONAL_MODALS)) \
        or _wrong_told(text, words) or bool(words & _THREAT_AUX and words & _THREAT_OUTCOME_WORDS) \
        or bool(words & _REFUSAL_MARKS and words & _THREAT_AUX)


_QUOTED = re.compile(r'["\u201c]([^"\u201c\u201d]{1,300})["\u201d]')


def _wrong_told(text: str, words: set[str]) -> bool:
    """A reported act told as a wrong (events/implicit.py _wrong_characterised): a manner word that
    makes it one ("illegally", "unprovoked"), or a harsh word inside a quotation."""
    if words & _WRONG_MANNERS:
        return True
    if '"' not in text and "\u201c" not in text:
        return False
    return any(_harsh_form(w.lower()) for q in _QUOTED.findall(text) for w in _WORD.findall(q))


def _harsh_form(word: str) -> bool:
    """Is a word form, or a plain stem of it ("sabotaging" -> "sabotage", "lied" -> "lie"), harsh
    by VADER's lexicon? The pre-filter has no lemmas; the parser's lemma decides later."""
    valence = valences()
    stems = [word]
    for ending in ("ing", "ed", "es", "s", "d"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            stems += [stem, stem + "e"]
    return any(valence.get(w, 0.0) <= HARSH_BELOW for w in stems)


@lru_cache(maxsize=1)
def _rules():
    raw = data.load_yaml("events/discard.yaml")
    pats = [re.compile(p, re.I if not p.startswith("^[A-Z]") else 0) for p in raw["line_patterns"]]
    return raw, pats


@lru_cache(maxsize=8)
def _split_vocab(vocab: tuple[str, ...]) -> tuple[frozenset, tuple[str, ...]]:
    """(single words, multi-word phrases) of a topic list, split once per list, not per story."""
    return frozenset(v for v in vocab if " " not in v), tuple(v for v in vocab if " " in v)


def _count(words: list[str], text_lower: str, vocab: list[str]) -> int:
    singles, phrases = _split_vocab(tuple(vocab))
    return sum(1 for w in words if w in singles) + sum(text_lower.count(v) for v in phrases)


def story_discard(doc: Document) -> str | None:
    """'sports' or 'entertainment' when the story is about that, 'not English (<language>)' when it
    is written in another language, else None."""
    lang = story_language(doc.body)
    if lang:
        return f"not English ({lang})"
    raw, _ = _rules()
    labels = " ".join([doc.section or ""] + list(doc.tags or [])).lower()
    label_words = set(_WORD.findall(labels))
    political_label = bool(label_words & {"politics", "world", "news", "middle", "europe", "asia", "africa", "americas"})
    for kind in ("sports", "entertainment"):
        if doc.section and set(_WORD.findall(doc.section.lower())) & set(raw["sections"][kind]):
            return kind
    text = doc.body.lower()
    words = _WORD.findall(text)
    if len(words) < 30:
        return None  # too short to judge a topic; a single sentence is coded on its own merits
    pol = _count(words, text, raw["political"])
    for kind in ("sports", "entertainment"):
        hits = _count(words, text, raw[kind])
        if political_label:
            continue
        if hits >= 6 and hits >= 3 * max(pol, 1) and hits / len(words) > 0.02:
            return kind
    return None


@lru_cache(maxsize=1)
def _sports_cues() -> dict:
    raw = _rules()[0]["sports_contest"]
    return {k: frozenset(v) if k != "cue_phrases" else tuple(v) for k, v in raw.items()}


def sports_sentence(text: str) -> bool:
    """Does the sentence describe play: a word or phrase of a match, or a scoreline beside a result
    verb ("beat X 2-1")? Only play counts: a sport's name or "stadium" also names a target of attack."""
    cues = _sports_cues()
    lower = text.lower()
    forms = set(_WORD.findall(lower))
    if forms & cues["cue_words"] or any(p in lower for p in cues["cue_phrases"]):
        return True
    return bool(forms & cues["result_verbs"]) and bool(_SCORELINE.search(text))


def sports_contest(s, c):
    """An ASSAULT by a side of a match is play, not violence (PETRARCH's sports discard, for the
    sentence the story-level discard cannot judge: a short item, a match report inside a news page).
    The side is a state's or a city's bare name or demonym ("Senegal beat Cameroon 2-1", "Liverpool
    beat Arsenal 3-1", "Peruvian fans invaded the pitch") or a team, its players or fans; an actor with a sector (troops, police, rebels) keeps
    its attack whatever the sentence's other words. An unidentified attacker (sector UNK, e.g. filled in
    from the venue: "Arsenal beat Chelsea 3-1 at the Emirates") is no sign of violence either."""
    if c.cat != "ASSAULT" or not c.actor or not sports_sentence(s.sent.text):
        return True
    sides = _sports_cues()["side_words"]
    if all(a.sector in (None, "UNK") or set((a.entity_text or "").lower().split()) & sides or is_place(a)
           or _named_individual(a) for a in c.actor):
        c.why.append("a side of a match in a sentence about play: not an attack")
        return False
    return True


def _named_individual(a) -> bool:
    """A player named in a match report ("Sinner beat Zverev 6-4, 7-6"): a named person with no
    office, as the actor stage codes one nobody lists (sector CVL)."""
    return a.sector == "CVL" and (a.entity_text or "")[:1].isupper()


@lru_cache(maxsize=1)
def _body_words() -> tuple[frozenset, frozenset, frozenset]:
    raw = _rules()[0]["non_state_body"]
    return frozenset(raw["heads"]), frozenset(raw["sports"]), frozenset(raw["state_words"])


def _modified_chain(sdoc, e) -> list:
    """The nouns a modifier entity's word modifies, up its compound/amod/poss chain ("Ukraine" ->
    "coach"; "Australian" -> "Open" -> "organisers")."""
    if e.tok_end is None or not 0 < e.tok_end <= len(sdoc):
        return []
    tok, chain = sdoc[e.tok_end - 1], []
    while tok.dep_ in ("compound", "amod", "poss", "nmod") and tok.head is not tok and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
        chain.append(tok)
    return chain


def non_state_body(s, c):
    """An actor that is only a state's name or demonym modifying a club, a coach, a tournament's
    organisers or a firm ("the Ukraine coach praised his players", "Australian Open organisers
    rejected the appeal") is that body, not the state: the act is no political event. Only
    sectorless modifier actors count, and a chain holding a word of the state ("state firm",
    "national security team") keeps the state; a civic body named with a sport ("the French rugby
    federation") is the sport's too."""
    if not c.raw_actor:
        return True
    heads, sports, state = _body_words()
    for e in c.raw_actor:
        if e.sector == "SOC" and set((e.entity_text or "").lower().split()) & sports:
            continue  # "the French rugby federation": a sport's own body (sectors.yaml SOC federations)
        if e.sector is not None or "(modifier)" not in (e.why or ""):
            return True
        chain = _modified_chain(s.sdoc, e)
        lemmas = {t.lower_ for t in chain} | {t.lemma_.lower() for t in chain}
        mods = {w.lower_ for t in chain for w in t.children}
        if not (lemmas & heads or (lemmas | mods) & sports) or (lemmas | mods) & state:
            return True
    c.why.append("a state's name on a club, coach, organiser or firm: not the state acting")
    return False


def not_a_sentence(text: str) -> str | None:
    """Why this line is not a news sentence (byline, caption, link, headline), else None."""
    _, pats = _rules()
    t = text.strip()
    for p in pats:
        if p.search(t):
            return "boilerplate line"
    words = t.split()
    # headline-like: no closing punctuation, mostly Title Case, short (a link to another story)
    if words and len(words) <= 16 and t[-1] not in ".!?\"'”’:;)" and len(words) >= 3:
        caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
        if caps / len(words) >= 0.7:
            return "headline-like line"
    return None


def mark_candidates(doc: Document, options: Options) -> None:
    story = doc.stage_data.get(STORY)  # a chunk of a long document: judged once on the whole
    reason = story.discarded if story is not None else story_discard(doc)
    if reason:
        doc.discarded = reason
        for s in doc.sentences:
            s.candidate = False
        return
    forms = surface_forms()
    triggered = []
    for s in doc.sentences:
        s.candidate = False
        if not not_a_sentence(s.text) and _has_trigger_word(s.text, forms):
            triggered.append(s)
    if not triggered or options.parse_all:
        for s in triggered:
            s.candidate = True
        return
    # an event needs an actor: a sentence with a trigger but no word that could name one is not
    # parsed (on general news this halves the parser's work; dev gold and example: no loss)
    from ..actors import may_name_actor, story_name_words

    words = [[t[0] for t in s.tokens] or s.text.split() for s in doc.sentences]
    names = story_name_words(words)
    if story is not None:  # names from the earlier chunks count, and this chunk's for the later ones
        story.name_words |= names
        names = story.name_words
    protest_words = frozenset(_rules()[0]["doerless_protest_words"])
    for s in triggered:
        s.candidate = may_name_actor(words[s.seq], names) or bool(protest_words & {w.lower() for w in words[s.seq]}) \
            or names_sides(words[s.seq])
    _parse_antecedents(doc, words, names)


BOTH_SIDES = frozenset(words("roles", "BOTH_SIDES"))
ALL_SIDES = frozenset(words("roles", "ALL_SIDES"))
ALL_SIDES_MARKS = frozenset(words("roles", "ALL_SIDES_MARKS"))


def names_sides(sentence_words: list[str]) -> bool:
    """"The two sides agreed to a ceasefire", "urged all parties to ...": words that stand for the
    parties of the story's conflict, which the event coder resolves (roles.BOTH_SIDES,
    antecedents.both_sides), so the sentence is worth parsing though it names no one."""
    low = [w.lower() for w in sentence_words]
    return any((prev in ("two", "both") and w in BOTH_SIDES) or (prev in ALL_SIDES_MARKS and w in ALL_SIDES)
               for prev, w in zip(low, low[1:]))


def _parse_antecedents(doc: Document, words: list[list[str]], names) -> None:
    """A candidate that opens with a subject pronoun ("They criticised ...") is about parties named
    just before; the sentence before it is parsed too when it may name one, so its names are there
    for the pronoun ("Her post drew the attention of Senator X and Representative Y."). It holds no
    trigger word, so it adds names, not events."""
    from ..actors import may_name_actor

    openers = set(_rules()[0]["antecedent_pronouns"])
    for s in doc.sentences:
        if not s.candidate or s.seq == 0:
            continue
        first = [w.lower() for w in words[s.seq][:2]]
        if not first or not (first[0] in openers or (len(first) > 1 and first[0] in ("but", "and") and first[1] in openers)):
            continue
        before = doc.sentences[s.seq - 1]
        if not before.candidate and not not_a_sentence(before.text) and may_name_actor(words[before.seq], names):
            before.candidate = True
