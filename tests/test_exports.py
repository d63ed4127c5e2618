"""Exports read by the tools their users already have: a GDELT 2.0 reader, pandas for POLECAT,
DuckDB for typed PLOVER Parquet. The store holds the hand-coded corpus of test_store.py, so every
value is known."""
from __future__ import annotations

import csv
import json
from datetime import date

import duckdb
import pandas as pd
import pytest
from test_store import all_stories, story, write

from whimbrel.errors import WhimbrelError
from whimbrel.model import Entity, Event
from whimbrel.store import export as X
from whimbrel.store import gdelt, open_store, polecat

# The event table's columns as the GDELT 2.0 Event Codebook (V2.0, 2015-02-19) lists them, typed
# as it says. Written out here, not read from whimbrel's data file, so the file is checked too.
CODEBOOK = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    "Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code "
    "Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code "
    "Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code "
    "Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources "
    "NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code "
    "Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID "
    "Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code "
    "Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID "
    "ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code "
    "ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL"
).split()
INTEGER = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions",
           "NumSources", "NumArticles", "Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type", "DATEADDED"}
FLOAT = {"FractionDate", "GoldsteinScale", "AvgTone", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor2Geo_Lat",
         "Actor2Geo_Long", "ActionGeo_Lat", "ActionGeo_Long"}


def reciprocal_story():
    """A story with one reciprocal IRN+IRQ agreement and one journalist (JRN) recipient."""
    doc = story("s3-tass-sanctions", doc_id="s6-reciprocal")
    doc.events = doc.events[:1]
    ev = doc.events[0]
    sent = ev.sentence
    # as the coder writes a joint act: the first-named party acts, the other receives, reciprocal
    ev.actor, ev.recipient = [Entity("IRN", "GOV", "Iran", sentence=sent)], [Entity("IRQ", "GOV", "Iraq", sentence=sent)]
    ev.reciprocal, ev.category, ev.cameo = True, "AGREE", "057"
    ev.date, ev.date_precision = "2023-04-02", "day"
    extra = Event("ACCUSE", actor=[Entity("IRN", "JUD", "Iranian court", sentence=sent)],
                  recipient=[Entity("GBR", "JRN", "BBC reporters", sentence=sent)], cameo="112", goldstein=-2.0,
                  sentence=sent, trigger_start=ev.trigger_start + 1, trigger_end=ev.trigger_end, event_text=["x"],
                  date="2023-04-03", date_precision="day", confidence=0.8)
    doc.events.append(extra)
    return doc


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    db = tmp_path_factory.mktemp("exports") / "events.duckdb"
    write(db, all_stories() + [reciprocal_story()])
    c = open_store(db, read_only=True)
    yield c
    c.close()


def read_gdelt(path) -> list[dict]:
    """What a GDELT script does: tab-separated, no header, the codebook's 61 names by position."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert all(len(r) == 61 for r in rows)
    return [dict(zip(CODEBOOK, r)) for r in rows]


def test_gdelt_tsv_loads_with_the_codebook_columns(con, tmp_path):
    out = tmp_path / "events.export.tsv"
    n = X.export(con, out, schema="gdelt")
    rows = read_gdelt(out)
    assert n == len(rows) == 10  # 8 events, RUS+TUR two rows, reciprocal IRN+IRQ two rows, JRN one
    assert rows[0]["GLOBALEVENTID"].isdigit()  # no header line
    for r in rows:  # types as the codebook gives them
        for c in INTEGER:
            assert r[c] == "" or int(r[c]) is not None
        for c in FLOAT:
            assert r[c] == "" or float(r[c]) is not None
        assert gdelt.quad_of_root()[r["EventRootCode"]] == int(r["QuadClass"])
    dam = next(r for r in rows if r["NumArticles"] == "3")  # the Damascus strikes, reported 3 times
    assert int(dam["GLOBALEVENTID"]) % 100 == 0
    assert (dam["SQLDATE"], dam["MonthYear"], dam["Year"], dam["FractionDate"]) == ("20230312", "202303", "2023", "2023.2795")
    assert (dam["Actor1Code"], dam["Actor1CountryCode"], dam["Actor1Type1Code"]) == ("ISRGOV", "ISR", "GOV")
    assert (dam["Actor2Code"], dam["Actor2CountryCode"], dam["Actor2Type1Code"]) == ("SYRMIL", "SYR", "MIL")
    assert (dam["EventCode"], dam["EventBaseCode"], dam["EventRootCode"], dam["QuadClass"]) == ("195", "195", "19", "4")
    assert (dam["GoldsteinScale"], dam["NumMentions"], dam["NumSources"], dam["AvgTone"]) == ("-10.0", "3", "2", "")
    # FIPS 10-4 places: Syria SY, Damascus province SY13; the full name in words
    assert (dam["ActionGeo_Type"], dam["ActionGeo_CountryCode"], dam["ActionGeo_ADM1Code"]) == ("4", "SY", "SY13")
    assert (dam["ActionGeo_FullName"], dam["ActionGeo_FeatureID"]) == ("Damascus, Syria", "170654")
    assert (dam["Actor1Geo_Type"], dam["Actor1Geo_CountryCode"], dam["Actor1Geo_FullName"]) == ("1", "IS", "Israel")
    assert len(dam["DATEADDED"]) == 14 and dam["SOURCEURL"].endswith("s1-reuters-damascus.txt")
    # DuckDB as a GDELT loader: headerless TSV with the codebook names
    got = duckdb.connect().execute(
        f"SELECT count(*), count(DISTINCT GLOBALEVENTID) FROM read_csv('{out}', delim='\t', header=false, "
        f"names={CODEBOOK!r}, quote='')").fetchone()
    assert got == (10, 10)


def test_gdelt_rows_per_pair_cameo_roles_and_fips(con, tmp_path):
    X.export(con, tmp_path / "g.tsv", schema="gdelt")
    rows = read_gdelt(tmp_path / "g.tsv")
    recip = [(r["Actor1Code"], r["Actor2Code"]) for r in rows if r["EventCode"] == "057" and r["SQLDATE"] == "20230402"]
    assert recip == [("IRNGOV", "IRQGOV"), ("IRQGOV", "IRNGOV")]  # reciprocal: neither side lost
    assert {r["Actor1Geo_CountryCode"] for r in rows if r["SQLDATE"] == "20230402"} == {"IR", "IZ"}
    agree = [r["Actor1Code"] for r in rows if r["EventCode"] == "057" and r["SQLDATE"] == "20230313"]
    assert agree == ["RUSGOV", "TURGOV"]  # compound actor without recipient: one row each
    jrn = next(r for r in rows if r["EventCode"] == "112")
    assert (jrn["Actor1Code"], jrn["Actor2Code"], jrn["Actor2Type1Code"], jrn["QuadClass"]) == ("IRNJUD", "GBRMED", "MED", "3")
    assert [gdelt.fips(c) for c in ("IRN", "IRQ", "DEU", "GBR", "KOS", "PSE")] == ["IR", "IZ", "GM", "UK", "KV", "WE"]
    fields = gdelt.actor_fields({"code": "UNO", "sector": None, "entity_text": "the UN"})
    assert fields[:4] == ["IGOUNO", "THE UN", None, "UNO"] and fields[7] == "IGO"
    assert gdelt.actor_fields({"code": "IRQ", "sector": "MED", "entity_text": "doctors"})[0] == "IRQHLH"
    # a province known only by its code is left out of the full name, never written as "Tehran, 26"
    tehran = {"country_code": "IRN", "resolved_place": "Tehran", "city": "Tehran", "province": "26",
              "country": "Iran", "geonameid": 112931, "feature_code": "PPLC"}
    assert gdelt.action_geo(tehran)[:4] == [4, "Tehran, Iran", "IR", "IR26"]


def test_gdelt_csv_and_parquet_keep_the_codebook_names_and_types(con, tmp_path):
    X.export(con, tmp_path / "g.csv", schema="gdelt")  # the extension asks for CSV: with a header
    with open(tmp_path / "g.csv", encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == CODEBOOK
    X.export(con, tmp_path / "g.parquet", schema="gdelt")
    cols = duckdb.connect().execute(f"DESCRIBE SELECT * FROM '{tmp_path / 'g.parquet'}'").fetchall()
    assert [c[0] for c in cols] == CODEBOOK
    types = {c[0]: c[1] for c in cols}
    assert {types[c] for c in INTEGER} == {"BIGINT"} and {types[c] for c in FLOAT} == {"DOUBLE"}
    assert types["EventCode"] == "VARCHAR"  # "057" keeps its leading zero


def test_polecat_export_reads_in_pandas(con, tmp_path):
    out = tmp_path / "polecat.tsv"
    assert X.export(con, out, schema="polecat") == 8  # one row per event
    df = pd.read_csv(out, sep="\t", dtype=str, keep_default_na=False)
    assert list(df.columns) == [c for c, _ in polecat.columns()] and len(df.columns) == 40
    assert list(df.columns[:7]) == ["Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts"]
    dam = df[df["Placename"] == "Damascus"].iloc[0]
    assert (dam["Event Type"], dam["Quad Code"], dam["Event Date"]) == ("ASSAULT", "4", "2023-03-12")
    assert (dam["Actor Country"], dam["Actor Primary Sector"], dam["Recipient Country"]) == ("ISR", "GOV", "SYR")
    assert (dam["Country"], dam["GeoNames ID"], dam["Feature Type"], dam["Source"]) == ("SYR", "170654", "PPLC", "Reuters")
    rec = df[df["Event Date"] == "2023-04-02"].iloc[0]
    assert rec["Actor Country"] == "IRN" and rec["Recipient Country"] == "IRQ"
    for empty in polecat.empty_columns():
        assert (df[empty] == "").all(), empty
    assert set(df["Version"]) == {"whimbrel 0.1.0"} and set(df["Language"]) == {"en"}


def test_flat_plover_parquet_is_typed_and_complete(con, tmp_path):
    pq = tmp_path / "p.parquet"
    X.export(con, pq, schema="plover")  # the extension says Parquet
    db = duckdb.connect()
    types = dict(db.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '{pq}')").fetchall())
    for col in ("context", "enddate", "date_precision", "reciprocal", "negated", "hypothetical", "future",
                "reported", "historical", "event_loc", "actor", "recipient"):
        assert col in types, col
    assert types["date_lo"] == types["date_hi"] == "DATE"
    assert types["actor"].startswith("STRUCT(code VARCHAR, sector VARCHAR") and types["actor"].endswith("[]")
    assert types["event_loc"].startswith("STRUCT(")
    row = db.execute(f"SELECT actor, recipient, date_lo, negated, event_loc FROM '{pq}' WHERE date = '2023-04-02'").fetchone()
    assert [a["code"] for a in row[0]] == ["IRN"] and [r["code"] for r in row[1]] == ["IRQ"] and row[2] == date(2023, 4, 2)
    assert row[3] is False
    dam = db.execute(f"SELECT event_loc.geonameid, event_loc.country_code FROM '{pq}' WHERE num_articles = 3").fetchone()
    assert dam == (170654, "SYR")
    # CSV: the same columns, nested values as JSON text, lists joined by ';'
    X.export(con, tmp_path / "p.csv")
    rows = list(csv.DictReader(open(tmp_path / "p.csv", encoding="utf-8")))
    assert set(types) == set(rows[0])
    rec = next(r for r in rows if r["date"] == "2023-04-02")
    assert [a["code"] for a in json.loads(rec["actor"])] == ["IRN"] and rec["recipient_codes"] == "IRQ"
    assert any(";" in r["actor_codes"] or ";" in r["recipient_codes"] for r in rows)  # RUS+TUR: a list joined


def test_format_follows_the_extension_unless_asked(con, tmp_path):
    assert X.resolve("out.parquet", None, "plover") == "parquet"
    assert X.resolve("out.jsonl", None, "gdelt") == "jsonl"
    assert X.resolve("out.txt", None, "gdelt") == "gdelt-tsv"
    assert X.resolve("-", None, "polecat") == "tsv"
    assert X.resolve("g.tsv", None, "gdelt") == X.resolve("g.tsv", "tsv", "gdelt") == "gdelt-tsv"
    assert X.resolve("out.parquet", "csv", "plover") == "csv"
    for fmt, schema in (("gdelt-tsv", "plover"), ("xlsx", "plover")):
        with pytest.raises(WhimbrelError) as err:
            X.resolve("x", fmt, schema)
        assert err.value.code in ("E303", "E204")
    X.export(con, tmp_path / "p.parquet")
    assert (tmp_path / "p.parquet").read_bytes()[:4] == b"PAR1"
    with pytest.raises(WhimbrelError) as err:
        X.export(con, tmp_path / "no" / "such" / "dir.tsv", schema="gdelt")
    assert err.value.code == "E301"


def test_gdelt_rows_carry_python_types(con):
    row = next(gdelt.rows(con))
    assert len(row) == 61 and isinstance(row[0], int) and isinstance(row[1], int) and isinstance(row[4], float)


def test_gdelt_row_of_the_example_story_coded_by_the_pipeline(pipeline, tmp_path):
    """The example article's must-have event (Khamenei called on Baghdad, a day before publication),
    through ingest and export, as a GDELT script reads it."""
    from conftest import EXAMPLE_TXT, need

    from whimbrel.store import ingest

    db = tmp_path / "e.duckdb"
    ingest([str(need(EXAMPLE_TXT))], db, pipeline=pipeline)
    with open_store(db, read_only=True) as c:
        X.export(c, tmp_path / "g.tsv", schema="gdelt")
    rows = read_gdelt(tmp_path / "g.tsv")
    req = [r for r in rows if r["EventCode"] == "105"]
    assert [(r["SQLDATE"], r["Actor1Code"], r["Actor2Code"], r["QuadClass"], r["GoldsteinScale"]) for r in req] == [
        ("20200606", "IRNGOV", "IRQGOV", "3", "-5.0")]
    assert (req[0]["Actor1Geo_CountryCode"], req[0]["Actor2Geo_CountryCode"]) == ("IR", "IZ")
    assert all(r["SOURCEURL"].endswith(EXAMPLE_TXT.name) for r in rows)
