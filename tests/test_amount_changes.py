"""A money figure that is a change is recomputed from two filed periods, never compared with the
level ("a $52 million annual drop", "fell $52 million from a year earlier"); a change "from A
to B" is a base and a level, not a range; a figure for a combination of lines or for one month
is compared with no filed line; a shoppers' group's sales are a part of sales; a yearless
fourth quarter a year back ends where the filer's own fiscal year ended.

The filing is U.S. Bancorp's Q4 2021 earnings release (EX-99.1), read in place from the corpus
(net interest income 3,123 in 4Q21, 3,171 in 3Q21, 3,175 in 4Q20; noninterest income 2,534,
2,693, 2,550; $ millions), or a few stored facts built here. Every sentence is written for
these tests (paraphrases, not third-party text)."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.facts import Fact, Source
from pipeline.verify.figure_scope import scope_reason
from pipeline.verify.revenue_parts import qualified_revenue
from tests.conftest import claims_in, stored_corpus_facts, verify_text
from tests.test_claims import claims_of
from warehouse.records import StoredFact

_LEAD = "U.S. Bancorp reported results for the fourth quarter of 2021. "


@pytest.fixture(scope="module")
def bank() -> list[StoredFact]:
    return stored_corpus_facts("dev/EX-99.1_USB_2021-12-31.html", "0000036104-22-000008", "8-K",
                               date(2022, 1, 19))


_claims = claims_in
_verify = verify_text


@pytest.mark.corpus
@pytest.mark.parametrize("sentence, figure, verdict", [
    # the noun after the figure names the change, its adjective the base
    ("Net interest income for the quarter held steady but marked a $52 million annual drop.",
     "$52 million", "supported"),
    ("Net interest income posted a $90 million year-over-year decline.", "$90 million",
     "drifted"),
    ("Net interest income recorded a $48 million sequential decline.", "$48 million",
     "supported"),
    ("Noninterest income showed a $16 million decrease from a year earlier.", "$16 million",
     "supported"),
    # the verb's form with no figure of the metric quoted before it
    ("Net interest income fell $52 million from a year earlier.", "$52 million", "supported"),
    ("Net interest income eased, dropping $52 million from a year earlier.", "$52 million",
     "supported"),
    ("The bank posted a $16 million annual decrease in noninterest income.", "$16 million",
     "supported"),
    # what changed is named before the figure or right after its noun, never further on
    ("It marked a $16 million annual decrease, while noninterest income held up.",
     "$16 million", "unverifiable"),
    # no base named: which period it is against is not guessed
    ("Net interest income posted a $52 million decline.", "$52 million", "unverifiable"),
])
def test_a_change_in_an_amount_is_recomputed_from_its_two_periods(bank, sentence, figure,
                                                                  verdict):
    found = _verify(_LEAD + sentence, bank)[figure]
    assert found.verdict == verdict
    assert found.claim.metric != "net_interest_income"  # never the level


@pytest.mark.corpus
def test_a_change_from_one_figure_to_another_is_its_base_and_its_level(bank):
    found = _verify(_LEAD + "Net interest income slipped from $3,175 million to $3,123 million, "
                    "while noninterest income eased.", bank)
    assert found["$3,175 million"].verdict == "supported"
    assert found["$3,175 million"].claim.period_end == date(2020, 12, 31)
    assert found["$3,123 million"].claim.metric == "net_interest_income"
    assert found["$3,123 million"].verdict == "supported"
    # a range of an outlook stays one claim
    assert "$3.0 billion to $3.2 billion" in {c.text for c in _claims(
        "The bank expects net interest income of $3.0 billion to $3.2 billion next quarter.")}


@pytest.mark.corpus
@pytest.mark.parametrize("sentence, figure", [
    ("The combined balance of net interest income and noninterest income rose to $5,657 "
     "million.", "$5,657 million"),
    ("Net interest income, together with fee revenue, increased from $5,725 million a year "
     "earlier to $5,657 million.", "$5,657 million"),
    ("Net interest income, together with fee revenue, increased from $5,725 million a year "
     "earlier to $5,657 million.", "$5,725 million"),
    ("Net interest income was $1,041 million for the month.", "$1,041 million"),
    ("Its monthly tally of net interest income came to $1,041 million.", "$1,041 million"),
    ("December sales of $1,041 million set a record for the bank.", "$1,041 million"),
])
def test_a_combination_of_lines_or_one_month_is_compared_with_no_line(bank, sentence, figure):
    found = _verify(_LEAD + sentence, bank)[figure]
    assert found.verdict == "unverifiable"
    assert "combination" in found.reason or "one month" in found.reason


@pytest.mark.parametrize("sentence", [
    "The insurer's combined ratio was 88.7 for the quarter.",
    "Revenue was $19.9 billion, along with $4.97 billion in net income.",
    "Revenue was $5.0 billion, up from $4.6 billion a month ago.",
])
def test_words_that_name_one_line_or_a_quarter_give_no_scope(sentence):
    figures = [i for i, ch in enumerate(sentence) if ch.isdigit()]
    last = figures[-1]
    assert scope_reason(sentence, (last - 2, last + 1)) is None


def test_a_group_of_shoppers_names_a_part_of_sales():
    assert qualified_revenue("Women's merchandise sales (Q3): down ", "") == "merchandise"
    assert qualified_revenue("Denim grew, while men's sales declined by ", ".") == "men's"
    assert qualified_revenue("The retailer's sales declined by ", ".") is None


def _stored(metric: str, value: str, period: tuple[date, date]) -> StoredFact:
    fact = Fact(metric, Decimal(value), "USD", period[0], period[1], decimals=-5,
                sources=(Source("doc.htm", "tables", "1.0", table=1, row=metric, text=value),))
    fact_id = hashlib.sha256(f"{metric}{value}{period}".encode()).hexdigest()[:12]
    return StoredFact(fact_id, fact, 1, "0000000001-24-000001", "10-K", date(2024, 3, 26),
                      "doc.htm", "https://x/doc.htm")


# a 52/53-week filer: the 53 weeks ended the first Saturday of February, the year before 52
WEEKS_53, WEEKS_52 = (date(2023, 1, 29), date(2024, 2, 3)), (date(2022, 1, 30), date(2023, 1, 28))
ANNUAL = [_stored("revenue", "5272800000", WEEKS_53), _stored("revenue", "5927200000", WEEKS_52)]


def test_a_yearless_fourth_quarter_a_year_back_ends_on_the_filers_year_end():
    found = _verify("Year-end results.\n\nFor the fiscal fourth quarter, sales dipped from "
                    "$2.226 billion to $1.784 billion. Annual sales dropped from $5.927 billion "
                    "to $5.273 billion.", ANNUAL)
    assert found["$2.226 billion"].claim.period_end == date(2023, 1, 28)
    assert found["$1.784 billion"].claim.period_end == date(2024, 2, 3)
    assert found["$2.226 billion"].verdict == found["$1.784 billion"].verdict == "unverifiable"
    assert found["$5.927 billion"].verdict == found["$5.273 billion"].verdict == "supported"
    assert found["$5.273 billion"].claim.period_end == date(2024, 2, 3)


Y24, Y23 = (date(2024, 1, 1), date(2024, 12, 31)), (date(2023, 1, 1), date(2023, 12, 31))
Q4_24, Q4_23 = (date(2024, 10, 1), date(2024, 12, 31)), (date(2023, 10, 1), date(2023, 12, 31))
CALENDAR = [_stored("revenue", value, period) for value, period in (
    ("3500000000", Y24), ("3000000000", Y23), ("900000000", Q4_24), ("800000000", Q4_23))]


@pytest.mark.parametrize("sentence, figure, verdict", [
    # a whole year's change names no base: a year has no quarter before it to be against
    ("For full-year 2024, revenue increased $500 million.", "$500 million", "supported"),
    ("For full-year 2024, revenue increased $450 million.", "$450 million", "drifted"),
    # a quarter's: a year earlier or the quarter before, which the words do not say
    ("For the fourth quarter of 2024, revenue increased $100 million.", "$100 million",
     "unverifiable"),
    ("For the fourth quarter of 2024, revenue increased $100 million from a year earlier.",
     "$100 million", "supported"),
])
def test_a_years_change_with_no_base_named_is_against_the_year_before(sentence, figure,
                                                                      verdict):
    assert _verify(sentence, CALENDAR)[figure].verdict == verdict


@pytest.mark.parametrize("sentence, figure", [
    ("Its operating margin slipped to 18%, the lowest in 2023, on higher content costs.", "18%"),
    ("Quarterly revenue peaked at $4.1 billion - its highest of the year.", "$4.1 billion"),
])
def test_the_extreme_of_a_year_is_one_of_its_parts_compared_with_no_line(sentence, figure):
    at = sentence.index(figure)
    assert "extreme of a year" in scope_reason(sentence, (at, at + len(figure)))


def test_a_record_with_no_year_named_gives_no_scope():
    sentence = "Revenue reached $4.1 billion, the highest in the company's history."
    at = sentence.index("$4.1 billion")
    assert scope_reason(sentence, (at, at + len("$4.1 billion"))) is None


def test_a_participle_s_change_from_a_base_to_a_peak_is_a_level_not_a_rate():
    # (a ratio site's machine prose: "rising from 67.74% in 2020 to a peak of 80.62% in 2023,
    # with a minor decrease to 80.25%": the peak was read as a change, negative, of no line)
    found = claims_of("The gross margin improved, rising from 67.74% in 2020 to a peak of 80.62% "
                      "in 2023, with a minor decrease to 80.25% in 2024.")
    assert (found["80.62%"].metric, found["80.62%"].value) == ("gross_margin", Decimal("80.62"))
    found = claims_of("Revenue kept rising from $5 billion in 2020 to a record high of $7 billion "
                      "in 2023.")
    assert (found["$7 billion"].metric, found["$7 billion"].period_label) == ("revenue", "FY2023")


def test_comparison_words_before_revenue_name_no_part_of_it():
    # (a crypto blog: "tripled its year-on-year revenue to $81 million" named no line)
    assert qualified_revenue("Marathon tripled its year-on-year ", " to $81 million") is None
    found = claims_of("Acme tripled its year-on-year revenue to $81 million in Q2 2023.")
    assert found["$81 million"].metric == "revenue"
    assert qualified_revenue("Denim grew, while men's sales declined by ", ".") == "men's"
