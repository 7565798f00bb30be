"""Issue 12: figures whose metric words stand a few words away, read as that metric (or as none,
never as a wrong one). A share of sales after a line's change ("SG&A rose, accounting for X% of
net sales"), the level a change in points of that share reached ("down 90 basis points as a
percentage of sales, to 25.7 percent"), a line's change written after its figure ("3.7 percent
higher"), and per-share amounts compared with a per-share figure ("above the $4.88 seen a year
ago", "-$0.05 in Q1 and -$1.94 in the year-earlier quarter"). Sentences are the project's own
paraphrases."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in


def _read(text: str) -> dict[str, tuple]:
    return {c.text: (c.metric, c.unit, c.basis, c.period_label) for c in claims_in(text)}


def test_a_share_of_sales_after_the_change_of_sga_is_the_sga_ratio():
    found = _read("Selling, general and administrative expenses also climbed, accounting for "
                  "31.2% of net sales in the second quarter of 2022, compared to 30.5% in the "
                  "prior year, driven by higher wages.")
    assert found["31.2%"][0] == "sga_ratio"
    # the base takes the compared figure's metric, not the "higher wages" cue after it
    assert found["30.5%"][0] == "sga_ratio"
    assert found["30.5%"][3] == "Q2 2021"


def test_a_share_of_sales_after_a_line_with_no_ratio_names_nothing():
    found = _read("Research and development expenses also rose, accounting for 31.2% of net "
                  "sales in the second quarter of 2022.")
    assert found["31.2%"][0] is None
    # (operating expenses have a ratio row of their own: core.rows_cash)
    found = _read("Operating expenses also rose, accounting for 31.2% of net sales in the second "
                  "quarter of 2022.")
    assert found["31.2%"][0] == "operating_expense_ratio"
    found = _read("Revenue rose 4%, with services accounting for 31.2% of net sales in the "
                  "second quarter of 2022.")
    assert found["31.2%"][0] is None


def test_a_change_in_points_as_a_share_of_sales_and_the_level_it_reached():
    found = _read("In the fourth quarter of 2019, SG&A expenses were 2.1 percent higher in "
                  "dollars but fell 60 basis points as a percentage of sales, to 28.3 percent.")
    assert found["2.1 percent"][0] == "revenue_growth"  # the line's growth, not its share
    assert found["2.1 percent"][2] == "selling_general_administrative"
    assert found["60 basis points"][:3] == ("rate_change", "percent", "sga_ratio")
    assert found["28.3 percent"][0] == "sga_ratio"


def test_a_rate_written_higher_is_no_level_of_that_rate():
    found = _read("Gross margin was 1.5 percent higher in the fourth quarter of 2019.")
    assert found["1.5 percent"][0] != "gross_margin"


def test_a_per_share_amount_above_the_one_a_year_ago():
    found = _read("Diluted earnings per share for the second quarter of 2024 were $5.31, above "
                  "the $3.90 seen one year ago and estimates of $5.20.")
    assert found["$3.90"][:2] == ("eps_diluted", "USD/share")
    assert found["$3.90"][3] == "Q2 2023"
    estimate = next(c for c in claims_in(
        "Diluted earnings per share for the second quarter of 2024 were $5.31, above the $3.90 "
        "seen one year ago and estimates of $5.20.") if c.text == "$5.20")
    assert estimate.not_checkable_reason  # an estimate: never checked as filed


def test_a_list_of_per_share_bases_each_with_its_own_period():
    found = _read("The company reported second-quarter 2023 results. It posted EPS of -$0.21, "
                  "vs. -$0.15 average analyst estimate, compared with -$0.09 in Q1 and -$2.40 "
                  "in the year-earlier quarter.")
    assert found["-$0.09"][:2] == ("eps_diluted", "USD/share")
    assert found["-$0.09"][3] == "Q1 2023"
    assert found["-$2.40"][:2] == ("eps_diluted", "USD/share")
    assert found["-$2.40"][3] == "Q2 2022"


def test_a_whole_dollar_amount_after_a_per_share_list_is_no_per_share_amount():
    found = _read("EPS was $2.10 in the second quarter of 2023 and $400 in cash per unit.")
    assert found["$400"][1] != "USD/share"


_PARTS_TABLE = """Quarterly figures in brief.
Line | Q3 2023 (US$ million) | Q3 2024 (US$ million) | Change |
Revenue | 50,100 | 52,300 | +4.4% |
Hardware | 30,000 | 30,900 | +3.0% |
Subscriptions | 20,100 | {second} | +6.5% |
Net income | 9,000 | 9,400 | +4.4% |
"""


def test_rows_that_add_up_to_the_row_above_are_its_parts():
    found = {c.text: c for c in claims_in(_PARTS_TABLE.format(second="21,400"))}
    for text, part in (("30,000", "Hardware"), ("30,900", "Hardware"),
                       ("20,100", "Subscriptions"), ("21,400", "Subscriptions")):
        assert (found[text].metric, found[text].entity) == ("revenue", part)
    assert found["21,400"].period_label == "Q3 2024"
    assert (found["+6.5%"].metric, found["+6.5%"].entity) == ("revenue_growth", "Subscriptions")
    assert found["9,400"].entity is None and found["9,400"].metric == "net_income"


def test_rows_that_do_not_add_up_are_no_parts_and_name_nothing():
    # 30,900 + 21,500 is not 52,300: the rows are not read as revenue's parts, and no amount
    # of theirs is taken as the company's revenue either
    for claim in claims_in(_PARTS_TABLE.format(second="21,500")):
        if claim.text in ("30,000", "30,900", "20,100", "21,500", "+3.0%", "+6.5%"):
            assert (claim.metric, claim.entity) == (None, None)


def test_a_part_with_a_clause_of_its_own_then_down_to_an_amount():
    found = _read("Full-year sales fell 8% to $4.1 billion in fiscal 2023. Accessories took a "
                  "harder knock, down 15% to $610 million in fiscal 2023.")
    assert found["15%"][:2] == ("revenue_growth", "percent")
    assert found["$610 million"][0] == "revenue"
    assert {c.text: c.entity for c in claims_in(
        "Accessories took a harder knock, down 15% to $610 million in fiscal 2023.")}[
        "$610 million"] == "Accessories"
    # shares are no part's money: "Shares took a hit, down 15% to $61" names none
    assert _read("Shares took a harder knock, down 15% to $61 in fiscal 2023.")["$61"][0] != (
        "revenue")


def test_turnover_from_a_line_is_that_part_and_eased_is_a_change():
    found = {c.text: c for c in claims_in(
        "Turnover from gravel eased by 0.6 per cent to US$812.3m in 2014 as gravel shipments "
        "declined by a further 2.1 per cent to 40.2Mt.")}
    assert (found["0.6 per cent"].metric, found["0.6 per cent"].entity) == ("revenue_growth",
                                                                              "gravel")
    assert found["0.6 per cent"].value < 0
    assert (found["US$812.3m"].metric, found["US$812.3m"].entity) == ("revenue", "gravel")
    # the shipments' own clause: their decline is no revenue's growth
    assert found["2.1 per cent"].metric is None


def test_a_clause_with_its_own_subject_keeps_the_level_s_metric_off_the_rate():
    assert _read("Revenue was $5 million in 2014 as prices declined by 3 per cent.")[
        "3 per cent"][0] is None
    assert _read("Revenue was $5 million in 2014 and rose 3 per cent.")["3 per cent"][0] == (
        "revenue_growth")


def test_with_and_a_subject_before_a_participle_is_a_clause_of_its_own():
    # (the same trade journal on another year: "with asphalt shipments falling by seven per
    # cent" took the turnover's line before it and drifted against the part's revenue)
    assert _read("Asphalt turnover declined by 5.2 per cent to US$378.1m in 2012 with asphalt "
                 "shipments falling by seven per cent.")["seven per cent"][0] is None
    assert _read("Revenue was $5 million in 2014, with prices down 3 per cent.")[
        "3 per cent"][0] is None
    # no participle: the level's own change; a metric named: that metric's
    assert _read("Revenue rose to $5 million in 2014, with an increase of 3 per cent.")[
        "3 per cent"][0] == "revenue_growth"
    assert _read("Revenue rose to $5 million in 2014, with net income rising 3 per cent.")[
        "3 per cent"][:3] == ("revenue_growth", "percent", "net_income")


def test_a_cut_by_a_rate_to_a_level_names_the_line_cut():
    found = _read("Charges for refinancing cut the retailer's fourth-quarter net income by 4 "
                  "percent to $610 million in 2015.")
    assert found["4 percent"][:3] == ("revenue_growth", "percent", "net_income")
    assert found["$610 million"][0] == "net_income"


def test_bare_ebitda_is_its_own_line_and_adjusted_ebitda_the_adjusted_one():
    found = _read("EBITDA eased by 1.2 per cent to US$310.6m in 2014, while adjusted EBITDA "
                  "was US$330.1m in 2014.")
    assert found["1.2 per cent"][:3] == ("revenue_growth", "percent", "ebitda")
    assert found["US$310.6m"][0] == "ebitda"
    assert found["US$330.1m"][0] == "adjusted_ebitda"


def test_a_filer_s_ebitda_line_is_read_beside_its_adjusted_one():
    from datetime import date

    from tests.conftest import stored_corpus_facts, verify_text

    facts = stored_corpus_facts("dev/10-K_VMC_0001193125-13-084128.html",
                                "0001193125-13-084128", "10-K", date(2013, 2, 28))
    found = verify_text("In 2012 EBITDA eased by 0.4 per cent to US$423.5m. In 2012 EBITDA was "
                        "US$441.0m.", facts)
    assert found["US$423.5m"].verdict == "supported"
    assert found["0.4 per cent"].verdict == "supported"
    assert found["US$441.0m"].verdict == "drifted"


def test_a_rise_keeps_its_sign_beside_the_words_eased_and_cut():
    # ("increased" holds "eased": the sign words of a fall are whole words)
    found = {c.text: c.value for c in claims_in(
        "Revenue increased 16.0% to $5.1 million in 2014, and costs were cut by 3% to $2 million "
        "in 2014.")}
    assert found["16.0%"] > 0


def test_the_figure_opening_a_sentence_points_back_at_the_one_before():
    found = _read("The group posted first-quarter fiscal 2024 non-GAAP earnings of $2.10 per "
                  "share. The figure improved 9.4% on a year-over-year basis.")
    assert found["9.4%"][:3] == ("revenue_growth", "percent", "eps_diluted_non_gaap")
    # "the" inside a sentence points at nothing before it
    found = _read("The group posted first-quarter fiscal 2024 non-GAAP earnings of $2.10 per "
                  "share. Analysts said the figure for peers improved 9.4% on a year-over-year "
                  "basis.")
    assert found["9.4%"][2] != "eps_diluted_non_gaap"


def test_a_bare_this_opening_a_sentence_of_a_move_points_back_at_the_one_before():
    # an investing site's recap of a chipmaker's quarter
    found = _read("The chipmaker reported revenue for the second quarter of 2023 of $5.4 "
                  "billion. This was down by 18% YoY.")
    assert found["18%"][:3] == ("revenue_growth", "percent", None)
    found = _read("Net income for the second quarter of 2023 was $27 million. That represents "
                  "a decline of 94% from a year ago.")
    assert found["94%"][:3] == ("revenue_growth", "percent", "net_income")


def test_a_this_before_a_noun_or_inside_a_sentence_points_at_nothing():
    found = _read("Net income for the second quarter of 2023 was $27 million. This segment "
                  "grew 18% in the quarter.")
    assert found["18%"][2] != "net_income"
    found = _read("Net income for the second quarter of 2023 was $27 million. Analysts said "
                  "this was up 18% for peers.")
    assert found["18%"][2] != "net_income"


@pytest.mark.corpus
def test_a_bare_this_rate_against_the_10q():
    from datetime import date

    from tests.conftest import stored_corpus_facts, verify_text

    # the 10-Q: net revenue 5,359 against 6,550 a year earlier (-18.2%)
    facts = stored_corpus_facts("10q-10k/10-Q_AMD_0000002488-23-000139.html", "a", "10-Q",
                                date(2023, 8, 2), cik=2488)
    text = ("The chipmaker reported revenue for the second quarter of 2023 of $5.4 billion. "
            "This was down by {} YoY.")
    assert verify_text(text.format("18%"), facts)["18%"].verdict == "supported"
    assert verify_text(text.format("13%"), facts)["13%"].verdict == "drifted"
