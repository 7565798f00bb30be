"""Issue 15, items 10-16, through the CLI and without network (EDGAR's hosts point at a name
that cannot resolve): the order and units of `verify`, one JSON schema, the CLI conventions,
`series` labels and formats, `ingest --file --ticker`, installation, the warehouse views."""

from __future__ import annotations

import ast
import csv
import io
import json
import re
import shutil
import tomllib
from importlib.metadata import packages_distributions

import duckdb
import jsonschema
import pytest
from click.testing import CliRunner

from pipeline.cli import COMMANDS, main
from pipeline.report.json_report import load_schema
from pipeline.verify.text import use_colour
from tests.conftest import EDGAR_FIXTURES, FIXTURES, ROOT

ARTICLE = FIXTURES / "articles" / "cerebras-ipo.md"
PERTURBED = FIXTURES / "articles" / "cerebras-ipo-perturbed.md"
# No network: every EDGAR request would go to a host that cannot resolve, and no identity.
OFFLINE = {"SEC_USER_AGENT": None, "EDGAR_MIRROR": None, "FILINGCHECK_DATA_DIR": None,
           "EDGAR_BASE_URL": "http://filingcheck.invalid", "NO_COLOR": None,
           "EDGAR_DATA_URL": "http://filingcheck.invalid", "XDG_CONFIG_HOME": "/nonexistent"}


def run(*args, env=None, input=None):
    return CliRunner(env={**OFFLINE, **(env or {})}).invoke(
        main, [str(a) for a in args], input=input)


def body(result) -> list[str]:
    return [line for line in result.output.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def data(cerebras_data):
    return cerebras_data


# --- item 10: order and noise ---------------------------------------------------------------

def test_verify_lists_problems_first_with_units_and_what_to_write(data):
    result = run("verify", PERTURBED, "--ticker", "CBRS", "--data-dir", data)
    assert result.exit_code == 1, result.output
    rows = [line.split()[0] for line in body(result)[1:] if line.startswith("  ")
            and line.split()[0] in ("drifted", "stale", "supported", "unverifiable",
                                    "not_checkable")]
    rank = {"drifted": 0, "stale": 1}
    assert [rank.get(r, 2) for r in rows] == sorted(rank.get(r, 2) for r in rows)
    assert rows[0] == "drifted" and "stale" in rows
    text = result.output
    assert "$501.0 million  [revenue FY2025]  filed $509,991,000" in text
    assert "should say $510.0 million" in text
    assert "filed 39.03% in S-1/A" in text and "+4.97 pts" in text
    assert "filed $115.00 in S-1/A 2026-05-04; now $185.00 in 424B4" in text
    # dates and the page count: one footnote line, not claim rows
    assert not any(line.split()[:2] == ["not_checkable", "May"] for line in body(result))
    assert "(not figures a filing reports, not checked: May 6, 2026; May 4, 2026; 300)" in text
    assert "\033[" not in text  # not a terminal: no colour


def test_only_problems_and_verbose(data):
    only = run("verify", PERTURBED, "--ticker", "CBRS", "--only-problems", "--data-dir", data)
    verdicts = {line.split()[0] for line in body(only)[1:] if line.startswith("  ")
                and not line.startswith("    ") and not line.strip()[0].isdigit()
                and not line.strip().startswith(("(", "changes"))}
    assert verdicts == {"drifted", "stale"}, only.output
    verbose = run("-v", "verify", ARTICLE, "--ticker", "CBRS", "--data-dir", data)
    assert any(line.split()[:2] == ["not_checkable", "May"] for line in body(verbose))


class _Tty(io.StringIO):
    def isatty(self):
        return True


def test_colour_only_on_a_terminal_and_never_with_no_color():
    assert use_colour(_Tty(), env={}) is True
    assert use_colour(_Tty(), env={"NO_COLOR": "1"}) is False
    assert use_colour(io.StringIO(), env={}) is False


# --- item 11: one JSON shape ----------------------------------------------------------------

def test_verify_watchlist_and_report_json_share_one_schema(data, tmp_path):
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    single = run("verify", ARTICLE, "--ticker", "CBRS", "--format", "json", "--data-dir", data)
    one = json.loads(single.output)
    shutil.copy(ARTICLE, tmp_path / "a.md")
    (tmp_path / "w.toml").write_text('[[company]]\nticker = "CBRS"\ncik = 2021728\n'
                                     'articles = ["a.md", "missing.md"]\n', encoding="utf-8")
    watched = run("verify", "--watchlist", tmp_path / "w.toml", "--format", "json",
                  "--data-dir", data)
    assert watched.exit_code == 2
    many = json.loads(watched.stdout)  # the error line goes to stderr
    reported = run("report", ARTICLE, "--ticker", "CBRS", "--out", "-", "--format", "json",
                   "--data-dir", data)
    report = json.loads(reported.output)
    for doc in (one, many, report):
        jsonschema.validate(doc, schema, format_checker=jsonschema.FormatChecker())
        assert doc["schema_version"] == "2.0"
    assert len(many["articles"]) == 1 and many["failures"][0]["entry"].endswith("missing.md")
    assert set(one["claims"][0]) == set(report["claims"][0]) == set(
        many["articles"][0]["claims"][0])
    assert [c["verdict"] for c in one["claims"]] == [c["verdict"] for c in report["claims"]]
    problems = run("verify", PERTURBED, "--ticker", "CBRS", "--format", "json",
                   "--only-problems", "--data-dir", data)
    claims = json.loads(problems.output)["claims"]
    assert claims and {c["verdict"] for c in claims} == {"drifted", "stale"}
    drifted = next(c for c in claims if c["verdict"] == "drifted")
    assert drifted["should_say"]


# --- item 12: CLI conventions ---------------------------------------------------------------

def test_short_help_version_and_options_after_the_subcommand(data):
    assert run("-h").exit_code == 0 and "Commands:" in run("-h").output
    for command in COMMANDS:
        helped = run(command.name, "-h")
        assert helped.exit_code == 0 and "--data-dir" in helped.output, command.name
    assert re.match(r"filingcheck, version \S+", run("--version").output)
    after = run("series", "revenue", "--ticker", "CBRS", "--data-dir", data)
    assert after.exit_code == 0 and "FY2025" in after.output


def test_stdin_article_and_stdout_report(data):
    piped = run("verify", "-", "--ticker", "CBRS", "--data-dir", data,
                input=ARTICLE.read_text(encoding="utf-8"))
    assert piped.exit_code == 1 and piped.output.startswith("<stdin> (CBRS, CIK 2021728)")
    md = run("report", "-", "--ticker", "CBRS", "--out", "-", "--format", "md",
             "--data-dir", data, input=ARTICLE.read_text(encoding="utf-8"))
    assert md.exit_code == 0 and md.output.startswith("# Verification report: \\<stdin\\>")
    no_format = run("report", ARTICLE, "--ticker", "CBRS", "--out", "-", "--data-dir", data)
    assert no_format.exit_code == 2 and "--format" in no_format.output


def test_quiet_prints_only_results(data, tmp_path):
    quiet = run("report", ARTICLE, "--ticker", "CBRS", "--out", tmp_path / "r.html", "-q",
                "--data-dir", data)
    assert quiet.exit_code == 0 and quiet.output == "" and (tmp_path / "r.html").exists()
    said = run("-q", "verify", PERTURBED, "--ticker", "CBRS", "--data-dir", data)
    [line] = body(said)
    assert line.startswith(f"{PERTURBED}: 10 drifted or stale: $501.0 million;")


def test_config_file_sets_data_dir_and_flags_and_env_win(data, tmp_path):
    config = tmp_path / "xdg" / "filingcheck" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text(f'data_dir = "{data}"\nuser_agent = "Jane Doe jane@newsroom.org"\n',
                      encoding="utf-8")
    env = {"XDG_CONFIG_HOME": str(tmp_path / "xdg")}
    assert run("series", "revenue", "--ticker", "CBRS", env=env).exit_code == 0
    empty = tmp_path / "empty"
    by_flag = run("series", "revenue", "--ticker", "CBRS", "--data-dir", empty, env=env)
    assert by_flag.exit_code == 2 and str(empty) in by_flag.output
    by_env = run("series", "revenue", "--ticker", "CBRS",
                 env={**env, "FILINGCHECK_DATA_DIR": str(empty)})
    assert by_env.exit_code == 2 and str(empty) in by_env.output
    config.write_text('data_dri = "x"\n', encoding="utf-8")
    typo = run("series", "revenue", "--ticker", "CBRS", env=env)
    assert typo.exit_code == 2 and "unknown key(s) data_dri" in typo.output


def test_shell_completion_is_documented_and_works():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "_FILINGCHECK_COMPLETE=bash_source filingcheck" in readme
    script = CliRunner(env={"_FILINGCHECK_COMPLETE": "bash_source"}).invoke(
        main, [], prog_name="filingcheck")
    assert "_filingcheck_completion" in script.output


# --- item 13: series ------------------------------------------------------------------------

def test_series_labels_periods_keeps_lengths_apart_and_formats(data, tmp_path):
    text = run("series", "revenue", "--ticker", "CBRS", "--data-dir", data).output
    blocks = text.split("\n\n")
    assert blocks[0].startswith("quarters (3 months):") and "Q2 FY2026" in blocks[0]
    assert blocks[1].startswith("half years") and "H1 FY2026" in blocks[1]
    assert blocks[2].startswith("years (12 months):")
    assert re.search(r"FY2025 +\$509,991,000", blocks[2])
    rows = list(csv.DictReader(io.StringIO(
        run("series", "revenue", "--ticker", "CBRS", "--format", "csv", "--data-dir",
            data).output)))
    fy25 = next(r for r in rows if r["period"] == "FY2025")
    assert fy25["value"] == "509991000" and fy25["months"] == "12"
    assert fy25["value_display"] == "$509,991,000"
    as_json = json.loads(run("series", "gross_margin", "--ticker", "CBRS", "--format", "json",
                             "--data-dir", data).output)
    assert all(isinstance(r["value"], str) for r in as_json)
    out = tmp_path / "revenue.parquet"
    assert run("series", "revenue", "--ticker", "CBRS", "--format", "parquet", "--out", out,
               "--data-dir", data).exit_code == 0
    with duckdb.connect() as con:
        value, kind = con.execute(
            f"SELECT value, typeof(value) FROM '{out}' WHERE period = 'FY2025'").fetchone()
    assert str(value) == "509991000.000000" and kind.startswith("DECIMAL")


# --- item 14: the demo's data, ingest --file --ticker, unknown filing date --------------------

def test_demo_says_where_its_data_is():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    demo_dir = re.search(r"^DEMO_DIR \?= (\S+)", makefile, re.M).group(1)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"--data-dir {demo_dir}" in readme and "--data-dir $(DEMO_DIR)" in makefile


def test_ingest_file_stores_the_ticker_and_an_unknown_filing_date(tmp_path):
    document = next(EDGAR_FIXTURES.rglob("cerebras-sx1amay2026.htm"))
    data = tmp_path / "data"
    loaded = run("ingest", "--file", document, "--cik", "2021728", "--form", "S-1/A",
                 "--ticker", "cbrs", "--data-dir", data)
    assert loaded.exit_code == 0, loaded.output
    assert "filed date unknown" in loaded.output and "None" not in loaded.output
    assert "stored for CBRS" in loaded.output
    checked = run("verify", ARTICLE, "--ticker", "CBRS", "--data-dir", data)
    assert checked.exit_code in (0, 1), checked.output
    assert "supported" in checked.output and "None" not in checked.output
    assert "filed date unknown" in checked.output


# --- item 15: installation ------------------------------------------------------------------

def _third_party_imports() -> tuple[set[str], set[str]]:
    """(modules imported at module level, modules imported only inside functions)."""
    import sys

    ours = {"core", "extractors", "warehouse", "pipeline"}
    eager, lazy = set(), set()
    for package in sorted(ours):
        for path in (ROOT / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            inner = {id(n) for f in ast.walk(tree)
                     if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
                     for n in ast.walk(f)}
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names = {a.name.split(".")[0] for a in node.names}
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = {node.module.split(".")[0]}
                else:
                    continue
                (lazy if id(node) in inner else eager).update(names)
    keep = {n for n in eager | lazy if n not in ours and n not in sys.stdlib_module_names}
    return eager & keep, (lazy - eager) & keep


def _declared(extras: bool = False) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    if extras:
        wanted += [d for group in project.get("optional-dependencies", {}).values()
                   for d in group]
    return {re.split(r"[<>=!\[; ]", d, maxsplit=1)[0].lower().replace("_", "-") for d in wanted}


def test_every_import_is_a_declared_dependency():
    """Declared directly, not through another package's extra: lxml 6.2 with the pip that
    Python 3.11's venv ships does not pull lxml_html_clean in through `lxml[html_clean]`. A
    module imported only inside a function (jsonschema, for callers who validate) may come
    from an extra."""
    dists = packages_distributions()
    eager, lazy = _third_party_imports()
    for modules, declared in ((eager, _declared()), (lazy, _declared(extras=True))):
        for module in modules:
            names = {d.lower().replace("_", "-") for d in dists.get(module, [])}
            assert names & declared, f"{module} is imported but not declared in pyproject"
    assert "lxml-html-clean" in _declared()  # trafilatura imports lxml.html.clean


def test_install_targets_use_the_pip_a_venv_ships():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--upgrade pip" not in makefile
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'pip" install --quiet .' in ci and "pipeline.import_check" in ci


# --- item 16: warehouse ergonomics ----------------------------------------------------------

def test_views_carry_ticker_readable_amounts_and_latest_verifications(data):
    run("verify", ARTICLE, "--ticker", "CBRS", "--data-dir", data)
    with duckdb.connect(str(data / "filingcheck.duckdb"), read_only=True) as con:
        for view in ("timeseries", "fact_history", "fact_disagreements"):
            columns = {row[0] for row in con.execute(f"DESCRIBE {view}").fetchall()}
            assert {"ticker", "value_display"} <= columns, view
        shown = con.execute(
            "SELECT ticker, value_display FROM timeseries WHERE metric = 'revenue' AND "
            "period_start = DATE '2025-01-01' AND period_end = DATE '2025-12-31' "
            "AND entity IS NULL").fetchone()
        assert shown == ("CBRS", "$509,991,000")
        margin = con.execute("SELECT value_display FROM timeseries WHERE unit = 'percent' "
                             "AND value_display NOT LIKE '%\\%' ESCAPE '\\'").fetchall()
        assert margin == []
        latest = con.execute(
            "SELECT ticker, claim_text, verdict, filed_value_text FROM latest_verifications "
            "WHERE article LIKE '%cerebras-ipo.md' AND claim_text = '$510.0 million'"
        ).fetchall()
        assert latest and latest[0] == ("CBRS", "$510.0 million", "supported", "509991000")
        args = [json.loads(a) for (a,) in con.execute("SELECT args_json FROM runs").fetchall()]
    assert all(value != "None" for a in args for value in a.values())
    ingest_args = next(a for a in args if "since" in a)
    assert ingest_args["since"] is None
