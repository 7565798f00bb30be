"""The count of shares a company bought back in a period ("repurchased 6.3 million shares for
$1.5 billion"): read from the filer's tag, checked from article prose. Real corpus filings, the
project's own paraphrases."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text

UNP_K = ("dev/10-K_UNP_2024-12-31.html", "0000100885-25-000006", date(2025, 2, 7))


@pytest.fixture(scope="module")
def railroad(corpus_dir):
    relative, accession, filed = UNP_K
    return stored_corpus_facts(relative, accession, "10-K", filed)


def test_a_years_and_a_quarters_count_are_read_from_the_tags(railroad):
    found = {(sf.fact.period_start, sf.fact.period_end): sf.fact.value for sf in railroad
             if sf.fact.metric == "shares_repurchased" and sf.fact.entity is None}
    assert found[date(2024, 1, 1), date(2024, 12, 31)] == 6303166
    assert found[date(2024, 10, 1), date(2024, 12, 31)] == 2804785


def test_an_articles_count_of_shares_bought_back_is_checked(railroad):
    found = verify_text("Union Pacific's 2024 in brief: the carrier bought back 6.3 "
                        "million shares for $1.5 billion while investing $3.4 billion in its "
                        "network.", railroad)
    assert found["6.3 million shares"].claim.metric == "shares_repurchased"
    assert found["6.3 million shares"].verdict == "supported"
    # the fourth quarter's count, bought back in it
    found = verify_text("In the fourth quarter of 2024 Union Pacific bought back 2.8 million "
                        "shares.", railroad)
    assert found["2.8 million shares"].verdict == "supported"


def test_a_count_that_misses_is_unverifiable_never_drifted(railroad):
    # which shares the article counts (the program's, or with those withheld) is not said
    found = verify_text("Union Pacific's full year 2024: it repurchased 7.9 million shares.",
                        railroad)
    assert found["7.9 million shares"].verdict == "unverifiable"


@pytest.mark.parametrize("text, figure, metric", [
    ("Acme had 2.4 billion shares outstanding at June 30, 2024.", "2.4 billion shares",
     "shares_outstanding"),
    ("Acme repurchased $1.5 billion of its shares in 2024.", "$1.5 billion", "share_repurchases"),
    # a count the board authorized is no count bought back
    ("In 2024 Acme's board authorized the repurchase of up to 100 million shares.",
     "100 million shares", "repurchase_authorization_shares"),
])
def test_other_share_figures_keep_their_rows(text, figure, metric):
    (claim,) = [c for c in claims_in(text) if c.text == figure]
    assert claim.metric == metric


NVDA_Q = ("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html", "0001045810-25-000209",
          date(2025, 8, 27))


@pytest.fixture(scope="module")
def chip_maker(corpus_dir):
    relative, accession, filed = NVDA_Q
    return stored_corpus_facts(relative, accession, "10-Q", filed)


@pytest.mark.parametrize("figure, verdict", [
    # the note's cost of the shares bought back (24.2 billion), not the cash the cash-flow
    # statement paid for them (23,815 million): the line alone proves no drift
    ("$24.2 billion", "unverifiable"),
    # must not fire: the cash paid is still borne out
    ("$23.8 billion", "supported"),
])
def test_a_buybacks_cost_is_never_drifted_on_the_cash_paid_alone(chip_maker, figure, verdict):
    found = verify_text("The chip designer's first half of fiscal 2026: it bought back 193 "
                        f"million shares for {figure}.", chip_maker)
    key = next(k for k in found if figure in k)
    assert found[key].claim.metric == "share_repurchases"
    assert found[key].verdict == verdict
