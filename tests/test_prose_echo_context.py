"""The same digits under the same words that still state another fact: no echo.

A filing's sentence may state an amount as a ceiling, a change, a range's end, under a modal
verb, for the prior year-end of a "respectively" list, for nine months rather than the
quarter, for the prior year, or as a count of something else; an article's statement of fact
about the period reported is no echo of it (``prose_context``, read by ``prose_echo``). The
sentences are the project's own, shaped like a railroad's, a game publisher's and a
homebuilder's periodic reports; each hazard has its must-not-fire twin.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from extractors.sentences import split_sentences
from pipeline.verify.prose_echo import echo, read_prose_figures
from tests.test_prose_echo import _document, _unverifiable


def _verdict(filing: str, article: str, figure: str, start: date | None = None,
             end: date | None = None) -> str:
    claim = _unverifiable(article, figure)
    v = replace(claim, claim=replace(claim.claim, period_start=start, period_end=end))
    return echo(v, [_document(filing, period_end=end)]).verdict


CEILING = "The board authorized the issuance of up to $9.0 billion of debt securities."
CHANGE = "Fuel surcharge freight revenue decreased $100 million to $569 million on fuel prices."


@pytest.mark.parametrize("filing, article, figure, verdict", [
    # a ceiling is no amount issued; the article's own ceiling is
    (CEILING, "The board approved the issuance of $9.0 billion of debt securities.",
     "$9.0 billion", "unverifiable"),
    (CEILING, "The board authorized the issuance of up to $9.0 billion of debt securities.",
     "$9.0 billion", "supported"),
    # a change is no level ("fell to"), the level after it is
    (CHANGE, "Fuel surcharge freight revenue fell to $100 million on fuel prices.",
     "$100 million", "unverifiable"),
    (CHANGE, "Fuel surcharge freight revenue dropped $100 million on fuel prices.",
     "$100 million", "supported"),
    (CHANGE, "Fuel surcharge freight revenue fell to $569 million on fuel prices.",
     "$569 million", "supported"),
    # a change's direction is its words': a filed decrease is no rise of as much
    (CHANGE, "Fuel surcharge freight revenue rose $100 million on fuel prices.",
     "$100 million", "unverifiable"),
    # a range's end is no amount paid
    ("Costs to settle these injury claims range from approximately $370 million to $487 "
     "million.", "Costs to settle injury claims came to $487 million.", "$487 million",
     "unverifiable"),
])
def test_a_figure_echoes_only_a_figure_of_the_same_part(filing, article, figure, verdict):
    assert _verdict(filing, article, figure) == verdict


def test_a_figure_under_a_modal_verb_is_no_fact():
    article = "The company paid environmental remediation costs of $500 million at these sites."
    hedged = ("We could be required to pay environmental remediation costs of $500 million at "
              "these sites.")
    assert _verdict(hedged, article, "$500 million") == "unverifiable"
    # (a modal verb after the figure, or in another clause, governs another thing)
    stated = ("We paid environmental remediation costs of $500 million at these sites, which "
              "may rise next year.")
    assert _verdict(stated, article, "$500 million") == "supported"


ALLOWANCES = ("At June 30, 2025, and December 31, 2024, receivables in other assets were reduced "
              "by allowances of $70 million and $69 million, respectively.")


def test_a_respectively_list_pairs_each_amount_with_its_own_date():
    article = "Receivables in other assets carried allowances of {} at the end of June."
    june = date(2025, 6, 30)
    assert _verdict(ALLOWANCES, article.format("$69 million"), "$69 million",
                    end=june) == "unverifiable"
    assert _verdict(ALLOWANCES, article.format("$70 million"), "$70 million",
                    end=june) == "supported"
    # a list that names more dates than it has amounts does not pair: no echo
    three = ALLOWANCES.replace("At June 30, 2025, and", "At June 30, 2025, March 31, 2025 and")
    assert _verdict(three, article.format("$70 million"), "$70 million",
                    end=june) == "unverifiable"


def test_a_span_the_sentence_names_must_be_the_claims():
    nine = ("During the nine months ended December 31, 2016, we repurchased about 5.0 million "
            "shares of common stock for approximately $383 million.")
    article = "The publisher repurchased common stock shares for approximately $383 million."
    end = date(2016, 12, 31)
    assert _verdict(nine, article, "$383 million", date(2016, 10, 1), end) == "unverifiable"
    assert _verdict(nine, article, "$383 million", date(2016, 4, 1), end) == "supported"
    both = ("During the three and nine months ended December 31, 2016, we repurchased common "
            "stock shares for approximately $127 million and $383 million, respectively.")
    quarter = "The publisher repurchased common stock shares for approximately {}."
    assert _verdict(both, quarter.format("$127 million"), "$127 million", date(2016, 10, 1),
                    end) == "supported"
    assert _verdict(both, quarter.format("$383 million"), "$383 million", date(2016, 10, 1),
                    end) == "unverifiable"


def test_a_prior_periods_figure_is_no_echo_of_the_period_reported():
    article = "The builder spent $336 million on land and land development."
    prior = "Prior-year spending on land and land development was $336 million."
    assert _verdict(prior, article, "$336 million") == "unverifiable"
    # (the prior year as a comparison's base names the base, not the figure)
    rose = ("Compared to last year, spending on land and land development rose to $437 million.")
    assert _verdict(rose, article.replace("336", "437"), "$437 million") == "supported"


def test_a_bound_or_a_one_digit_figure_is_held_as_the_verifier_holds_it():
    filing = "The railroad spent $4.7 billion on track renewal and signal upgrades."
    article = "The railroad spent {} on track renewal and signal upgrades."
    for figure, verdict in (("more than $5 billion", "unverifiable"),
                            ("$5 billion", "unverifiable"), ("$4.7 billion", "supported"),
                            ("more than $4.6 billion", "supported")):
        assert _verdict(filing, article.format(figure), figure.split()[-2]) == verdict, figure


def test_a_count_echoes_only_a_count_of_the_same_thing():
    filing = "At quarter end the retailer operated 445 retail stores across 42 states."
    assert _verdict(filing, "At quarter end the retailer had 445 employees across 42 states.",
                    "445") == "unverifiable"
    assert _verdict(filing, "At quarter end the retailer had 445 stores across 42 states.",
                    "445") == "supported"


def test_a_table_row_printed_as_prose_is_skipped():
    row = "For the nine months ended December 31, net income was $ 401 $ 257 in the two years."
    assert read_prose_figures(split_sentences(row)) == ()


def test_a_year_the_sentence_leads_with_dates_its_figure():
    # (a 10-K for 2011 discusses 2010 too: "For 2010, ..." dates the figure however far off)
    filing = ("For 2010, our mortgage lending arm generated pretax income of approximately $1.6 "
              "million compared to pretax income of $1.3 million in 2009.")
    article = "The mortgage lending arm generated pretax income of approximately $1.6 million."
    year = date(2011, 12, 31)
    assert _verdict(filing, article, "$1.6 million", date(2011, 1, 1), year) == "unverifiable"
    assert _verdict(filing.replace("2010", "2011").replace("2009", "2010"), article,
                    "$1.6 million", date(2011, 1, 1), year) == "supported"


def test_a_yearless_figure_dated_elsewhere_to_another_year_is_not_pinned():
    # (a sentence of a 10-K's discussion of the year before names no year; the same figure
    # under the same words is dated in another sentence)
    filing = ("These decreases were partly offset by a rise in our average home selling price "
              "to $343 thousand. In 2011 our average home selling price rose to $349 thousand, "
              "compared to $343 thousand for 2010.")
    article = "Its average home selling price rose to {} in 2011."
    claim = _unverifiable(article.format("$343 thousand"), "$343 thousand")
    v = replace(claim, claim=replace(claim.claim, period_end=date(2011, 12, 31)))
    doc = _document(filing, period_end=date(2011, 12, 31))
    assert echo(v, [doc]).verdict == "unverifiable"
    right = _unverifiable(article.format("$349 thousand"), "$349 thousand")
    right = replace(right, claim=replace(right.claim, period_end=date(2011, 12, 31)))
    assert echo(right, [doc]).verdict == "supported"


def test_a_days_date_is_no_year_the_sentence_leads_with():
    # (a retailer's fiscal year ends early in the next calendar year: "On November 28, 2012"
    # is in its fiscal 2012, which ends in February 2013)
    filing = ("On November 28, 2012, the retailer repurchased $700 million principal amount of "
              "its outstanding senior unsecured notes.")
    article = "The retailer repurchased $700 million of its outstanding senior unsecured notes."
    assert _verdict(filing, article, "$700 million", date(2012, 11, 4),
                    date(2013, 2, 2)) == "supported"


def test_a_figure_the_sentence_dates_by_its_year_alone_is_the_years_not_a_quarters():
    # an earnings release reports its fourth quarter and its year; a sentence that dates an
    # amount "for 2024" and names no quarter states the year's, so a quarter's claim in the
    # same words is no echo of it, while the year's claim still is
    year = ("Net charges for legal and regulatory matters for 2024 were $612 million compared "
            "with $1.05 billion for 2023.")
    article = "Charges for legal and regulatory matters were $612 million in the quarter."
    end = date(2024, 12, 31)
    assert _verdict(year, article, "$612 million", date(2024, 10, 1), end) == "unverifiable"
    assert _verdict(year, article, "$612 million", date(2024, 1, 1), end) == "supported"
    # the quarter's own sentence still echoes the quarter's claim
    quarter = ("Net charges for legal and regulatory matters for the fourth quarter of 2024 were "
               "$612 million.")
    assert _verdict(quarter, article, "$612 million", date(2024, 10, 1), end) == "supported"


def test_a_yearless_quarter_of_the_article_is_still_a_quarter():
    # "in the quarter" in an article that never says which year: its dates are unknown but its
    # span is not, so a sentence dating the amount by a year alone is no echo of it
    from pipeline.verify.period_math import UNDATED
    year = ("Net charges for legal and regulatory matters for 2024 were $612 million compared "
            "with $1.05 billion for 2023.")
    claim = _unverifiable("Charges for legal and regulatory matters were $612 million in the "
                          "quarter.", "$612 million")

    def label(text: str) -> str:
        v = replace(claim, claim=replace(claim.claim, period_label=text, period_start=None,
                                         period_end=None))
        return echo(v, [_document(year, period_end=date(2024, 12, 31))]).verdict

    assert label(f"a quarter {UNDATED}") == "unverifiable"
    assert label(f"Q4 {UNDATED}") == "unverifiable"
    assert label(f"the fiscal year {UNDATED}") == "supported"


def test_a_panel_dated_by_its_year_alone_is_no_quarters():
    # a release's summary panel puts the year before a segment's amount, with no "for"
    panel = "2024 Advisory revenues $7.42 billion, a record for the franchise."
    article = "Advisory revenues were $7.42 billion in the quarter."
    end = date(2024, 12, 31)
    assert _verdict(panel, article, "$7.42 billion", date(2024, 10, 1), end) == "unverifiable"
    assert _verdict(panel, article, "$7.42 billion", date(2024, 1, 1), end) == "supported"
