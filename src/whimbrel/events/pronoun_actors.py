"""Actor passes that read a pronoun, a relative clause or a possessive "its" as a party named
elsewhere: the main clause's subject, the speaker, the person, group or body the sentence before is
about, the people a relative clause hangs on. Run in the actor phase of events/passes.py after the
roles pass, before the country of a country-less actor is inferred (fill_actor.actor_country_inferred).
"""
from __future__ import annotations

from dataclasses import replace

from .. import actors
from ..actors.lexicon import get_lexicon
from ..model import Entity
from .antecedents import (PERSONAL_PRONOUNS, PLURAL_PRONOUNS, SINGULAR_THING_PRONOUNS, antecedent,
                          main_clause_person, previous_body, previous_group, previous_person, relative_antecedent)
from .common import _coded
from .condemned import adopters
from .lexicon import VERBAL
from .state import Candidate, SentenceState
from .triggers import NOUN_POS
from .vocab import words

DOCUMENT_NOUNS = words("fill_actor", "DOCUMENT_NOUNS")


def actor_antecedent(s: SentenceState, c: Candidate):
    """A subject pronoun of a subordinate clause: the main clause's subject."""
    if c.actor_rule is None and not c.actor and c.args.actor_pronoun:
        ante = antecedent(s, c.tok)
        if ante:
            c.actor = ante
            c.note_actor("actor: pronoun -> subject of the main clause", rule="antecedent")


def actor_relative_protesters(s: SentenceState, c: Candidate):
    """"Riot police scattered traders who had gathered outside the city council": a
    protest told in a restrictive relative clause is done by the people the clause hangs on. Other
    acts so told are background that names people by a past deed ("rebels who have seized the
    region", subjects._relative), but people who gathered, marched or blocked a road are met there
    by the police the sentence is about: the protest is the news. Their state, when the phrase names
    none, is inferred next (actor_country_inferred)."""
    if c.actor or c.raw_actor or c.actor_rule is not None or c.cat != "PROTEST" or not c.args.actor_pronoun:
        return
    pronoun = next((t for t in c.args.actor if t.tag_ in ("WP", "WDT") and t.lower_ in ("who", "that")), None)
    clause = pronoun.head if pronoun is not None else None
    if clause is None or clause.dep_ != "relcl" or clause.head.pos_ not in NOUN_POS:
        return
    people = relative_antecedent(pronoun, clause)
    found = [e for e in actors.entities_for(s.doc, s.seq, [t.i for t in people.subtree if t.i < pronoun.i])
             if e.sector and e.tok_start <= people.i < e.tok_end]
    if found:
        c.raw_actor = found
        c.actor = _coded(found)
        c.why.append("actor: the people a relative clause of protest hangs on")


def actor_speaker(s: SentenceState, c: Candidate):
    """A subject pronoun in reported speech: the speaker ("X said it would ..."). Not "he" or "she"
    before an attribution that follows ("He met al-Sisi, the State Department said", "She was
    detained, her lawyer said"): a writer refers back to a person named before, and the one quoted
    after the words is their source, never the person they are about."""
    if c.actor_rule is not None or c.actor or not c.args.actor_pronoun or not c.source:
        return
    speech = c.flags.speech
    if speech is not None and speech.i > c.tok.i and any(t.lower_ in PERSONAL_PRONOUNS for t in c.args.actor):
        return
    c.actor = list(c.source)
    c.note_actor("actor: pronoun -> speaker", rule="speaker")


def actor_speaker_conjunct(s: SentenceState, c: Candidate):
    """"X said the ruling raised concerns and urged Ankara to ...": the parser hangs "urged" on the
    reported verb, so it inherits that verb's subject, a thing that names no party ("the ruling").
    Such a subject cannot urge; the verb is the speaker's second act, and the speaker its actor."""
    if c.actor_rule is not None or c.actor or c.raw_actor or not c.source or c.args.actor_pronoun \
            or c.cat not in VERBAL:
        return  # a material act ("a roadside bomb killed a policeman and wounded three, the army said") is no speaker's
    tok = c.tok
    if tok.dep_ != "conj" or not c.args.actor or any(a.head.i == tok.i for a in c.args.actor):
        return  # its own subject, or none at all
    c.actor = list(c.source)
    c.note_actor("actor: conjunct of a reported verb whose subject names no party -> speaker", rule="speaker")


def _pronoun_antecedent(s: SentenceState, c: Candidate, pronouns: set, find, note: str, rule: str):
    """A sentence's own subject pronoun with no antecedent in the sentence: ``find``'s entity."""
    if c.actor or c.actor_rule is not None or not c.args.actor_pronoun:
        return
    if not any(t.lower_ in pronouns for t in c.args.actor):
        return
    found = find(s.doc, s.seq)
    if found:
        c.actor = found
        c.note_actor(note, rule=rule)


def actor_main_clause_person(s: SentenceState, c: Candidate):
    """ "He"/"she" subject of a relative or adverbial clause: the person who is the subject of the
    clause it hangs in, before any person of an earlier sentence."""
    if c.actor or c.actor_rule is not None or not c.args.actor_pronoun:
        return
    if not any(t.lower_ in PERSONAL_PRONOUNS for t in c.args.actor):
        return
    found = main_clause_person(s, c.tok)
    if found:
        c.actor = found
        c.note_actor("actor: pronoun -> the person the main clause names", rule="main_clause_person")


def actor_previous_group(s: SentenceState, c: Candidate):
    """ "They" with no antecedent in its sentence: the one group named just before."""
    _pronoun_antecedent(s, c, PLURAL_PRONOUNS, previous_group, "actor: they -> the group named just before",
                        "previous_group")


def actor_previous_body(s: SentenceState, c: Candidate):
    """ "It" with no antecedent in its sentence: the state or body the sentence before is about."""
    _pronoun_antecedent(s, c, SINGULAR_THING_PRONOUNS, previous_body, "actor: it -> the body the sentence before is about",
                        "previous_body")


OWNER_PRONOUNS = ("its",)


def actor_its_owner(s: SentenceState, c: Candidate):
    """"China's defence ministry condemned the flight. Its spokesman accused ...": an agent word
    owned by "its" with no state of its own belongs to the body the sentence before is about (as
    "it" opening a sentence takes it up: previous_body). A generic head (a spokesman, an official,
    a leader) speaks for the body and takes its sector too (sectors.yaml generic_heads); a specific
    one ("its foreign minister") keeps its own."""
    if c.actor or c.actor_rule is not None:
        return
    todo = [e for e in c.raw_actor if e.code is None and e.sector and e.sentence == s.seq]
    owned = [e for e in todo if any(ch.dep_ == "poss" and ch.lower_ in OWNER_PRONOUNS
                                    for t in s.sent.doc[e.tok_start:e.tok_end] for ch in t.children)]
    if not owned:
        return
    owner = [e for e in previous_body(s.doc, s.seq) if e.code]
    if len({e.code for e in owner}) != 1:
        return
    body = owner[0]
    c.actor = [replace(e, code=body.code, sector=body.sector if _generic_head(s, e) and body.sector else e.sector,
                       why=f"{e.why}; its owner: the body the sentence before is about ({body.entity_text})")
               for e in owned]
    c.why.append("actor: 'its' -> the body the sentence before is about")


def _generic_head(s: SentenceState, e: Entity) -> bool:
    """Is the entity's last word a generic role head (a spokesman speaks for whatever body owns him)?"""
    return s.sent.doc[e.tok_end - 1].lower_ in get_lexicon().generic_heads


def actor_document_author(s: SentenceState, c: Candidate):
    """"The resolution calls on X to ...", "The statement also called on Y": a document's words are
    those of the body that issued or adopted it, the body the sentence before is about ("The Security
    Council extended the mission's mandate. The resolution calls on ..."), as for "it"."""
    if c.actor or c.raw_actor or c.actor_rule is not None or c.cat not in VERBAL:
        return
    doc_words = [t for t in c.args.actor if t.lemma_.lower() in DOCUMENT_NOUNS
                 or (t.tag_ == "WDT" and t.head.dep_ == "relcl" and t.head.head.lemma_.lower() in DOCUMENT_NOUNS)]
    if not doc_words or any(ch.dep_ == "poss" for t in doc_words for ch in t.children):
        return  # "the council's statement": its owner is named, and the parse's to find
    found = adopters(s, c, doc_words[0] if doc_words[0].tag_ != "WDT" else doc_words[0].head.head)
    how = "actor: the body that adopted or issued the document, told before"
    if not found:
        # a body, not a state named bare: "Nicaragua ... did not take part. The resolution condemned"
        found = [e for e in previous_body(s.doc, s.seq) if e.sector]
        how = "actor: the body that issued the document, the one the sentence before is about"
    if found:
        c.actor = found
        c.note_actor(how, rule="previous_body")


def actor_previous_person(s: SentenceState, c: Candidate):
    """ "He"/"she" with no antecedent in its sentence: the one person named just before ("Senator
    X criticised the plan. She said ...")."""
    _pronoun_antecedent(s, c, PERSONAL_PRONOUNS, previous_person, "actor: pronoun -> the person named just before",
                        "previous_person")
