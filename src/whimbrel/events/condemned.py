"""Whom a reaction is aimed at when the parse named no target: a disapproval of an act at whoever did
the act ("condemned the arrests", "condemned the attack", "condemned the verdict"), a denial of
words at whoever spoke them ("dismissed the charges"), a show of force at whoever provoked it
("moved troops to the border after X shelled an island"). Candidate passes of the recipient phase
(events/passes.py), run after the actor passes and before the domestic default."""
from __future__ import annotations

from dataclasses import replace

from ..model import Entity
from . import places
from .common import _codes, _entities, _recipients, own_government
from .lexicon import entries, modality, word_classes
from .state import Candidate, SentenceState
from .triggers import copula_complements, until_clauses
from .vocab import COUNTERPART, NON_STATE_CODES, REPLY, TEMPORAL_MARKS, words


# "protested against the arrests", "anger over the detentions", "lashed out at the decision"
DISAPPROVED_ACT_PREPS = ("against", "over", "at")
FEELING_PREPS = ("by", "about", "over", "at")  # "alarmed by", "concerned about", "dismayed at"
FEELINGS = frozenset(word_classes()["disapproval"])  # concern, outrage, anger: word_classes.yaml


def _disapproved_acts(tok):
    """The nouns a disapproval or protest is aimed at: its object, or its against/over phrase."""
    found = [ch for ch in tok.children if ch.dep_ == "dobj"]
    found += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in DISAPPROVED_ACT_PREPS
              for g in p.children if g.dep_ == "pobj"]
    # the feeling voiced is about an act: "voiced concern over the incident", "expressed anger at the raid"
    found += [g for o in tok.children if o.dep_ == "dobj" and o.lemma_.lower() in FEELINGS
              for p in o.children if p.dep_ == "prep" and p.lower_ in DISAPPROVED_ACT_PREPS + ("about",)
              for g in p.children if g.dep_ == "pobj"]
    # a feeling stated of an act: "was alarmed by the shelling", "is concerned about the arrests",
    # '"appalled" at the execution' (the copula may hold the phrase, triggers.copula_complements;
    # a preposition deeper in the phrase is not the feeling's)
    if tok.dep_ == "acomp" or any(ch.dep_ == "auxpass" for ch in tok.children):
        found += [g for p in list(tok.children) + copula_complements(tok)
                  if p.dep_ in ("prep", "agent") and p.lower_ in FEELING_PREPS and p.head.i in (tok.i, tok.head.i)
                  for g in p.children if g.dep_ == "pobj"]
    # a side of an act ("criticised the timing of the operation", "the handling of the protests"):
    # the act itself is what is judged
    return [next((g for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                  if g.dep_ == "pobj"), n) if n.lemma_.lower() in ASPECT_NOUNS else n for n in found]


REFERRING_DETERMINERS = ("the", "this", "these", "that", "those")  # "the attack": one told before
ANY_ACT = "*"  # _earlier_doers: an act of any category ("the decision", "the move")
# ... but an opinion: "the move" a body praised is the deed reported, not another party's comment on it
OPINIONS = frozenset({"ACCUSE", "SUPPORT"})
GENERIC_ACTS = words("fill_recipient", "GENERIC_ACT_NOUNS")
ASPECT_NOUNS = words("condemned", "ASPECT_NOUNS")


def speech_adjuncts(tok) -> set[int]:
    """Tokens of a participle of saying set off after a reaction to something told before ("welcomed
    the move, saying it would ease the pressure on traders"): what the actor said about it, not whom
    the act is aimed at, which is whoever did what the object refers to (recipient_act_authority;
    used by fill_recipient.recipient_phrase_entity). A reaction to something new ("ruled out a
    ceasefire, saying it would be surrender to Hamas") keeps them."""
    told = any(o.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in REFERRING_DETERMINERS for d in o.children)
               for o in tok.children)
    if not told:
        return set()
    speech = set(modality()["speech_verbs"])
    return {x.i for a in tok.children if a.dep_ in ("advcl", "xcomp") and a.tag_ == "VBG" and a.i > tok.i
            and a.lemma_.lower() in speech for x in a.subtree}


def _earlier_doers(s: SentenceState, c: Candidate, category: str | None, word: str | None = None) -> list[Entity]:
    """The doers of the acts of ``category`` (or told by the verb ``word``: "banned" before "the
    ban") reported before in the story (this sentence's earlier candidates too), when they are all
    of one state other than the condemner's: with acts of two sides before ("Russian strikes ...
    Ukraine's air force shot down drones"), "the attack" is the one the writer's reader knows, and
    we do not. With no other state's, the last of another body at home."""
    home = c.acodes

    def told(cat: str, lemma) -> bool:
        if word is not None:
            return lemma() == word
        return (category == ANY_ACT and cat not in OPINIONS) or cat == category

    actors = _actors_told(s, c, lambda o: told(o.cat, lambda: o.tok.lemma_.lower()),
                          lambda ev: told(ev.category, lambda: _trigger_lemma(s, ev)))
    doers = [d for d in ([a for a in actor if a.code and a.code not in home] for actor in actors) if d]
    states = {frozenset(a.code for a in d) for d in doers}
    if doers:
        return doers[-1] if len(states) == 1 else []
    # no other state's: at home, another body than the reactor ("the opposition accused the prime
    # minister ... The prime minister's office rejected the allegations"; "rebels attacked a
    # village ... The government condemned the attack")
    own = {(a.code, a.sector) for a in c.actor}
    doers = [d for d in ([a for a in actor if a.code and a.sector and (a.code, a.sector) not in own]
                         for actor in actors) if d]
    return doers[-1] if doers else []


def _actors_told(s: SentenceState, c: Candidate, keep_candidate, keep_event, since: int = 0) -> list[list[Entity]]:
    """The actors of the acts told before the reaction, in the story's order: the events of earlier
    sentences (from sentence ``since`` on) that keep_event keeps, then this sentence's live
    candidates before the trigger that keep_candidate keeps."""
    before = [ev.actor for ev in s.doc.events if since <= ev.sentence < s.seq and keep_event(ev)]
    here = [o.actor for o in s.candidates if o is not c and o.tok.i < c.tok.i and not o.dropped and o.actor
            and keep_candidate(o)]
    return before + here


def _noun_categories(lemma: str) -> list[str]:
    """The categories the lexicon codes a noun as, whatever words its entries want beside it, less
    opinions (a "criticism" told back is no deed)."""
    found = [e.category for e in entries().get((lemma, "noun"), ()) if e.category not in OPINIONS]
    return list(dict.fromkeys(found))


LATEST_LOOKBACK = 2  # sentences: "welcomed the decision" reacts to what the story has just told


def _latest_doers(s: SentenceState, c: Candidate) -> list[Entity]:
    """"EU ambassadors struck a compromise ... Ukraine welcomed the decision": with deeds of several
    states told before, a generic act noun ("the decision", "the move") is the one just reported:
    the doer of the last deed (no opinion) of another state in this or the sentence or two before."""
    home = c.acodes
    actors = _actors_told(s, c, lambda o: o.cat not in OPINIONS, lambda ev: ev.category not in OPINIONS,
                          since=s.seq - LATEST_LOOKBACK)
    doers = [d for d in ([a for a in actor if a.code and a.code not in home] for actor in actors) if d]
    return doers[-1] if doers else []


PACT_NOUNS = words("condemned", "PACT_NOUNS")
PACT_CATEGORIES = frozenset(words("condemned", "PACT_CATEGORIES"))


def _pact_parties(s: SentenceState, c: Candidate) -> list[Entity]:
    """"Armenia and Azerbaijan signed a peace agreement ... The EU welcomed the agreement": the
    parties of the latest deal, truce or swap the story told (an event of PACT_CATEGORIES, this
    sentence's earlier candidates too), both sides of it, less the reactor's own state."""
    home = c.acodes
    here = [o.actor + o.recipient for o in reversed(s.candidates)
            if o is not c and o.tok.i < c.tok.i and not o.dropped and o.cat in PACT_CATEGORIES]
    before = [ev.actor + ev.recipient for ev in reversed(s.doc.events)
              if ev.sentence < s.seq and ev.category in PACT_CATEGORIES]
    for parties in here + before:
        found = [e for e in parties if e.code and e.code not in home]
        if found:
            return found
    return []


ADOPTED_TEXTS = words("condemned", "ADOPTED_TEXTS")
ADOPTING_VERBS = words("condemned", "ADOPTING_VERBS")
ADOPTION_LOOKBACK = 8  # sentences: a story reports the vote near its top and the reactions after


def adopters(s: SentenceState, c: Candidate, noun) -> list[Entity]:
    """"The Board of Governors passed a resolution ... Iran called the resolution hasty": the body
    that adopted the text (a verb of ADOPTING_VERBS with it as object, told before), named with a
    state or an organisation; passing a resolution is no event of its own, so _earlier_doers has
    nothing to find."""
    from ..actors import _ATTR
    from .subjects import _subject_of

    sents = s.doc.stage_data.get(_ATTR) or {}
    lemma = noun.lemma_.lower()
    for seq in range(s.seq, max(-1, s.seq - ADOPTION_LOOKBACK), -1):
        x = sents.get(seq)
        if x is None or x.sdoc is None:
            continue
        for t in reversed(x.sdoc):
            if (seq == s.seq and t.i >= c.tok.i) or t.pos_ != "VERB" or t.lemma_.lower() not in ADOPTING_VERBS:
                continue
            if not any(o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() == lemma for o in t.children):
                continue
            doer = _subject_of(t)[0]
            found = [e for e in _entities(s.doc, seq, [doer]) if e.code] if doer is not None else []
            if found:
                return found
    return []


def _trigger_lemma(s: SentenceState, ev) -> str:
    """The dictionary lemma of an event's trigger word as the body writes it ("banned" -> "ban")."""
    from .triggers import _verb_lemma

    return _verb_lemma(s.doc.body[ev.trigger_start:ev.trigger_end].lower()) if ev.trigger_start >= 0 else ""


VERDICT_NOUNS = words("fill_recipient", "VERDICT_NOUNS")


def _court_of(s: SentenceState, noun) -> list[Entity]:
    """"condemned the verdict": a verdict, a sentence or a conviction is a court's, the court of the
    story's state (places.story_state) when the story has one."""
    if noun.lemma_.lower() not in VERDICT_NOUNS:
        return []
    state = places.story_state(s.doc, sole=True)
    return [Entity(code=state, sector="JUD", entity_text="", sentence=s.seq,
                   why=f"the court of the story's state ({state}): a {noun.text} is a court's")] if state else []


def recipient_act_authority(s: SentenceState, c: Candidate):
    """"condemned the attack", "protested against the arrests": a disapproval of an act is aimed
    at whoever did it (the read gold aims a condemned seizure, visit or court decision at the state
    that did it, named in the phrase). An act the text names without its doer, as one
    told before ("the attack"), was done by the doer of that act: the nearest earlier act of its
    kind in the story. Failing that, an act only an authority does (an arrest, a detention) was
    done by that authority, as for the agentless passive (places.implied_authority). An act noun
    no entry codes ("the ban") was done by the doer of the earlier event its verb told ("banned").
    Rejecting an act ("opposed the ban") and welcoming one ("welcomed the arrests") are aimed at its
    doer as condemning it is."""
    if c.recipient or c.cat not in ("ACCUSE", "PROTEST", "REJECT", "SUPPORT"):
        return
    own = {(a.code, a.sector) for a in c.actor}
    for noun in _disapproved_acts(c.tok):
        owners = [ch for ch in noun.children if ch.dep_ == "poss" and ch.ent_type_ not in ("DATE", "TIME")]
        if owners or any(ch.dep_ == "prep" and ch.lower_ == "by" for ch in noun.children):
            # the doer is named ("Thursday's vote" names a day): the parse's own reading holds, and a
            # possessor the parse left aside ("praised the militia's pledge") is the doer
            doers = [e for e in _entities(s.doc, s.seq, owners) if e.code and (e.code, e.sector) not in own]
            if doers:
                c.recipient = doers
                c.why.append(f"recipient: whose {noun.text} it reacts to")
            return
        acts = [o for o in s.candidates if o is not c and o.tok.i == noun.i]
        act = next((o for o in acts if o.entry.mode), acts[0] if acts else None)
        # "the vote", and "Thursday's vote": an act the story told, named by its day
        told = any((ch.dep_ == "det" and ch.lower_ in REFERRING_DETERMINERS) or (ch.dep_ == "poss" and ch.ent_type_ == "DATE")
                   for ch in noun.children)
        if act is None:  # no act of the lexicon: a verdict, a ruling; or an act told before by its verb
            found, how = _court_of(s, noun), f"the court that gave the {noun.text}"
            if not found and told:
                found, how = _earlier_doers(s, c, None, noun.lemma_.lower()), f"the doer of the {noun.text} told before"
            for cat in (_noun_categories(noun.lemma_.lower()) if not found and told else ()):
                # "condemned the exercises" after "sent warplanes ... in large-scale exercises": a
                # noun the lexicon codes only with a word its first mention carried ("military
                # exercises") is told back bare; the doer is that of the earlier act of its kind
                found, how = _earlier_doers(s, c, cat), f"the doer of the {noun.text} told before"
                if found:
                    break
            if not found and told and noun.lemma_.lower() in GENERIC_ACTS:
                # "condemned the decision", "welcomed the move": the act last reported, by another state
                found, how = _earlier_doers(s, c, ANY_ACT), f"the doer of the act the {noun.text} refers to"
                if not found:
                    found = _latest_doers(s, c)
        else:
            found = _earlier_doers(s, c, act.cat) if told else []
            how = f"the doer of the {noun.text} told before"
            if not found and told:  # "the raids" after "police raided": told by its verb, coded as another kind
                found = _earlier_doers(s, c, None, noun.lemma_.lower())
            if not found and act.entry.mode:
                found = places.implied_authority(s.doc, s.sent, noun, act.cat, [act.entry.mode], [])
                how = f"the authority that did the {noun.text}"
        if not found and told and noun.lemma_.lower() in ADOPTED_TEXTS:
            found, how = adopters(s, c, noun), f"the body that adopted the {noun.text}"
        if not found and told and noun.lemma_.lower() in PACT_NOUNS:
            found, how = _pact_parties(s, c), f"the parties of the {noun.text} told before"
        c.recipient = [e for e in found if (e.code, e.sector) not in own]
        if c.recipient:
            c.why.append(f"recipient: {how}, which it reacts to")
            return


def recipient_measure_author(s: SentenceState, c: Candidate):
    """"A court ruled the ban unconstitutional", "annulled the election results": a court's finding
    against a measure with no named party is aimed at the authorities of its own state, who made the
    measure or held the vote (coding guide, courts: a court striking down a government measure is
    SANCTION convict against the government). A court convicting a person names the person."""
    if c.recipient or c.cat != "SANCTION" or c.entry.mode != "convict" or not c.entry.by:
        return
    home = {a.code for a in c.actor if a.code}
    if len(home) == 1:
        c.recipient = [own_government(next(iter(home)), s.seq)]
        c.why.append("recipient: the authorities of the court's state, whose measure it strikes down")


def _replied_noun(tok):
    """What a denial denies: its object, or the noun its relative clause hangs on ("an allegation
    the ministry denied")."""
    obj = next((ch for ch in tok.children if ch.dep_ == "dobj"), None)
    if obj is None and tok.dep_ in ("relcl", "acl") and tok.head.i != tok.i:
        obj = tok.head
    return obj


def _denied_act(tok) -> bool:
    """Is the trigger a denial of an act, told as a clause ("denied planting mines", "denied that
    its troops had fired") rather than a noun?"""
    if tok.lemma_.lower() not in REPLY["act_denials"]:
        return False
    return any(ch.dep_ in ("xcomp", "ccomp") or (ch.dep_ == "dobj" and ch.tag_ == "VBG") for ch in tok.children)


def _recent_parties(s: SentenceState, c: Candidate, lookback: int) -> list[tuple]:
    """(actor, recipient) of the acts told before the trigger, latest first: this sentence's earlier
    candidates, then the events of the ``lookback`` sentences before. The coder adds events
    sentence by sentence, so the scan of the story's events stops where the window starts."""
    found = [(o.actor, o.recipient) for o in reversed(s.candidates)
             if o is not c and o.tok.i < c.tok.i and not o.dropped and o.actor]
    for ev in reversed(s.doc.events):
        if ev.sentence < s.seq - lookback:
            break
        if ev.sentence < s.seq:
            found.append((ev.actor, ev.recipient))
    return found


def _party(e: Entity) -> tuple:
    """Who an entity is, finer than its state: its name, else its sector (a party, the government)."""
    return (e.code, e.identifier_text or e.sector)


def _answered(parties, home: set[str], denier: list[Entity] = ()) -> list[Entity]:
    """The actor of the first event whose recipient is the replying state and whose actor is not;
    within one state, of the first event aimed at the denier itself by another party of it
    ("Democrats unveiled articles of impeachment against Trump ... Trump dismissed the charges")."""
    me = {_party(a) for a in denier}
    for actor, recipient in parties:
        if _codes(recipient) & home and _codes(actor) - home:
            return [a for a in actor if a.code and a.code not in home]
        if me and {_party(r) for r in recipient} & me and {_party(a) for a in actor if a.code} - me:
            return [a for a in actor if a.code and _party(a) not in me]
    return []


def recipient_replied_to(s: SentenceState, c: Candidate):
    """A denial or rejection of words ("dismissed the statement", "denied the charges") is aimed at
    whoever spoke them: the actor of the nearest earlier event, in this sentence or the REPLY
    lookback before it, that was aimed at the denier's state, or at the denier by another party of
    its state (coder.yaml reply)."""
    if c.recipient or c.cat not in REPLY["categories"] or not c.actor:
        return
    noun = _replied_noun(c.tok)
    if not _denied_act(c.tok) and (noun is None or noun.lemma_.lower() not in REPLY["nouns"]):
        return
    home = _codes(c.actor)
    found = _answered(_recent_parties(s, c, REPLY["lookback"]), home, c.actor)
    if found:
        c.recipient = found
        c.why.append("recipient: the speaker of what is denied")


def _answered_act(s: SentenceState, tok):
    """The act a reply verb answers in its own sentence: the act aimed at the noun the reply's
    relative clause hangs on ("threw bottles at the guards, who responded ..."), or the act it is
    joined to by "and" ("marched on the ministry and the guards responded ...")."""
    if tok.dep_ == "relcl":
        target = tok.head
        heads = {target.head.i, target.head.head.i} if target.head.dep_ == "prep" else {target.head.i}
    elif tok.dep_ == "conj":
        heads = {tok.head.i}
    else:
        return None
    return next((o for o in s.candidates if o.tok.i in heads and not o.dropped and o.actor), None)


def recipient_answered(s: SentenceState, c: Candidate):
    """Force used in answer ("who responded with pepper spray and batons", "and the guards responded
    with water cannon": modality.yaml reprisal_verbs) is aimed at whoever did what it answers, the actor of
    the answered act of the same sentence (_answered_act)."""
    if c.recipient or c.tok.lemma_.lower() not in modality()["reprisal_verbs"]:
        return
    answered = _answered_act(s, c.tok)
    mine = {(e.code, e.sector) for e in c.actor}
    if answered is not None and not {(e.code, e.sector) for e in answered.actor} <= mine:
        c.recipient = list(answered.actor)
        c.why.append(f"recipient: who did '{answered.tok.text}', the act answered")


def _other_side(actor, recipient, home: set[str]) -> list[Entity]:
    """The parties of one event on the other side from the state ``home``, when one side is that
    state's and the other is another state's (or an international body's)."""
    for mine, theirs in ((actor, recipient), (recipient, actor)):
        if _codes(mine) == home and theirs and not _codes(theirs) & home:
            return [e for e in theirs if e.code]
    return []


def _names_its_target(tok, pledge: bool = False) -> bool:
    """Does the act say what it is about, other than a deed or words told before or the attitude it
    expresses (coder.yaml counterpart objects)? A name or a personal pronoun ("assailed Williams",
    "told her") is its target even when no list places it; another noun ("slammed the impeachment
    hearings") is a matter of its own, which may be at home. What a pledge promises ("pledged five
    patrol vessels", ``pledge``) is the thing given, not whom it is given to: only a name or a
    pronoun says that."""
    objs = [ch for ch in tok.children if ch.dep_ in ("dobj", "dative")]
    objs += [g for p in tok.children if p.dep_ == "prep" and p.lower_ not in COUNTERPART["setting_preps"]
             for g in p.children if g.dep_ == "pobj"]
    if pledge:
        objs = [o for o in objs if o.pos_ in ("PROPN", "PRON")]
    allowed = COUNTERPART["objects"] | REPLY["nouns"] | set(GENERIC_ACTS)
    # ("condemned what it called reckless manoeuvres": the free relative names a deed told before)
    return any(o.lemma_.lower() not in allowed and o.lower_ not in ("it", "this", "that", "what") for o in objs)


def _aside(s: SentenceState, c: Candidate) -> bool:
    """Words told beside another act rather than as news of their own: a participle elaborating an
    act of the same actor ("rebuffed the offer, calling the idea absurd": one act), or a clause of
    another time ("since Trump took office vowing to ..."): neither takes the story's other state."""
    head = c.tok.head
    if c.tok.dep_ == "advcl" and c.tok.tag_ == "VBG" and any(
            o is not c and o.tok.i == head.i and not o.dropped and _codes(o.actor) == c.acodes for o in s.candidates):
        return True
    return any(a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in TEMPORAL_MARKS for m in a.children)
               for a in (c.tok, *c.tok.ancestors))


def recipient_counterpart(s: SentenceState, c: Candidate):
    """A state's words with no stated target ("Lima rebuffed that request", "Minsk vowed to respond
    in kind", "Lula welcomed the decision") in a story of its dealings with another state are aimed
    at that state: the other party of the latest event between the actor's state and another, in
    this sentence or the few before (coder.yaml counterpart), when that latest event of its state is
    not a domestic one (an impeachment story's "Trump slammed the hearings" stays at home though
    Ukraine was named a sentence before). Only for an actor that speaks for its
    state (government, armed forces, the state itself); an opposition's or a union's words stay at
    home. Runs before the domestic default, which it would otherwise leave to guess."""
    if c.recipient or c.cat not in COUNTERPART["categories"] or not c.actor:
        return
    if any(a.sector not in COUNTERPART["actor_sectors"] for a in c.actor):
        return
    if c.cat == "SANCTION" and not any(ch.dep_ == "dobj" and ch.lemma_.lower() in COUNTERPART["sanction_objects"]
                                       for ch in c.tok.children):
        return
    home = _codes(c.actor)
    said = c.tok.pos_ in ("VERB", "AUX") or c.tok.dep_ == "dobj"  # "rebuffed", "expressed an apology"
    if len(home) != 1 or not said or _names_its_target(c.tok, pledge=c.cat == "AGREE") or _aside(s, c):
        return
    for actor, recipient in _recent_parties(s, c, COUNTERPART["lookback"]):
        if not (_codes(actor) & home or _codes(recipient) & home) or not recipient:
            continue
        other = _other_side(actor, recipient, home)
        if other:
            c.recipient = other
            c.why.append("recipient: the other state of the story's latest dealings with the actor's")
        return  # the latest event of the actor's state decides: one at home keeps the domestic default
    if c.cat == "ACCUSE":
        doers = _third_party_target(s, c, home)
        if doers:
            c.recipient = doers
            c.why.append("recipient: the doer of the story's latest use of force, which a third state condemns")


def _third_party_target(s: SentenceState, c: Candidate, home: set[str]) -> list[Entity]:
    """A state with no part in the story's recent dealings that condemns or voices concern with no
    stated target ("Japan voiced serious concern", "the U.S. ambassador condemned what she called
    reckless manoeuvres" after a coast guard rammed a neighbour's boat) reacts to the latest use of
    force, coercion or threat told (coder.yaml counterpart third_party_acts): its doer, when that is
    another single state."""
    acts = COUNTERPART["third_party_acts"]
    found = [o.actor for o in reversed(s.candidates)
             if o is not c and o.tok.i < c.tok.i and not o.dropped and o.actor and o.cat in acts]
    for ev in reversed(s.doc.events):
        if ev.sentence < s.seq - COUNTERPART["third_party_lookback"]:
            break
        if ev.sentence < s.seq and ev.category in acts:
            found.append(ev.actor)
    for actor in found[:1]:
        codes = _codes(actor)
        if len(codes) == 1 and not codes & home and not codes & NON_STATE_CODES:
            return [e for e in actor if e.code]
    return []


RELEASE_NOUNS = words("condemned", "RELEASE_NOUNS")
CUSTODY_ACCESS = words("condemned", "CUSTODY_ACCESS")


def _release_asked(tok):
    """The release a demand asks for: its object ("demanded the release of X") or its for-phrase
    ("called for the release of X"), when that noun is a freeing."""
    nouns = [ch for ch in tok.children if ch.dep_ == "dobj"]
    nouns += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
    return next((n for n in nouns if n.lemma_.lower() in RELEASE_NOUNS or _custody_access(n)), None)


def _custody_access(noun) -> bool:
    """"requested consular access to the detainees": asked, as a release is, of whoever holds them."""
    marks = CUSTODY_ACCESS.get(noun.lemma_.lower(), ())
    return any(ch.dep_ == "amod" and ch.lower_ in marks for ch in noun.children)


def _holders(s: SentenceState, noun) -> list[Entity]:
    """Who the text says holds the people to be freed: the agent of a participle in the phrase
    ("UN staff held by the Houthis", "the sailors detained by Iran")."""
    agents = [g for t in noun.subtree if t.dep_ == "acl" and t.tag_ == "VBN"
              for a in t.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    return _entities(s.doc, s.seq, agents)


def recipient_captor(s: SentenceState, c: Candidate):
    """A demand for people's release ("demanded the immediate release of all UN staff", "called for
    the release of the journalists") is made to whoever holds them, not to the people held (the
    demand asks the holder to yield them, manual RETREAT release; REQUEST's recipient is whom the
    demand is made of):
    the holder the phrase names ("held by X"), else the doer of the detention or abduction the story
    told before (as for "condemned the arrests"). With neither, the people held are dropped as the
    target and the later passes look for one."""
    if c.cat != "REQUEST":
        return
    noun = _release_asked(c.tok)
    if noun is None:
        return
    inside = {t.i for t in noun.subtree}
    if not all(r.tok_start in inside for r in c.recipient if r.tok_start >= 0):
        return  # the demand names its addressee elsewhere ("urged Iran to ... the release")
    held = {(r.code, r.sector) for r in c.recipient}
    captors = [e for e in _holders(s, noun) if e.code]
    how = "the holder the phrase names"
    if not captors:
        captors = _earlier_doers(s, c, "COERCE") or _earlier_doers(s, c, "ASSAULT")
        how = "the doer of the detention told before"
    if captors or c.recipient:
        c.recipient = [e for e in captors if (e.code, e.sector) not in held]
        c.why.append(f"recipient: {how}, of whom the release is demanded" if c.recipient
                     else "recipient: not the people whose release is demanded")


PROVOCATION_MARKS = words("condemned", "PROVOCATION_MARKS")
CITING_VERBS = words("condemned", "CITING_VERBS")
PROVOKER_PREPS = words("condemned", "PROVOKER_PREPS")
AIMED_PREPS = words("condemned", "AIMED_PREPS")
ORDERING_DEPS = ("compound", "dobj", "xcomp")  # "ordered a call-up": the clause may hang on the ordering verb


def _provocations(tok):
    """The clauses that tell what an act answers: an after/following clause or phrase of the act, or
    of the verb whose object or complement it is, and a participle citing something."""
    heads = [tok]
    while heads[-1].dep_ in ORDERING_DEPS and heads[-1].head.i != heads[-1].i and len(heads) < 3:
        heads.append(heads[-1].head)
    top = heads[-1]
    if top.dep_ == "ccomp" and top.head.i > top.i and top.head.lemma_.lower() in modality()["speech_verbs"]:
        # "X ordered a call-up, hours after clashes broke out with Y, the prime minister said": the
        # parser hangs the clause on the speech verb that closes the sentence, not on the act
        heads.append(top.head)
    for head in heads:
        for ch in head.children:
            marked = any(m.dep_ == "mark" and m.lower_ in PROVOCATION_MARKS for m in ch.children)
            if ch.dep_ == "advcl" and (marked or ch.lemma_.lower() in CITING_VERBS):
                yield ch
            elif ch.dep_ == "prep" and ch.lower_ in PROVOCATION_MARKS:
                yield from (g for g in ch.children if g.dep_ == "pobj")


def _provokers(clause) -> list:
    """The words of a provoking clause that name who provoked: its subject, and the objects of its
    with/by/from phrases ("clashes broke out with X", "statements by X")."""
    found = [ch for ch in clause.children if ch.dep_ in ("nsubj", "nsubjpass") and clause.pos_ in ("VERB", "AUX")]
    found += [t for t in clause.subtree if t.dep_ == "pobj" and t.head.lower_ in PROVOKER_PREPS]
    return found


def recipient_provocation(s: SentenceState, c: Candidate):
    """A show of force with no named target is aimed at whoever provoked it, as the sentence tells it
    (manual, MOBILIZE: the recipient is whom the actor mobilizes against, when that is clear):
    "moved troops to the border after X shelled an island", "ordered a call-up hours after clashes
    broke out with X", "put its forces on alert, citing threats by X". Only another state's party."""
    if c.recipient or c.cat != "MOBILIZE" or not c.actor:
        return
    aimed = [g for p in c.tok.children if p.dep_ == "prep" and p.lower_ in AIMED_PREPS for g in p.children if g.dep_ == "pobj"]
    if any(e.code for e in _recipients(s.doc, s.sent, aimed)):
        return  # the phrase's own target (recipient_phrase_entity)
    for clause in _provocations(c.tok):
        found = [e for e in _recipients(s.doc, s.sent, _provokers(clause)) if e.code and e.code not in c.acodes]
        if found:
            c.recipient = found
            c.why.append(f"recipient: who provoked it ('{clause.text}' clause)")
            return


def recipient_condition_setter(s: SentenceState, c: Candidate):
    """A refusal until a condition is met is aimed at whoever must meet it: the subject of the until
    clause ("would not resume work until the ministry pays", "refused to reopen the crossing until
    the neighbour acts": the ministry, the neighbour). Only a party other than the refuser's own."""
    if c.recipient or c.cat != "REJECT" or not c.actor:
        return
    heads = [c.tok] + [g for g in c.tok.children if g.dep_ == "xcomp"]
    setters = [g for h in heads for cl in until_clauses(h)
               for g in cl.children if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ != "PRON"]
    named = _entities(s.doc, s.seq, setters)
    homes = {a.code for a in c.actor if a.code} - NON_STATE_CODES
    # an unplaced body ("until the health ministry pays") is the refuser's own state's
    found = [e if e.code else replace(e, code=next(iter(homes))) for e in named
             if e.code or (e.sector and len(homes) == 1)]
    found = [e for e in found if (e.code, e.sector) not in {(a.code, a.sector) for a in c.actor}]
    if found:
        c.recipient = found
        c.why.append("recipient: who must meet the condition of the refusal")
