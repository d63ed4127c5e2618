"""Actor and recipient of a trigger, from the dependency parse (not from word order).

Who did it: the grammatical subject of the trigger's clause (or of the light verb that governs a
noun trigger: "X held talks", "X launched strikes"), the "by" agent of a passive ("was attacked by
X"), the controller of an infinitive ("X agreed to ...", "X urged Y to withdraw": Y is the subject of
"withdraw" but X is the actor of the REQUEST), the noun a relative clause hangs on, a possessive or
nationality modifier of a noun trigger ("Iran's offensive", "US-led invasion").
To whom: the direct object, the object of a category's prepositions ("called on X", "met with X",
"strikes on X", "aid to X", "withdrew from X"), "of" after a noun ("the invasion of X").
Coordinated subjects of a symmetric predicate with no recipient are reciprocal ("Tehran and Baghdad
agreed"). Entities come from the actor stage (``whimbrel.actors.entities_for``); this module only
decides which tokens are which argument.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain, islice

from .agents import clause_weapon_user, passive_agent_far, weapon_user
from .subjects import _prep_objects, _subject_of, feeling
from .triggers import NOUN_POS, SUBJ, VERB_POS, nominal
from .vocab import words

# prepositions that introduce the recipient, per category (on the trigger or its light verb's object)
RECIPIENT_PREPS = words("roles", "RECIPIENT_PREPS")
LODGED_WITH = {cat: tuple(v) for cat, v in words("roles", "LODGED_WITH").items()}
OWN_BODIES = words("roles", "OWN_BODIES") | words("roles", "OWN_MEMBERS")
OBJECT_PREPS = words("roles", "OBJECT_PREPS")
STANCE_GROUPS = words("roles", "STANCE_GROUPS")
ATTEND_VERBS = words("roles", "ATTEND_VERBS")
RELATION_NOUNS = words("roles", "RELATION_NOUNS")
STATE_VERBS = frozenset({"be", "remain", "stay", "come"})  # "is/remains/came under investigation"
DEPLOY_VERBS = words("roles", "DEPLOY_VERBS")
# the thing complained about (over/about/against) is the target; "to X" is only the audience
# ("complained to the UN over Israeli raids" is aimed at Israel)
# a third party brings others together (host, mediate): "between X and Y" names its recipients,
# not its actors (CAMEO 043 host a visit, 045 mediate)
THIRD_PARTY = {"043", "045"}
# clause-like children that never belong to an argument's noun phrase
CLAUSAL = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "punct", "cc", "conj", "prep"}
# event nouns whose participants, not the event, are what an act on them is aimed at ("banned the
# rally staged by students" is aimed at the students)
GATHERINGS = words("roles", "GATHERINGS")
# verbs of handing something over: the direct object is what (or who) changes hands, the "to"
# phrase the party that receives it ("extradited a Russian hacker to the United States", "sent
# tents to Malawi", "transferred 19 million euros to the agency"), so the "to" phrase comes first
TRANSFER_VERBS = words("roles", "TRANSFER_VERBS")
# purpose verbs whose object is who a gift or loan is for ("a loan to help Bangladesh cope")
BENEFIT_VERBS = words("roles", "BENEFIT_VERBS")
MEANS_NOUNS = words("roles", "MEANS_NOUNS")  # "talks by telephone": the means, not the doer
# verbs of moving ties or recognition: the "to" party is the one now recognised (SUPPORT)
SWITCH_VERBS = words("roles", "SWITCH_VERBS")
# nouns of a standing quarrel: "amid tensions with India" names whom a show of force is aimed at
QUARREL_NOUNS = words("roles", "QUARREL_NOUNS")
EXPERIENCER_VERBS = words("roles", "EXPERIENCER_VERBS")
TELLING_VERBS = words("roles", "TELLING_VERBS")
FROM_NOT_SOURCE = words("roles", "FROM_NOT_SOURCE")
MEDIATOR_PARTICIPLES = words("roles", "MEDIATOR_PARTICIPLES")
# referring expressions for both parties of a bilateral story
BOTH_SIDES = words("roles", "BOTH_SIDES")
ALL_SIDES = words("roles", "ALL_SIDES")
ALL_SIDES_MARKS = words("roles", "ALL_SIDES_MARKS")


@dataclass
class Args:
    actor: list = field(default_factory=list)  # token heads
    recipient: list = field(default_factory=list)
    actor_how: str = ""
    recipient_how: str = ""
    recipient_alts: list = field(default_factory=list)  # further candidates, tried when the first names no one
    recipient_object_alts: list = field(default_factory=list)  # recipient prepositions on the object
    both_sides: bool = False  # "the two sides agreed": resolve against the story
    actor_pronoun: bool = False
    passive: bool = False
    owner_of: list = field(default_factory=list)  # nouns whose possessor/nationality is the recipient
    recipient_people: bool = False  # the recipient is the people of a gathering, even when uncoded


def _relation_apposition(head, child) -> bool:
    """"the United States, a treaty ally of the Philippines": an appositive saying what a named
    party is to another party (RELATION_NOUNS) names that other party, not this one."""
    return child.dep_ == "appos" and child.lemma_.lower() in RELATION_NOUNS and (
        head.pos_ == "PROPN" or head.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"))


def np_tokens(head, keep_preps=("of", "by", "from", "for")) -> list[int]:
    """The noun phrase of an argument head, without its clauses (relatives, complements), and
    without the of-phrase of a stance group ("critics of the government": the government is whom
    they oppose, not one of them)."""
    out = [head.i]
    stack = [c for c in head.children
             if not (c.dep_ == "prep" and c.lower_ == "of" and head.lemma_.lower() in STANCE_GROUPS)
             and not _relation_apposition(head, c)]
    while stack:
        t = stack.pop()
        if t.dep_ in CLAUSAL and not (t.dep_ == "prep" and t.lower_ in keep_preps) and not (t.dep_ == "conj"):
            continue
        if t.dep_ == "prep" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in t.children):
            continue  # "a man of attacking a station" (a misparsed charge) is a clause, not the name
        if t.dep_ == "conj" and t.head.i != head.i and t.head.i not in out:
            continue
        out.append(t.i)
        stack.extend(t.children)
    return sorted(set(out) | set(_split_name(head)))


# what the parser hangs the first part of a split person's name on, beside the name's head word
SPLIT_NAME_DEPS = ("npadvmod", "punct", "nsubj", "compound", "nmod")


def _split_name(head) -> list[int]:
    """The rest of the person's name the head word ends, when the parser split it: a hyphenated or
    particled name ("Marie-Claire", "Khalid bin Ahmed al-Rashid") loses its first part to the
    verb as an adverbial, so the subject's phrase is the last word alone and names no one known."""
    if head.ent_type_ != "PERSON":
        return []
    doc = head.doc
    start = head.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    name = range(start, head.i + 1)
    outside = [doc[i] for i in range(start, head.i) if doc[i].head.i not in name]
    # nothing split off (the name's words hang inside it), or hung on another word than the verb
    if not outside or not all(t.head.i == head.head.i and t.dep_ in SPLIT_NAME_DEPS for t in outside):
        return []
    return list(range(start, head.i))


def conjuncts(tok) -> list:
    return [tok] + [c for c in tok.conjuncts if c.i > tok.i]


# prepositions whose object is what a complement verb acts on ("ban X from", "impose ... on X")
COMPLEMENT_PREPS = ("on", "upon", "against", "to", "with", "from", "between", "for")


def _complement_recipient(tok, cat):
    """To whom a control or report verb is aimed when it has no object of its own: the object of its
    complement ("threatened to ban opposition candidates", "is prepared to lift the ban on the FIS",
    "offered to negotiate with X"), or the subject of a that-clause under a demand ("demanded that
    the government provide ...") or an allegation ("alleged that X's call was improper": manual,
    ACCUSE, the party alleged against). The complement is what the trigger is about, so its target is the
    trigger's target."""
    for c in tok.children:
        if c.dep_ == "ccomp" and cat in ("REQUEST", "ACCUSE"):
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ != "PRON":
                return [subj], f"subject of the clause '{c.text}'"
        if c.dep_ != "xcomp" or c.pos_ not in VERB_POS:
            continue
        if any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            continue
        objs = [g for g in c.children if g.dep_ in ("dobj", "dative")] if c.lemma_.lower() not in DEPLOY_VERBS else []
        if objs:
            return objs, f"object of '{c.text}'"
        po = _prep_objects(c, COMPLEMENT_PREPS)
        if po:
            return po[:1], f"'{c.text}' {po[0].head.lower_}"
        for g in c.children:  # one level deeper: "agreed to try to reach ..."
            if g.dep_ == "xcomp" and g.pos_ in VERB_POS:
                objs = [x for x in g.children if x.dep_ in ("dobj", "dative")] or _prep_objects(g, COMPLEMENT_PREPS)[:1]
                if objs:
                    return objs, f"object of '{g.text}'"
    return [], ""


def complement_objects(tok, prt=()) -> list:
    """Prepositional objects of a trigger's complement object ("re-open its borders to X"), or of
    the object of its own particle ("reneged on its commitment to X"): used only when the object
    itself names no entity."""
    out = []
    for c in tok.children:
        if c.dep_ == "xcomp" and c.pos_ in VERB_POS:
            for o in c.children:
                if o.dep_ == "dobj":
                    out += _prep_objects(o, COMPLEMENT_PREPS)
        elif c.dep_ == "prep" and c.lower_ in prt:
            for o in c.children:
                if o.dep_ == "pobj":
                    out += _prep_objects(o, COMPLEMENT_PREPS)
    return out


def participants(noun) -> list:
    """Who takes part in a gathering noun: its possessor ("the students' march"), its "by" or "of"
    phrase ("a rally by farmers", "a march of veterans"), or the agent of a participle on it ("the
    demonstration staged by students")."""
    out = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    out += _prep_objects(noun, ("by", "of"))
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            out += _prep_objects(c, ("by",))
    return out


def _between(tok) -> list:
    """The parties of a "between" phrase on a third-party trigger, on its object, on the noun it
    modifies or on its light verb ("hosted talks between X and Y", "a mediation effort between X
    and Y", "launched a mediation on Saturday between X and Y")."""
    scope = [tok] + [c for c in tok.children if c.dep_ in ("dobj", "pobj")]
    if tok.dep_ in ("compound", "amod", "nmod"):
        scope.append(tok.head)
    lv = _light_verb(tok.head if tok.dep_ == "compound" else tok) if nominal(tok) else None
    if lv is not None:
        scope.append(lv)
    for t in scope:
        po = _prep_objects(t, ("between", "among"))
        if po:
            return po[:1]
    return []


def demand_clause(h):
    """A that-clause with its own subject under a token ("demand that X ...")."""
    for c in h.children:
        if c.dep_ in ("ccomp", "acl") and c.pos_ in VERB_POS and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ != "PRON":
                return c
    return None


def _hyphen_head_children(tok) -> list:
    """A noun trigger split at a hyphen ("sit-in", "walk-out", "stand-off"): the parse hangs the
    phrase's own modifiers ("a sit-in by supporters of X") on the word after the hyphen."""
    sdoc = tok.doc
    if tok.dep_ == "compound" and tok.i + 2 < len(sdoc) and sdoc[tok.i + 1].text == "-" and tok.head.i == tok.i + 2:
        return list(tok.head.children)
    return []


def measured_object(tok):
    """The object noun an act noun is counted or timed by ("faced weeks of protests", "drew a wave
    of criticism", "endured months of strikes"): the "N of" object that stands for the act."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj":
        return tok.head.head
    return None


TOPIC_PREPS = frozenset(words("roles", "TOPIC_PREPS"))
ACT_CONTAINERS = frozenset(words("roles", "ACT_CONTAINERS"))


def _light_verb(noun):
    """The verb governing a noun trigger (held talks, launched strikes, made a visit, after the talks);
    none across a topic's preposition on another noun ("raised concerns about the deal")."""
    h = noun
    hops = 0
    while hops < 3 and h.dep_ in ("dobj", "pobj", "attr", "oprd", "nsubjpass", "compound", "conj", "appos", "prep", "npadvmod"):
        if h.dep_ == "prep" and h.lower_ in TOPIC_PREPS and hops > 0:
            return None  # "raised concerns about the deal": the deal is what the concerns are about
        h = h.head
        hops += 1
        if h.pos_ in VERB_POS:
            return h
    return None


def _beneficiary(tok) -> list:
    """Whom aid is for, from a purpose clause on the trigger, its object or its light verb ("approved
    a loan to help Bangladesh cope", "donated money to assist flood victims in Pakistan")."""
    scope = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
    if nominal(tok):
        lv = _light_verb(tok)
        if lv is not None:
            scope.append(lv)
    for t in scope:
        for c in t.children:
            if c.dep_ in ("acl", "advcl", "xcomp", "relcl") and c.lemma_.lower() in BENEFIT_VERBS:
                objs = [g for g in c.children if g.dep_ in ("dobj", "dative")]
                if not objs:  # "help Bangladesh cope": the parser makes it the subject of "cope"
                    objs = [g for v in c.children if v.dep_ in ("ccomp", "xcomp")
                            for g in v.children if g.dep_ in ("nsubj",) and g.pos_ != "PRON"]
                if objs:
                    return objs[:1]
    return []


def admitted_party(tok) -> list:
    """Who a state lets in (RETREAT 086, access): the subject of the complement of "allowed X to
    enter" (the parser hangs X there), else the verb's objects ("let X in", "granted X access").
    The manual's RETREAT "allow ... access" is yielded to those let in, not to the place they enter."""
    subjects = [g for v in tok.children if v.dep_ in ("ccomp", "xcomp") and v.i > tok.i
                for g in v.children if g.dep_ == "nsubj" and g.pos_ in NOUN_POS]
    return subjects or [c for c in tok.children if c.dep_ in ("dobj", "dative")]


def _quarrel_party(tok) -> list:
    """The other side of a quarrel the clause is set in: "put its forces on high alert amid rising
    tensions with India" (a show of force is aimed at the rival)."""
    for t in tok.sent:
        if t.lower_ in QUARREL_NOUNS or t.lemma_.lower() in QUARREL_NOUNS:
            po = _prep_objects(t, ("with",))
            nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
            if not po and nxt is not None and nxt.lower_ == "with":  # "with" hung on the verb
                po = [g for g in nxt.children if g.dep_ == "pobj"]
            if po:
                return po[:1]
    return []


def is_both_sides(tok) -> bool:
    # "the two sides' border commanders met", "both countries' foreign ministers": the people of both
    if any(c.dep_ == "poss" and c.i != tok.i and is_both_sides(c) for c in tok.children):
        return True
    if tok.lower_ in BOTH_SIDES and any(c.lower_ in ("two", "both") for c in tok.children):
        return True
    if tok.lower_ in ALL_SIDES and any(c.lower_ in ALL_SIDES_MARKS for c in tok.children):
        return True
    # "asked both of its partners", "both of the neighbours"
    if tok.lower_ == "both" and any(p.dep_ == "prep" and p.lower_ == "of" and any(
            g.dep_ == "pobj" and g.lower_ in BOTH_SIDES for g in p.children) for p in tok.children):
        return True
    return tok.lower_ in ("both",) and tok.dep_ in SUBJ


def is_go_between(tok) -> bool:
    """A word of a go-between modifier ("U.S." in "U.S.-brokered ceasefire", words.yaml
    MEDIATOR_PARTICIPLES): that party brought the others together and takes no part itself."""
    return any(t.lower_ in MEDIATOR_PARTICIPLES or t.lower_.rsplit("-", 1)[-1] in MEDIATOR_PARTICIPLES
               for t in islice(chain([tok], tok.ancestors), 3))


def _modifier_actor(noun) -> list:
    """Possessive or adjectival actor of a noun trigger: "Iran's offensive", "US-led strikes"; not a
    day's ("Monday's attack", "last week's bombing": when, not who)."""
    out = []
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ != "PRON" and c.ent_type_ not in ("DATE", "TIME"):
            out.append(c)
        elif c.dep_ in ("amod", "compound", "nmod", "npadvmod") and c.i < noun.i:
            # only names and nationality words ("US-led", "Israeli"), not "air" or "military",
            # and not a go-between ("UN-brokered")
            # (a sentence's first word is capitalised whatever it is: "Heavy fighting")
            words_ = list(c.subtree)
            named = [t for t in words_ if t.text[:1].isupper() and (t.i > t.sent.start or t.pos_ == "PROPN" or t.ent_type_)]
            if named and not any(is_go_between(t) for t in words_):
                out.append(c)
    return out


def _spoken_for(noun, mods, entry) -> bool:
    """Is the noun's only modifier a body named by a common noun ("the alliance's", "the bloc's")
    on the object of the verb its entry needs ("expressed", "reaffirmed")? The subject of that verb
    voices the body's stance, and is its actor; a name ("Germany's support") stays the actor."""
    return bool(mods) and noun.dep_ == "dobj" and noun.head.lemma_.lower() in entry.with_ and all(
        m.dep_ == "poss" and m.pos_ == "NOUN" and any(d.lower_ == "the" for d in m.children) for m in mods)


def arguments(match) -> Args:
    tok = match.token
    entry = match.entry
    cat = entry.category
    preps = RECIPIENT_PREPS.get(cat, ())
    if cat == "CONSULT" and entry.mode == "visit":
        # "called on the minister in Islamabad": the one called on, else "arrived in Moscow": the host
        preps = tuple(entry.prt or ()) + preps + ("in", "at")
    a = Args()
    is_noun = nominal(tok) or (tok.tag_ == "VBG" and tok.dep_ in ("pobj", "dobj", "nsubj", "compound"))
    if not is_noun:
        subj, patient, passive = _subject_of(tok)
        a.passive = passive
        if passive and feeling(tok):
            # "was alarmed by the detentions": who feels it disapproves of what its "by" phrase names
            a.passive = False
            if patient is not None:
                a.actor, a.actor_how = [patient], "subject of a verb of feeling"
            if subj is not None:
                a.recipient, a.recipient_how = [subj], "what the feeling is about ('by')"
        elif passive:
            if subj is None and patient is not None and patient.head.i == tok.i:
                subj = passive_agent_far(tok)
            if subj is None and cat == "ASSAULT":
                subj = clause_weapon_user(tok)
            if subj is not None:
                a.actor, a.actor_how = [subj], "passive agent"
            if subj is None and patient is not None and cat == "AID" and tok.lemma_.lower() in TRANSFER_VERBS:
                # "Swedish howitzers were handed to Kyiv", "arms from Germany were shipped":
                # with no agent, the state the goods are of is the giver
                origin = [g for g in patient.subtree if g.i < patient.i and g.ent_type_ in ("NORP", "GPE")
                          and not any(p.dep_ == "poss" for p in [g] + list(g.ancestors) if p.i < patient.i)]
                origin += [o for o in _prep_objects(patient, ("from",)) if o.ent_type_ in ("GPE", "NORP")]
                if origin:
                    a.actor, a.actor_how = origin[:1], "the state the goods are of (passive)"
                    given_to = _prep_objects(tok, ("to",))
                    if given_to:
                        a.recipient, a.recipient_how = given_to[:1], "receiving party ('to') of a passive"
                    patient = None  # the goods are the giver's: only a "to" phrase names the recipient
            to = _prep_objects(tok, ("to",)) if tok.lemma_.lower() in TRANSFER_VERBS and cat in ("AID", "COOPERATE") else []
            if patient is not None and to:
                # "X was sent on to Y": what changes hands is the passive subject, the
                # party that receives it the recipient
                a.recipient, a.recipient_how = to[:1], "receiving party ('to') of a passive"
            elif patient is not None:
                if cat in ("RETREAT", "MOBILIZE") and subj is None and entry.mode not in ("release", "access"):
                    # "troops were withdrawn": their own side's; "captives were released" are not
                    a.actor, a.actor_how = [patient], "passive subject (own forces)"
                else:
                    a.recipient, a.recipient_how = [patient], "passive subject"
        elif subj is not None:
            a.actor, a.actor_how = [subj], "subject"
            user = weapon_user(subj)
            parties = _prep_objects(subj, ("between",)) if subj.lemma_.lower() in entry.with_ else []
            if user is not None:
                a.actor, a.actor_how = [user], f"who used the '{subj.text}'"
            elif parties:  # "a truce between X and Y took effect": the act's parties, not the act
                a.actor, a.actor_how = parties, f"between-phrase of the subject '{subj.text}'"
        lemma = tok.lemma_.lower()
        if not a.recipient and ((lemma in TRANSFER_VERBS and cat in ("AID", "COOPERATE"))
                                or (lemma in SWITCH_VERBS and cat == "SUPPORT")):
            to = _prep_objects(tok, ("to",))
            for o in [c for c in tok.children if c.dep_ == "dobj"]:
                # the parser may hang the "to" phrase on a participle inside the object
                # ("extradited a programmer suspected of fraud to the United States")
                to += [g for t in o.subtree if t.i != o.i and t.pos_ in NOUN_POS | VERB_POS
                       for g in _prep_objects(t, ("to",))] + _prep_objects(o, ("to",))
            if to:
                a.recipient, a.recipient_how = to[:1], "receiving party ('to')"
        if not a.recipient and cat == "RETREAT" and entry.mode == "access":
            a.recipient, a.recipient_how = admitted_party(tok), "the party let in"
        if not a.recipient:
            objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
            if cat in ("RETREAT",) and entry.mode in ("withdraw",):
                objs = []  # "withdrew troops": the troops are the actor's own
            if cat == "MOBILIZE":
                objs = []
            people = [p for o in objs if o.lemma_.lower() in GATHERINGS for p in participants(o)]
            if people:
                a.recipient, a.recipient_how = people, f"participants of the '{objs[0].text}'"
                a.recipient_people = True
            elif objs:
                a.recipient, a.recipient_how = objs, "object"
                # "demanded higher pay from the government": an object that names no one leaves
                # the trigger's own recipient preposition to name the target, on the verb or on
                # the object ("lodged a case against X at the court")
                a.recipient_alts += _prep_objects(tok, preps)
                a.recipient_object_alts = [g for o in objs for g in _prep_objects(o, OBJECT_PREPS & set(RECIPIENT_PREPS.get(cat, ())))
                                           if g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "NORP", "ORG")]
        if not a.recipient:
            po = _prep_objects(tok, preps)
            for o in [c for c in tok.children if c.dep_ == "dobj"]:
                po += _prep_objects(o, preps)
            if po:
                a.recipient, a.recipient_how = po[:1], "preposition " + po[0].head.lower_
                a.recipient_alts = po[1:]
        if not a.recipient and (entry.attitude or cat in ("THREATEN", "REJECT", "AGREE", "REQUEST")):
            a.recipient, a.recipient_how = _complement_recipient(tok, cat)
        if cat in ("AGREE", "REQUEST", "REJECT"):
            # "agreed to US mediation", "agreed to Iran's proposal": the owner of what is agreed to;
            # "demanded a truce with X", "rejected talks with X": the other party of the joint act
            a.owner_of = _prep_objects(tok, ("to",)) if cat == "AGREE" else []
            if cat == "REJECT":
                # "dismissed calls by X", "would not accept a ruling by X", "refused to take in
                # asylum seekers under an EU scheme": the author of what is refused is its target
                comps = [tok] + [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in VERB_POS]
                a.owner_of = [o for c in comps for o in c.children if o.dep_ == "dobj"]
                # "refused to take part in an EU scheme", "refused to comply with a UN resolution":
                # the complement's prepositional object is what is refused
                a.owner_of += [g for c in comps[1:] for p in c.children if p.dep_ == "prep"
                               for g in p.children if g.dep_ == "pobj"]
                a.owner_of += [o for c in comps for o in _prep_objects(c, ("under",))]
            a.recipient_alts += [g for o in tok.children if o.dep_ == "dobj" for g in _prep_objects(o, ("with",))]
            # "open to talks with X", "called for negotiations with X": through the act's preposition
            a.recipient_alts += [g for o in _prep_objects(tok, ("to", "for")) for g in _prep_objects(o, ("with",))]
    else:
        mods = _modifier_actor(tok)
        if _spoken_for(tok, mods, entry):
            mods = []  # "expressed the alliance's solidarity": the one who expresses it speaks for "the alliance"
        attended = tok.dep_ == "dobj" and tok.head.lemma_.lower() in ATTEND_VERBS
        if mods and not attended:
            a.actor, a.actor_how = mods, "noun modifier"
        for c in list(tok.children) + _hyphen_head_children(tok):
            if c.dep_ == "prep" and c.lower_ == "by":
                doers = [g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() not in MEANS_NOUNS]
                a.actor = doers or a.actor
                a.actor_how = "by-phrase" if doers else a.actor_how
            if c.dep_ == "prep" and c.lower_ == "from" and cat not in FROM_NOT_SOURCE and not a.actor:
                # not "aid from its own budget": a possessive pronoun points back to the clause's subject
                a.actor = [g for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
                           and not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in g.children)]
                a.actor_how = "from-phrase (the source)" if a.actor else a.actor_how
            if c.dep_ == "prep" and c.lower_ == "between" and entry.cameo not in THIRD_PARTY:
                a.actor = [g for g in c.children if g.dep_ == "pobj"] or a.actor
                a.actor_how = "between-phrase"
        if not a.actor and tok.dep_ == "nsubj" and tok.head.pos_ in VERB_POS and entry.cameo not in THIRD_PARTY:
            # "clashes broke out between X and Y", "fighting erupted between X and Y": the subject
            # noun's parties hang on the verb of its happening
            a.actor = _prep_objects(tok.head, ("between",))
            a.actor_how = "between-phrase of its verb" if a.actor else a.actor_how
        of = _prep_objects(tok, ("of",))
        if of:
            if entry.of == "actor" and not a.actor:
                a.actor, a.actor_how = of, "of-phrase"
            elif entry.of != "actor":
                a.recipient, a.recipient_how = of, "of-phrase"
        lv = _light_verb(tok)
        if not a.recipient and lv is not None and tok.dep_ == "pobj" and tok.head.head.i == lv.i:
            # "was placed under house arrest", "has been put under investigation": the passive
            # of "placed X under arrest" (below), whose subject the act is done to
            _, patient, passive = _subject_of(lv)
            if passive and patient is not None and patient.i != tok.i:
                a.recipient, a.recipient_how = [patient], f"passive subject of '{lv.text}'"
                a.passive = True
            elif lv.lemma_.lower() in STATE_VERBS and tok.head.lower_ == "under" and patient is None:
                # "X is under investigation", "remains under house arrest": the subject of the
                # copula undergoes the act; who does it the sentence does not say here
                subj, _, _ = _subject_of(lv)
                if subj is not None and subj.i != tok.i:
                    a.recipient, a.recipient_how = [subj], f"subject of '{lv.text} under'"
                    a.passive = True
                    lv = None
        if not a.recipient:
            po = _prep_objects(tok, preps)
            if not po and tok.dep_ == "conj" and tok.head.pos_ in NOUN_POS and tok.i > tok.head.i:
                # "a missile and drone attack on X": the parser hangs the shared phrase on the first
                # conjunct
                po = _prep_objects(tok.head, preps)
            if not po and tok.dep_ == "compound" and tok.head.lower_ in ACT_CONTAINERS and tok.head.i > tok.i:
                # "a 1 billion euro aid package for Lebanon", "a relief fund for the refugees": the
                # act noun names the kind of the noun it modifies, which holds the phrase
                po = _prep_objects(tok.head, preps)
            if not po and lv is not None and tok.dep_ == "dobj" and cat in LODGED_WITH:
                # "lodged "stern representations" with X": quotes or a long object make the parser
                # hang the phrase on the light verb
                po = [p for p in _prep_objects(lv, LODGED_WITH[cat]) if p.i > tok.i]
            if po:
                a.recipient, a.recipient_how = po[:1], "preposition " + po[0].head.lower_
        if not a.recipient and cat == "REQUEST":
            # "reiterated its demand that Israel ease ...": the that-clause may hang on the light verb
            for h in [tok] + ([lv] if lv is not None and tok.dep_ == "dobj" else []):
                c = demand_clause(h)
                if c is not None:
                    subj = next(g for g in c.children if g.dep_ in ("nsubj", "nsubjpass"))
                    a.recipient, a.recipient_how = [subj], f"subject of the clause '{c.text}'"
                    break
        # "faced criticism", and "faced a new impeachment motion": the act noun as the object or as
        # the modifier of the object
        measured = measured_object(tok)  # "faced weeks of protests"
        faced = tok.dep_ == "dobj" or (tok.dep_ == "compound" and tok.head.dep_ == "dobj" and lv is not None
                                       and tok.head.head.i == lv.i) \
            or (tok.dep_ == "conj" and tok.head.dep_ == "dobj" and lv is not None and tok.head.head.i == lv.i) \
            or (lv is not None and measured is not None and measured.head.i == lv.i)
        if lv is not None and lv.lemma_.lower() in EXPERIENCER_VERBS and faced:
            subj, _, passive = _subject_of(lv)
            if subj is not None and not passive and not a.recipient:
                a.recipient, a.recipient_how = [subj], f"subject of '{lv.text}' (undergoes it)"
            elif subj is not None and not passive:
                # "faced attacks on their handling of X": the phrase names what, the subject whom
                a.recipient_alts.append(subj)
            lv = None
        if lv is not None and lv.lemma_.lower() in TELLING_VERBS and faced:
            lv = None  # "citing a crackdown": the teller is no party to the act told
        if lv is not None and (not a.actor or not a.recipient):
            subj, patient, passive = _subject_of(lv)
            if not a.actor and subj is not None and subj.i != tok.i:
                a.actor, a.actor_how = [subj], f"subject of '{lv.text}'"
            if not a.recipient:
                objs = [c for c in lv.children if c.dep_ in ("dative",)]
                if tok.dep_ == "pobj" and tok.head.head.i == lv.i:
                    # "placed Huawei on a blacklist", "put X under sanctions": the light verb's
                    # object is what the act in its prepositional phrase is done to
                    objs += [c for c in lv.children if c.dep_ == "dobj"]
                po = objs or _prep_objects(lv, preps)
                if po:
                    a.recipient, a.recipient_how = po[:1], f"'{lv.text}' {po[0].head.lower_}"
    # a purpose clause or a quarrel names the recipient when no argument slot does; behind an
    # argument that names no one ("on high alert") they are tried next
    if cat in ("AID", "MOBILIZE"):
        extra = _beneficiary(tok) if cat == "AID" else _quarrel_party(tok)
        how = "beneficiary (purpose clause)" if cat == "AID" else "the other party of a quarrel ('tensions with')"
        if extra and not a.recipient:
            a.recipient, a.recipient_how = extra, how
        elif extra:
            a.recipient_alts += extra
    if entry.cameo in THIRD_PARTY and not a.recipient:
        between = _between(tok)
        if between:
            a.recipient, a.recipient_how = between, "between-phrase (the parties brought together)"
    # drop a recipient that is the actor itself
    if a.actor and a.recipient and {t.i for t in a.actor} & {t.i for t in a.recipient}:
        a.recipient = []
    for t in a.actor:
        if is_both_sides(t):
            a.both_sides = True
        if t.pos_ == "PRON" or (t.lemma_.lower() in OWN_BODIES and any(
                g.dep_ == "poss" and g.pos_ == "PRON" for g in t.children)):
            a.actor_pronoun = True  # "her office", "its team", "its members": the speaker's own body
    return a
