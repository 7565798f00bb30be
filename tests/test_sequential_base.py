"""A sentence whose only time is the quarter before it, named as a change's base ("$13.2
billion of noninterest expenses, 0.8% below the third quarter"), under a headline that names
only the year: the figures are the next quarter's, never the year's (the class of a regional
paper's story on a bank's fourth quarter); a second rate joined by "but also" or "and also" is
the same line's change against its own base; and a workforce's total is a fact no registry row
holds (unverifiable), never a bare number.

Every sentence is written for these tests (paraphrases, not third-party text). The facts are
read in place from a bank's fourth-quarter 2021 earnings release: noninterest expense $13,198
million in the quarter, $13,303 million in the third quarter (-0.79%), $14,802 million a year
earlier (-10.8%), $53,831 million for the year."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text

_HEADLINE = "Lender ends 2021 with fewer branches\n\n"


@pytest.fixture(scope="module")
def release() -> list:
    return stored_corpus_facts("dev/EX-99.1_WFC_2021-12-31.html", "0000072971-22-000004",
                               "8-K", date(2022, 1, 14))


@pytest.mark.parametrize("joint", ["but also", "and also", "but"])
def test_a_quarter_base_under_a_year_dates_the_next_quarter(release, joint):
    found = verify_text(_HEADLINE + "The lender said its noninterest expenses totaled $13.2 "
                        f"billion, down 0.8% from the third quarter, {joint} down 10.8% year "
                        "over year. For the full year 2021, noninterest expenses slipped 6.6% "
                        "to $53.83 billion.", release)
    assert found["$13.2 billion"].claim.period_label.endswith("Q4 2021")
    for figure in ("$13.2 billion", "0.8%", "10.8%", "6.6%", "$53.83 billion"):
        assert found[figure].verdict == "supported", (figure, found[figure].reason)
    assert found["10.8%"].claim.basis == "noninterest_expense"


def test_a_wrong_sequential_rate_under_a_year_drifts(release):
    found = verify_text(_HEADLINE + "The lender reported $13.2 billion in noninterest expenses, "
                        "down 2.5% from the third quarter.", release)
    assert found["2.5%"].verdict == "drifted"
    assert "13,303,000,000" in found["2.5%"].reason


@pytest.mark.parametrize("sentence", [
    # the year's last quarter as the base: its next quarter is another year's
    "Noninterest expenses were $53.83 billion, up from the fourth quarter.",
    # a base of another year, named with its year
    "Noninterest expenses were $53.83 billion, up from the third quarter of 2020.",
    # the sentence names its own period
    "For the full year, noninterest expenses were $53.83 billion, up from the third quarter."])
def test_other_bases_leave_the_year_in_force(sentence):
    claims = {c.text: c for c in claims_in(_HEADLINE + sentence)}
    assert claims["$53.83 billion"].period_label == "FY2021"


def test_a_workforce_total_is_a_fact_not_a_bare_number(release):
    found = verify_text(_HEADLINE + "After cutting thousands of jobs, the lender's workforce "
                        "total stood at 249,435 in December.", release)
    assert found["249,435"].verdict == "unverifiable"
    assert "workforce" in found["249,435"].reason
