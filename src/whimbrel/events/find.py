"""Sentence passes: find the candidate triggers of a sentence and set aside those that are not events
of their own.

A trigger is not coded when it is only the content of another event ("urged Y to withdraw" is one
REQUEST, not a REQUEST and a RETREAT; "condemned the attack" is one ACCUSE), the obligation or topic
another event is about, a cause of death in custody (coded by implicit.py), the aim of a prevented
protest, a background adjunct ("after the bombings") or a scene-setting clause beside the sentence's
main event.
"""
from __future__ import annotations

from . import clauses, implicit, retype, topics
from .lexicon import VERBAL, modality
from .roles import demand_clause
from .state import Candidate, SentenceState
from .triggers import NOUN_POS, condition_clauses, find_triggers, free_adjunct
from .vocab import (BACKGROUND_FRAMES, BACKGROUND_JOINS, BACKGROUND_LEADS, BACKGROUND_PREPS, BACKGROUND_SPOKEN_IN, FRAME_MARKS, FRAMEWORKS,
                    IDENTIFYING_RELATIVES, LEAVING, TEMPORAL_MARKS, TIME_SPANS, words)

# categories whose nouns, as a compound modifier, name a kind of people or gear (_kind_modifier)
KIND_CATEGORIES = words("find", "KIND_CATEGORIES")
OBJECT_CONTROL = words("find", "OBJECT_CONTROL")
ORDER_VERBS = frozenset(words("find", "ORDER_VERBS"))
WORKING_PEOPLE = words("find", "WORKING_PEOPLE")

CONTENT_DEPS = {"xcomp", "ccomp", "dobj", "prep", "acl", "attr", "oprd", "dative", "pcomp", "pobj", "advcl", "relcl"}
# clause boundaries below a complement: what is inside is said about something else
BOUNDARY = {"relcl", "appos", "parataxis", "advcl"}


def _advcl_content(clause) -> bool:
    """Is an adverbial clause part of its head's content? An infinitive is ("agreed to withdraw"),
    and so is a gerund the parser hangs as one ("ruled out sending jets to X"); a clause set off by
    a comma is a free adjunct ("..., bowing to indigenous leaders"): the manner of the whole act,
    not what is agreed or done."""
    kids = list(clause.children)
    if any(g.lower_ == "to" and g.dep_ == "aux" for g in kids):
        return True
    return not free_adjunct(clause) and any(g.lower_ == "to" for g in kids)


def _content_tokens(tok) -> set[int]:
    """The complement of a trigger (what is agreed, demanded, condemned), without relative clauses
    or appositions hanging inside it ("... a statement that came after X urged Y")."""
    out: set[int] = set()
    for c in tok.children:
        if c.dep_ in CONTENT_DEPS and c.i > tok.i:
            if c.dep_ == "advcl" and not _advcl_content(c):
                continue
            stack = [c]
            while stack:
                t = stack.pop()
                out.add(t.i)
                stack.extend(g for g in t.children if g.dep_ not in BOUNDARY)
    verb = _controlled_infinitive(tok)
    if verb is not None:
        out |= {t.i for t in verb.subtree}
    return out


def _controlled_infinitive(tok):
    """The infinitive right after an object-control verb's object ("press the president to step
    down") is what the object is asked or made to do, though the parser hung it on a verb above the
    trigger (an adverbial clause of the main verb: "enforced a shutdown to press X to step down")."""
    if tok.lemma_.lower() not in OBJECT_CONTROL:
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.right_edge.i + 1 >= len(tok.doc):
        return None
    to = tok.doc[obj.right_edge.i + 1]
    verb = to.head
    if to.lower_ != "to" or to.dep_ != "aux" or verb.i != to.i + 1 or verb.pos_ != "VERB":
        return None
    if verb.head.i == tok.i or verb in tok.subtree or verb.head not in tok.ancestors:
        return None  # parsed right already, or not hung above the trigger
    return verb


def _background(tok) -> bool:
    """A noun trigger in a background adjunct: "... on Monday after the bombings", "under a bilateral
    assistance agreement" (the framework the act is done under is not a second, new agreement),
    "released prisoners as a gesture ahead of a meeting" (the meeting has not happened)."""
    if tok.pos_ not in NOUN_POS or tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in ("of", "to") and prep.head.lower_ in BACKGROUND_LEADS:
        return True
    if prep.lower_ == "of" and prep.head.lower_ in BACKGROUND_FRAMES and prep.head.dep_ == "pobj" \
            and prep.head.head.lower_ in BACKGROUND_PREPS:
        return True  # "since the start of the invasion": the frame of the news, as "since the invasion"
    if prep.lower_ == "under" and prep.head.pos_ in ("VERB", "AUX"):
        return tok.lemma_.lower() in FRAMEWORKS  # not "placed him under house arrest"
    if prep.lower_ == "in":  # "engaged in talks", "took part in talks": the act joined, not its setting
        if tok.lemma_.lower() in BACKGROUND_SPOKEN_IN:
            return False  # "in a phone call with X, Y said": the call happened
        head = prep.head.lemma_.lower()
        if head in BACKGROUND_JOINS or any(f"{head} {c.lemma_.lower()}" in BACKGROUND_JOINS
                                           for c in prep.head.children if c.dep_ == "dobj"):
            return False
    return prep.lower_ in BACKGROUND_PREPS and prep.head.pos_ in ("VERB", "AUX")


MAX_CLIMB = 8  # verbs up a chain of xcomp/conj links (no ordinary sentence chains more)


CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "acl", "conj", "parataxis", "csubj", "xcomp"})


def _left_objects(tok) -> list:
    """What a verb of leaving leaves: the object of its "of" or "from", also where the parser hangs
    that preposition on the particle ("pulled out of the talks": out -> of -> talks)."""
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")]
    preps += [g for c in tok.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("out", "away", "off")
              for g in c.children if g.dep_ == "prep" and g.lower_ in ("of", "from")]
    return [g for p in preps for g in p.children if g.dep_ == "pobj"]


def _own_clause(head) -> set[int]:
    """The tokens of a verb's own clause: its subtree without the clauses hung on it."""
    out, stack = set(), [head]
    while stack:
        t = stack.pop()
        out.add(t.i)
        stack.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS)
    return out


def _temporal_clause(verb, marks=TEMPORAL_MARKS) -> bool:
    """An adverbial clause opened by "after", "before" or "since" (coder.yaml temporal_marks; with
    FRAME_MARKS also "as" and "while")."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


def _time_spanned(verb) -> bool:
    """A temporal clause measured from the news: "two days after X", "months after X", "shortly
    after X" (coder.yaml time_spans on the clause's verb or its mark)."""
    if not _temporal_clause(verb):
        return False
    marks = [c for c in verb.children if c.dep_ == "mark"]
    return any(g.dep_ in ("npadvmod", "advmod") and g.lemma_.lower() in TIME_SPANS
               for t in [verb, *marks] for g in t.children)


def _continuative(relcl) -> bool:
    """A comma-set relative clause that carries the story on (", who fired tear gas at ...", ", after
    which the union called off its strike"), not one that says which party is meant."""
    first = relcl.left_edge.i
    return first > 0 and relcl.doc[first - 1].text == "," and relcl.doc[first].lower_ not in IDENTIFYING_RELATIVES


def _subordinate_background(tok, triggers: set[int]) -> bool:
    """A trigger that only sets the scene for the sentence's main event, coded only when that main
    event is coded too: a temporal clause on a trigger verb ("..., a day after rebels attacked the
    capital", "after the ministry began seizing cargoes") tells what came before the news, and a
    participle describing a noun ("attacked students occupying the university", "members of a
    cartel arrested in Chiapas") says who the party is, not what happened in the story. An act noun
    that is the subject of a temporal clause ("since the invasion began", "after the war ended") is
    such a frame too. A clause measured from the news ("two days after rebels stormed the town") is
    background beside any other act of the sentence, wherever the parser hangs it. So is a relative
    clause that says which party is meant ("the preacher whom the police accuse of incitement"); one
    set off by a comma that carries the story on (", who then fired tear gas") is news."""
    h, hops = tok, 0
    if tok.pos_ in NOUN_POS and tok.dep_ in ("nsubj", "nsubjpass") and _temporal_clause(tok.head, FRAME_MARKS):
        return True  # "since the war began", "as street battles raged": a frame, whatever it modifies
    while h.dep_ in ("xcomp", "conj") and h.head.i != h.i and h.head.pos_ in ("VERB", "AUX") and hops < MAX_CLIMB:
        h, hops = h.head, hops + 1  # bounded: a run-on chain of n clauses would climb n x n
    if tok.pos_ in NOUN_POS and tok.dep_ in ("dobj", "nsubj", "nsubjpass") and _time_spanned(tok.head):
        h = tok.head  # "weeks after the junta announced a boycott": the noun's own verb
    if _time_spanned(h):
        return bool(triggers - {t.i for t in h.subtree})
    if _temporal_clause(h):
        # only beside an event of the clause it modifies ("flew in for talks with X, weeks after Y
        # signed ...": the talks): "a statement that came a day after X urged Y" has no other news
        # in that clause, so the urging is the reported event
        return bool(_own_clause(h.head) & triggers)
    if tok.dep_ == "relcl" and tok.head.pos_ in NOUN_POS and not _continuative(tok):
        return True  # "teachers whom the government accuses of backing the coup"
    # a participle on the root noun is a misparsed main verb ("Gunmen warned in a recording ...")
    return (tok.dep_ == "acl" and tok.tag_ in ("VBG", "VBN") and tok.head.pos_ in NOUN_POS
            and tok.head.dep_ != "ROOT")


# ---------------------------------------------------------------- passes

def find_candidates(s: SentenceState) -> None:
    """Trigger words and phrases of the lexicon, by the parse (triggers.py)."""
    s.matches = find_triggers(s.sdoc)


def retype_triggers(s: SentenceState) -> None:
    """Category by manner and order: a hunger strike is a protest, an envoy told to leave is expelled."""
    s.matches = retype.retype(s.sdoc, s.matches)


def implicit_obligations(s: SentenceState) -> None:
    """Events no trigger states ("X must leave" ordered by Y), and the triggers they cover."""
    covered = {m.token.i for m in s.matches if m.entry.category in VERBAL}
    events, obliged = implicit.obligations(s.doc, s.sent, covered)
    s.implicit += events
    s.suppressed |= obliged & {m.token.i for m in s.matches}


def implicit_judgements(s: SentenceState) -> None:
    """A speaker's that-clause judging a party's act ("said X's order was illegal") condemns X."""
    s.implicit += implicit.judgements(s.doc, s.sent)


def implicit_threats(s: SentenceState) -> None:
    """A speaker's that-clause telling an outcome that befalls a party ("said X would pay a heavy
    price") threatens X."""
    s.implicit += implicit.threats(s.doc, s.sent)


def custody_deaths(s: SentenceState) -> None:
    """A death in custody is the custodian's assault; its cause is not a second event."""
    s.implicit += implicit.custody_deaths(s.doc, s.sent)
    if s.matches:
        s.suppressed |= {cause.i for _, cause, _, _ in clauses.custody_deaths(s.sdoc)}


def _kind_modifier(m, by_tok) -> bool:
    """A protest or attack noun that only says what kind of people or things another noun names
    ("protest leaders", "stormed two protest camps", "attack helicopters"): no act of its own,
    unless the noun it modifies is an act too ("hunger strike") or they are one hyphenated word
    ("sit-ins"). Other categories' kind words do name an act ("a mediation effort", "an
    assistance programme"): measured, dropping them lost events on three sets."""
    tok = m.token
    return (m.entry.category in KIND_CATEGORIES and tok.pos_ in NOUN_POS and tok.dep_ == "compound"
            and tok.head.pos_ in NOUN_POS and tok.head.i not in by_tok
            and not any(t.text == "-" for t in tok.doc[min(tok.i, tok.head.i):max(tok.i, tok.head.i)]))


def _named_doer(noun) -> bool:
    """An act noun with a doer of its own: a possessor that is a name ("Berlin's expulsion of two
    diplomats") or a by-phrase ("the expulsion of diplomats by Berlin")."""
    if noun.pos_ not in NOUN_POS:
        return False
    return any((c.dep_ == "poss" and c.pos_ == "PROPN") or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children)


def _hyphenated_modifier(tok) -> bool:
    """The participle ending a hyphenated modifier ("Russian-backed separatists", "foreign-funded
    media", "a US-led coalition") describes the noun's backers or makers; it reports no act of the
    story, as a kind word names none (_kind_modifier)."""
    return (tok.tag_ in ("VBN", "VBD", "JJ") and tok.i >= 2 and tok.doc[tok.i - 1].text == "-"
            and not tok.doc[tok.i - 1].whitespace_ and tok.dep_ in ("amod", "compound", "nmod")
            and tok.head.pos_ in NOUN_POS and tok.head.i > tok.i)


def _on_strike(m) -> bool:
    """"striking workers", "striking truckers": before a noun, "striking" says they are on strike,
    not that they hit anyone (no ASSAULT; their strike is coded where a strike noun or verb says so)."""
    tok = m.token
    if m.entry.category != "ASSAULT" or tok.lower_ != "striking":
        return False
    if tok.dep_ in ("amod", "compound") and tok.head.pos_ in NOUN_POS and tok.head.i > tok.i:
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    # the parser's gerund reading: "by striking truckers" (no determiner: they are the strikers)
    return (nxt is not None and nxt.head.i == tok.i and nxt.dep_ == "dobj" and nxt.lemma_.lower() in WORKING_PEOPLE
            and not any(c.dep_ in ("det", "poss") for c in nxt.children))


def make_candidates(s: SentenceState) -> None:
    """One candidate per trigger, with the words and triggers of its complement (what is agreed,
    demanded, condemned: they refine the CAMEO code and are not events of their own)."""
    sdoc = s.sdoc
    by_tok = s.by_tok
    for m in s.matches:
        tok = m.token
        if _kind_modifier(m, by_tok) or _hyphenated_modifier(tok) or _on_strike(m):
            continue
        # what a party owns up to ("pleaded guilty to threatening X") is its own act, not words about one
        cont = _content_tokens(tok) if m.entry.attitude and not m.entry.admission else set()
        if not m.entry.attitude:  # material: the same category nested under it is the same act ...
            cont = {i for i in _content_tokens(tok) if i in by_tok and by_tok[i].entry.category == m.entry.category
                    and not _named_doer(sdoc[i])}  # ... unless another doer is named ("in response to Berlin's expulsion of ...")
        # a trigger noun that is this trigger's direct object is what it acts on ("suspended aid")
        # ... and so is each object coordinated with it ("suspended budget support and security cooperation")
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in NOUN_POS]
        cont |= {o.i for c in objects for o in [c, *c.conjuncts] if o.i in by_tok and o.pos_ in NOUN_POS}
        if m.entry.category in LEAVING:  # "pulled out of the talks", "withdrew from the accord": what is left
            cont |= {g.i for g in _left_objects(tok) if g.i in by_tok and g.pos_ in NOUN_POS}
        # ... with the act noun that says what kind it is ("terminated a military cooperation
        # agreement": no cooperation is reported)
        cont |= {k.i for i in list(cont) if i in by_tok for k in sdoc[i].children
                 if k.dep_ == "compound" and k.i in by_tok and k.pos_ in NOUN_POS and k.i < i}
        if m.entry.category == "REQUEST" and tok.pos_ in NOUN_POS and tok.dep_ == "dobj":
            # "reiterated its demand that Israel ease ...": the clause on the light verb is the demand's content
            c = demand_clause(tok.head)
            if c is not None:
                cont |= {t.i for t in c.subtree}
        s.inner_of[tok.i] = {i for i in cont if i in by_tok and i != tok.i}
        s.content_of[tok.i] = {sdoc[i].lemma_.lower() for i in cont} | set(m.phrase_lemmas)
        s.candidates.append(Candidate(m=m, cat=m.entry.category, code=m.entry.cameo, mode=m.entry.mode,
                                      why=[m.entry.rule]))


def nested_content(s: SentenceState) -> None:
    """A trigger inside another trigger's complement is its content, not an event of its own."""
    for inner in s.inner_of.values():
        s.suppressed |= inner


def ordered_acts(s: SentenceState) -> None:
    """"ordered the deployment of 66,000 officers": an order whose direct object is a material act
    noun is that act, done by whoever ordered it (the noun's light-verb subject); the order itself
    is not a second event (words.yaml ORDER_VERBS)."""
    by_tok = s.by_tok
    for m in s.matches:
        if m.token.lemma_.lower() not in ORDER_VERBS or m.token.i in s.suppressed:
            continue
        acts = [by_tok[c.i] for c in m.token.children if c.dep_ == "dobj" and c.i in by_tok
                and by_tok[c.i].entry.category not in VERBAL]
        if acts:
            s.suppressed.add(m.token.i)
            s.suppressed -= {a.token.i for a in acts}


def subject_acts(s: SentenceState) -> None:
    """An act noun that is the subject of a verb of its own category is the same act ("a roadside
    bombing killed a soldier", "clashes wounded dozens"): the verb, with its victims, codes it once."""
    by_tok = s.by_tok
    for m in s.matches:
        tok = m.token
        head = by_tok.get(tok.head.i)
        if tok.pos_ in NOUN_POS and tok.dep_ == "nsubj" and head is not None and head.token.i != tok.i \
                and head.entry.category == m.entry.category and any(c.dep_ == "dobj" for c in head.token.children):
            s.suppressed.add(tok.i)  # only a verb with its own victims: "a boycott spread" is the boycott


def same_act_adjuncts(s: SentenceState) -> None:
    """A comma-set participle of the verbal category of another act the sentence reports tells more
    of that act ("offered to host the talks ..., pledging to pay for them", "said he would not quit,
    brushing off the demands"): one event, not two."""
    live = [m for m in s.matches if m.token.i not in s.suppressed]
    for m in live:
        tok = m.token
        if m.entry.category not in VERBAL or tok.tag_ != "VBG" or tok.dep_ != "advcl" or not free_adjunct(tok):
            continue  # a material act's participle names its victims ("attacked X, killing 12"): kept
        inside = {t.i for t in tok.subtree}
        if any(o.entry.category == m.entry.category and o.token.i not in inside for o in live):
            s.suppressed.add(tok.i)
            s.deferred.add(tok.i)


def condition_content(s: SentenceState) -> None:
    """An act named in the condition another act sets ("will strike if the rebels advance", "unless
    the government lifts the ban") is what the threat or offer asks or fears, not a reported event:
    it is content, as the complement of a demand is."""
    by_tok = s.by_tok
    for m in s.matches:
        for c in condition_clauses(m.token):
            s.suppressed |= {t.i for t in c.subtree if t.i in by_tok and t.i != m.token.i}


def question_content(s: SentenceState) -> None:
    """An act inside an open question ("uncertainty over whether X and Y could agree", "whether he
    will lift the tariffs depends on ...") or a direct one ("Would X have pleaded to ...?") is asked
    about, not reported: no event (modality.yaml question_marks). The clause the mark opens is the
    mark's head and what it governs."""
    marks = set(modality()["question_marks"])
    by_tok = s.by_tok
    if s.sent.text.rstrip().rstrip("\"'”’").endswith("?"):  # a direct question asks, it reports nothing
        s.suppressed |= set(by_tok)
        return
    text = s.sent.text.lower()
    if not any(m in text for m in marks):
        return  # speed, same result: no question word anywhere in the sentence
    for t in s.sdoc:
        if t.dep_ == "mark" and t.lower_ in marks:
            s.suppressed |= {x.i for x in t.head.subtree if x.i in by_tok}


def topic_links(s: SentenceState) -> None:
    """What another event is about ("an investigation into the killings") is not an event (topics.py)."""
    s.suppressed |= set(topics.topic_links(s.matches))


def purpose_clauses(s: SentenceState) -> None:
    """An act done to protest or demand something: the purpose folds into the act (clauses.py)."""
    s.purposes = clauses.purpose_links(s.matches)
    s.suppressed |= {c for c, p in s.purposes.items() if p in s.suppressed}  # a prevented protest's aim
    for c, p in sorted(s.purposes.items()):
        s.purpose_of.setdefault(p, []).append(c)


def background_adjuncts(s: SentenceState) -> None:
    """A noun trigger in a background adjunct ("after the bombings") is not news."""
    s.suppressed |= {m.token.i for m in s.matches if _background(m.token)}


def scene_setting(s: SentenceState) -> None:
    """A scene-setting clause is coded only when the sentence has no other event to code."""
    live = [m for m in s.matches if m.token.i not in s.suppressed]
    live_toks = {m.token.i for m in live}
    # an act with a purpose clause is the protest itself, wherever the parser hangs it
    scene = {m.token.i for m in live if _subordinate_background(m.token, live_toks) and m.token.i not in s.purpose_of}
    if len(scene) < len(live):  # else no main event to set the scene for: the subordinate one is the news
        s.suppressed |= scene
        s.deferred |= scene


def fold_purposes(s: SentenceState) -> None:
    """The events of purpose clauses join the event they serve (clauses.apply_purposes)."""
    s.events = clauses.apply_purposes(s.events, s.purposes)
