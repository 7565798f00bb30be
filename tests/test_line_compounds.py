"""Words of an article that name a line or a basis in the shapes outlets print them, read as the
plain phrasing is (paraphrases written for the project):
- a line's two words hyphenated as an adjective ("a material operating-margin improvement to
  26.7%", after a machine-written note on a streamer's year where the rate took "top-line" and
  drifted from the revenue growth), and a change's size adjective is never a part's name;
- a constant-currency basis with no article ("17% on F/X neutral basis", a blog on a streamer's
  quarter: read as the reported growth and drifted);
- "Not including one-time items ..., it earned $2.05 per share" (a wire story on a retailer's
  year): adjusted EPS, never the GAAP figure it drifted from."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

_LEAD = "Widgetco reported its results for 2024. "


def _read(text: str) -> dict[str, tuple]:
    return {c.text: (c.metric, c.entity) for c in claims_in(_LEAD + text)}


@pytest.mark.parametrize("written, metric", [
    ("operating-margin", "operating_margin"), ("gross-margin", "gross_margin"),
    ("net-income", "net_income")])
def test_a_hyphenated_line_names_the_line(written, metric):
    amount = "26.7%" if "margin" in written else "$4.1 billion"
    got = _read(f"The top-line gains came with a material {written} improvement to {amount}.")
    assert got[amount] == (metric, None)


def test_a_hyphen_that_names_no_line_is_left_alone():
    got = _read("Net-zero targets aside, revenue rose to $4.1 billion.")
    assert got["$4.1 billion"][0] == "revenue"


@pytest.mark.parametrize("basis", ["on F/X neutral basis", "on a foreign exchange neutral basis",
                                   "in constant currency"])
def test_a_currency_neutral_rate_is_not_the_reported_growth(basis):
    got = _read(f"Revenue grew 16% year over year to $11.08 billion (17% {basis}).")
    assert got["16%"][0] == "revenue_growth"
    assert [m for text, (m, _) in got.items() if "17%" in text] == [
        "revenue_growth_constant_currency"]


@pytest.mark.parametrize("words", ["Not including one-time items such as debt costs",
                                   "Excluding one-time items", "Not counting one-off items"])
def test_earnings_without_one_time_items_are_adjusted(words):
    got = _read(f"{words}, it earned $2.05 per share.")
    assert got["$2.05 per share"][0] == "eps_diluted_non_gaap"


# a tech site on a software maker's year: "its actual revenue for the tablet ... was $863
# million" read "actual" as a part's name (searched as a part called "actual")
def test_how_real_a_figure_is_names_no_part():
    got = _read("The company said its actual revenue for the year was $4.1 billion.")
    assert got["$4.1 billion"] == ("revenue", None)
