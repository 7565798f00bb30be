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


# "Gaming brought in $4.3 billion, 9% of the total" (a blog's bullets on a chipmaker's quarter):
# a bare "total" right after a part's revenue is the whole that part is a share of
def test_a_share_of_the_total_after_a_parts_revenue_is_that_parts_share():
    text = "Gaming revenue for the second quarter was $4.3 billion, 9% of the total."
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    share = next(c for c in extract_claims(article) if c.text == "9%")
    assert (share.metric, share.entity, share.basis) == ("customer_concentration", "Gaming",
                                                         "revenue")
    assert _metrics("Gaming revenue for the second quarter was $4.3 billion (9% of total), "
                    "led by new cards.")["(9%"] == "customer_concentration"


def test_a_total_after_no_parts_revenue_or_after_a_change_is_no_share():
    # must not fire: the company's revenue (no part), a line other than revenue, a total with
    # a noun of its own, a change word between the amount and the rate
    for text, rate in (
            ("Revenue for the second quarter was $46.7 billion, 9% of the total.", "9%"),
            ("Gaming operating income for the second quarter was $1.3 billion, 9% of the "
             "total.", "9%"),
            ("Gaming revenue for the second quarter was $4.3 billion, 9% of the total "
             "workforce.", "9%"),
            ("Gaming revenue for the second quarter was $4.3 billion, up 9% of the total.",
             "9%")):
        assert _metrics(text)[rate] != "customer_concentration", text
