"""Banks' loans and deposits at a period's end (registry rows total_loans and total_deposits,
statement "kpi", balances on the column's last day): read from the real releases' tables, never
from a table or block of averages, and searched when an article quotes them. Article sentences
here are the project's own paraphrases."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

from core.verdicts import Article
from extractors.dispatch import extract_document
from pipeline.verify.claims import extract_claims


def _balances(corpus_dir, name: str, metric: str) -> dict:
    content = (corpus_dir / "dev" / name).read_bytes()
    return {f.period_end: f.value for f in extract_document(content, document=name)
            if f.metric == metric and f.entity is None}


def _claims(text: str) -> dict:
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {c.text: c for c in extract_claims(article)}


def test_period_end_loans_and_deposits_in_billions(corpus_dir):
    # PNC's 2Q21 release: its "Loans" and "Deposits" tables ("In billions"), dated by day
    name = "EX-99.1_PNC_2021-06-30.html"
    loans = _balances(corpus_dir, name, "total_loans")
    assert loans[date(2021, 6, 30)] == Decimal("294.7E9")
    assert loans[date(2020, 6, 30)] == Decimal("258.2E9")
    assert _balances(corpus_dir, name, "total_deposits")[date(2021, 6, 30)] == Decimal("452.9E9")


def test_a_total_under_an_average_title_is_no_balance(corpus_dir):
    # U.S. Bancorp's Q4 2021 release prints "Total loans" under "AVERAGE LOANS": the average
    # over the quarter (302,755), never the loans on December 31
    # (its period-end balance sheet's "Total loans" and "Total deposits" are the balances)
    name = "EX-99.1_USB_2021-12-31.html"
    assert _balances(corpus_dir, name, "total_loans") == {date(2021, 12, 31): Decimal("312028E6"),
                                                          date(2020, 12, 31): Decimal("297707E6")}
    assert _balances(corpus_dir, name, "total_deposits") == {
        date(2021, 12, 31): Decimal("456083E6"), date(2020, 12, 31): Decimal("429770E6")}
    # Citizens' 4Q21 release prints a period-end block, then an average one: the first only
    loans = _balances(corpus_dir, "EX-99.1_CFG_2021-12-31.html", "total_loans")
    assert loans[date(2021, 12, 31)] == Decimal(128163000000)


def test_an_article_names_loans_and_deposits_and_the_level_a_change_reached():
    # paraphrase of a bank recap: the level after "rose N% from the year-ago quarter to" is the
    # level of what rose, whatever metric the next clause names
    claims = _claims("Total loans climbed 12% from the year-ago quarter to $180.2 billion, "
                     "while deposits were up 9% to $240.5 billion.")
    assert claims["$180.2 billion"].metric == "total_loans"
    assert claims["12%"].basis == "total_loans"
    assert claims["$240.5 billion"].metric == "total_deposits"
    # an average is not the period-end balance
    average = _claims("Average total deposits were $230.1 billion in the quarter.")
    assert average["$230.1 billion"].metric == "average_deposits"


def _rates(corpus_dir, name: str, metric: str) -> dict:
    content = (corpus_dir / "dev" / name).read_bytes()
    return {(f.period_start, f.period_end): f.value
            for f in extract_document(content, document=name)
            if f.metric == metric and f.entity is None}


def test_banks_stated_efficiency_ratio_and_return_on_assets(corpus_dir):
    # U.S. Bancorp's Q4 2021 release: "Efficiency ratio (%) (a)" and "Return on average assets
    # (%)" in its summary; JPMorgan's: "Return on assets"; Citizens': "Efficiency ratio"
    q4_21 = (date(2021, 10, 1), date(2021, 12, 31))
    usb = "EX-99.1_USB_2021-12-31.html"
    assert _rates(corpus_dir, usb, "efficiency_ratio")[q4_21] == Decimal("62.3")
    assert _rates(corpus_dir, usb, "return_on_average_assets")[q4_21] == Decimal("1.16")
    jpm = "EX-99.2_JPM_2021-12-31.html"
    assert _rates(corpus_dir, jpm, "return_on_average_assets")[q4_21] == Decimal("1.08")
    assert _rates(corpus_dir, "EX-99.1_CFG_2021-12-31.html", "efficiency_ratio")[q4_21] == 62


def test_an_article_names_a_banks_ratios():
    # paraphrase of a bank recap
    claims = _claims("In the fourth quarter of 2021 the efficiency ratio was 62.3%, compared "
                     "with 58.8% a year earlier. The return on average assets was 1.16%.")
    assert claims["62.3%"].metric == "efficiency_ratio"
    assert claims["58.8%"].metric == "efficiency_ratio"
    assert claims["1.16%"].metric == "return_on_average_assets"
