"""Counts the filer's prose states, echoed though no registry row counts them, and a rate the
same filer sentence states beside an echoed figure (``echo_counts``, ``echo_rates``).

The articles and filings are the project's own sentences, shaped as a retailer's release ("445
stores in 42 states"), a bank's deal release ("29 of the top 30 largest markets") and a camera
maker's 10-Q MD&A (a subscription tier's subscribers and their sequential growth).
"""

from __future__ import annotations

from datetime import date

from core.verdicts import Verification
from pipeline.verify.echo_rates import rates_beside_echoes
from pipeline.verify.prose_echo import echo
from tests.conftest import verify_text
from tests.test_prose_echo import _document

STORES = ("As of the end of the fiscal quarter, it operated 445 stores in 42 states compared "
          "with 443 stores in 42 states a year earlier.")
MARKETS = ("The bank now serves retail customers and business clients in 29 of the top 30 "
           "largest markets in the country.")
TIER = ("As of September 30, 2018, we have approximately 185,000 Vista Plus subscribers, which "
        "represents a 16% increase sequentially and a 39% increase year-over-year.")


def _verdict(filing: str, article: str, figure: str) -> Verification:
    v = verify_text(article, [])[figure]
    return echo(v, [_document(filing, period_end=date(2018, 9, 30))])


def test_a_bare_count_whose_words_name_its_noun_is_echoed_as_a_count():
    article = "The chain operated 445 stores across 42 states at the quarter's end."
    v = verify_text(article, [])["42"]
    assert v.claim.unit is None and v.gap == "no_metric"  # no registry row counts states
    assert _verdict(STORES, article, "42").verdict == "supported"


def test_a_bare_count_of_another_noun_is_no_echo():
    # the same digits and the same words around them, counting countries, not states
    article = "The chain operated 445 stores across 42 countries at the quarter's end."
    assert _verdict(STORES, article, "42").verdict == "unverifiable"


def test_a_part_of_a_whole_echoes_the_same_part_of_the_same_whole():
    article = "The lender now operates in 29 of the 30 largest markets across the country."
    assert _verdict(MARKETS, article, "29").verdict == "supported"


def test_a_part_of_another_whole_is_no_echo():
    article = "The lender now operates in 29 of the 45 largest markets across the country."
    assert _verdict(MARKETS, article, "29").verdict == "unverifiable"


# (the quarter named first, so the rate's period is searched and found wanting)
TIER_ARTICLE = ("Vista reported its third quarter 2018 results on Thursday. "
                "Its Vista Plus subscription service watched the count of paying subscribers "
                "climb by 16% from the second quarter, to 185,000 by the end of September.")


def test_a_parts_count_is_echoed_by_the_filers_count_of_that_part():
    v = verify_text(TIER_ARTICLE, [])["185,000"]
    assert v.verdict == "unverifiable" and v.gap == "part"  # never the company's count
    assert _verdict(TIER, TIER_ARTICLE, "185,000").verdict == "supported"


def test_a_parts_count_is_no_echo_of_a_count_that_names_no_part():
    company = ("As of September 30, 2018, we have approximately 185,000 paying subscribers, "
               "which represents a 16% increase sequentially.")
    assert _verdict(company, TIER_ARTICLE, "185,000").verdict == "unverifiable"


def _with_rates(filing: str, article: str) -> dict[str, str]:
    doc = _document(filing, period_end=date(2018, 9, 30))
    echoed = [echo(v, [doc]) for v in verify_text(article, []).values()]
    return {v.claim.text: v.verdict for v in rates_beside_echoes(echoed)}


def test_a_rate_the_same_filer_sentence_states_beside_an_echoed_count_is_supported():
    verdicts = _with_rates(TIER, TIER_ARTICLE)
    assert verdicts == {"16%": "supported", "185,000": "supported"}


def test_a_rate_of_another_base_or_way_or_value_is_not_taken_from_the_sentence():
    # the filer's 16% is sequential, the article's year over year
    yearly = TIER_ARTICLE.replace("from the second quarter", "year over year")
    assert _with_rates(TIER, yearly)["16%"] == "unverifiable"
    # a fall is no increase
    fell = TIER_ARTICLE.replace("climb", "fall")
    assert _with_rates(TIER, fell)["16%"] == "unverifiable"
    # no rate of the filer's sentence is the article's
    other = TIER_ARTICLE.replace("16%", "18%")
    assert _with_rates(TIER, other)["18%"] == "unverifiable"


def test_a_rate_beside_a_figure_no_echo_supported_stays_as_it_was():
    # the count is the company's, so no echo, and the rate has no filer sentence to come from
    company = ("As of September 30, 2018, we have approximately 185,000 paying subscribers, "
               "which represents a 16% increase sequentially.")
    assert _with_rates(company, TIER_ARTICLE) == {"16%": "unverifiable",
                                                  "185,000": "unverifiable"}
