"""The prose echo on a filer whose fiscal year is not the calendar's, and on a change written
as a noun before its amount. A chipmaker's 10-Q for its fiscal second quarter of 2026 (the
quarter ended July 27, 2025) says a sales line fell by "$4.0 billion" in a sentence of its MD&A;
an article that says so in other words named the quarter by the filer's label, which the claim
side (reading no calendar) dates April to June 2026, and wrote "a reduction of $4 billion",
which it does not sign: the echo matched neither the period nor the direction."""

from __future__ import annotations

import pytest

from tests.conftest import article_verdicts, ingested_settings

NVDA = ("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html", 1045810, "10-Q",
        "0001045810-25-000209", None)


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return ingested_settings(tmp_path_factory.mktemp("nvda") / "data", NVDA)


def _verdict(settings, tmp_path, text: str, figure: str) -> str:
    return article_verdicts(settings, tmp_path, text, 1045810)[figure]


@pytest.mark.corpus
@pytest.mark.parametrize("text", [
    "In the second quarter of fiscal 2026, the chipmaker saw a reduction of $4 billion in H20 "
    "sales from the first quarter.",
    "Fiscal Q2 2026: sales of the H20 parts fell by $4.0 billion from the first quarter, a "
    "reduction the company pinned on export rules."])
def test_a_filed_change_is_echoed_in_the_filers_fiscal_quarter(settings, tmp_path, text):
    figure = "$4 billion" if "$4 billion" in text else "$4.0 billion"
    assert _verdict(settings, tmp_path, text, figure) == "supported"


@pytest.mark.corpus
@pytest.mark.parametrize("text, figure", [
    # the direction disagrees with the filing's: no echo
    ("In the second quarter of fiscal 2026, the chipmaker saw an increase of $4 billion in H20 "
     "sales from the first quarter.", "$4 billion"),
    # another of the filer's quarters than the one the document reports: no echo
    ("In the second quarter of fiscal 2025, the chipmaker saw a reduction of $4 billion in H20 "
     "sales from the first quarter.", "$4 billion")])
def test_no_echo_against_the_filings_direction_or_in_another_quarter(settings, tmp_path, text,
                                                                     figure):
    assert _verdict(settings, tmp_path, text, figure) == "unverifiable"


@pytest.mark.parametrize("text, metric", [
    # a product's change in sales: never the company's change (a difference of revenue)
    ("In the second quarter, H20 sales fell by $4.0 billion from the first quarter.", None),
    ("In the second quarter, sales of its gaming chips fell by $4.0 billion.", None),
    ("In the second quarter, sales of the H20 parts fell by $4.0 billion.", None),
    # the company's own: still a difference of its revenue
    ("In the second quarter, sales fell by $4.0 billion from the first quarter.", "difference"),
    ("In the second quarter, net sales rose by $4.0 billion from a year earlier.",
     "difference")])
def test_a_products_change_in_sales_is_not_the_companys(text, metric):
    from tests.conftest import claims_in

    claim = next(c for c in claims_in(text) if c.unit == "USD")
    assert claim.metric == metric


def test_a_product_noun_after_sales_of_names_a_part():
    from tests.conftest import claims_in

    claim = next(iter(claims_in("In the second quarter, sales of its gaming chips were "
                                "$4.0 billion.")))
    assert (claim.metric, claim.entity) == ("revenue", "gaming chips")
