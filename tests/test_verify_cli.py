"""`filingcheck verify` through the CLI: the JSON contract for every verdict kind, and the exit
status (0 nothing drifted or stale, 1 something did, 2 an error)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.report.json_report import validate

ROOT = Path(__file__).resolve().parent.parent
MIRROR = ROOT / "fixtures" / "edgar"
FIELDS = ("text", "sentence", "metric", "period_label", "entity", "value", "unit", "verdict",
          "filed_value", "evidence")


@pytest.fixture(scope="module")
def data_dir(cerebras_data):
    return cerebras_data


def run(data_dir, *args):
    return CliRunner().invoke(main, ["--data-dir", str(data_dir), "verify", *args])


def write(tmp_path, text: str) -> str:
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    return str(path)


ALL_KINDS = """This note works from the S-1/A filed on May 4, 2026.

Revenue was $510.0 million in 2025 and gross margin was 39% in 2025. The company is marketing
its shares at $115 to $125 each. Revenue was $501.0 million in 2024. The deal is valued at more
than $20 billion.

- Walk away: market capitalization heads toward $40–50 billion.
"""


def test_json_shape_for_every_verdict_kind(data_dir, tmp_path):
    result = run(data_dir, write(tmp_path, ALL_KINDS), "--ticker", "CBRS", "--format", "json")
    assert result.exit_code == 1, result.output
    data = json.loads(result.output)
    validate(data)  # the report's schema: one JSON shape for verify and report
    assert isinstance(data, dict) and isinstance(data["claims"], list)
    kinds = {}
    for claim in data["claims"]:
        assert all(key in claim for key in FIELDS), claim
        assert isinstance(claim["evidence"], list)
        kinds.setdefault(claim["verdict"], claim)
    assert set(kinds) == {"supported", "drifted", "stale", "unverifiable", "not_checkable"}
    supported = kinds["supported"]
    assert supported["value"] == "510000000" and supported["filed_value"] == "509991000"
    assert supported["evidence"][0]["form"] == "S-1/A" and supported["evidence"][0]["locator"]
    drifted = kinds["drifted"]
    assert drifted["text"] == "$501.0 million" and drifted["delta"] == "210748000"
    stale = kinds["stale"]
    assert stale["newer_value"] == "185.00" and stale["newer_evidence"]
    assert kinds["unverifiable"]["reason"] and kinds["unverifiable"]["evidence"] == []
    threshold = next(c for c in data["claims"] if c["text"] == "$40–50 billion")
    assert threshold["verdict"] == "not_checkable"
    assert threshold["text"] == "$40–50 billion" and threshold["low"] == "40000000000"
    assert threshold["high"] == "50000000000" and threshold["reason"]


def test_exit_status_0_when_nothing_drifted(data_dir, tmp_path):
    result = run(data_dir, write(tmp_path, "Revenue was $510.0 million in 2025."),
                 "--ticker", "CBRS")
    assert result.exit_code == 0, result.output
    assert "supported" in result.output


def test_exit_status_2_on_errors(data_dir, tmp_path):
    missing = run(data_dir, str(tmp_path / "nope.md"), "--ticker", "CBRS")
    assert missing.exit_code == 2 and "does not exist" in missing.output
    article = write(tmp_path, "Revenue was $510.0 million in 2025.")
    unknown = run(data_dir, article, "--ticker", "ZZZZQ")
    assert unknown.exit_code == 2, unknown.output
    no_company = run(data_dir, article)
    assert no_company.exit_code == 2
