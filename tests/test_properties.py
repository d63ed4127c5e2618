"""Property-based tests (hypothesis) over every reader: whatever the bytes, JSON values, markup,
file names or directory shapes, no traceback, and every input ends as a Document or a Reject.

The fast suite runs a modest number of examples per property; the ``slow`` copies run many more
(``make test-all``). Inputs go through reading, cleaning and sentence splitting (``api.extract``);
one property also codes them with the session's spaCy pipeline.
"""
from __future__ import annotations

import gzip
import json
import os
import string
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from whimbrel.api import extract
from whimbrel.model import Document, Reject
from whimbrel.options import Options
from whimbrel.read import iter_documents

FAST = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
SLOW = settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
SUFFIXES = [".txt", ".html", ".htm", ".xhtml", ".jsonl", ".warc", ".txt.gz", ".jsonl.gz", ".warc.gz", ".html.gz"]
STORY = "Iran and Iraq agreed on Sunday to bolster their air defence cooperation, officials said."


def _items(paths) -> list:
    out = list(extract([str(p) for p in paths], Options(), rejects="yield"))
    assert all(isinstance(i, (Document, Reject)) for i in out)
    for r in out:
        if isinstance(r, Reject):
            assert r.code.startswith("E") and r.code != "E000" and r.origin
    return out


# -- random bytes under every suffix --------------------------------------------------------------------
def check_random_bytes(data: bytes, suffix: str, gz_wrap: bool) -> None:
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"f{suffix}"
        p.write_bytes(gzip.compress(data) if gz_wrap and suffix.endswith(".gz") else data)
        items = _items([p])
        if "jsonl" not in suffix and "warc" not in suffix:
            assert len(items) == 1  # one file, one document or one reject
        else:
            assert items  # at least the file's own reject when nothing could be read


_bytes = st.one_of(st.binary(max_size=3000),
                   st.text(max_size=1500).map(lambda s: s.encode("utf-8", "surrogatepass")),
                   st.lists(st.sampled_from([b"{", b"}", b"\n", b"\x00", b"\xff", b"WARC/1.0\r\n", b'"text"', b":",
                                             b"<p>", STORY.encode(), b"\x1f\x8b", b"\xef\xbb\xbf"]),
                            max_size=60).map(b"".join))


@FAST
@given(_bytes, st.sampled_from(SUFFIXES), st.booleans())
def test_random_bytes_every_reader(data, suffix, gz_wrap):
    check_random_bytes(data, suffix, gz_wrap)


@pytest.mark.slow
@SLOW
@given(_bytes, st.sampled_from(SUFFIXES), st.booleans())
def test_random_bytes_every_reader_many(data, suffix, gz_wrap):
    check_random_bytes(data, suffix, gz_wrap)


# -- random JSON values in each JSONL field -------------------------------------------------------------
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=200),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
    max_leaves=12)
FIELDS = ["id", "text", "html", "date", "pub_date", "title", "url", "publisher", "language", "other"]
_story = st.dictionaries(st.sampled_from(FIELDS), _json, max_size=6).map(
    lambda d: d if "text" in d or "html" in d else {**d, "text": STORY})


def check_jsonl_fields(stories: list[dict], pipeline=None) -> None:
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "f.jsonl"
        lines = [json.dumps(s, allow_nan=True) for s in stories]
        p.write_text("".join(x + "\n" for x in lines), encoding="utf-8", errors="surrogatepass")
        items = _items([p]) if pipeline is None else list(pipeline.run(iter_documents([str(p)], Options())))
        assert len(items) == len(lines)  # documents + rejects = inputs (one a line)
        assert all(isinstance(i, (Document, Reject)) for i in items)


@FAST
@given(st.lists(_story, min_size=1, max_size=5))
def test_random_json_values_in_jsonl_fields(stories):
    check_jsonl_fields(stories)


@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(_story, min_size=1, max_size=3))
def test_random_jsonl_stories_are_coded_or_rejected(pipeline, stories):
    check_jsonl_fields(stories, pipeline)


@pytest.mark.slow
@SLOW
@given(st.lists(_story, min_size=1, max_size=8))
def test_random_json_values_in_jsonl_fields_many(stories):
    check_jsonl_fields(stories)


# -- random HTML fragments ------------------------------------------------------------------------------
TAGS = ["div", "p", "span", "article", "script", "style", "table", "tr", "td", "a", "html", "body", "head",
        "title", "br", "meta", "!--", "?xml", "![CDATA[", "svg", "noscript", "template"]
_piece = st.one_of(
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"), st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.just(STORY), st.text(max_size=40), st.sampled_from(["&amp;", "&#0;", "&#x110000;", "&nbsp;", "<", ">", "]]>",
                                                            '<meta charset="bogus">', '<?xml version="1.0"?>']))


def check_html(pieces: list[str], depth: int) -> None:
    markup = "<div>" * depth + "".join(pieces) + "</div>" * depth
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "page.html"
        p.write_text(markup, encoding="utf-8", errors="surrogatepass")
        items = _items([p])
        assert len(items) == 1
        # (that a page's plain text is kept is pinned by test_nothing_lost.test_odd_html_gives_its_text:
        # random markup may rightly be cleaned away, e.g. a story glued to a run of digits)


@FAST
@given(st.lists(_piece, max_size=30), st.sampled_from([0, 3, 300, 5000]))
def test_random_html_fragments(pieces, depth):
    check_html(pieces, depth)


def test_html_nested_in_svg_is_read():
    # found by the property above: lxml asserts inside htmldate on this nesting (session 32)
    check_html(["<svg>", "<html>"], 0)


@pytest.mark.slow
@SLOW
@given(st.lists(_piece, max_size=60), st.sampled_from([0, 3, 300, 5000, 20000]))
def test_random_html_fragments_many(pieces, depth):
    check_html(pieces, depth)


# -- random file names and directory shapes -----------------------------------------------------------
_name = st.text(alphabet=st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)),
                min_size=1, max_size=12).filter(lambda s: s not in (".", ".."))
_entry = st.tuples(st.sampled_from(["file", "dir", "link_dir", "link_file", "loop"]),
                   st.integers(0, 5), _name, st.sampled_from(SUFFIXES[:5] + [".pdf", ""]))


def build_tree(root: Path, entries) -> None:
    dirs, files = [root], []
    for kind, k, name, suffix in entries:
        parent = dirs[k % len(dirs)]
        target = parent / (name + suffix)
        if target.exists() or target.is_symlink() or len(os.fsencode(target.name)) > 200:
            continue
        try:
            if kind == "file":
                target.write_text(STORY if not suffix.startswith(".jsonl") else json.dumps({"text": STORY}) + "\n")
                files.append(target)
            elif kind == "dir":
                target.mkdir()
                dirs.append(target)
            elif kind == "link_dir":
                target.symlink_to(dirs[(k + 1) % len(dirs)], target_is_directory=True)
            elif kind == "link_file" and files:
                target.symlink_to(files[k % len(files)])
            elif kind == "loop":
                target.symlink_to(root, target_is_directory=True)
        except OSError:
            continue


def check_tree(entries, same_stems: bool) -> None:
    with tempfile.TemporaryDirectory() as d:
        root = Path(d) / "corpus"
        root.mkdir()
        if same_stems:
            for suffix in (".txt", ".html", ".jsonl"):
                (root / f"story{suffix}").write_text(STORY if suffix != ".jsonl" else json.dumps({"text": STORY}) + "\n")
        build_tree(root, entries)
        items = list(iter_documents([str(root)], Options()))
        docs = [i for i in items if isinstance(i, Document)]
        assert len({d.id for d in docs}) == len(docs)  # ids never collide
        firsts = [i for i in items if not (isinstance(i, Reject) and i.code == "E012")]
        assert len(firsts) == len(real_inputs(root))  # each real file once: a document or a reject


def real_inputs(root: Path) -> set[str]:
    """The distinct real files with a known suffix under root, links followed, loops cut."""
    from whimbrel.read.source import kind_of

    seen_dirs, files = set(), set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in seen_dirs:
            dirnames[:] = []
            continue
        seen_dirs.add(real)
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for f in filenames:
            p = Path(dirpath) / f
            if not f.startswith(".") and kind_of(p)[0] is not None and p.exists():
                files.add(os.path.realpath(p))
    return files


@FAST
@given(st.lists(_entry, max_size=15), st.booleans())
def test_random_names_and_directory_shapes(entries, same_stems):
    check_tree(entries, same_stems)


@pytest.mark.slow
@SLOW
@given(st.lists(_entry, max_size=40), st.booleans())
def test_random_names_and_directory_shapes_many(entries, same_stems):
    check_tree(entries, same_stems)
