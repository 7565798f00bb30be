"""Readings that became false drifted verdicts on real articles first seen in session 29 (a
streamer's year on a telecom site, a drinks maker's quarter on a UK broker's site): a rate's
noun between it and its change word, an adjusted object of a rate, a part's count or revenue
named by the place of its members, and a bare "last year" after a year in force. Each is a
class; the sentences are paraphrases written for these tests, never third-party text."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

YEAR_HEAD = "Acme Streaming sets records in 2024\n\nAcme Streaming achieved milestones in 2024. "


def _claims(text: str) -> dict:
    return {c.text: c for c in claims_in(text)}


@pytest.mark.parametrize("sentence, figure, basis", [
    # the count before it was taken as what grew, and its growth recomputed
    ("It added 41 million subscribers in 2024, resulting in a 16 percent revenue increase.",
     "16 percent", None),
    ("Acme posted a 9% year-over-year net income gain in 2024.", "9%", "net_income"),
    ("In 2024 net sales were $5 billion, with a 12% operating income decline.", "12%",
     "operating_income"),
])
def test_the_noun_between_a_rate_and_its_change_word_names_what_grew(sentence, figure,
                                                                     basis) -> None:
    claim = _claims(sentence)[figure]
    assert (claim.metric, claim.basis) == ("revenue_growth", basis)


def test_a_rate_of_a_margin_named_before_its_change_word_grows_nothing_filed() -> None:
    claim = _claims("Net income rose in 2024, with a 12% gross margin improvement.")["12%"]
    assert claim.metric is None


@pytest.mark.parametrize("sentence", [
    "Ignoring the effects of currency and other items, there was a 15% increase in operating "
    "profit in the second quarter of 2023.",
    "In the second quarter of 2023 there was a 15% increase in underlying operating profit.",
    "Setting aside one-off charges, operating profit rose 15% in the second quarter of 2023.",
])
def test_an_adjusted_rate_is_never_the_gaap_lines_growth(sentence) -> None:
    claim = _claims(sentence)["15%"]
    assert claim.basis != "operating_income" or claim.metric is None


def test_a_plain_rate_of_operating_profit_stays_its_growth() -> None:
    claim = _claims("In the second quarter of 2023 there was a 15% increase in operating "
                    "profit.")["15%"]
    assert (claim.metric, claim.basis) == ("revenue_growth", "operating_income")


@pytest.mark.parametrize("sentence, figure", [
    ("Acme has 89.63 million paid members in the United States and Canada.", "89.63 million"),
    ("It ended the year with 101.13 million paid subscribers in EMEA.", "101.13 million"),
])
def test_a_count_of_members_in_a_place_is_not_the_companys(sentence, figure) -> None:
    claim = _claims(YEAR_HEAD + sentence)[figure]
    assert claim.metric is None or claim.entity


def test_a_count_of_members_in_a_period_stays_the_companys() -> None:
    claim = _claims(YEAR_HEAD + "It had 301.6 million paid members in December 2024.")[
        "301.6 million"]
    assert claim.metric == "paid_memberships" and claim.entity is None


@pytest.mark.parametrize("sentence, figure, place", [
    ("It generated Q4 revenue of $4,517 million from 89.63 million paid members in the United "
     "States, Canada, and Australia.", "$4,517 million", "United States"),
    ("It has $3,288 million revenue from 101.13 million paid members in EMEA.",
     "$3,288 million", "EMEA"),
])
def test_revenue_from_the_members_of_a_place_is_that_places(sentence, figure, place) -> None:
    assert _claims(YEAR_HEAD + sentence)[figure].entity == place


def test_a_bare_last_year_after_a_year_in_force_is_either_year() -> None:
    """The writer's "last year" may be the year in force (written after it ended) or the one
    before: compared with each, never pinned to the year before."""
    found = _claims(YEAR_HEAD + "Last year, Acme earned net income of $8.7 billion. Revenue "
                    "rose to $39 billion from $33.7 billion last year.")
    assert found["$8.7 billion"].period_label != "FY2023"
    assert found["$8.7 billion"].period_end is None
    assert found["$33.7 billion"].period_label == "FY2023"


QUARTER_HEAD = ("Acme posts quarterly revenue of $95.4 billion\n\n"
                "Acme reported results for fiscal Q2 2025. ")


def test_that_compares_to_gives_the_base_of_the_figure_before() -> None:
    found = _claims(QUARTER_HEAD + "It reported $95.4 billion in revenue during the three-month "
                    "period. That compares to $90.75 billion during the same quarter a year ago.")
    assert (found["$90.75 billion"].metric, found["$90.75 billion"].period_label) == (
        "revenue", "fiscal Q2 2024")


@pytest.mark.parametrize("sentence, figure, metric", [
    ("The company reported $1.65 per share on $24.78 billion of net income.", "$1.65 per share",
     "eps_diluted"),
    ("It posted $1.65 a share on revenue of $9 billion.", "$1.65 a share", "eps_diluted"),
    ("The board reported $0.50 per share in dividends.", "$0.50 per share",
     "dividends_per_share"),
])
def test_a_bare_per_share_amount_after_a_verb_of_reporting_is_earnings(sentence, figure,
                                                                       metric) -> None:
    assert _claims(QUARTER_HEAD + sentence)[figure].metric == metric


def test_a_figures_own_word_before_revenue_names_no_part() -> None:
    found = _claims(YEAR_HEAD + "Acme added 41 million subscribers in 2024, resulting in a 16 "
                    "percent revenue increase and reaching $39 billion in revenue.")
    assert (found["$39 billion"].metric, found["$39 billion"].entity) == ("revenue", None)


@pytest.mark.parametrize("sentence, figure, metric", [
    ("Customers grew 18% to 267,982.", "267,982", "customers"),
    ("Paid subscribers rose 5% year over year to 12.3 million.", "12.3 million",
     "paid_memberships"),
])
def test_the_level_a_counts_rate_reaches_is_that_count(sentence, figure, metric) -> None:
    """A count named as the subject of a rate that reaches it is a count of that noun (it was
    a bare number, not checkable); a change by a number is not read so."""
    claim = _claims(QUARTER_HEAD + sentence)[figure]
    assert (claim.unit, claim.metric) == ("count", metric)


def test_a_count_changed_by_a_number_stays_unread() -> None:
    claim = _claims(QUARTER_HEAD + "The number of stores increased by 12 to 1,200.")["1,200"]
    assert claim.unit is None


def test_a_rate_of_an_adjusted_measure_the_filer_states_is_its_growth() -> None:
    claim = _claims(YEAR_HEAD + "We achieved a 17 percent increase in Adjusted EBITDA in 2024.")[
        "17 percent"]
    assert (claim.metric, claim.basis) == ("revenue_growth", "adjusted_ebitda")


def test_a_rates_adjusting_mark_leaves_the_level_it_reaches_reported() -> None:
    claim = _claims(QUARTER_HEAD + "Revenue grew 11% on an organic basis, reaching $12.0bn in the "
                    "second quarter.")["$12.0bn"]
    assert claim.metric == "revenue"


def test_a_letter_bullet_set_apart_by_a_space_is_a_bullet() -> None:
    """"o Operating income ..." on the line after a sentence: its own item, no part "o"."""
    found = _claims(QUARTER_HEAD + "\n2. Operating Metrics:\no Operating income surged to $10.4 "
                    "billion in the quarter.\no Revenue was $40 billion.")
    assert (found["$10.4 billion"].metric, found["$10.4 billion"].entity) == (
        "operating_income", None)
