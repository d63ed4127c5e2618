"""The PETRARCH2 dictionaries (converted by tools/convert_petrarch.py) added to the actor lexicon.

Why a separate layer after the hand lexicons: the hand entries were checked against the gold and
the PLOVER manual; the converted ones are many (28,000 dated roles, 7,000 organisations, 1,000 armed
groups, 5,000 agent forms) but coded for CAMEO and last updated in 2014. So a converted entry is
added only where no hand entry already claims the same words: the hand entry wins, and the number of
converted entries so overridden is logged (debug) and kept in ``Lexicon.petrarch_stats``.

Precision rules (the converter already dropped one-word names that are English words):
* a converted person is matched by a name of two words or more only, and never enters the surname
  table, so "Blair" alone is Tony Blair only after "Tony Blair" appeared in the story (story.py links
  a later surname to a full name of the same story);
* a person's role is the one valid on the story's date (``lexicon.role_on``); PETRARCH's undated
  default role (usually ELI, former official) applies when no dated one does; with neither, the
  person has no code from the list (the lists cover some years only: a Japanese envoy of 2005 may
  have been a UN official in 2003), so the sentence's apposition or title decides.

Which parts load is a data decision measured on the gold sets (see docs or the branch note):
``WHIMBREL_PETRARCH`` (comma-separated parts, or "none") overrides the default for measuring.
"""
from __future__ import annotations

import logging
import os

from ..data import load_yaml, read_tsv
from .lexicon import AGENT, ORG, PERSON, Lex, Lexicon, Role, _date, _end_date

log = logging.getLogger(__name__)

PARTS = ("people", "igo", "ngo", "mnc", "armed", "agents", "verbs", "verbs-block", "patterns",
         "patterns-all")  # verbs, patterns: events/lexicon.py


def enabled_parts() -> frozenset[str]:
    """The parts to load: WHIMBREL_PETRARCH if set, else the measured default in petrarch.yaml."""
    env = os.environ.get("WHIMBREL_PETRARCH")
    if env is not None:
        return frozenset(p.strip() for p in env.split(",") if p.strip() in PARTS)
    return frozenset(load_yaml("actors/petrarch.yaml").get("enabled") or [])


def add_petrarch(lx: Lexicon, tokenize) -> None:
    """Add the enabled converted parts to a lexicon that already holds the hand entries."""
    parts = enabled_parts()
    if not parts:
        return
    hand = set(lx.index)  # every key a hand entry claims
    stats = {"added": 0, "overridden": 0}
    key = lambda a: tuple(t.lower() for t in tokenize(a[4:] if a.lower().startswith("the ") else a))
    if "people" in parts:
        _people(lx, tokenize, hand, key, stats)
    orgs = {"igo", "ngo", "mnc"} & parts
    if orgs:
        _orgs(lx, tokenize, "actors/petrarch_orgs.tsv", orgs | {"state"}, hand, key, stats)
    if "armed" in parts:
        _orgs(lx, tokenize, "actors/petrarch_armed.tsv", None, hand, key, stats)
    if "agents" in parts:
        for _, row in read_tsv("actors/petrarch_agents.tsv"):
            if key(row["word"]) in hand:
                stats["overridden"] += 1
                continue
            lx.add(row["word"], Lex(AGENT, None, row["sector"], row["word"], f"agent:{row['word']}->{row['sector']} (petrarch)"), tokenize)
            stats["added"] += 1
    lx.petrarch_stats = stats
    log.debug("petrarch dictionaries: %s entries added, %s left to the hand lexicons", stats["added"], stats["overridden"])


def _people(lx: Lexicon, tokenize, hand: set, key, stats: dict) -> None:
    """Dated people, one per name: skipped whole when a hand entry claims any of their names."""
    people: dict[str, dict] = {}
    for _, row in read_tsv("actors/petrarch_people.tsv"):
        p = people.setdefault(row["name"], {"aliases": [a for a in row["aliases"].split(";") if a], "roles": []})
        p["roles"].append(Role(row["code"] or None, row["sector"] or None, _date(row["start"]), _end_date(row["end"]), row["title"] or ""))
    for name, p in people.items():
        names = [name] + p["aliases"]
        if any(key(n) in hand for n in names):
            stats["overridden"] += 1
            continue
        roles = tuple(sorted(p["roles"], key=lambda r: r.start.isoformat() if r.start else ""))
        # no code of its own: outside its dated roles the text (an apposition, a title) decides
        lex = Lex(PERSON, None, None, name, f"person:{name} (petrarch)", roles=roles, dated_only=True)
        for n in names:
            if len(n.split()) >= 2:
                lx.add(n, lex, tokenize)
        stats["added"] += 1


def _orgs(lx: Lexicon, tokenize, name: str, kinds, hand: set, key, stats: dict) -> None:
    """Organisations or armed groups; an alias a hand entry claims is left to the hand entry."""
    for _, row in read_tsv(name):
        if kinds is not None and row["kind"] not in kinds:
            continue
        names = [row["name"]] + [a for a in row["aliases"].split(";") if a]
        if key(row["name"]) in hand:
            stats["overridden"] += 1
            continue
        lex = Lex(ORG, row["code"] or None, row["sector"] or None, row["name"], f"org:{row['name']} (petrarch)")
        for n in names:
            if key(n) not in hand:
                lx.add(n, lex, tokenize)
        stats["added"] += 1
