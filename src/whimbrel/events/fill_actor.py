"""Candidate passes that take the parties from the parse, and fill in an actor the parse left out.

The roles pass reads actor and recipient off the dependency parse (roles.py) and resolves them to
entities through the actor stage. The actor passes after it apply only when that gave no coded
actor (or "both sides"), in the order of events/passes.py; an event that still has no one doing it
is not codable (actor_required).
"""
from __future__ import annotations

from .. import actors
from ..model import Entity
from ..when.tree import backshifted_conjunct
from . import places
from .accidents import when_clauses
from .antecedents import (PERSONAL_PRONOUNS, both_sides, last_pair, previous_person, relative_antecedent,
                          shared_subject)
from .common import _coded, _codes, _entities, _recipients
from ..actors.codesets import INTERNATIONAL_WORDS
from .modality import flags_for
from .roles import EXPERIENCER_VERBS, _prep_objects, arguments
from .state import Candidate, SentenceState
from .triggers import NOUN_POS
from .vocab import AUTHORITY, NON_STATE_CODES, ON_THE_SPOT_CATEGORIES, ON_THE_SPOT_VERBS, words

OWN_STATES = frozenset(words("roles", "OWN_STATES"))
CONDUCT_NOUNS = frozenset(words("roles", "CONDUCT_NOUNS"))
PROTESTED_BODIES = AUTHORITY | {"LEG"}  # a protest may address a parliament too (places.infer_country)

def roles(s: SentenceState, c: Candidate):
    """Actor and recipient from the dependency parse (roles.py), resolved to entities."""
    c.args = arguments(c.m)
    if _protest_acted_on(s, c):
        c.args.actor, c.args.actor_how = [], "none: the protest is what the act of force is done to"
    # a conduct common noun, not a word of a body's name ("the Agency for ... and Combating Corruption")
    if any(t.lower_ in CONDUCT_NOUNS and t.pos_ != "PROPN" for h in c.args.actor for t in (h, *h.conjuncts)):
        c.args.actor, c.args.actor_how = [], "none: the subject is a conduct ('police brutality'), no doer"
    c.raw_actor = _entities(s.doc, s.seq, c.args.actor)
    if _force_demonstrating(c):
        c.raw_actor, c.args.actor, c.args.actor_how = [], [], "none: a crowd's participle hung on the forces' verb"
    c.actor = _coded(c.raw_actor)
    c.recipient = _recipients(s.doc, s.sent, c.args.recipient)
    if c.actor:
        c.note_actor(f"actor: {c.args.actor_how}")


ACTS_OF_FORCE = ("COERCE", "ASSAULT")
NON_PROTEST_CROWDS = words("roles", "NON_PROTEST_CROWDS")
UNSPECIFIED_SHARES = words("fill_actor", "UNSPECIFIED_SHARES")


def _force_demonstrating(c: Candidate) -> bool:
    """"police fired teargas to disperse supporters who were marching ..., chanting \"no to rigging\"":
    the parser hangs the crowd's participle on the main verb, whose subject is the police. A
    demonstration is civilians' (manual, PROTEST), so a participle demonstration whose only doers
    are police or soldiers has no stated doer: the place's civilians (actor_protesters)."""
    return (c.cat == "PROTEST" and c.tok.tag_ == "VBG" and c.tok.dep_ == "advcl" and bool(c.raw_actor)
            and all(e.sector in ("COP", "MIL") for e in c.raw_actor))


def _protest_acted_on(s: SentenceState, c: Candidate) -> bool:
    """"Police cracked down on street protests", "launched a crackdown on protests", "dispersed the
    protest": a protest noun that an act of force is done to is not done by that act's doer, whom
    the parse offers as the subject of its verb; the protesters are the place's civilians
    (actor_protesters), as for any protest that names none."""
    if c.cat != "PROTEST" or c.tok.pos_ not in NOUN_POS or not c.args.actor_how.startswith("subject of"):
        return False
    acts = {o.tok.i for o in s.candidates if o is not c and o.cat in ACTS_OF_FORCE}
    t = c.tok
    for _ in range(4):  # up to the verb whose subject the roles pass took
        if t.head.i == t.i:
            return False
        t = t.head
        if t.i in acts:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def flags(s: SentenceState, c: Candidate):
    """PLOVER's auxiliary modes (negated, hypothetical, future, reported, historical; modality.py) and
    the speaker of a reported event, who is its source."""
    c.flags = flags_for(c.m, s.pub_year)
    if c.flags.speech is not None:
        subj = _speaker_subject(c.flags.speech)
        if subj is not None and subj.lower_ in PERSONAL_PRONOUNS and subj.i > c.tok.i:
            # '"We are disappointed by the decision," he said': the person named just before speaks,
            # and is the "we" or "I" of the words (not "it" or "that": a thing the speaker tells of)
            if not c.args.passive and any(t.lower_ in FIRST_PERSON and _own_subject(t, c.tok) for t in c.args.actor):
                c.source = previous_person(s.doc, s.seq)
        elif subj is not None:
            c.source = _entities(s.doc, s.seq, [subj])


FIRST_PERSON = {"i", "we"}
SPEAKERS_ACTS = words("fill_actor", "SPEAKERS_ACTS")


def speaker_second_act(s: SentenceState, c: Candidate):
    """"The ministry said Ethiopian troops had been moved to the border and accused Addis Ababa of
    ...": the parser joins "accused" to the reported verb, whose subject it then shares. A simple
    past joined to a reported clause in the past perfect is not part of what was reported (the
    report is backshifted, the conjunct is not): it is the speaker's next act, and the speaker does
    it. Only for words said about another (accusing, urging, warning), never a deed the report may
    go on with ("said the boats had intruded and ignored warnings": the boats ignored them)."""
    if c.cat not in SPEAKERS_ACTS or not c.source or c.flags.speech is None:
        return
    verb = backshifted_conjunct(c.tok)
    if verb is None or verb.i != c.flags.speech.i:
        return
    if any(a.head.i == c.tok.i for a in c.args.actor):
        return  # its own subject
    c.raw_actor, c.actor = list(c.source), _coded(c.source)
    c.note_actor("actor: a simple past joined to a backshifted report -> the speaker's own act", rule="speaker")


def _own_subject(pron, tok) -> bool:
    """Is the pronoun the subject of the act's own verb ("we thank", "we are disappointed"), not
    one it inherits through coordination ("I tried ... but was caught and deported")?"""
    if pron.dep_ != "nsubj":
        return False
    return pron.head.i == tok.i or (tok.dep_ in ("acomp", "xcomp") and pron.head.i == tok.head.i)


def _speaker_subject(speech):
    """The subject of a speech verb; for "X was quoted as saying", the wire's form, the subject of
    the verb the "as saying" phrase hangs on."""
    subj = next((t for t in speech.children if t.dep_ in ("nsubj", "nsubjpass")), None) or shared_subject(speech)
    subj = relative_antecedent(subj, speech)
    if subj is None and speech.dep_ == "pcomp" and speech.head.lower_ == "as" and speech.head.head.i != speech.head.i:
        quoted = speech.head.head
        # "TASS quoted the commander as saying": the one quoted, not the agency
        subj = next((t for t in quoted.children if t.dep_ == "dobj"), None) \
            or next((t for t in quoted.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    return subj


def negative_entries(s: SentenceState, c: Candidate):
    """A trigger that is an event only when negated: "will not accept refugees" is a rejection (not a
    negated event), "accepted refugees" is no rejection."""
    if c.entry.negative:
        if not c.flags.negated:
            return False
        c.flags.negated = False


def actor_both_sides(s: SentenceState, c: Candidate):
    """'the two sides agreed': the story's two parties; those of an act told earlier in the same
    sentence first ("X met Y, and the two leaders signed agreements")."""
    if c.args.both_sides and len(c.acodes) < 2:
        before = [o for o in s.candidates if o.tok.i < c.tok.i and not o.dropped and o.actor and o.recipient
                  and len(_codes(o.actor + o.recipient)) >= 2]
        if before and before[-1].cat == c.cat:
            # "X was received by Y, who said the two sides had discussed ...": the meeting told again
            return False
        c.actor = last_pair(before) or both_sides(s.doc, s.seq)
        c.note_actor("actor: both sides of the story", rule="both_sides")


def actor_own_state(s: SentenceState, c: Candidate):
    """"his country", "her government" (words.yaml OWN_STATES): the state of the person or state
    named nearest before the pronoun in the sentence ("X said his country ...", "talks with Y, weeks
    after his government signed ..."), as its government."""
    if c.actor_rule is not None or c.actor:
        return
    for h in c.args.actor:
        pron = next((g for g in h.children if g.dep_ == "poss" and g.pos_ == "PRON"), None)
        if h.lemma_.lower() not in OWN_STATES or pron is None or pron.lower_ not in ("his", "her", "its", "their"):
            continue
        before = [e for e in _coded(actors.entities_for(s.doc, s.seq, range(pron.i))) if e.code not in NON_STATE_CODES]
        if before:
            near = max(before, key=lambda e: e.tok_start)
            c.actor = [Entity(code=near.code, sector="GOV", entity_text=h.text, sentence=s.seq,
                              why=f"own state of {near.entity_text or near.code}")]
            c.note_actor("actor: possessive pronoun -> the state of the party named just before", rule="own_state")
            return


def actor_kind_modifier(s: SentenceState, c: Candidate):
    """"teacher protests were held in ...", "army shelling hit ...": a noun act whose own phrase is
    named after its doers (an agent word modifying it: the actor stage made the phrase that agent)
    is done by them; their state, when the phrase names none, is inferred next."""
    if c.actor or c.raw_actor or c.tok.pos_ not in NOUN_POS:
        return
    own = [e for e in actors.entities_for(s.doc, s.seq, [c.tok.i])
           if e.sector and e.tok_start <= c.tok.i < e.tok_end and "(modifier)" in (e.why or "") and "agent:" in (e.why or "")]
    if own:
        c.raw_actor = own
        c.actor = _coded(own)
        c.why.append("actor: the doers the act is named after")


def actor_country_inferred(s: SentenceState, c: Candidate):
    """A country-less actor with a sector ("students") takes its country from places (places.py).
    Beside a coded co-actor ("soldiers and Buddhist mobs" in Myanmar) it joins the actors only when
    the places give it that co-actor's country: a second state would be a guess."""
    if not any(e.code is None and e.sector for e in c.raw_actor):
        return
    if not c.actor and _shared_subject_country(s, c):
        return
    inferred = places.infer_country(s.doc, s.sent, c.tok, c.raw_actor, c.args.actor, c.recipient, c.source,
                                    on_the_spot=c.cat in ON_THE_SPOT_CATEGORIES or c.tok.lemma_.lower() in ON_THE_SPOT_VERBS,
                                    protest=c.cat == "PROTEST", own_forces=c.cat == "MOBILIZE")
    if not c.actor:
        c.actor = inferred
        if c.actor:
            c.why.append(f"actor: {c.args.actor_how}, country inferred")
        return
    heads = {t.i for a in c.args.actor for t in (a, *a.conjuncts)}
    joined = [e for e in inferred if e.code in c.acodes and e not in c.actor and e.sentence == s.seq
              and any(k in heads for k in range(e.tok_start, e.tok_end))]
    if joined:
        c.actor = sorted(c.actor + joined, key=lambda e: (e.sentence, e.tok_start))
        c.why.append("actor: a country-less co-actor of the same state, country inferred")


def _shared_subject_country(s: SentenceState, c: Candidate) -> bool:
    """One subject, one country: "supporters stormed the assembly and beat lawmakers" are the same
    supporters in both acts, so the second act takes the country the first one inferred for them
    (its own recipient may name none). True when it did."""
    mine = {(e.sentence, e.tok_start) for e in c.raw_actor if e.code is None and e.sector}
    for other in s.candidates:
        if other is c or other.dropped or not other.actor:
            continue
        theirs = {(e.sentence, e.tok_start) for e in other.raw_actor if e.code is None and e.sector}
        inferred = [e for e in other.actor if (e.sentence, e.tok_start) in mine and e.code]
        if theirs == mine and inferred:
            c.actor = inferred
            c.why.append(f"actor: {c.args.actor_how}, country inferred for the same subject of '{other.tok.text}'")
            return True
    return False


ATTACK_PREPS = ("in", "during")  # "killed in a Turkish drone strike", "wounded during an attack by X"


def _attack_noun_doers(s: SentenceState, noun) -> list[Entity]:
    """The doer a noun of attack names: a nationality or possessor before it ("a Turkish drone
    strike", "Russia's shelling") or its by-phrase ("an attack by Kurdish militants")."""
    toks = [t.i for ch in noun.children if ch.dep_ in ("amod", "compound", "poss", "nmod") and ch.i < noun.i
            for t in ch.subtree]
    toks += [g.i for p in noun.children if p.dep_ == "prep" and p.lower_ == "by"
             for o in p.children if o.dep_ == "pobj" for g in o.subtree]
    return _coded(actors.entities_for(s.doc, s.seq, toks)) if toks else []


def actor_attack_noun(s: SentenceState, c: Candidate):
    """"Five soldiers were killed in a Turkish drone strike", "wounded in an attack by Houthi
    rebels": a passive killing or wounding with no agent is done by whoever did the attack it
    happened in, when the attack's noun names its doer."""
    if c.actor or c.cat != "ASSAULT" or not c.args.passive:
        return
    for p in c.tok.children:
        if p.dep_ != "prep" or p.lower_ not in ATTACK_PREPS:
            continue
        for noun in (o for o in p.children if o.dep_ == "pobj"):
            if not any(o.tok.i == noun.i and o.cat == "ASSAULT" for o in s.candidates):
                continue
            doers = [e for e in _attack_noun_doers(s, noun) if e.code not in {r.code for r in c.recipient}
                     or e.sector not in {r.sector for r in c.recipient}]
            if doers:
                c.actor = doers
                c.note_actor(f"actor: the doer of the '{noun.text}' it happened in", rule="attack_noun")
                return


def actor_when_clause(s: SentenceState, c: Candidate):
    """"Four soldiers were killed when jihadists attacked their patrol", "two people were shot dead
    when officers opened fire": a killing or wounding with no agent is done by the doer of the
    attack its clause of time tells of (the attack's verb, or an act noun its verb governs), as one
    "killed in an attack by X" is (actor_attack_noun). Before, the killing took an unidentified
    attacker of the place, or was dropped and its victims with it."""
    if c.actor or c.cat != "ASSAULT" or not c.args.passive:
        return
    for clause in when_clauses(c.tok):
        heads = {clause.i} | {o.i for o in clause.children if o.dep_ == "dobj"}
        other = next((o for o in s.candidates if o is not c and o.tok.i in heads and o.cat == "ASSAULT"
                      and not o.dropped and o.actor), None)
        if other is not None:
            c.actor = list(other.actor)
            c.note_actor(f"actor: the doer of '{other.tok.text}' in its clause of time", rule="when_clause")
            return


def actor_unidentified_attacker(s: SentenceState, c: Candidate):
    """An attack with no stated attacker is by an unidentified actor of the place of the attack."""
    if not c.actor and c.cat == "ASSAULT" and not c.args.actor_pronoun:
        c.actor = places.unidentified_attacker(s.doc, s.sent, c.tok)
        if c.actor:
            c.why.append("actor: unidentified, from the place of the attack")


def actor_protesters(s: SentenceState, c: Candidate):
    """A protest with no stated protester is by civilians of its place (PLOVER: PROTEST is "all
    civilian demonstrations"): "demonstrations broke out in Lagos"."""
    if not c.actor and not c.raw_actor and c.cat == "PROTEST" and not c.args.actor_pronoun \
            and c.tok.dep_ != "compound" and not _other_crowd(c.tok):  # "riot police": a kind of police, not a riot
        states = places.sentence_places(s.doc, s.sent)  # "in Peru", not a demonym on the object
        if not states:
            states = places.streets_of(s.doc, s.sent, c.tok)  # "took to the streets of Algiers"
        how = "the place of the protest"
        if not states:
            # "gathered outside the Kenyan parliament to protest", "the government has faced weeks
            # of protests": protesters are the people of the authority they address (manual,
            # PROTEST: civilian dissent against an authority)
            # (a state's: a rally outside the UN office is not by the UN's people)
            states = {r.code for r in c.recipient if r.code and r.sector in PROTESTED_BODIES and r.code not in NON_STATE_CODES}
            how = "the authority the protest addresses"
        if not states and places.story_state(s.doc) and not _definite_mention(c.tok) \
                and not (c.flags.future or c.flags.hypothetical):
            # "Protests had erupted in mid-October over fare rises" in a story about one state: its
            # people (as an agentless arrest is by the story's state's police, implied_authority).
            # Not "the rally": a protest named again, which the story has coded where it told it;
            # nor a protest foretold ("there will be riots"), which nobody has done
            states, how = {places.story_state(s.doc)}, "the story's state"
        if len(states) != 1:
            return
        c.actor = [Entity(code=next(iter(states)), sector="CVL", entity_text="", sentence=s.seq,
                          why=f"unidentified protesters: civilians of {how}")]
        c.why.append(f"actor: civilians of {how}")


def _definite_mention(tok) -> bool:
    """A noun trigger with a definite or demonstrative determiner ("the rally", "this protest"): a
    protest the story names again."""
    return tok.pos_ in NOUN_POS and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                                        for c in tok.children)


def _other_crowd(tok) -> bool:
    """Is the protest's subject, or the head of its "thousands of X", a crowd that gathers for something
    else (words.yaml roles NON_PROTEST_CROWDS: fans, pilgrims, tourists)?"""
    for subj in (c for c in tok.children if c.dep_ == "nsubj"):
        heads = [subj] + [g for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        if any(h.lemma_.lower() in NON_PROTEST_CROWDS or h.lower_ in NON_PROTEST_CROWDS for h in heads):
            return True
    return False


def actor_public_critics(s: SentenceState, c: Candidate):
    """Criticism a party faces, draws or attracts with no critic named ("the plan drew criticism",
    "the president faced a backlash") comes from that party's own public (CVL). Only disapproval:
    charges a party faces are brought by someone the text has to name. Critics the text names (a
    from- or by-phrase) are left to the parse: taking the from-phrase of the verb as the actor cost
    an extra event on an unread half (session 14)."""
    tok = c.tok
    if c.actor or c.cat != "ACCUSE" or c.entry.mode != "disapprove" or tok.dep_ != "dobj" \
            or tok.head.lemma_.lower() not in EXPERIENCER_VERBS:
        return
    if c.raw_actor or any(p.dep_ == "prep" and p.lower_ in ("from", "by") for h in (tok, tok.head) for p in h.children):
        return  # critics the text names are theirs to place ("from Somalia", "from lawmakers")
    if any(m.lower_ in INTERNATIONAL_WORDS for m in tok.children if m.dep_ in ("amod", "compound")):
        return  # "drew international condemnation": critics abroad, of no one state the text names
    states = {r.code for r in c.recipient if r.code and r.code not in NON_STATE_CODES}
    if len(states) != 1:
        return
    code = next(iter(states))
    c.actor = [Entity(code=code, sector="CVL", entity_text="", sentence=s.seq,
                      why="critics of a party's own country (criticism it faces)")]
    c.why.append("actor: critics of the target's own country")


def actor_passive_place(s: SentenceState, c: Candidate):
    """A passive without agent, or a noun event in a prepositional phrase: the place it happened in,
    or where those it was done to were held ("captives held in X were freed")."""
    if c.actor or (c.cat == "ASSAULT" and not c.args.actor_pronoun):  # attacks: the rule above
        return
    tok = c.tok
    if c.args.passive or (tok.pos_ in NOUN_POS and tok.dep_ == "pobj"):
        heads = [tok, tok.head, tok.head.head]
        # "two sailors detained in Iran were freed": where the freed were held
        heads += _holding_participles(c)
        # "inspectors were allowed into X": the state let into admits them
        preps = ("in", "into") if c.entry.mode == "access" else ("in",)
        if c.entry.mode == "access":  # "allowed back into X"
            heads += [g for g in tok.children if g.dep_ == "advmod"]
        loc = [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in preps
               for g in p.children if g.dep_ == "pobj"]
        c.actor = _coded(_entities(s.doc, s.seq, loc))
        if c.actor:
            c.why.append("actor: place of a passive without agent")


def _holding_participles(c: Candidate) -> list:
    """Participles on the ones acted on that tell where they were held ("sailors detained in Iran")."""
    return [g for r in c.args.recipient for g in r.children if g.dep_ == "acl" and g.tag_ == "VBN"]


def _held_in(s: SentenceState, c: Candidate) -> list:
    """The places the ones acted on were held in ("two sailors detained in Iran", "Americans held in
    Venezuela"): the "in" of a participle on them."""
    loc = [g for v in _holding_participles(c) for p in v.children if p.dep_ == "prep" and p.lower_ == "in"
           for g in p.children if g.dep_ == "pobj"]
    return [e for e in _coded(_entities(s.doc, s.seq, loc)) if places.is_place(e)]


def actor_implied_authority(s: SentenceState, c: Candidate):
    """An agentless passive act only an authority does ("was arrested"): that authority (places.py).
    A noun act of that kind with no doer but with the one it is done to ("the mass detention of
    Uighurs") too; without the one done to ("drug seizures", "detention facilities") a noun names
    a kind of act, not an event. Charges or a trial a party faces imply the judiciary as "was
    charged" does, tear gas it faces the police (implied_actors.yaml faced_acts)."""
    nominal = (c.tok.pos_ == "NOUN" and not c.args.actor and bool(c.recipient)
               and (c.cat in places.implied_noun_categories() or places.faced_act(c.tok)))
    if not c.actor and c.args.passive and c.source and c.entry.lemma in places.said_by_source():
        c.actor = list(c.source)  # "X has been accused of abuses, the UN rights office said"
        c.note_actor("actor: an agentless passive of words anyone says -> the source quoted", rule="speaker")
        return
    doers = places.noun_doers()
    doer = (doers.get("nouns") or {}).get(c.tok.lemma_.lower()) if c.tok.pos_ == "NOUN" else None
    if doer and not c.recipient and c.tok.dep_ == "compound":
        # "the impeachment inquiry into the president": the one acted on hangs on the head noun
        c.recipient = _recipients(s.doc, s.sent, _prep_objects(c.tok.head, tuple(doers.get("head_preps") or ())))
        c.args.recipient_how = f"the one acted on, on '{c.tok.head.text}'"
    phrase = c.tok.head if c.tok.dep_ == "compound" else c.tok
    if doer and c.actor and phrase.dep_ == "pobj" and phrase.head.lower_ in (doers.get("taking_part") or ()) \
            and c.args.actor_how.startswith("subject of"):
        # "testified in the impeachment inquiry": the subject of the verb the act's phrase hangs
        # on takes part in it, it does not impeach ("launched an impeachment inquiry", "unveiled
        # articles of impeachment" do)
        c.actor = []
    if not c.actor and doer and c.recipient:
        c.actor = places.own_body(s.sent, c.recipient, doer, c.tok.lemma_.lower())
        if c.actor:
            c.why.append(f"actor: the body '{c.tok.text}' names as its doer")
            return
    if c.entry.lemma in places.not_implied():
        return  # "was sued by a former assistant": a party's act, not a court's
    if c.entry.lemma in places.said_by_source():
        # "authorities there were accused of concealing ...", "PG&E has been blamed for the fires":
        # words anyone says imply no court; the accusers are unknown ones of the place or story
        if not c.actor and c.args.passive:
            c.actor = places.implied_authority(s.doc, s.sent, c.tok, c.cat, [c.entry.mode], c.recipient,
                                               sector=places.unnamed_speakers())
            if c.actor:
                c.why.append("actor: unnamed accusers of an agentless passive")
        return
    # a category with no modes names its implied doer by the trigger's lemma (an acquittal: a court)
    mode = c.entry.mode or (c.entry.lemma if c.entry.lemma in places.implied_by_lemma(c.cat) else None)
    if not c.actor and (c.args.passive or nominal) and mode:
        # "Americans held in Venezuela were released": the authority of the state that held them
        held = _held_in(s, c) if c.cat in places.implied_only_with() else []
        c.actor = places.implied_authority(s.doc, s.sent, c.tok, c.cat, [mode], c.recipient, held_in=held)
        if c.actor:
            c.why.append("actor: the authority an agentless passive act implies")


def _conduct(e) -> bool:
    words = (e.entity_text or "").lower().split()
    return bool(words) and words[-1] in CONDUCT_NOUNS


def _unspecified_many(c: Candidate) -> bool:
    """The doers are an unspecified share of a kind ("many public officials are willing to ...",
    "some lawmakers fear ..."): a stance said of a kind, not a party's statement (words.yaml
    fill_actor UNSPECIFIED_SHARES)."""
    return any(d.dep_ in ("amod", "det") and d.lower_ in UNSPECIFIED_SHARES
               for t in c.args.actor for d in t.children)


def actor_required(s: SentenceState, c: Candidate):
    """An event with no one doing it is not codable, nor one whose doer is a conduct a pronoun or
    clause passed on ("it would support ..." after "police brutality has magnified ..."). (Notes
    how the recipient so far was found.)"""
    c.actor = [a for a in c.actor if not _conduct(a)]
    if not c.actor or (c.entry.attitude and _unspecified_many(c)):
        return False
    if c.recipient:
        c.why.append(f"recipient: {c.args.recipient_how}")

