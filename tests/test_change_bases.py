"""Changes measured against the base period an article names: a rate's change in points
against the preceding quarter ("on a linked quarter basis", "sequentially"), its base ("from
2.53 percent") and its level, and one metric's difference between two periods ("$447 million
(0.1 percent) higher than the fourth quarter of 2020") with the growth rate beside it.

The filing is U.S. Bancorp's Q4 2021 earnings release (EX-99.1), read in place from the corpus:
it prints the 3Q21 and 4Q20 columns beside 4Q21 (net interest margin 2.53 / 2.57 / 2.40;
average total loans 296,739 / 302,308 / 302,755 and average total deposits 431,487 / 422,413 /
449,838, $ millions). Every sentence is written for these tests (paraphrases of a bank recap,
carrying the release's own figures, not third-party text)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from pipeline.verify.api import verify_claims
from pipeline.verify.change_bases import QUARTER, YEAR, compared_with
from tests.conftest import claims_in, stored_corpus_facts, verify_text
from warehouse.records import StoredFact

_RELEASE = "dev/EX-99.1_USB_2021-12-31.html"
_LEAD = "U.S. Bancorp reported results for the fourth quarter of 2021. "


@pytest.fixture(scope="module")
def bank() -> list[StoredFact]:
    return stored_corpus_facts(_RELEASE, "0000036104-22-000008", "8-K", date(2022, 1, 19))


_claims = claims_in
verify = verify_text


@pytest.mark.parametrize("sentence, figure, base", [
    ("The margin declined 13 basis points from 2.53 percent on a linked quarter basis.",
     "13 basis points", QUARTER),
    ("On a linked quarter basis, the margin fell 13 basis points.", "13 basis points", QUARTER),
    ("The margin was down 13 bps sequentially and 17 bps from a year earlier.", "13 bps",
     QUARTER),
    ("The margin was down 13 bps sequentially and 17 bps from a year earlier.", "17 bps", YEAR),
    ("The margin fell 17 bps year over year, while loans rose 2% sequentially.", "17 bps",
     YEAR),
    ("The margin fell 17 bps.", "17 bps", None),
])
def test_what_a_change_is_compared_with_is_the_first_comparison_its_clause_names(
        sentence, figure, base):
    start = sentence.index(figure)
    assert compared_with(sentence, start, start + len(figure)) == base


@pytest.mark.corpus
def test_a_linked_quarter_change_and_its_base_are_the_release_columns(bank):
    found = verify(_LEAD + "The net interest margin declined 13 basis points from 2.53 percent "
                   "on a linked quarter basis.", bank)
    change, base = found["13 basis points"], found["2.53 percent"]
    assert change.verdict == "supported" and change.filed_value == Decimal("-0.13")
    assert {e.period_end for e in change.evidence} == {date(2021, 12, 31), date(2021, 9, 30)}
    assert base.verdict == "supported" and base.claim.metric == "net_interest_margin"
    assert base.evidence[0].period_end == date(2021, 9, 30)


@pytest.mark.corpus
def test_a_linked_quarter_change_after_a_full_year_sentence_is_the_last_quarters(bank):
    # the period in force is the year an earlier sentence named: "linked quarter" is of the
    # quarter that ends that year, never the year against the year before
    found = verify(_LEAD + "Full-year net income was $8.0 billion. The net interest margin "
                   "declined 13 basis points from 2.53 percent on a linked quarter basis.", bank)
    assert found["13 basis points"].verdict == "supported"
    assert found["2.53 percent"].verdict == "supported"


@pytest.mark.corpus
def test_a_sequential_change_does_not_date_the_level_beside_it(bank):
    # "sequentially" names the base quarter only: the 2.40 percent is the fourth quarter's
    found = verify(_LEAD + "The net interest margin was 2.40 percent, down 13 basis points "
                   "sequentially and 17 basis points from a year earlier.", bank)
    assert {k: v.verdict for k, v in found.items()} == {
        "2.40 percent": "supported", "13 basis points": "supported",
        "17 basis points": "supported"}
    assert found["2.40 percent"].evidence[0].period_end == date(2021, 12, 31)


@pytest.mark.corpus
@pytest.mark.parametrize("sentence, figure, verdict", [
    ("The net interest margin declined 13 basis points from the third quarter of 2021.",
     "13 basis points", "supported"),
    ("The net interest margin declined 17 basis points from the third quarter of 2021.",
     "17 basis points", "drifted"),
    ("The net interest margin declined 17 basis points from the fourth quarter of 2020.",
     "17 basis points", "supported"),
    ("The net interest margin rose 13 basis points on a linked quarter basis.",
     "13 basis points", "drifted"),
])
def test_a_change_in_points_against_the_base_period_it_names(bank, sentence, figure, verdict):
    assert verify(_LEAD + sentence, bank)[figure].verdict == verdict


@pytest.mark.corpus
def test_a_difference_between_two_periods_and_the_rate_beside_it(bank):
    found = verify("Average total loans for the fourth quarter of 2021 were $447 million (0.1 "
                   "percent) higher than the fourth quarter of 2020. Average total deposits for "
                   "the fourth quarter of 2021 were $27.4 billion (6.5 percent) higher than the "
                   "fourth quarter of 2020.", bank)
    loans, deposits = found["$447 million"], found["$27.4 billion"]
    assert (loans.claim.metric, loans.claim.basis) == ("difference", "average_loans")
    assert loans.verdict == "supported" and loans.filed_value == Decimal(447000000)
    assert deposits.verdict == "supported" and deposits.filed_value == Decimal(27425000000)
    assert {e.period_end for e in deposits.evidence} == {date(2021, 12, 31), date(2020, 12, 31)}
    assert found["(0.1 percent"].verdict == "supported"
    assert found["(6.5 percent"].verdict == "supported"


@pytest.mark.corpus
def test_the_base_period_after_than_is_the_growth_rates_base_too(bank):
    # against the third quarter, not a year earlier: 302,755 / 296,739 - 1 = 2.03%
    found = verify(_LEAD + "Average total loans were $6.0 billion (2.0 percent) higher than "
                   "the third quarter of 2021.", bank)
    assert found["$6.0 billion"].verdict == "supported"
    assert found["(2.0 percent"].verdict == "supported"
    year_over_year = verify(_LEAD + "Average total loans were $6.0 billion (0.1 percent) "
                            "higher than the third quarter of 2021.", bank)
    assert year_over_year["(0.1 percent"].verdict == "drifted"


@pytest.mark.corpus
@pytest.mark.parametrize("sentence, figure, verdict", [
    ("Average total deposits were $18.4 billion higher than the prior quarter.",
     "$18.4 billion", "supported"),
    ("Average total deposits were $30 billion higher than the prior quarter.", "$30 billion",
     "drifted"),
    ("Average total loans were $447 million higher than a year earlier.", "$447 million",
     "supported"),
    ("Net income was $1,673 million, $355 million lower than the third quarter of 2021.",
     "$355 million", "supported"),
])
def test_a_difference_with_no_parenthesis(bank, sentence, figure, verdict):
    assert verify(_LEAD + sentence, bank)[figure].verdict == verdict


@pytest.mark.corpus
def test_a_base_with_no_year_is_not_compared_with_a_year_earlier(bank):
    found = verify(_LEAD + "Average total loans were $447 million higher than the first "
                   "quarter.", bank)
    assert found["$447 million"].verdict == "unverifiable"


@pytest.mark.corpus
def test_a_base_of_another_length_is_refused(bank):
    found = verify(_LEAD + "Average total loans were $447 million (0.1 percent) higher than "
                   "2020.", bank)
    assert found["$447 million"].verdict == "unverifiable"
    assert found["(0.1 percent"].verdict == "unverifiable"


@pytest.mark.corpus
@pytest.mark.parametrize("sentence, figure, verdict", [
    ("Average total loans rose 2.0 percent on a linked quarter basis.", "2.0 percent",
     "supported"),
    ("Average total loans rose 9 percent on a linked quarter basis.", "9 percent", "drifted"),
    ("Average total deposits grew 4.3% from the prior quarter.", "4.3%", "supported"),
    ("Average total deposits grew 6.5% year over year and 4.3% from the prior quarter.", "6.5%",
     "supported"),
    ("Net income decreased 17.5 percent on a linked quarter basis.", "17.5 percent",
     "supported"),
    # the second item of a list after the first one's base keeps what grew
    ("Average total deposits grew 4.3% sequentially and 6.5% year over year.", "6.5%",
     "supported"),
    ("Average total deposits grew 6.5% year over year and 4.3% from the prior quarter.", "4.3%",
     "supported"),
    ("Average total deposits grew 6.5% year over year and 6.5% from the prior quarter.", "6.5%",
     "unverifiable"),
])
def test_a_growth_rate_against_the_preceding_quarter(bank, sentence, figure, verdict):
    # 302,755 / 296,739 - 1 = 2.03%; 449,838 / 431,487 - 1 = 4.25%; 1,673 / 2,028 - 1 = -17.5%
    assert verify(_LEAD + sentence, bank)[figure].verdict == verdict


@pytest.mark.corpus
def test_a_linked_quarter_growth_after_a_full_year_sentence_is_the_last_quarters(bank):
    found = verify(_LEAD + "Full-year net income was $8.0 billion. Net income fell 17.5% "
                   "sequentially.", bank)["17.5%"]
    assert found.verdict == "supported"
    assert {e.period_end for e in found.evidence} == {date(2021, 12, 31), date(2021, 9, 30)}


@pytest.mark.corpus
@pytest.mark.parametrize("sentence, figure, verdict", [
    # net interest income 3,123 (4Q21), 3,171 (3Q21), 3,175 (4Q20); noninterest income 2,534,
    # 2,693, 2,550 ($ millions)
    ("Net interest income was $3,123 million, down $48 million from the prior quarter.",
     "$48 million", "supported"),
    ("Net interest income was $3,123 million, down $80 million sequentially.", "$80 million",
     "drifted"),
    ("Noninterest income was $2,534 million, a decrease of $159 million on a linked quarter "
     "basis.", "$159 million", "supported"),
    ("Noninterest income was $2,534 million, down $16 million from the fourth quarter of 2020.",
     "$16 million", "supported"),
    ("Net interest income was $3,123 million, down $52 million from a year earlier.",
     "$52 million", "supported"),
])
def test_a_change_in_an_amount_against_the_base_period_it_names(bank, sentence, figure, verdict):
    assert verify(_LEAD + sentence, bank)[figure].verdict == verdict


@pytest.mark.corpus
@pytest.mark.parametrize("sentence, figure", [
    # a line of business's revenue is no company total (total net revenue 5,684 / 5,751)
    ("Payments services revenue was $67 million higher than the fourth quarter of 2020.",
     "$67 million"),
    ("Mortgage banking revenue was $200 million (3.4 percent) lower than the third quarter of "
     "2021.", "$200 million"),
    # 'over the quarter' names the figure's own period, not a base
    ("Total net revenue rose 8% over the quarter.", "8%"),
])
def test_a_part_or_an_unnamed_base_is_not_compared(bank, sentence, figure):
    assert verify(_LEAD + sentence, bank)[figure].verdict == "unverifiable"


@pytest.mark.corpus
def test_one_figure_written_twice_against_two_bases_is_not_guessed(bank):
    # the margin fell 13 basis points sequentially but 17 year over year: which "13 basis
    # points" is which cannot be told from the text alone, so neither is judged
    text = (_LEAD + "The net interest margin was down 13 basis points sequentially and 13 basis "
            "points year over year.")
    found = [v for v in verify_claims(_claims(text), bank) if v.claim.text == "13 basis points"]
    assert len(found) == 2 and {v.verdict for v in found} == {"unverifiable"}


def test_a_list_of_bases_sets_no_period_in_force():
    # paraphrase of a news copy on a miner's quarter: the second base of "from $A in Q1 and
    # $B in Q2 2022" is a base too, so the year-ago quarter is not carried to the next sentence
    from tests.conftest import claims_in

    text = ("The miner's net loss for the second quarter narrowed from a year ago.\n"
            "Adjusted EBITDA rose to $25.6M from $18.6M in Q1 and -$167.1M in Q2 2022.\n"
            "Impairment of digital assets stood at $8.4M compared with $6.2M in Q1 and "
            "$131.6M a year before.")
    found = {c.text: c.period_label for c in claims_in(text)}
    assert found["-$167.1M"] == "Q2 2022"
    # the yearless quarter stays the lead's (a loaded filing's report period dates it later)
    assert found["$8.4M"] == "Q2 of a year the article does not state"
    assert found["$131.6M"].endswith("1 year earlier")
    # a clause after the base that reports its own figure is no base's list
    more = {c.text: c.period_label for c in claims_in(
        "Revenue for the second quarter of 2023 rose to $81.8M from $24.9M in Q2 2022, and "
        "cost of revenues was $92.5M.")}
    assert more["$92.5M"] == "Q2 2023"
