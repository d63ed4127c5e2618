"""One consistent command line: exit codes, -v/-q everywhere, '-' is stdout, the extension picks
the format, no traceback for a user error, progress only on a terminal, summaries, one --format."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import textwrap

import click
import pytest
from click.testing import CliRunner
from conftest import BUNDLED_TXT, ROOT
from test_store import all_stories, write

from whimbrel.cli import main


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "events.duckdb"
    write(path, all_stories())
    return str(path)


@pytest.fixture()
def runner():
    return CliRunner()


def _commands(group=main, prefix=()):
    for name, cmd in sorted(group.commands.items()):
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, prefix + (name,))
        else:
            yield prefix + (name,)


@pytest.mark.parametrize("command", list(_commands()), ids=" ".join)
def test_every_command_has_verbose_and_quiet(runner, command):
    res = runner.invoke(main, [*command, "--help"])
    assert res.exit_code == 0 and "--verbose" in res.output and "--quiet" in res.output


@pytest.mark.parametrize("args", [
    ["events", "--actor", "Iran"], ["events", "--limit", "-1"], ["events", "--since", "last week"],
    ["events", "--format", "xml"], ["stats", "--by", "fortnight"], ["export", "-", "--schema", "plover", "--format", "gdelt-tsv"],
    ["export", "-", "--dyad", "IRN"], ["ingest", "x.txt", "--batch", "0"],
])
def test_bad_option_values_exit_2_without_output(runner, db, args):
    res = runner.invoke(main, [*args, "--db", db])
    assert res.exit_code == 2, res.output
    assert res.stdout == "" and "Traceback" not in res.output


def test_user_errors_exit_4_with_one_line_and_no_traceback(runner, db, tmp_path):
    res = runner.invoke(main, ["export", str(tmp_path / "no" / "dir" / "x.tsv"), "--db", db, "--schema", "gdelt"])
    assert res.exit_code == 4 and "E301" in res.stderr and "Traceback" not in res.output
    res = runner.invoke(main, ["events", "--db", str(tmp_path / "missing.duckdb")])
    assert res.exit_code == 4 and "E201" in res.stderr and res.stdout == ""  # no table header first
    res = runner.invoke(main, ["code", str(BUNDLED_TXT), "-o", str(tmp_path / "no" / "x.jsonl"), "-q"])
    assert res.exit_code == 4 and "E301" in res.stderr and isinstance(res.exception, SystemExit)


def test_a_locked_database_has_its_own_exit_code(runner, db, tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb, sys, time
        con = duckdb.connect({db!r})
        print("locked", flush=True)
        time.sleep(30)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        res = runner.invoke(main, ["events", "--db", db])
        assert res.exit_code == 3 and "E302" in res.stderr, res.output
    finally:
        holder.kill()
        holder.wait()


def test_dash_is_stdout_for_every_output(runner, db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(main, ["export", "-", "--db", db, "--schema", "gdelt", "-q"])
    assert res.exit_code == 0 and not (tmp_path / "-").exists()
    lines = res.stdout.splitlines()
    assert len(lines) == 7 and all(len(line.split("\t")) == 61 for line in lines)
    res = runner.invoke(main, ["export", "--db", db, "--schema", "polecat", "-q"])  # OUT defaults to -
    assert res.stdout.startswith("Event ID\tEvent Date\t")
    res = runner.invoke(main, ["export", "-", "--db", db, "--format", "parquet", "-q"])
    assert res.stdout_bytes[:4] == b"PAR1"
    for cmd in (["events"], ["stats"]):
        res = runner.invoke(main, [*cmd, "--db", db, "-o", "-", "--format", "jsonl"])
        assert res.exit_code == 0 and json.loads(res.stdout.splitlines()[0])
    res = runner.invoke(main, ["code", "-", "-o", "-", "-q"], input="Iran on Monday accused Iraq of shelling border villages.\n")
    assert res.exit_code == 0 and json.loads(res.stdout.splitlines()[0])["event"] == ["ACCUSE"]
    assert not (tmp_path / "-").exists()


def test_export_format_follows_the_extension(runner, db, tmp_path):
    out = tmp_path / "out.parquet"
    res = runner.invoke(main, ["export", str(out), "--db", db])
    assert res.exit_code == 0 and out.read_bytes()[:4] == b"PAR1"
    res = runner.invoke(main, ["export", str(tmp_path / "g.csv"), "--db", db, "--schema", "gdelt"])
    assert (tmp_path / "g.csv").read_text().startswith("GLOBALEVENTID,SQLDATE,")
    res = runner.invoke(main, ["export", str(tmp_path / "g.txt"), "--db", db, "--schema", "gdelt"])
    assert (tmp_path / "g.txt").read_text().split("\n")[0].split("\t")[0].isdigit()  # GDELT: no header
    res = runner.invoke(main, ["events", "--db", db, "-o", str(tmp_path / "e.csv")])
    assert next(csv.reader(open(tmp_path / "e.csv")))[0] == "event_id"


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "tsv"])
def test_events_show_stats_share_one_format(runner, db, fmt):
    parse = {"json": json.loads, "jsonl": lambda s: [json.loads(x) for x in s.splitlines()],
             "csv": lambda s: list(csv.DictReader(io.StringIO(s))),
             "tsv": lambda s: list(csv.DictReader(io.StringIO(s), delimiter="\t")), "table": str.splitlines}[fmt]
    res = runner.invoke(main, ["events", "--db", db, "--format", fmt])
    assert res.exit_code == 0 and len(parse(res.stdout)) == (7 if fmt == "table" else 6)
    res = runner.invoke(main, ["show", "1", "--db", db, "--format", fmt])
    assert res.exit_code == 0 and parse(res.stdout)
    res = runner.invoke(main, ["stats", "--db", db, "--format", fmt])
    assert res.exit_code == 0 and parse(res.stdout)
    if fmt == "json":
        assert json.loads(runner.invoke(main, ["stats", "--db", db, "--format", fmt]).stdout)["events"] == 6


def test_events_limit_zero_is_zero(runner, db):
    res = runner.invoke(main, ["events", "--db", db, "--limit", "0", "--format", "jsonl"])
    assert res.exit_code == 0 and res.stdout == ""
    res = runner.invoke(main, ["events", "--db", db, "--limit", "2", "--format", "jsonl"])
    assert len(res.stdout.splitlines()) == 2


def test_code_and_extract_end_with_a_summary_and_no_progress_off_a_terminal(runner, tmp_path):
    res = runner.invoke(main, ["code", str(BUNDLED_TXT), str(tmp_path / "missing.txt"), "-o", str(tmp_path / "e.jsonl")])
    assert res.exit_code == 1
    last = res.stderr.strip().splitlines()[-1]
    n = len((tmp_path / "e.jsonl").read_text().splitlines())
    assert last.startswith(f"whimbrel: 1 documents, {n} events, 1 rejected, ") and last.endswith(" s")
    assert "doc/s" not in res.stderr and "\r" not in res.stderr  # CliRunner's stderr is not a terminal
    res = runner.invoke(main, ["extract", str(BUNDLED_TXT), "-o", str(tmp_path / "x.jsonl")])
    assert res.exit_code == 0 and res.stderr.strip().splitlines()[-1].startswith("whimbrel: 1 documents, 0 rejected, ")
    res = runner.invoke(main, ["extract", str(BUNDLED_TXT), "-o", str(tmp_path / "x.jsonl"), "-q"])
    assert res.stderr == ""


def test_no_import_cycle_and_no_click_in_the_gazetteer_library():
    code = ("import sys, whimbrel.store.commands, whimbrel.gazetteer as g; "
            "print('whimbrel.cli' in sys.modules, hasattr(g, 'gazetteer'), hasattr(g, 'click'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""}, timeout=60)
    assert out.stdout.split() == ["False", "False", "False"], out.stderr


def test_every_error_code_is_defined_once():
    """A code assigned twice in errors.E silently takes the later message: the Ray engine's
    E304/E305 once raised the web app's texts (and a KeyError for the missing {seconds})."""
    import ast

    tree = ast.parse((ROOT / "src" / "whimbrel" / "errors.py").read_text())
    (cls,) = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "E"]
    names = [t.id for n in cls.body if isinstance(n, ast.Assign) for t in n.targets]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)
