"""Periods of comparison bases that name their own year: "the same quarter of 2023", "2021's
fourth quarter", "the $X net loss <Name> booked in <period>" (paraphrases written for the
project, after a bank-trade brief, a railroad summary and a crypto site)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in


def _periods(text: str) -> dict[str, str | None]:
    return {c.text: c.period_label for c in claims_in(text)}


@pytest.mark.parametrize("text, base", [
    # two years back: never the year before the period in force
    ("Widgetco reported results for the second quarter of 2025. Net income was $1.9 billion, "
     "up from $1.2 billion in the same quarter of 2023.", "Q2 2023"),
    ("Widgetco reported results for the second quarter of 2025. Net income rose to $1.9 "
     "billion from the $1.2 billion it reported for the same period in 2023.", "Q2 2023"),
    ("Widgetco posted second-quarter 2025 net income of $1.9 billion, against $1.2 billion in "
     "the corresponding period of 2023.", "Q2 2023"),
    # a year back, said with the year
    ("Widgetco reported results for the second quarter of 2025. Net income was $1.9 billion, "
     "compared with $1.2 billion in the same quarter of 2024.", "Q2 2024"),
    # a year in force: the year named
    ("Widgetco reported its results for 2024. Net income was $1.9 billion, up from $1.2 "
     "billion in the same period of 2022.", "FY2022"),
])
def test_the_same_period_of_a_named_year_is_the_period_in_force_in_that_year(text, base):
    found = _periods(text)
    assert found["$1.2 billion"] == base
    assert found["$1.9 billion"] in ("Q2 2025", "FY2024")


def test_the_same_quarter_of_a_year_with_no_quarter_in_force_dates_nothing():
    # which quarter is "the same" is not said: never the whole year 2022
    found = _periods("Net income was $1.9 billion, up from $1.2 billion in the same quarter "
                     "of 2022.")
    assert found["$1.2 billion"] is None


def test_a_sentence_opened_by_the_same_period_of_a_year_keeps_the_period_in_force_after():
    found = _periods("Widgetco reported results for the second quarter of 2025. In the same "
                     "quarter of 2023, net income was $1.2 billion. Revenue was $5 billion.")
    assert found["$1.2 billion"] == "Q2 2023"
    assert found["$5 billion"] == "Q2 2025"


@pytest.mark.parametrize("phrase", ["2021's fourth quarter", "2021’s fourth quarter",
                                    "the 2021 fourth quarter"])
def test_a_possessive_year_before_a_quarter_names_that_quarter(phrase):
    claims = {c.text: c for c in claims_in(
        f"Lendco reported a 10% jump in profit for {phrase}, to $1.67 billion from the $1.52 "
        "billion the lender reported for the same period in 2020.")}
    assert claims["10%"].period_label == "Q4 2021"
    assert claims["$1.67 billion"].period_label == "Q4 2021"
    assert claims["$1.52 billion"].period_label == "Q4 2020"
    assert claims["$1.52 billion"].period_end == date(2020, 12, 31)


@pytest.mark.parametrize("subject", ["Minerco", "Miner Co", "the miner"])
def test_a_base_dated_after_its_subject_and_reporting_verb(subject):
    found = _periods(
        "Minerco posted a net loss of $21.3 million for the second quarter of 2023, up from a "
        "net loss of $7 million in the prior quarter. Both figures improve on the $212.6 "
        f"million net loss {subject} booked in the second quarter of 2022.")
    assert found["$212.6 million"] == "Q2 2022"


def test_words_that_are_no_subject_do_not_reach_the_period():
    # "many lenders" is neither a name nor "the <noun>": the year after it is not read as the
    # base's quarter (read through them, it would be the second quarter of 2023)
    found = _periods("Widgetco reported results for the second quarter of 2025. Net income "
                     "rose to $1.9 billion from the $1.2 billion many lenders reported in 2023.")
    assert found["$1.2 billion"] != "Q2 2023"


@pytest.mark.parametrize("words", ["which compares to", "which compares with", "comparing with",
                                  "compared with"])
def test_a_quarter_named_after_compares_to_dates_the_base_only(words):
    # the quarter a year back after "compares to" is the base's: the sentence's own figure
    # keeps the quarter in force (read as the sentence's, it was dated a year early)
    found = _periods("Shopco reported results for the third quarter of fiscal 2024. Net income "
                     f"was $44.2 million, {words} $51.8 million in the third quarter of fiscal "
                     "2023. Shopco ended the quarter with 445 stores, which compares to 443 "
                     "stores at the end of the third quarter of fiscal 2023.")
    assert found["$44.2 million"] == "fiscal Q3 2024"
    assert found["$51.8 million"] == "fiscal Q3 2023"
    assert found["445"] == "fiscal Q3 2024"
    assert found["443"] == "fiscal Q3 2023"


def test_compares_as_a_plain_verb_is_no_base():
    # "compares" with no "to"/"with" after it sets no base: the year dates the sentence
    found = _periods("Shopco reported results for fiscal 2024. The board compares favorably: "
                     "net income in fiscal 2023 was $51.8 million.")
    assert found["$51.8 million"] == "FY2023"


@pytest.mark.parametrize("phrase", ["In the past fiscal year", "During the last fiscal year",
                                    "Over the year", "In the just-ended fiscal year"])
def test_the_year_just_closed_after_a_fourth_quarter_is_that_year(phrase):
    found = _periods("Gameco reported fourth-quarter fiscal 2023 results. Net income was $63.1 "
                     f"million for the fourth quarter. {phrase}, Gameco closed 287 stores.")
    assert found["$63.1 million"] == "fiscal Q4 2023"
    assert found["287"] == "FY2023"


def test_stores_closed_in_the_year_after_a_fourth_quarter():
    found = _periods("Gameco reported fourth-quarter fiscal 2023 results. Net income was $63.1 "
                     "million for the fourth quarter. Gameco closed 186 stores in the year.")
    assert found["186"] == "FY2023"


def test_the_past_year_after_an_earlier_quarter_is_either_year_never_the_quarter():
    # said in an article on a second quarter, "the past year" may be the year just closed or
    # the one under way: never the quarter, and never one year chosen
    found = _periods("Gameco reported second-quarter 2023 results. Net income was $63.1 "
                     "million. In the past year, Gameco closed 287 stores.")
    assert found["$63.1 million"] == "Q2 2023"
    assert found["287"] not in ("Q2 2023", "FY2023", "FY2022")


@pytest.mark.parametrize("phrase", ["in the year-ago quarter", "in the year ahead",
                                    "in the year ended January 28, 2023"])
def test_other_phrases_of_the_year_are_not_the_year_closing(phrase):
    found = _periods("Gameco reported fourth-quarter fiscal 2023 results. Net income was $63.1 "
                     f"million for the fourth quarter. Gameco closed 287 stores {phrase}.")
    assert found["287"] != "FY2023"


def test_a_weeks_period_ended_on_a_stated_day_dates_its_base():
    # a 52/53-week filer's prior-year periods end on the days it states, not a year of weeks
    # before the period in force
    found = _periods(
        "Online sales rose 1.1 percent to $46.6 million for the 13-week fiscal quarter ended "
        "November 2, 2024, compared to net sales of $46.1 million for the 13-week fiscal quarter "
        "ended October 28, 2023. Net sales for the 39-week fiscal period ended November 2, 2024 "
        "fell 4.6 percent to $838.5 million from net sales of $878.7 million for the prior year "
        "39-week fiscal period ended October 28, 2023.")
    assert found["$46.6 million"] == "3 months ended 2024-11-02"
    assert found["$46.1 million"] == "3 months ended 2023-10-28"
    assert found["$838.5 million"] == "9 months ended 2024-11-02"
    assert found["$878.7 million"] == "9 months ended 2023-10-28"


def test_the_prior_year_alone_is_still_a_year_back():
    found = _periods("Revenue for the quarter ended June 30, 2025 was $5 billion, compared with "
                     "$4 billion in the prior year.")
    assert found["$4 billion"] == "3 months ended 2024-06-30"


def test_the_year_in_a_sentence_with_no_figure_sets_no_period_in_force():
    # "does well in the year" after a yearless fourth quarter: the next "last year" is still
    # the article's own year (either), never a year before a yearless year
    found = _periods("Bankco said its fourth-quarter profits fell by 13% from a year earlier. "
                     "Pay is tied to how well the firm does in the year, and this year was good. "
                     "The firm made $21.64 billion in profits last year.")
    assert "1 year earlier" not in (found["$21.64 billion"] or "")


def test_a_sentence_opened_by_this_compares_to_is_of_the_period_it_names():
    found = _periods("Insureco's net income for the year ended December 31, 2009 was $4.1 "
                     "million, or $0.85 per share. This compares to a net loss of $3.4 million "
                     "for the year ended December 31, 2008, or $0.70 per share.")
    assert found["$3.4 million"] == "FY ended 2008-12-31"
    assert found["$0.70 per share"] == "FY ended 2008-12-31"


def test_the_prior_year_weeks_period_with_no_day_is_a_year_back():
    found = _periods("Net income for the 13-week period ended November 2, 2024 was $44.2 "
                     "million, compared with $51.8 million for the prior year 13-week period.")
    assert found["$51.8 million"] != "3 months ended 2024-11-02"


# "increased 12.6% to $4.543 billion for the six months ended June 30, 2025 (vs $4.033 billion
# in 2024)": a machine summary of a railroad's half-year; the base is the same six months.
@pytest.mark.parametrize("text, base", [
    ("Cash from operations rose 12.6% to $4.5 billion for the six months ended June 30, 2025 "
     "(vs $4.0 billion in 2024).", "6 months ended 2024-06-30"),
    ("Widgetco reported its second quarter of 2025. Revenue was $6.2 billion, compared with "
     "$6.0 billion in 2024.", "Q2 2024"),
])
def test_a_base_dated_by_the_year_before_is_the_same_span_of_months(text, base):
    assert _periods(text)["$4.0 billion" if "$4.0" in text else "$6.0 billion"] == base


@pytest.mark.parametrize("text, key, year", [
    # a year in force: the year stays
    ("Widgetco reported its results for 2025. Revenue was $24 billion, versus $23 billion in "
     "2024.", "$23 billion", "FY2024"),
    # two years back is no "year before": left as the sentence reads it
    ("Revenue for the six months ended June 30, 2025 was $12 billion, against $9 billion in "
     "2023.", "$9 billion", "FY2023"),
])
def test_a_base_year_is_moved_only_from_a_span_of_the_year_after(text, key, year):
    assert _periods(text)[key] == year
