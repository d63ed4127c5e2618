"""code_events: every codable predicate of every parsed sentence becomes an Event that explains itself.

Per sentence: find triggers (triggers.py); drop the ones that are only the content of a verbal event
("urged Y to withdraw" is one REQUEST, not a REQUEST and a RETREAT; "condemned the attack" is one
ACCUSE); take actor and recipient from the parse (roles.py) and resolve them to entities through the
actor stage; set the auxiliary modes (modality.py) and apply the manual's rules that turn a mode
into a category (future cooperation -> AGREE, future retreat -> CONCEDE, a use of force announced by
its own actor -> THREATEN); choose the most specific CAMEO code the words support (cameo.tsv +
modality.yaml "refine") and its Goldstein weight.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .. import actors
from ..model import Document, Entity, Event
from ..options import Options
from . import cameo, clauses, consult, implicit, places, retype, topics
from .common import _codes, _coded, _contexts, _depth, _entities, _recipients, _refine
from .lexicon import VERBAL, modality
from .merge import merge_in_sentence
from .modality import flags_for
from .roles import arguments, complement_objects, demand_clause, is_both_sides
from .triggers import NOUN_POS, find_triggers, phrase_tokens

CONTENT_DEPS = {"xcomp", "ccomp", "dobj", "prep", "acl", "attr", "oprd", "dative", "pcomp", "pobj", "advcl", "relcl"}
COUNTRYISH = re.compile(r"^[A-Z]{3}$")
NOT_COUNTRIES = {"IGO", "UNO", "EUR", "NGO", "IMG", "ISM", "MNC"}
DOMESTIC_DEFAULT = {"PROTEST", "COERCE", "CONCEDE"}
_ATTRIBUTION = {"according", "citing", "quoting"}  # words that open a source, not a party
STATE_SECTORS = {"GOV", "MIL", "COP", "LEG", "JUD", "SPY"}
# bare nouns of a country's authorities ("urged the government to ...")
HOME_AUTHORITIES = {"government", "authority", "regime", "cabinet", "junta", "parliament"}
NON_STATE = {"REB", "OPP", "PRM", "UAF"}  # armed or opposition actors outside the state
AUTHORITY = {"GOV", "LEG", "JUD", "COP", "MIL"}
DOMESTIC_GROUPS = {"OPP", "CVL", "LAB", "EDU", "BUS", "AGR", "REL", "SOC", "MED", "HLH"}  # a country's own groups


# clause boundaries below a complement: what is inside is said about something else
BOUNDARY = {"relcl", "appos", "parataxis", "advcl"}


def _content_tokens(tok) -> set[int]:
    """The complement of a trigger (what is agreed, demanded, condemned), without relative clauses
    or appositions hanging inside it ("... a statement that came after X urged Y")."""
    out: set[int] = set()
    for c in tok.children:
        if c.dep_ in CONTENT_DEPS and c.i > tok.i:
            if c.dep_ == "advcl" and not any(g.lower_ == "to" for g in c.children):
                continue
            stack = [c]
            while stack:
                t = stack.pop()
                out.add(t.i)
                stack.extend(g for g in t.children if g.dep_ not in BOUNDARY)
    return out


def _both_sides(doc: Document, seq: int) -> list[Entity]:
    """'the two sides': the two parties of the most recent bilateral event, else the two most
    mentioned country codes before this sentence."""
    for ev in reversed(doc.events):
        parties = ev.actor + ev.recipient
        codes = []
        picked = []
        for e in parties:
            if e.code and e.code not in codes:
                codes.append(e.code)
                picked.append(e)
        if len(codes) >= 2:
            return picked[:2]
    counts: dict[str, list[Entity]] = {}
    for e in doc.entities:
        if e.sentence < seq and e.code and COUNTRYISH.match(e.code):
            counts.setdefault(e.code, []).append(e)
    top = sorted(counts.items(), key=lambda kv: -len(kv[1]))[:2]
    return [v[-1] for _, v in top] if len(top) == 2 else []


# a noun trigger inside one of these adjuncts is background to the sentence's event, not news
BACKGROUND_PREPS = {"after", "following", "amid", "since", "despite", "over", "before", "because", "in"}


# "ahead of a meeting", "prior to talks": two-word prepositions whose first word heads the "of"/"to"
BACKGROUND_LEADS = {"ahead", "prior"}
# "under an agreement/accord/deal": the framework an act is done under
FRAMEWORKS = {"agreement", "accord", "deal", "treaty", "pact", "arrangement", "programme", "program",
              "framework", "memorandum", "protocol", "mandate"}
# a clause opened by one of these is earlier or later background to the main clause's news
TEMPORAL_MARKS = {"after", "before", "since"}


def _background(tok) -> bool:
    """A noun trigger in a background adjunct: "... on Monday after the bombings", "under a bilateral
    assistance agreement" (the framework the act is done under is not a second, new agreement),
    "released prisoners as a gesture ahead of a meeting" (the meeting has not happened)."""
    if tok.pos_ not in NOUN_POS or tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in ("of", "to") and prep.head.lower_ in BACKGROUND_LEADS:
        return True
    if prep.lower_ == "under" and prep.head.pos_ in ("VERB", "AUX"):
        return tok.lemma_.lower() in FRAMEWORKS  # not "placed him under house arrest"
    return prep.lower_ in BACKGROUND_PREPS and prep.head.pos_ in ("VERB", "AUX")


def _subordinate_background(tok, triggers: set[int]) -> bool:
    """A trigger that only sets the scene for the sentence's main event, coded only when that main
    event is coded too (see code_sentence): a temporal clause on a trigger verb ("..., a day after rebels attacked the
    capital", "after Khartoum began confiscating crude") tells what came before the news, and a
    participle describing a noun ("attacked students occupying the university", "members of a
    cartel arrested in Chiapas") says who the party is, not what happened in the story."""
    h = tok
    while h.dep_ in ("xcomp", "conj") and h.head.i != h.i and h.head.pos_ in ("VERB", "AUX"):
        h = h.head
    if h.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TEMPORAL_MARKS for c in h.children):
        # only beside an event of the clause it modifies: "a statement that came a day after X urged
        # Y" has no other news in that clause, so the urging is the reported event
        return h.head.i in triggers
    # a participle on the root noun is a misparsed main verb ("Militants threatened in a video ...")
    return (tok.dep_ == "acl" and tok.tag_ in ("VBG", "VBN") and tok.head.pos_ in NOUN_POS
            and tok.head.dep_ != "ROOT")


def _antecedent(doc: Document, sent, tok) -> list[Entity]:
    """A subject pronoun of an adverbial or coordinated clause refers to the main clause's subject
    ("bombers killed 23 people when they blew themselves up", "rebels took the town and they ...")."""
    v = tok
    while v.dep_ in ("xcomp", "acomp") and v.head.i != v.i:
        v = v.head
    if v.dep_ not in ("advcl", "conj") or v.head.i == v.i:
        return []
    main = v.head
    subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON":
        return []
    return _coded(_entities(doc, sent.seq, [subj]))


def _against(doc: Document, sent, tok, acodes: set) -> list[Entity]:
    """The party an appeal calls to act against: an "against" phrase inside the appeal's content."""
    for t in tok.subtree:
        if t.dep_ == "prep" and t.lower_ == "against" and t.i > tok.i:
            objs = [g for g in t.children if g.dep_ == "pobj"]
            ents = [e for e in _recipients(doc, sent, objs) if e.code not in acodes]
            if ents:
                return ents
    return []


def _in_relcl(t, top) -> bool:
    """Is token t inside a relative clause below top ("UN monitors, who oversee a truce between A and
    B") or a coordinated verb's clause ("kidnapped X and exploded bombs in Kabul": another act)?"""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "relcl" or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.head.i == top.i):
            return True
        t = t.head
    return False


def _direct_complement(inner, tok, aspect) -> bool:
    """Is inner the direct complement of tok, or the complement of an aspect verb that is ("vowed to
    keep attacking X" promises the attack as "vowed to attack X" does)?"""
    h = inner.head
    if h.i != tok.i and h.dep_ == "xcomp" and h.head.i == tok.i and h.lemma_.lower() in aspect and inner.dep_ == "xcomp":
        return True
    return h.i == tok.i and (inner.dep_ in ("xcomp", "ccomp", "conj") or (
        inner.dep_ == "advcl" and any(g.lower_ == "to" for g in inner.children)))


def _unless(tok) -> bool:
    """An announced action on a condition ("will withdraw ... unless Y ...") is a threat."""
    chain = [tok] + list(tok.ancestors)[:3]
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "unless" for g in c.children)
               for t in chain for c in t.children)


def code_sentence(doc: Document, sent, options: Options) -> list[Event]:
    sdoc = sent.doc
    matches = retype.retype(sdoc, find_triggers(sdoc))  # protest by manner, expulsion by order
    covered = {m.token.i for m in matches if m.entry.category in VERBAL}
    obligations, obliged = implicit.obligations(doc, sent, covered)
    obligations += implicit.custody_deaths(doc, sent)
    if not matches:
        return obligations
    by_tok = {m.token.i: m for m in matches}
    content_of: dict[int, set[str]] = {}
    inner_of: dict[int, set[int]] = {}
    suppressed: set[int] = set()
    for m in matches:
        tok = m.token
        cont = _content_tokens(tok) if m.entry.attitude else set()
        if not m.entry.attitude:  # material: the same category nested under it is the same act
            cont = {i for i in _content_tokens(tok) if i in by_tok and by_tok[i].entry.category == m.entry.category}
        # a trigger noun that is this trigger's direct object is what it acts on ("suspended aid")
        cont |= {c.i for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.i in by_tok and c.pos_ in NOUN_POS}
        if m.entry.category == "REQUEST" and tok.pos_ in NOUN_POS and tok.dep_ == "dobj":
            # "reiterated its demand that Israel ease ...": the clause on the light verb is the demand's content
            c = demand_clause(tok.head)
            if c is not None:
                cont |= {t.i for t in c.subtree}
        inner = {i for i in cont if i in by_tok and i != tok.i}
        inner_of[tok.i] = inner
        suppressed |= inner
        content_of[tok.i] = {sdoc[i].lemma_.lower() for i in cont} | set(m.phrase_lemmas)
    suppressed |= obliged & set(by_tok)
    suppressed |= set(topics.topic_links(matches))  # what another event is about (topics.py)
    suppressed |= {cause.i for _, cause, _, _ in clauses.custody_deaths(sdoc)}  # coded by _custody_deaths
    purposes = clauses.purpose_links(matches)
    suppressed |= {c for c, p in purposes.items() if p in suppressed}  # a prevented protest's aim
    purpose_of: dict[int, list[int]] = {}
    for c, p in sorted(purposes.items()):
        purpose_of.setdefault(p, []).append(c)
    pub_year = doc.pub_datetime.year if doc.pub_datetime else None
    speech_verbs = set(modality()["speech_verbs"])
    events: list[Event] = []
    live = [m for m in matches if m.token.i not in suppressed and not _background(m.token)]
    # an act with a purpose clause is the protest itself, wherever the parser hangs it
    scene = {m.token.i for m in live if _subordinate_background(m.token, {x.token.i for x in live}) and m.token.i not in purpose_of}
    if len(scene) == len(live):
        scene = set()  # no main event to set the scene for: the subordinate one is the news
    for m in matches:
        tok = m.token
        if tok.i in suppressed or _background(tok) or tok.i in scene:
            continue
        entry = m.entry
        cat = entry.category
        args = arguments(m)
        flags = flags_for(m, pub_year)
        if entry.negative:
            if not flags.negated:
                continue  # "accepted refugees" is not a rejection
            flags.negated = False  # "will not accept refugees" is a rejection, not a negated event
        why = [entry.rule]
        source: list[Entity] = []
        if flags.speech is not None:
            subj = next((c for c in flags.speech.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                source = _entities(doc, sent.seq, [subj])
        raw_actor = _entities(doc, sent.seq, args.actor)
        actor = _coded(raw_actor)
        recipient = _recipients(doc, sent, args.recipient)
        for alt in args.recipient_alts:
            if recipient:
                break
            recipient = _recipients(doc, sent, [alt])
        if not recipient and args.owner_of:
            # "agreed to US mediation", "agreed to Egypt's proposal": the owner of what is agreed to
            mods = [t.i for h in args.owner_of for c in h.children
                    if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < h.i for t in c.subtree]
            mods += [t.i for h in args.owner_of for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                     for t in c.subtree]  # "a ruling by an international tribunal"
            owners = actors.entities_for(doc, sent.seq, mods)
            recipient = [e for e in _coded(owners) if e.code not in _codes(actor)]
            if not recipient and cat == "REJECT" and len(_codes(actor)) == 1:
                # "the president dismissed calls by opposition parties": a country-less domestic
                # group whose demand a state's authority refuses is of that state
                code0 = next(iter(_codes(actor)))
                recipient = [replace(e, code=code0, why=f"{e.why}; country: of the authority refusing it")
                             for e in owners if e.code is None and e.sector in DOMESTIC_GROUPS
                             and all(a.sector in AUTHORITY for a in actor)][:1]
            if recipient:
                args.recipient_how = "owner of the thing agreed to or refused"
        if not recipient and tok.i in purpose_of:
            # "began a hunger strike to protest against X's decision": the purpose names the target
            for ci in purpose_of[tok.i]:
                cargs = arguments(by_tok[ci])
                recipient = _recipients(doc, sent, cargs.recipient)
                for alt in cargs.recipient_alts:
                    recipient = recipient or _recipients(doc, sent, [alt])
                if recipient:
                    args.recipient_how = f"from its purpose clause '{by_tok[ci].token.text}'"
                    break
        if not recipient and entry.attitude:
            deeper = complement_objects(tok, entry.prt)  # "agreed to reopen its borders to UN peacekeepers"
            recipient = _recipients(doc, sent, deeper)
            if recipient:
                args.recipient_how = "preposition of the complement's object"
        if not recipient:
            # "an investigation into Iran's crackdown": who did what the event is about
            for h in topics.topic_heads(tok):
                recipient = [e for e in _coded(actors.entities_for(doc, sent.seq, topics.owner_tokens(h)))
                             if e.code not in _codes(actor)]
                if recipient:
                    args.recipient_how = f"owner of its topic '{h.text}'"
                    break
        if args.both_sides and len(_codes(actor)) < 2:
            actor = _both_sides(doc, sent.seq)
            why.append("actor: both sides of the story")
        elif not actor and args.actor_pronoun and _antecedent(doc, sent, tok):
            actor = _antecedent(doc, sent, tok)
            why.append("actor: pronoun -> subject of the main clause")
        elif not actor and args.actor_pronoun and source:
            actor = list(source)
            why.append("actor: pronoun -> speaker")
        elif actor:
            why.append(f"actor: {args.actor_how}")
        if not actor and any(e.code is None and e.sector for e in raw_actor):
            actor = places.infer_country(doc, sent, tok, raw_actor, args.actor, recipient, source)
            if actor:
                why.append(f"actor: {args.actor_how}, country inferred")
        if cat == "RETREAT" and "access" in (entry.mode or ""):
            granted = places.access_grantor(doc, sent, tok)  # the access itself is the subject
            if granted[0]:
                actor, recipient = granted
                why.append("actor: the state that controls the place access was granted to")
        if not actor and cat == "ASSAULT" and not args.actor_pronoun:
            actor = places.unidentified_attacker(doc, sent, tok)
            if actor:
                why.append("actor: unidentified, from the place of the attack")
        elif not actor and args.passive or (not actor and tok.pos_ in NOUN_POS and tok.dep_ == "pobj"):
            heads = [tok, tok.head, tok.head.head]
            loc = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
            actor = _coded(_entities(doc, sent.seq, loc))
            if actor:
                why.append("actor: place of a passive without agent")
        if not actor and args.passive and entry.mode:
            actor = places.implied_authority(doc, sent, tok, cat, [entry.mode], recipient)
            if actor:
                why.append("actor: the authority an agentless passive act implies")
        if not actor:
            continue  # an event with no one doing it is not codable
        if recipient:
            why.append(f"recipient: {args.recipient_how}")
        acodes = _codes(actor)
        if any(is_both_sides(h) for h in args.recipient) and not (recipient and len(_codes(recipient)) >= 2):
            # "urged both countries to ...", "told the two governments": the story's two parties
            sides = [e for e in _both_sides(doc, sent.seq) if e.code not in acodes]
            if sides:
                recipient = sides
                why.append("recipient: both sides of the story")
        if not recipient and not args.recipient_people and not (len(acodes) >= 2 and (entry.reciprocal or cat in ("AGREE", "CONSULT", "COOPERATE"))):
            # CAMEO practice: the shallowest other entity in the trigger's own phrase is its target
            # (first in the text among equals); a relative clause speaks of another noun, so its
            # entities count only when the rest of the phrase names no one ("disbanded the command it
            # had set up to assist the Iraqi army")
            # an attribution ("according to local officials", "citing US officials") names a source
            attributed = {x.i for t in tok.subtree if t.lower_ in _ATTRIBUTION for x in t.subtree}
            phrase = [t for t in phrase_tokens(tok) if t.i != tok.i and t.i not in attributed]
            cand = []
            # the actor's own people count for depth ("rejected an invitation to a meeting of
            # Palestinian factions to debate independence from Israel" is aimed at the factions)
            # (a country's: another body of the same IGO is the same organisation)
            own = {(a.code, a.sector) for a in actor} | {a.tok_start for a in actor if a.tok_start >= 0}
            for part in ([t.i for t in phrase if not _in_relcl(t, tok)], [t.i for t in phrase]):
                cand = cand or [e for e in _coded(actors.entities_for(doc, sent.seq, part))
                                if (e.code, e.sector) not in own and not (e.sentence == sent.seq and e.tok_start in own)
                                and not (e.code in acodes and e.code in NOT_COUNTRIES)]
            if cand:
                depths = [_depth(sdoc, e, tok) for e in cand]
                cand = [e for e, d in zip(cand, depths) if d == min(depths)]
            if cand:
                head = sdoc[cand[0].tok_end - 1] if cand[0].tok_end > 0 else None
                conj = {t.i for t in head.conjuncts} if head is not None else set()
                recipient = [cand[0]] + [c for c in cand[1:] if c.tok_end - 1 in conj]
                why.append("recipient: first entity of the trigger's phrase")
        recipient = [r for r in recipient if not (r.code and r.code in acodes and len(acodes) == 1 and r.sector == actor[0].sector)]
        if not recipient and len(acodes) == 1 and next(iter(acodes)) not in NOT_COUNTRIES \
                and all(a.sector and a.sector not in STATE_SECTORS for a in actor) \
                and any(h.lemma_.lower() in HOME_AUTHORITIES for h in args.recipient):
            # "the opposition urged the government to ...": a non-state actor's bare "the
            # government" is its own country's government (the text names no other)
            recipient = [Entity(code=next(iter(acodes)), sector="GOV", entity_text="", sentence=sent.seq,
                                why="own country's authorities")]
            why.append("recipient: the non-state actor's own government")
        if not recipient and not (len(acodes) >= 2 and (entry.reciprocal or cat in ("AGREE", "CONSULT", "COOPERATE"))):
            recipient = places.place_recipient(doc, sent, tok, cat)
            if recipient:
                why.append("recipient: place of the event")
        state_force = cat == "ASSAULT" and all(a.sector in ("COP", "MIL", "SPY") for a in actor) and not entry.reciprocal
        # rebels or the opposition who disarm, demobilise or withdraw yield to their own state
        nonstate_yield = cat == "RETREAT" and all(a.sector in NON_STATE for a in actor)
        if not recipient and (cat in DOMESTIC_DEFAULT or state_force or nonstate_yield) and len(acodes) == 1 \
                and next(iter(acodes)) not in NOT_COUNTRIES:
            # protests, repression and concessions with no stated target are aimed at home: a
            # protest at the country's authorities, a crackdown or concession at its own people,
            # police or army violence with no named victim at people of its own country
            code0 = next(iter(acodes))
            sector = "GOV" if cat == "PROTEST" or nonstate_yield else None
            recipient = [Entity(code=code0, sector=sector, entity_text="", why=f"default recipient: domestic {cat}",
                                sentence=sent.seq)]
            why.append("recipient: domestic by default")
        # a speaker is the source, never the actor of what it only reports
        if source and not (_codes(source) & acodes):
            flags.reported = flags.reported or any(s.sector == "JRN" for s in source)
        reciprocal = False
        joint = entry.reciprocal or cat in ("AGREE", "CONSULT", "COOPERATE")
        if recipient and len(acodes) >= 2 and joint and _codes(recipient) <= acodes:
            recipient = []  # "Ethiopia and Sudan agreed to reopen the crossing": a place of one party
            why.append("recipient: one of the joint actors, dropped")
        if not recipient and len(acodes) >= 2 and joint:
            reciprocal = True
        # the manual's mode -> category rules
        mm = modality()
        code = entry.cameo
        mode = entry.mode
        if (flags.future or flags.hypothetical) and not flags.negated and _unless(tok) and cat not in ("AGREE", "THREATEN", "REQUEST"):
            # checked before future retreat -> CONCEDE: "will withdraw ... unless" is a threat
            why.append(f"{cat} unless ... -> THREATEN")
            cat = "THREATEN"
            code, mode = None, None
            flags.future = flags.hypothetical = False
        elif flags.future and cat in mm["future_category"]:
            cat = mm["future_category"][cat]
            why.append(f"future {entry.category} -> {cat}")
            code = "036" if entry.category == "CONSULT" else ("033" if entry.category == "AID" else ("080" if cat == "CONCEDE" else "030"))
            mode = None
            flags.future = False
        elif flags.future and not flags.negated and cat in mm["threat_category"] and flags.speech is not None:
            own = [x for x in source if x.sector != "JRN"]
            if (own and (_codes(own) & acodes)) or (args.actor_pronoun and not any(x.sector == "JRN" for x in source)):
                why.append(f"announced {cat} -> THREATEN")
                cat = "THREATEN"
                code, mode = None, None
                flags.future = flags.hypothetical = False
        elif (flags.future or flags.hypothetical) and not flags.negated and cat in mm["threat_category"] \
                and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in mm["intention_heads"]:
            # "plans to impose restrictions on X": a declared intention to coerce is a threat
            why.append(f"intended {cat} -> THREATEN")
            cat = "THREATEN"
            code, mode = None, None
            flags.future = flags.hypothetical = False
        # only the direct complement counts ("vowed to strike", not "vowed to cooperate in fighting")
        inner_cats = {by_tok[i].entry.category for i in inner_of.get(tok.i, ())
                      if _direct_complement(by_tok[i].token, tok, mm["aspect_verbs"])}
        if cat == "AGREE" and inner_cats & set(mm["threat_category"]) and not flags.negated:
            why.append("pledge of force -> THREATEN")
            cat, code, mode = "THREATEN", None, None
        if cat == "REQUEST" and entry.lemma in mm["command_verbs"] and recipient and not flags.negated \
                and all(a.sector in mm["authority_sectors"] for a in actor) and _codes(recipient) <= acodes:
            # an order of a state's authority to its own people or press is enforced, not asked
            why.append("order of an authority to its own people -> COERCE")
            cat, code, mode = "COERCE", ("1721" if any(r.sector == "JRN" for r in recipient) else "172"), None
        if cat == "REQUEST" and not flags.negated:
            target = _against(doc, sent, tok, acodes)
            if target and _codes(recipient) <= _codes(target):  # no addressee of its own
                # "called for sanctions against X", "urged Arabs to mobilise against X": a call to act
                # against a party condemns it (PLOVER ACCUSE: condemn, denounce responsible parties)
                why.append("call for action against a party -> ACCUSE")
                cat, code, mode, recipient = "ACCUSE", "111", "disapprove", target
        if cat == "MOBILIZE" and len(acodes) >= 2:
            why.append("joint military activity -> COOPERATE")
            cat, code, mode = "COOPERATE", "062", None
            reciprocal = not recipient
        words = content_of.get(tok.i, set())
        rcode, rmode = _refine(cat, words)
        if rcode and (cat in ("ASSAULT",) or code is None or cameo.lookup(code) is None or len(rcode) >= len(code) or code[:2] == rcode[:2] or cat != entry.category):
            code = rcode
            if rmode:
                mode = rmode
        if code is None:
            code = {"THREATEN": "130"}.get(cat)
        if cat == "THREATEN" and not recipient and code and code[:3] in ("132", "137") and len(acodes) == 1 \
                and next(iter(acodes)) not in NOT_COUNTRIES:
            # a threat of curfew, martial law, bans or repression with no stated target is aimed at
            # the actor's own people, like the repression itself (see DOMESTIC_DEFAULT)
            recipient = [Entity(code=next(iter(acodes)), sector=None, entity_text="", sentence=sent.seq,
                                why="default recipient: domestic threat of repression")]
            why.append("recipient: domestic by default")
        row = cameo.lookup(code)
        if row and mode is None and row.category == cat:
            mode = row.mode
        text = [tok.text] + [p.text for p in m.prt]
        if tok.pos_ in NOUN_POS:
            lv = tok.head if tok.dep_ in ("dobj",) and tok.head.lemma_.lower() not in speech_verbs else None
            if lv is not None:
                text = [lv.text, tok.text]
        conf = entry.confidence + (0.1 if recipient or reciprocal else 0) - (0.15 if "speaker" in " ".join(why) else 0)
        ev = Event(
            category=cat,
            actor=actor,
            recipient=recipient,
            mode=[mode] if mode else [],
            context=_contexts(row, sent.text.lower()),
            cameo=code,
            goldstein=cameo.goldstein(code),
            event_text=[" ".join(text)],
            trigger_start=sent.start + tok.idx,
            trigger_end=sent.start + tok.idx + len(tok.text),
            sentence=sent.seq,
            reciprocal=reciprocal,
            negated=flags.negated,
            hypothetical=flags.hypothetical,
            future=flags.future,
            reported=flags.reported,
            historical=flags.historical,
            source=[s for s in source if not (s.code in acodes and len(acodes) == 1)],
            rule="; ".join(why + flags.why),
            confidence=max(0.05, min(0.95, conf)),
        )
        if cat == "CONSULT":
            consult.direct(doc, sent, tok, ev, entry.cameo)  # the visitor is the actor (manual)
        ev.__dict__["_words"] = frozenset(w for w in words if w.isalpha() and len(w) > 3)
        ev.__dict__["_tok"] = tok.i
        events.append(ev)
    return merge_in_sentence(clauses.apply_purposes(events, purposes) + obligations)


def code_events(doc: Document, options: Options) -> None:
    if doc.discarded:
        return
    for sent in doc.sentences:
        if sent.doc is None:
            continue
        doc.events.extend(code_sentence(doc, sent, options))
