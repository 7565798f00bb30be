"""Readings that would become a false drifted: a figure given the wrong modality or subject.

Paraphrases written for these tests (no article text): each names the class it guards.
"""

import pytest

from tests.conftest import claims_in

_MARKET = "a market price or trading move, which filings do not report"


def _by_text(text: str) -> dict:
    return {c.text: c for c in claims_in("The company reported results on Tuesday. " + text)}


# A stock-price move is not a figure of the filings, whatever the words between subject and move.
@pytest.mark.parametrize("sentence, figures", [
    ("Shares of the lender slid 1.4 percent in early trade.", ["1.4 percent"]),
    ("Shares are up 3.15%.", ["3.15%"]),
    ("The group's stock price dipped about 3% before the open.", ["3%"]),
    ("Its shares are gaining 1.9 percent to trade at $52.30.", ["1.9 percent", "$52.30"]),
    ("Shares of the chain ended down 0.8% or $0.90, to finish at $110.20.",
     ["0.8%", "$0.90", "$110.20"]),
    ("The retailer's shares were marked 11.5% lower after the report.", ["11.5%"]),
    ("Shares of regional grocer Foo Mart, Inc. (FOO) are down more than 9% on Thursday.", ["9%"]),
    ("Revenue beat forecasts and the stock climbed 4% in after-hours dealing.", ["4%"]),
])
def test_price_moves_are_not_filed_facts(sentence, figures):
    claims = _by_text(sentence)
    for figure in figures:
        assert claims[figure].not_checkable_reason == _MARKET, (sentence, figure)


# A count of shares, a segment's trading revenue or a stock-based cost is no price move.
@pytest.mark.parametrize("sentence, figure", [
    ("The company repurchased 5 million shares, up 10% from a year ago.", "10%"),
    ("Trading revenue rose 12% to $4.1 billion.", "12%"),
    ("Weighted average shares outstanding fell 3 percent to 1.2 billion.", "3 percent"),
    ("Net income rose 5% to $2.1 billion as stock-based compensation fell 3%.", "3%"),
    ("Net income rose 5% to $2.1 billion.", "5%"),
])
def test_counts_and_lines_are_no_price_move(sentence, figure):
    assert _by_text(sentence)[figure].not_checkable_reason != _MARKET


def test_price_move_reaches_only_its_own_clause():
    claims = _by_text("The group's share price has surged 210% over the year, pushing this "
                      "line item 85% higher along the way.")
    assert claims["210%"].not_checkable_reason == _MARKET
    assert claims["85%"].not_checkable_reason != _MARKET


# An analysts' figure named by a wire brief's 'view', or by who was polled and what their
# estimate 'was for', is an estimate, not the company's result.
@pytest.mark.parametrize("sentence, estimates, results", [
    ("* Q3 earnings per share view $0.41, revenue view $11.2 billion -- a data service",
     ["$0.41", "$11.2 billion"], []),
    ("Revenue rose 4 per cent to $8.2bn, compared with a Street view of $8.05bn.",
     ["$8.05bn"], ["$8.2bn"]),
    ("The average estimate of nine analysts surveyed by a research house was for earnings of "
     "22 cents per share.", ["22 cents per share"], []),
    ("The 30 analysts polled by Acme & Partners Data looked for revenue of $9.1 billion.",
     ["$9.1 billion"], []),
])
def test_estimates_named_by_view_or_poll(sentence, estimates, results):
    claims = _by_text(sentence)
    for figure in estimates:
        assert "estimate" in (claims[figure].not_checkable_reason or ""), (sentence, figure)
    for figure in results:
        assert claims[figure].not_checkable_reason is None, (sentence, figure)


def test_in_view_of_is_no_estimate():
    claims = _by_text("In view of the $40 million charge, net income fell to $120 million.")
    assert claims["$120 million"].not_checkable_reason is None
    assert claims["$40 million"].not_checkable_reason is None


# A year after "since" is a landmark the figure is set against, not the figure's period: read
# as its period, a quarter's revenue was compared with that year's annual filing.
@pytest.mark.parametrize("sentence, figure", [
    ("Revenue fell 6.5 per cent to $8.4 billion, the first yearly decline since 2004.",
     "$8.4 billion"),
    ("Net income dropped to $310 million, its lowest level since fiscal 2012.", "$310 million"),
    ("Sales slid 4% to $2.2 billion, the weakest showing dating back to 2009.", "$2.2 billion"),
])
def test_landmark_year_is_not_the_period(sentence, figure):
    claim = _by_text(sentence)[figure]
    assert claim.period_start is None and "FY" not in (claim.period_label or ""), claim


def test_named_year_is_still_the_period():
    claim = _by_text("For fiscal 2004, revenue fell 6.5 per cent to $8.4 billion.")["$8.4 billion"]
    assert claim.period_label == "FY2004"


# A product line or business named after "sales of"/"sales in" by a part noun, or a region a
# clause names ("was <place>, where revenue fell"), is that part's figure, never the total's.
@pytest.mark.parametrize("sentence, figure, part", [
    ("Sales in the group's optics business, its second-largest unit, rose 9 percent.",
     "9 percent", "optics business"),
    ("Sales of storage equipment grew 3 percent.", "3 percent", "storage equipment"),
    ("Sales of security products rose 25 percent to $1.2 billion.", "$1.2 billion",
     "security products"),
    ("The weak spot was Europe, where revenue fell 4 percent.", "4 percent", "Europe"),
])
def test_part_named_after_sales(sentence, figure, part):
    assert _by_text(sentence)[figure].entity == part


@pytest.mark.parametrize("sentence, figure", [
    ("Sales in the quarter rose 5 percent to $3.1 billion.", "$3.1 billion"),
    ("Revenue from operations rose 4 percent to $2.2 billion.", "$2.2 billion"),
    ("Revenue rose 6 percent to $4.1 billion.", "6 percent"),
])
def test_total_stays_the_total(sentence, figure):
    assert _by_text(sentence)[figure].entity is None


def test_pointing_words_keep_the_part_named_before():
    text = ("Gas Utility: Revenues from this segment totaled $612.5 million, down 3.1% from the "
            "prior-year quarter.")
    assert _by_text(text)["$612.5 million"].entity != "this segment"
    # the heading's part, named before the pointing words
    assert _by_text(text)["$612.5 million"].entity == "Gas Utility"


# An amount that names its own line after "of" never takes the line of the amount before it;
# an amount inside a list of charges never takes the profit named before the list.
@pytest.mark.parametrize("sentence, figure, wrong", [
    ("Generated $2.4 billion of operating cash flow and $810 million of free cash flow.",
     "$810 million", "operating_cash_flow"),
    ("The company reported $5.1 billion of revenue and $1.2 billion of net income.",
     "$1.2 billion", "revenue"),
    ("Adjusted EPS came in at $0.71, with profits weighed by one-time charges including "
     "roughly $420 million tied to legal settlements.", "$420 million", "net_income_non_gaap"),
])
def test_own_line_after_of_and_charge_lists(sentence, figure, wrong):
    assert _by_text(sentence)[figure].metric != wrong


def test_amount_of_its_own_line_still_read():
    claims = _by_text("Generated $2.4 billion of operating cash flow in the quarter.")
    assert claims["$2.4 billion"].metric == "operating_cash_flow"


def test_a_share_of_a_line_is_no_amount_of_it():
    # a percentage "of net sales" is a share, not an amount naming its own line
    claims = _by_text("Selling, general and administrative expenses also climbed, accounting "
                      "for 28.4% of net sales in the second quarter of 2022.")
    assert claims["28.4%"].metric == "sga_ratio"
