"""Issue 5 acceptance on the offline Cerebras fixtures: ingest the mirror, verify the articles."""

from __future__ import annotations

import json
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.config import load_settings
from pipeline.verify.api import verify_article_source, verify_watchlist

ROOT = Path(__file__).resolve().parent.parent
MIRROR = ROOT / "fixtures" / "edgar"
ARTICLE = ROOT / "fixtures" / "articles" / "cerebras-ipo.md"
PERTURBED = ROOT / "fixtures" / "articles" / "cerebras-ipo-perturbed.md"

SUPPORTED = {
    ("revenue", "FY2024"): Decimal("290252000"),
    ("revenue", "FY2025"): Decimal("509991000"),
    ("gross_margin", "FY2024"): Decimal("42.29"),
    ("net_income", "FY2025"): Decimal("237827000"),
}
STALE = {  # metric -> (value filed in the S-1/A, newer value)
    "price_range_low": (Decimal("115"), Decimal("185")),
    "price_range_high": (Decimal("125"), Decimal("185")),
    "shares_outstanding_after_offering": (Decimal("212965381"), Decimal("237564041")),
    "market_cap": (Decimal("25555845720"), Decimal("185") * Decimal("237564041")),
}


@pytest.fixture(scope="module")
def settings(cerebras_data):
    return load_settings(env={}, data_dir=cerebras_data, mirror=MIRROR)


def by_text(outcome) -> dict:
    return {(v.claim.text, v.claim.metric): v for v in outcome.results[0].verifications}


def verdicts(outcome, metric: str) -> list:
    return [v for v in outcome.results[0].verifications
            if v.claim.metric == metric and v.verdict != "not_checkable"]


def check_acceptance(outcome) -> None:
    found = outcome.results[0].verifications
    for (metric, period), filed in SUPPORTED.items():
        hits = [v for v in found if v.claim.metric == metric and v.claim.period_label == period]
        assert hits, (metric, period)
        for v in hits:
            assert v.verdict == "supported", (v.claim.text, v.verdict, v.reason)
            assert v.filed_value == filed and v.evidence
    for v in verdicts(outcome, "revenue"):  # "Compared with 2025 revenue of $510.0 million"
        assert v.verdict == "supported" and v.claim.period_label, (v.claim.text, v.verdict)
    margin_2025 = [v for v in verdicts(outcome, "gross_margin") if v.claim.period_label == "FY2025"]
    assert [v.verdict for v in margin_2025] == ["supported"]
    assert "199,071,000 / 509,991,000" in margin_2025[0].arithmetic
    concentration = {v.claim.entity: v for v in verdicts(outcome, "customer_concentration")}
    assert concentration["MBZUAI"].verdict == "supported"
    assert concentration["G42"].verdict == "supported"
    for metric, (filed, newer) in STALE.items():
        (v,) = verdicts(outcome, metric)
        assert v.verdict == "stale", (metric, v.verdict, v.reason)
        assert v.filed_value == filed and v.newer_value == newer
        assert v.evidence[0].form == "S-1/A" and v.newer_evidence
    (shares,) = verdicts(outcome, "shares_outstanding_after_offering")
    assert {e.form for e in shares.newer_evidence} == {"10-Q"}
    (ps,) = verdicts(outcome, "price_to_sales")
    assert ps.verdict == "stale" and ps.filed_value == Decimal("50.11")
    assert "/ 509,991,000" in ps.arithmetic
    (threshold,) = [v for v in found if v.claim.value == Decimal("40000000000")]
    assert threshold.verdict == "not_checkable" and threshold.claim.text == "$40–50 billion"
    assert threshold.claim.high == Decimal("50000000000")
    assert not any(v.claim.value == Decimal("50000000000") for v in found)
    # the article works from the S-1/A: every figure it has is evidenced from it
    for v in found:
        if v.verdict in ("supported", "stale") and v.claim.metric in ("revenue", "net_income",
                                                                      "net_income_non_gaap"):
            assert v.evidence[0].form == "S-1/A", (v.claim.text, v.evidence[0].form)
    for v in found:
        if v.verdict in ("supported", "drifted", "stale"):
            assert v.evidence and all(e.document_url and e.accession for e in v.evidence)


def test_project_article(settings):
    outcome = verify_article_source(settings, str(ARTICLE), ticker="CBRS")
    check_acceptance(outcome)
    assert outcome.exit_status() == 1


def test_signal_flow_article(settings, shared_dir):
    path = shared_dir / "articles" / "cerebras-ipo-signal-flow.txt"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    outcome = verify_article_source(settings, str(path), ticker="CBRS")
    check_acceptance(outcome)
    deal = [v for v in outcome.results[0].verifications if v.claim.value == Decimal("2E10")]
    assert deal[0].verdict == "unverifiable" and deal[0].reason


def test_non_gaap_net_loss_is_supported_as_a_negative_figure(settings):
    outcome = verify_article_source(settings, str(ARTICLE), ticker="CBRS")
    (v,) = verdicts(outcome, "net_income_non_gaap")
    assert v.claim.value == Decimal("-75700000")
    assert v.verdict == "supported", v.reason
    assert v.filed_value == Decimal("-75700000")


def test_perturbed_article_drifts_with_filed_values(settings):
    outcome = verify_article_source(settings, str(PERTURBED), ticker="CBRS")
    found = outcome.results[0].verifications
    drifted = {(v.claim.metric, v.claim.text): v for v in found if v.verdict == "drifted"}
    revenue = drifted[("revenue", "$501.0 million")]
    assert revenue.filed_value == Decimal("509991000")
    assert revenue.delta == Decimal("-8991000")
    assert drifted[("customer_concentration", "42.0%")].filed_value == Decimal("24.0")
    margin = drifted[("gross_margin", "44%")]
    assert margin.filed_value == Decimal("39.03") and margin.arithmetic
    assert outcome.exit_status() == 1


def test_json_output_has_the_contract_fields(settings):
    outcome = verify_article_source(settings, str(ARTICLE), ticker="CBRS")
    data = json.loads(outcome.to_json())
    claim = next(c for c in data["claims"] if c["verdict"] == "supported")
    for key in ("text", "sentence", "metric", "period_label", "entity", "value", "unit", "verdict",
                "filed_value", "evidence"):
        assert key in claim
    assert isinstance(claim["value"], str)  # exact decimals, never floats
    assert claim["evidence"][0]["locator"]


def test_watchlist_reports_changes_since_previous_run(settings, tmp_path):
    article = tmp_path / "cerebras-ipo.md"
    shutil.copy(ARTICLE, article)
    watchlist = tmp_path / "watchlist.toml"
    watchlist.write_text('[[company]]\nticker = "CBRS"\ncik = 2021728\n'
                         'articles = ["cerebras-ipo.md"]\n', encoding="utf-8")
    verify_watchlist(settings, watchlist)
    second = verify_watchlist(settings, watchlist)
    assert second.results[0].previously_verified and second.results[0].changes == []
    assert re.search(r"changes since the verification of \S+ \S+ UTC: none", second.format_text())


def test_watchlist_says_what_went_stale(settings):
    from pipeline.verify.api import describe_changes

    outcome = verify_article_source(settings, str(ARTICLE), ticker="CBRS")
    (shares,) = verdicts(outcome, "shares_outstanding_after_offering")
    previous = [{"claim_id": shares.claim.claim_id, "verdict": "supported"}]
    (line,) = describe_changes(previous, [shares])
    expected = "212,965,381 shares: supported, now stale after the 10-Q filed 2026-08-12"
    assert line.startswith(expected)
