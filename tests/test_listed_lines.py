"""Readings that became false drifted verdicts on articles first seen in session 28: lines
listed against figures "respectively", a per-share base after a change noun, a monthly change,
and a range of amounts an article sets (a plan, a target). Each is a class; the sentences are
paraphrases written for these tests, never third-party text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, verify_text
from tests.test_registry_verify import stored


def _claims(text: str) -> dict:
    return {c.text: c for c in claims_in(text)}


@pytest.mark.parametrize("text, expected", [
    ("Operating income, net income, and diluted earnings per share for the quarter were "
     "$6.07 billion, $4.97 billion, and $0.59 per share respectively.",
     {"$6.07 billion": "operating_income", "$4.97 billion": "net_income",
      "$0.59 per share": "eps_diluted"}),
    ("Revenue and net income were $5.2 billion and $1.1 billion, respectively.",
     {"$5.2 billion": "revenue", "$1.1 billion": "net_income"}),
    ("In the quarter, revenue and operating income came to $5.2 billion and $1.1 billion, "
     "respectively.", {"$5.2 billion": "revenue", "$1.1 billion": "operating_income"}),
    ("Gross margin and operating margin were 45.1% and 30.2%, respectively.",
     {"45.1%": "gross_margin", "30.2%": "operating_margin"}),
])
def test_respectively_pairs_lines_with_figures_in_order(text: str, expected: dict) -> None:
    claims = _claims(text)
    assert {k: claims[k].metric for k in expected} == expected


def test_respectively_pairs_amounts_with_converted_asides() -> None:
    """An amount in another currency in brackets after each figure stands aside; the
    per-share words after the aside still make the amount per share."""
    text = ("Operating income, net income and diluted EPS were $6.07 billion (£4bn), "
            "$4.97 billion (£3.3bn) and $0.59 (£0.39) per share respectively.")
    claims = _claims(text)
    assert claims["$6.07 billion"].metric == "operating_income"
    assert claims["$4.97 billion"].metric == "net_income"
    assert claims["$0.59"].unit == "USD/share"
    assert claims["$0.59"].metric == "eps_diluted"


def test_respectively_growth_rates_take_their_own_subjects() -> None:
    claims = _claims("Revenue and net income rose 5% and 8%, respectively.")
    assert (claims["5%"].metric, claims["5%"].basis) == ("revenue_growth", None)
    assert (claims["8%"].metric, claims["8%"].basis) == ("revenue_growth", "net_income")


def test_respectively_list_that_cannot_be_paired_names_no_line() -> None:
    """Three lines for two figures: which is which is not said, so neither keeps a line."""
    claims = _claims("Revenue, operating income and net income were $5.2 billion and "
                     "$1.1 billion, respectively.")
    assert claims["$5.2 billion"].metric is None
    assert claims["$1.1 billion"].metric is None


def test_respectively_after_periods_is_left_to_the_periods() -> None:
    """'$A and $B in 2024 and 2023, respectively': one line, two periods."""
    claims = _claims("Net income was $3.1 billion and $2.9 billion in 2024 and 2023, "
                     "respectively.")
    assert claims["$3.1 billion"].metric == "net_income"
    assert claims["$2.9 billion"].metric == "net_income"


_QUARTER = (date(2025, 4, 1), date(2025, 6, 30))


def test_respectively_operating_income_is_not_drifted_against_net_income() -> None:
    text = ("For the second quarter of 2025, operating income, net income and diluted EPS were "
            "$6.07 billion, $4.97 billion and $0.59 per share respectively.")
    facts = [stored("net_income", "4965000000", _QUARTER),
             stored("operating_income", "6070000000", _QUARTER)]
    verdicts = verify_text(text, facts)
    assert verdicts["$6.07 billion"].verdict == "supported"
    assert verdicts["$4.97 billion"].verdict == "supported"


@pytest.mark.parametrize("noun", ["a significant increase", "an increase", "a sharp decline",
                                  "a modest gain"])
def test_base_after_a_change_noun_of_a_per_share_amount_is_per_share(noun: str) -> None:
    text = (f"Net income rose to $3.1 billion, with diluted EPS of $7.19, {noun} from $4.88 "
            "in Q2 2024.")
    claims = _claims(text)
    assert claims["$4.88"].unit == "USD/share"
    assert claims["$4.88"].metric == "eps_diluted"


def test_unscaled_amount_after_a_per_share_amount_takes_no_scale() -> None:
    """Past a per-share amount of its own sentence, a bare amount does not take the billions of
    the total before it (read so, '$4.88' became $4.88 billion of net income and drifted)."""
    text = "Net income rose to $3.1 billion, with diluted EPS of $7.19, a leap past $4.88."
    claim = _claims(text)["$4.88"]
    assert claim.value < 1000


def test_unscaled_amount_of_the_next_sentence_still_takes_the_scale() -> None:
    text = ("Net income was $730 million, and diluted EPS was $1.83. That compared with net "
            "income of $745, or $1.74 per diluted share, a year earlier.")
    assert _claims(text)["$745"].value == 745_000_000


@pytest.mark.parametrize("base", ["from May", "versus April", "from the previous month",
                                  "month over month"])
def test_change_from_a_month_is_compared_with_no_quarter(base: str) -> None:
    text = (f"June was the weakest month of the second quarter of 2025, with production "
            f"falling 21% {base}.")
    verdict = verify_text(text, [])["21%"]
    assert verdict.verdict == "unverifiable"
    assert "one month" in verdict.reason


@pytest.mark.parametrize("base", ["from the June quarter", "from March 31"])
def test_a_quarter_or_a_day_after_from_is_no_month(base: str) -> None:
    text = f"Revenue rose 12% {base}."
    assert _claims(text)["12%"].metric == "revenue_growth"


@pytest.mark.parametrize("written", ["$4.0–$4.5 billion", "$4.0-4.5 billion",
                                     "between $4.0 billion and $4.5 billion"])
def test_range_of_amounts_an_article_sets_is_not_checkable(written: str) -> None:
    text = (f"The railroad's long-term plan lists {written} in share repurchases and a "
            "$3.4 billion capital budget.")
    facts = [stored("share_repurchases", "1505000000", (date(2024, 1, 1), date(2024, 12, 31)))]
    verdict = next(v for k, v in verify_text(text, facts).items() if "4.5" in k)
    assert verdict.verdict == "not_checkable"
    assert "a range" in verdict.reason


def test_change_from_base_to_level_is_no_range() -> None:
    """'rose from $1.9 billion to $2.55 billion' is a base and a level, judged as read."""
    claims = claims_in("Net income rose from $1.9 billion to $2.55 billion in 2024.")
    assert all(c.not_checkable_reason is None for c in claims)


def test_range_of_counts_is_left_to_the_counts() -> None:
    """A filing may state a headcount as a range ('between 13,000 and 18,000 part-time')."""
    claim = claims_in("The retailer employs between 13,000 and 18,000 part-time associates.")[0]
    assert "a range of amounts" not in (claim.not_checkable_reason or "")


@pytest.mark.parametrize("verb", ["slumped from", "sagged from", "went from"])
def test_falling_pair_is_a_base_and_a_level_never_a_range(verb: str) -> None:
    """A range is written low to high: "sales slumped from $5.927 billion to $5.273 billion"
    is the year before and the year (read as one range, it fitted neither and drifted)."""
    text = f"For the full year 2023, sales {verb} $5.927 billion to $5.273 billion."
    claims = _claims(text)
    assert claims["$5.927 billion"].low is None
    assert claims["$5.273 billion"].metric == "revenue"
    facts = [stored("revenue", "5927200000", (date(2022, 1, 1), date(2022, 12, 31))),
             stored("revenue", "5272800000", (date(2023, 1, 1), date(2023, 12, 31)))]
    verdicts = verify_text(text, facts)
    assert verdicts["$5.927 billion"].verdict == "supported"
    assert verdicts["$5.273 billion"].verdict == "supported"


def test_enterprise_value_is_no_revenue() -> None:
    text = ("That leaves the company with an enterprise value of $33 billion, fifteen times "
            "its 2023 sales.")
    facts = [stored("revenue", "2225012000", (date(2023, 1, 1), date(2023, 12, 31)))]
    assert _claims(text)["$33 billion"].metric == "enterprise_value"
    # the market's figure, as a price target is: never compared with revenue, never drifted
    assert verify_text(text, facts)["$33 billion"].verdict == "not_checkable"


@pytest.mark.parametrize("participle", ["rising to", "climbing to", "reaching"])
def test_a_line_noun_before_a_participle_is_its_figure_subject(participle: str) -> None:
    """"Operating expenses grew, with R&D expenses rising to $8.6 billion": the R&D figure is
    no operating-expense total (read so, it drifted against the total)."""
    text = (f"Operating expenses grew in 2025, with R&D expenses {participle} $8.6 billion "
            "and total operating expenses at $15.3 billion.")
    claims = _claims(text)
    assert claims["$8.6 billion"].metric is None
    assert claims["$15.3 billion"].metric == "operating_expenses"


def test_gross_margin_in_money_is_gross_profit() -> None:
    """"a gross margin of $44.9 billion and operating income of $29.6 billion": the money
    margin is the gross profit (read from the cue after it, it took operating income)."""
    claims = _claims("Results were underpinned by a gross margin of $44.9 billion and operating "
                     "income of $29.6 billion.")
    assert claims["$44.9 billion"].metric == "gross_profit"
    assert claims["$29.6 billion"].metric == "operating_income"


def test_gross_margin_rate_stays_a_margin() -> None:
    assert _claims("Gross margin was 46.6% in the quarter.")["46.6%"].metric == "gross_margin"


@pytest.mark.parametrize("text, figure, part", [
    ("The Data Center segment remains the engine of growth, generating $41.1 billion.",
     "$41.1 billion", "Data Center"),
    ("The Services segment was a clear highlight, reaching a new record of $26.6 billion.",
     "$26.6 billion", "Services"),
    ("The Mac line saw a solid quarter, generating $7.9 billion.", "$7.9 billion", "Mac"),
])
def test_a_named_unit_bringing_in_an_amount_is_that_part_s_revenue(
        text: str, figure: str, part: str) -> None:
    claim = _claims(text)[figure]
    assert claim.metric == "revenue"
    assert claim.entity.startswith(part)


@pytest.mark.parametrize("text, figure", [
    ("The company remains the engine of growth, generating $41.1 billion.", "$41.1 billion"),
    ("The stock has been a clear winner, reaching $41.10 this week.", "$41.10"),
])
def test_no_unit_named_no_part_revenue(text: str, figure: str) -> None:
    assert _claims(text)[figure].metric is None


def test_a_line_named_as_the_filer_names_it_is_the_filed_part() -> None:
    from pipeline.verify.entities import same_segment
    assert same_segment("Mac line", "Mac")
    assert not same_segment("Mac line", "iPad")


def test_figures_listed_against_years_respectively_take_their_years() -> None:
    # (a ratio site's machine prose on a software maker's margins: both rates were read as the
    # last year named, and the first drifted against that year's margin)
    found = {c.text: c for c in claims_in(
        "The operating margin recovered from negative values in 2020 and 2021, starting at "
        "-107.41% and improving to -26.66%, respectively.")}
    assert found["-107.41%"].period_label == "FY2020"
    assert found["-26.66%"].period_label == "FY2021"
    found = {c.text: c for c in claims_in(
        "Revenue was $5.1 billion and $4.2 billion in 2021 and 2020, respectively.")}
    assert (found["$5.1 billion"].period_label, found["$4.2 billion"].period_label) == (
        "FY2021", "FY2020")
    found = {c.text: c for c in claims_in(
        "Revenue was $5.1 billion and $4.2 billion for the three months ended June 30, 2023 "
        "and 2022, respectively.")}
    assert found["$4.2 billion"].period_end.isoformat() == "2022-06-30"
    assert found["$4.2 billion"].period_label.startswith("3 months ended")


def test_years_that_do_not_pair_with_the_figures_leave_their_periods_assumed() -> None:
    found = {c.text: c for c in claims_in(
        "Revenue was $5.1 billion, $4.2 billion and $3.3 billion in 2021 and 2020, "
        "respectively.")}
    assert all(found[k].period_assumed for k in ("$5.1 billion", "$4.2 billion",
                                                   "$3.3 billion"))
    # a part of each year the words name: no year's figure, no guess at which part
    found = {c.text: c for c in claims_in(
        "Net income was $3 million and $2 million for the third quarters of 2021 and 2020, "
        "respectively.")}
    assert found["$2 million"].period_assumed


def test_respectively_without_a_list_of_years_dates_nothing_anew() -> None:
    found = {c.text: c for c in claims_in(
        "Revenue and net income were $5.1 billion and $1.2 billion, respectively, in 2021.")}
    assert {c.period_label for c in found.values() if c.unit == "USD"} == {"FY2021"}
    assert not any(c.period_assumed for c in found.values())


def test_a_phrase_listing_periods_gives_each_respective_figure_its_own() -> None:
    # (the filings' own "three and six months ended": the six months' figure was read as the
    # quarter's, a drift of the whole half against the quarter)
    found = {c.text: c for c in claims_in(
        "Revenue was $5.1 billion and $9.8 billion for the three and six months ended June 30, "
        "2023, respectively.")}
    assert (found["$5.1 billion"].period_start, found["$5.1 billion"].period_end) == (
        date(2023, 4, 1), date(2023, 6, 30))
    assert (found["$9.8 billion"].period_start, found["$9.8 billion"].period_end) == (
        date(2023, 1, 1), date(2023, 6, 30))
    # period nouns no rule pairs: assumed, so never drifted
    found = {c.text: c for c in claims_in(
        "Acme reported its second quarter of 2023. Net income was $1.2 billion and $2.0 billion "
        "for the second quarter and first half of 2023, respectively.")}
    assert found["$1.2 billion"].period_assumed and found["$2.0 billion"].period_assumed


# The same lists without "respectively" (a link blog on a software maker's year): read from the
# nearest cue, the first figure took the second line's name and was called drifted.
@pytest.mark.parametrize("text, expected", [
    ("For the year, the company's revenue, operating income, and diluted earnings per share "
     "were $77.85 billion, $26.76 billion, and $2.58 per share.",
     {"$77.85 billion": "revenue", "$26.76 billion": "operating_income",
      "$2.58 per share": "eps_diluted"}),
    ("Revenue and net income were $10 billion and $2 billion.",
     {"$10 billion": "revenue", "$2 billion": "net_income"}),
    # three lines for two figures: which is which is not said
    ("Revenue, operating income and net income were $5.2 billion and $1.1 billion.",
     {"$5.2 billion": None, "$1.1 billion": None}),
    # one line, two figures: left as read
    ("Revenue was $10 billion and $2 billion.",
     {"$10 billion": "revenue", "$2 billion": "revenue"}),
    # the list's figures going on into another clause: not a list closed by its figures
    ("Net income was $3.1 billion and $2.9 billion in 2024 and 2023.",
     {"$3.1 billion": "net_income", "$2.9 billion": "net_income"}),
])
def test_lines_listed_before_their_figures_pair_in_order(text: str, expected: dict) -> None:
    claims = _claims(text)
    assert {k: claims[k].metric for k in expected} == expected
