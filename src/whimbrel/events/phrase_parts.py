"""Which parts of a trigger's phrase are not its target: relative and coordinated clauses, the forces
an actor sends, the medium a statement was published in, the venue of a meeting, the court an act is
done in. The recipient search (fill_recipient.recipient_phrase_entity) leaves these out; kept here so
that the passes module holds passes only.
"""
from __future__ import annotations

from . import places
from .roles import DEPLOY_VERBS
from .state import Candidate
from .vocab import words

VENUE_PREPS = words("fill_recipient", "VENUE_PREPS")
MEDIUM_NOUNS = words("fill_recipient", "MEDIUM_NOUNS")
PUBLISHING_VERBS = words("fill_recipient", "PUBLISHING_VERBS")
PART_PRONOUNS = words("retype", "PART_PRONOUNS")


def in_relcl(t, top, memo: dict | None = None) -> bool:
    """Is token t inside a relative clause below top ("UN monitors, who oversee a truce between A and
    B"), a coordinated verb's clause ("kidnapped X and exploded bombs in Kabul": another act) or an
    adverbial clause with its own subject ("eased curbs in X as authorities in Y cracked down")?
    ``memo`` (token index -> answer) shared over one phrase keeps a long phrase linear: each token's
    path up to top is walked once, not once per token below it."""
    memo = {} if memo is None else memo
    path = []
    res = False
    while t.i != top.i and t.head.i != t.i:
        if t.i in memo:
            res = memo[t.i]
            break
        path.append(t.i)
        if t.dep_ == "relcl" or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.head.i == top.i) \
                or (t.dep_ == "advcl" and any(g.dep_ in ("nsubj", "nsubjpass") for g in t.children)):
            res = True
            break
        t = t.head
    for i in path:
        memo[i] = res
    return res


def part_clauses(tok) -> list:
    """Participle clauses on a verb that tell what part of its subject did ("gathered outside
    parliament, some waving flags, ..."): they describe the doers (the flags waved are no target),
    though the parser may hang the verb's purpose clause on them (words.yaml PART_PRONOUNS)."""
    return [c for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG"
            and any(g.dep_ == "nsubj" and g.lower_ in PART_PRONOUNS for g in c.children)]


def described_doers(tok) -> set[int]:
    """Tokens of part_clauses, less any purpose clause the parser hung on them (the act's own)."""
    out: set[int] = set()
    for clause in part_clauses(tok):
        out.add(clause.i)
        for g in clause.children:
            if not _to_infinitive(g):
                out |= {x.i for x in g.subtree}
    return out


def _to_infinitive(t) -> bool:
    """A to-infinitive clause ("to protest against the law")."""
    return t.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" and a.dep_ == "aux" for a in t.children)


def deployed_forces(tok) -> set[int]:
    """The forces a complement sends or deploys ("threatened to send in the military"): the actor's
    instrument, not its target (roles.DEPLOY_VERBS)."""
    objects = [o for c in tok.subtree if c.dep_ == "xcomp" and c.lemma_.lower() in DEPLOY_VERBS
               for o in c.children if o.dep_ == "dobj"]
    # where they go stays ("vowed to deploy troops in Mali": Mali)
    places = {x.i for o in objects for p in o.children if p.dep_ == "prep" for x in p.subtree}
    return {x.i for o in objects for x in o.subtree if x.i not in places}


def _stranded_preposition(tok) -> bool:
    """"signed a pact with and sent advisers to Kabul": a preposition with no object of its own
    shares the coordinated verb's ("with ... Kabul")."""
    conjuncts = {x.i for c in tok.children if c.dep_ == "conj" for x in c.subtree}
    return any(p.dep_ == "prep" and p.i not in conjuncts and p.n_rights == 0 for p in tok.subtree)


def coordinated_acts(tok) -> set[int]:
    """Tokens of the verb phrases coordinated after a trigger that has an object or a complement of
    its own, each with its own object or complement ("condemned the attack and announced aid for
    Ukraine", "welcomed the deal and pledged to open corridors to Tigray",
    "refused to step down and blamed the unrest on X"): another act, whose
    parties are not the trigger's. A shared object ("signed a pact with and sent advisers to X") is
    the verbs' common target, so without an object of its own the trigger keeps the phrase."""
    if not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in tok.children) or _stranded_preposition(tok):
        return set()
    return {x.i for c in tok.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
            and any(g.dep_ in ("dobj", "xcomp", "ccomp") for g in c.children) for x in c.subtree}


def medium_clauses(tok) -> set[int]:
    """Tokens of a publishing participle's clause on a medium the act was said in ("asked for X in a
    letter posted on Twitter", "in a statement carried by state media"): where it was published,
    not whom it targets ("a letter sent to the UN" names its addressee, and stays)."""
    return {x.i for m in tok.subtree if m.lemma_.lower() in MEDIUM_NOUNS and m.i != tok.i
            for a in m.children if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in PUBLISHING_VERBS
            for x in a.subtree}


def venues(c: Candidate) -> set[int]:
    """Where a meeting or a signing is held ("talks in Havana", "signed a deal in Pretoria"): a venue,
    not a party to it. Only acts done to a place (places.PLACE_DIRECTED: a protest in Nairobi, shelling
    near Goma) or a visit (whose place is its host) take their place as the target. The venue hangs
    on the trigger or on the object that makes it an act (the entry's `with` word: the deal signed);
    "at" ("lashed out at X") and "on" ("talks on X") name targets and topics, and a phrase inside the
    place phrase ("in guarantees for Ukraine") is not the place."""
    if c.cat in places.PLACE_DIRECTED or c.mode == "visit":
        return set()
    tok, defining = c.tok, tuple(w for w in c.m.entry.with_ if not w.startswith("@"))
    held = [tok] + [o for o in tok.children if o.dep_ == "dobj" and o.lemma_.lower().startswith(defining or ("\0",))]
    # the act agreed, promised or planned happens there too ("agreed to resume talks in Caracas")
    held += [x for x in tok.children if x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX")]
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        held.append(tok.head)  # "held talks in Kunming": the light verb carries the noun act's venue
    return {x.i for h in held for p in h.children if p.dep_ == "prep" and p.lower_ in VENUE_PREPS
            for g in places.place_objects(p) for x in _place_phrase(g)}


def court_forum(tok) -> set[int]:
    """A court the act is done in ("sued the sellers in a US court"): where, not whom. "At" names
    a target ("lashed out at the court"), "to" an addressee ("appealed to the court")."""
    return {x.i for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for x in p.subtree}


def _place_phrase(noun) -> list:
    """A place noun with its modifiers, its of-phrase and its own place ("the Iraqi city of Basra", "a
    speech in Paris"), not its other phrases ("guarantees for Ukraine's economy")."""
    out = [noun]
    for ch in noun.children:
        if ch.dep_ != "prep" or ch.lower_ == "of" or ch.lower_ in VENUE_PREPS:
            out += list(ch.subtree)
    return out
