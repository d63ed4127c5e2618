"""The state a body owned by "its" belongs to: "Its foreign ministry accused Chad of ...", after a
sentence about Sudan, is Sudan's ministry, whatever state the story is mostly about or the sentence
names. News copy opens a sentence with "its" for the subject of the sentence before ("Sudan recalled
its envoy. Its foreign ministry said ..."). Read by context.fill_generic before the story's states,
which would give the owned body the story's main state, often the party it faces."""
from __future__ import annotations

SUBJECT_DEPS = ("nsubj", "nsubjpass")
LOOKBACK = 2  # sentences back to the owner: "its" reaches past one sentence of detail, no further


def its_owned(x, u) -> bool:
    """Is the unit a subject whose head is owned by "its" ("Its foreign ministry said ...")? Only a
    subject: an owned object ("offered its troops to X") is the actor's own, which the recipient
    passes see through to the party the act is aimed at; coding it would make it the recipient."""
    if x.sdoc is None or x.sdoc[u.head].dep_ not in SUBJECT_DEPS:
        return False
    return any(c.dep_ == "poss" and c.lower_ == "its" for c in x.sdoc[u.head].children)


def _subject_states(x, before: int | None = None) -> list[str]:
    """The one code of each coded subject unit of a sentence (up to token ``before``), latest first."""
    if x.sdoc is None:
        return []
    out = []
    for v in x.units:
        if before is not None and v.start >= before:
            continue
        if v.codes and len(v.codes) == 1 and x.sdoc[v.head].dep_ in SUBJECT_DEPS:
            out.append((v.start, v.codes[0]))
    return [code for _, code in sorted(out, reverse=True)]


def owner_state(sents, at: int, u) -> str | None:
    """The state "its" stands for when the sentence names no subject before it ("Its foreign
    ministry said ..."): the subject of one of the sentences just before, the nearest first. An
    owner earlier in the same sentence ("Kenya said its police would ...") is the speaker, whom the
    event stage gives the owned body (events/places.infer_country), so none is given here."""
    if _subject_states(sents[at], before=u.start) or any(v.start < u.start and v.codes for v in sents[at].units):
        return None
    for back in range(1, LOOKBACK + 1):
        if at - back < 0:
            break
        found = _subject_states(sents[at - back])
        if found:
            return found[-1]  # the sentence's first subject: its main clause's
    return None
