"""The event coder as an explicit sequence of named passes, declared once in PASSES.

Each pass has one job and reads and writes only the SentenceState (state.py) of one parsed sentence
and its Candidates (one per trigger). Sentence passes take the state; candidate passes (wrapped by
``each``) take the state and one candidate and return False to drop it. ``code_sentence`` runs the
passes in the order of PASSES, skipping those named in ``Options.disabled_passes``: that is how
``whimbrel evaluate --ablate`` measures what each is worth.

To add a pass (a learned decision, a new fallback), write it in the module of its phase and insert
``("name", fn)`` where it belongs below; ``insert_pass`` does the same at run time for code outside
this package. The order matters: the fallbacks of a phase apply only when the ones before found
nothing, and category rules see the parties the fill-in passes found.
"""
from __future__ import annotations

from functools import wraps
from typing import Callable

from ..errors import E, WhimbrelError
from ..model import Document, Event
from ..nlp import token_at
from ..options import Options
from . import (accidents, captives, condemned, consult, decide, discard, envoys, fill_actor, fill_recipient, find,
               mediation, pronoun_actors)
from .merge import merge_in_sentence
from .state import SentenceState

Pass = Callable[[SentenceState], None]


def each(fn) -> Pass:
    """A candidate pass: fn(state, candidate) over every live candidate; False drops the candidate."""
    @wraps(fn)
    def run(s: SentenceState) -> None:
        for c in s.live():
            if fn(s, c) is False:
                c.dropped = True
                c.dropped_by = fn.__name__
    run.per_candidate = True
    return run


def merge_sentence(s: SentenceState) -> None:
    """Mentions of one happening within the sentence become one event (merge.py)."""
    if s.matches:
        events = s.events + s.implicit
        triggers = _trigger_tokens(s, events)
        verbal = frozenset(k for k, t in triggers.items() if t.pos_ in ("VERB", "AUX"))
        # a relative clause's verb ("protesters, who have been demonstrating since October, rallied")
        relative = frozenset(k for k, t in triggers.items() if t.dep_ == "relcl")
        s.events = merge_in_sentence(events, verbal=verbal, relative=relative)
        s.implicit = []


def _trigger_tokens(s: SentenceState, events: list[Event]) -> dict:
    """Event id -> its trigger's token in the sentence's parse (events with no trigger left out)."""
    out = {}
    for ev in events:
        i = token_at(s.sdoc, ev.trigger_start - s.sent.start) if ev.trigger_start >= 0 else None
        if i is not None:
            out[id(ev)] = s.sdoc[i]
    return out


# phase: pass name -> function, in the order they run. Names are stable: options and reports use them.
PASSES: list[tuple[str, Pass]] = [
    # find candidates
    ("triggers", find.find_candidates),
    ("retype", find.retype_triggers),
    ("implicit_obligations", find.implicit_obligations),
    ("implicit_judgements", find.implicit_judgements),
    ("implicit_threats", find.implicit_threats),
    ("custody_deaths", find.custody_deaths),
    ("candidates", find.make_candidates),
    ("nested_content", find.nested_content),
    ("ordered_acts", find.ordered_acts),
    ("subject_acts", find.subject_acts),
    ("same_act_adjuncts", find.same_act_adjuncts),
    ("condition_content", find.condition_content),
    ("question_content", find.question_content),
    ("topic_links", find.topic_links),
    ("purpose_clauses", find.purpose_clauses),
    ("background_adjuncts", find.background_adjuncts),
    ("scene_setting", find.scene_setting),
    ("mediation_acts", mediation.mediation_acts),  # a named go-between's mediation stands beside the act
    # assign roles, flags
    ("roles", each(fill_actor.roles)),
    ("flags", each(fill_actor.flags)),
    ("speaker_second_act", each(fill_actor.speaker_second_act)),
    ("negative_entries", each(fill_actor.negative_entries)),
    ("accidents", each(accidents.accident)),
    # fill recipients the parse left out (before the actor is known)
    ("recipient_addressee", each(fill_recipient.recipient_addressee)),
    ("recipient_alternatives", each(fill_recipient.recipient_alternatives)),
    ("recipient_main_object", each(fill_recipient.recipient_main_object)),
    ("recipient_previous_person", each(fill_recipient.recipient_previous_person)),
    ("recipient_owner", each(fill_recipient.recipient_owner)),
    ("recipient_purpose", each(fill_recipient.recipient_purpose)),
    ("recipient_complement", each(fill_recipient.recipient_complement)),
    ("recipient_refused_access", each(fill_recipient.recipient_refused_access)),
    ("recipient_receiver", each(fill_recipient.recipient_receiver)),
    ("recipient_topic", each(fill_recipient.recipient_topic)),
    # fill in missing actors
    ("actor_both_sides", each(fill_actor.actor_both_sides)),
    ("actor_own_state", each(fill_actor.actor_own_state)),
    ("actor_antecedent", each(pronoun_actors.actor_antecedent)),
    ("actor_relative_protesters", each(pronoun_actors.actor_relative_protesters)),
    ("actor_speaker", each(pronoun_actors.actor_speaker)),
    ("actor_speaker_conjunct", each(pronoun_actors.actor_speaker_conjunct)),
    ("actor_main_clause_person", each(pronoun_actors.actor_main_clause_person)),
    ("actor_previous_person", each(pronoun_actors.actor_previous_person)),
    ("actor_previous_group", each(pronoun_actors.actor_previous_group)),
    ("actor_previous_body", each(pronoun_actors.actor_previous_body)),
    ("actor_its_owner", each(pronoun_actors.actor_its_owner)),
    ("actor_document_author", each(pronoun_actors.actor_document_author)),
    ("actor_kind_modifier", each(fill_actor.actor_kind_modifier)),
    ("actor_country_inferred", each(fill_actor.actor_country_inferred)),
    ("actor_attack_noun", each(fill_actor.actor_attack_noun)),
    ("actor_when_clause", each(fill_actor.actor_when_clause)),
    ("actor_unidentified_attacker", each(fill_actor.actor_unidentified_attacker)),
    ("actor_protesters", each(fill_actor.actor_protesters)),
    # an act only an authority does is that authority's before it is the place's ("was arrested
    # in Nairobi": Kenya's police, not Nairobi's civilians)
    ("actor_captors", each(captives.actor_captors)),  # hostages freed: their captors, not an authority
    ("actor_implied_authority", each(fill_actor.actor_implied_authority)),
    ("actor_passive_place", each(fill_actor.actor_passive_place)),
    ("actor_public_critics", each(fill_actor.actor_public_critics)),
    ("actor_required", each(fill_actor.actor_required)),
    ("entry_actor_sector", each(decide.entry_actor_sector)),
    ("sports_contest", each(discard.sports_contest)),
    ("venue_meeting", each(consult.venue_meeting)),
    ("striving", each(decide.striving)),  # needs the actor: armed parties that fight to take a town attack  # needs the actor: troops in a stadium still attack
    ("non_state_body", each(discard.non_state_body)),
    ("labour_strike", each(decide.labour_strike)),  # the sense needs the actor; the recipient passes need the sense
    # fill recipients (the actor known)
    ("recipient_captor", each(condemned.recipient_captor)),
    ("recipient_envoys_host", each(envoys.recipient_envoys_host)),
    ("recipient_both_sides", each(fill_recipient.recipient_both_sides)),
    ("recipient_home_government", each(fill_recipient.recipient_home_government)),
    ("recipient_held_people", each(fill_recipient.recipient_held_people)),
    ("recipient_provocation", each(condemned.recipient_provocation)),
    ("recipient_condition_setter", each(condemned.recipient_condition_setter)),
    ("recipient_phrase_entity", each(fill_recipient.recipient_phrase_entity)),
    ("drop_self_recipient", each(fill_recipient.drop_self_recipient)),
    ("recipient_place", each(fill_recipient.recipient_place)),
    ("recipient_replied_to", each(condemned.recipient_replied_to)),
    ("recipient_answered", each(condemned.recipient_answered)),
    ("recipient_of_free_adjunct", each(fill_recipient.recipient_of_free_adjunct)),
    ("recipient_of_coordinated_act", each(fill_recipient.recipient_of_coordinated_act)),
    ("recipient_act_authority", each(condemned.recipient_act_authority)),
    ("recipient_measure_author", each(condemned.recipient_measure_author)),
    ("recipient_counterpart", each(condemned.recipient_counterpart)),
    # what a mission abroad says to no one named: to its host, after the story's own dealings
    ("recipient_mission_host", each(envoys.recipient_mission_host)),
    ("recipient_mediated_parties", each(mediation.recipient_mediated_parties)),
    ("recipient_domestic_default", each(fill_recipient.recipient_domestic_default)),
    ("recipient_story_state", each(fill_recipient.recipient_story_state)),
    ("recipient_aid_story_state", each(fill_recipient.recipient_aid_story_state)),
    ("reported_by_press", each(decide.reported_by_press)),
    ("joint_actors", each(fill_recipient.joint_actors)),
    # decide the category (an order of an authority to its own people is coercion before the manual's
    # mode rules see it: "will order X off the streets if ..." is a conditional coercion, a threat)
    ("authority_order", each(decide.authority_order)),
    ("threat_unless", each(decide.threat_unless)),
    ("pledge_unless", each(decide.pledge_unless)),
    ("stated_refusal", each(decide.stated_refusal)),
    ("vowed_refusal", each(decide.vowed_refusal)),
    ("future_category", each(decide.future_category)),
    ("announced_threat", each(decide.announced_threat)),
    ("intended_threat", each(decide.intended_threat)),
    ("pledge_of_force", each(decide.pledge_of_force)),
    ("verbal_attack", each(decide.verbal_attack)),
    ("call_against", each(decide.call_against)),
    ("state_protest", each(decide.state_protest)),
    ("hostage_rescue", each(decide.hostage_rescue)),
    ("joint_military", each(decide.joint_military)),
    # CAMEO code, Goldstein weight, the event
    ("cameo_refine", each(decide.cameo_refine)),
    ("recipient_condition", each(fill_recipient.recipient_condition)),
    ("recipient_inquiry_subject", each(fill_recipient.recipient_inquiry_subject)),
    ("threat_domestic_default", each(fill_recipient.threat_domestic_default)),
    ("recipient_required", each(fill_recipient.recipient_required)),
    ("build_event", each(decide.build_event)),
    ("consult_direction", each(decide.consult_direction)),
    ("prison_sentence", each(decide.prison_sentence)),
    # back to the sentence
    ("fold_purposes", find.fold_purposes),
    ("merge_in_sentence", merge_sentence),
]


DEFERRING_PASSES = ("scene_setting", "same_act_adjuncts")  # suppressions that wait on another act


def pass_names() -> list[str]:
    return [name for name, _ in PASSES]


def insert_pass(name: str, fn: Pass, *, before: str | None = None, after: str | None = None,
                per_candidate: bool = False) -> None:
    """Add a pass to PASSES before or after a named one (a model's decision, a new fallback)."""
    if name in pass_names():
        raise ValueError(f"a pass named {name!r} exists")
    anchor = before or after
    names = pass_names()
    if anchor not in names:
        raise WhimbrelError(E.E105, name=anchor, known=", ".join(names))
    at = names.index(anchor) + (1 if after else 0)
    PASSES.insert(at, (name, each(fn) if per_candidate else fn))


def check_passes(names) -> frozenset:
    """The names as a set, or E105 for a name that is no pass."""
    known = pass_names()
    for n in names:
        if n not in known:
            raise WhimbrelError(E.E105, name=n, known=", ".join(known))
    return frozenset(names)


def active_passes(options: Options) -> list[tuple[str, Pass]]:
    off = check_passes(options.disabled_passes) if options.disabled_passes else frozenset()
    return [(n, fn) for n, fn in PASSES if n not in off]


def code_sentence(doc: Document, sent, options: Options, passes: list[tuple[str, Pass]] | None = None) -> list[Event]:
    """Every codable predicate of one parsed sentence as an Event that explains itself."""
    todo = active_passes(options) if passes is None else passes
    s = SentenceState(doc=doc, sent=sent, options=options)
    for _, fn in todo:
        fn(s)
    if s.deferred and not s.events and not s.implicit:
        # the main act a scene was set for, or a participle told more of, came to nothing (no
        # actor, no target): the deferred act is the sentence's news after all ("X and Y traded ...
        # after Z fired on W"; "filed a motion to censure X, accusing him of ...")
        s = SentenceState(doc=doc, sent=sent, options=options)
        for _, fn in [(n, fn) for n, fn in todo if n not in DEFERRING_PASSES]:
            fn(s)
    return s.events + s.implicit
