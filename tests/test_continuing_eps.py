"""Diluted EPS from continuing operations ("earned $X per diluted share from continuing
operations", "earnings from continuing operations per diluted share were $X") is its own line:
compared only with that line where a filing tags it, else unverifiable, never drifted against the
total EPS (a release on a broadcaster's fourth quarter, against a 10-K whose table of quarters
prints only the total, drifted). The sentences are the project's own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_registry_verify import stored, verdicts

Q4 = (date(2024, 10, 1), date(2024, 12, 31))


def _per_share(metric: str, value: str, period: tuple):
    from dataclasses import replace

    found = stored(metric, value, period)
    return replace(found, fact_id=f"{metric}{value}", fact=replace(found.fact, unit="USD/share",
                                                                  decimals=2))


# a year in which the filer sold a business: the quarter's total EPS is $0.58
TOTAL_EPS = [_per_share("eps_diluted", "0.58", Q4)]


@pytest.mark.parametrize("sentence", [
    "In the fourth quarter of 2024 Widgetco earned $0.66 per diluted share from continuing "
    "operations.",
    "In the fourth quarter of 2024 Widgetco's earnings from continuing operations per diluted "
    "share were $0.66.",
    "Widgetco's fourth-quarter 2024 income from continuing operations was $0.66 per share.",
])
def test_eps_from_continuing_operations_never_drifts_against_the_total(sentence):
    found = verdicts(sentence, TOTAL_EPS)
    [verification] = [v for v in found.values() if "0.66" in v.claim.text]
    assert verification.claim.metric == "eps_diluted_continuing_operations"
    assert verification.verdict == "unverifiable"


def test_eps_from_continuing_operations_is_checked_where_a_filing_tags_it():
    facts = [*TOTAL_EPS, _per_share("eps_diluted_continuing_operations", "0.66", Q4)]
    found = verdicts("In the fourth quarter of 2024 Widgetco earned $0.66 per diluted share "
                     "from continuing operations.", facts)
    assert found["$0.66 per diluted share"].verdict == "supported"


@pytest.mark.parametrize("sentence, verdict", [
    ("In the fourth quarter of 2024 Widgetco earned $0.66 per diluted share.", "drifted"),
    ("In the fourth quarter of 2024 Widgetco earned $0.58 per diluted share, and revenue from "
     "continuing operations rose.", "supported"),
])
def test_the_total_eps_is_still_compared(sentence, verdict):
    found = verdicts(sentence, TOTAL_EPS)
    [verification] = [v for v in found.values() if "per diluted share" in v.claim.text]
    assert (verification.claim.metric, verification.verdict) == ("eps_diluted", verdict)
