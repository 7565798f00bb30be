"""What a growth rate is the growth of, and over which period: the line its own noun names
(not an earlier word of the sentence), a part it names (never compared with the company's
total), the fourth quarter a phrase like "the final three months of the year" names, and the
period of the level it is attached to by a comma.

Every sentence here is written for these tests (paraphrases, not third-party text); the filings
are read in place from the corpus: an aluminum maker's Q2 2018 10-Q, a bank's Q4 2021 release, a
railroad's Q2 2025 10-Q, a streaming service's Q2 2025 10-Q, a bitcoin miner's Q2 2023 10-Q
and an apparel retailer's Q3 2024 release."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.period_phrases import PeriodPhrase
from pipeline.verify.claims_relative import relative_periods
from tests.conftest import stored_corpus_facts, verify_text
from warehouse.records import StoredFact

pytestmark = pytest.mark.corpus


_load = stored_corpus_facts
verify = verify_text


@pytest.fixture(scope="module")
def smelter() -> list[StoredFact]:
    return _load("10q-10k/10-Q_AA_0001193125-18-236766.html", "0001193125-18-236766", "10-Q",
                 date(2018, 8, 2))


@pytest.fixture(scope="module")
def bank() -> list[StoredFact]:
    return _load("dev/EX-99.1_GS_2021-12-31.html", "0000886982-22-000001", "8-K",
                 date(2022, 1, 18))


@pytest.fixture(scope="module")
def railroad() -> list[StoredFact]:
    return _load("dev/10-Q_UNP_2025-06-30.html", "0000100885-25-000001", "10-Q",
                 date(2025, 7, 24))


@pytest.fixture(scope="module")
def miner() -> list[StoredFact]:
    return _load("10q-10k/10-Q_MARA_0001493152-23-027174.html", "0001493152-23-027174", "10-Q",
                 date(2023, 8, 8))


@pytest.fixture(scope="module")
def retailer() -> list[StoredFact]:
    return _load("8k-buckle-2024-11-22/BuckleInc.8-K.EX99.1.html", "0000885245-24-000001",
                 "8-K", date(2024, 11, 22))


# --- the noun right after the rate names what grew ------------------------------------------

@pytest.mark.parametrize("phrase", ["a 25% Y/Y gain in sales",
                                    "a 25% year-over-year increase in revenue",
                                    "a 25% surge in sales", "a 25% year-on-year leap in revenue"])
def test_the_rates_own_noun_wins_over_an_earlier_line_word(smelter, phrase):
    # sales 3,579 vs 2,859 million: +25.2%; net income was flat (the earlier word's line)
    found = verify(f"In the second quarter of 2018 the aluminum maker delivered a profit beat "
                   f"and {phrase}.", smelter)
    assert found["25%"].claim.basis is None and found["25%"].verdict == "supported"


@pytest.mark.parametrize("verb", ["leapt", "rebounded", "spiked"])
def test_more_verbs_of_growth_state_a_rate(smelter, verb):
    found = verify(f"In the second quarter of 2018 the aluminum maker's revenue {verb} 25%.",
                   smelter)
    assert found["25%"].claim.metric == "revenue_growth" and found["25%"].verdict == "supported"


@pytest.mark.parametrize("verb", ["slumped", "plummeted", "dipped"])
def test_verbs_of_a_fall_sign_the_rate(smelter, verb):
    found = verify(f"In the second quarter of 2018 the aluminum maker's revenue {verb} 25%.",
                   smelter)
    assert found["25%"].claim.value == Decimal(-25) and found["25%"].verdict != "supported"


# --- the year's last quarter ------------------------------------------------------------------

@pytest.mark.parametrize("phrase", ["in the last three months of the year",
                                    "in the final quarter of the year",
                                    "in the year's closing quarter", "in the final quarter",
                                    "in the closing quarter of 2021"])
def test_the_years_last_quarter_is_its_fourth(bank, phrase):
    # net earnings 3,935 vs 4,506 million in the fourth quarters: -12.7%; the year rose 129%
    found = verify(f"2021 was the bank's most profitable year. Profit dropped 13% {phrase}, "
                   "held back by trading.", bank)
    claim = found["13%"].claim
    assert (claim.period_start, claim.period_end) == (date(2021, 10, 1), date(2021, 12, 31))
    assert found["13%"].verdict == "supported"


def test_last_quarter_alone_stays_the_quarter_before():
    context = relative_periods("Profit was higher than last quarter.", None, [])
    assert [p.kind for p in context] == []  # nothing in force: no quarter named at all
    found = relative_periods("The final quarter of the year was weak; last quarter was not.",
                             None, [])
    assert len(found) == 1 and found[0].span[0] == 0  # only the year's last quarter is read


# --- a part's growth, never the total's --------------------------------------------------------

def test_a_growth_of_a_named_part_is_not_the_companys(railroad):
    # coal & renewables carloads rose 30%, total carloads 4%: "coal" alone is no filed part
    found = verify("In the second quarter of 2025 bulk carloads grew, helped by a 31% increase "
                   "in coal volumes.", railroad)
    claim = found["31%"].claim
    assert claim.basis == "carloads" and claim.entity == "coal"
    assert found["31%"].verdict == "unverifiable"


def test_a_list_of_parts_after_a_volume_growth_rate(railroad):
    # carloads Q2 2025 vs Q2 2024: total 2,114/2,037 (+3.8%), Intermodal 817/798 (+2.4%),
    # Bulk 519/466 (+11.4%)
    found = verify("In the second quarter of 2025 overall volume rose 4%. Intermodal was up 2%, "
                   "and bulk 11%.", railroad)
    assert {k: (v.claim.entity, v.verdict) for k, v in found.items()} == {
        "4%": (None, "supported"), "2%": ("Intermodal", "supported"),
        "11%": ("bulk", "supported")}


def test_a_part_list_falls_with_its_first_item(railroad):
    found = verify("In the second quarter of 2025 overall volume rose 4%. Intermodal was down "
                   "2%, and bulk 11%.", railroad)
    assert found["2%"].claim.value < 0 and found["11%"].claim.value < 0
    # (a size the filing bears out with the other sign: unverifiable, discipline.sign_unread)
    assert found["2%"].verdict != "supported" and found["11%"].verdict != "supported"


@pytest.mark.parametrize("sentence", [
    "For the third quarter of fiscal 2024, men's sales slipped 5.5%.",
    "Men's Apparel Sales (Q3 2024): Down 5.5%, half of all sales."])
def test_a_customer_groups_sales_are_a_part(retailer, sentence):
    # net sales fell 3.2%; the release states no sales of the men's line
    found = verify(sentence, retailer)
    assert found["5.5%"].verdict == "unverifiable"


@pytest.fixture(scope="module")
def streamer() -> list[StoredFact]:
    return _load("dev/10-Q_NFLX_2025-06-30.html", "0001065280-25-000001", "10-Q",
                 date(2025, 7, 18))


def test_a_rate_of_a_place_named_after_it_is_that_places(streamer):
    # regional revenue Q2 2025 vs Q2 2024: EMEA +17.6%, LATAM +8.5%; the total +15.9%
    found = verify("In the second quarter of 2025 revenue rose 18% in EMEA, and sales were up "
                   "9% in Latin America.", streamer)
    assert {k: (v.claim.entity, v.verdict) for k, v in found.items()} == {
        "18%": ("EMEA", "supported"), "9%": ("Latin America", "supported")}


@pytest.mark.parametrize("after", ["in U.S. dollars", "in USD", "in the quarter", "in June"])
def test_a_currency_or_a_period_after_a_rate_is_no_part(streamer, after):
    found = verify(f"In the second quarter of 2025 revenue rose 16% {after}.", streamer)
    assert found["16%"].claim.entity is None


# --- a rate attached to a level ----------------------------------------------------------------

def test_a_rate_after_a_level_grows_over_the_levels_period(miner):
    # revenues six months 132,891 vs 76,646 thousand: +73.4%
    found = verify("Revenue for 2023 reached $132.9 million over the first two quarters, up "
                   "73.4% over the first half of 2022.", miner)
    assert found["73.4%"].claim.period_start == date(2023, 1, 1)
    assert found["73.4%"].claim.period_end == date(2023, 6, 30)
    assert found["73.4%"].verdict == "supported"


def test_a_rate_of_a_misrounded_level_is_still_judged(miner):
    found = verify("Revenue for 2023 reached $132.8 million over the first two quarters, up "
                   "73.3% over the first half of 2022.", miner)
    assert found["$132.8 million"].verdict == "drifted"
    assert found["73.3%"].verdict == "drifted"  # 73.38% recomputed


@pytest.mark.parametrize("phrase", ["in the October-December quarter", "in the December quarter",
                                    "in the three months to December",
                                    "in the three months through Dec. 31"])
def test_a_quarter_named_by_its_months_is_the_quarter_in_force_ending_then(phrase):
    fourth = PeriodPhrase("Q4 2021", date(2021, 10, 1), date(2021, 12, 31), (0, 0), "quarter")
    second = PeriodPhrase("Q2 2021", date(2021, 4, 1), date(2021, 6, 30), (0, 0), "quarter")
    sentence = f"Profit dropped 13% {phrase}."
    assert [p.label for p in relative_periods(sentence, fourth, [])] == ["Q4 2021"]
    # another quarter in force, or a fiscal one (numbered apart from the calendar): some
    # quarter, not said which (no dates: a match pins it, a mismatch is unverifiable), never
    # the quarter in force nor, after "from", the default year earlier
    fiscal = PeriodPhrase("fiscal Q4 2021", date(2021, 10, 1), date(2021, 12, 31), (0, 0),
                          "quarter")
    for context in (second, fiscal):
        [some] = relative_periods(sentence, context, [])
        assert some.end is None and some.label != context.label


def test_a_quarter_by_its_months_with_a_year_is_not_read_yearless():
    second = PeriodPhrase("Q2 2021", date(2021, 4, 1), date(2021, 6, 30), (0, 0), "quarter")
    assert relative_periods("Profit dropped in the three months to Dec. 31, 2021.", second,
                            []) == []
