"""The code and sector groups every actor and event rule shares, loaded from
data/actors/code_sets.yaml: one definition, so that "not a state" means the same in the actor
stage, the event coder and the scorer (they used to hold five copies that could drift apart)."""
from __future__ import annotations

from ..data import load_yaml

_SETS = load_yaml("actors/code_sets.yaml")

NON_STATE_CODES: frozenset[str] = frozenset(_SETS["non_state_codes"])
IGO_FAMILY: frozenset[str] = frozenset(_SETS["igo_family"])
POLICE_OR_MILITARY: frozenset[str] = frozenset(_SETS["police_or_military"])
QUANTITY_NOUNS: frozenset[str] = frozenset(_SETS["quantity_nouns"])
LOCAL_SECTORS: frozenset[str] = frozenset(_SETS["local_sectors"])
STORY_EXCLUDE: frozenset[str] = frozenset(_SETS["story_exclude"])
OUTWARD_TITLES: frozenset[str] = frozenset(_SETS["outward_titles"])
SOLE_STATE_SECTORS: frozenset[str] = frozenset(_SETS["sole_state_sectors"])
STATE_BODY_SECTORS: frozenset[str] = frozenset(_SETS["state_body_sectors"])
HOME_INSTITUTIONS: frozenset[str] = frozenset(_SETS["home_institutions"])
LOCAL_BODIES: frozenset[str] = frozenset(_SETS["local_bodies"])
INDEFINITE_BODIES: frozenset[str] = frozenset(_SETS["indefinite_bodies"])
LOCATIVE_PREPS: frozenset[str] = frozenset(_SETS["locative_preps"])
DOER_ACT_NOUNS: frozenset[str] = frozenset(_SETS["doer_act_nouns"])
NOT_HOME_PREPS: frozenset[str] = frozenset(_SETS["not_home_preps"])
VENUE_NOUNS: frozenset[str] = frozenset(_SETS["venue_nouns"])
INTERNATIONAL_WORDS: frozenset[str] = frozenset(_SETS["international_words"])
FOREIGN_WORDS: frozenset[str] = frozenset(_SETS["foreign_words"])
DIVIDED_HALVES: dict[str, str] = dict(_SETS["divided_halves"])  # "north" -> "North Korea"
REGIONAL_WORDS: frozenset[str] = frozenset(_SETS["regional_words"])
INTERNATIONAL_CODES: dict[str, str] = {**{s: "IGO" for s in _SETS["international_igo_sectors"]},
                                       **{s: "NGO" for s in _SETS["international_ngo_sectors"]}}
SHARED_NAME_HOMES: dict[str, str] = dict(_SETS["shared_names"])  # name -> the state the lexicons give it
SHARED_NAME_STATES: frozenset[str] = frozenset(SHARED_NAME_HOMES.values())
SHARED_NAME_MEMBERS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _SETS["shared_name_members"].items()}
STATE_GROUPS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _SETS["state_groups"].items()}
PLACE_NAMED_NOUNS: frozenset[str] = frozenset(_SETS["place_named_nouns"])
SETTLEMENT_NOUNS: frozenset[str] = frozenset(_SETS["settlement_nouns"])
CLUB_WORDS_AFTER: frozenset[str] = frozenset(_SETS["club_words_after"])
CLUB_WORDS_BEFORE: frozenset[str] = frozenset(_SETS["club_words_before"])
FEATURE_WORDS_BEFORE: frozenset[str] = frozenset(_SETS["feature_words_before"])
FEATURE_WORDS_OF: frozenset[str] = frozenset(_SETS["feature_words_of"])
FEATURE_WORDS_AFTER: frozenset[str] = frozenset(_SETS["feature_words_after"])
SITED_BODIES: frozenset[str] = frozenset(_SETS["sited_bodies"])
SENT_BODIES: frozenset[str] = frozenset(_SETS["sent_bodies"])
