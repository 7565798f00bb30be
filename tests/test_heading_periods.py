"""Issue 12, periods: a list heading's period lasts for its section, and a rate recomputed for
no stated period pairs each period's lines with their own period's (paraphrases, hand-built
facts)."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

from core.facts import Fact, Source
from tests.conftest import claims_in, verify_text
from warehouse.records import StoredFact

# a recap laid out as headings and bullets, no headline: an outlook quarter, an outlook
# year, the quarter reported, then a section whose heading names no period
RECAP = """• Revenue: $5.0B (Est. $5.1B); UP +8% YoY
Q1 Guidance:
• Revenue: $5.2B - $5.3B; UP +6% YoY
FY27 Outlook:
• Revenue: $21.5B - $21.9B; UP +7% YoY
Q4 Segment Performance:
• Subscription Revenue: $4.6B; UP +8% YoY
Cash Metrics:
• Operating Cash Flow: $7.1B; UP +20% YoY
"""


def _claim(text: str, figure: str):
    return next(c for c in claims_in(text) if c.text == figure)


def test_a_year_heading_opens_the_year_not_the_quarter_of_the_heading_before():
    claim = _claim(RECAP, "$21.5B")
    assert claim.period_label == "FY2027"  # was "fiscal Q1 2027": the Q1 above dated by it
    assert (claim.period_start, claim.period_end) == (date(2027, 1, 1), date(2027, 12, 31))


def test_a_quarter_heading_is_not_dated_by_the_outlook_heading_before_it():
    claim = _claim(RECAP, "$4.6B")
    assert claim.period_end is None  # the quarter's year is not stated, nor FY27's
    assert claim.period_label and "Q4" in claim.period_label and "2027" not in claim.period_label


def test_a_heading_naming_no_period_ends_the_heading_before():
    claim = _claim(RECAP, "$7.1B")
    assert claim.period_label is None and claim.period_end is None


def test_a_headline_period_runs_on_under_headings_naming_none():
    text = ("Widget Corp reports fourth quarter 2024 results\n\nHighlights:\n"
            "• Revenue: $5.0B\nBalance Sheet and Cash:\n• Operating cash flow: $1.2B\n")
    for figure in ("$5.0B", "$1.2B"):
        claim = _claim(text, figure)
        assert claim.period_end == date(2024, 12, 31), figure
        assert claim.period_start == date(2024, 10, 1), figure


def test_a_period_heading_still_dates_its_own_bullets():
    text = "Fourth Quarter 2024:\n• Revenue: $5.0B\n• Net income: $1.1B\n"
    for figure in ("$5.0B", "$1.1B"):
        assert _claim(text, figure).period_end == date(2024, 12, 31), figure


def test_a_period_a_sentence_sets_is_kept_past_the_next_heading():
    text = ("Results:\nFor fiscal 2024, revenue was $5.0 billion.\nMore:\n"
            "Net income was $1.1 billion.\n")
    assert _claim(text, "$1.1 billion").period_end == date(2024, 12, 31)


FILING = ("0000000000-25-000001", "10-K", date(2025, 3, 5))
YEARS = [(date(2022, 2, 1), date(2023, 1, 31)), (date(2023, 2, 1), date(2024, 1, 31)),
         (date(2024, 2, 1), date(2025, 1, 31))]


def _stored(metric: str, value: str, period) -> StoredFact:
    accession, form, filed = FILING
    fact = Fact(metric, Decimal(value), "USD", period[0], period[1], decimals=-6,
                sources=(Source("doc.htm", "tables", "1.0", table=3, row=metric, text=value),))
    fact_id = hashlib.sha256(f"{metric}{value}".encode()).hexdigest()[:12]
    return StoredFact(fact_id, fact, 1, accession, form, filed, "doc.htm",
                      f"https://www.sec.gov/Archives/{accession}/doc.htm")


# three years, oldest first: margins 3.3%, 14.4%, 19.0%; any year's income over another
# year's revenue gives other rates (7,205 / 31,352 = 23.0%)
FACTS = [_stored("revenue", r, p) for r, p in zip(
    ("31352000000", "34857000000", "37895000000"), YEARS, strict=True)] + [
    _stored("operating_income", i, p) for i, p in zip(
        ("1030000000", "5011000000", "7205000000"), YEARS, strict=True)]


def test_an_undated_margin_is_recomputed_from_one_period_only():
    found = verify_text("Key figures:\n• Operating Margin: 19.0%\n", FACTS)["19.0%"]
    assert found.verdict == "supported"
    assert found.filed_value == Decimal("19.01")


def test_an_undated_margin_matching_no_period_is_unverifiable_not_drifted():
    found = verify_text("Key figures:\n• Operating Margin: 23.0%\n", FACTS)["23.0%"]
    assert found.verdict == "unverifiable"  # was drifted against a mixed pair of years
    assert "no period stated" in found.reason and "3 periods" in found.reason
    found = verify_text("Key figures:\n• Operating Margin: 33.0%\n", FACTS)["33.0%"]
    assert found.verdict == "unverifiable"


def test_a_dated_margin_still_drifts():
    years = [(date(2023, 1, 1), date(2023, 12, 31)), (date(2024, 1, 1), date(2024, 12, 31))]
    facts = [_stored("revenue", "1000000000", years[0]), _stored("revenue", "2000000000", years[1]),
             _stored("operating_income", "100000000", years[0]),
             _stored("operating_income", "400000000", years[1])]
    found = verify_text("In 2024, operating margin was 25.0%.", facts)["25.0%"]
    assert found.verdict == "drifted" and found.filed_value == Decimal("20.00")


def test_a_summarys_adj_keeps_its_line_whole_and_marks_the_figure_adjusted():
    text = "Key figures:\n• Adj. Operating Margin: 33.0% (Prev. 31%)\n• Adj EPS: $2.10\n"
    found = verify_text(text, FACTS)
    assert found["33.0%"].verdict == "unverifiable"
    assert "adjusted" in found["33.0%"].reason  # not a GAAP margin of any period
    sentences = {c.sentence for c in claims_in(text) if c.text in ("33.0%", "31%")}
    assert len(sentences) == 1 and "Adj. Operating Margin" in sentences.pop()
    assert verify_text(text, FACTS)["$2.10"].claim.metric != "eps_diluted"
