"""Who the grammatical subject of a verb is, through the parser's slips: a passive's "by" agent,
the controller of an infinitive ("X urged Y to withdraw": X), the noun a relative clause hangs on,
a copula's subject, a subject the parser strands on another verb, and the subject of the clause a
participle or complement belongs to. roles.py builds a trigger's actor and recipient on these.
"""
from __future__ import annotations

from .lexicon import modality, word_classes
from .triggers import NOUN_POS, _verb_lemma
from .vocab import words

# "used tear gas to disperse protesters": the object of a verb of using is the means, not the
# controller of the purpose clause (the subject disperses), unlike "urged Y to withdraw"
INSTRUMENT_VERBS = words("roles", "INSTRUMENT_VERBS")
SUBJECT_CONTROL_VERBS = words("roles", "SUBJECT_CONTROL_VERBS")
CIVIL_ACTORS = words("retype", "CIVIL_ACTORS")
FEELING_VERBS = words("roles", "FEELING_VERBS")


def _agent_object(verb):
    """The object of a passive verb's by-phrase ("arrested by police": police), or None."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None


def feeling(tok) -> bool:
    """A verb of feeling, or its participle the tagger calls an adjective ('was "deeply dismayed" by'
    with quotes round it keeps its -ed form as the lemma)."""
    if tok.lemma_.lower() in FEELING_VERBS:
        return True
    return tok.pos_ == "ADJ" and _verb_lemma(tok.lower_) in FEELING_VERBS  # the dictionary's lemma


def _active_form(verb) -> bool:
    """A finite verb that is surely active: a present tense, or a past tense with an object or a
    complement of its own ("urged Israel to halt", "called on X to"). A bare past form may be the
    participle of a shared passive the tagger read as past ("were arrested and charged with arson")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if verb.tag_ == "VBD" and verb.dep_ == "conj" and feeling(verb.head):
        return True  # "was dismayed by the verdict and called for ...": a feeling is no shared passive
    return verb.tag_ in ("VBZ", "VBP") or (
        verb.tag_ == "VBD" and any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in verb.children))


def _subject_of(verb):
    """(subject token, passive agent token or None, passive?) of a verb, climbing control and
    coordination where the verb has no subject of its own. A passive with no subject of its own
    ("returned home after being deported") takes the subject it inherits as its patient."""
    subj, patient, passive = _climb_subject(verb)
    own = any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass") for c in verb.children)
    if not own and not passive and subj is not None and any(c.dep_ == "auxpass" for c in verb.children):
        return _agent_object(verb), subj, True
    if not own and passive and patient is not None and verb.dep_ == "conj" and _active_form(verb):
        # "the office was appalled by the strike and called on the military to ...": an active verb
        # coordinated with a passive one shares its subject as its doer, not as a patient
        return patient, None, False
    return subj, patient, passive


def _relative(tok, verb) -> bool:
    """Is tok the relative pronoun subject of a non-restrictive relative clause ("police, who fired
    ...")? Set off by a comma, the clause tells something new of the noun; a restrictive one
    ("rebels who have seized the region") names the noun by a past act, background that the
    sentence-level gold leaves uncoded. Measured: news dev must recall 0.413 -> 0.435 (0.457 with
    restrictive clauses too, but dev gold extra events 0.125 -> 0.148 and blind 2 0.24 -> 0.27;
    0.131 and 0.24 with the comma)."""
    return (verb.dep_ == "relcl" and tok.tag_ in ("WP", "WDT") and verb.head.pos_ in NOUN_POS
            and tok.i > 0 and tok.doc[tok.i - 1].text == ",")


PLACE_ENTS = ("GPE", "LOC", "FAC")


def _relative_antecedent(pronoun, head):
    """The noun a relative pronoun stands for: the one its clause hangs on, but "who" is never a
    place. "X, IOM's chief of mission in Djibouti, who called on ...": the parser hangs the clause on
    the place ending the title, and the one who called is the titled person it describes. A clause
    hung on a thing thrown or aimed at people stands for the people named just before the comma."""
    if pronoun.lower_ != "who":
        return head
    last = pronoun.doc[pronoun.i - 2] if pronoun.i >= 2 else None
    if head.dep_ == "dobj" and last is not None and last.dep_ == "pobj" and last.head.head.i == head.i \
            and last.ent_type_ not in PLACE_ENTS:
        return last  # "flung bottles at the guards, who responded ...": the people the thing was aimed at
    if head.ent_type_ not in PLACE_ENTS:
        return head
    t = head
    for _ in range(6):
        if t.dep_ not in ("pobj", "prep", "appos") or t.head.i == t.i:
            break
        t = t.head
        if t.pos_ in NOUN_POS and t.ent_type_ not in PLACE_ENTS and t.dep_ != "prep":
            return t.head if t.dep_ == "appos" else t
    return head


NOUN_PHRASE_DEPS = frozenset({"pobj", "prep", "amod", "compound", "nmod", "appos", "conj", "poss"})
# ... and a relative clause on it ("The African Union, which has 55 member states, called on ...":
# "called" hung on "states", inside the clause on the ROOT noun)
ROOT_CLAUSE_DEPS = frozenset({"relcl", "dobj"})


def _in_root_phrase(tok, root) -> bool:
    """Is tok inside the ROOT noun phrase, reached through its modifiers only ("Protesters angry at a
    price hike torched banks": the past tense "torched" hung on "hike")? A past-tense verb there is
    the sentence's main verb the parser missed; a reduced relative would be a participle (VBN)."""
    for _ in range(6):
        if tok.i == root.i:
            return True
        if tok.dep_ not in NOUN_PHRASE_DEPS | ROOT_CLAUSE_DEPS:
            return False
        tok = tok.head
    return False


def misparsed_main_subject(verb):
    """The ROOT noun when ``verb`` is a past tense hung inside the ROOT noun phrase (the sentence's
    main verb the parser missed, see _in_root_phrase), else None."""
    root = verb.sent.root
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and root.pos_ in NOUN_POS and _in_root_phrase(verb.head, root):
        return root
    return None


def _copula_subject(verb):
    """The subject of "X was the only state to vote for ...": an infinitive on a predicate
    noun of a copula is done by the copula's subject (the noun only restates it)."""
    noun = verb.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or noun.dep_ != "attr" \
            or noun.head.lemma_ not in ("be", "become", "remain"):
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def _as_clause_subject(verb):
    """"police detained 31 people as supporters of the movement tried to block the avenue": the
    parser reads the conjunction "as" as a preposition and its clause's subject as the object of
    it, leaving the finite verb of the clause with none. The noun after "as", just before the
    verb, is its subject."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    prep = next((c for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "as" and c.i < verb.i
                 and c.right_edge.i == verb.i - 1), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return obj if obj is not None and obj.pos_ in NOUN_POS | {"PRON"} else None


def _stray_subject(verb):
    """A finite main verb has a subject; when the parser hung it elsewhere ("Angered by the vote
    in Geneva, Minister Y on Monday cancelled ...": Y parsed as a conjunct of Geneva),
    the name just before the verb is it, past the verb's own adverbials ("on Thursday")."""
    i = verb.i - 1
    while i >= 0:
        t = verb.doc[i]
        if t.dep_ in ("advmod", "neg", "aux") and t.head.i == verb.i:
            i -= 1
            continue
        top = t
        while top.head.i != top.i and top.head.i < verb.i and top.dep_ in ("pobj", "prep"):
            top = top.head
        if top.dep_ == "prep" and top.head.i == verb.i:  # the verb's own "on Thursday"
            i = top.i - 1
            continue
        break
    if i < 0:
        return None
    t = verb.doc[i]
    return t if t.pos_ == "PROPN" and t.dep_ in ("conj", "appos", "pobj", "compound") else None


def _named_party(noun) -> bool:
    """A noun that names a party, not a thing or an idea: a name, a nationality ("a Somali man"), a
    count of people ("two militants"), or a civil actor word ("the possibility of cutting" is none)."""
    return noun.pos_ == "PROPN" or noun.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or _people(noun) or any(
        c.dep_ == "nummod" or c.ent_type_ in ("NORP", "GPE") for c in noun.children if c.i < noun.i)


def _charged_object(v):
    """The party a gerund of "for" or "of" says something about: "arrested two men for attacking a
    station", "convicted X of planning ...", "praised Y for sending aid": the object did it, not
    the one who arrests, convicts or praises (object control). Passive heads have no object and keep
    their subject ("was arrested for attacking")."""
    if v.dep_ != "pcomp" or v.tag_ != "VBG" or v.head.lower_ not in ("for", "of") or v.head.dep_ != "prep":
        return None
    head = v.head.head
    if head.dep_ == "dobj" and _named_party(head):
        return head  # the parser hangs "of" on the object: "convicted [two men of planning ...]"
    if head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < v.i), None)


def _people(noun) -> bool:
    """A noun naming people who act ("beat students protesting ...": the students protest), not a
    statement or a resolution that its issuer speaks through (words.yaml CIVIL_ACTORS, or a name)."""
    return noun.lemma_.lower() in CIVIL_ACTORS or noun.ent_type_ in ("PERSON", "NORP")


def _nearest_subject(v):
    """The verb's noun subject; of two (a parse that hangs the main clause's subject on the verb of
    an "as" clause too: "Soldiers who ... named X, as Western powers threatened to ..."), the one
    nearest before the verb, which its own clause opens with."""
    subjects = [c for c in v.children if c.dep_ == "nsubj"]
    if len(subjects) > 1:
        # an emphatic reflexive beside the subject ("Armenian units had themselves opened fire") is
        # parsed as a second subject: it stands for the other one
        subjects = [c for c in subjects if c.tag_ != "PRP" or not c.lower_.endswith(("self", "selves"))] or subjects
        before = [c for c in subjects if c.i < v.i]
        # "X and his Tajik counterpart Y held talks": the name after the conjoined noun is parsed as
        # a subject of its own; the coordination, which holds both, is the subject
        for first in before[:-1]:
            if any(k.dep_ == "conj" and k.right_edge.i + 1 == before[-1].left_edge.i for k in first.children):
                return first
        return before[-1] if before else subjects[0]
    return subjects[0] if subjects else None


def _speaker_second_act(verb, clause) -> bool:
    """"Amnesty said the EU was pouring money into abuse and accused the bloc of ...": the parser
    joins the bare past "accused" to the reported clause, but a past tense beside a verb of another
    form ("was pouring", "would lose", "is failing") is the speaker's own second act, in the tense of
    the verb of speech. Not beside a participle ("had tied up and tortured villagers"): its
    auxiliary is shared, and the tagger reads the second participle as a past tense."""
    said = clause.head
    if clause.dep_ != "ccomp" or said.i == clause.i or said.lemma_.lower() not in modality()["speech_verbs"]:
        return False
    if not any(c.dep_ == "nsubj" for c in said.children):
        return False  # a speaker the parse lost: the clause's subject is the better guess
    if verb.tag_ != "VBD" or said.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return clause.tag_ in ("VBG", "VB", "VBZ", "VBP")


def _climb_subject(verb):
    """_subject_of's search: the verb's own subject or passive subject, else the one it inherits."""
    hops = 0
    v = verb
    while v is not None and hops < 6:
        # a noun subject before a clausal one: "Addressing a summit in X, President Y called on Z"
        # is parsed with the opening participle as a second, clausal subject
        subj = _nearest_subject(v) or next((c for c in v.children if c.dep_ == "csubj"), None)
        pas = next((c for c in v.children if c.dep_ in ("nsubjpass", "csubjpass")), None)
        agent = next((c for c in v.children if c.dep_ == "agent"), None)
        agent_obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if subj is None and pas is None:  # parser slip: a name before the verb tagged npadvmod/dep
            subj = next((c for c in v.children if c.dep_ in ("npadvmod", "dep", "nmod", "advmod") and c.i < v.i and c.pos_ == "PROPN"), None)
        if subj is None and pas is None and v.dep_ == "ROOT" and v.tag_ in ("VBD", "VBZ", "VBP"):
            subj = _stray_subject(v)
        # a relative pronoun stands for the noun its clause hangs on ("police, who fired ...")
        if subj is not None:
            return (_relative_antecedent(subj, v.head) if _relative(subj, v) else subj), None, False
        if pas is not None:
            return agent_obj, (v.head if _relative(pas, v) else pas), True
        # no subject of its own: inherit
        copula_subj = _copula_subject(v) if v.dep_ in ("relcl", "acl") else None
        if copula_subj is not None:
            return copula_subj, None, False
        if v.dep_ == "relcl":
            return v.head, None, False
        root = v.sent.root
        if v.dep_ == "acl" and v.tag_ in ("VBN", "VBD") and root.pos_ in NOUN_POS and agent is None \
                and (v.head.i == root.i or (v.head.dep_ == "pobj" and v.head.head.head.i == root.i)
                     or misparsed_main_subject(v) is not None) \
                and any(c.dep_ in ("prep", "dobj", "advcl", "xcomp", "ccomp", "conj") for c in v.children):
            # a sentence cannot be one noun phrase: "A newspaper called on Arabs to ...", "Doctors from
            # two aid groups donated ..." parsed as a reduced relative inside a ROOT noun phrase is a
            # main clause whose subject is that noun
            return root, None, False
        if v.dep_ in ("acl",) and v.tag_ == "VBN":  # "troops deployed by X": the noun is the patient
            return agent_obj, v.head, True
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.dep_ in ("dobj", "pobj") and not _people(v.head):
            v = v.head.head  # "issued a statement demanding ...": the issuer demands
            hops += 1
            continue
        if v.dep_ == "acl" and v.tag_ == "VB" and v.head.dep_ == "dobj" and not _people(v.head) \
                and v.head.lemma_.lower() not in word_classes()["troops"] \
                and v.head.head.lemma_.lower() in INSTRUMENT_VERBS:
            # "fired live ammunition to disperse protesters", parsed with the purpose clause on the
            # instrument: whoever uses the instrument does what it is for (as the xcomp above); troops
            # or people sent are the doers themselves ("deployed soldiers to guard the border")
            v = v.head.head
            hops += 1
            continue
        if v.dep_ in ("acl",):
            return v.head, None, False
        if v.dep_ in ("acomp",):  # "X is ready to ...", "X was willing to ..."
            v = v.head
            hops += 1
            continue
        as_subject = _as_clause_subject(v)
        if as_subject is not None:
            return as_subject, None, False
        if v.dep_ in ("xcomp", "advcl", "ccomp") and v.dep_ != "ccomp":
            # object control: "urged Y to withdraw" -> Y is the subject of "withdraw"
            h = v.head
            obj = next((c for c in h.children if c.dep_ in ("dobj",) and c.i < v.i), None)
            if v.dep_ == "xcomp" and obj is not None and h.lemma_.lower() not in SUBJECT_CONTROL_VERBS \
                    and h.lemma_.lower() not in INSTRUMENT_VERBS:
                return obj, None, False
            pas = next((c for c in h.children if c.dep_ == "nsubjpass"), None)
            if v.dep_ == "xcomp" and pas is not None and not _relative(pas, h) \
                    and h.lemma_.lower() not in modality()["future_heads"]:
                # the passive of object control: "X was told to leave", "X was forced to withdraw":
                # X does what the infinitive says (as "told X to leave"). Not the timetable verbs
                # ("X is set to sign", "expected to"): measured, they coded more extras than events
                return pas, None, False
            v = h
        elif v.dep_ == "conj":
            h = v.head
            hp = next((c for c in h.children if c.dep_ == "nsubjpass"), None)
            if hp is not None and v.tag_ in ("VBN", "VBD") and not any(
                    c.dep_ in ("aux", "auxpass", "dobj", "nsubj") for c in v.children):
                # "X was arrested by police and charged": one auxiliary, two passives (the small
                # model tags the second VBD); X is the patient of both and the first's agent (if
                # any) the agent of both. With an auxiliary or an object of its own the verb is
                # active ("X was indicted and will resign")
                return _agent_object(v) or _agent_object(h), hp, True
            if hp is not None and not any(c.dep_ == "auxpass" for c in v.children):
                return hp, None, False  # "X was indicted ... and will resign": X resigns
            v = h.head if _speaker_second_act(v, h) else h
        elif v.dep_ == "pcomp" and v.head.lower_ == "as" and any(c.dep_ == "dobj" for c in v.head.head.children):
            # "quoted the commander as promising ...": the object promises
            return next(c for c in v.head.head.children if c.dep_ == "dobj"), None, False
        elif _charged_object(v) is not None:
            return _charged_object(v), None, False
        elif v.dep_ in ("pcomp", "pobj"):  # "after meeting with X": the main clause's subject
            v = v.head.head if v.head.dep_ == "prep" else v.head
        elif v.dep_ == "prep":
            v = v.head
        elif v.dep_ in ("dobj", "attr", "pobj") and v.pos_ in NOUN_POS:
            v = v.head  # "is considering the possibility of cutting": climb through the noun
        else:
            return None, None, False
        hops += 1
    return None, None, False


def _prep_objects(tok, preps) -> list:
    """Objects of the given prepositions on a token, leaving out times ("on Tuesday")."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME"):
                    out.append(g)
    return out
