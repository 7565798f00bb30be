"""A comparison's prior-quarter base and a part named after its metric, in the project's own
paraphrases: "up from last quarter's $X", "the prior quarter's $X", "sequentially from $X", "the
quarter before", "Q1's $X" date only their figure (the quarter before the one in force); a bare
"last quarter" outside a comparison may be the quarter just reported (never drifted); "the
operating margin for the X segment" is the segment's; "Centre" is a filer's "Center"; a verb
before a metric ("is announcing revenue") names no part; a copied table's header that lost its
empty label cell still heads the right columns.

The filing is read in place from the corpus (a streamer's Q2 2025 10-Q: Q1 2025 is not in it,
so a figure of that quarter is unverifiable, never compared with the second quarter's)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from pipeline.verify.entities import same_segment
from tests.test_claims import article, claims_of
from tests.test_verify_changes import _load


@pytest.fixture(scope="module")
def streamer():
    return _load("dev/10-Q_NFLX_2025-06-30.html", "0001065280-25-000001", "10-Q",
                 date(2025, 7, 18))


def verify(text: str, facts) -> dict:
    return {v.claim.text: v for v in verify_claims(extract_claims(article(text)), facts)}


@pytest.mark.corpus
@pytest.mark.parametrize("sentence", [
    "its operating income reached $3.77 billion, above the $2.60 billion of a year earlier "
    "and up from last quarter's $3.35 billion.",
    "its operating income of $3.77 billion beat the prior quarter's $3.35 billion.",
    "its operating income rose to $3.77 billion from the previous quarter's operating income "
    "of $3.35 billion.",
    "its operating income was $3.77 billion, up 13% sequentially from $3.35 billion.",
    "its operating income was $3.77 billion, compared with $3.35 billion the quarter before.",
])
def test_a_prior_quarter_base_is_the_quarter_before(streamer, sentence):
    found = verify(f"In the second quarter of 2025, {sentence}", streamer)
    base = found["$3.35 billion"]
    assert (base.claim.period_label, base.claim.period_end) == ("Q1 2025", date(2025, 3, 31))
    assert base.verdict == "unverifiable"  # the 10-Q states no first quarter alone
    assert found["$3.77 billion"].verdict == "supported"


@pytest.mark.corpus
def test_a_yearless_quarter_s_prior_quarter_and_a_year_ago_base(streamer):
    found = verify("Streamer tops forecasts in its second quarter\n\nOperating margin widened "
                   "to 34.1% from a year-ago 27.2% and last quarter's 31.7%.", streamer)
    assert found["34.1%"].verdict == "supported" and found["27.2%"].verdict == "supported"
    assert found["31.7%"].verdict == "unverifiable"
    assert found["31.7%"].claim.period_label.startswith("Q1 ")


@pytest.mark.corpus
def test_a_quarter_named_as_a_base_is_not_the_sentence_s_period(streamer):
    found = verify("Streamer tops forecasts in its second quarter\n\nOperating cash flow rose "
                   "from a year earlier to $2.42 billion, though it slipped from Q1's $2.79 "
                   "billion.", streamer)
    assert found["$2.42 billion"].verdict == "supported"
    assert found["$2.79 billion"].claim.period_label.startswith("Q1 ")


@pytest.mark.corpus
def test_a_bare_last_quarter_may_be_the_quarter_just_reported(streamer):
    text = ("The streamer reported its results for the second quarter of 2025 on Thursday. "
            "It earned operating income of {} last quarter.")
    missed = verify(text.format("$3.35 billion"), streamer)["$3.35 billion"]
    assert missed.verdict == "unverifiable" and "last quarter" in missed.reason  # no drift
    met = verify(text.format("$3.77 billion"), streamer)["$3.77 billion"]
    assert met.verdict == "supported"  # the quarter just reported bears it out


def test_the_last_quarter_of_a_year_is_its_fourth():
    claim = claims_of("The bank lost $1.2 billion in the last quarter of 2007, after a profit "
                      "in the first quarter of 2007.")["$1.2 billion"]
    assert claim.period_end == date(2007, 12, 31)  # never the quarter before another


def test_a_part_named_after_the_metric_is_the_claim_s():
    claims = claims_of("Gadget Centre segment revenue fell 11% to $1.3 billion in the second "
                       "quarter of 2023. Likewise, the operating margin for the Gadget Centre "
                       "segment declined from 32% to 11%.")
    margin = claims["32%"]
    assert margin.metric == "operating_margin" and "11%" in claims  # two levels, no range
    assert same_segment(margin.entity, "Gadget Center")
    assert margin.period_end == date(2022, 6, 30)  # the base: a year before


@pytest.mark.parametrize("claimed, filed", [
    ("Data Centre segment", "Data Center"), ("Tyres division", "Tires"),
    ("Defence & Space", "Defense and Space"), ("Harbour Centres", "Harbor Centers")])
def test_a_british_spelling_names_the_filer_s_part(claimed, filed):
    assert same_segment(claimed, filed)


def test_a_verb_before_revenue_names_no_part():
    claims = claims_of("The software maker's fourth quarter of 2013 is in, and the company is "
                       "announcing revenue of $19.90 billion, a 10 percent increase.")
    assert claims["$19.90 billion"].metric == "revenue"
    assert claims["$19.90 billion"].entity is None
    trading = claims_of("In the fourth quarter of 2021, trading revenue fell 17% to $5.3 "
                        "billion.")["$5.3 billion"]
    assert trading.entity is not None  # a line of business keeps its name


@pytest.mark.corpus
def test_a_copied_header_that_lost_its_label_cell(streamer):
    found = verify("Second quarter 2025 results\n\nQ2 2024 | Q2 2025 | Change | |\n"
                   "Revenue | $9.56 billion | $11.08 billion | 16% |\n", streamer)
    assert found["$9.56 billion"].claim.period_label == "Q2 2024"
    assert found["$9.56 billion"].verdict == "supported"
    assert found["$11.08 billion"].verdict == "supported"


@pytest.mark.parametrize("words", ["Its operating margin", "The segment's operating margin",
                                   "Likewise, the operating margin for the segment"])
def test_a_margin_pointing_back_at_the_part_before(words):
    text = ("Gadget Center segment revenue fell 11% to $1.3 billion in the second quarter of "
            f"2023. {words} declined to 9% from 32%.")
    claims = claims_of(text)
    assert claims["9%"].entity == claims["32%"].entity == "Gadget Center segment"
    owned = claims_of(text.replace(words, "The company's operating margin"))
    assert owned["9%"].entity is None  # the company's own, named so
    first = claims_of("Revenue was $5.4 billion in the second quarter of 2023. Its operating "
                      "margin declined to 9% from 32%.")
    assert first["9%"].entity is None  # no part before: the company's


@pytest.mark.parametrize("sentence, part", [
    ("The company's gadget software segment, which includes its drawing tools, generated "
     "$3.4 billion in revenue in the first quarter of 2023.", "gadget software"),
    ("The firm's consumer devices division reported revenue of $2.1 billion in the first "
     "quarter of 2023.", "consumer devices"),
])
def test_a_lower_case_part_of_two_words_before_its_unit_is_the_subject(sentence, part):
    [figure] = [c for c in claims_of(sentence).values() if c.unit == "USD"]
    assert figure.entity == part  # a part's figure, never compared with the company's total


def test_a_unit_word_that_only_ranks_the_unit_names_no_part():
    claims = claims_of("The company's largest business generated $3.4 billion in revenue in "
                       "the first quarter of 2023.")
    assert claims["$3.4 billion"].entity is None


def test_a_product_lines_margin_and_its_change_are_the_lines():
    claims = claims_of("Gross margin was 47.1% in the first quarter of 2023. "
                       "Subscriptions' gross margin improved by 70 basis points sequentially to "
                       "75.7%, and the Hardware gross margin was 35.9%.")
    assert claims["47.1%"].entity is None  # the company's own
    assert claims["75.7%"].entity == "Subscriptions"  # never compared with the company's margin
    assert claims["70 basis points"].entity == "Subscriptions"
    assert claims["35.9%"].entity == "Hardware"


@pytest.mark.parametrize("sentence, part", [
    ("Demand for the firm's Cloud Systems products, which brought in $4.1 billion in sales, "
     "led the first quarter of 2023.", "Cloud Systems"),
    ("Demand for the group's Gadgets products, which brought in $2.6 billion in sales, rose in "
     "the first quarter of 2023.", "Gadgets"),
])
def test_a_part_after_an_owners_name_is_the_part_as_the_filer_names_it(sentence, part):
    [figure] = [c for c in claims_of(sentence).values() if c.unit == "USD"]
    assert figure.entity == part  # never the owner's total


def test_a_place_named_before_a_where_clause_is_the_figures_part():
    claims = claims_of("Despite weakness in Latin America, where sales fell 4% in the first "
                       "quarter of 2023, the company grew.")
    assert claims["4%"].entity == "Latin America"  # never the company's growth


def test_a_possessive_year_owns_the_quarter_it_names_and_the_figure_after():
    # (an aluminium trade site: "up from ... last year's second-quarter total of US$X" was
    # dated in the article's own quarter)
    found = claims_of("Acme reported its second quarter of 2018. Revenue in the quarter totaled "
                      "$3,579 million, up from last year's second-quarter total of $2,859 million.")
    assert found["$2,859 million"].period_label == "Q2 2017"
    found = claims_of("Acme reported its third quarter of 2018. Profit was $5 million, compared "
                      "with last year's fourth-quarter profit of $4 million.")
    assert found["$4 million"].period_label == "Q4 2017"
    assert found["$5 million"].period_label == "Q3 2018"
