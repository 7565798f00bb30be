"""An article's figure whose digits are the filed figure's at another power of a thousand is a
unit misread, never a drift (``discipline_scale``): a figure under a "($M)" header read as
dollars was compared with the filed 5,359,000,000 and called drifted. Paraphrases written for
these tests; the facts are built by hand."""

from __future__ import annotations

from decimal import Decimal

from core.verdicts import Claim, Verification
from pipeline.verify.discipline_scale import MISREAD, at_another_scale, scale_misread
from tests.test_match import S1A, Y25, stored, verify

FACTS = [stored(S1A, "revenue", "5359000000", period=Y25, decimals=-6),
         stored(S1A, "net_income", "412000000", period=Y25, decimals=-6)]


def drifted(value: str, tolerance: str, filed: str, unit: str = "USD", **fields) -> Verification:
    claim = Claim(claim_id="c", text=value, sentence=f"Revenue was {value}.", span=(0, 1),
                  value=Decimal(value), unit=unit, tolerance=Decimal(tolerance),
                  metric="revenue", period_label="FY2025", **fields)
    return Verification(claim, "drifted", filed_value=Decimal(filed), reason="compared")


def test_a_table_figure_read_without_its_header_scale_is_unverifiable():
    v = verify("Revenue in 2025 was $5,359.", FACTS)["$5,359"]
    assert v.verdict == "unverifiable"
    assert v.reason.startswith(MISREAD) and "1,000,000" in v.reason
    # a label that states its scale is read (claims_table_units.with_label_scale): no misread
    assert verify("Revenue ($M) 2025: $5,359", FACTS)["$5,359"].verdict == "supported"


def test_each_power_of_a_thousand_either_way_is_a_misread():
    assert at_another_scale(drifted("5359", "0.5", "5359000").claim, Decimal("5359000")) == 1000
    assert at_another_scale(drifted("5.36", "0.005", "5359000000").claim,
                            Decimal("5359000000")) == 10**9
    # the filing's figure read in thousands it did not state: the article's is the larger
    assert scale_misread(drifted("5359000000", "500000", "5359000")).verdict == "unverifiable"
    # a scale word misread inside a sentence with other figures
    v = verify("In 2025, revenue was $5.1 billion and net income was $412,000.", FACTS)
    assert v["$412,000"].verdict == "unverifiable" and "1,000" in v["$412,000"].reason


def test_a_real_misquote_at_the_same_scale_stays_drifted():
    assert verify("In 2025, revenue was $5.0 billion.", FACTS)["$5.0 billion"].verdict == (
        "drifted")
    # digits that do not agree at any scale: 5,100 is neither 5,359 nor its thousandth
    assert scale_misread(drifted("5100", "0.5", "5359000000")).verdict == "drifted"


def test_the_article_precision_bounds_the_agreement():
    # "$5.4 million" holds 5,350,000..5,450,000: 5,359 million agrees at x1000; 5,460 does not
    assert scale_misread(drifted("5400000", "50000", "5359000000")).verdict == "unverifiable"
    assert scale_misread(drifted("5400000", "50000", "5460000000")).verdict == "drifted"


def test_a_bound_is_taken_as_its_figure_not_as_any_figure_beyond_it():
    # "more than $500 million" of 300 million: a thousandth of 500 million is below 300 million,
    # but that is no agreement of digits
    bound = drifted("500000000", "500000", "300000000", qualifier="more than")
    assert scale_misread(bound).verdict == "drifted"


def test_rates_and_other_verdicts_are_left_alone():
    assert scale_misread(drifted("5.359", "0.0005", "5359", unit="percent")).verdict == (
        "drifted")
    supported = drifted("5359", "0.5", "5359000000")
    supported = Verification(supported.claim, "supported", filed_value=Decimal("5359000000"))
    assert scale_misread(supported).verdict == "supported"
