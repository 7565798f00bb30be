"""A line of inline bullets ("<Heading> - <item> - <item>"): the heading's words before a
spaced dash name no customer and no part; the item's own subject does.

Checked against a device maker's 10-Q for its second quarter of fiscal 2025: Products net
sales 68,714 of 95,359 total (72.1%); Services 26,645 against 23,867 a year earlier (up
11.6%). The sentences are the project's own.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import corpus_verdicts

AAPL_Q = "10q-aapl-0000320193-25-000057/aapl-20250329.htm"
FILED = date(2025, 5, 2)
LEAD = "The device maker reported its second quarter of fiscal 2025.\n\n"


def _verdicts(line: str) -> dict:
    return corpus_verdicts(AAPL_Q, FILED, LEAD + line, form="10-Q")


def test_a_heading_before_a_dash_is_no_customer(corpus_dir):
    # read as the customer "Performance", the share was searched for no one: unverifiable
    found = _verdicts("Results Overview - Net sales grew 5.1% - Revenue Performance - Products "
                      "revenue, which was 72.1% of total net sales, gained 2.7% on the year.")
    assert found["72.1%"] == ("supported", "customer_concentration")
    found = _verdicts("Revenue Performance: Products revenue, at 72.1% of total net sales, "
                      "gained 2.7% on the year.")
    assert found["72.1%"] == ("supported", "customer_concentration")


def test_a_part_opening_an_inline_item_is_its_subject(corpus_dir):
    found = _verdicts("What Drove Growth - Services grew 11.6% from a year earlier.")
    assert found["11.6%"] == ("supported", "revenue_growth")


def test_an_item_naming_no_filed_part_stays_unread(corpus_dir):
    # must not fire: a name the filings give no revenue, or a customer's name before its verb
    found = _verdicts("What Drove Growth - Globex grew 11.6% from a year earlier.")
    assert found["11.6%"][0] == "unverifiable"
    found = _verdicts("Concentration: Customer A accounted for 12% of net sales.")
    assert found["12%"][0] != "supported"
