"""Release wording that must not be read as a GAAP line (paraphrased sentences): letter bullets,
measures a release defines ("cash earnings", a starred measure), a measure per unit sold, money
from selling assets; and a quarter restated by its dates keeps its name for "year-to-date"."""

from __future__ import annotations

import hashlib

from core.verdicts import Article
from pipeline.verify.claims import extract_claims
from pipeline.verify.claims_context import mark_bullets


def _claims(text: str) -> dict:
    art = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {c.text: c for c in extract_claims(art)}


def test_a_letter_bullet_is_a_bullet_of_the_same_length():
    text = "Highlights:\n  oSG&A costs were $120 million.\n  oOil prices fell.\noften"
    marked = mark_bullets(text)
    assert len(marked) == len(text)
    assert "\u2022SG&A" in marked and "\u2022Oil" in marked and marked.endswith("often")


def test_release_defined_measures_are_not_net_income():
    found = _claims("Full year highlights:\n  oCash earnings were $310 million, up 6 percent.\n"
                    "  oNet economic earnings* (NEE) of $72.5 million compared with a year ago.\n")
    assert found["$310 million"].metric != "net_income"
    assert found["$72.5 million"].metric != "net_income"


def test_a_measure_per_unit_sold_is_not_the_lines_growth():
    found = _claims("In 2012, cash gross profit per ton increased 4 percent.")
    assert found["4 percent"].metric is None


def test_money_from_selling_assets_is_not_revenue():
    found = _claims("In 2012, proceeds of $160 million were realized from asset sales.")
    assert found["$160 million"].metric != "revenue"


def test_a_quarter_restated_by_its_dates_keeps_its_name_for_the_year_to_date():
    found = _claims("The retailer reported results for the third quarter of fiscal 2024. Net "
                    "income for the 13-week period ended November 2, 2024, was $40.1 million. "
                    "Year-to-date, net sales fell 4.1% to $810.5 million.")
    assert found["$810.5 million"].period_label == "fiscal 9M 2024"
