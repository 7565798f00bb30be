"""Combined balances an article quotes that the filing prints only as its lines (cash and
marketable securities; all the debt): borne out when a sum of the filing's own lines equals
them at the article's precision, unverifiable otherwise, never drifted
(pipeline.verify.support_sums). Real corpus filings, the project's own paraphrases."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

APPLE_Q = ("10q-aapl-0000320193-25-000057/aapl-20250329.htm", "0000320193-25-000057",
           date(2025, 5, 2))
NVDA_Q = ("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html", "0001045810-25-000209",
          date(2025, 8, 27))
STX_Q = ("dev/10-Q_STX_0001193125-17-148855.html", "0001193125-17-148855", date(2017, 5, 2))


def _facts(filing) -> list:
    relative, accession, filed = filing
    return stored_corpus_facts(relative, accession, "10-Q", filed)


@pytest.fixture(scope="module")
def apple(corpus_dir):
    return _facts(APPLE_Q)


@pytest.fixture(scope="module")
def nvidia(corpus_dir):
    return _facts(NVDA_Q)


def test_cash_and_securities_is_cash_plus_current_or_all_marketable_securities(apple):
    # a phone maker's 10-Q: cash 28,162 + current securities 20,336 (+ non-current 84,424)
    found = verify_text(
        "In its fiscal second quarter of 2025 Apple's cash and short-term investments came "
        "to about $48.498 billion. Cash and marketable securities: $132.9B.", apple)
    assert found["$48.498 billion"].verdict == "supported"
    assert found["$48.498 billion"].arithmetic.startswith("28,162,000,000")
    assert found["$132.9B"].verdict == "supported"
    # the securities after "in cash": read as cash alone, 132.9 against 28,162 drifted
    found = verify_text("Apple ended its fiscal second quarter of 2025 with $132.9 billion "
                        "in cash and marketable securities.", apple)
    assert found["$132.9 billion"].verdict == "supported"


def test_a_chipmakers_cash_and_current_securities(nvidia):
    found = verify_text("Nvidia's second quarter of fiscal 2026.\n\n"
                        "• Cash & Securities: $56.8B at quarter end.", nvidia)
    assert found["$56.8B"].verdict == "supported"


def test_total_debt_is_the_filings_debt_lines_added_up(apple):
    # commercial paper 5,982 + term debt's current portion 13,638 + non-current 78,566
    found = verify_text("Apple's fiscal second quarter of 2025: total debt stood at "
                        "$98.186B.", apple)
    assert found["$98.186B"].verdict == "supported"


def test_bare_debt_equal_to_all_the_debt_is_borne_out(nvidia):
    found = verify_text("Nvidia's second quarter of fiscal 2026.\n\n• Debt: $8.5B, flat.",
                        nvidia)
    assert found["$8.5B"].verdict == "supported"


def test_a_sum_that_misses_is_unverifiable_never_drifted(apple, nvidia):
    found = verify_text("Apple's fiscal second quarter of 2025: cash and marketable "
                        "securities of $120.5 billion and total debt of $91.2 billion.", apple)
    assert found["$120.5 billion"].verdict == "unverifiable"
    assert found["$91.2 billion"].verdict == "unverifiable"
    found = verify_text("Nvidia's second quarter of fiscal 2026.\n\n• Debt: $9.9B, flat.",
                        nvidia)
    assert found["$9.9B"].verdict == "unverifiable"


def test_net_debt_and_net_cash_are_no_sums(apple):
    # cash 28,162 + current securities 20,336 = 48,498: written as "net cash" it is not that
    found = verify_text("Apple's fiscal second quarter of 2025: net debt of $98.186 billion "
                        "and net cash of $48.498 billion.", apple)
    assert found["$98.186 billion"].verdict == "unverifiable"
    assert found["$48.498 billion"].verdict != "supported"


def test_cash_alone_stays_cash_and_equivalents(apple):
    # the sum of cash and current securities, written as cash alone, is no cash balance
    found = verify_text("Apple ended its fiscal second quarter of 2025 with cash and cash "
                        "equivalents of $48.5 billion.", apple)
    assert found["$48.5 billion"].claim.metric == "cash_and_equivalents"
    assert found["$48.5 billion"].verdict == "drifted"


def test_a_stated_combined_figure_is_the_truth(corpus_dir):
    # a drive maker's 10-Q titles a table by the combined balance: 3,026 at March 31, 2017
    found = verify_text("As of March 31, 2017, Seagate's cash, cash equivalents and "
                        "short-term investments were $3.5 billion.",
                        _facts(STX_Q))
    assert found["$3.5 billion"].verdict == "drifted"
