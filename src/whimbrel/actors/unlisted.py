"""Named people and organisations no list knows: the state and sector the story gives them
(context.fill_generic calls fill_unlisted first, before generic agents are placed).

Why a module of its own: the rules for unlisted names (a person is CVL, an organisation BUS unless
its head word names a state or political body) are a step apart from placing titled people and
generic agents, and context.py had grown past the size one reads at once.
"""
from __future__ import annotations

from .context import gazetteer_state
from .titles import _sector_table

UNLISTED_KINDS = ("person", "org")
# PLOVER sectors: CVL for individuals with no office the text states; BUS for an organisation the
# lists lack, which in news is mostly a company (agencies and parties are in the lists). Measured on
# news train/dev: unlisted ORG names add train all-event recall 0.133 -> 0.140, dev 0.104 -> 0.120,
# with no more extra events.
UNLISTED_SECTOR = {"person": "CVL", "org": "BUS"}
UNLISTED_ORG_ENTS = ("ORG", "PRODUCT")


def _place_name(x, u) -> bool:
    """The unit's words name a place the gazetteer knows ("Dayton", "Marion"): the small model
    tags some towns PERSON or ORG, and a town is not an actor."""
    text = x.sdoc[u.start:u.end].text if x.sdoc is not None else (u.identifier or "")
    return bool(text) and gazetteer_state(text) is not None


def _official_body(x, u) -> bool:
    """An unlisted organisation named by a state body's head word ("the Department of Foreign
    Affairs", "the Bureau of Immigration"): sectors.yaml official_body_heads."""
    return u.kind == "org" and x.sdoc is not None and x.sdoc[u.head].lower_ in _sector_table("official_body_heads")


def fill_unlisted(sents, dominant: str | None, dateline: str | None = None) -> None:
    """A named person or organisation (spaCy's PERSON and ORG) no list knows, with no title,
    nationality or place to go on, takes the story's dominant state (the strong test: no second state named half as often):
    a story about one country quotes and names mostly that country's people. The sector is CVL,
    a person with no office the text states, so the political filter keeps their events only with
    a political party or act. Measured on news train/dev: train all-event recall 0.091 -> 0.112
    for 4 more extra events in 75 pages; dev extras 0.81 -> 0.77 per page (with no sector, the
    same names gave twice the extras and doubled the false alarms). With no dominant state, an
    unlisted state body takes the state of the story's dateline ("MANILA (AP) - The Department of
    Foreign Affairs said ..."): wire copy names the home state's bodies bare."""
    if not (dominant or dateline):
        return
    for x in sents:
        for u in x.units:
            if u.kind == "" and x.sdoc is not None and x.sdoc[u.head].ent_type_ in UNLISTED_ORG_ENTS and not u.codes:
                u.kind = "org"  # a name spaCy calls an organisation that no list holds (a start-up)
                u.identifier = x.sdoc[u.start:u.end].text
            if u.kind in UNLISTED_KINDS and not u.codes and u.sector is None and not u.pair \
                    and not _place_name(x, u):
                state = dominant or (dateline if _official_body(x, u) else None)
                if not state:
                    continue
                u.codes = [state]
                u.sector = u.office or UNLISTED_SECTOR[u.kind]  # "X, the director of the Department of Y": GOV
                if _official_body(x, u):
                    u.sector = "GOV"  # "the Department of Homeland Security": a state body, no company
                political = _sector_table("political_body_heads")
                if u.kind == "org" and x.sdoc is not None and x.sdoc[u.head].lower_ in political:
                    u.sector = political[x.sdoc[u.head].lower_]  # "the Sidama Liberation Movement": OPP
                titles = _sector_table("state_titles")
                # an unparsed sentence (no sdoc) has units from the word scan only: no title to read
                span = x.sdoc[u.start:u.end] if x.sdoc is not None else ()
                word = next((t.text for t in span if t.text in titles), None)
                if word and state in titles[word]:  # "MCA X" in a Kenyan story: a county assembly member
                    u.sector = titles[word][state]
                    u.why.append(f"{word}: a title of {state}")
                u.why.append(f"unlisted name, story context: {state}" if dominant else
                             f"unlisted state body, the dateline's state: {state}")
