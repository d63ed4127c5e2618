"""Units that stand for several states or for none: a pair ("both countries", "the two
governments"), resolved against the story in story.py, and a body named by its kind with
"international" ("an international court", "international aid groups"). Split from mentions.py,
which builds the units these mark."""
from __future__ import annotations

from .codesets import FOREIGN_WORDS, INTERNATIONAL_CODES, INTERNATIONAL_WORDS, STATE_GROUPS
from .units import Unit

GROUP_LAST_WORDS = frozenset(name.split()[-1] for name in STATE_GROUPS)  # a group's name ends in one


PAIR_WORDS = {"countries": None, "nations": None, "states": None, "neighbours": None, "neighbors": None,
              "governments": "GOV", "capitals": "GOV"}


def international_bodies(sdoc, units: dict[int, Unit]) -> None:
    """A body named by its kind with "international" ("an international court sitting in Geneva",
    "international aid groups") belongs to no state, so neither its of-phrase nor the place
    or story context gives it one: IGO or NGO by its sector (code_sets.yaml). Read sets: a tribunal
    in The Hague coded Dutch twice (CAMEO probe, blind 1), an international armed force dropped."""
    for u in units.values():
        code = INTERNATIONAL_CODES.get(u.sector or "")
        if u.codes or code is None or u.kind != "agent":
            continue
        kinds = INTERNATIONAL_WORDS | (FOREIGN_WORDS if code == "NGO" else frozenset())
        if any(t.lower_ in kinds and t.dep_ in ("amod", "compound") for t in sdoc[u.start:u.end]):
            u.codes = [code]
            u.why.append(f"international body: {code}")


def mark_pairs(sdoc, units: dict[int, Unit]) -> None:
    """'both countries', 'the two governments': one actor per state of the pair, resolved against
    the story in story.py (vague until then: dropped if the story names no two states)."""
    for t in sdoc:
        low = t.lower_
        if low not in PAIR_WORDS or not any(c.lower_ in ("two", "both") for c in t.children):
            continue
        u = units.get(t.i)
        if u is None:
            u = units[t.i] = Unit(head=t.i, start=t.left_edge.i, end=t.i + 1, kind="agent" if PAIR_WORDS[low] else "country",
                                  sector=PAIR_WORDS[low], why=["pair: " + low])
        if not u.codes:
            u.pair, u.vague = True, True


def state_groups(sdoc, units: dict[int, Unit]) -> None:
    """A group of states named as one ("the E3", "the three European powers", "the Baltic states";
    code_sets.yaml state_groups): one actor per member state, their governments."""
    for t in sdoc:
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        if t.lower_ not in GROUP_LAST_WORDS and t.dep_ != "det" and not t.is_punct:
            continue  # the name would end in this word, and no group's name does (speed: 3% of make bench)
        words = [w for w in sdoc[t.left_edge.i:t.i + 1] if w.dep_ != "det" and not w.is_punct]
        name = " ".join(w.lower_ for w in words)
        codes = STATE_GROUPS.get(name)
        if codes is None:
            continue
        units[t.i] = Unit(head=t.i, start=words[0].i, end=t.i + 1, kind="agent", codes=list(codes), sector="GOV",
                          why=[f"a group of states: {name}"])
