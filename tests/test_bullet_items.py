"""A summary's list items: a bullet with a label of its own under a line's bold label, a
year-back phrase that opens or ends an item's label, a change in points the label's line turns
into a fall, and a recap's year-back adjective before a line ("Year-ago net income was $X").
Every text is written for these tests (an invented railroad; paraphrases, not third-party text)."""

from __future__ import annotations

from tests.conftest import claims_in

_LEAD = "Acme Rail reported results for the second quarter of 2025.\n\n"


def _by_text(text: str) -> dict:
    found: dict = {}
    for claim in claims_in(_LEAD + text):
        found.setdefault(claim.text.strip(), claim)
    return found


def test_a_bullet_with_its_own_label_is_not_the_bold_label_s_line() -> None:
    # a machine summary's list of what else the quarter held, under the revenue label: lent
    # the label's line, each item was compared with the quarter's revenue and drifted
    claims = _by_text("- **Revenue**: $7.25 billion\n"
                      "- Capital plan: $3.1 billion\n"
                      "- Terminal upgrades: $164 million\n"
                      "- Rival carrier: $6.8 billion\n")
    assert claims["$7.25 billion"].metric == "revenue"
    for figure in ("$3.1 billion", "$164 million", "$6.8 billion"):
        assert claims[figure].metric is None, figure


def test_a_bullet_label_that_only_dates_or_qualifies_the_line_keeps_it() -> None:
    claims = _by_text("- **Net Income**: $1.92 billion\n"
                      "- Six-month figure: $3.61 billion\n"
                      "- Q2 2024: $1.70 billion\n"
                      "- **Diluted EPS**:\n"
                      "- GAAP: **$3.22**\n")
    assert (claims["$3.61 billion"].metric, claims["$3.61 billion"].period_label) == (
        "net_income", "fiscal 6M 2025")
    assert (claims["$1.70 billion"].metric, claims["$1.70 billion"].period_label) == (
        "net_income", "Q2 2024")
    assert claims["$3.22"].metric == "eps_diluted"


def test_a_year_back_phrase_opening_a_bullet_dates_its_figure() -> None:
    # "- Prior year:" under the label was dated by the quarter in force: the year-ago profit
    # was compared with the quarter's and drifted
    claims = _by_text("- **Net Income**: $1.92 billion\n"
                      "- Prior year: $1.70 billion\n"
                      "- **Revenue**: $7.25 billion\n"
                      "- A year earlier: $7.08 billion\n")
    assert (claims["$1.70 billion"].metric, claims["$1.70 billion"].period_label) == (
        "net_income", "Q2 2024")
    assert (claims["$7.08 billion"].metric, claims["$7.08 billion"].period_label) == (
        "revenue", "Q2 2024")
    assert claims["$1.92 billion"].period_label == "Q2 2025"


def test_a_year_back_phrase_ending_an_item_s_label_dates_its_figure() -> None:
    claims = _by_text("- Net income: $1.92 billion\n- Net income a year earlier: $1.70 billion\n")
    assert (claims["$1.70 billion"].metric, claims["$1.70 billion"].period_label) == (
        "net_income", "Q2 2024")
    assert claims["$1.92 billion"].period_label == "Q2 2025"


def test_a_comparison_s_year_back_base_still_dates_only_the_base() -> None:
    claims = _by_text("- Revenue: $7.25 billion, up from $7.08 billion a year earlier\n"
                      "- Net income rose to $1.92 billion: a year earlier it was lower\n")
    assert claims["$7.25 billion"].period_label == "Q2 2025"
    assert claims["$7.08 billion"].period_label == "Q2 2024"
    assert claims["$1.92 billion"].period_label == "Q2 2025"


def test_an_improvement_in_points_under_a_cost_ratio_s_label_is_a_fall() -> None:
    # read alone, "Improved by 1.2 points" kept its written sign while the label made it the
    # operating ratio's change: a lower ratio is the improvement, as in prose
    bullet = _by_text("- **Operating Ratio**: 58.4%\n- Improved by **1.2 points**\n")
    prose = _by_text("The operating ratio improved by 1.2 points to 58.4%.\n")
    assert bullet["1.2 points"].basis == prose["1.2 points"].basis == "operating_ratio"
    assert bullet["1.2 points"].value == prose["1.2 points"].value < 0


def test_a_year_back_adjective_before_a_line_dates_its_figure() -> None:
    claims = _by_text("Net income was $1.92 billion. Year-ago net income was $1.70 billion. "
                      "Prior-year net income came to $1.70 billion.\n")
    dated = [c.period_label for c in claims_in(_LEAD + "Year-ago net income was $1.70 billion. "
                                               "Prior-year net income came to $1.70 billion.")]
    assert claims["$1.92 billion"].period_label == "Q2 2025"
    assert dated == ["Q2 2024", "Q2 2024"]


def test_a_year_back_adjective_after_the_figures_leaves_them_in_force() -> None:
    claims = _by_text("Revenue rose 2.4% from year-ago levels to $7.25 billion. "
                      "Net income of $1.92 billion beat year-ago results.\n")
    assert claims["2.4%"].period_label == "Q2 2025"
    assert claims["$7.25 billion"].period_label == "Q2 2025"
    assert claims["$1.92 billion"].period_label == "Q2 2025"
