"""The event coder's word lists and sector groups, loaded once from data/events/coder.yaml (and the
shared code groups of data/actors/code_sets.yaml): the passes test membership in these names, and
whoever tunes the vocabulary edits the data file, not the rules."""
from __future__ import annotations

from ..actors.codesets import NON_STATE_CODES
from ..data import load_yaml

_V = load_yaml("events/coder.yaml")

DOMESTIC_DEFAULT = frozenset(_V["domestic_default"])
DOMESTIC_GUESS = frozenset(_V["domestic_guess"])
GUESSED_RECIPIENT = "guessed recipient"  # the why of a guessed target: political.py does not count it
JOINT_CATEGORIES = frozenset(_V["joint_categories"])
MODE_SPLIT_CATEGORIES = frozenset(_V["mode_split_categories"])
EXCHANGE_VERBS = frozenset(_V["exchange_verbs"])
RECIPIENT_REQUIRED = frozenset(_V["recipient_required"])
RECIPIENT_REQUIRED_MODES = {k: frozenset(v) for k, v in _V["recipient_required_modes"].items()}
REPLY = {"categories": frozenset(_V["reply"]["categories"]), "nouns": frozenset(_V["reply"]["nouns"]),
         "lookback": int(_V["reply"]["lookback"]), "act_denials": frozenset(_V["reply"]["act_denials"])}
COUNTERPART = {"categories": frozenset(_V["counterpart"]["categories"]),
               "actor_sectors": frozenset(_V["counterpart"]["actor_sectors"]), "lookback": int(_V["counterpart"]["lookback"]),
               "objects": frozenset(_V["counterpart"]["objects"]),
               "setting_preps": frozenset(_V["counterpart"]["setting_preps"]),
               "sanction_objects": frozenset(_V["counterpart"]["sanction_objects"]),
               "third_party_acts": frozenset(_V["counterpart"]["third_party_acts"]),
               "third_party_lookback": int(_V["counterpart"]["third_party_lookback"])}
IMPRISONMENT = frozenset(_V["imprisonment"])
COURT_JAILING = frozenset(_V["court_jailing"])
RESCUE = {"triggers": frozenset(_V["rescue"]["triggers"]), "captive_words": frozenset(_V["rescue"]["captive_words"]),
          "sectors": frozenset(_V["rescue"]["sectors"]), "cameo": str(_V["rescue"]["cameo"])}
VERBAL_ATTACK = {k: frozenset(v) for k, v in _V["verbal_attack"].items()}
LABOUR_STRIKE = {k: frozenset(v) for k, v in _V["labour_strike"].items()}
STRIVING = {k: frozenset(v) for k, v in _V["striving"].items()}
STATE_PROTEST = [{**row, "sectors": frozenset(row["sectors"]), "modes": frozenset(row["modes"]), "cameo": str(row["cameo"])}
                 for row in _V["state_protest"]]
PROTEST_KEEPS = frozenset(_V["protest_keeps"])
ON_THE_SPOT_CATEGORIES = frozenset(_V["on_the_spot"]["categories"])
ON_THE_SPOT_SECTORS = frozenset(_V["on_the_spot"]["sectors"])
ON_THE_SPOT_VERBS = frozenset(_V["on_the_spot"]["verbs"])
STATELESS_VICTIMS = {k: frozenset(v) for k, v in _V["stateless_victims"].items()}
ATTRIBUTION = frozenset(_V["attribution"])
HOME_AUTHORITIES = frozenset(_V["home_authorities"])
CONDITION_MARKS = frozenset(_V["condition_marks"])
STATE_SECTORS = frozenset(_V["sectors"]["state"])
AUTHORITY = frozenset(_V["sectors"]["authority"])
NON_STATE_SECTORS = frozenset(_V["sectors"]["non_state"])
DOMESTIC_GROUPS = frozenset(_V["sectors"]["domestic_groups"])
FORCE_SECTORS = frozenset(_V["sectors"]["force"])
BACKGROUND_PREPS = frozenset(_V["background"]["preps"])
BACKGROUND_LEADS = frozenset(_V["background"]["leads"])
BACKGROUND_JOINS = frozenset(_V["background"]["joins"])
BACKGROUND_SPOKEN_IN = frozenset(_V["background"]["spoken_in"])
BACKGROUND_FRAMES = frozenset(_V["background"]["frames"])
FRAMEWORKS = frozenset(_V["background"]["frameworks"])
TEMPORAL_MARKS = frozenset(_V["background"]["temporal_marks"])
FRAME_MARKS = TEMPORAL_MARKS | frozenset(_V["background"]["frame_marks"])
TIME_SPANS = frozenset(_V["background"]["time_spans"])
IDENTIFYING_RELATIVES = frozenset(_V["background"]["identifying_relatives"])
LEAVING = frozenset(_V["background"]["leaving_categories"])

__all__ = ["NON_STATE_CODES", "DOMESTIC_DEFAULT", "DOMESTIC_GUESS", "GUESSED_RECIPIENT",
           "JOINT_CATEGORIES", "MODE_SPLIT_CATEGORIES", "EXCHANGE_VERBS", "RECIPIENT_REQUIRED", "RECIPIENT_REQUIRED_MODES", "REPLY", "IMPRISONMENT", "COURT_JAILING", "RESCUE", "VERBAL_ATTACK", "STATE_PROTEST", "PROTEST_KEEPS", "ON_THE_SPOT_CATEGORIES", "ON_THE_SPOT_SECTORS", "ON_THE_SPOT_VERBS", "STATELESS_VICTIMS", "ATTRIBUTION", "HOME_AUTHORITIES", "CONDITION_MARKS",
           "STATE_SECTORS", "AUTHORITY", "NON_STATE_SECTORS", "DOMESTIC_GROUPS", "FORCE_SECTORS",
           "BACKGROUND_PREPS", "BACKGROUND_LEADS", "BACKGROUND_JOINS", "BACKGROUND_SPOKEN_IN", "BACKGROUND_FRAMES", "FRAMEWORKS", "TEMPORAL_MARKS", "FRAME_MARKS", "TIME_SPANS",
           "IDENTIFYING_RELATIVES", "LEAVING", "words"]


def words(module: str, name: str):
    """One table of data/events/words.yaml: a list comes back as a frozenset, a mapping as a dict whose
    list values are tuples (the shapes the rules were written with)."""
    value = load_yaml("events/words.yaml")[module][name]
    if isinstance(value, list):
        return frozenset(value)
    return {k: tuple(v) if isinstance(v, list) else v for k, v in value.items()}
