"""`filingcheck extract` reads XBRL instances and companyfacts JSON as well as documents."""

from __future__ import annotations

import json
from decimal import Decimal

from click.testing import CliRunner

from pipeline.cli import main
from tests.conftest import corpus_file


def run_extract(*args: str) -> list[dict]:
    result = CliRunner().invoke(main, ["extract", "--json", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def test_instance_xml_gives_apples_quarter_revenue():
    path = corpus_file("10q-aapl-0000320193-25-000057/aapl-20250329_htm.xml")
    facts = run_extract(str(path))
    revenue = [f for f in facts if f["metric"] == "revenue" and f["period_end"] == "2025-03-29"
               and f["period_start"] == "2024-12-29" and not f["entity"]]
    assert [Decimal(f["value"]) for f in revenue] == [Decimal("95359000000")]
    assert revenue[0]["source"]["extractor"] == "xbrl"
    assert revenue[0]["document"] == str(path)


def test_companyfacts_json_gives_the_10q_figures_with_their_accession():
    path = corpus_file("api/companyfacts/CIK0001045810.json")
    facts = run_extract(str(path))
    quarter = [f for f in facts if f["metric"] == "revenue" and f["period_end"] == "2025-07-27"
               and f["period_start"] == "2025-04-28"]
    assert {Decimal(f["value"]) for f in quarter} == {Decimal("46743000000")}
    assert any("0001045810-25-000209" in f["source"]["text"] for f in quarter)


def test_no_xbrl_on_a_companyfacts_file_is_a_clear_error():
    path = corpus_file("api/companyfacts/CIK0000320193.json")
    result = CliRunner().invoke(main, ["extract", "--no-xbrl", str(path)])
    assert result.exit_code == 2
    assert "drop --no-xbrl" in result.output
