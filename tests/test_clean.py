"""Clean stage: the example page against its gold, our own scraped pages, datelines, HTML."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from conftest import EXAMPLE_GOLD, EXAMPLE_TXT, need
from whimbrel.clean import clean_document
from whimbrel.clean.dateline import find_date, parse_date_value
from whimbrel.model import Document
from whimbrel.options import Options
from whimbrel.read import iter_documents

PAGES = Path(__file__).resolve().parent / "data" / "pages"
OPTS = Options()


def cleaned(path, options: Options = OPTS) -> Document:
    (doc,) = list(iter_documents([str(path)], options))
    clean_document(doc, options)
    return doc


def text_doc(raw: str, options: Options = OPTS, **meta) -> Document:
    doc = Document(id="t", origin="t", raw=raw, kind="text", **meta)
    clean_document(doc, options)
    return doc


# -- the shared example --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def example():
    gold = json.loads(need(EXAMPLE_GOLD).read_text(encoding="utf-8"))["document"]
    return cleaned(need(EXAMPLE_TXT)), gold


def test_example_metadata(example):
    doc, gold = example
    assert doc.pub_datetime.isoformat() == gold["publication_datetime"]
    assert doc.date_source == "dateline"
    assert doc.publisher == gold["publisher"]
    assert doc.section == gold["section"]
    assert doc.tags == gold["tags"]


def test_example_body(example):
    doc, gold = example
    assert doc.body.startswith(gold["body_starts_with"])
    assert doc.body.endswith(gold["body_ends_with"])
    for line in gold["boilerplate_lines_that_must_not_be_body"]:
        assert line not in doc.body
        assert any(line == b for b in doc.boilerplate), line
    lines = doc.body.split("\n")
    assert all(ln == ln.strip() and ln for ln in lines)  # one paragraph a line, no indentation
    assert "\u00a0" not in doc.body


def test_example_footnote_kept_in_meta(example):
    doc, _ = example
    (note,) = doc.meta["footnotes"]
    assert "Daesh (ISIL/ISIS/Islamic State)" in note
    assert note not in doc.body
    assert "Daesh*" not in doc.body and "against Daesh." in doc.body


# -- our own scraped pages in other sites' styles --------------------------------------------------
PAGE_EXPECT = {
    "wire-ankara-2021-06-14": dict(
        pub="2021-06-14T09:12:00+03:00", publisher="Reuters", section="Middle East", author="Ayla Demir",
        title="Turkey says it will press on with military operations in northern Iraq", tags=[],
        starts="Turkey will press ahead", ends="the defence ministry said.",
        not_body=["5 minute read", "Related Coverage", "Iraq summons Turkish envoy over deadly drone strike",
                  "Reporting by Ayla Demir", "Oil prices steady", "Our Standards"]),
    "broadcaster-gaza-2021-05-21": dict(
        pub="2021-05-21T00:00:00+00:00", publisher="Al Jazeera", section="Conflict", author=None,
        title="Israel and Hamas agree to Egypt-brokered ceasefire in Gaza", tags=[],
        starts="Israel and Hamas have agreed to a ceasefire", ends="root causes of the conflict.",
        not_body=["Also read", "Save articles", "Share on", "Mahmoud Ajjour", "Source: Al Jazeera"]),
    "cable-minneapolis-2020-06-07": dict(
        pub="2020-06-07T12:10:00-04:00", publisher="Cable News Network", section=None, author="Maria Lopez",
        title="Protesters and police clash in Minneapolis suburb for second night", tags=[],
        starts="(CNN) Hundreds of protesters", ends="a spokesman said.",
        not_body=["Video Ad Feedback", "Watch:", "02:14", "Most Read", "Stocks rally", "Warner Media"]),
    "regional-ceasefire-2022-03-15": dict(
        pub="2022-03-15T08:35:00+00:00", publisher="The Frontier Post", section="Asia", author="Sana Mir",
        title="India and Pakistan agree to restore ceasefire along Line of Control",
        tags=["India", "Pakistan", "Kashmir", "Line of Control", "ceasefire"],
        starts="New Delhi and Islamabad agreed on Tuesday", ends="collapsed within weeks.",
        not_body=["RELATED:", "Tags:", "newsletter", "Comments", "Rahul K says", "Amina B says", "Copyright"]),
}


@pytest.mark.parametrize("name", sorted(PAGE_EXPECT))
def test_scraped_pages(name):
    want = PAGE_EXPECT[name]
    doc = cleaned(PAGES / f"{name}.txt")
    assert doc.pub_datetime.isoformat() == want["pub"] and doc.date_source == "dateline"
    assert (doc.publisher, doc.section, doc.author, doc.title) == (want["publisher"], want["section"], want["author"], want["title"])
    assert doc.tags == want["tags"]
    assert doc.body.startswith(want["starts"]) and doc.body.endswith(want["ends"])
    if name.startswith("wire-"):  # the wire dateline is metadata, not body (issue 10 item 5)
        assert doc.meta["dateline_agency"] == "Reuters" and doc.meta["dateline_place"] == "ANKARA"
    for bit in want["not_body"]:
        assert bit not in doc.body, bit


def test_undated_page_uses_date_option_or_none():
    page = PAGES / "undated-flood-notice.txt"
    doc = cleaned(page)
    assert doc.pub_datetime is None and doc.date_source == "none"
    assert doc.body.startswith("Heavy monsoon rains") and "Menu" in doc.boilerplate
    when = datetime(2021, 7, 1, tzinfo=timezone.utc)
    doc = cleaned(page, Options(default_date=when))
    assert doc.pub_datetime == when and doc.date_source == "option"


def test_input_metadata_is_never_overridden():
    raw = (PAGES / "wire-ankara-2021-06-14.txt").read_text(encoding="utf-8")
    stated = datetime(2021, 6, 13, tzinfo=timezone.utc)
    doc = text_doc(raw, title="Stated title", publisher="Stated", pub_datetime=stated, date_source="input")
    assert (doc.title, doc.publisher, doc.pub_datetime, doc.date_source) == ("Stated title", "Stated", stated, "input")
    assert doc.section == "Middle East"  # not stated by the input: filled from the page


def test_clean_kind_keeps_raw():
    doc = Document(id="c", origin="c", raw="READ MORE: kept as given.\nSecond line", kind="clean")
    clean_document(doc, OPTS)
    assert doc.body == doc.raw and doc.boilerplate == []


def test_body_date_is_not_publication_date():
    doc = text_doc("Menu\nOn 1 May 2018, the US Defence Department announced it was disbanding the command structure in Iraq.\n"
                   "The decision followed a review of the mission ordered by the defence secretary last year.")
    assert doc.pub_datetime is None and doc.body.startswith("On 1 May 2018")


def test_comment_widget_sentences_after_stop_are_not_body():
    doc = text_doc("Sudan's army and the Rapid Support Forces agreed to a 72-hour truce on Monday, mediators said.\n"
                   "The truce followed talks in Jeddah hosted by Saudi Arabia and the United States.\n"
                   "Join the conversation\n"
                   "I think this ceasefire will not last longer than the previous ones, sadly for everyone.\n")
    assert doc.body.endswith("hosted by Saudi Arabia and the United States.")


def test_related_headline_run_and_promo_lines_are_boilerplate():
    doc = text_doc("Brazil's Senate approved the pension reform bill on Tuesday after months of debate, officials said.\n"
                   "See also: Brazil's pension overhaul explained\n"
                   "The bill is expected to save about 800 billion reais over a decade, the economy ministry said.\n"
                   "Bolsonaro Hails Senate Vote as Historic Victory\n"
                   "Markets Rally on Reform Hopes in Sao Paulo\n"
                   "Unions Call General Strike Against Pension Changes\n")
    assert doc.body.count("\n") == 1
    assert "Unions Call General Strike Against Pension Changes" in doc.boilerplate


# -- datelines ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, iso", [
    ("04:55 GMT07 June 2020", "2020-06-07T04:55:00+00:00"),
    ("Published: 7 June 2020 04:55 UTC", "2020-06-07T04:55:00+00:00"),
    ("June 7, 2020 | 4:55 AM", "2020-06-07T04:55:00+00:00"),
    ("2020-06-07T04:55:00Z", "2020-06-07T04:55:00+00:00"),
    ("Updated 12:10 EDT, Sun June 7, 2020", "2020-06-07T12:10:00-04:00"),
    ("Jun 7 2020 4:55pm ET", "2020-06-07T16:55:00-04:00"),
    ("Dec 7 2020 4:55pm ET", "2020-12-07T16:55:00-05:00"),
    ("07.06.2020 04:55 MSK", "2020-06-07T04:55:00+03:00"),
    ("Posted on 7th June 2020 at 10:30 BST", "2020-06-07T10:30:00+01:00"),
    ("Sunday, 7 June 2020, 0455 GMT", "2020-06-07T04:55:00+00:00"),
    ("7 June 2020 (GMT+3) 14:20", "2020-06-07T14:20:00+03:00"),
    ("2020-06-07 04:55 +05:30", "2020-06-07T04:55:00+05:30"),
    ("12/31/2020 11:00 PM", "2020-12-31T23:00:00+00:00"),
])
def test_datelines(text, iso):
    found = find_date(text)
    assert found is not None and found.dt.isoformat() == iso


@pytest.mark.parametrize("text", ["© 2020 Sputnik", "Middle East", "16 Years Later, Legacy of US War", "31 February 2020"])
def test_not_datelines(text):
    assert find_date(text) is None


def test_date_value_forms():
    assert parse_date_value("2020-06-07") == (datetime(2020, 6, 7, tzinfo=timezone.utc), "day")
    dt, _ = parse_date_value("2020-06-07T04:55:00+03:00")
    assert dt.utcoffset() == timedelta(hours=3)
    assert parse_date_value("7 juin 2020")[0].date().isoformat() == "2020-06-07"  # dateparser fallback
    assert parse_date_value("sometime soon") is None


# -- HTML ----------------------------------------------------------------------------------------------
ARTICLE = "".join(f"<p>{s}</p>" for s in [
    "Ethiopia and Egypt resumed talks on the Grand Ethiopian Renaissance Dam on Tuesday, the foreign ministries said.",
    "READ MORE: Nile dam dispute explained in five charts",
    "The African Union has mediated the negotiations since last year, when talks broke down over filling schedules.",
    "Egypt's foreign minister said Cairo would not accept any unilateral action that threatened its water supply.",
    "Sudan joined the meeting by video link and called for a legally binding agreement on the dam's operation.",
])


def html_page(head: str = "", extra: str = "") -> str:
    return (f"<html><head><title>Nile talks resume</title>{head}</head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>Nile talks resume</h1>{ARTICLE}{extra}</article>"
            "<footer><p>Copyright 2021 Example Media. All rights reserved.</p></footer></body></html>")


def test_html_body_metadata_and_promo_filter():
    head = ('<meta property="article:published_time" content="2021-04-06T09:30:00+02:00">'
            '<meta property="og:site_name" content="Example Media"><meta name="keywords" content="Nile, dam, Egypt">')
    doc = Document(id="h", origin="h", raw=html_page(head), kind="html")
    clean_document(doc, OPTS)
    assert doc.body.startswith("Ethiopia and Egypt resumed talks")
    assert "READ MORE" not in doc.body and any(b.startswith("READ MORE") for b in doc.boilerplate)
    assert "Nile talks resume" not in doc.body.split("\n")[0]
    assert doc.title == "Nile talks resume" and doc.publisher == "Example Media"
    assert doc.tags == ["Nile", "dam", "Egypt"]
    assert doc.date_source == "html-meta"
    assert doc.pub_datetime.date().isoformat() == "2021-04-06"


@pytest.mark.parametrize("line, cut", [
    ("Police fired tear gas at the crowd. Top stories The council voted on a new budget.", 36),
    ("The talks ended late. \u201cWe are done.\u201d More from Reuters The markets fell again.", 37),
    # not headings: lower-case, a following lower-case word, a one-word phrase, no sentence end
    ("Police fired tear gas. top stories The council voted.", None),
    ("Readers were asked to leave comments. Leave a comment and tell us.", None),
    ("The minister left. Comments The council voted.", None),
    ("The list of top stories The Times ran was long.", None),
])
def test_stop_heading_run_into_a_paragraph_ends_it(line, cut):
    from whimbrel.clean.cues import cues
    assert cues().inline_stop(line) == cut


def test_html_reader_favourites_run_into_the_last_paragraph_are_boilerplate():
    extra = ("<p>The ministers will meet again in May. Top stories The House voted Tuesday on a bill about "
             "Armenia. Armenia was named a popular destination.</p>")
    doc = Document(id="h", origin="h", raw=html_page(extra=extra), kind="html")
    clean_document(doc, OPTS)
    assert doc.body.endswith("The ministers will meet again in May.")
    assert "Armenia" not in doc.body and any(b.startswith("Top stories The House") for b in doc.boilerplate)


def test_html_without_stated_date_has_none():
    extra = "<p>On 1 May 2018, the three countries signed a declaration of principles on the dam in Khartoum.</p>"
    doc = Document(id="h", origin="h", raw=html_page(extra=extra), kind="html")
    clean_document(doc, OPTS)
    assert doc.pub_datetime is None and doc.date_source == "none"


def test_html_comments_are_not_body():
    comments = ('<div class="comments" id="comments"><h3>Comments</h3><div class="comment"><p>This dam will cause a war, '
                'mark my words, nobody is listening to the farmers downstream.</p></div></div>')
    page = html_page().replace("</article>", f"</article>{comments}")
    doc = Document(id="h", origin="h", raw=page, kind="html")
    clean_document(doc, OPTS)
    assert "mark my words" not in doc.body


def test_html_publication_time_and_zone_from_meta():
    from datetime import datetime, timedelta, timezone

    from whimbrel.model import Document
    from whimbrel.options import Options
    from whimbrel.clean import clean_document

    para = "<p>" + "Officials in the capital said the talks with the rebels would resume next week after a pause. " * 3 + "</p>"
    page = ('<html><head><title>Talks resume</title>'
            '<meta content="2022-09-21T18:05:00-05:00" property="article:published_time">'
            f'</head><body><article><h1>Talks resume</h1>{para}{para}</article></body></html>')
    doc = Document(id="p", origin="p", raw=page, kind="html")
    clean_document(doc, Options())
    assert doc.date_source == "html-meta"
    assert doc.pub_datetime == datetime(2022, 9, 21, 18, 5, tzinfo=timezone(timedelta(hours=-5)))


def test_a_short_text_of_short_sentences_keeps_them():
    from whimbrel.model import Document
    from whimbrel.options import Options
    from whimbrel.clean import clean_document

    doc = Document(id="s", origin="s", raw="\ufeffIran attacked Iraq.\nKenya protested.\nMenu\n", kind="text")
    clean_document(doc, Options())
    assert doc.body == "Iran attacked Iraq.\nKenya protested."
    assert doc.boilerplate == ["Menu"]


def test_a_capitalised_sentence_alone_is_the_body():
    """A text of one sentence whose long words are capitalised ("The Commerce Department
    blacklisted Huawei in May.") reads as a headline line; with no other sentence it is the text
    itself, not an empty page (E004). A page with a body keeps its headline out."""
    from whimbrel.model import Document
    from whimbrel.options import Options
    from whimbrel.clean import clean_document

    for text in ("The Commerce Department blacklisted Huawei in May.",
                 "Russia cut off gas supplies to Bulgaria and Poland."):
        doc = Document(id="s", origin="s", raw=text + "\n", kind="text")
        clean_document(doc, Options())
        assert doc.body == text
    page = ("Russia Cuts Gas Supplies To Bulgaria And Poland.\n\n"
            "Russia's state energy company halted gas deliveries to Bulgaria and Poland on Wednesday, "
            "officials in both countries said.\n")
    doc = Document(id="p", origin="p", raw=page, kind="text")
    clean_document(doc, Options())
    assert doc.body.startswith("Russia's state energy company")


# -- issue 10 item 5: wire datelines are metadata -------------------------------------------------
def _datelines():
    import yaml

    from conftest import GOLD_DIR

    return yaml.safe_load((GOLD_DIR / "dates.yaml").read_text("utf-8"))["datelines"]


@pytest.mark.parametrize("case", _datelines(), ids=lambda c: c["line"][:24])
def test_wire_dateline_split(case):
    from datetime import date

    from whimbrel.clean.wire import split_wire_dateline

    found, rest = split_wire_dateline(case["line"], date.fromisoformat(case["pub"]))
    if case["place"] is None:
        assert found is None and rest == case["line"]
        return
    assert (found.place, found.date, found.agency, rest) == (case["place"], case["date"], case["agency"], case["rest"])


def test_dateline_is_metadata_not_body():
    """Through the cleaner: the dateline leaves the body and lands in meta (where.py reads the place)."""
    from whimbrel.clean import clean_document
    from whimbrel.model import Document
    from whimbrel.options import Options

    text = "KHARTOUM, April 16 (Reuters) - Heavy gunfire rang out across the capital for a second day."
    doc = Document(id="d", origin="d", raw=text, kind="clean")
    doc.pub_datetime = datetime(2023, 4, 16, 9, 0, tzinfo=timezone.utc)
    clean_document(doc, Options())
    assert doc.body.startswith("Heavy gunfire")
    assert doc.meta["dateline_place"] == "KHARTOUM" and doc.meta["dateline_date"] == "2023-04-16"
    assert doc.meta["dateline_agency"] == "Reuters"


@pytest.mark.parametrize("line, agency, rest", [
    ("(Reuters) - Police in Lagos arrested two men on Friday.", "Reuters", "Police in Lagos arrested two men on Friday."),
    ("(AP) — The senate passed the bill.", "AP", "The senate passed the bill."),
    ("(CNN) -- Protesters gathered outside the ministry.", "CNN", "Protesters gathered outside the ministry."),
])
def test_agency_only_dateline_is_metadata(line, agency, rest):
    """A wire lead with no city ("(Reuters) -") is metadata too, and the sentence after it is a
    news sentence, not a photo credit line."""
    from whimbrel.clean.wire import split_wire_dateline
    from whimbrel.events.discard import not_a_sentence

    found, after = split_wire_dateline(line)
    assert (found.place, found.agency, after) == (None, agency, rest)
    assert not_a_sentence(line) is None
    for credit in ("(AP Photo/Jane Doe)", "Reuters/John Roe", "(Reuters)"):
        assert not_a_sentence(credit) == "boilerplate line"


def test_agency_only_dateline_leaves_no_place():
    from whimbrel.clean import clean_document
    from whimbrel.model import Document
    from whimbrel.options import Options

    doc = Document(id="d", origin="d", raw="(Reuters) - Heavy gunfire rang out across the capital.", kind="clean")
    clean_document(doc, Options())
    assert doc.body.startswith("Heavy gunfire")
    assert doc.meta["dateline_agency"] == "Reuters" and "dateline_place" not in doc.meta


def test_abbreviations_do_not_end_sentences():
    """Ranks, titles and state labels of the AP style (data/clean/abbreviations.yaml) stay inside
    their sentence, in the splitter and in the lexicon's tokens alike."""
    from whimbrel.actors.lexicon import tokenize
    from whimbrel.nlp import get_splitter

    splitter = get_splitter()
    for text in ("Lt. Col. Jane Roe told lawmakers she had reported the call.",
                 "In May, Rep. John Doe, R-W.Va., visited the border and called for more agents.",
                 "Capt. Ann Poe and Sgt. Tom Loe led the raid on Oak Ave. early on Monday."):
        assert [s.text for s in splitter(text).sents] == [text]
    assert tokenize("Lt. Col. Jane Roe") == ["Lt.", "Col.", "Jane", "Roe"]
    # a sentence still ends at a plain full stop
    assert len(list(splitter("Police arrested him. He was freed on Monday.").sents)) == 2


def test_a_hover_card_inside_a_paragraph_is_not_body():
    """cues.yaml hover_card_classes: the card a site shows on hovering a linked name (photo, name,
    latest headlines) sits inside the paragraph; its text is pruned, the linked name is kept."""
    card = ('<p>Lawmakers in Addis Ababa praised Rep. <span class="rollover-people"><a href="/people/x">Jane '
            'Doe</a><span class="rollover-people-block"><a class="name" href="/people/x">Jane Doe</a>'
            '<a href="/news/1">Budget talks stall as senators trade blame</a></span></span> for her role in '
            'the talks.</p>')
    doc = Document(id="h", origin="h", raw=html_page(extra=card), kind="html")
    clean_document(doc, OPTS)
    assert "praised Rep. Jane Doe for her role" in doc.body
    assert "Budget talks stall" not in doc.body and "Jane DoeJane Doe" not in doc.body


def test_a_sentence_dense_with_names_is_no_headline():
    """clean.text._title_case: a line longer than a headline counts as title case only when every
    long word is capitalised; a news sentence naming leaders and places keeps its verbs in lower case."""
    doc = text_doc("Kyiv condemned the visit on Saturday, officials said, after days of talks in Brussels.\n"
                   "Hungarian Prime Minister Viktor Orban, who has opposed European Union military aid to Kyiv, "
                   "met Russian President Vladimir Putin in Moscow on Friday.\n"
                   "The meeting drew criticism from other European leaders, who called it a betrayal.\n")
    assert "met Russian President Vladimir Putin in Moscow on Friday." in doc.body
    # a short headline in title case stays out of the body
    doc = text_doc("Orban Meets Putin In Moscow Despite European Anger\n"
                   "Hungarian Prime Minister Viktor Orban met Russian President Vladimir Putin in Moscow on Friday, "
                   "drawing criticism from other European leaders.\n")
    assert not doc.body.startswith("Orban Meets")


def test_a_short_sentence_with_a_full_stop_is_no_headline():
    """clean.text._title_case: a headline has no full stop, so a line with one counts as title case
    only when every long word is capitalised."""
    doc = text_doc("Secretary of State Antony Blinken arrived in Cairo on Monday.\n"
                   "He met Egyptian President Abdel Fattah al-Sisi to discuss a ceasefire, officials said.\n")
    assert doc.body.startswith("Secretary of State Antony Blinken arrived in Cairo on Monday.")
