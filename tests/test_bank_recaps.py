"""Recaps of banks' earnings releases read against the real releases (development corpus, in
place): the words a recap uses for a period, a direction and the figure it points back at.
The article sentences are the project's own paraphrases, written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

pytestmark = pytest.mark.corpus


def _usb() -> list:
    return stored_corpus_facts("dev/EX-99.1_USB_2021-12-31.html", "0000036104-22-000005",
                               "8-K", date(2022, 1, 19), cik=36104)


def test_a_prior_year_tally_is_the_year_before_the_one_in_force():
    # the release prints diluted EPS 5.10 (2021) and 3.06 (2020)
    text = ("For full-year 2021, the lender earned $5.10 per share. That compares with a "
            "prior-year tally of $3.06 per share.")
    verdicts = verify_text(text, _usb())
    assert verdicts["$3.06 per share"].verdict == "supported"
    assert verdicts["$3.06 per share"].claim.period_label == "FY2020"
    wrong = "For full-year 2021, the lender earned $5.10 per share. That compares with a " \
            "prior-year tally of $3.16 per share."
    assert verify_text(wrong, _usb())["$3.16 per share"].verdict == "drifted"


def test_a_margin_that_shrunk_fell():
    # net interest margin 2.40% (4Q21) against 2.57% (4Q20): 17 basis points lower
    text = ("In the fourth quarter of 2021, the net interest margin of 2.40% shrunk 17 basis "
            "points from a year earlier.")
    verdicts = verify_text(text, _usb())
    assert verdicts["17 basis points"].verdict == "supported"
    assert verdicts["17 basis points"].claim.value < 0


def test_a_sentence_that_points_back_takes_the_figure_before_s_metric():
    # diluted EPS 1.07 (4Q21) and .95 (4Q20); net income 1,673 (4Q21) and 1,519/1,525 (4Q20)
    facts = _usb()
    text = ("The lender posted fourth-quarter 2021 diluted earnings per share of $1.07. That "
            "is up from the year-ago quarter's figure of 95 cents.")
    verdicts = verify_text(text, facts)
    assert verdicts["95 cents"].verdict == "supported"
    assert verdicts["95 cents"].claim.metric == "eps_diluted"
    wrong = text.replace("95 cents", "85 cents")
    assert verify_text(wrong, facts)["85 cents"].verdict == "drifted"
    # nothing to point back at: no metric, whatever the words
    alone = "Its stock rose. That is up from the year-ago quarter's figure of 95 cents."
    assert verify_text(alone, facts)["95 cents"].claim.metric is None


def test_the_money_figure_pointed_at_is_the_one_of_its_unit():
    # PNC's 2Q21 release: net income 1,103 (2Q21) and 1,826 (1Q21), diluted EPS 2.43
    facts = stored_corpus_facts("dev/EX-99.1_PNC_2021-06-30.html", "0000713676-21-000040",
                                "8-K", date(2021, 7, 14), cik=713676)
    text = ("The bank reported second-quarter 2021 net income of $1.1 billion, or $2.43 per "
            "diluted share.\n\nThat's a decline from $1.8 billion in the first quarter of 2021.")
    verdicts = verify_text(text, facts)
    assert verdicts["$1.8 billion"].claim.metric == "net_income"
    assert verdicts["$1.8 billion"].verdict == "supported"


def test_the_bottom_line_is_the_earnings_figure_just_quoted():
    # Citizens' 4Q21 release: underlying EPS 1.26 against 1.04 a year earlier (+21%)
    facts = stored_corpus_facts("dev/EX-99.1_CFG_2021-12-31.html", "0000759944-22-000007",
                                "8-K", date(2022, 1, 19), cik=759944)
    text = ("The bank's fourth-quarter 2021 underlying earnings per share were $1.26. The "
            "bottom line climbed {} from the year-ago quarter.")
    assert verify_text(text.format("21%"), facts)["21%"].verdict == "supported"
    assert verify_text(text.format("27%"), facts)["27%"].verdict == "drifted"
    # after a line that is no earnings figure, "the bottom line" names nothing
    other = ("The bank's fourth-quarter 2021 noninterest income was $594 million. The bottom "
             "line climbed 21% from the year-ago quarter.")
    assert verify_text(other, facts)["21%"].claim.metric is None


def test_taxable_equivalent_net_interest_income_is_its_own_line():
    # U.S. Bancorp's 4Q21 release: "Net interest income (taxable-equivalent basis)" 3,150
    # beside the GAAP "Net interest income" 3,123 (and 3,175 a year earlier)
    facts = _usb()
    fte = "In the fourth quarter of 2021, tax-equivalent NII was {}."
    assert verify_text(fte.format("$3.15 billion"), facts)["$3.15 billion"].verdict == "supported"
    assert verify_text(fte.format("$3.12 billion"), facts)["$3.12 billion"].verdict == "drifted"
    gaap = "In the fourth quarter of 2021, net interest income was $3.12 billion."
    found = verify_text(gaap, facts)["$3.12 billion"]
    assert found.verdict == "supported" and found.claim.metric == "net_interest_income"
    # a bank whose release states no taxable-equivalent line: never checked against GAAP
    cfg = stored_corpus_facts("dev/EX-99.1_CFG_2021-12-31.html", "0000759944-22-000007",
                              "8-K", date(2022, 1, 19), cik=759944)
    other = "In the fourth quarter of 2021, net interest income on a taxable-equivalent " \
            "basis was $1.13 billion."
    assert verify_text(other, cfg)["$1.13 billion"].verdict == "unverifiable"


def test_a_dividend_raise_in_percent_is_the_release_s_stated_rise():
    # PNC's 1Q22 release: "raised the quarterly cash dividend ... an increase of 25 cents per
    # share, or 20%"
    facts = stored_corpus_facts("dev/EX-99.1_PNC_2022-03-31.html", "0000713676-22-000013",
                                "8-K", date(2022, 4, 14), cik=713676)
    text = "In April the bank raised its quarterly common stock dividend by {}."
    found = verify_text(text.format("20%"), facts)["20%"]
    assert found.verdict == "supported" and found.claim.metric == "dividend_increase"
    assert verify_text(text.format("25%"), facts)["25%"].verdict != "supported"


def _jpm() -> list:
    return stored_corpus_facts("dev/EX-99.2_JPM_2021-12-31.html", "0000019617-22-000003",
                               "8-K", date(2022, 1, 14), cik=19617)


def test_a_line_of_business_s_net_income_is_read_when_the_lines_add_up():
    # JPMorgan's 4Q21 supplement: "LINE OF BUSINESS NET INCOME/(LOSS)" rows sum to its
    # "NET INCOME" 10,399; its "LINE OF BUSINESS NET REVENUE" (managed basis) does not sum to
    # the reported revenue, and gives no part's revenue
    facts = [sf.fact for sf in _jpm()]
    parts = {(f.entity, f.period_start): f.value for f in facts
             if f.metric == "net_income" and f.entity}
    assert parts[("Corporate & Investment Bank", date(2021, 10, 1))] == 4847000000
    assert parts[("Consumer & Community Banking", date(2020, 10, 1))] == 4325000000
    assert not any(f.entity for f in facts if f.metric == "revenue")
    assert not any(name == "Corporate" for name, _ in parts)  # a line of the sum, no part


def test_a_division_named_by_its_subject_is_compared_with_that_part_only():
    facts = _jpm()
    text = ("In the fourth quarter of 2021, the corporate and investment banks posted a "
            "division profit of {}.")
    found = verify_text(text.format("$4.85 billion"), facts)["$4.85 billion"]
    assert found.verdict == "supported" and found.claim.entity == "corporate and investment banks"
    assert verify_text(text.format("$4.23 billion"), facts)["$4.23 billion"].verdict == "drifted"
    # a name no part has, or a word in common only: no part's figure
    other = ("In the fourth quarter of 2021, the consumer lenders posted a division profit of "
             "$4.23 billion.")
    assert verify_text(other, facts)["$4.23 billion"].verdict == "unverifiable"


def test_a_sentence_opening_on_from_gives_the_levels_of_the_growth_before():
    # Netflix's FY2024 10-K: revenue 39,000,966 (2024) and 33,723,297 (2023), $ thousands
    facts = stored_corpus_facts("dev/10-K_NFLX_2024-12-31.html", "0001065280-25-000044",
                                "10-K", date(2025, 1, 27), cik=1065280)
    text = ("The streamer's numbers for 2024.\n\n"
            "Revenue rose 15.6% year on year. From $33.7 billion in 2023 to $39 billion in "
            "2024.")
    verdicts = verify_text(text, facts)
    assert verdicts["$33.7 billion"].verdict == "supported"
    assert verdicts["$39 billion"].verdict == "supported"
    assert verify_text(text.replace("$39 billion", "$41 billion"), facts)[
        "$41 billion"].verdict == "drifted"
    # "From A to B" is a change, never a range; a level after words naming no growth rate
    # points at nothing
    alone = "The streamer's sales went up in 2024. From $33.7 billion to $39 billion."
    assert verify_text(alone, facts)["$39 billion"].claim.metric is None


def test_a_balance_sheets_deposits_line_is_the_banks_total_deposits():
    # JPMorgan's 4Q21 supplement: its balance sheet's "Deposits" under "LIABILITIES" is
    # 2,462,303 on December 31, 2021 (its assets' "Deposits with banks" is another line)
    facts = _jpm()
    deposits = {sf.fact.period_end: sf.fact.value for sf in facts
                if sf.fact.metric == "total_deposits"}
    assert deposits[date(2021, 12, 31)] == 2462303000000
    assert deposits[date(2020, 12, 31)] == 2144257000000
    found = verify_text("At the end of the fourth quarter of 2021, deposits stood at $2.5 "
                        "trillion.", facts)["$2.5 trillion"]
    assert found.verdict == "supported"
    wrong = verify_text("At the end of the fourth quarter of 2021, deposits stood at $2.7 "
                        "trillion.", facts)["$2.7 trillion"]
    assert wrong.verdict == "drifted"


def test_an_average_balance_sheets_loans_line_is_the_banks_average_loans():
    # the supplement's "CONDENSED AVERAGE BALANCE SHEETS": "Loans" under "ASSETS" beneath an
    # "AVERAGE BALANCES" header, 1,060,254 (4Q21) and 996,367 (4Q20); the year's 1,035,399 is
    # no sum of its quarters (an average lies between theirs). The balance sheet's own "Loans"
    # (1,077,714 on December 31, 2021) is a balance, never an average.
    facts = _jpm()
    average = {(sf.fact.period_start, sf.fact.period_end): sf.fact.value for sf in facts
               if sf.fact.metric == "average_loans"}
    assert average[(date(2021, 10, 1), date(2021, 12, 31))] == 1060254000000
    assert average[(date(2021, 1, 1), date(2021, 12, 31))] == 1035399000000
    assert 1077714000000 not in average.values()
    found = verify_text("In the fourth quarter of 2021, average loans rose 6% from a year "
                        "earlier to $1.1 trillion.", facts)
    assert found["6%"].verdict == "supported"  # 1,060,254 / 996,367 - 1 = 6.4%
    assert found["$1.1 trillion"].verdict == "supported"


def test_the_level_a_change_reached_in_its_quarter_is_what_changed():
    # "rose by 6% ... in the fourth quarter at $1.1 trillion, as deposits ...": average loans'
    # level (1,060,254), not the deposits named after it
    facts = _jpm()
    found = verify_text("Average loans rose by 6% year over year in the fourth quarter of 2021 "
                        "at $1.1 trillion, as deposits increased to $2.5 trillion.", facts)
    assert found["$1.1 trillion"].claim.metric == "average_loans"
    assert found["$1.1 trillion"].verdict == "supported"
    assert found["$2.5 trillion"].claim.metric == "total_deposits"


def _cfg() -> list:
    return stored_corpus_facts("dev/EX-99.1_CFG_2021-12-31.html", "0000759944-22-000007",
                               "8-K", date(2022, 1, 19), cik=759944)


@pytest.mark.parametrize("line", ["Non-interest revenue", "Noninterest revenues"])
def test_noninterest_revenue_is_the_banks_noninterest_income(line):
    # Citizens' 4Q21 release: noninterest income 594 against 578 a year earlier (+3%)
    found = verify_text(f"In the fourth quarter of 2021, {line.lower()} grew 3% from a year "
                        "earlier to $594 million.", _cfg())
    assert (found["$594 million"].claim.metric, found["$594 million"].claim.entity) == (
        "noninterest_income", None)
    assert (found["3%"].verdict, found["$594 million"].verdict) == ("supported", "supported")


def test_a_word_before_revenue_that_is_no_lines_name_is_still_a_part():
    from tests.conftest import claims_in

    found = {c.text: c for c in claims_in("In the fourth quarter of 2021, card revenue grew 3% "
                                          "from a year earlier to $594 million.")}
    assert found["$594 million"].entity == "card" or found["$594 million"].metric is None
    assert found["$594 million"].metric != "noninterest_income"


def test_the_net_result_is_the_earnings_figure_just_quoted():
    # Citizens' 4Q21 release: underlying EPS 1.26 against 1.04 a year earlier (+21%), net
    # income 530 (a paraphrase's "net result" for the bottom line, as European English has it)
    text = ("The bank's fourth-quarter 2021 underlying earnings per share were $1.26, above the "
            "consensus of $1.16. The net result rose {} from the year-ago quarter.")
    found = verify_text(text.format("21%"), _cfg())["21%"]
    assert (found.claim.basis, found.verdict) == ("eps_diluted_non_gaap", "supported")
    assert verify_text(text.format("27%"), _cfg())["27%"].verdict == "drifted"
    level = verify_text("In the fourth quarter of 2021 the bank's net result was $530 million.",
                        _cfg())["$530 million"]
    assert (level.claim.metric, level.verdict) == ("net_income", "supported")


def test_the_net_result_of_something_else_is_no_bottom_line():
    from tests.conftest import claims_in

    found = {c.text: c for c in claims_in("In the fourth quarter of 2021 the net result of "
                                          "these changes was $40 million.")}
    assert found["$40 million"].metric != "net_income"
