"""Statement lines the table reader and the tag reader add: a registrant's (parent-only)
condensed statement's net income, per-share lines under a nested per-share heading, and
interest expense; and the claim readings that keep them from being compared wrongly. Article
sentences here are the project's own paraphrases."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

from core.verdicts import Article
from extractors.dispatch import extract_document
from pipeline.verify.claims import extract_claims


def _facts(path, metric: str) -> dict:
    return {(f.period_start, f.period_end): f.value
            for f in extract_document(path.read_bytes(), document=path.name)
            if f.metric == metric and f.entity is None}


def _claims(text: str):
    return extract_claims(Article("t", text, hashlib.sha256(text.encode()).hexdigest()))


def test_parent_only_statement_gives_the_consolidated_net_income_alone(corpus_dir):
    # Progressive's FY2023 10-K holds no consolidated statements (they are in an exhibit), only
    # Schedule II, the parent company's condensed statements: its net income is the group's
    path = corpus_dir / "dev" / "10-K_PGR_0000080661-24-000007.html"
    net_income = _facts(path, "net_income")
    assert net_income[(date(2023, 1, 1), date(2023, 12, 31))] == Decimal("3902400000")
    assert net_income[(date(2022, 1, 1), date(2022, 12, 31))] == Decimal("721500000")
    assert net_income[(date(2021, 1, 1), date(2021, 12, 31))] == Decimal("3350900000")
    # the parent's own revenues are not the group's: never read from it
    assert not _facts(path, "revenue")


def test_per_share_lines_under_a_nested_per_share_heading(corpus_dir):
    # Norfolk Southern's FY2008 10-K: "Per share amounts:" over "Net income" over "Basic" and
    # "Diluted"
    path = corpus_dir / "dev" / "10-K_NSC_0000702165-09-000050.html"
    diluted = _facts(path, "eps_diluted")
    assert diluted[(date(2008, 1, 1), date(2008, 12, 31))] == Decimal("4.52")
    assert diluted[(date(2007, 1, 1), date(2007, 12, 31))] == Decimal("3.68")
    # the per-share "Net income" heading is no net income figure
    net_income = _facts(path, "net_income")
    assert net_income[(date(2008, 1, 1), date(2008, 12, 31))] == Decimal("1716000000")


def test_interest_expense_is_read_from_its_tag_and_named_by_articles(corpus_dir):
    path = corpus_dir / "dev" / "10-Q_SR_2023-12-31.html"
    found = _facts(path, "interest_expense")
    assert found[(date(2023, 10, 1), date(2023, 12, 31))] == Decimal("50600000")
    claims = _claims("The utility's net interest expense climbed 16% from a year earlier to "
                     "$50.6 million in its fiscal first quarter of 2024.")
    level = next(c for c in claims if c.text == "$50.6 million")
    # "net interest expense" is its own words (net_interest_expense), which may mean the filer's
    # "Interest expense, net" line (quoted_as): see test_interest_expense_words
    assert level.metric == "net_interest_expense"
    # a bank's noninterest expense is not interest expense
    bank = _claims("Noninterest expense was $1.2 billion in the fourth quarter of 2021.")
    assert all(c.metric != "interest_expense" for c in bank)


def test_a_year_written_after_for_the_year_dates_the_figure():
    claims = _claims("Profit for all of 2023 was $3.9 billion, well above net income of $3.35 "
                     "billion for the year 2021.")
    earlier = next(c for c in claims if c.text == "$3.35 billion")
    assert (earlier.period_start, earlier.period_end) == (date(2021, 1, 1), date(2021, 12, 31))


def test_a_change_in_a_clause_after_another_amount_is_not_dated_by_the_sentence():
    claims = _claims("Net income across 2023 came to $3.9 billion, compared with the prior-year "
                     "total of $721.5 million, which was down roughly 78% from net income of "
                     "$3.35 billion for the year 2021.")
    change = next(c for c in claims if c.text == "78%")
    assert change.period_end == date(2022, 12, 31)  # the 2022 change, never 2023's over 2022


def test_an_amount_restating_a_percentage_change_is_no_level():
    claims = _claims("Diluted earnings per share for 2008 rose 23 percent, or 84 cents, to "
                     "$4.52.")
    by_text = {c.text: c for c in claims}
    # the change of the line the rate grew (test_restated_change), never the line's level
    assert (by_text["84 cents"].metric, by_text["84 cents"].basis) == ("difference",
                                                                       "eps_diluted")
    assert by_text["$4.52"].metric == "eps_diluted"


def test_a_homebuilders_average_selling_price_of_homes_delivered(corpus_dir):
    # Standard Pacific's FY2011 10-K: "Consolidated total" under "Average selling prices of
    # homes delivered:", in thousands of dollars, its regions above it
    path = corpus_dir / "dev" / "10-K_SPF_0000878560-12-000008.html"
    found = _facts(path, "average_selling_price")
    assert found == {(date(2011, 1, 1), date(2011, 12, 31)): Decimal(349000),
                     (date(2010, 1, 1), date(2010, 12, 31)): Decimal(343000),
                     (date(2009, 1, 1), date(2009, 12, 31)): Decimal(306000)}
    claims = _claims("In 2011 the builder's average selling price rose to $349 thousand.")
    assert next(c for c in claims if c.text == "$349 thousand").metric == (
        "average_selling_price")


def test_operating_cash_outflows_and_their_base_are_negative():
    claims = _claims("Operating cash outflows reached $322.6 million in 2011 vs. $81.0 million "
                     "in 2010.")
    by_text = {c.text: c for c in claims}
    assert by_text["$322.6 million"].metric == "operating_cash_flow"
    assert by_text["$322.6 million"].value == Decimal("-322600000")
    assert by_text["$81.0 million"].metric == "operating_cash_flow"
    assert by_text["$81.0 million"].value == Decimal("-81000000")
