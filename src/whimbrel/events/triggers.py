"""Finding trigger predicates in a parsed sentence: verbs and nominalisations from the lexicon.

A token is a trigger when its lemma and part of speech (verb, or noun) are in the lexicon and the
entry's conditions hold: a required particle or preposition among its children ("called on",
"pulled out"), or required / forbidden words in its own phrase (the subtree without its subject:
"sign" is SUPPORT only with an agreement-like object; "strike" is PROTEST with workers, ASSAULT
with "air" or "on"). Entries are tried in lexicon order, so the most specific reading wins.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Entry, entries, modality
from .tone import harsh
from .vocab import ATTRIBUTION, CONDITION_MARKS, words

SUBJ = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
MISTAGGED_NOUN_DEPS = {"dobj", "pobj", "nsubj", "nsubjpass"}

# words the parser reads as an object's adjective that open a place ("outside state parliaments")
_PLACE_ADVERBS = frozenset(words("places", "PLACE_ADVERBS"))


@dataclass
class Match:
    token: object  # spacy Token
    entry: Entry
    phrase_lemmas: frozenset  # lemmas of the trigger's own phrase (for conditions and refinement)
    prt: list  # particle tokens that belong to the trigger


# Past this length a sentence is a run-on chain of clauses (news sentences are under 60 tokens):
# measured, cutting coordinated clauses in every sentence cost one record each on blind 1 and 2
# (parser slips that make a participle a clause), so ordinary sentences keep the whole subtree.
RUN_ON_TOKENS = 120


def _announced(verb) -> bool:
    """Is the verb's act announced, not reported: a modal ("will", "would", "could") on it or on the verb
    it complements ("will keep fighting", "would press on")? Then an until-clause on it is a condition,
    not an event. A promise without a modal ("vowed to fight until ...") is not read so."""
    for v in (verb, verb.head if verb.dep_ in ("xcomp", "ccomp") else verb):
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children):
            return True
    return False


def condition_mark(clause) -> str | None:
    """The word that makes a clause a condition: its mark "unless" or "if" (coder.yaml
    condition_marks), or "should" when the clause opens with it before its subject ("should Y sign
    the bill": the inverted conditional). None for any other clause."""
    if clause.dep_ == "advcl":
        for g in clause.children:
            if g.dep_ == "mark" and g.lower_ in CONDITION_MARKS:
                return g.lower_
            if g.dep_ == "mark" and g.lower_ == "until" and _announced(clause.head):
                return "until"  # "will keep fighting until the army withdraws": what is awaited
    if clause.dep_ in ("advcl", "ccomp"):
        first = clause.doc[clause.left_edge.i]
        subj = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        if first.lower_ == "should" and first.head.i == clause.i and subj is not None and first.i < subj.i:
            return "should"
    return None


NEGATED_ADVERBS = frozenset(modality()["negated_adverbs"])


def negation_child(c) -> bool:
    """A child that negates its head: "not", "never", or the adverb of "no longer" / "no more"
    (modality.yaml negated_adverbs: the parser hangs "no" on the adverb)."""
    if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never"):
        return True
    return c.dep_ == "advmod" and c.lower_ in NEGATED_ADVERBS and any(g.lower_ == "no" for g in c.children)


def free_adjunct(clause) -> bool:
    """Is the clause set off by a comma ("..., bowing to X", "..., cutting off fuel to Y")? A free
    adjunct tells the manner or the side effect of the whole act, not its content."""
    first = clause.left_edge.i
    return first > 0 and clause.doc[first - 1].text == ","


REFUSAL_MARKS = frozenset(words("retype", "REFUSAL_MARKS"))


def until_clauses(tok) -> list:
    """The until-clauses on a verb ("would not resume work until the ministry pays"; words.yaml
    REFUSAL_MARKS): the condition a refusal or a pressure kept up waits on (retype._refused_until,
    condemned.recipient_condition_setter)."""
    return [c for c in tok.children
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in REFUSAL_MARKS for g in c.children)]


def condition_clauses(tok) -> list:
    """The conditions set on a trigger's act: condition clauses on the trigger, on the verbs of its
    complement ("vowed to carry out attacks unless ...") or on its copula ("was ready to strike
    should ...")."""
    heads = [tok] + [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    heads += [g for h in heads[1:] for g in h.children if g.dep_ == "xcomp"]
    if tok.dep_ == "acomp":
        heads.append(tok.head)
    return [c for h in heads for c in h.children if c.dep_ in ("advcl", "ccomp") and condition_mark(c)]


def own_subtree(tok) -> list:
    """The trigger's subtree without the clauses with their own subjects coordinated after it ("X
    accused Y, and Z agreed ..."), in a run-on sentence: what the trigger's own words are. In a run-on chain of conjoined clauses the whole
    subtree is the rest of the sentence, which made every rule reading it quadratic in sentence
    length (issue 14)."""
    if len(tok.doc) <= RUN_ON_TOKENS:
        return list(tok.subtree)
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if not (t.i == tok.i and _own_clause(c)))
    return sorted(out, key=lambda t: t.i)


def _own_clause(c) -> bool:
    """A coordinated clause with a subject of its own ("..., and Iraq agreed"); a coordinated verb
    phrase sharing the subject ("signed a pact with and sent advisers to the neighbour") is not:
    its words may be the trigger's too."""
    return c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(g.dep_ in SUBJ for g in c.children)


def _contrast_clause(c) -> bool:
    """A clause of another party's doing set against the trigger's ("..., while Australia called
    the conduct unsafe"): a subject of its own and a contrasting mark (words.yaml CONTRAST_MARKS)."""
    return (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _CONTRAST_MARKS for g in c.children)
            and any(g.dep_ in SUBJ for g in c.children))


def phrase_tokens(tok) -> list:
    """The trigger's own phrase: its subtree minus its subject (and minus a light verb's subject),
    minus a parenthetical clause and minus the clauses coordinated after it."""
    skip = set()
    for c in tok.children:
        # a parenthetical clause ("..., South Korea's military said, ...") is an attribution or an
        # aside: its names are the source, not the trigger's target
        if c.dep_ in SUBJ or c.dep_ == "parataxis" or _contrast_clause(c):
            skip.update(t.i for t in c.subtree)
    return [t for t in own_subtree(tok) if t.i not in skip] + copula_complements(tok)


OPENING_QUOTES = ('"', "\u201c")
CLOSING_QUOTES = ('"', "\u201d")
QUOTED_COMPLEMENT_MAX = 15


def quoted_after_object(tok) -> list:
    """A quotation right after the verb's object (X called the ruling "a disgrace to justice"): what
    the verb calls the object, even where the parser hangs the quotation on another verb of the
    sentence (a coordinated verb before it takes it as its own object)."""
    if tok.pos_ != "VERB":
        return []
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if not objects:
        return []
    doc = tok.doc
    start = max(t.i for t in objects[0].subtree) + 1
    if start >= len(doc) or doc[start].text not in OPENING_QUOTES:
        return []
    out = []
    for t in doc[start + 1:start + 1 + QUOTED_COMPLEMENT_MAX]:
        if t.text in CLOSING_QUOTES:
            return out
        out.append(t)
    return []


# where a verb of calling holds what it calls its object: "called it a sham", "branded the vote
# rigged", "described the ruling as ..."
EPITHET_DEPS = ("oprd", "xcomp", "ccomp", "attr", "acomp")


def epithet_tokens(tok) -> list:
    """What a verb of calling calls its object: its complement ("called the vote a farce"), its
    as-phrase ("described the raid as cowardly"), a second object the parser makes of it ("branded
    the decree a punishment"), an apposition to the object, or the quotation right after the object.
    None when what is called is "what" ("in what aid agencies call a famine"): a situation
    named, not a party's act judged."""
    if any(c.lower_ == "what" for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "oprd")):
        return []
    out = []
    objects = 0
    for c in tok.children:
        objects += c.dep_ == "dobj"
        if c.dep_ in EPITHET_DEPS or (c.dep_ == "dobj" and objects > 1):
            out += list(c.subtree)
        elif c.dep_ == "prep" and c.lower_ == "as":
            out += [t for g in c.children if g.dep_ == "pobj" for t in g.subtree]
        if c.dep_ == "dobj":  # the parser's apposition: called the closure "a cruel blow"
            out += [t for g in c.children if g.dep_ == "appos" for t in g.subtree]
    # a noun naming an act ("described as a rocket attack") says what the act was, not how bad
    table = entries()
    return [t for t in out + quoted_after_object(tok)
            if not (t.pos_ in NOUN_POS and (t.lemma_.lower(), "noun") in table)]


def copula_complements(tok) -> list:
    """The phrases a predicate adjective's copula holds after it: with the adjective in quotes
    ('said it was "deeply alarmed" by the shelling') the parser hangs the adjective's "by" phrase
    on "was", but it is still what the feeling is about."""
    if tok.dep_ != "acomp" or tok.head.pos_ not in ("AUX", "VERB") or tok.head.lemma_.lower() != "be":
        return []
    return [t for c in tok.head.children if c.dep_ in ("prep", "agent") and c.i > tok.i for t in c.subtree]


def _lemmas(tokens) -> set[str]:
    """Lemmas and lowercase forms; a participle the tagger read as an adjective ("the kidnapped
    father", JJ, lemma "kidnapped") gives its verb's lemma too, so that entries naming the verb
    ("free" with "kidnap") see it."""
    out = set()
    for t in tokens:
        out.add(t.lemma_.lower())
        out.add(t.lower_)
        if t.tag_ == "JJ" and t.lower_.endswith("ed"):
            out.add(_verb_lemma(t.lower_))
        if t.tag_ == "NNPS" and t.i == t.sent.start:
            out.add(_noun_lemma(t.lower_))  # "Rockets slammed into ...": a plural read as a name
    return out


def _adverbial_only(tok) -> set[str]:
    """Words only the trigger's adverbial clauses, or its objects' participle and relative clauses,
    hold: they tell another act or its circumstances, not the trigger's sense ("beat demonstrators
    protesting the election": "election" rules out no beating, as it does in "beat the incumbent
    in the election")."""
    clauses = [c for c in tok.children if c.dep_ == "advcl"]
    clauses += [g for c in tok.children if c.dep_ == "dobj" for g in c.children if g.dep_ in ("acl", "relcl")]
    return _only_in(tok, clauses)


def _coordinated_only(tok) -> set[str]:
    """Words only a verb coordinated with the trigger holds, when each has an object of its own
    ("seizing documents and detaining people": "people" is what was detained, not seized): they
    cannot make the trigger's sense. A shared object ("abused and humiliated detainees", parsed on
    the second verb) is both verbs'."""
    if not any(c.dep_ == "dobj" for c in tok.children):
        return set()
    return _only_in(tok, [c for c in tok.children if c.dep_ == "conj" and c.pos_ in VERB_POS
                          and any(g.dep_ == "dobj" for g in c.children)])


def _only_in(tok, clauses) -> set[str]:
    """Words of the trigger's phrase found inside these clauses and nowhere else in it."""
    inside = [t for c in clauses for t in c.subtree]
    if not inside:
        return set()
    ids = {t.i for t in inside}
    return _lemmas(inside) - _lemmas(t for t in phrase_tokens(tok) if t.i not in ids)


def _bare(tok, allowed: tuple[str, ...]) -> bool:
    """Does the trigger's phrase hold no verb but ``allowed`` ones (a visit's purpose: "called on the
    president to discuss the loan") and no "for" on the trigger? Verbs of a relative clause on a noun
    of the phrase ("at the ministry, where the two discussed ...") speak of that noun."""
    phrase = phrase_tokens(tok)
    relative = {t.i for r in phrase if r.i != tok.i and r.dep_ == "relcl" and not any(c.tag_ == "TO" for c in r.children)
                for t in r.subtree}  # (an infinitive parsed as one, "called on all parties to halt", asks)
    verbs = [t for t in phrase if t.i != tok.i and t.i not in relative and t.pos_ in ("VERB", "AUX")]
    # an infinitive the parser hangs on the trigger as an adverbial ("who called on the governments
    # of X, Y and Z to dismantle ...") is what is asked all the same
    verbs += [c for c in tok.children if c.dep_ == "advcl" and c.i not in {v.i for v in verbs}
              and any(a.tag_ == "TO" for a in c.children)]
    verbs += _infinitive_after_object(tok)
    return all(v.lemma_.lower() in allowed for v in verbs) and not any(
        c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)


def _infinitive_after_object(tok) -> list:
    """The verb of a "to"-infinitive right after the trigger's on/upon phrase, wherever the parser hung
    it ("called on X and Y to \"strictly observe\" the truce", parsed with "observe" as the root)."""
    doc = tok.doc
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in ("on", "upon"):
            i = max(t.i for t in p.subtree) + 1
            if i < len(doc) and doc[i].tag_ == "TO":
                rest = [t for t in doc[i + 1:i + 4] if not (t.is_punct or t.pos_ == "ADV")]
                return rest[:1] if rest and rest[0].pos_ in ("VERB", "AUX") else []
    return []


def _context_lemmas(tok) -> set[str]:
    """Words a condition may look at: the trigger's phrase and, for a noun, its governing verb. The
    word opening an attribution ("according to state media") is left out: "according" lemmatises
    to "accord", which ruled out "struck targets" as a deal struck and would let "signed a decree"
    pass as a signed accord. A condition's words ("would shut its markets unless X reopened the
    border") say what the act asks for, not what it is."""
    conditions = {t.i for c in condition_clauses(tok) for t in c.subtree}  # what is asked, not the act
    toks = [t for t in phrase_tokens(tok) if t.lower_ not in ATTRIBUTION and t.i not in conditions
            and not _time_adjunct(t)]  # "fired the minister on Monday" fires on no one
    lem = _lemmas(toks) | _lemmas(quoted_after_object(tok))
    # the subject's head word matters too ("workers went on strike", "troops withdrew")
    subjects = [c for c in tok.children if c.dep_ in SUBJ]
    # ... and the heads joined to it: "nurses and a missionary were freed" frees the missionary too
    lem |= _lemmas(subjects + [g for c in subjects for g in c.conjuncts])
    # and its kind words ("peacekeeping troops arrived", "riot police"): they say what the actor is
    lem |= {g.lemma_.lower() for c in tok.children if c.dep_ in SUBJ for g in c.children
            if g.dep_ in ("amod", "compound") and g.i < c.i and g.pos_ in ("ADJ", "NOUN", "VERB") and g.is_lower}
    # through a collective head: "the first contingent of peacekeeping troops arrived"
    for c in tok.children:
        if c.dep_ in SUBJ:
            for o in (g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"):
                lem.add(o.lemma_.lower())
                lem |= {g.lemma_.lower() for g in o.children if g.dep_ in ("amod", "compound") and g.is_lower}
    if tok.pos_ in NOUN_POS and tok.dep_ == "dobj" and tok.head.lemma_.lower() in DOING_VERBS:
        # an act noun's doer is the subject of a verb of doing it ("doctors launched a strike"), not
        # of one reacting to it ("the union condemned the strike on the convoy"): its head word too
        lem |= {c.lemma_.lower() for c in tok.head.children if c.dep_ in SUBJ}
    if tok.pos_ in NOUN_POS or tok.dep_ in ("pobj", "dobj", "compound"):
        h = tok.head
        hops = 0
        while h.i != tok.i and hops < 3:
            lem.add(h.lemma_.lower())
            lem.add(h.lower_)
            if h.dep_ in ("prep", "pobj", "dobj", "compound", "amod", "xcomp") and h.head.i != h.i:
                h = h.head
                hops += 1
            else:
                break
    # "hunger strike", "air strike", "sit-in": neighbours matter for nouns
    if tok.i > 0:
        lem.add(tok.doc[tok.i - 1].lower_)
        if tok.doc[tok.i - 1].text == "-" and tok.i > 1:  # "test-fired", "sit-in"
            lem.add(tok.doc[tok.i - 2].lower_)
    if tok.i + 1 < len(tok.doc) and not _time_adjunct(tok.doc[tok.i + 1]):
        lem.add(tok.doc[tok.i + 1].lower_)
    return lem


# particles that are also place prepositions (words.yaml): away from the verb and with an object
# of their own they open a place phrase ("giving a speech in the city" is no "give in")
_PLACE_PARTICLES = words("triggers", "PLACE_PARTICLES")
_TIME_PREPS = words("triggers", "TIME_PREPS")
_SEQUENCE_PREPS = words("triggers", "SEQUENCE_PREPS")
_CONTRAST_MARKS = words("triggers", "CONTRAST_MARKS")
_CALENDAR_NAMES = words("triggers", "CALENDAR_NAMES")
REFUSING_HEADS = words("triggers", "REFUSING_HEADS")
DOING_VERBS = words("triggers", "DOING_VERBS")
WISH_MODALS = words("triggers", "WISH_MODALS")


def _beside_other_act(tok) -> set[str]:
    """Words only the "after/amid/despite X" phrases of the trigger's phrase hold: X is another happening
    the act follows or meets ("suspended flights after the missile strikes" suspends no strike),
    so they cannot make the trigger's sense."""
    phrase = phrase_tokens(tok)
    # on the trigger or on its object ("suspended talks with the rebels following the strike"),
    # "following" read as a participle
    sides = [p for p in phrase if p.lower_ in _SEQUENCE_PREPS and p.dep_ in ("prep", "acl") and p.i != tok.i]
    # the parser may read the phrase as a clause ("after the missile strikes": 'strikes' a verb)
    sides += [c for c in phrase if c.dep_ == "advcl" and c.i != tok.i
              and any(m.dep_ == "mark" and m.lower_ in _SEQUENCE_PREPS for m in c.children)]
    return _only_in(tok, sides)


def _time_adjunct(tok) -> bool:
    """A preposition opening a time phrase ("on Monday", "on 3 March", "at midnight"): when the act
    happened, never the particle of a phrasal trigger ("called X on Monday" is no "call on")."""
    return tok.dep_ == "prep" and tok.lower_ in _TIME_PREPS \
        and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") and _time_word(c) for c in tok.children)


def _time_word(tok) -> bool:
    """A word that can head a time phrase: a common noun or number ("midnight", "2019"), or a day's
    or a month's name; not another proper noun NER swept into a time ("at Kyiv overnight")."""
    return tok.tag_ != "NNP" or tok.lower_ in _CALENDAR_NAMES


def _particles(tok) -> list:
    out = []
    for c in tok.children:
        if c.dep_ in ("prt", "prep", "agent", "advmod") and c.i > tok.i and not _time_adjunct(c):
            if c.dep_ == "prep" and c.i > tok.i + 1 and c.lower_ in _PLACE_PARTICLES \
                    and any(g.dep_ == "pobj" for g in c.children):
                continue
            out.append(c)
    # "sent 300 migrants home", "pushed the refugees back": the parser hangs the particle on the object
    out += [g for c in tok.children if c.dep_ == "dobj" for g in c.children
            if g.dep_ in ("advmod", "prt") and g.i == c.right_edge.i and g.pos_ in ("ADV", "ADP", "PART")]
    # "called on Tuesday for the hostages to be freed": after a time phrase the parser makes "for"
    # the mark of the infinitive clause, not the verb's preposition
    out += [g for c in tok.children if c.dep_ in ("advcl", "xcomp", "ccomp") and c.i > tok.i for g in c.children
            if g.dep_ == "mark" and g.lower_ == "for" and g.i > tok.i]
    # "called on X", where the parser attaches "on" to the next token
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ in ("ADP", "PART", "ADV", "SCONJ") and tok.doc[tok.i + 1] not in out \
            and not _time_adjunct(tok.doc[tok.i + 1]):
        out.append(tok.doc[tok.i + 1])
    return out


NAME_ENTS = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})


@lru_cache(maxsize=4096)
def _verb_lemma(form: str) -> str:
    """A verb form's lemma from lemminflect's dictionary (not the model), or the form itself."""
    from lemminflect import getLemma

    found = getLemma(form, upos="VERB")
    return found[0].lower() if found else form


def _noun_lemma(form: str) -> str:
    """A noun form's lemma from lemminflect's dictionary, or the form itself."""
    from lemminflect import getLemma

    found = getLemma(form, upos="NOUN")
    return found[0].lower() if found else form


def mistagged_noun(tok) -> bool:
    """A plural noun the tagger read as a verb ("held joint drills with"): its role in the parse is
    a noun's (an object, a subject) and it has no subject of its own."""
    return tok.tag_ in ("VBZ", "VBP") and tok.dep_ in MISTAGGED_NOUN_DEPS and not any(c.dep_ in SUBJ for c in tok.children)


def nominal(tok) -> bool:
    """Is the token a noun for the event rules (spaCy's noun tags, or a noun mistagged as a verb)?"""
    return tok.pos_ in NOUN_POS or mistagged_noun(tok)


def _directs(tok) -> bool:
    """"told Manila to withdraw", "ordered the army to leave": an object and, after it, its
    infinitive (an xcomp with "to"); "told reporters in Tokyo" and "ordered a curfew from dusk to
    dawn" direct no one."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
    if obj is None:
        return False
    # the parser reads a rarer verb's infinitive as a purpose ("charged the chiefs to end
    # insecurity"): right after the object (and an "of" phrase the parse hung on the verb) it is
    # still the object's own act
    ofs = {t.i for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree}
    for c in tok.children:
        to = next((g for g in c.children if g.dep_ == "aux" and g.lower_ == "to"), None)
        if to is None or c.i < obj.i:
            continue
        if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and all(
                i in ofs for i in range(obj.right_edge.i + 1, to.i))):
            return True
    return False


def _inside_name(tok) -> bool:
    """A capitalised word inside a named entity, after its first word ("NASA's Volatiles
    Investigating Polar Exploration Rover"): a word of the name, not a predicate."""
    return tok.ent_iob_ == "I" and tok.ent_type_ in NAME_ENTS and tok.is_title


def _wished(tok) -> bool:
    """Is the trigger's that-clause a wish ("insisted that Israel withdraw", "... must withdraw")
    rather than a statement ("insisted that he had done nothing wrong")? A clause with a modal of
    obligation or a bare (subjunctive) verb is; a tensed verb without one is not. No that-clause
    ("insisted on talks"): nothing to tell."""
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    if clause is None:
        return True
    if any(a.dep_ == "aux" and a.lower_ in WISH_MODALS for a in clause.children):
        return True
    return clause.tag_ == "VB" and not any(a.dep_ in ("aux", "auxpass") for a in clause.children)


def match_token(tok) -> Match | None:
    if _inside_name(tok):
        return None
    lemma = tok.lemma_.lower()
    lower = tok.lower_
    if tok.tag_ == "VBN" and tok.dep_ == "acomp":
        keys = [(lower, "adj"), (lemma, "verb")]
    elif mistagged_noun(tok):
        keys = [(lemma, "noun"), (lower, "noun")]
    elif tok.pos_ in VERB_POS:
        keys = [(lemma, "verb")]
        if tok.tag_ == "VBG":  # gerunds used as nouns ("the meeting", "fighting")
            keys.append((lower, "noun"))
    elif tok.pos_ == "ADJ" or (tok.tag_ == "VBN" and tok.dep_ == "acomp"):
        keys = [(lower, "adj"), (lemma, "adj")]
        if lower.endswith("ing"):
            keys.append((lower, "noun"))
    elif tok.pos_ in NOUN_POS:
        keys = [(lemma, "noun"), (lower, "noun")]
        if tok.pos_ == "PROPN" and not tok.is_lower and (tok.i != 0 or tok.ent_type_ in NAME_ENTS):
            # a name ("Operation Desert Storm", "Strike Force", "Amnesty International" opening a
            # sentence), not a predicate
            return None
    else:
        return None
    cands = []
    for k in keys:
        cands.extend(entries().get(k, []))
    if not cands and tok.pos_ in VERB_POS:
        # the model's lemmatiser slips on some forms ("fined" -> "fin"): the dictionary lemma
        cands.extend(entries().get((_verb_lemma(lower), "verb"), []))
    if not cands:
        return None
    ctx = None
    not_own = None
    parts = _particles(tok)
    part_words = {p.lower_ for p in parts}
    negated = any(negation_child(c) for c in tok.children) \
        or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REFUSING_HEADS)  # "refused to rule out"
    for e in cands:
        if e.negative and not negated:
            continue
        if e.prt and not (part_words & set(e.prt)):
            continue
        if e.not_next and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in e.not_next:
            continue
        if e.control and not _directs(tok):
            continue
        if e.clause_only and tok.dep_ == "acl":
            continue
        if e.bare is not None and not _bare(tok, e.bare):
            continue  # "called on X to resign", "called on X for a ceasefire": what is asked
        if e.intransitive and any(ch.dep_ == "dobj" and ch.left_edge.lower_ not in _PLACE_ADVERBS for ch in tok.children):
            continue  # ("demonstrated outside state parliaments": the parser's object is a place)
        if e.wish and not _wished(tok):
            continue
        if e.with_ or e.and_with or e.without:
            if ctx is None:
                ctx = _context_lemmas(tok)
            if e.with_ or e.and_with:
                if not_own is None:  # once a token: words only another act's phrases hold
                    not_own = _coordinated_only(tok) | _beside_other_act(tok)
                own = ctx - not_own
                if (e.with_ and not own & set(e.with_) and not (e.harsh and harsh(epithet_tokens(tok)))) \
                        or (e.and_with and not own & set(e.and_with)):
                    continue
            # a relative clause's or a participle's verb acts on the noun it modifies ("a call the
            # White House released", "information gathered from activists"): that noun rules an
            # entry out as its own words would (not in: its clause may be background, "a curfew
            # that had been imposed")
            if e.without and (((ctx - _adverbial_only(tok)) | ({tok.head.lemma_.lower()} if tok.dep_ in ("relcl", "acl") else set()))
                              & set(e.without)):
                continue
        prt = [p for p in parts if p.lower_ in e.prt] if e.prt else []
        return Match(tok, e, frozenset(ctx if ctx is not None else _context_lemmas(tok)), prt)
    return None


def find_triggers(sdoc) -> list[Match]:
    """The trigger matches of a parsed sentence, in token order.

    Speed, same output: match_token looks entries up only by a token's lowercased lemma or form
    (and, for a verb, its dictionary lemma), so a token that is no verb and whose lemma and form
    are no lexicon word cannot match. Those are told apart from the doc's arrays, without building
    a Token object and reading a dozen of its properties for every word of every sentence."""
    from spacy.attrs import LEMMA, LOWER, POS

    words = _entry_words()
    strings = sdoc.vocab.strings
    rows = sdoc.to_array([LEMMA, LOWER, POS]).tolist()
    verb_pos = {strings[p] for p in VERB_POS}
    lemma_known: dict[int, bool] = {}  # lemma id -> is its lowercase a lexicon word
    lower_known: dict[int, bool] = {}  # lowercase form id -> is it a lexicon word

    out = []
    for i, (lemma, lower, pos) in enumerate(rows):
        if lemma not in lemma_known:
            lemma_known[lemma] = strings[lemma].lower() in words
        if lower not in lower_known:
            lower_known[lower] = strings[lower] in words
        if pos in verb_pos or lemma_known[lemma] or lower_known[lower]:
            m = match_token(sdoc[i])
            if m is not None:
                out.append(m)
    return out


_WORDS: tuple = (None, frozenset())


def _entry_words() -> frozenset[str]:
    """Every word entries() is keyed by (any part of speech): find_triggers' cheap test. Rebuilt
    when entries() is rebuilt (tests clear its cache)."""
    global _WORDS
    table = entries()
    if _WORDS[0] is not table:
        _WORDS = (table, frozenset(w for w, _ in table))
    return _WORDS[1]
