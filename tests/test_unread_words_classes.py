"""Figures whose words were not read (paraphrases written for these tests):

- a hard-wrapped line that ends on a figure, and its aside in brackets on the next line;
- a price target, a dividend yield or an annualized dividend: not a figure a filing reports;
- a reduced clause of a forecast ("a program expected to generate $X in savings");
- the level an adjusted measure changed to ("Adjusted EBITDA rose 12% to $X");
- a conversion into another currency between an amount and its noun ("$X (£Y) charge").
"""

from __future__ import annotations

import pytest

from pipeline.verify.market_figures import REASON
from tests.conftest import claims_in


def _by_text(text: str) -> dict:
    return {c.text.strip("() "): c for c in claims_in(text)}


def _claim(found: dict, key: str):
    (claim,) = [c for text, c in found.items() if text.startswith(key)]
    return claim


@pytest.mark.parametrize("text", [
    # a wire copy's bullet wrapped before the per-share aside
    "Widgetco today reported results for its fiscal 2024 first quarter ended December 31:\n"
    "- Net income of $40.2 million\n($0.81 per share) compared\nto $38.0 million ($0.77 per "
    "share) in the prior year\n\nOther news followed.",
    # the same in a text with no blank line at all, the aside a percentage
    "Widgetco reported its fiscal 2024 first quarter ended December 31.\n"
    "Net income of $40.2 million\n($0.81 per share) rose from $38.0 million\n"
    "($0.77 per share) a year earlier.",
])
def test_a_figure_and_its_bracketed_aside_on_the_next_line_are_one_sentence(text):
    found = _by_text(text)
    assert found["$40.2 million"].metric == "net_income"
    assert found["$0.81 per share"].metric == "eps_diluted"
    assert found["$38.0 million"].metric == "net_income"
    assert found["$0.77 per share"].metric == "eps_diluted"


def test_a_heading_that_ends_on_a_year_keeps_its_scale_line_apart():
    # a table's header, then its scale: no aside opens, the lines stay apart
    from pipeline.verify.claims_context import split_sentences

    text = "Results for 2024\n(in millions)\nRevenue was $5.0 million.\n\nEnd."
    texts = [s.text for s in split_sentences(text)]
    assert "Results for 2024" in texts


@pytest.mark.parametrize("sentence, keys", [
    ("A broker set a buy rating and a $64.00 price objective on the stock.", ["$64.00"]),
    ("Another firm lifted its price target on the shares to $71.", ["$71"]),
    ("One analyst has a $12 one-year price target.", ["$12"]),
    ("Holders of record will receive a dividend of $0.42 per share. This represents a $1.68 "
     "dividend on an annualized basis and a dividend yield of 3.1%.", ["$1.68", "3.1%"]),
    ("That works out to a $2.20 annualized dividend and a yield of 2.9%.", ["$2.20"]),
    # the market's value of the shares plus net debt
    ("That leaves the group with an enterprise value of $33 billion, fifteen times sales.",
     ["$33 billion"]),
    ("The stock trades at a $33 billion enterprise value.", ["$33 billion"]),
])
def test_price_targets_yields_and_annualized_dividends_are_not_checkable(sentence, keys):
    found = _by_text("Widgetco reported its fourth quarter of 2021. " + sentence)
    for key in keys:
        assert found[key].not_checkable_reason == REASON, key


@pytest.mark.parametrize("sentence, key", [
    # a declared dividend and a result are the filer's own
    ("Holders of record will receive a dividend of $0.42 per share.", "$0.42 per share"),
    ("The board declared a quarterly dividend of $0.42 a share, payable in March.", "$0.42"),
    ("Net income was $5.4 million, and revenue reached $80 million.", "$80 million"),
    # a target the company sets for itself is guidance, not the market's figure
    ("The company reached its revenue target of $80 million.", "$80 million"),
    # a business named for what it sells is no enterprise value
    ("Its enterprise software business grew revenue to $3 billion.", "$3 billion"),
])
def test_a_declared_dividend_or_a_result_is_no_market_figure(sentence, key):
    found = _by_text("Widgetco reported its fourth quarter of 2021. " + sentence)
    assert _claim(found, key).not_checkable_reason != REASON


@pytest.mark.parametrize("sentence, forecasts, reported", [
    ("It announced a new operating model expected to generate $60 million to $90 million in "
     "annual savings.", ["$60 million"], []),
    ("The plant, projected to produce $15 million of sales a year, opened in May; revenue "
     "was $300 million.", ["$15 million"], ["$300 million"]),
    ("A cost plan estimated to save $25 million a year was begun; revenue reached "
     "$410 million.", ["$25 million"], ["$410 million"]),
])
def test_a_reduced_clause_of_a_forecast_is_guidance(sentence, forecasts, reported):
    found = _by_text("Widgetco reported its fourth quarter of 2022. " + sentence)
    for key in forecasts:
        assert "guidance" in (_claim(found, key).not_checkable_reason or ""), key
    for key in reported:
        assert _claim(found, key).not_checkable_reason is None, key


@pytest.mark.parametrize("sentence, key, metric", [
    ("Adjusted EBITDA rose 12% to $110 million.", "$110 million", "adjusted_ebitda"),
    ("Adjusted net income climbed 9 percent to $48.5 million.", "$48.5 million",
     "net_income_non_gaap"),
    ("Non-GAAP net income fell 8% to $31 million.", "$31 million", "net_income_non_gaap"),
    ("EBITDA decreased 3% to $50 million.", "$50 million", "ebitda"),
    # a GAAP cue under its adjusting word, for a row the registry holds
    ("Adjusted EPS rose 12% to $1.10.", "$1.10", "eps_diluted_non_gaap"),
    ("Adjusted Earnings Per Share increased 16.4% to $0.71 in the quarter.", "$0.71",
     "eps_diluted_non_gaap"),
    ("Non-GAAP diluted EPS slipped 3% to $2.05.", "$2.05", "eps_diluted_non_gaap"),
    # GAAP stays GAAP
    ("Diluted EPS rose 12% to $1.10.", "$1.10", "eps_diluted"),
])
def test_the_level_an_adjusted_measure_changed_to_is_that_measure(sentence, key, metric):
    found = _by_text("Widgetco reported its second quarter 2023 results. " + sentence)
    assert _claim(found, key).metric == metric


@pytest.mark.parametrize("sentence, key", [
    # no row holds an adjusted revenue: its level is never the GAAP revenue
    ("Adjusted revenue fell 4% to $17.7 billion.", "$17.7 billion"),
    # nor the level of a part's adjusted measure the words name
    ("Adjusted EBITDA in the Widgets segment rose 12% to $110 million.", "$110 million"),
    # nor an adjusting word the registry has no row for
    ("Core EPS rose 5% to $1.10.", "$1.10"),
    ("Adjusted operating income rose 5% to $1.1 billion.", "$1.1 billion"),
])
def test_a_level_no_adjusted_row_names_stays_unread(sentence, key):
    found = _by_text("Widgetco reported its second quarter 2023 results. " + sentence)
    assert _claim(found, key).metric is None


@pytest.mark.parametrize("sentence, key", [
    ("The results include a $900 million (£591m) charge related to tablet inventory.",
     "$900 million"),
    ("The firm booked a $450 million (about £350m, AU$690m) charge for the recall.",
     "$450 million"),
    ("It took a $120m (€110m) write-down on the plant.", "$120m"),
])
def test_a_conversion_between_an_amount_and_its_noun_is_read_as_nothing(sentence, key):
    found = _by_text("Widgetco reported its fourth quarter of 2013. " + sentence)
    assert _claim(found, key).metric == "stated_charge"
    # no dollar of its own: the conversion is a figure in its own currency (currency_asides)
    assert all(c.unit is None for text, c in found.items() if "690" in text)


def test_a_list_of_converted_amounts_keeps_its_layout():
    found = _by_text("Widgetco reported its fourth quarter of 2013. Operating income, net "
                     "income and diluted earnings per share were $6.1 billion (£4bn), $5.0 "
                     "billion (£3.3bn) and $0.60 (£0.39) per share respectively.")
    assert _claim(found, "$6.1 billion").metric == "operating_income"
    assert _claim(found, "$0.60").unit == "USD/share"


@pytest.mark.parametrize("text, values", [
    ("Net income of $85.1 million ($1.52 per share) compared to $91.0 million ($1.66 per "
     "share) in the prior year.", {"$1.52 per share": "1.52", "$1.66 per share": "1.66"}),
    # the total's words sign its per-share aside
    ("Net loss of $3.2 million ($0.05 per share) compared to a net loss of $4.0 million "
     "($0.07 per share).", {"$0.05 per share": "-0.05", "$0.07 per share": "-0.07"}),
    # an accounting bracket around an amount with no share words stays negative
    ("Operating loss was ($27.1 million) and EPS was ($0.05).",
     {"($27.1 million)": "-27100000", "($0.05)": "-0.05"}),
])
def test_a_per_share_aside_in_brackets_is_no_negative(text, values):
    from decimal import Decimal

    found = {c.text: c for c in claims_in("Widgetco reported its fiscal 2024 first quarter "
                                          "ended December 31. " + text)}
    for key, value in values.items():
        assert found[key].value == Decimal(value), key
