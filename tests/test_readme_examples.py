"""The README's warehouse examples run as written against a freshly ingested warehouse."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import duckdb
import pytest

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def workdir(cerebras_data):
    """A folder holding data/filingcheck.duckdb with the Cerebras fixtures loaded and the demo
    article verified once (latest_verifications has rows)."""
    from click.testing import CliRunner

    from pipeline.cli import main

    article = ROOT / "fixtures" / "articles" / "cerebras-ipo.md"
    done = CliRunner().invoke(main, ["verify", str(article), "--ticker", "CBRS", "--data-dir",
                                     str(cerebras_data)])
    assert done.exit_code in (0, 1), done.output
    return cerebras_data.parent


def cli_queries() -> list[str]:
    return re.findall(r'duckdb data/filingcheck\.duckdb -readonly -c "(.*?)"', README, re.S)


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README, re.S)


def test_readme_has_both_kinds_of_example():
    assert len(cli_queries()) >= 2 and python_blocks()


@pytest.mark.parametrize("sql", cli_queries())
def test_cli_query_runs_and_returns_rows(workdir, sql):
    with duckdb.connect(str(workdir / "data" / "filingcheck.duckdb"), read_only=True) as con:
        assert con.execute(sql).fetchall()


def test_cli_examples_run_in_the_duckdb_shell(workdir):
    shell = shutil.which("duckdb", path=str(ROOT / ".venv" / "bin")) or shutil.which("duckdb")
    assert shell, "no duckdb shell: duckdb-cli is a dependency (make install puts it in .venv/bin)"
    for sql in cli_queries():
        done = subprocess.run([shell, "data/filingcheck.duckdb", "-readonly", "-c", sql],
                              cwd=workdir, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        assert "│" in done.stdout


def test_python_example_runs(workdir):
    for block in python_blocks():
        if "data/filingcheck.duckdb" not in block:
            continue
        done = subprocess.run([sys.executable, "-c", block], cwd=workdir, capture_output=True,
                              text=True, timeout=120, env={"PYTHONPATH": str(ROOT)})
        assert done.returncode == 0, done.stderr
