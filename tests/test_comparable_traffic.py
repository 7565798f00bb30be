"""A retailer's comparable customer transactions and comparable average ticket: the two parts of
its comparable sales growth, as its 10-Q's "Selected financial and sales data" states them. An
article's "comp transactions decreased by 2%" is that stated rate, never the growth of the
average ticket (or of all transactions) recomputed from the levels, and a rate in a "while"
clause with a subject of its own never takes the metric named before "while". Sentences are the
project's own paraphrases; the filing is the shared corpus's, read in place."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.verdicts import Article
from extractors.dispatch import extract_document
from pipeline.verify.claims import extract_claims
from tests.conftest import stored_corpus_facts, verify_text

HD_Q = ("10q-10k/10-Q_HD_0000354950-23-000185.html", "0000354950-23-000185", "10-Q",
        date(2023, 8, 21))
_LEAD = "The home-improvement chain reported second-quarter results. "


def _claims(text: str) -> dict:
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {claim.text: claim for claim in extract_claims(article)}


def _metrics(text: str) -> dict:
    return {k: (c.metric, c.basis) for k, c in _claims(_LEAD + text).items()}


@pytest.mark.parametrize("text, figure, metric", [
    ("Its comp average ticket was up slightly, while comp transactions declined by 3%.", "3%",
     "comparable_transactions_growth"),
    ("Comparable customer transactions fell 2.5% in the quarter.", "2.5%",
     "comparable_transactions_growth"),
    ("Comp transactions were down 1.5% and comp average ticket rose 0.4%.", "0.4%",
     "comparable_ticket_growth"),
    # the object of a change's noun, after "comparable sales" opened the sentence
    ("Comparable sales slipped 1.1%, reflecting a 1.6% drop in comparable customer transactions "
     "partly offset by a 0.5% increase in comparable average ticket.", "1.6%",
     "comparable_transactions_growth"),
    ("Comparable sales slipped 1.1%, reflecting a 1.6% drop in comparable customer transactions "
     "partly offset by a 0.5% increase in comparable average ticket.", "0.5%",
     "comparable_ticket_growth"),
    # never comparable sales, which the first "comparable" of the sentence names
    ("Comparable sales slipped 1.1%, as comparable customer transactions fell 1.6%.", "1.6%",
     "comparable_transactions_growth"),
])
def test_a_stated_comparable_rate_is_read_as_itself(text, figure, metric):
    assert _metrics(text)[figure] == (metric, None)


@pytest.mark.parametrize("text, figure, read", [
    # the "while" clause's own subject: never the average ticket named before it
    ("Average ticket was higher, while transactions decreased by 2%.", "2%", (None, None)),
    ("Net sales rose 3%, while net income fell 2%.", "2%", ("revenue_growth", "net_income")),
    ("Net sales rose 3% while operating income rose 2%.", "2%",
     ("revenue_growth", "operating_income")),
    # the levels' own growth stays theirs (recomputed from the levels)
    ("Customer transactions fell 1.8%.", "1.8%", ("revenue_growth", "customer_transactions")),
    ("Average ticket rose 0.1%.", "0.1%", ("revenue_growth", "average_ticket")),
    ("Comparable sales fell 2.0%.", "2.0%", ("comparable_sales_growth", None)),
    # a part's comparable transactions: no filing states them
    ("U.S. comparable customer transactions fell 2.0%.", "2.0%", (None, None)),
    ("Comparable customer transactions fell 2.0% in Canada.", "2.0%", (None, None)),
    # a deal's price against comparable transactions: no retailer's rate
    ("The buyer paid a 20% premium to comparable transactions.", "20%", (None, None)),
])
def test_words_the_stated_rates_leave_alone(text, figure, read):
    assert _metrics(text)[figure] == read


@pytest.mark.corpus
def test_the_selected_sales_data_rows_are_read(corpus_dir):
    content = (corpus_dir / HD_Q[0]).read_bytes()
    facts = {(f.metric, f.period_start, f.period_end): f.value
             for f in extract_document(content, document=HD_Q[0])}
    quarter, half = (date(2023, 5, 1), date(2023, 7, 30)), (date(2023, 1, 30), date(2023, 7, 30))
    assert facts[("comparable_transactions_growth", *quarter)] == Decimal("-2.0")
    assert facts[("comparable_ticket_growth", *quarter)] == Decimal("0.1")
    assert facts[("comparable_transactions_growth", *half)] == Decimal("-3.4")
    assert facts[("comparable_ticket_growth", (date(2022, 5, 2)), date(2022, 7, 31))] == (
        Decimal("9.0"))


@pytest.mark.corpus
def test_a_trade_press_recap_of_comp_transactions_is_checked_against_the_stated_rate():
    text = ("Home Depot reported second-quarter results. The retailer's comp average ticket in "
            "the quarter was positive year over year, while comp transactions decreased by 2%.")
    assert verify_text(text, stored_corpus_facts(*HD_Q))["2%"].verdict == "supported"
    text = text.replace("by 2%", "by 3%")
    assert verify_text(text, stored_corpus_facts(*HD_Q))["3%"].verdict == "drifted"
