"""Plain-text pages: separate the article from the page furniture a scraper saved with it.

Why by hand: no library classifies the lines of a plain-text page (FIELD-NOTES.md). jusText fed
one ``<p>`` per line keeps the body but not the "READ MORE:" links, and it gives no metadata. So
this module does what jusText does, on lines, with the cues of a news page:

1. Every line gets a class from its shape and cue phrases (data/clean/cues.yaml): ``good`` (a
   sentence: ends in sentence punctuation, 8+ words, not Title Case), ``short`` (a short sentence),
   ``title`` (no sentence punctuation: headlines, menus, related-story lists, section names), or a
   boilerplate class: ``nav``, ``widget``, ``promo`` ("READ MORE: ..."), ``stop`` (the comments or
   related-stories heading: the article is over), ``copyright``, ``boiler`` (cookie / newsletter
   sentences), ``footnote`` ("*Daesh (ISIL/ISIS/Islamic State), a terrorist group ..."), ``date``,
   ``byline``, ``tags``.
2. Runs of good lines separated by fewer than three other lines form blocks; the block with the most
   words is the article, and neighbouring blocks that are substantial join it unless a ``stop`` line
   lies between. Short sentences inside the kept span stay; everything else is boilerplate.
3. Metadata comes from the lines that are not body: the publication date-time (clean/dateline.py),
   publisher ("Comment via X", "© 2020 X", "X staff", a "CITY (Agency) -" lead), section (a lone
   short line or breadcrumb above the article), title, author ("By ..."), and the tag line.

Body = kept lines joined by "\\n", one paragraph a line, indentation and odd spaces (no-break,
zero-width) normalised; footnote markers after words ("Daesh*") are dropped from the body when
the page has footnotes, which are kept in ``doc.meta["footnotes"]`` (they carry aliases).
Lines that repeat across pages of one site are not used here: cleaning is one page at a time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from .cues import WORD, Cues, cues, squash
from .dateline import YEAR, fallback_date, find_date

_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200d\u2060\ufeff\u00ad]")
_SENT_END = re.compile(r"[.!?…][\"'”’»)\]]*$|[.!?…][\"'”’»)\]]*\s*\(?\[?\d{1,3}\]?\)?$|:$")
_FOOTNOTE = re.compile(r"^(?:[*†‡]+\S|\*\s+\S)")
_MARKER = re.compile(r"(?<=[\w)\]])[*†‡]+(?=[\s.,;:!?)\"'”’]|$)")
_AGENCY = re.compile(r"^(?:[A-Z][\w .,'/\-]{1,50}?\s*\((?P<pub>[A-Z][\w&.'\- ]{0,30}?)\)\s*[-–—:]"
                     r"|\((?P<pub2>[A-Z][\w&.'\- ]{0,30}?)\)\s*[-–—]?\s*[A-Z])")
_STAFF = re.compile(r"^(?:by\s+)?(?P<pub>[A-Z][\w&.'\- ]{1,40}?)\s+staff(?:\s+(?:and|&)\s+agencies)?$", re.I)
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|^copyright\b", re.I)
_BREADCRUMB = re.compile(r"\s+[>›»/|]\s+|\s*[>›»|]\s*")
_CAPTION = re.compile(r"[\[(][^\[\]()]*(?:/|photo|getty|reuters|afp|\bap\b|credit|image)[^\[\]()]*[\])]$", re.I)
_FOREIGN = re.compile(r"[^\W\d_a-zA-Z]")  # a letter outside ASCII: maybe a non-English dateline
LEAD = 6  # a dateline or byline this many lines above a block marks the article's start
GAP = 3  # this many non-sentence lines in a row split the page into blocks


@dataclass
class Line:
    text: str
    words: int
    cls: str
    date: object = None  # dateline.DateFound for date lines


def normalise(raw: str) -> list[str]:
    """Lines of the page, stripped, with odd spaces made plain and invisible characters removed."""
    raw = _INVISIBLE.sub("", raw.replace("\r\n", "\n").replace("\r", "\n"))
    return [_SPACES.sub(" ", line).strip() for line in raw.split("\n")]


TITLE_WORDS = 16  # a line longer than a headline is title case only when every long word is capitalised
_FULL_STOP = re.compile(r"[a-z0-9)]\.[\"'\u201d\u2019]?\s*$")  # "... on Monday." (not "U.S." or "No.")


def _title_case(text: str, words: list[str]) -> bool:
    """Most long words capitalised, as in a headline. A longer line, or one ending in a full stop as
    headlines do not, must capitalise all of them: a news sentence dense with names and titles ("Hungarian Prime Minister Viktor Orban, who has
    opposed EU military aid to Kyiv, met Russian President Vladimir Putin in Moscow on Friday.")
    still has its verbs and common nouns in lower case."""
    long = [w for w in words if len(w) >= 4 and w.isalpha()]
    capitalised = sum(w[0].isupper() for w in long)
    if len(words) > TITLE_WORDS or _FULL_STOP.search(text):
        # a headline has no full stop; a line with one is title case only if nothing is lower case
        return len(long) >= 3 and capitalised == len(long)
    return len(long) >= 3 and capitalised >= 0.75 * len(long)


def _is_tag_list(text: str) -> bool:
    items = [x.strip() for x in text.split(",")]
    if len(items) < 3 or any(not x for x in items):
        return False
    return all(len(x) <= 40 and len(x.split()) <= 4 and not _SENT_END.search(x) for x in items)


def classify(text: str, c: Cues) -> Line:
    words = WORD.findall(text)
    n = len(words)
    line = Line(text, n, "title")
    key = squash(text)
    if n <= 8 and YEAR.search(text) and not _SENT_END.search(text):
        found = find_date(text)
        if found and (c.date_cue.match(text) or _rest_words(found.rest(text), c) <= 4):
            line.cls, line.date = "date", found
            return line
    if not key or not any(ch.isalpha() for ch in text):
        line.cls = "nav"
    elif _FOOTNOTE.match(text):
        line.cls = "footnote"
    elif key in c.nav:
        line.cls = "nav"
    elif c.is_promo(text):
        line.cls = "promo"
    elif n <= 6 and c.stop.match(text):
        line.cls = "stop"
    elif _COPYRIGHT.search(text) and n <= 25:
        line.cls = "copyright"
    elif n <= 12 and c.widget.search(text):
        line.cls = "widget"
    elif c.boiler.search(text) and n <= 40:
        line.cls = "boiler"
    elif c.tags.match(text):
        line.cls = "tags"
    else:
        sentence = bool(_SENT_END.search(text))
        if YEAR.search(text) and (c.date_cue.match(text) or n <= 14):
            found = find_date(text)
            if found and (c.date_cue.match(text) or _rest_words(found.rest(text), c) <= 4):
                line.cls, line.date = "date", found
                return line
        if c.byline.match(text) and n <= 8 and not sentence:
            line.cls = "byline"
        elif _STAFF.match(text) and n <= 6:
            line.cls = "byline"
        elif sentence and not _title_case(text, words):
            line.cls = "good" if n >= 8 else "short"
        elif n >= 25 and not _title_case(text, words):
            line.cls = "good"  # a paragraph that lost its final full stop
    return line


def _rest_words(rest: str, c: Cues) -> int:
    return len(WORD.findall(c.date_words.sub(" ", rest)))


def _blocks(lines: list[Line]) -> list[tuple[int, int, int, int]]:
    """(first, last, words, good lines) of each run of good lines with small gaps between."""
    out, start, last, words, goods, gap = [], None, None, 0, 0, 0
    for i, ln in enumerate(lines):
        if ln.cls == "blank":
            continue
        if ln.cls == "good":
            if start is None:
                start = i
            last, words, goods, gap = i, words + ln.words, goods + 1, 0
        elif start is not None:
            if ln.cls == "short":
                words += ln.words
                if gap == 0:  # a short closing sentence right after the text belongs to it
                    last = i
                continue
            gap += 1
            if gap >= GAP or ln.cls == "stop":
                out.append((start, last, words, goods))
                start, words, goods, gap = None, 0, 0, 0
    if start is not None:
        out.append((start, last, words, goods))
    return out


def body_span(lines: list[Line]) -> list[tuple[int, int]]:
    """The (first, last) line ranges of the article: the biggest block and the substantial ones
    next to it, not crossing a stop line (comments / related-stories heading)."""
    blocks = _blocks(lines)
    if not blocks:
        # no sentence of eight words or more: a short text ("Iran attacked Iraq."), not a page;
        # its short sentences are the body; with none, its sentences that look like headlines
        # ("The Commerce Department blacklisted Huawei."): a text of one capitalised sentence
        # is that sentence, not an empty page
        shorts = [i for i, ln in enumerate(lines) if ln.cls == "short"]
        if not shorts:
            shorts = [i for i, ln in enumerate(lines) if ln.cls == "title" and _SENT_END.search(ln.text)]
            for i in shorts:
                lines[i].cls = "short"
        return [(shorts[0], shorts[-1])] if shorts else []
    nonblank = [i for i, ln in enumerate(lines) if ln.cls != "blank"]
    position = {i: k for k, i in enumerate(nonblank)}

    def weight(block) -> float:
        # an article starts just below its dateline or byline: such a block counts double
        k = position[block[0]]
        head = [lines[i].cls for i in nonblank[max(0, k - LEAD):k]]
        return block[2] * (2.0 if "date" in head or "byline" in head else 1.0)

    main = max(range(len(blocks)), key=lambda k: weight(blocks[k]))
    keep = [blocks[main]]
    floor = 0.25 * blocks[main][2]

    def stopped(a: int, b: int) -> bool:
        return any(lines[i].cls in ("stop", "copyright") for i in range(a, b))

    for k in range(main + 1, len(blocks)):
        s, e, w, g = blocks[k]
        if stopped(keep[-1][1], s) or not (g >= 2 or w >= floor):
            break
        keep.append(blocks[k])
    for k in range(main - 1, -1, -1):
        s, e, w, g = blocks[k]
        if stopped(e, keep[0][0]) or not (g >= 2 or w >= floor):
            break
        keep.insert(0, blocks[k])
    return [(s, e) for s, e, _, _ in keep]


def clean_text(doc, options) -> None:
    """Fill body, boilerplate and page metadata of a kind="text" document."""
    c = cues()
    lines = [classify(t, c) if t else Line("", 0, "blank") for t in normalise(doc.raw)]
    spans = body_span(lines)
    in_body = [False] * len(lines)
    for s, e in spans:
        for i in range(s, e + 1):
            in_body[i] = lines[i].cls in ("good", "short")
    body = [ln.text for ln, b in zip(lines, in_body) if b]
    doc.boilerplate = [ln.text for ln, b in zip(lines, in_body) if not b and ln.cls != "blank"]
    first = spans[0][0] if spans else len(lines)
    last = spans[-1][1] if spans else len(lines)
    footnotes = [ln.text for ln in lines if ln.cls == "footnote"]
    if footnotes:
        doc.meta["footnotes"] = footnotes
        body = [_MARKER.sub("", t) for t in body]
    doc.body = "\n".join(body)
    _metadata(doc, lines, in_body, first, last, c, options)


# -- metadata from the lines that are not body -----------------------------------------------------
def _metadata(doc, lines: list[Line], in_body: list[bool], first: int, last: int, c: Cues, options) -> None:
    outside = [(i, ln) for i, ln in enumerate(lines) if not in_body[i] and ln.cls != "blank"]
    if doc.pub_datetime is None and doc.date_source == "none":
        found = _pub_date(outside, c)
        if found:
            doc.pub_datetime, doc.date_source = found[0], "dateline"
            doc.meta.update(found[1])
    if doc.publisher is None:
        doc.publisher = _publisher(outside, lines, in_body, c)
    header = [(i, ln) for i, ln in outside if i < first]
    if doc.title is None:
        doc.title = _title(header)
    if doc.section is None:
        doc.section = _section(header, doc.title, c)
    if doc.author is None:
        doc.author = _author(outside, c)
    if not doc.tags:
        doc.tags = _tags(outside, last, c)


def _pub_date(outside, c: Cues) -> tuple[datetime, dict] | None:
    """First dated line, a "Published" one before an "Updated" one; dateparser for unknown shapes."""
    dated = [ln for _, ln in outside if ln.cls == "date"]
    if dated:
        def updated(ln: Line) -> bool:
            m = c.date_cue.match(ln.text)
            return bool(m and m.group("cue").lower() in c.updated)

        best = next((ln for ln in dated if not updated(ln)), dated[0])
        return best.date.dt, {"date_text": best.text, "date_precision": best.date.precision,
                              "date_tz_assumed": best.date.tz_assumed}
    for _, ln in outside[:40]:  # other languages: one dateparser call at most (it costs ~30 ms)
        if (ln.cls in ("title", "short") and ln.words <= 10 and YEAR.search(ln.text)
                and (_FOREIGN.search(ln.text) or c.date_cue.match(ln.text))):
            dt = fallback_date(c.date_cue.sub("", ln.text))
            if dt:
                return dt, {"date_text": ln.text, "date_precision": "day" if (dt.hour, dt.minute) == (0, 0) else "minute"}
            break
    return None


def _clean_name(name: str, c: Cues) -> str | None:
    name = re.sub(r"\b(?:19|20)\d\d\b(?:\s*[-–]\s*(?:19|20)?\d\d)?", " ", name)
    name = re.sub(r"(?i)all rights reserved.*$|copyright|©|\(c\)", " ", name)
    name = _SPACES.sub(" ", name).strip(" .,;:|-–—")
    name = c.legal.sub("", name).strip(" .,;:|-–—")
    if not name or len(name.split()) > 5 or not name[0].isupper() or name.lower() in c.platforms:
        return None
    return name


def _publisher(outside, lines, in_body, c: Cues) -> str | None:
    for _, ln in outside:  # comment widget: "Comment via SputnikComment via Facebook"
        for part in re.split(r"(?i)comment via\s*", ln.text)[1:]:
            name = _clean_name(part, c)
            if name:
                return name
    for _, ln in outside:
        if ln.cls == "copyright":
            text = re.sub(r"(?i)^.*?(?:©|\(c\)|copyright)\s*", "", ln.text)
            name = _clean_name(re.split(r"\s*\|\s*|\.\s+", text)[0], c)
            if name:
                return name
    for _, ln in outside:
        m = _STAFF.match(ln.text)
        if m and ln.words <= 6:
            name = _clean_name(m.group("pub"), c)
            if name:
                return name
    lead = next((ln.text for ln, b in zip(lines, in_body) if b), "")
    m = _AGENCY.match(lead)
    return _clean_name(m.group("pub") or m.group("pub2"), c) if m else None


def _title(header) -> str | None:
    """The headline: the last Title-like line of 4-25 words above the article that is not a photo
    caption (those end with a bracketed credit: "[Mahmoud Ajjour/Agency]")."""
    for _, ln in reversed(header):
        if ln.cls in ("title", "short") and 4 <= ln.words <= 25 and not _CAPTION.search(ln.text):
            return ln.text
    return None


def _section(header, title, c: Cues) -> str | None:
    """A labelled or breadcrumb section, else a lone short name line above the article (a run of
    three or more such lines is a menu, not a section)."""
    for _, ln in header:
        m = c.section.match(ln.text)
        if m:
            return ln.text[m.end():].strip() or None
    for _, ln in header:
        parts = [p.strip() for p in _BREADCRUMB.split(ln.text) if p.strip()]
        if ln.cls == "title" and len(parts) >= 2 and all(len(p.split()) <= 3 for p in parts):
            named = [p for p in parts if squash(p) not in c.nav]
            if named:
                return named[-1]
    cands = [(i, ln) for i, ln in header if ln.cls == "title" and ln.text != title and 1 <= ln.words <= 4
             and len(ln.text) <= 30 and ln.text[0].isupper() and not any(ch.isdigit() for ch in ln.text)]
    index = {i for i, _ in cands}
    for i, ln in cands:
        run = 1
        for step in (-1, 1):
            j = i + step
            while j in index:
                run, j = run + 1, j + step
        if run < 3:
            return ln.text
    return None


def _author(outside, c: Cues) -> str | None:
    for _, ln in outside:
        text = ln.text
        if ln.cls == "date" and ln.date is not None:
            text = ln.date.rest(text)
            text = _SPACES.sub(" ", re.sub(r"[|•·]", " ", text)).strip()
        m = c.byline.match(text)
        if m and ln.cls in ("byline", "date"):
            name = re.split(r"\s*[|,;•·]\s*|\s+-\s+", m.group("name"))[0].strip()
            name = c.date_cue.sub("", name).strip()
            if name and not _STAFF.match(name) and len(name.split()) <= 5:
                return name
    return None


def _tags(outside, last: int, c: Cues) -> list[str]:
    for _, ln in outside:
        m = c.tags.match(ln.text)
        if m:
            return _split_tags(ln.text[m.end():], r"[,;|]")
    for i, ln in reversed(outside):
        if i > last and ln.cls == "title" and _is_tag_list(ln.text):
            ln.cls = "tags"
            return _split_tags(ln.text, ",")
    return []


def _split_tags(text: str, sep: str) -> list[str]:
    out: list[str] = []
    for t in re.split(sep, text):
        t = t.strip(" .#")
        if t and t not in out:
            out.append(t)
    return out
