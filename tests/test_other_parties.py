"""A figure the sentence gives as other companies' as a group ("the $420 million many lenders
reported", "while other banks posted $X"): read as the filer's own (a base a year back, or the
period's level), it was compared with the filer's line and could drift. It is compared with
nothing, and says why.

Every sentence here is written for these tests (paraphrases, not third-party text)."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in, verify_text

_LEAD = "Acme Corp reported results for the second quarter of 2024 on Tuesday. "


def _claim(text: str, figure: str):
    return next(c for c in claims_in(text) if c.text == figure)


@pytest.mark.parametrize("sentence", [
    "Net income rose to $510 million, above the $430 million many lenders reported.",
    "Net income rose to $510 million, above the $430 million its rivals posted a year earlier.",
    "Revenue rose to $510 million, compared with the $430 million the industry averaged.",
    "Net income rose to $510 million, beating the $430 million that peers typically earned.",
    "Net income rose to $510 million, while other banks reported net income of $430 million."])
def test_other_companies_figure_is_compared_with_nothing(sentence: str) -> None:
    text = _LEAD + sentence
    claim = _claim(text, "$430 million")
    assert claim.metric is None
    verdict = verify_text(text, [])["$430 million"]
    assert verdict.verdict == "unverifiable"
    assert "another company" in verdict.reason
    assert _claim(text, "$510 million").metric in ("net_income", "revenue")


@pytest.mark.parametrize("sentence", [
    "Net income rose to $510 million from the $430 million it reported a year earlier.",
    "Net income rose to $510 million from the $430 million the company posted a year earlier.",
    "Unlike other lenders, Acme reported net income of $430 million."])
def test_the_filers_own_figure_keeps_its_metric(sentence: str) -> None:
    assert _claim(_LEAD + sentence, "$430 million").metric == "net_income"
