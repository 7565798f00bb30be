"""Automated analyst notes on a coming quarter name the company with its legal form and ticker
before the figure ("analysts expect Acme Inc. (NYSE:ACME) to post $X"): the dot of "Inc." ended
the forecasters' clause, and their estimate was read as a result. Sentences are the project's
own; the reported figures of the same notes stay checkable."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in


def _reasons(text: str) -> dict[str, str | None]:
    return {c.text.strip(): c.not_checkable_reason for c in claims_in(text)}


@pytest.mark.parametrize("text, figure", [
    ("Sell-side analysts expect Widgetworks Inc. (NASDAQ:WDGT) to post ($0.12) earnings per "
     "share for the current quarter.", "($0.12)"),
    ("Brokerages on Wall Street expect Widgetworks Corp. to report earnings of $0.31 per share "
     "for the current quarter.", "$0.31 per share"),
    ("Analysts Expect Widgetworks Co. (WDGT) to Post -$0.12 EPS", "-$0.12"),
])
def test_expected_after_legal_form_is_estimate(text, figure):
    assert (_reasons(text)[figure] or "").startswith("an analysts' estimate")


@pytest.mark.parametrize("text, figure", [
    # the twin: a sentence that ends after the forecast, then the company's own result
    ("Analysts expected a loss. Widgetworks Inc. posted ($0.12) earnings per share for the "
     "quarter.", "($0.12)"),
    ("Widgetworks Inc. (NASDAQ:WDGT) reported ($0.31) earnings per share for the quarter, "
     "short of the ($0.28) consensus estimate.", "($0.31)"),
    # a plan's clause still ends at the legal form when no expectation of the company follows
    ("A plan to split its plants proved costly for Widgetworks Inc. last year, and deepened "
     "its annual net loss, 12 cents per share.", "12 cents per share"),
])
def test_result_after_a_sentence_end_stays_checkable(text, figure):
    assert _reasons(text)[figure] is None
