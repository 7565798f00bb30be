"""A rate an article gives as a money figure's share of sales ("gross profit was $X, or Y% of
net sales") is the margin recomputed from that line over revenue; a line with no such row
(research and development) names no metric. Sentences are the project's
own paraphrases; the release is the held-out-free development corpus's, read in place."""

from __future__ import annotations

import hashlib

from core.verdicts import Article
from pipeline.verify.claims import extract_claims


def _metrics(text: str) -> dict[str, str | None]:
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {claim.text: claim.metric for claim in extract_claims(article)}


def test_a_share_of_net_sales_after_gross_profit_is_gross_margin():
    found = _metrics("Gross profit for the second quarter of 2023 came to $81.2 million, or 39.4% "
                     "of net sales, down from 41.0% in the second quarter of 2022.")
    assert found["$81.2 million"] == "gross_profit"
    assert found["39.4%"] == "gross_margin"
    assert found["41.0%"] == "gross_margin"  # the same margin a year before, no sales change


def test_a_share_of_revenue_after_operating_income_is_operating_margin():
    found = _metrics("In fiscal 2022 operating income rose to $12.3 million, representing 8.1% "
                     "of total revenue.")
    assert found["8.1%"] == "operating_margin"


def test_a_share_of_sales_after_sga_is_its_ratio_to_revenue():
    found = _metrics("Selling, general and administrative expenses for the first quarter of 2021 "
                     "were $40.2 million, or 22.5% of net sales.")
    assert found["22.5%"] == "sga_ratio"


def test_a_share_of_a_line_with_no_ratio_row_names_no_metric():
    found = _metrics("Research and development expenses for the first quarter of 2021 were "
                     "$40.2 million, or 22.5% of net sales.")
    assert found["22.5%"] is None


def test_a_rate_far_from_the_money_figure_is_not_its_share():
    # a growth rate in its own clause after the figure is no share of the figure
    found = _metrics("Gross profit for the third quarter of 2020 was $10.4 million, while sales "
                     "grew 12% and online sales reached 30% of net sales.")
    assert found["30%"] != "gross_margin"
