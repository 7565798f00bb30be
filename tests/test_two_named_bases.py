"""A rate's base named in full, then a second rate against another base ("a 19% decline
compared with the second quarter of <Y-1> but a 4% rise compared with the prior quarter", the
class of a rewrite site's recap of a chip maker's quarter): the named base dates neither the
figures before it nor the sentences after it, the second rate keeps its own way (its noun), and
it is the change of the same line, against its own base.

Every sentence here is written for these tests (paraphrases, not third-party text); the facts
are read in place from a chip maker's 10-Q for its second quarter of 2023 (quarter ended July 1,
2023): gross profit $2,443 million against $3,028 million a year earlier (-19.3%) and $2,359
million in the first quarter (six months $4,802 million less the quarter: +3.6%); the Client
segment's revenue $998 million against $2,152 million (-53.6%)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text

_LEAD = "The chip designer published its figures for the second quarter of 2023. "


@pytest.fixture(scope="module")
def quarter() -> list:
    return stored_corpus_facts("10q-10k/10-Q_AMD_0000002488-23-000139.html",
                               "0000002488-23-000139", "10-Q", date(2023, 8, 2))


@pytest.mark.parametrize("second", [
    "but a 4% rise compared with the prior quarter",
    "and a 4% increase from the previous quarter",
    "but a 4% gain versus the preceding quarter"])
@pytest.mark.parametrize("first", [
    "a 19% decline compared with the second quarter of 2022",
    "a 19% drop versus the same quarter last year",
    "a 19% decrease compared to the year-ago quarter"])
def test_two_rates_against_two_named_bases(quarter, first, second):
    found = verify_text(_LEAD + f"Gross profit came in at $2.4 billion, {first} {second}. "
                        "The Client segment brought in $998 million, 54% lower year over year.",
                        quarter)
    assert found["$2.4 billion"].claim.period_label == "Q2 2023"
    for figure in ("$2.4 billion", "19%", "4%", "$998 million", "54%"):
        assert found[figure].verdict == "supported", (figure, found[figure].reason)
    assert found["4%"].claim.value > 0


@pytest.mark.parametrize("first, second, sign", [
    ("decline", "increase", 1), ("rise", "decrease", -1), ("decline", "decrease", -1)])
def test_a_second_rate_s_own_noun_says_its_way(first, second, sign):
    claims = {c.text: c for c in claims_in(
        _LEAD + f"Gross profit came in at $2.4 billion, a 19% {first} compared with the second "
        f"quarter of 2022 and a 4% {second} compared with the prior quarter.")}
    assert claims["4%"].value * sign > 0


@pytest.mark.parametrize("text, figure, label", [
    # a figure the named quarter dates ("in", not a base word) keeps that quarter
    ("Gross profit was $3.0 billion in the second quarter of 2022 but slid to $2.4 billion.",
     "$3.0 billion", "Q2 2022"),
    # a base named with its own figure is that figure's period
    ("Gross profit was $2.4 billion, compared with $3.0 billion in the second quarter of 2022.",
     "$3.0 billion", "Q2 2022")])
def test_a_named_period_that_dates_a_figure_stays_its_own(text, figure, label):
    claims = {c.text: c for c in claims_in(_LEAD + text)}
    assert claims[figure].period_label == label


def test_a_rate_without_a_noun_of_its_own_is_not_given_one():
    # "up 4% in units": the noun after names what was counted, not a way; the rate stays a
    # change of what the sentence's words say, never a second rate of gross profit
    claims = {c.text: c for c in claims_in(
        _LEAD + "Gross profit came in at $2.4 billion, a 19% decline compared with the second "
        "quarter of 2022, while headcount was 4% higher in the period.")}
    assert claims["4%"].basis != "gross_profit"


@pytest.mark.parametrize("sentence", [
    "Gross profit slid 19% from a year earlier but climbed 4% sequentially.",
    "Gross profit was down 19% year over year but up 4% from the first quarter.",
    "Gross profit dropped 19% year on year and grew 4% quarter over quarter."])
def test_a_second_rate_led_by_its_own_way_word_is_the_same_line_s(quarter, sentence):
    found = verify_text(_LEAD + sentence, quarter)
    for figure in ("19%", "4%"):
        assert found[figure].verdict == "supported", (figure, found[figure].reason)
    assert found["4%"].claim.basis == "gross_profit"


@pytest.mark.parametrize("sentence", [
    "Gross profit slid 19% year over year, but operating expenses rose 4%.",  # its own subject
    "Gross profit slid 19% year over year but fell short of forecasts by 4%.",  # no change
    "Gross profit slid 19% year over year but up 4% in units shipped."])  # its own object
def test_a_rate_with_a_subject_or_object_of_its_own_is_not_the_line_s(sentence):
    claims = {c.text: c for c in claims_in(_LEAD + sentence)}
    assert claims["4%"].basis != "gross_profit"
