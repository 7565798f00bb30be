"""A summary's line that opens with a label and a colon, the label naming a part of the company
("Americas: $40.3 billion in revenue.", "Acme Services: Achieved record revenue of $X"): the
label is the line's subject, so the figure is that part's, never the company's total
(``line_labels`` on the claim side, ``filed_labels`` at verify time against the filings' own
part names). Sentences written for these tests, after a blog's recap of a device maker's quarter
whose regions' revenue came out drifted against the total. Apple's fiscal Q2 2025 10-Q is read in
place (segments Americas 40,315, Europe 24,454, Greater China 16,002 vs 16,372; Services
26,645; total 95,359)."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from core.verdicts import Article
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from tests.conftest import claims_in
from tests.test_verify_earning_parts import _stored, verify

# the lead names the filer often enough for its name to be known ("Apple Services")
_LEAD = ("Apple reported its fiscal second quarter of 2025. Apple said revenue was $95.4 "
         "billion, and Apple raised its dividend.\n")


@pytest.fixture(scope="module")
def apple():
    return _stored("10q-aapl-0000320193-25-000057/aapl-20250329.htm", 320193, date(2025, 5, 2))


def _all(text, facts):
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return verify_claims(extract_claims(article), facts)


def test_a_place_label_makes_the_revenue_its_own(apple):
    found = verify(_LEAD + "Regional view\nAmericas: $40.3 billion in revenue.\n", apple)
    assert found["$40.3 billion"].verdict == "supported"  # 40,315, never the total's 95,359
    off = verify(_LEAD + "Regional view\nAmericas: $44.3 billion in revenue.\n", apple)
    assert off["$44.3 billion"].verdict == "drifted"
    assert off["$44.3 billion"].claim.entity == "Americas"


def test_a_label_with_the_filers_name_and_a_rank_adjective(apple):
    found = verify(_LEAD + "Apple Services: Booked record-high revenue of $26.65 "
                   "billion, showing the ecosystem's pull.\n", apple)
    assert found["$26.65 billion"].verdict == "supported"  # Services 26,645
    assert found["$26.65 billion"].claim.entity == "Services"


def test_a_rank_adjective_names_no_part():
    got = {c.text: c for c in claims_in(
        "Widgetco reported its fiscal second quarter of 2025. The company posted an all-time "
        "high revenue of $12.4 billion.")}
    assert got["$12.4 billion"].metric == "revenue"
    assert got["$12.4 billion"].entity is None  # the company's record, no part "all-time high"


def test_a_bare_amount_under_a_label_the_filings_name(apple):
    found = verify(_LEAD + "Regional view\nEurope: $24.45 billion.\n"
                   "Greater China: $16 billion (down 2.3%).\n", apple)
    assert found["$24.45 billion"].verdict == "supported"  # Europe 24,454
    assert found["$16 billion"].verdict == "supported"  # 16,002
    assert found["2.3%"].verdict == "supported"  # 16,002 / 16,372 - 1 = -2.26%
    off = verify(_LEAD + "Regional view\nEurope: $21.45 billion.\n"
                 "Greater China: $16 billion (down 9.3%).\n", apple)
    # a bare amount may be another line of the part: never drifted
    assert off["$21.45 billion"].verdict == "unverifiable"
    assert off["9.3%"].verdict == "unverifiable"


def test_must_not_fire(apple):
    # a label that names no part: the company's revenue, as read before
    found = verify(_LEAD + "Highlights: Revenue of $95.36 billion, up 5%.\n", apple)
    assert found["$95.36 billion"].verdict == "supported"
    assert found["$95.36 billion"].claim.entity is None
    # a label that names a metric
    found = verify(_LEAD + "Total Revenue: $95.36 billion.\n", apple)
    assert found["$95.36 billion"].claim.entity is None
    # the line names another metric: the part's operating income, never its revenue
    found = verify(_LEAD + "Japan: $3.43 billion of operating income.\n", apple)
    assert found["$3.43 billion"].claim.metric == "operating_income"
    # a place the filings do not state: its own figure, compared with nothing
    found = verify(_LEAD + "Regional view\nLatin America: $40.3 billion in revenue.\n", apple)
    assert found["$40.3 billion"].verdict == "unverifiable"
    # the place's colon after the figure: no label of it
    found = verify(_LEAD + "Revenue came to $95.36 billion; the leader was clear. Americas: "
                   "strongest.\n", apple)
    assert found["$95.36 billion"].claim.entity is None
    # a bare amount under a label that is no filed part stays unnamed
    verdicts = [v for v in _all(_LEAD + "Outlook: $98 billion.\n", apple)
                if v.claim.text == "$98 billion"]
    assert verdicts and verdicts[0].claim.metric is None


def test_a_label_naming_another_company_is_never_the_filers_total(apple):
    # a recap listing peers' quarters one a line: the label names a company the lead never
    # gives the filer, so the figure is compared with nothing (it drifted against the total)
    found = verify(_LEAD + "Peers in the quarter\nGlobex: $40.3 billion in revenue.\n", apple)
    assert found["$40.3 billion"].verdict == "unverifiable"
    assert found["$40.3 billion"].claim.entity == "Globex"


@pytest.mark.parametrize("label", ["Highlights", "Key Figures", "Bottom Line", "Apple"])
def test_a_heading_or_the_filers_name_before_the_colon_stays_the_companys(apple, label):
    found = verify(_LEAD + f"{label}: $95.4 billion in revenue.\n", apple)
    assert found["$95.4 billion"].verdict == "supported"
    assert found["$95.4 billion"].claim.entity is None


def test_a_filed_part_name_unknown_to_the_word_tables_is_still_its_part(apple):
    found = verify(_LEAD + "Products\nWearables: $7.5 billion in revenue.\n", apple)
    assert found["$7.5 billion"].verdict == "supported"  # Wearables, Home and Accessories 7,522


_RETAIL = ("Widgetco Inc. reported its third quarter of fiscal 2024, and Widgetco said net "
           "sales fell as Widgetco saw fewer shoppers in its mall stores over the quarter.\n")


def test_a_part_word_in_the_plural_names_its_part():
    # a retailer's recap splitting sales by channel: "Stores" is the store channel, never the
    # company's total (drifted against it)
    got = {c.text: c for c in claims_in(_RETAIL + "By channel\nStores: $247.0 million in sales.\n"
                                        "Online: $46.6 million in sales.\n")}
    assert got["$247.0 million"].entity == "Stores"
    assert got["$46.6 million"].entity == "Online"


@pytest.mark.parametrize("label", ["Sales", "Highlights", "Results"])
def test_a_metric_or_heading_in_the_plural_names_no_part(label):
    got = {c.text: c for c in claims_in(_RETAIL + f"{label}: $293.6 million in net sales.\n")}
    assert got["$293.6 million"].entity is None
