"""Actor stage: the hand-written actor gold (tests/gold/actors.yaml) and unit checks of the pieces."""
from __future__ import annotations

import re
from datetime import datetime

import pytest
import yaml

from conftest import GOLD_DIR

from whimbrel.actors import entities_for, resolve_actors
from whimbrel.actors.lexicon import get_lexicon, role_on
from whimbrel.actors.story import edit_distance
from whimbrel.model import Document, Sentence
from whimbrel.options import Options

GOLD = GOLD_DIR / "actors.yaml"
SAME = {"UNO": "IGO", "EUR": "IGO"}


def make_doc(nlp, sentences: list[str], pub: str = "2020-06-07", title: str | None = None) -> Document:
    body = " ".join(sentences)
    doc = Document(id="t", origin="t", body=body, pub_datetime=datetime.fromisoformat(pub), title=title)
    pos = 0
    for i, (text, sdoc) in enumerate(zip(sentences, nlp.pipe(sentences))):
        s = Sentence(seq=i, start=pos, end=pos + len(text), text=text, candidate=True)
        s.doc = sdoc
        doc.sentences.append(s)
        pos += len(text) + 1
    resolve_actors(doc, Options())
    return doc


def find_word(sentence: str, text: str) -> int:
    m = re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", sentence)
    return m.start() if m else -1


def span_tokens(sdoc, text: str) -> list[int]:
    k = find_word(sdoc.text, text)
    assert k >= 0, f"{text!r} not in {sdoc.text!r}"
    return [t.i for t in sdoc if k <= t.idx < k + len(text)]


def check_case(nlp, case) -> tuple[bool, str]:
    sentence, actor, code, sector = case[:4]
    pub = case[4] if len(case) > 4 else "2020-06-07"
    doc = make_doc(nlp, [sentence], pub)
    s = doc.sentences[0]
    toks = span_tokens(s.doc, actor)
    got = entities_for(doc, 0, toks)
    k = find_word(sentence, actor)
    got += [e for e in doc.entities if e.start < k + len(actor) and e.end > k]
    want_sector = None if sector is None else sector

    def ok(e):
        if SAME.get(e.code, e.code) != SAME.get(code, code) and e.code != code:
            return False
        return sector == "~skip" or e.sector == want_sector

    if any(ok(e) for e in got):
        return True, ""
    return False, f"{actor!r} in {sentence!r}: want {code} {sector}, got {[(e.code, e.sector) for e in got]}"


def test_actor_gold_rate(nlp):
    cases = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["cases"]
    assert len(cases) >= 400
    countries = {c[2] for c in cases if c[2] and len(c[2]) == 3 and c[2] not in ("IGO", "UNO", "EUR", "NGO", "IMG")}
    assert len(countries) >= 80
    fails = []
    for case in cases:
        good, msg = check_case(nlp, case)
        if not good:
            fails.append(msg)
    rate = 1 - len(fails) / len(cases)
    print(f"actor gold: {len(cases) - len(fails)}/{len(cases)} = {rate:.3f}")
    assert rate >= 0.95, f"actor gold {rate:.3f} < 0.95; failures:\n" + "\n".join(fails)


@pytest.mark.parametrize(
    "case",
    [
        ["Tehran and Baghdad have agreed to bolster defence cooperation.", "Tehran", "IRN", "GOV"],
        ["Senior Hungarian and Romanian officials met in Budapest.", "Romanian", "ROU", "GOV"],
        ["Israeli helicopters and tanks entered the camp.", "Israeli helicopters and tanks", "ISR", "MIL"],
        ["The US Defence Department announced the move.", "US Defence Department", "USA", "MIL"],
        ["Sudan's government accepted the proposal.", "Sudan's government", "SDN", "GOV"],
        ["Daesh claimed responsibility for the bombing.", "Daesh", "IMG", "REB"],
        ["Rebels seized the airport.", "Rebels", None, "REB"],
        ["Residents fled Mosul as the fighting spread.", "Mosul", "IRQ", "CVL"],
    ],
)
def test_key_cases(nlp, case):
    good, msg = check_case(nlp, case)
    assert good, msg


def test_compound_is_one_entity_per_conjunct(nlp):
    doc = make_doc(nlp, ["Tehran and Baghdad have agreed to cooperate."])
    sdoc = doc.sentences[0].doc
    subj = [t for t in sdoc if t.dep_ == "nsubj"][0]
    ents = entities_for(doc, 0, [t.i for t in subj.subtree])
    assert [(e.code, e.sector) for e in ents] == [("IRN", "GOV"), ("IRQ", "GOV")]
    doc = make_doc(nlp, ["Israeli helicopters and tanks entered the camp."])
    sdoc = doc.sentences[0].doc
    subj = [t for t in sdoc if t.dep_ == "nsubj"][0]
    assert [(e.code, e.sector) for e in entities_for(doc, 0, [t.i for t in subj.subtree])] == [("ISR", "MIL")]


def test_possessor_alone_names_the_state(nlp):
    doc = make_doc(nlp, ["Iran's security is at risk, the minister said."])
    ents = entities_for(doc, 0, [0])
    assert ents and ents[0].code == "IRN"


def test_congo_alone_is_the_drc_as_in_wire_style(nlp):
    """country_aliases.yaml not_name_of: AP style's "Congo" is Kinshasa's; the other one is named in full."""
    doc = make_doc(nlp, ["Congo's army attacked the town.", "The Republic of Congo's army left the town."])
    assert entities_for(doc, 0, [0])[0].code == "COD"
    assert entities_for(doc, 1, [0, 1, 2, 3])[0].code == "COG"


def test_story_links_surname_misspelling_and_role(nlp):
    doc = make_doc(nlp, [
        "Mohammad Baqeri, chairman of the Chiefs of Staff of the Iranian Armed Forces, told reporters on Sunday.",
        "Bageri made the announcement after meeting with Iraqi counterpart Othman al-Ghanimi in Tehran.",
        "The Iraqi commander pledged to cooperate, Ghanimi said.",
    ])
    by_text = {}
    for e in doc.entities:
        by_text.setdefault(e.entity_text, e)
    assert (by_text["Bageri"].code, by_text["Bageri"].sector) == ("IRN", "MIL")
    assert by_text["Bageri"].identifier_text == by_text["Mohammad Baqeri"].identifier_text
    assert (by_text["Ghanimi"].code, by_text["Ghanimi"].sector) == ("IRQ", "MIL")
    assert by_text["Iraqi commander"].identifier_text == by_text["Ghanimi"].identifier_text
    assert all(e.why for e in doc.entities)


def test_role_depends_on_story_date():
    lx = get_lexicon()
    putin = next(l for l in lx.index[("vladimir", "putin")] if l.kind == "person")
    assert role_on(putin, datetime(2020, 1, 1).date()).sector == "GOV"
    obama = next(l for l in lx.index[("barack", "obama")] if l.kind == "person")
    assert role_on(obama, datetime(2012, 1, 1).date()).sector == "GOV"
    assert role_on(obama, datetime(2020, 1, 1).date()).sector == "ELI"


def test_lexicon_case_rules():
    lx = get_lexicon()
    assert any(l.code == "USA" for _, _, ls in lx.scan(["US"]) for l in ls)
    assert not lx.scan(["us"])
    assert not any(l.code == "TUR" for _, _, ls in lx.scan(["turkey"]) for l in ls)


def test_edit_distance():
    assert edit_distance("bageri", "baqeri") == 1
    assert edit_distance("baqeri", "bagheri") == 2
    assert edit_distance("trump", "obama", limit=2) > 2


def test_every_state_has_a_name():
    lx = get_lexicon()
    assert len(lx.country_names) >= 195
    for code in ("KOS", "PSE", "HKG", "VAT", "SSD", "TWN"):
        assert code in lx.country_names
    # dependencies fold into their state (PLOVER)
    assert all(l.code == "GBR" for l in lx.index[("falkland", "islands")])


def test_possessor_alone_has_body_offsets_without_rescanning_sentences(nlp):
    """The modifier fallback places its entity in the body (from the sentence at its index, not a
    fresh seq -> sentence map per modifier)."""
    doc = make_doc(nlp, ["The talks ended.", "Iran's security is at risk, the minister said."])
    ents = entities_for(doc, 1, [0])
    assert [e.code for e in ents] == ["IRN"]
    for e in ents:
        assert e.start == doc.sentences[1].start and doc.body[e.start:e.end] == e.entity_text


def test_suppliers_and_contractors_are_business(nlp):
    """sectors.yaml BUS: a nationality before a business noun names a firm of that state, not the
    state ("a Japanese supplier", "a US defence contractor"), so dealings among firms stay
    non-political (events/political.yaml)."""
    for sentence, actor, code in (("Boeing awarded a contract to a Japanese supplier.", "Japanese supplier", "JPN"),
                                  ("A US defence contractor won the tender.", "US defence contractor", "USA"),
                                  ("Chinese carmakers cut prices in Europe.", "Chinese carmakers", "CHN")):
        good, msg = check_case(nlp, (sentence, actor, code, "BUS"))
        assert good, msg


def test_a_city_in_a_club_name_is_no_state(nlp):
    """mentions._place_in_club: "Manchester United", "Real Madrid" are clubs, not the city's state;
    the city alone, or its police, still are."""
    for sentence in ("Manchester United rejected a bid from Chelsea.", "Real Madrid rejected a bid from Chelsea."):
        assert [e.code for e in make_doc(nlp, [sentence]).entities if e.code] == [], sentence
    assert ("RUS", "GOV") in [(e.code, e.sector) for e in make_doc(nlp, ["Moscow rejected the proposal."]).entities]
    good, msg = check_case(nlp, ("Mexico City police arrested two men.", "Mexico City police", "MEX", "COP"))
    assert good, msg


def test_athletes_are_private_people(nlp):
    """sectors.yaml CVL: a nationality before an athlete names a person of that state, not the state."""
    good, msg = check_case(nlp, ("The Kenyan runner praised the crowd.", "Kenyan runner", "KEN", "CVL"))
    assert good, msg


def test_an_unparsed_sentence_naming_an_unlisted_person_codes(code_sentence):
    """unlisted.fill_unlisted: a sentence the pre-filter leaves unparsed has units from the word scan
    (a dictionary person whose dated roles do not hold on the day) and no parse; the story is coded,
    not rejected with E900 (two real news pages of the corpus hit this)."""
    doc = code_sentence("Police in Texas arrested two men in Houston on Monday. The US Justice Department said "
                        "the men were held in Dallas. Patrick Simmons played the guitar at the show in Austin.")
    assert [e.category for e in doc.events][:1] == ["COERCE"]


def test_a_name_before_state_or_province_is_a_place(nlp):
    """actors/places.gazetteer_atoms: "the Kogi state governor" is Nigeria's, whatever the NER calls
    "Kogi" (a state or province names no person)."""
    good, msg = check_case(nlp, ("Senator Dino Melaye accused the Kogi state governor of rigging the election.",
                                 "Kogi state governor", "NGA", "GOV"))
    assert good, msg
