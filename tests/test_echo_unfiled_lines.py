"""Amounts of lines no filed fact holds, stated in the filer's prose, echoed (``prose_echo``):
a registry line no reader stores named by its cue before both figures, a purchase's price an
article says was paid ("bought X for $Y"), a dividend its own words make a quarter's, and a
figure after the month May (no modal verb).

The articles and filings are the project's own sentences, shaped as a software maker's release,
a bank's quarterly release, a bank's 10-K and a streamer's 10-Q.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from pipeline.verify import prose_context as ctx
from pipeline.verify.prose_echo import echo
from tests.conftest import release_revenue, verify_text
from tests.test_prose_echo import _document

Q1 = (date(2023, 1, 1), date(2023, 3, 31))
ARR_RELEASE = ("Net new Creative Cloud Annualized Recurring Revenue (\u201cARR\u201d) was $410 "
               "million, exiting the quarter with Creative Cloud ARR of $13.67 billion.")
ARR_ARTICLE = ("In the first quarter of 2023, Creative Cloud's ARR rose to $13.67 billion; "
               "net new ARR accounted for $410 million.")


def _facts(metric: str | None = None) -> list:
    # the release's revenue of the quarter (so the claim's period is searched), and perhaps a
    # stored fact of ``metric`` for the quarter before
    revenue = release_revenue("4650000", Q1)
    if metric is None:
        return [revenue]
    other = replace(revenue, fact_id="other", fact=replace(
        revenue.fact, metric=metric, value=Decimal("380E6"), period_start=date(2022, 10, 1),
        period_end=date(2022, 12, 31)))
    return [revenue, other]


def _echoed(article: str, figure: str, filing: str, facts: list, end=Q1[1]) -> str:
    v = verify_text(article, facts)[figure]
    return echo(v, [_document(filing, period_end=end)], facts=tuple(facts)).verdict


def test_a_line_no_reader_stores_is_echoed_by_its_cue_before_both_figures():
    v = verify_text(ARR_ARTICLE, _facts())["$410 million"]
    assert v.claim.metric == "net_new_arr" and v.verdict == "unverifiable"
    # (no word of substance stands near the article's figure: "net new ARR accounted for")
    assert _echoed(ARR_ARTICLE, "$410 million", ARR_RELEASE, _facts()) == "supported"


def test_the_line_named_before_another_figure_or_a_stored_line_is_no_echo():
    # the filer's $410 million is the ARR balance's here, not what the quarter added
    balance = "Creative Cloud ARR was $410 million, after net new additions in the quarter."
    assert _echoed(ARR_ARTICLE, "$410 million", balance, _facts()) == "unverifiable"
    # a line the filings store facts of (another quarter's) was searched and found wanting:
    # its cue alone pins nothing
    assert _echoed(ARR_ARTICLE, "$410 million", ARR_RELEASE,
                   _facts("net_new_arr")) == "unverifiable"


BANK = "\u2013Purchase price of $11.5 billion in cash."
Q2 = (date(2021, 4, 1), date(2021, 6, 30))


def test_a_buyers_price_is_echoed_by_the_filers_purchase_price():
    article = ("In the second quarter of 2021, the bank bought a foreign group's American unit "
               "for $11.5 billion, completing the purchase on June 1.")
    facts = [release_revenue("5000000", Q2)]
    assert _echoed(article, "$11.5 billion", BANK, facts, Q2[1]) == "supported"


def test_an_amount_the_buyer_did_not_pay_is_no_price():
    # the same figure as what the arm holds, not what was paid for it
    article = ("In the second quarter of 2021, the bank bought a foreign group's American unit, "
               "which holds deposits of $11.5 billion.")
    facts = [release_revenue("5000000", Q2)]
    assert _echoed(article, "$11.5 billion", BANK, facts, Q2[1]) == "unverifiable"


YEAR = ("The bank lost $2.55 billion in the fourth quarter. For the year, the bank made $2.84 "
        "billion. ")
DIVIDEND = ("The consent of the Treasury is required to increase our common stock dividend "
            "above the current quarterly cash dividend of $0.34 per share.")


def test_a_dividend_its_own_words_make_a_quarters_echoes_a_quarters_dividend():
    # (the period in force is the year a quarter's story turned to: its span is the year's)
    article = YEAR + "It will go on paying its quarterly dividend at 34 cents a share."
    v = verify_text(article, [])["34 cents a share"]
    assert v.verdict == "unverifiable" and v.claim.period_label.startswith("the fiscal year")
    assert echo(v, [_document(DIVIDEND, period_end=date(2008, 12, 31))]).verdict == "supported"


def test_a_dividend_of_the_year_is_no_echo_of_the_quarters():
    article = YEAR + "It will go on paying its annual dividend at 34 cents a share."
    v = verify_text(article, [])["34 cents a share"]
    assert echo(v, [_document(DIVIDEND, period_end=date(2008, 12, 31))]).verdict != "supported"


def test_the_month_may_is_no_modal_verb():
    text = "In May 2025, the Company established a $3 billion commercial paper program."
    at = text.index("$3")
    assert not ctx.is_modal(text, (at, at + 10))
    said = "In May, the Company established a $3 billion commercial paper program."
    at = said.index("$3")
    assert not ctx.is_modal(said, (at, at + 10))


def test_the_verb_may_is_still_modal():
    text = "Under the program the Company may issue up to $3 billion of notes."
    at = text.index("$3")
    assert ctx.is_modal(text, (at, at + 10))
    opening = "May the Company issue $3 billion of notes without consent?"
    at = opening.index("$3")
    assert ctx.is_modal(opening, (at, at + 10))
