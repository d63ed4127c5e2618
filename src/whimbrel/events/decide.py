"""Candidate passes that decide the category (the PLOVER manual's mode -> category rules), the CAMEO
code and Goldstein weight, and build the Event.

The manual's rules: future cooperation is AGREE, a future retreat is CONCEDE, an action announced on
a condition ("will withdraw ... unless") or a use of force announced or planned by its own actor is
THREATEN. Of the first four (the "mode chain"), only the first whose condition holds applies
(Candidate.mode_rule). The CAMEO code is the most specific one the words support (cameo.tsv +
modality.yaml "refine").
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Event
from . import cameo, consult
from .common import _codes, _contexts, _recipients, _refine
from .lexicon import modality
from .state import Candidate, SentenceState
from .vocab import COURT_JAILING, IMPRISONMENT, LABOUR_STRIKE, NON_STATE_CODES, RESCUE, STATE_PROTEST, STRIVING, VERBAL_ATTACK
from .triggers import NOUN_POS, condition_clauses, condition_mark, negation_child, own_subtree


def _condition(tok):
    """The mark of a condition set on tok or on one of its three nearest heads ("will withdraw ...
    unless Y ...", "would impose curbs if Y ...", "could cut aid should Y sign ..."): "unless", "if"
    or "should" (the inverted conditional); None when no condition governs tok. The act the condition
    asks for ("unless it freed the pastor") is inside the condition, so it has none."""
    chain = [tok] + list(tok.ancestors)[:3]
    for t in chain:
        for c in t.children:
            if c.dep_ not in ("advcl", "ccomp") or tok in c.subtree:
                continue
            mark = condition_mark(c)
            if mark:
                return mark
    return None


def _direct_complement(inner, tok, aspect) -> bool:
    """Is inner the direct complement of tok, or the complement of an aspect verb that is ("vowed to
    keep attacking X" promises the attack as "vowed to attack X" does)?"""
    h = inner.head
    if h.i != tok.i and h.dep_ == "xcomp" and h.head.i == tok.i and h.lemma_.lower() in aspect and inner.dep_ == "xcomp":
        return True
    if h.i != tok.i and h.dep_ == "xcomp" and h.head.i == tok.i and h.lemma_.lower() in modality()["support_verbs"] \
            and inner.dep_ == "dobj":
        return True  # "vowed to carry out attacks", "ready to launch a strike": the noun is the act
    if h.i != tok.i and h.dep_ == "xcomp" and h.head.i == tok.i and inner.dep_ == "conj":
        return True  # "vowed to track the rebels and crush their revolt": both acts are promised
    if h.i == tok.i and inner.dep_ == "dobj" and tok.lemma_.lower() in modality()["pledge_verbs"]:
        return True  # "vowed more attacks": the promised act named by a noun
    return h.i == tok.i and (inner.dep_ in ("xcomp", "ccomp", "conj") or (
        inner.dep_ == "advcl" and any(g.lower_ == "to" for g in inner.children)))


def _own_forces_only(c: Candidate) -> bool:
    """A deployment aimed at no one but the actor's own state ("will reinforce its squadrons in the
    region", "will send more troops"): a mobilisation announced, not a threat to anyone."""
    return c.cat == "MOBILIZE" and _codes(c.recipient) <= c.acodes


PROTEST_THREAT = "133"  # CAMEO "threaten with political dissent, protest" (PLOVER THREATEN relations)


def _to_threat(c: Candidate, note: str) -> None:
    """A threat of the act: a threatened strike or protest keeps its kind (CAMEO 133), not the
    violence the word "strike" would give it in cameo_refine."""
    c.why.append(note)
    c.cat, c.code, c.mode = "THREATEN", PROTEST_THREAT if c.cat == "PROTEST" else None, None
    c.flags.future = c.flags.hypothetical = False


# ---------------------------------------------------------------- passes

def reported_by_press(s: SentenceState, c: Candidate):
    """A speaker is the source, never the actor of what it only reports: an event told by the press
    (a JRN source other than the actor) is only reported."""
    if c.source and not (_codes(c.source) & c.acodes):
        c.flags.reported = c.flags.reported or any(x.sector == "JRN" for x in c.source)


def threat_unless(s: SentenceState, c: Candidate):
    """A conditional announcement is a threat (before future -> CONCEDE): "will withdraw ... unless"
    for any act but an agreement or a demand; "would impose curbs if", "could cut aid should" only for
    a use of force, coercion, sanction or protest (manual, "THREATEN could be ASSAULT +
    hypothetical": the coder returns the single category), since "will ease sanctions if" is a
    conditional concession."""
    f = c.flags
    if c.mode_rule is not None or not (f.future or f.hypothetical) or f.negated or c.cat in ("AGREE", "THREATEN", "REQUEST"):
        return
    mark = _condition(c.tok)
    if mark == "unless" or (mark and c.cat in modality()["threat_category"]):
        c.mode_rule = "threat_unless"
        _to_threat(c, f"{c.cat} {mark} ... -> THREATEN")


def pledge_unless(s: SentenceState, c: Candidate):
    """A pledge or readiness set against a condition ("vowed to shut the capital down unless the
    cabinet quits", "stands ready to quit as mediator unless the parties ...") is an ultimatum:
    THREATEN (manual: threats "unless"), whatever the pledged act; "if" leaves it a promise."""
    if c.cat != "AGREE" or c.mode_rule is not None or c.flags.negated:
        return
    if any(condition_mark(x) == "unless" for x in condition_clauses(c.tok)):
        c.mode_rule = "pledge_unless"
        _to_threat(c, "pledge ... unless -> THREATEN")


def stated_refusal(s: SentenceState, c: Candidate):
    """"will not recognise", "would not step down", "would not hold talks": an act of
    cooperation or yielding its actor says it will not do is a refusal (manual, REJECT: "all
    rejections and refusals"), coded as the refusal, not as a negated promise. A past negation ("did
    not agree") and a counterfactual ("would not have lifted") stay as they are, except for an offer
    not accepted (modality.yaml refused_whatever_tense): "did not accept the offer" refused it."""
    f, table = c.flags, modality()["refusal"]
    anytime = c.tok.lemma_.lower() in modality()["refused_whatever_tense"]
    if c.mode_rule is not None or not ((f.future or anytime) and f.negated) or c.cat not in table:
        return
    kids = list(c.tok.children)
    if c.tok.pos_ in NOUN_POS and c.tok.dep_ == "dobj":
        kids += list(c.tok.head.children)  # the act noun's own verb: "would not sign a pact"
    if not any(negation_child(a) for a in kids) or any(a.dep_ == "aux" and a.lower_ == "have" for a in kids):
        return  # the negation on the act itself: "would not sign X, conceding Y" refuses X only
    c.mode_rule = "stated_refusal"
    c.why.append(f"refused {c.cat} -> REJECT")
    c.cat, c.code, c.mode = "REJECT", table[c.cat]["cameo"], table[c.cat].get("mode")
    f.future = f.negated = False


def vowed_refusal(s: SentenceState, c: Candidate):
    """"vowed never to surrender", "pledged that the country would not hand over X", "swore not to
    step down": a pledge whose own complement is a yielding or cooperating act negated promises a
    refusal (manual, REJECT: "all rejections and refusals"), not an agreement. A pledge not to
    attack is a promise of restraint and stays AGREE (only the categories of modality.yaml refusal)."""
    table = modality()["refusal"]
    if c.mode_rule is not None or c.cat != "AGREE" or c.flags.negated \
            or c.tok.lemma_.lower() not in modality()["pledge_verbs"]:
        return
    for comp in (ch for ch in c.tok.children if ch.dep_ in ("xcomp", "ccomp")):
        act = s.by_tok.get(comp.i)
        if act is not None and act.entry.category in table and any(negation_child(g) for g in comp.children):
            c.mode_rule = "vowed_refusal"
            c.why.append(f"pledged not to {comp.lemma_} ({act.entry.category}) -> REJECT")
            c.cat, c.code, c.mode = "REJECT", table[act.entry.category]["cameo"], table[act.entry.category].get("mode")
            return


def future_category(s: SentenceState, c: Candidate):
    """Future cooperation is AGREE, a future retreat CONCEDE (manual: category ambiguities)."""
    table = modality()["future_category"]
    if c.mode_rule is None and c.flags.future and c.cat in table:
        c.mode_rule = "future_category"
        was = c.entry.category
        c.cat = table[c.cat]
        c.why.append(f"future {was} -> {c.cat}")
        c.code = "036" if was == "CONSULT" else ("033" if was == "AID" else ("080" if c.cat == "CONCEDE" else "030"))
        c.mode = None
        c.flags.future = False


def announced_threat(s: SentenceState, c: Candidate):
    """A future use of force announced by its own actor (the speaker is the actor) is a threat."""
    f, mm = c.flags, modality()
    if c.mode_rule is None and f.future and not f.negated and c.cat in mm["threat_category"] and f.speech is not None \
            and not _own_forces_only(c):
        c.mode_rule = "announced_threat"
        own = [x for x in c.source if x.sector != "JRN"]
        if (own and (_codes(own) & c.acodes)) or (c.args.actor_pronoun and not any(x.sector == "JRN" for x in c.source)):
            _to_threat(c, f"announced {c.cat} -> THREATEN")


def intended_threat(s: SentenceState, c: Candidate):
    """"intends to impose curbs on X": a declared intention to coerce is a threat."""
    f, mm, tok = c.flags, modality(), c.tok
    if c.mode_rule is None and (f.future or f.hypothetical) and not f.negated and c.cat in mm["threat_category"] \
            and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in mm["intention_heads"]:
        c.mode_rule = "intended_threat"
        _to_threat(c, f"intended {c.cat} -> THREATEN")


def pledge_of_force(s: SentenceState, c: Candidate):
    """An agreement whose direct complement is a use of force ("vowed to strike") is a threat; only
    the direct complement counts ("vowed to cooperate in fighting" is no threat)."""
    mm = modality()
    if c.cat != "AGREE" or c.flags.negated:
        return
    inner_cats = _complement_categories(s, c, mm)
    if inner_cats & set(mm["threat_category"]) or _reprisal(c.tok, mm):
        c.why.append("pledge of force -> THREATEN")
        c.cat, c.code, c.mode = "THREATEN", None, None


def _reprisal(tok, mm: dict) -> bool:
    """"vowed to respond in a mirror manner", "vowed that Russia would respond in kind", "vowed to
    bring the militias to heel by force": the pledge's complement answers in kind (modality.yaml
    reprisal_verbs, reprisal_manners) or names force as its means."""
    for comp in (ch for ch in tok.children if ch.dep_ in ("xcomp", "ccomp")):
        if any(t.lemma_.lower() == "force" and t.head.lower_ == "by" for t in comp.subtree):
            return True
        if comp.lemma_.lower() not in mm["reprisal_verbs"]:
            continue
        words = {t.lower_ for t in comp.subtree} | {t.lemma_.lower() for t in comp.subtree}
        if words & set(mm["reprisal_manners"]):
            return True
    return False


def _complement_categories(s: SentenceState, c: Candidate, mm: dict) -> set[str]:
    """Categories of the candidates that are the direct complement of c's trigger."""
    by_tok = s.by_tok
    return {by_tok[i].entry.category for i in s.inner_of.get(c.tok.i, ())
            if _direct_complement(by_tok[i].token, c.tok, mm["aspect_verbs"])}


def _speaker(s: SentenceState, e) -> bool:
    """A person (spaCy's PERSON) or a body that speaks for a party, an opposition or the press."""
    return e.sector in VERBAL_ATTACK["speaker_sectors"] or _named_person(s, e)


def _named_person(s: SentenceState, e) -> bool:
    """Is the entity a person this sentence names (spaCy's PERSON on its head word)?"""
    head = s.sdoc[e.tok_end - 1] if e.sentence == s.seq and 0 < e.tok_end <= len(s.sdoc) else None
    return head is not None and head.ent_type_ == "PERSON"


def verbal_attack(s: SentenceState, c: Candidate):
    """An attack with no force in its words, by people or parties on people or parties, is criticism:
    the manual's ACCUSE "criticize, defame, denigrate" (coder.yaml verbal_attack)."""
    if c.cat != "ASSAULT" or c.entry.lemma not in VERBAL_ATTACK["triggers"] or not c.actor:
        return
    if set(s.content_of.get(c.tok.i, ())) & VERBAL_ATTACK["force_words"]:
        return
    # a party, an opposition or the press that attacks a government does it in words
    if all(_speaker(s, a) for a in c.actor) and all(_speaker(s, r) or r.sector == "GOV" for r in c.recipient):
        c.why.append("attack by a speaker on a speaker or a government, no force named -> ACCUSE")
        c.cat, c.code, c.mode = "ACCUSE", "111", "disapprove"
    elif all(_named_politician(s, a) for a in c.actor) and c.recipient \
            and all(r.sector in VERBAL_ATTACK["unarmed_targets"] for r in c.recipient):
        c.why.append("attack by a named politician on unarmed people or firms, no force named -> ACCUSE")
        c.cat, c.code, c.mode = "ACCUSE", "111", "disapprove"


def _named_politician(s: SentenceState, e) -> bool:
    """A person the sentence names who holds a political office or party role."""
    return e.sector in VERBAL_ATTACK["politician_sectors"] and _named_person(s, e)


def labour_strike(s: SentenceState, c: Candidate):
    """A union that strikes stops work (PROTEST strike, CAMEO 143): the sense the clause's words
    missed because the union is named only as the speaker or by a pronoun ("said it would strike")."""
    if c.cat == "ASSAULT" and c.entry.lemma in LABOUR_STRIKE["triggers"] and c.actor \
            and all(a.sector in LABOUR_STRIKE["sectors"] or set((a.entity_text or "").lower().split())
                    & LABOUR_STRIKE["union_words"] for a in c.actor):
        c.why.append("strike by a labour union -> PROTEST strike")
        c.cat, c.code, c.mode = "PROTEST", "143", "strike"


def striving(s: SentenceState, c: Candidate):
    """"Fought to keep the songs", "battled to win the contract": a fight with a to-infinitive and no
    target, by a party with no arms, is an effort, not an attack (coder.yaml striving)."""
    if c.cat != "ASSAULT" or c.entry.lemma not in STRIVING["triggers"] or c.recipient:
        return True
    aim = any(x.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
              for x in c.tok.children)
    if aim and not any(a.sector in STRIVING["armed_sectors"] for a in c.actor):
        c.why.append("fought to do something, no arms, no target: an effort, not an attack")
        return False
    return True


def _deploys(s: SentenceState, c: Candidate, mm: dict) -> bool:
    """Does an order's object name the actor's own armed forces ("ordered troops ...", "a naval
    squadron")? Another state's forces are asked ("ordered Ugandan troops to leave": REQUEST)."""
    obj = next((ch for ch in c.tok.children if ch.dep_ == "dobj"), None)
    if obj is None:
        return False
    words = {obj.lemma_.lower()} | {g.lemma_.lower() for g in obj.children if g.dep_ in ("compound", "amod")}
    return bool(words & set(mm["deploy_objects"])) and _codes(_recipients(s.doc, s.sent, [obj])) <= c.acodes


def authority_order(s: SentenceState, c: Candidate):
    """An order of a state's authority to its own people or press is enforced, not asked: COERCE;
    an order to its own armed forces deploys them: MOBILIZE; its own people barred from an act or a
    place are restricted, not refused (modality.yaml barring_verbs): COERCE."""
    mm = modality()
    if c.cat == "REQUEST" and c.entry.lemma in mm["command_verbs"] and not c.flags.negated \
            and all(a.sector in mm["authority_sectors"] for a in c.actor) and _deploys(s, c, mm):
        c.why.append("order of an authority to its forces -> MOBILIZE")
        c.cat, c.code, c.mode = "MOBILIZE", "154", "troops"
        return
    if c.cat == "REQUEST" and c.entry.lemma in mm["command_verbs"] and _at_own_people(c, mm):
        c.why.append("order of an authority to its own people -> COERCE")
        c.cat, c.code, c.mode = "COERCE", ("1721" if any(r.sector == "JRN" for r in c.recipient) else "172"), None
    elif c.cat == "REJECT" and c.entry.lemma in mm["barring_verbs"] and c.code == "1245" and _at_own_people(c, mm):
        c.why.append("an authority bars its own people -> COERCE restrict")
        c.cat, c.code, c.mode = "COERCE", "172", "restrict"


def _at_own_people(c: Candidate, mm: dict) -> bool:
    """Is the act, not negated, a state authority's aimed at its own state's people?"""
    return bool(c.recipient) and not c.flags.negated and all(a.sector in mm["authority_sectors"] for a in c.actor) \
        and _codes(c.recipient) <= c.acodes


def call_against(s: SentenceState, c: Candidate):
    """"demanded an embargo against X": a call to act against a party with no addressee of its own
    condemns it (PLOVER ACCUSE: condemn, denounce responsible parties)."""
    if c.cat != "REQUEST" or c.flags.negated:
        return
    for t in own_subtree(c.tok):
        if t.dep_ == "prep" and t.lower_ == "against" and t.i > c.tok.i:
            objs = [g for g in t.children if g.dep_ == "pobj"]
            target = [e for e in _recipients(s.doc, s.sent, objs) if e.code not in c.acodes]
            if target:
                break
    else:
        return
    if _codes(c.recipient) <= _codes(target):
        c.why.append("call for action against a party -> ACCUSE")
        c.cat, c.code, c.mode, c.recipient = "ACCUSE", "111", "disapprove", target


def state_protest(s: SentenceState, c: Candidate):
    """A PROTEST act whose actors are all the state's own is not dissent: a state's or government's
    protest is diplomatic (manual: ACCUSE disapprove), a road blocked by police restricts movement
    (CAMEO 191: COERCE). The table is coder.yaml state_protest."""
    if c.cat != "PROTEST" or not c.actor:
        return
    for row in STATE_PROTEST:
        if (c.mode or "demo") in row["modes"] and all(
                a.code and a.code not in NON_STATE_CODES and (a.sector or "") in row["sectors"] for a in c.actor):
            c.why.append(f"protest act by the state -> {row['category']} ({row['why']})")
            c.cat, c.code, c.mode = row["category"], row["cameo"], row["mode"]
            return


def hostage_rescue(s: SentenceState, c: Candidate):
    """Captives a third party held, freed by a state's forces, are rescued: the manual's AID
    ("hostage rescues ... should be coded as AID"); whoever holds them and lets them go retreats."""
    if c.cat != "RETREAT" or c.tok.lemma_.lower() not in RESCUE["triggers"] or not c.actor or c.flags.negated:
        return
    if all(a.sector in RESCUE["sectors"] and a.entity_text for a in c.actor) and s.content_of.get(c.tok.i, set()) & RESCUE["captive_words"]:
        # (forces the text names: an authority implied by a passive releases its own prisoners)
        c.why.append("captives freed by a state's forces -> AID (rescue)")
        c.cat, c.code, c.mode = "AID", RESCUE["cameo"], None


def joint_military(s: SentenceState, c: Candidate):
    """Military activity of two or more actors together is cooperation (CAMEO 062)."""
    if c.cat == "MOBILIZE" and len(c.acodes) >= 2:
        c.why.append("joint military activity -> COOPERATE")
        c.cat, c.code, c.mode = "COOPERATE", "062", None
        c.reciprocal = not c.recipient


def cameo_refine(s: SentenceState, c: Candidate):
    """The most specific CAMEO code the complement's words support (modality.yaml "refine"). An
    abduction stays one whatever its means ("gunmen seized pupils" is no shooting)."""
    if c.mode == "abduct" or (c.cat == "THREATEN" and c.code == PROTEST_THREAT):
        return
    rcode, rmode = _refine(c.cat, s.content_of.get(c.tok.i, set()))
    code = c.code
    if rcode and (c.cat in ("ASSAULT",) or code is None or cameo.lookup(code) is None or len(rcode) >= len(code)
                  or code[:2] == rcode[:2] or c.cat != c.entry.category):
        c.code = rcode
        if rmode:
            c.mode = rmode


def build_event(s: SentenceState, c: Candidate):
    """The Event: CAMEO row's mode and Goldstein weight, contexts, evidence text, confidence."""
    tok, sent = c.tok, s.sent
    code = c.code if c.code is not None else {"THREATEN": "130"}.get(c.cat)
    row = cameo.lookup(code)
    mode = c.mode
    if row and mode is None and row.category == c.cat:
        mode = row.mode
    text = [tok.text] + [p.text for p in c.m.prt]
    if tok.pos_ in NOUN_POS:
        speech_verbs = set(modality()["speech_verbs"])
        lv = tok.head if tok.dep_ in ("dobj",) and tok.head.lemma_.lower() not in speech_verbs else None
        if lv is not None:
            text = [lv.text, tok.text]
    why = c.rule_notes()
    conf = c.entry.confidence + (0.1 if c.recipient or c.reciprocal else 0) - (0.15 if "speaker" in " ".join(why) else 0)
    acodes = c.acodes
    ev = Event(
        category=c.cat, actor=c.actor, recipient=c.recipient, mode=[mode] if mode else [],
        context=_contexts(row, sent.text, tok.idx), cameo=code, goldstein=cameo.goldstein(code),
        event_text=[" ".join(text)], trigger_start=sent.start + tok.idx, trigger_end=sent.start + tok.idx + len(tok.text),
        sentence=sent.seq, reciprocal=c.reciprocal, negated=c.flags.negated, hypothetical=c.flags.hypothetical,
        future=c.flags.future, reported=c.flags.reported, historical=c.flags.historical,
        source=[x for x in c.source if not (x.code in acodes and len(acodes) == 1)],
        rule="; ".join(why + c.flags.why), confidence=max(0.05, min(0.95, conf)),
    )
    words = s.content_of.get(tok.i, set())
    ev.__dict__["_words"] = frozenset(w for w in words if w.isalpha() and len(w) > 3)
    ev.__dict__["_tok"] = tok.i
    c.event = ev
    s.events.append(ev)


def prison_sentence(s: SentenceState, c: Candidate):
    """A conviction whose sentence is prison is also a COERCE 'arrest' event by the same court on the
    same person (the manual, SANCTION: "Convictions that result in imprisonment should also be coded
    as COERCE 'arrest'"; coder.yaml imprisonment); and a court that jails someone has sentenced
    them ("a Moscow court jailed X for three years": SANCTION 'convict', "sentenced ... via
    court-order")."""
    ev = c.event
    if ev is None:
        return
    if c.cat == "SANCTION" and "convict" in ev.mode and set(c.m.phrase_lemmas) & IMPRISONMENT:
        _also(s, ev, "COERCE", "arrest", "173", "a prison sentence: also COERCE arrest (manual)")
    elif c.cat == "COERCE" and "arrest" in ev.mode and ev.actor and all(a.sector == "JUD" for a in ev.actor) \
            and c.tok.lemma_.lower() in COURT_JAILING:
        _also(s, ev, "SANCTION", "convict", "116", "a court jails: also SANCTION convict (manual)")


def _also(s: SentenceState, ev, category: str, mode: str, code: str, why: str) -> None:
    """The same act coded a second time in another category (the manual's double codings)."""
    other = replace(ev, category=category, mode=[mode], cameo=code, goldstein=cameo.goldstein(code),
                    context=list(ev.context), rule=ev.rule + "; " + why)
    other.__dict__.update({k: v for k, v in ev.__dict__.items() if k.startswith("_")})
    s.events.append(other)


def consult_direction(s: SentenceState, c: Candidate):
    """A visit: the visitor is the actor, the host the recipient (consult.py, manual)."""
    if c.cat == "CONSULT" and c.event is not None:
        consult.direct(s.doc, s.sent, c.tok, c.event, c.entry.cameo)


def entry_actor_sector(s: SentenceState, c: Candidate):
    """An entry that holds only for some doers (triggers/ key `by`): a court that rules a ban
    unconstitutional convicts (SANCTION convict); a party or a minister calling it so does not."""
    if c.entry.by and not any(a.sector in c.entry.by for a in c.actor):
        c.why.append(f"not done by {'/'.join(c.entry.by)}: the entry does not hold")
        return False
    return True
