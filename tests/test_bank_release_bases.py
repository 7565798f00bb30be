"""A bank's release that states a line on two bases (reported, and managed or fully
taxable-equivalent), read against the real releases (development corpus, in place). The
article sentences are the project's own paraphrases, written for these tests."""

from __future__ import annotations

from datetime import date

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
