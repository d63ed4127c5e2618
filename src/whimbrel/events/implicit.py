"""Events with no trigger word of their own: reported obligations ("X said Y must ..."), reported
judgements ("X said Y's order was illegal") and deaths in custody ("X died of torture in Y's
custody"). Each needs the whole clause, not one trigger, to be seen, so they are coded here from
the parse and handed to the coder alongside the trigger events.
"""
from __future__ import annotations

from .. import actors
from ..model import Document, Entity, Event
from ..nlp import tokens_with_lemma
from . import cameo, clauses
from .common import _coded, _contexts, _entities, _refine, own_government
from .antecedents import PERSONAL_PRONOUNS, previous_person
from .lexicon import entries, modality, word_classes
from .triggers import NOUN_POS
from .tone import harsh_word
from .vocab import HOME_AUTHORITIES, NON_STATE_CODES, words


def custody_deaths(doc: Document, sent) -> list[Event]:
    """'X died of torture in Y's (police) custody': ASSAULT by Y on X (see clauses.custody_deaths)."""
    out = []
    for v, cause, custody, victim in clauses.custody_deaths(sent.doc):
        mods = [t.i for c in custody.children if c.dep_ in ("amod", "compound", "poss", "nmod") for t in c.subtree]
        mods += [t.i for c in custody.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
        actor = _coded(actors.entities_for(doc, sent.seq, mods))
        recipient = _coded(_entities(doc, sent.seq, [victim]))
        if not actor or not recipient:
            continue
        code, mode = clauses.CUSTODY_CAUSES[cause.lemma_.lower()]
        row = cameo.lookup(code)
        out.append(Event(
            category="ASSAULT", actor=actor, recipient=recipient, mode=[mode], context=_contexts(row, sent.text, v.idx),
            cameo=code, goldstein=cameo.goldstein(code), event_text=[f"{v.text} ... {cause.text} ... {custody.text}"],
            trigger_start=sent.start + v.idx, trigger_end=sent.start + v.idx + len(v.text), sentence=sent.seq,
            rule=f"ASSAULT: died of '{cause.text}' in custody (custodian = actor)", confidence=0.55,
        ))
    return out



def _speaker(doc: Document, sent, subj) -> list[Entity]:
    """Who speaks: the coded entities of the speech verb's subject, or for "he"/"she" the one person
    named just before (antecedents.previous_person, as for a trigger's pronoun actor)."""
    found = _coded(_entities(doc, sent.seq, [subj]))
    if not found and subj.lower_ in PERSONAL_PRONOUNS:
        found = _coded(previous_person(doc, sent.seq))
    return found


def _speech_event(sent, verb, category: str, code: str, mode: str | None, actor, recipient, text: str, rule: str,
                  confidence: float) -> Event:
    """The event a speech verb's clause states (a reported demand or judgement), anchored on the verb."""
    return Event(
        category=category, actor=actor, recipient=recipient, mode=[mode] if mode else [],
        context=_contexts(cameo.lookup(code), sent.text, verb.idx), cameo=code, goldstein=cameo.goldstein(code),
        event_text=[text], trigger_start=sent.start + verb.idx, trigger_end=sent.start + verb.idx + len(verb.text),
        sentence=sent.seq, rule=rule, confidence=confidence,
    )


def _speech_subject(verb):
    """Who speaks: the speech verb's subject, or the subject it shares with the verb it is coordinated
    with ("visited the border and argued that ...")."""
    subj = next((g for g in verb.children if g.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        subj = next((g for g in verb.head.children if g.dep_ == "nsubj"), None)
    return subj


def _judging_speaker(verb):
    """Who speaks a judgement: `_speech_subject`, or for a participle of speech hung on the act it
    explains ("hit back, saying X had ...", "rejected the report, saying ..."), that act's subject."""
    subj = _speech_subject(verb)
    if subj is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ == "VERB":
        subj = next((g for g in verb.head.children if g.dep_ == "nsubj"), None)
    return subj


def _reported_clauses(verb) -> list:
    """The clauses a speech verb reports: its that-clauses, and the clause it is hung on as an
    attribution ("X committed abuses, the UN office said"; "Y will pay, the minister said")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ in ("conj", "parataxis") and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX"):
        clauses.append(verb.head)
    return clauses


def _obliged(clause, mm) -> bool:
    """Does a reported clause say its subject must act: an obligation auxiliary ("Y must go"), or a
    verb of need with what is needed ("Y needs to go", "Y needs stronger border security")?"""
    if any(a.dep_ == "aux" and a.lower_ in mm["obligation_aux"] for a in clause.children):
        return True
    return clause.lemma_.lower() in mm["obligation_verbs"] and not any(g.dep_ == "neg" for g in clause.children) \
        and any(g.dep_ in ("xcomp", "dobj") for g in clause.children)


def obligations(doc: Document, sent, covered: set[int]) -> tuple[list[Event], set[int]]:
    """'X said/declared/announced that Y must ...': REQUEST by the speaker of Y (no trigger word
    needed). What Y must do is the demand's content: a trigger in it ("must agree to changes", "must
    reach an agreement") is not coded apart (returned as the second value)."""
    mm = modality()
    out = []
    inner: set[int] = set()
    for v in sent.doc:
        if v.lemma_.lower() not in mm["obligation_speakers"] or v.pos_ != "VERB":
            continue
        for c in v.children:
            if c.dep_ != "ccomp":
                continue
            if not _obliged(c, mm):
                continue
            subj = _speech_subject(v)
            obj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or obj is None:
                continue
            actor = _speaker(doc, sent, subj)
            recipient = _party(doc, sent, obj, actor)
            if not actor or not recipient:
                continue
            words = {t.lemma_.lower() for t in c.subtree}
            code, mode = _refine("REQUEST", words)
            code = code or "100"
            out.append(_speech_event(
                sent, v, "REQUEST", code, mode, actor, recipient,
                f"{v.text} ... {next((a.text for a in c.children if a.dep_ == 'aux'), c.text)}",
                f"REQUEST: '{v.lemma_}' that ... must (obligation in reported speech)", 0.55))
            inner |= {t.i for t in c.subtree}
    return out, inner



# word class -> (CAMEO code, mode) of a that-clause judging its subject by a word of that class
JUDGING_CLASSES = (("judgements", "111", "disapprove"), ("blame", "112", "allege"))


# a clause that says its subject did wrong: "X committed violations", "X's bombing amounted to war crimes"
WRONG_DOING = {"commit": ("dobj",), "perpetrate": ("dobj",), "amount": ("prep",), "constitute": ("dobj",)}


def _wrong_done(clause) -> bool:
    """Does the clause say its subject committed a wrong (word class @wrongs) or that its act amounted
    to one? Not negated."""
    deps = WRONG_DOING.get(clause.lemma_.lower())
    if deps is None or any(g.dep_ == "neg" for g in clause.children):
        return False
    objs = [g for g in clause.children if g.dep_ in deps]
    objs = [x for o in objs for x in ([o] if o.dep_ != "prep" else [g for g in o.children if g.dep_ == "pobj"])]
    return any(o.lemma_.lower() in word_classes()["wrongs"] or o.lower_ in word_classes()["wrongs"] for o in objs)


def _quoted(sent_tokens) -> set[int]:
    """The token indices inside quotation marks in a sentence (straight quotes pair up in turn)."""
    inside, out = False, set()
    for t in sent_tokens:
        if t.text in ("\u201c", "\u201d", '"'):
            inside = t.text == "\u201c" or (t.text == '"' and not inside)
            continue
        if inside:
            out.add(t.i)
    return out


# phrases hung on a clause that tell something else than what its subject did ("met the envoy, whose
# trip was 'a disaster'", "shows that voters want X tried if he 'lied'")
OTHER_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "conj", "parataxis", "appos", "csubj"})


def _predicate(clause, subj) -> list:
    """The words of what a clause says its subject did: its verb's phrase without the subject and
    without the other clauses hung on it."""
    out, todo = [], [clause]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c is not subj and c.dep_ not in OTHER_CLAUSES]
    return out


def _wrong_characterised(clause) -> bool:
    """Does a reported clause tell its subject's act as a wrong: in a manner word that makes it one
    ("had unlawfully fished", "staged an unprovoked raid"; word class @wrong_manners), or in the
    speaker's own harsh words quoted inside it ("was 'sabotaging the talks'", "had 'betrayed the
    accord'"; VADER's valence, events/tone.py)? Not when negated, and not when the subject itself
    stands inside the quotation: a whole quoted report ('"Gunmen killed three," police said') is
    an account of the act, the act's own event."""
    subj = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or any(g.dep_ == "neg" or (g.dep_ == "aux" and g.tag_ == "MD") for g in clause.children):
        return False  # negated, or a prediction or threat ("could turn X into ...", "might use ...")
    if clause.tag_ == "VB" and not any(g.dep_ == "aux" for g in clause.children):
        return False  # a wish, a demand's content ("insisted that X end its support for ...")
    if any(g.dep_ == "poss" and g.pos_ == "PRON" for g in subj.children):
        return False  # the speaker's own side ("said its forces had carried out 'strikes'")
    # the manner word on the act itself or on its object ("unlawfully fished", "staged an unprovoked
    # raid"), not deeper in a phrase ("granted asylum to men who entered illegally")
    told = {clause.i} | {g.i for g in clause.children if g.dep_ == "dobj"}
    if any(t.lower_ in word_classes()["wrong_manners"] and t.head.i in told for t in clause.subtree):
        return True
    quoted = _quoted(clause.sent)
    own = _predicate(clause, subj)
    if subj.i in quoted:
        return False
    # an act's own noun ("a 'massive strike'") names the act; how harsh it is tells nothing of blame
    table = entries()
    return harsh_word([t for t in own if t.i in quoted and not (t.pos_ in NOUN_POS and (t.lemma_.lower(), "noun") in table)])


def _judged(clause) -> tuple[str, str] | None:
    """The CAMEO code and mode of a that-clause judging its subject: by a word of condemnation
    ("was illegal", "is a sham", "was unusual and inappropriate": 111) or of blame ("was responsible
    for", "was behind the attack", "committed war crimes", "had unlawfully fished": 112); None when it
    does not, or is negated ("was not illegal")."""
    if _wrong_done(clause) or _wrong_characterised(clause):
        return "112", "allege"
    if clause.lemma_.lower() != "be" or any(g.dep_ == "neg" for g in clause.children):
        return None
    preds = [g for g in clause.children if g.dep_ in ("acomp", "attr", "prep")]
    preds += [x for p in preds for x in p.conjuncts]
    said = {w for p in preds for w in (p.lemma_.lower(), p.lower_)}
    for name, code, mode in JUDGING_CLASSES:
        if said & set(word_classes()[name]):
            return code, mode
    return None


def _party(doc: Document, sent, head, actor: list[Entity]) -> list[Entity]:
    """The coded entities a noun phrase names; a bare "the government" is the speaker's own
    country's, as for a demand (fill_recipient.recipient_home_government)."""
    found = _coded(_entities(doc, sent.seq, [head]))
    homes = {a.code for a in actor} - NON_STATE_CODES
    if not found and len(homes) == 1 and head.lemma_.lower() in HOME_AUTHORITIES:
        found = [own_government(homes.pop(), sent.seq)]
    return found


def _judged_party(doc: Document, sent, subj, actor: list[Entity]) -> list[Entity]:
    """Whose act a judged subject is: its possessor ("Trump's call"), else the subject itself when it
    names a party ("the ministry was irresponsible"). A pronoun ("it was illegal") names no one."""
    if subj.pos_ == "PRON":
        return []
    owner = next((g for g in subj.children if g.dep_ == "poss" and g.pos_ != "PRON"), None)
    if owner is None and subj.pos_ == "NOUN":  # "the shelling of a market by the army"
        owner = next((g for t in subj.subtree if t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by")
                      for g in t.children if g.dep_ == "pobj"), None)
    return _party(doc, sent, owner if owner is not None else subj, actor)


def judgements(doc: Document, sent) -> list[Event]:
    """'X said/told lawmakers that Y's request was inappropriate', 'X said Y was responsible for the
    attack': ACCUSE by the speaker of Y (PLOVER ACCUSE: "criticize, denounce", "accuse, allege";
    CAMEO 111, 112), where no trigger word says it: a judging word (word classes @judgements,
    @blame) predicated of Y or Y's act in the speaker's that-clause."""
    mm = modality()
    out = []
    for v in tokens_with_lemma(sent.doc, frozenset(mm["obligation_speakers"])):
        if v.pos_ != "VERB" \
                or any(g.dep_ == "neg" for g in v.children):
            continue
        subj = _judging_speaker(v)
        for c in _reported_clauses(v):
            judged_as = _judged(c) if subj is not None else None
            if judged_as is None:
                continue
            code, mode = judged_as
            judged = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if judged is not None and judged.i == subj.i:
                continue  # "called the move a fraud and said ...": the speaker's own deed, not its content
            actor = _speaker(doc, sent, subj)
            recipient = _judged_party(doc, sent, judged, actor) if judged is not None else []
            recipient = [r for r in recipient if (r.code, r.sector) not in {(a.code, a.sector) for a in actor}]
            if not actor or not recipient:
                continue
            out.append(_speech_event(
                sent, v, "ACCUSE", code, mode, actor, recipient, f"{v.text} ... {c.text}",
                f"ACCUSE: '{v.lemma_}' that ... {c.text} <judgement> (condemnation or blame in reported speech)", 0.5))
            # what it is about, for the story merge: another act of the same parties that day is
            # another event unless its content overlaps (merge._same_content)
            out[-1].__dict__["_words"] = frozenset(t.lemma_.lower() for t in c.subtree if t.is_alpha and len(t) > 3)
    return out


THREAT_OUTCOMES = words("implicit", "THREAT_OUTCOMES")
FORCE_OUTCOMES = words("implicit", "FORCE_OUTCOMES")
THREAT_AUX = words("implicit", "THREAT_AUX")
PASSIVE_ONLY = words("implicit", "PASSIVE_ONLY")
ENFORCED_ACTS = words("implicit", "ENFORCED_ACTS")
AUTHORITIES = frozenset(words("implicit", "ENFORCING_SECTORS"))
WARN_VERBS = words("retype", "WARN_VERBS")  # a warning is the trigger's own threat (retype.py)


def _complement_words(clause) -> set[str]:
    """The lemmas of a clause verb's complements, one level down and through its prepositions and
    as-phrases ("pay a heavy price", "be held to account", "be treated as legitimate targets")."""
    found = set()
    for c in clause.children:
        # ("held to account": the parser may make "account" a verb, an advcl)
        if c.dep_ in ("dobj", "attr", "oprd", "acomp", "advmod", "xcomp", "advcl"):
            found.add(c.lemma_.lower())
        elif c.dep_ in ("prep", "agent"):
            found |= {g.lemma_.lower() for g in c.children if g.dep_ in ("pobj", "amod")}
    return found


def _threatened(clause):
    """(the threatened noun, CAMEO code) when a reported clause tells an outcome still to come that
    befalls a party (THREAT_OUTCOMES, with a future or conditional auxiliary), else None."""
    wanted = THREAT_OUTCOMES.get(clause.lemma_.lower())
    if wanted is None or any(g.dep_ == "neg" for g in clause.children):
        return None
    if not any(g.dep_ == "aux" and g.lower_ in THREAT_AUX for g in clause.children):
        return None
    said = _complement_words(clause)
    if not said & set(wanted):
        return None
    # "would be held to account": the passive's subject; "would pay": the subject. An active "hold
    # X accountable" is the lexicon's own ACCUSE entry
    threatened = next((g for g in clause.children if g.dep_ in ("nsubjpass", "nsubj")), None)
    if threatened is None or (threatened.dep_ == "nsubj" and clause.lemma_.lower() in PASSIVE_ONLY):
        return None
    return threatened, ("138" if said & FORCE_OUTCOMES else "130")


def _enforced(clause):
    """(the one it befalls, CAMEO 130) when a reported clause tells a coercion still to come in the
    agentless passive ("looters would be jailed", "the smugglers will be deported"): said by
    an authority, its own state's enforcement (ENFORCED_ACTS, threats() checks the speaker)."""
    if clause.lemma_.lower() not in ENFORCED_ACTS or any(g.dep_ in ("neg", "agent") for g in clause.children):
        return None
    if not any(g.dep_ == "auxpass" for g in clause.children) or not any(
            g.dep_ == "aux" and g.lower_ in THREAT_AUX for g in clause.children):
        return None
    threatened = next((g for g in clause.children if g.dep_ == "nsubjpass"), None)
    return (threatened, "130") if threatened is not None else None


def threats(doc: Document, sent) -> list[Event]:
    """'X said Y would pay a heavy price', '..., X said, Y will be brought to justice': THREATEN by the
    speaker of Y, where no trigger word says it (a warning verb's own entry codes "warned that ...")."""
    out = []
    for v in tokens_with_lemma(sent.doc, frozenset(modality()["obligation_speakers"]) - WARN_VERBS):
        if v.pos_ != "VERB" or any(g.dep_ == "neg" for g in v.children):
            continue
        subj = _judging_speaker(v)
        for c in _reported_clauses(v):
            found = _threatened(c) if subj is not None else None
            enforced = found is None and subj is not None
            if enforced:
                found = _enforced(c)
            if found is None:
                continue
            threatened, code = found
            actor = _speaker(doc, sent, subj)
            if enforced and not all(a.sector in AUTHORITIES for a in actor):
                continue  # "the union said workers would be dismissed": a forecast of another's act
            recipient = [r for r in _party(doc, sent, threatened, actor)
                         if (r.code, r.sector) not in {(a.code, a.sector) for a in actor}]
            if not actor or not recipient or threatened.pos_ == "PRON":
                continue
            out.append(_speech_event(sent, v, "THREATEN", code, None, actor, recipient, f"{v.text} ... {c.text}",
                                     f"THREATEN: '{v.lemma_}' that ... {c.text} <outcome> (a threat in reported speech)", 0.5))
    return out
