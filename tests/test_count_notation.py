"""How a count is written: a scale letter glued to it ("301.6m paid memberships", "13k
employees", "275M shares"), a plus after it ("4,000+ customers"), a bullet's verb before it
("Added 19 million net paid subscribers"), and the nouns of a workforce's change ("60,000
jobs"). Article sentences here are the project's own paraphrases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.conftest import claims_in


def _claims(text: str) -> dict:
    return {c.text: c for c in claims_in(text)}


@pytest.mark.parametrize(("text", "written", "value", "unit"), [
    ("The streamer closed the year with 301.6m paid memberships.", "301.6m",
     Decimal(301600000), "count"),
    ("The retailer now has 13k employees across its stores.", "13k", Decimal(13000), "count"),
    ("Its show drew 122m views in the quarter.", "122m", Decimal(122000000), "count"),
    ("The app passed 1.2bn monthly users last year.", "1.2bn", Decimal(1200000000), "count"),
    ("Holders cast 275M shares for a three-year frequency.", "275M shares",
     Decimal(275000000), "shares"),
])
def test_a_scale_letter_glued_to_a_count_is_its_scale(text, written, value, unit):
    claim = _claims(text)[written]
    assert (claim.value, claim.unit) == (value, unit)


@pytest.mark.parametrize("text", [
    "The sprinter won the 100m race in the final.",      # no counted noun after it
    "The bridge has a 5 m span over 20 bays.",           # a space: no glued scale
    "Savers moved money into 401k accounts.",            # a retirement plan's name
])
def test_a_letter_after_a_number_naming_no_count_is_no_scale(text):
    assert all(c.value is None or abs(c.value) < 1000 for c in claims_in(text))


def test_a_glued_scale_makes_the_count_match_the_filed_millions():
    from tests.conftest import stored_corpus_facts, verify_text

    facts = stored_corpus_facts("dev/10-K_NFLX_2024-12-31.html", "a", "10-K", date(2025, 1, 27))
    # the 10-K states 301,626,000 paid memberships at the end of 2024
    found = verify_text("Netflix ended 2024 with 301.6m paid memberships worldwide.", facts)
    assert found["301.6m"].verdict == "supported"
    assert found["301.6m"].filed_value == Decimal(301626000)


@pytest.mark.parametrize(("text", "written"), [
    ("The assistant has 4,000+ business customers so far.", "4,000+"),
    ("More than a year in, 12,000+ Content Agent customers use it.", "12,000+"),
    ("Bookings came to $1B+ in the quarter.", "$1B+"),
])
def test_a_plus_after_a_figure_says_more_than(text, written):
    claim = _claims(text)[written]
    assert claim.qualifier == "more than"


def test_a_plus_before_the_next_figure_is_its_sign():
    claims = _claims("Segments: Household$580M+20.1% of the total.")
    assert "$580M" in claims and claims["$580M"].qualifier is None


def test_a_plus_counts_noun_is_read_across_it():
    claim = _claims("The tool has 3,700+ Prospecting Agent customers.")["3,700+"]
    assert claim.unit == "count" and claim.not_checkable_reason is None


@pytest.mark.parametrize(("text", "written"), [
    ("Net Additions: Added 19 million net paid subscribers, a record.", "19 million"),
    ("Reached 5 million paying users in the spring.", "5 million"),
])
def test_a_bullets_verb_before_a_scaled_count_is_no_name(text, written):
    claim = _claims(text)[written]
    assert claim.not_checkable_reason is None


def test_a_capitalised_word_before_a_plain_number_is_still_a_name():
    assert "3" not in _claims("Model 3 deliveries were strong.")


@pytest.mark.parametrize(("text", "written"), [
    ("The industry has slashed nearly 60,000 jobs this year.", "60,000"),
    ("Closing the center will affect more than 150 people.", "150"),
    ("The insurer cut 1,200 positions in the spring.", "1,200"),
])
def test_a_workforces_change_is_a_fact_not_a_bare_number(text, written):
    claim = _claims(text)[written]
    assert claim.not_checkable_reason is None and claim.metric is None


def test_a_bare_number_with_no_noun_stays_bare():
    claim = _claims("The meeting ran until 5 in the afternoon.")["5"]
    assert claim.not_checkable_reason is not None


def test_a_base_in_millions_after_an_unmeasured_figure_is_a_count():
    claims = _claims("Net additions came to 19 million, an increase from 13 million a year "
                     "earlier.")
    assert claims["13 million"].not_checkable_reason is None


def test_a_base_a_measured_figure_faces_takes_its_measure():
    claims = _claims("The combined ratio was 88.7 in the quarter, vs. 93.9 a year earlier.")
    assert claims["93.9"].not_checkable_reason is None


@pytest.mark.parametrize("text", [
    "1. Quarterly Revenue: o Revenue for the fourth quarter of 2024 was $10.2 billion.",
    "Top line: oRevenue for the fourth quarter of 2024 was $10.2 billion.",
])
def test_a_letter_bullet_after_a_label_and_colon_is_a_bullet(text):
    assert _claims(text)["$10.2 billion"].metric == "revenue"


def test_a_lone_o_inside_a_sentence_is_left_alone():
    claims = _claims("Revenue for the fourth quarter of 2024 was $10.2 billion.")
    assert claims["$10.2 billion"].metric == "revenue"


_RAIL_METRICS = ("Key metrics for the quarter ended June 30, 2025:\n"
                 "• Revenue Carloads - Bulk: 519 thousand compared to the 493.75 thousand "
                 "average estimate.\n"
                 "• Revenue Carloads - Bulk: 530 thousand versus the 493.75 thousand average "
                 "estimate.\n"
                 "• Revenue Carloads: 2,114 thousand versus an estimate of 2,000 thousand.\n"
                 "• Customers: 65 years or older.")


def test_a_key_metrics_label_names_the_count_and_its_part():
    claims = {c.text: c for c in claims_in(_RAIL_METRICS)}
    assert (claims["519 thousand"].metric, claims["519 thousand"].entity) == ("carloads", "Bulk")
    assert (claims["2,114 thousand"].metric, claims["2,114 thousand"].entity) == ("carloads", None)
    assert claims["65"].not_checkable_reason is not None


def test_a_labelled_part_count_is_checked_against_the_parts_figure():
    from tests.conftest import stored_corpus_facts, verify_text

    # the railroad's 10-Q for Q2 2025: 519 thousand Bulk revenue carloads, 2,114 thousand in all
    facts = stored_corpus_facts("dev/10-Q_UNP_2025-06-30.html", "a", "10-Q", date(2025, 7, 24))
    found = {k: v.verdict for k, v in verify_text(_RAIL_METRICS, facts).items()}
    assert (found["519 thousand"], found["530 thousand"], found["2,114 thousand"]) == (
        "supported", "drifted", "supported")


def test_a_labelled_count_whose_part_is_not_read_stays_bare():
    # the label runs on after other words of its sentence: the part reader cannot see the
    # part, so the count is left unread rather than set against the company's total
    claims = {c.text: c for c in claims_in(
        "Key metrics, in short; Revenue Carloads - Bulk: 519 thousand compared to the 493.75 "
        "thousand average estimate.")}
    assert claims["519 thousand"].metric is None


def test_bullets_run_on_one_line_are_items_of_their_own():
    # a list flattened onto one line: each item is a sentence, its period the heading's latest
    # (read as one sentence, "Q3 2021 vs. Q3 2020" dated the items' levels in 2020)
    claims = _claims("Financial Highlights Q3 2021 vs. Q3 2020 • Revenue increased 73% to "
                     "$5,670K • Net income of $598K vs. net income of $1,179K")
    assert claims["$5,670K"].period_label == claims["$598K"].period_label == "Q3 2021"
    assert claims["$1,179K"].period_label == "Q3 2020"
    metrics = _claims("Key metrics: • Revenue Carloads - Bulk: 519 thousand compared to the "
                      "493.75 thousand average estimate.")
    assert (metrics["519 thousand"].metric, metrics["519 thousand"].entity) == (
        "carloads", "Bulk")


def test_a_bullet_inside_a_word_run_is_no_item():
    claims = _claims("Revenue•net was $5 billion in Q3 2021.")
    assert claims["$5 billion"].period_label == "Q3 2021"


@pytest.mark.parametrize(("text", "written", "value"), [
    ("Adjusted EBITDA increased 93% to $2,431K1 in the quarter.", "$2,431K", Decimal(2431000)),
    ("Net income came to $4.2M2 for the year.", "$4.2M", Decimal(4200000)),
])
def test_a_footnote_mark_glued_to_an_amounts_scale_letter(text, written, value):
    claim = _claims(text)[written]
    assert (claim.value, claim.unit) == (value, "USD")


@pytest.mark.parametrize("text", [
    "The firm sold its B2B unit last year.",
    "The 3M2 model line grew.",
])
def test_a_letter_and_digit_after_a_plain_number_stay_a_name(text):
    assert not [c for c in claims_in(text) if c.unit == "USD"]


def test_markdowns_bold_marks_hide_no_sign_nor_metric():
    claims = _claims("The streamer delivered **+15.65% revenue growth** in FY2024 and "
                     "**$6.92B FCF**.")
    assert claims["+15.65%"].metric == "revenue_growth"
    assert claims["$6.92B"].metric == "free_cash_flow"


def test_a_single_asterisk_footnote_is_left_alone():
    claims = _claims("Net economic earnings* rose to $75.8 million in the quarter.")
    assert claims["$75.8 million"].value == Decimal(75800000)


@pytest.mark.parametrize(("text", "written"), [
    ("Sales should grow 12 per cent-14 per cent next year.", "12 per cent-14 per cent"),
    ("Sales should grow 12 percent-14 percent next year.", "12 percent-14 percent"),
])
def test_a_range_in_words_with_a_dash_is_one_range(text, written):
    claim = _claims(text)[written]
    assert claim.not_checkable_reason is not None  # an outlook


def test_a_hyphen_after_a_name_still_glues_its_number():
    assert not claims_in("The CS-3 chip ships next year.")
