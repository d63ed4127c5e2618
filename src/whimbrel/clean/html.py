"""HTML pages: trafilatura finds the article and its metadata; we filter what it lets through.

trafilatura is the best-measured extractor on the 181-page benchmark (FIELD-NOTES.md), so we use it
rather than write our own. Settings and why:

- ``include_comments=False``: it keeps reader comments otherwise.
- ``date_extraction_params={"extensive_search": False}``: htmldate's extensive search takes a date
  from the body ("On 1 May 2018") when the page states none, a wrong publication date for event
  data; without it a page with no stated date gets None and the ``--date`` option decides.
- ``fast=True``: skips the fallback extractors; about as accurate here and several times faster.

After extraction, in-body "READ MORE:"-style links (no extractor drops them) and share/comment
widget lines are removed with the same cue table as plain text (data/clean/cues.yaml). Meta-keyword
tags arrive as one comma-joined string and ``rel=tag`` links as a list: both become one tag list.
A first body line that repeats the headline is moved out (it is ``doc.title``; +0.002 F1 on the
benchmark). If trafilatura finds nothing, the page's text is cleaned like a plain-text page.
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache

from .cues import WORD, cues
from .dateline import parse_date_value

SETTINGS = dict(fast=True, favor_precision=False, include_comments=False, include_tables=True,
                include_images=False, include_links=False, with_metadata=True)
_SPACE = re.compile(r"\s+")
# trafilatura logs "empty HTML tree" and the like at ERROR for pages it cannot walk; whimbrel falls
# back (``_fallback``) and reports what matters itself, so its own messages are only noise
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}


def keep_paragraph(line: str) -> bool:
    """False for a promo link or a short widget line that trafilatura kept in the body."""
    c = cues()
    if c.is_promo(line):
        return False
    n = len(WORD.findall(line))
    if n <= 12 and c.widget.search(line):
        return False
    return not (n <= 6 and c.stop.match(line) and not line.rstrip().endswith((".", "!", "?")))


@lru_cache(maxsize=1)
def hover_card_xpaths() -> list[str]:
    """XPath of the hover cards (cues.yaml hover_card_classes) trafilatura is told to prune.

    One expression for all the classes (speed, same output): trafilatura walks the whole page once
    per expression, and removing the matches of one union in document order leaves the same tree as
    removing each class's matches in turn (a card inside a removed card goes with it either way, and
    the tail text a removal keeps is joined to the same neighbour)."""
    from ..data import load_yaml

    classes = load_yaml("clean/cues.yaml")["hover_card_classes"]
    return ["//*[" + " or ".join(f"contains(@class, '{c}')" for c in classes) + "]"]


def extract(html: str, url: str | None = None):
    from trafilatura import bare_extraction

    try:
        return bare_extraction(html, url=url, date_extraction_params=DATE_PARAMS, prune_xpath=hover_card_xpaths(),
                               **SETTINGS)
    except (ValueError, TypeError, AttributeError, AssertionError):
        # malformed markup trafilatura cannot walk; lxml asserts a parent when htmldate drops an
        # element of an "<svg><html>" nesting: the page falls back to its plain text (_fallback)
        return None


def clean_html(doc, options) -> None:
    from .text import clean_text, normalise

    result = extract(doc.raw, doc.url)
    text = (result.text or "") if result is not None else ""
    if not text.strip():
        _fallback(doc, options)
        return
    kept, dropped = [], []
    for line in normalise(text):
        if not line:
            continue
        cut = cues().inline_stop(line)
        if cut is not None:  # a reader-favourites list run into the last paragraph
            dropped.append(line[cut:])
            line = line[:cut].rstrip()
        (kept if keep_paragraph(line) else dropped).append(line)
    title = _SPACE.sub(" ", (result.title or "")).strip().casefold()
    if kept and title and _SPACE.sub(" ", kept[0]).strip().casefold() == title:
        dropped.insert(0, kept.pop(0))  # the headline: it is doc.title, not body
    doc.body = "\n".join(kept)
    doc.boilerplate = dropped
    _metadata(doc, result)
    _cut_title_lead(doc)


_DAY_STAMP = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
              r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
              r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4})"
              r"(?:\s*[-–—|,]?\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?(?![A-Za-z]))?(?:\s*[A-Z]{2,5}\b)?)?")
_BYLINE_STAMP = r"(?:by\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}\s+)?"


def _cut_title_lead(doc) -> None:
    """A table-laid page that trafilatura returns as one line opens its body with the headline and
    the page's stamp ("Headline by Jane Doe Monday, November 18, 2019 Body ...", "Headline November
    20, 2019 - 11:28 AMT Site.Net - Body ..."): the headline is doc.title and the stamp metadata, as
    when they stand on lines of their own, so both go to the boilerplate."""
    title = (doc.title or "").strip()
    first, _, rest = doc.body.partition("\n")
    lead = re.match(r"^[\W_]*", first).end()
    if len(title) < 15 or not first[lead:].casefold().startswith(title.casefold()):
        return
    at = lead + len(title)
    publisher = rf"(?:\s*[-–—|]?\s*{re.escape(doc.publisher)})?" if doc.publisher else ""
    stamp = re.match(rf"\s*{_BYLINE_STAMP}{_DAY_STAMP}{publisher}\s*[-–—|]?\s*", first[at:])
    if stamp:
        at += stamp.end()
    body = first[at:].lstrip()
    if len(body.split()) < 8:  # the line was only a headline and a stamp: leave it to the rules above
        return
    doc.boilerplate.insert(0, first[:at].strip())
    doc.body = body + ("\n" + rest if rest else "")


def _fallback(doc, options) -> None:
    """No article found: take the page's visible text and clean it as a plain-text page.

    trafilatura's own ``html2txt`` first; when lxml cannot build a tree at all (20,000 nested
    divs, plain text saved as .html) the stdlib tokenizer (``visible_text``), which keeps no tree
    and so has no depth limit, still gives the text the page holds.
    """
    from trafilatura import html2txt

    from .text import clean_text

    raw = doc.raw
    try:
        try:
            text = html2txt(raw) or ""
        except (ValueError, TypeError, AttributeError, RecursionError):
            text = ""
        doc.raw = text if text.strip() else visible_text(raw)
        clean_text(doc, options)
    finally:
        doc.raw = raw
    doc.meta["extraction"] = "fallback-text"


def _metadata(doc, r) -> None:
    if doc.title is None and r.title:
        doc.title = r.title.strip()
    if doc.author is None and r.author:
        doc.author = r.author.strip()
    if doc.publisher is None and r.sitename:
        doc.publisher = r.sitename.strip()
    if doc.url is None and r.url:
        doc.url = r.url
    if doc.language is None and getattr(r, "language", None):
        doc.language = r.language
    if doc.section is None and r.categories:
        doc.section = r.categories[0].strip() or None
    if not doc.tags and r.tags:
        tags: list[str] = []
        for item in r.tags:
            for t in re.split(r"\s*,\s*", item):
                t = t.strip()
                if t and t not in tags:
                    tags.append(t)
        doc.tags = tags
    if r.description:
        doc.meta["description"] = r.description
    if doc.pub_datetime is None and doc.date_source == "none" and r.date:
        parsed = parse_date_value(r.date)
        if parsed:
            dt, precision = parsed
            if (dt.hour, dt.minute, dt.second) == (0, 0, 0) and "+" not in r.date[10:] and "-" not in r.date[10:]:
                precision = "day"
                stamped = _meta_timestamp(doc.raw, dt.date())
                if stamped:  # htmldate keeps only the day: take the page's own time and zone
                    dt, precision = stamped, "minute"
            doc.pub_datetime, doc.date_source = dt, "html-meta"
            doc.meta.update(date_text=r.date, date_precision=precision)


# <meta property="article:published_time" content="2022-09-21T18:05:00-05:00"> and its kin; the
# attribute order varies, so both orders are matched.
_TIME_META = re.compile(
    r"""<meta\s[^>]*?(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|"""
    r"""datePublished|pubdate|publishdate|date|dc\.date\.issued|sailthru\.date)["'][^>]*?content\s*=\s*["']([^"']+)["']"""
    r"""|<meta\s[^>]*?content\s*=\s*["']([^"']+)["'][^>]*?(?:property|name|itemprop)\s*=\s*["']"""
    r"""(?:article:published_time|og:published_time|datePublished|pubdate|publishdate)["']""", re.I)


def _meta_timestamp(html: str, day):
    """The full publication timestamp a page states in its meta tags, if it falls on ``day``.

    htmldate (through trafilatura) returns the publication day only; the time and zone matter for
    dating events ("on Sunday" in a story published late Sunday UTC-5 is Monday elsewhere)."""
    from datetime import datetime

    for m in _TIME_META.finditer(html[:200_000]):
        value = (m.group(1) or m.group(2) or "").strip()
        if len(value) < 16 or "T" not in value and " " not in value[10:11]:
            continue
        try:
            dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            continue
        if dt.tzinfo is not None and dt.date() == day:
            return dt
    return None


_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section",
          "blockquote", "pre", "table", "ul", "ol", "header", "footer", "td", "th", "title"}
_HIDDEN = {"script", "style", "noscript", "template", "head"}


def visible_text(markup: str) -> str:
    """The text outside script/style, one line per block element, from a streaming tokenizer."""
    from html.parser import HTMLParser

    class _Text(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.hidden = 0

        def handle_starttag(self, tag, attrs):
            if tag in _HIDDEN:
                self.hidden += 1
            elif tag in _BLOCK:
                self.parts.append("\n")

        def handle_endtag(self, tag):
            if tag in _HIDDEN:
                self.hidden = max(0, self.hidden - 1)
            elif tag in _BLOCK:
                self.parts.append("\n")

        def handle_data(self, data):
            if not self.hidden:
                self.parts.append(data)

    parser = _Text()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # noqa: BLE001 - the tokenizer is lenient; a failure leaves what it read
        pass
    lines = (_SPACE.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)
