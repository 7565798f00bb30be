"""`filingcheck extract --json` and `crosscheck` through the CLI."""

import json

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from tests.conftest import corpus_file


@pytest.mark.corpus
def test_extract_json_lines_one_fact_a_line():
    path = corpus_file("8k-buckle-2024-11-22/BuckleInc.8-K.EX99.1.html")
    result = CliRunner().invoke(main, ["extract", str(path), "--no-xbrl", "--json"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    revenue = [r for r in records if r["metric"] == "revenue" and r["period_end"] == "2024-11-02"
               and r["period_start"] == "2024-08-04"]
    assert revenue and revenue[0]["value"] == "293618000" and revenue[0]["unit"] == "USD"
    assert revenue[0]["document"] == str(path)
    source = revenue[0]["source"]
    assert source["extractor"] == "tables" and source["text"].endswith("293,618")
    assert set(source) >= {"table", "row", "column", "text", "extractor"}


def test_extract_missing_file_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "absent.htm")])
    assert result.exit_code == 2


@pytest.mark.corpus
def test_crosscheck_prints_agreement():
    path = corpus_file("10q-10k/10-Q_AI_0001628280-23-031636.html")
    result = CliRunner().invoke(main, ["crosscheck", str(path)])
    assert result.exit_code == 0, result.output
    assert "revenue" in result.output and "agree" in result.output
