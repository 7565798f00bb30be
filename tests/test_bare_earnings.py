"""A bare "earnings"/"profit" growth rate (no "net", no "per share", no "GAAP"/"adjusted" in its
own clause) may mean net income or diluted EPS, GAAP or adjusted. The earnings figure quoted
just before it pins one; else it is compared under each reading the filings state: supported
only when all bear it out, drifted only when all miss it, unverifiable otherwise, naming them.

Every sentence here is written for these tests (paraphrases, not third-party text); the filings
are read in place from the corpus: a software maker's Q1 FY2023 earnings release (GAAP net
income 1,247M vs 1,266M, -1.50%; GAAP diluted EPS 2.71 vs 2.66, +1.88%; non-GAAP net income
1,746M vs 1,602M, +8.99%; non-GAAP EPS 3.80 vs 3.37, +12.76%) and an apparel retailer's Q3 2024
release (net income 44.2M vs 51.8M, -14.66%; diluted EPS 0.88 vs 1.04, -15.38%)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text
from warehouse.records import StoredFact

pytestmark = pytest.mark.corpus

_HEAD = "Software group reports first-quarter results\n\n"
_DATED = "For its fiscal first quarter ended March 3, 2023, "


@pytest.fixture(scope="module")
def software() -> list[StoredFact]:
    return stored_corpus_facts("8k-adbe-0000796343-23-000044/adbeex991q123.htm",
                               "0000796343-23-000044", "8-K", date(2023, 3, 15))


@pytest.fixture(scope="module")
def retailer() -> list[StoredFact]:
    return stored_corpus_facts("8k-buckle-2024-11-22/BuckleInc.8-K.EX99.1.html",
                               "0000885245-24-000001", "8-K", date(2024, 11, 22))


def _rate(text: str, facts: list[StoredFact], figure: str = "13%"):
    return verify_text(text, facts)[figure]


# --- context: the earnings figure just before pins the reading -------------------------------

@pytest.mark.parametrize("level", [
    "the group earned an adjusted $3.80 a share",
    "the group reported adjusted profit of $3.80 per share",  # its metric goes unread
])
def test_an_adjusted_per_share_figure_before_pins_the_rate(software, level):
    # read as GAAP net income (-1.50%), the 13% of the adjusted EPS (+12.76%) drifted
    text = (f"{_HEAD}{_DATED}{level} on revenue of $4.66 billion. Forecasters had looked for "
            "$3.68 a share. Against the year-ago quarter, the group's earnings climbed 13% "
            "while revenue advanced 9%.\n")
    claim = next(c for c in claims_in(text) if c.text == "13%")
    assert claim.basis == "eps_diluted_non_gaap" and claim.reading_pinned
    assert claim.readings[0] == "eps_diluted_non_gaap"
    verdict = _rate(text, software)
    assert verdict.verdict == "supported", verdict.reason
    assert "3.80 / 3.37" in verdict.arithmetic


def test_a_gaap_net_income_figure_before_pins_net_income(software):
    text = (f"{_HEAD}{_DATED}net income came to $1.25 billion. Earnings slipped 1.5% from "
            "the year before.\n")
    claim = next(c for c in claims_in(text) if c.text == "1.5%")
    assert claim.basis == "net_income" and claim.reading_pinned
    assert claim.readings == ("net_income", "eps_diluted")  # nothing adjusted quoted
    # diluted EPS rose 1.88%: the reading the context pins decides
    assert _rate(text, software, "1.5%").verdict == "supported"


def test_a_gaap_per_share_figure_before_pins_diluted_eps(software):
    # GAAP diluted EPS 2.71 vs 2.66 (+1.88%); net income fell 1.50%
    text = (f"{_HEAD}{_DATED}the group earned $2.71 a share. Profit rose 1.9% from the "
            "year before.\n")
    claim = next(c for c in claims_in(text) if c.text == "1.9%")
    assert claim.basis == "eps_diluted" and claim.reading_pinned
    assert _rate(text, software, "1.9%").verdict == "supported"


def test_a_pinned_reading_that_misses_is_not_drifted_when_another_bears_it_out(software):
    # the context points at adjusted EPS (+12.76%), but GAAP net income fell 1.50%: the
    # article may mean either, so the pinned reading's miss is no drift
    text = (f"{_HEAD}{_DATED}the group earned an adjusted $3.80 a share. Profit slipped 1.5% "
            "from the year before.\n")
    verdict = _rate(text, software, "1.5%")
    assert verdict.verdict == "unverifiable"
    assert "points at eps_diluted_non_gaap" in verdict.reason
    assert "net_income supported" in verdict.reason


def test_a_pin_reaches_no_further_than_the_sentence_before(software):
    # the adjusted figure stands two paragraphs up: nothing pins the rate, every reading open
    text = (f"{_HEAD}{_DATED}the group earned an adjusted $3.80 a share.\n\n"
            "Its design tools led the way.\n\n"
            "Against the year-ago quarter, earnings climbed 13%.\n")
    claim = next(c for c in claims_in(text) if c.text == "13%")
    assert claim.basis == "net_income" and not claim.reading_pinned
    assert set(claim.readings) == {"net_income", "eps_diluted", "net_income_non_gaap",
                                   "eps_diluted_non_gaap"}
    verdict = _rate(text, software)
    assert verdict.verdict == "unverifiable"  # only the adjusted per-share reading bears it
    assert "eps_diluted_non_gaap supported" in verdict.reason
    assert "net_income drifted" in verdict.reason


def test_a_qualified_subject_is_not_bare(software):
    text = f"{_HEAD}{_DATED}net earnings slipped 1.5% from a year earlier.\n"
    claim = next(c for c in claims_in(text) if c.text == "1.5%")
    assert claim.readings == () and claim.basis == "net_income"  # as before
    assert _rate(text, software, "1.5%").verdict == "supported"


# --- no context: every reading the filings state ----------------------------------------------

def test_every_reading_missing_is_drifted_and_says_what_was_compared(software):
    text = (f"{_HEAD}{_DATED}revenue reached $4.66 billion. Against the year-ago quarter, "
            "earnings climbed 13%.\n")
    verdict = _rate(text, software)
    assert verdict.verdict == "drifted"
    # nothing adjusted was quoted: the GAAP readings only, each with its arithmetic
    assert "net_income drifted (1,247,000,000 / 1,266,000,000 - 1 = -1.50%)" in verdict.reason
    assert "eps_diluted drifted (2.71 / 2.66 - 1 = 1.88%)" in verdict.reason
    assert "non_gaap" not in verdict.reason


def test_readings_that_disagree_leave_it_unverifiable(software):
    # net income fell 1.50%, diluted EPS rose 1.88%: "slipped 1.5%" is one of them only
    text = (f"{_HEAD}{_DATED}revenue reached $4.66 billion. Against the year-ago quarter, "
            "earnings slipped 1.5%.\n")
    verdict = _rate(text, software, "1.5%")
    assert verdict.verdict == "unverifiable"
    assert "net_income supported" in verdict.reason
    assert "eps_diluted drifted" in verdict.reason


def test_every_reading_bearing_it_out_is_supported(retailer):
    # net income -14.66%, diluted EPS -15.38%: both round to 15%
    text = ("Apparel chain reports third-quarter results\n\nFor its fiscal third quarter ended "
            "November 2, 2024, the chain's earnings fell 15% from a year earlier.\n")
    verdict = _rate(text, retailer, "15%")
    assert verdict.verdict == "supported", verdict.reason
    assert "every reading" in verdict.reason


def test_a_finer_rate_one_reading_misses_is_unverifiable(retailer):
    text = ("Apparel chain reports third-quarter results\n\nFor its fiscal third quarter ended "
            "November 2, 2024, the chain's earnings fell 14.7% from a year earlier.\n")
    verdict = _rate(text, retailer, "14.7%")
    assert verdict.verdict == "unverifiable"
    assert "eps_diluted drifted (0.88 / 1.04 - 1 = -15.38%)" in verdict.reason


def test_a_bare_profit_is_net_income_when_nothing_adjusted_is_quoted(retailer):
    # "profit" names no per-share amount: net income's -14.66% alone decides
    text = ("Apparel chain reports third-quarter results\n\nFor its fiscal third quarter ended "
            "November 2, 2024, the chain's quarterly profit fell 14.7% from a year earlier.\n")
    claim = next(c for c in claims_in(text) if c.text == "14.7%")
    assert claim.basis == "net_income" and claim.readings == ()
    assert _rate(text, retailer, "14.7%").verdict == "supported"


def test_the_level_a_rate_reached_pins_it(software):
    # "to $1.25 billion": net income's growth, never the per-share amount's
    text = (f"{_HEAD}{_DATED}earnings slipped 1.5% to $1.25 billion from a year "
            "earlier.\n")
    claim = next(c for c in claims_in(text) if c.text == "1.5%")
    assert claim.basis == "net_income" and claim.reading_pinned
    assert _rate(text, software, "1.5%").verdict == "supported"


# --- a headline's bare rate, restated by the next sentence in words that name its line -------

def test_a_rate_the_next_sentence_restates_as_profit_is_net_income_s(retailer):
    # net income -14.66%, diluted EPS -15.38%: the headline's bare "earnings" alone would be
    # unverifiable; the lead says the same 14.7% of its profit
    text = ("Apparel chain's third-quarter earnings slip 14.7%\n\nFor its fiscal third quarter "
            "ended November 2, 2024, the chain said quarterly profit fell 14.7% from a year "
            "earlier.\n")
    headline = next(c for c in claims_in(text) if c.text == "14.7%")
    assert headline.basis == "net_income" and headline.reading_pinned
    verdicts = [v for v in verify_text(text, retailer).values() if v.claim.text == "14.7%"]
    assert all(v.verdict == "supported" for v in verdicts)


@pytest.mark.parametrize("lead", [
    # another rate in the next sentence: no restatement
    "the chain said quarterly profit fell 14.2% from a year earlier.",
    # the same rate two sentences on: too far to restate it
    "the chain said sales were lower. Quarterly profit fell 14.7% from a year earlier.",
    # the same rate, restated as bare as the headline: nothing named
    "the chain said its earnings fell 14.7% from a year earlier.",
])
def test_a_rate_no_next_sentence_restates_by_its_line_stays_open(retailer, lead):
    text = ("Apparel chain's third-quarter earnings slip 14.7%\n\nFor its fiscal third quarter "
            f"ended November 2, 2024, {lead}\n")
    headline = next(c for c in claims_in(text) if c.text == "14.7%")
    assert not headline.reading_pinned and len(headline.readings) > 1
