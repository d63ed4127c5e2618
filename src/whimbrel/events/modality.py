"""PLOVER's auxiliary modes for one trigger: negated, hypothetical, future, reported, historical.

Rules over the dependency parse, in the trigger's own clause and the chain of verbs that govern it
(up to, not across, a verb of speech): a negation on the trigger or its governing verb ("did not
agree", "no plans at all to remove"); a conditional or question ("if ... would", "is considering
cutting", "possible joint exercises"); future auxiliaries or scheduling verbs ("will meet", "is set
to sign", "said it would withdraw"); hedges of a third party ("reportedly", "according to",
"allegedly"); and background (a year before the story's, "decades ago"). No library covers these
event-level modes (negation scopers such as negspaCy are clinical-entity tools), hence rules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import modality
from .triggers import condition_mark, negation_child

_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)s?$")


@dataclass
class Flags:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    reported: bool = False
    historical: bool = False
    speech: object = None  # the governing verb of speech, if any (spaCy token)
    why: list = field(default_factory=list)


def _speech_of_conjuncts(clause, speech: set):
    """The verb of speech whose complement a coordinated clause is joined to, or None."""
    h = clause
    while h.dep_ == "conj" and h.head.i != h.i:
        h = h.head
    head = h.head
    if h.dep_ in ("ccomp", "parataxis") and head.i != h.i and head.pos_ in ("VERB", "AUX") \
            and head.lemma_.lower() in speech:
        return head
    return None


def governing_chain(tok, stop_at_speech=True):
    """The trigger, then each governing verb/noun up the tree, stopping at a verb of speech."""
    speech = set(modality()["speech_verbs"])
    chain = [tok]
    h = tok
    speech_tok = None
    while h.head.i != h.i:
        dep = h.dep_
        if dep == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in h.children):
            # "said X and that Y": a second that-clause of the same verb, governed as the first is
            h = h.head
            continue
        if dep in ("relcl", "appos") or (dep == "acl" and h.tag_ == "VBN") or (dep == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("after", "before", "when", "while", "since", "as", "because") for c in h.children)):
            break  # a separate clause: its own tense and modality; a past participle on a noun
            # ("the release of those detained", "activists arrested on Monday") is done, whatever
            # is said of the noun it describes
        if dep == "conj" and (h.pos_ == "AUX" or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in h.children)
                              or any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in h.head.children)):
            # "would not reverse X but was ready to Y": a conjunct with its own verb group, and its
            # own modality; still said by whoever says the clause it is joined to ('"X is the fruit
            # of dialogue, and we thank Y," said Z': Z speaks for "we")
            speech_tok = _speech_of_conjuncts(h, speech)
            break
        h = h.head
        if h.pos_ in ("VERB", "AUX") and h.lemma_.lower() in speech and dep in ("ccomp", "parataxis", "advcl", "xcomp", "conj", "dep"):
            speech_tok = h
            break
        chain.append(h)
        if len(chain) > 8:
            break
    return chain, speech_tok


def _sentence_facts(doc, m) -> dict:
    """What flags_for needs from the whole sentence, computed once per parsed sentence (cached in
    ``doc.user_data``): before this, every trigger re-read the sentence (its text, its "if" marks,
    its words), which made a sentence with many triggers quadratic in its length (124 s for one
    100,000-character sentence)."""
    facts = doc.user_data.get("whimbrel.modality")
    if facts is None:
        from spacy.attrs import DEP, LOWER, ORTH

        text = doc.text
        low = text.lower()
        # the words, their lowercase forms and labels from the doc's arrays, one pass (speed, same
        # output: three walks building a Token object per word were the cost here)
        strings = doc.vocab.strings
        rows = [(strings[o], strings[lw], strings[d]) for o, lw, d in doc.to_array([ORTH, LOWER, DEP]).tolist()]
        facts = {
            "question": text.rstrip().endswith("?"),
            "report_phrase": any(p in low for p in m["report_phrases"]),
            # a conditional clause's mark -> the head of the clause's head ("if X, Y": Y)
            "condition_heads": {doc[i].head.head.i for i, (_, lw, d) in enumerate(rows)
                                if d == "mark" and lw in ("if", "unless")},
            "years": [i for i, (w, _, _) in enumerate(rows) if _YEAR.match(w)],
            "agos": [i for i, (_, lw, _) in enumerate(rows) if lw == "ago"],
        }
        doc.user_data["whimbrel.modality"] = facts
    return facts


def _historical(tok, chain, pub_year: int, facts: dict) -> str | None:
    """Why the trigger is background (a year before the story's, "years ago"), or None.

    The trigger's phrase or clause is the union of the subtrees of its (and its first two
    governors') modifiers; subtrees of a projective parse are contiguous, so each is an index range
    and only the sentence's few year and "ago" tokens are tested against them (linear overall)."""
    ranges = []
    for t in chain[:3]:
        for c in t.children:
            if c.dep_ in ("prep", "npadvmod", "pobj", "nummod", "relcl", "acl", "advmod", "dobj") or c.i == tok.i:
                ranges.append((c.left_edge.i, c.right_edge.i))
    if not ranges:
        return None
    inside = lambda i: any(lo <= i <= hi for lo, hi in ranges)  # noqa: E731
    doc = tok.doc
    hits = sorted([(i, "year") for i in facts["years"] if inside(i)] + [(i, "ago") for i in facts["agos"] if inside(i)])
    for i, what in hits:
        x = doc[i]
        if what == "year":
            mm = _YEAR.match(x.text)
            if int(mm.group(1)) < pub_year - 1 and _dates_clause(x, {t.i for t in chain[:3]} | {tok.i}, tok):
                return f"year {x.text}"
        elif any(y.lower_ in ("years", "decades", "centuries") for y in x.subtree):
            return "years ago"
    return None


def _dates_clause(year, anchors: set[int], trigger) -> bool:
    """Does the year date the trigger's clause ("in November 2019", "the 2016 attack", "killed in a
    2014 raid", "the invasion, which began in 2003") rather than a noun or a clause inside it ("freed
    people jailed during the 2024 unrest", "violated a truce that took effect in 2024", "the disputed
    2024 election")? Up from the year to the trigger or a governor only through date words,
    prepositions, one noun that is the object of a preposition on the clause itself, and a relative
    clause of the trigger noun (it tells when the act itself happened)."""
    t = year
    for _ in range(8):
        if t.i in anchors:
            return True
        if t.head.i == t.i:
            return False
        time_word = t.i == year.i or t.ent_type_ in ("DATE", "TIME") or t.dep_ == "prep"
        adjunct_noun = t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i in anchors
        own_clause = t.dep_ in ("relcl", "acl") and t.head.i == trigger.i
        if not (time_word or adjunct_noun or own_clause):
            return False
        t = t.head
    return False


def _free_participle(t) -> bool:
    """A participle adjunct with no subject or mark of its own ("..., conceding to protesters"): it
    reports an act beside its head's, which its head's negation does not deny."""
    return t.dep_ == "advcl" and t.tag_ == "VBG" and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "neg") for c in t.children)


def _aux_words(t) -> set[str]:
    return {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}


def flags_for(match, pub_year: int | None) -> Flags:
    m = modality()
    tok = match.token
    f = Flags()
    chain, speech = governing_chain(tok)
    f.speech = speech
    negators = set(m["negators"])
    neg_heads = set(m["negating_heads"])
    neg_nouns = set(m["negating_nouns"])
    hyp_aux = set(m["hypothetical_aux"]) - {"would", "should"}
    hyp_heads = set(m["hypothetical_heads"])
    hyp_mods = set(m["hypothetical_modifiers"])
    fut_aux = set(m["future_aux"])
    fut_heads = set(m["future_heads"])
    fut_mods = set(m["future_modifiers"])

    # "without impeachment", "without a warrant", "without consulting X": the act did not happen
    phrase = tok.head if tok.dep_ == "compound" else tok
    if phrase.dep_ in ("pobj", "pcomp") and phrase.head.lower_ in negators:
        f.negated = True
        f.why.append(f"'{phrase.head.text}' before the act noun")
    # clause-level: walk the trigger and its governors (verbs and the nouns that carry it)
    adjunct = False  # passed a free participle ("would not sign X, conceding Y"): its own act, not negated
    for depth, t in enumerate(chain):
        kids = list(t.children)
        lem = t.lemma_.lower()
        if depth > 0 and _free_participle(chain[depth - 1]):
            adjunct = True
        # "Neither X nor Y provided ...": the subject's "neither" denies the act of both
        neither = any(g.lower_ == "neither" and g.dep_ in ("preconj", "det", "cc")
                      for c in kids if c.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        if not adjunct and (neither or any(negation_child(c) or (c.lower_ in negators and c.dep_ in ("det", "advmod", "neg"))
                                           for c in kids)):
            if depth == 0 or t.pos_ in ("VERB", "AUX") or lem in neg_nouns:
                f.negated = True
                f.why.append(f"negation on '{t.text}'")
        # "refused to X" negates X; "rejected A, urging B" does not negate B (a clause of its own)
        if depth > 0 and not adjunct and lem in neg_heads and t.pos_ == "VERB" and chain[depth - 1].dep_ in ("xcomp", "ccomp", "dobj", "pcomp", "pobj", "prep"):
            f.negated = True
            f.why.append(f"negating verb '{t.text}'")
        aux = _aux_words(t)
        if aux & fut_aux:
            f.future = True
            f.why.append(f"future auxiliary on '{t.text}'")
        if aux & hyp_aux:
            f.hypothetical = True
            f.why.append(f"modal on '{t.text}'")
        if "would" in aux or "should" in aux:
            # reported future ("said it would withdraw") or conditional ("would ... if"); "should"
            # before its subject opens a condition ("should the rebels attack ...")
            if condition_mark(t) == "should":
                f.hypothetical = True
                f.why.append(f"inverted condition on '{t.text}'")
            elif speech is not None and speech.tag_ in ("VBD", "VBN"):
                f.future = True
                f.why.append("would in reported speech")
            else:
                f.hypothetical = True
                f.why.append("would/should")
        if any(c.dep_ == "mark" and c.lower_ in m["hypothetical_marks"] for c in kids):
            f.hypothetical = True
            f.why.append(f"conditional on '{t.text}'")
        # a verb governs the act of its complement, not of its conjunct ("set fire to tyres and blocked
        # bridges": "blocked" is no plan of "set")
        governs = depth > 0 and chain[depth - 1].dep_ != "conj"
        if governs and lem in hyp_heads and not (lem in fut_heads):
            f.hypothetical = True
            f.why.append(f"governed by '{t.text}'")
        if governs and lem in fut_heads and not any(c.dep_ == "prt" for c in kids):  # "set to", not "set up"
            f.future = True
            f.why.append(f"governed by '{t.text}'")
        if depth > 0 and lem == "go" and t.tag_ == "VBG":
            f.future = True
        if any(c.dep_ == "amod" and c.lower_ in hyp_mods and c.lower_ not in fut_mods for c in kids):
            f.hypothetical = True
            f.why.append(f"modifier on '{t.text}'")
        if any(c.dep_ in ("amod", "compound") and c.lower_ in fut_mods for c in kids):
            f.future = True
            f.why.append(f"future modifier on '{t.text}'")
        if any(c.lower_ in m["report_adverbs"] for c in kids) or (t.i > 0 and t.doc[t.i - 1].lower_ in ("alleged", "suspected")):
            f.reported = True
            f.why.append("hedged")
        if t.pos_ in ("VERB", "AUX") and depth > 0 and t.dep_ in ("ROOT", "ccomp"):
            break  # the governing clause is reached
    facts = _sentence_facts(tok.doc, m)
    if facts["question"]:
        f.hypothetical = True
        f.why.append("question")
    if facts["report_phrase"]:
        f.reported = True
        f.why.append("according to")
    if speech is not None and speech.lemma_.lower() in m["report_verbs"]:
        f.reported = True
        f.why.append(f"reported by '{speech.text}'")
    # a conditional clause elsewhere in the sentence makes its consequence hypothetical
    if not f.hypothetical and any(c.i in facts["condition_heads"] for c in chain):
        f.hypothetical = True
        f.why.append("consequence of a condition")
    # historical: a year before the story's year in the trigger's phrase or clause
    if pub_year:
        why = _historical(tok, chain, pub_year, facts)
        if why:
            f.historical = True
            f.why.append(why)
    return f
