"""A bank's release that states a line on two bases (reported, and managed or fully
taxable-equivalent), read against the real releases (development corpus, in place). The
article sentences are the project's own paraphrases, written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.conftest import stored_corpus_facts, verify_text

pytestmark = pytest.mark.corpus


def _jpm() -> list:
    return stored_corpus_facts("dev/EX-99.2_JPM_2021-12-31.html", "0000019617-22-000003",
                               "8-K", date(2022, 1, 14), cik=19617)


def test_revenue_on_the_managed_basis_bears_out_a_revenue_figure():
    # JPMorgan's 4Q21 supplement: "Total net revenue" 29,257 under "Reported Basis" and 30,349
    # under "Managed Basis" (fully taxable-equivalent), 30,161 a year earlier
    facts = _jpm()
    managed = {sf.fact.period_start: sf.fact.value for sf in facts
               if sf.fact.metric == "revenue_fte" and sf.fact.entity is None}
    assert managed[date(2021, 10, 1)] == 30349000000
    assert managed[date(2021, 1, 1)] == 125304000000
    text = "The lender took in {} of revenue in the fourth quarter of 2021."
    for figure in ("$30.3 billion", "$29.3 billion"):
        assert verify_text(text.format(figure), facts)[figure].verdict == "supported"


def test_a_revenue_figure_matching_neither_basis_still_drifts():
    found = verify_text("The lender took in $31.2 billion of revenue in the fourth quarter of "
                        "2021.", _jpm())["$31.2 billion"]
    assert found.verdict == "drifted"
    # the evidence shows both lines
    assert {e.metric for e in found.evidence} == {"revenue", "revenue_fte"}


def test_a_total_net_revenue_line_under_no_managed_heading_is_no_managed_figure():
    # U.S. Bancorp's 4Q21 release prints a bare "Total net revenue" (5,684) under no basis
    # heading of its own: never read as the managed line
    facts = stored_corpus_facts("dev/EX-99.1_USB_2021-12-31.html", "0000036104-22-000005",
                                "8-K", date(2022, 1, 19), cik=36104)
    assert not any(sf.fact.metric == "revenue_fte" for sf in facts)


def _pnc_2q21() -> list:
    return stored_corpus_facts("dev/EX-99.1_PNC_2021-06-30.html", "0000713676-21-000040",
                               "8-K", date(2021, 7, 14), cik=713676)


def test_the_lines_under_less_are_the_statements_own():
    # PNC's 2Q21 highlights: "Net income" 3,655 (2Q20), then "Less:" over the noncontrolling
    # interests' share, the preferred dividends and "Net income attributable to common
    # shareholders" 3,592 (the earnings summary's diluted line prints 3,569)
    facts = _pnc_2q21()
    common = {sf.fact.period_start: sf.fact.value for sf in facts
              if sf.fact.metric == "net_income_common"}
    assert common[date(2020, 4, 1)] == 3592000000
    text = ("In the second quarter of 2020 the bank's net income applicable to common "
            "shareholders was {}.")
    assert verify_text(text.format("$3.59 billion"), facts)["$3.59 billion"].verdict == \
        "supported"
    assert verify_text(text.format("$3.49 billion"), facts)["$3.49 billion"].verdict == \
        "drifted"


def test_only_a_bare_less_heads_a_statement_s_lines():
    from extractors.statements import is_known_section

    assert is_known_section("Less:")
    for header in ("Lessors", "Less than one year", "Unless noted"):
        assert not is_known_section(header)


def test_the_net_yield_on_interest_earning_assets_is_the_net_interest_margin():
    # JPMorgan's 4Q21 supplement: "NET YIELD ON INTEREST-EARNING ASSETS" 1.63% (4Q21) and
    # 1.80% (4Q20) in its average balance sheet; "... excluding CIB Markets" 1.90% is a part's
    facts = _jpm()
    margins = {sf.fact.period_start: sf.fact.value for sf in facts
               if sf.fact.metric == "net_interest_margin"}
    assert margins[date(2021, 10, 1)] == Decimal("1.63")
    assert Decimal("1.90") not in margins.values()
    text = "In the fourth quarter of 2021 the bank's net interest margin was {}."
    assert verify_text(text.format("1.63%"), facts)["1.63%"].verdict == "supported"
    assert verify_text(text.format("1.90%"), facts)["1.90%"].verdict == "drifted"


def _gs() -> list:
    return stored_corpus_facts("dev/EX-99.1_GS_2021-12-31.html", "0000886982-22-000002",
                               "8-K", date(2022, 1, 18), cik=886982)


def test_a_book_value_quoted_per_share_is_the_book_value_per_share():
    # Goldman Sachs's 4Q21 release: book value per common share $284.39 at December 31, 2021
    facts = _gs()
    text = "The bank ended 2021 with a book value of {} a share."
    found = verify_text(text.format("$284"), facts)["$284 a share"]
    assert (found.claim.metric, found.verdict) == ("book_value_per_share", "supported")
    assert verify_text(text.format("$254"), facts)["$254 a share"].verdict == "drifted"


def test_a_book_value_in_total_or_tangible_is_never_per_share():
    from tests.conftest import claims_in

    found = {c.text: c.metric for c in claims_in(
        "The bank's book value rose to $110 billion, and its tangible book value was $270 a "
        "share.")}
    assert found["$110 billion"] != "book_value_per_share"
    assert found["$270 a share"] == "tangible_book_value_per_share"
