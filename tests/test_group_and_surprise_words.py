"""Two kinds of figure that name no filed line, checked against real filings: a growth rate of
several parts taken together ("collectively", "jointly", "in aggregate"), and the forecast of an
earnings surprise. Neither may be compared with the company's line: the first is a sum no filing
states, the second an analysts' number.

The sentences are the project's own, around the filings' figures.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import claims_in, corpus_verdicts

AAPL_Q = "10q-aapl-0000320193-25-000057/aapl-20250329.htm"
AAPL_FILED = date(2025, 5, 2)
JPM_Q4 = "dev/EX-99.2_JPM_2021-12-31.html"
JPM_FILED = date(2022, 1, 14)


def _aapl(text: str) -> dict:
    return corpus_verdicts(AAPL_Q, AAPL_FILED, text, form="10-Q")


def test_parts_taken_together_are_not_the_company(corpus_dir):
    # the three smaller product lines grew 4.5% together; the company's revenue grew 5.1%
    found = _aapl("In its fiscal second quarter of 2025, net sales rose 5.1% from a year "
                  "earlier. Non-phone revenues (tablets, computers and accessories) "
                  "collectively increased by 4.5% year over year.")
    assert found["4.5%"][0] == "unverifiable"
    found |= _aapl("In its fiscal second quarter of 2025, sales of tablets, computers and "
                   "accessories collectively increased by 4.5% year over year.")
    assert found["5.1%"][0] == "supported"
    assert found["4.5%"][0] == "unverifiable"
    jointly = _aapl("In its fiscal second quarter of 2025, tablets and computers jointly grew "
                    "4.5% from the year before.")
    assert jointly["4.5%"][0] == "unverifiable"


def test_customers_together_keep_their_share(corpus_dir):
    # a share of customers taken together is what filers state: never a sum of lines
    claims = claims_in("In the second quarter of 2026, two customers collectively accounted "
                       "for 76% of accounts receivable.")
    assert [c.metric for c in claims if c.text == "76%"] == ["customer_concentration"]


def test_a_forecast_earnings_surprise_is_not_checkable(corpus_dir):
    found = corpus_verdicts(JPM_Q4, JPM_FILED, (
        "The bank reported its fourth quarter of 2021 on Friday. Ahead of it, the earnings "
        "expected surprise prediction was -0.84%, so few expected a beat. Net income came to "
        "$10.4 billion."))
    assert found["-0.84%"][0] == "not_checkable"
    assert found["$10.4 billion"][0] == "supported"
