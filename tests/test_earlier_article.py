"""An article whose dated figures are of an earlier period than the loaded filing's current one
(last year's quarter, which this year's 10-Q carries only as its prior-year column): a figure it
states with no period of its own is that earlier period's, never compared with the current
balance; checked against the article's day where the filing states the line then, else
unverifiable with the reason.

Checked by hand against real filings: a database maker's 10-Q for its first quarter of fiscal
2024 (quarter revenue 12,453 million, 11,445 million a year before; remaining performance
obligations 64.9 billion at August 31, 2023, none filed for a year before), an AI software
maker's 10-Q for its first quarter of fiscal 2024 (revenue 72.4 million, 65.3 million a year
before; cash and equivalents 206.4 million at July 31, 2023 and 221.9 million at July 31, 2022)
and a bitcoin miner's 10-Q for its second quarter of 2023 (revenue 81.8 million, 24.9 million a
year before; energized hash rate 17.7 EH/s at June 30, 2023 and 0.7 EH/s a year before). The
sentences are the project's own.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import corpus_verdicts

DATABASE_10Q = "10q-10k/10-Q_ORCL_0000950170-23-047713.html"
DATABASE_FILED = date(2023, 9, 12)
SOFTWARE_10Q = "10q-10k/10-Q_AI_0001628280-23-031636.html"
SOFTWARE_FILED = date(2023, 9, 7)
MINER_10Q = "10q-10k/10-Q_MARA_0001493152-23-027174.html"
MINER_FILED = date(2023, 8, 8)


def _database(text: str) -> dict:
    return corpus_verdicts(DATABASE_10Q, DATABASE_FILED, text, form="10-Q")


def test_an_undated_backlog_of_last_years_quarter_is_not_held_to_this_years(corpus_dir):
    found = _database("For its fiscal 2023 first quarter the database vendor booked revenue "
                      "of $11.4 billion. Its contracted backlog, remaining performance "
                      "obligations, swelled to $55.0 billion.")
    assert found["$11.4 billion"][0] == "supported"
    assert found["$55.0 billion"][0] == "unverifiable"  # drifted against August 2023's before
    # nor borne out by the current balance: the article is about the year before
    echoed = _database("For its fiscal 2023 first quarter the database vendor booked revenue "
                       "of $11.4 billion. Its contracted backlog, remaining performance "
                       "obligations, swelled to $64.9 billion.")
    assert echoed["$64.9 billion"][0] == "unverifiable"


def test_an_article_on_the_current_quarter_still_checks_the_current_balance(corpus_dir):
    # must not fire: the dated figures are of the filing's own quarter
    found = _database("For its fiscal 2024 first quarter the database vendor booked revenue "
                      "of $12.5 billion. Its contracted backlog, remaining performance "
                      "obligations, swelled to $55.0 billion.")
    assert found["$55.0 billion"][0] == "drifted"
    held = _database("For its fiscal 2024 first quarter the database vendor booked revenue "
                     "of $12.5 billion. Its contracted backlog, remaining performance "
                     "obligations, swelled to $64.9 billion.")
    assert held["$64.9 billion"][0] == "supported"


def test_a_balance_the_filing_states_on_the_articles_day_is_checked_there(corpus_dir):
    found = corpus_verdicts(SOFTWARE_10Q, SOFTWARE_FILED, (
        "The enterprise AI vendor's revenue for its fiscal 2023 first quarter was $65.3 "
        "million. Cash and cash equivalents stood at $206.4 million."), form="10-Q")
    assert found["$206.4 million"][0] == "unverifiable"  # this year's balance, supported before
    year_before = corpus_verdicts(SOFTWARE_10Q, SOFTWARE_FILED, (
        "The enterprise AI vendor's revenue for its fiscal 2023 first quarter was $65.3 "
        "million. Cash and cash equivalents stood at $221.9 million."), form="10-Q")
    assert year_before["$221.9 million"][0] == "supported"


def test_an_undated_count_of_last_years_quarter(corpus_dir):
    found = corpus_verdicts(MINER_10Q, MINER_FILED, (
        "Over 2022's second quarter the miner took in revenue of $24.9 million, and its "
        "energized hash rate climbed to 0.7 EH/s."), form="10-Q")
    assert found["0.7 EH/s"][0] == "supported"
    # must not fire: about the current quarter, last year's rate pins nothing
    current = corpus_verdicts(MINER_10Q, MINER_FILED, (
        "Over 2023's second quarter the miner took in revenue of $81.8 million, and its "
        "energized hash rate climbed to 0.7 EH/s."), form="10-Q")
    assert current["0.7 EH/s"][0] == "unverifiable"
