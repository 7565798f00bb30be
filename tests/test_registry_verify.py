"""The verifier and the CLI are projections of the metric registry: one test-only row is all a
new metric that articles name needs, and it is gone again once the row is."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest
from click.testing import CliRunner

from core import metrics
from core.errors import ValidationError
from core.facts import Fact, Source
from core.metrics import Cue, Metric
from core.verdicts import Article
from pipeline.cli import main
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from warehouse.records import StoredFact

R_AND_D = Metric(
    "research_and_development", "USD", "research and development expense (test-only row)",
    is_growth_base=True, cues=(Cue(r"research\s+and\s+development|R&D"),))
TENK = ("0000000000-26-000001", "10-K", date(2026, 2, 20))
FY25 = (date(2025, 1, 1), date(2025, 12, 31))
FY24 = (date(2024, 1, 1), date(2024, 12, 31))


def stored(metric: str, value: str, period: tuple[date, date]) -> StoredFact:
    accession, form, filed = TENK
    fact = Fact(metric, Decimal(value), "USD", period[0], period[1], decimals=-6,
                sources=(Source("doc.htm", "tables", "1.0", table=4, row=metric, text=value),))
    fact_id = hashlib.sha256(f"{metric}{value}{period}".encode()).hexdigest()[:12]
    return StoredFact(fact_id, fact, 1234, accession, form, filed, "doc.htm",
                      f"https://www.sec.gov/Archives/{accession}/doc.htm")


def claims_of(text: str):
    return extract_claims(Article("t", text, hashlib.sha256(text.encode()).hexdigest()))


def verdicts(text: str, facts: list[StoredFact]) -> dict:
    return {v.claim.text: v for v in verify_claims(claims_of(text), facts)}


SENTENCE = "R&D expense was $1.2 billion in 2025."


def test_one_row_makes_a_metric_articles_name():
    with metrics.added(R_AND_D):
        [claim] = claims_of(SENTENCE)
        assert claim.metric == "research_and_development"
        assert claim.value == Decimal("1200000000") and claim.period_label == "FY2025"


def test_the_new_metric_is_verified_against_its_filed_facts():
    with metrics.added(R_AND_D):
        same = verdicts(SENTENCE, [stored("research_and_development", "1203000000", FY25)])
        assert same["$1.2 billion"].verdict == "supported"
        assert same["$1.2 billion"].filed_value == Decimal("1203000000")
        other = verdicts(SENTENCE, [stored("research_and_development", "1450000000", FY25)])
        assert other["$1.2 billion"].verdict == "drifted"


def test_the_new_metric_is_a_growth_base():
    facts = [stored("research_and_development", "1200000000", FY25),
             stored("research_and_development", "1000000000", FY24)]
    with metrics.added(R_AND_D):
        found = verdicts("R&D expense rose 20% in 2025.", facts)["20%"]
    assert found.claim.metric == "revenue_growth"
    assert found.claim.basis == "research_and_development"
    assert found.verdict == "supported" and found.filed_value == Decimal(20)


def test_the_row_is_gone_after_the_block():
    with metrics.added(R_AND_D):
        assert metrics.get_metric("research_and_development") is R_AND_D
    assert all(c.metric != "research_and_development" for c in claims_of(SENTENCE))
    with pytest.raises(ValidationError, match="known metrics"):
        metrics.get_metric("research_and_development")


def test_cli_metrics_lists_every_row():
    result = CliRunner().invoke(main, ["metrics"])
    assert result.exit_code == 0, result.output
    for row in metrics.all_metrics():
        assert f"{row.name} ({row.unit}): {row.meaning}" in result.output
    assert "XBRL (Revenues," in result.output
    assert "derived (gross profit / revenue)" in result.output


def test_cli_lists_a_row_added_for_the_run():
    with metrics.added(R_AND_D):
        result = CliRunner().invoke(main, ["metrics"])
    assert "research_and_development (USD)" in result.output


def test_series_of_an_unknown_metric_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(main, ["--data-dir", str(tmp_path), "series", "revenues",
                                       "--ticker", "CBRS"])
    assert result.exit_code == 2
    assert "unknown metric 'revenues'" in result.output
    # the known metrics listed, in order (new rows such as revenue_price_mix_effect may stand
    # between two of them)
    listed = result.output.split("known metrics: ")[1].split(" (")[0].split(", ")
    assert "revenue" in listed and "revenue_growth" in listed and listed == sorted(listed)
    assert len(result.output.strip().splitlines()) == 1
