"""Roundups: items headed by the state they are about ("SERBIA: Students blocked ...").

A wire or weekly roundup strings short items from several states together, each opening with its
state's name in capitals and a colon. The item's bare bodies ("the president", "police", "the coast
guard") are that state's, as a dateline's are, though the story as a whole is about no one state (or
about the first item's). The header is a label, not a party: its unit is dropped, so that "SERBIA"
is not the target of the item's first act.
"""
from __future__ import annotations

import re

HEADER = re.compile(r"^([A-Z][A-Z'.-]*(?: [A-Z][A-Z'.-]*){0,3}):\s+\S")
MIN_HEADERS = 2  # one capitalised label is a kicker ("ANALYSIS:"), not a roundup


def item_states(doc, sents) -> list[str | None]:
    """Per sentence, the state of the roundup item it belongs to (None outside any item); the
    header's unit is removed from its sentence."""
    headed: dict[int, str] = {}
    for s, x in zip(doc.sentences, sents):
        m = HEADER.match(s.text)
        if not m:
            continue
        end = m.end(1)  # offsets are the sentence's own
        label = [u for u in x.units if u.codes and len(u.codes) == 1 and u.end <= len(x.offsets)
                 and x.offsets[u.end - 1][1] <= end]
        if len(label) == 1:
            headed[s.seq] = label[0].codes[0]
            x.drop_unit(label[0])
    if len(headed) < MIN_HEADERS:
        return [None] * len(sents)
    out, current = [], None
    for s in doc.sentences:
        current = headed.get(s.seq, current)
        out.append(current)
    return out
