"""WARC reading: pages of a crawl become Documents; everything else in it is skipped or rejected.

The archives are built here with warcio's writer, as a crawler would write them.
"""
from __future__ import annotations

import gzip
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from whimbrel.model import Document, Reject
from whimbrel.options import Options
from whimbrel.read import iter_documents
from whimbrel.read.warc import iter_warc

PAGE = """<html><head><title>Iran and Iraq agree on air defence</title></head><body><article>
<p>Tehran and Baghdad have agreed to bolster bilateral aerial defence cooperation, Iran's chief of staff
told reporters on Sunday.</p></article></body></html>"""


def add_response(writer, uri, body: bytes, ctype="text/html; charset=utf-8", status="200 OK",
                 date="2020-06-08T10:00:00Z"):
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    rec = writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=http,
                                    warc_headers_dict={"WARC-Date": date})
    writer.write_record(rec)


def build_warc(path: Path, gz: bool) -> Path:
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "test"}))
        req = w.create_warc_record("https://news.example.com/a", "request", payload=BytesIO(b"GET /a HTTP/1.1\r\n\r\n"))
        w.write_record(req)
        add_response(w, "https://news.example.com/a", PAGE.encode("utf-8"))
        add_response(w, "https://news.example.com/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", ctype="image/png")
        add_response(w, "https://news.example.com/gone", b"<html>not found</html>", status="404 Not Found")
        add_response(w, "https://news.example.com/latin", "<p>Caf\xe9 talks in Beirut</p>".encode("latin-1"),
                     ctype="text/html; charset=iso-8859-1")
        add_response(w, "https://news.example.com/broken", b"\x00\x01\x02binary\x00" * 20)
        res = w.create_warc_record("urn:example:note", "resource", payload=BytesIO(b"Plain wire copy: talks resumed."),
                                   warc_content_type="text/plain")
        w.write_record(res)
    return path


@pytest.mark.parametrize("gz", [True, False])
def test_pages_become_documents(tmp_path, gz):
    path = build_warc(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), gz)
    items = list(iter_warc(path, Options()))
    docs = [d for d in items if isinstance(d, Document)]
    rejects = [r for r in items if isinstance(r, Reject)]
    assert [d.id for d in docs] == ["https://news.example.com/a", "https://news.example.com/latin", "urn:example:note"]
    page = docs[0]
    assert page.kind == "html" and "aerial defence cooperation" in page.raw
    assert page.url == page.meta["url"] == "https://news.example.com/a"
    assert page.meta["crawl_date"] == "2020-06-08T10:00:00Z"
    assert page.pub_datetime is None  # the crawl date is not the publication date
    assert page.origin.startswith(str(path) + "@")
    assert "Café" in docs[1].raw  # the HTTP charset was honoured
    assert docs[2].kind == "text"
    assert [(r.code, r.origin.startswith(str(path))) for r in rejects] == [("E003", True)]


def test_dispatcher_reads_warc_and_reports_damage(tmp_path):
    good = build_warc(tmp_path / "crawl.warc.gz", True)
    data = good.read_bytes()
    bad = tmp_path / "cut.warc.gz"
    bad.write_bytes(data[: len(data) // 2] + b"garbage" * 10)
    items = list(iter_documents([str(good), str(bad)], Options()))
    # all of good, and the records before the damage (the same pages again: E012, read once per run)
    assert sum(isinstance(i, Document) or i.code == "E012" for i in items) >= 4
    assert any(isinstance(i, Reject) and i.code == "E011" and str(bad) in i.origin for i in items)


def test_not_a_warc(tmp_path):
    p = tmp_path / "fake.warc"
    p.write_text("this is not an archive\n")
    items = list(iter_documents([str(p)], Options()))
    assert [type(i) for i in items] == [Reject] and items[0].code == "E011"


@pytest.mark.parametrize("gz", [False, True])
@pytest.mark.parametrize("where", ["headers", "payload"])
def test_truncated_archive_is_a_reject_naming_the_offset_and_no_cut_off_page(tmp_path, gz, where):
    """Issue 14: a .warc or .warc.gz cut inside its last page (in its headers or its text): the
    pages before it are documents, the cut-off page is not coded, and the damage is reject E011
    naming the byte offset."""
    whole = build_warc(tmp_path / f"whole.warc{'.gz' if gz else ''}", gz)
    data = whole.read_bytes()
    last = data.rfind(b"WARC/1.0")
    cut_at = {(False, "headers"): last + 120, (False, "payload"): len(data) - 10,
              (True, "headers"): len(data) - 60, (True, "payload"): len(data) - 12}[gz, where]
    cut = tmp_path / f"cut.warc{'.gz' if gz else ''}"
    cut.write_bytes(data[:cut_at])
    before = [i.id for i in iter_documents([str(whole)], Options()) if isinstance(i, Document)]
    items = list(iter_documents([str(cut)], Options()))
    docs = [i for i in items if isinstance(i, Document)]
    rejects = [i for i in items if isinstance(i, Reject) and i.code == "E011"]
    assert [d.id for d in docs] == before[:-1]  # every page before the cut, not the cut-off one
    assert len(rejects) == 1 and "@" in rejects[0].origin, items
    offset = int(rejects[0].origin.rsplit("@", 1)[1])
    assert 0 < offset < cut_at and "truncated" in rejects[0].message
