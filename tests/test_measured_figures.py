"""A bare number whose words name what it measures (a ratio, a count of homes, rigs or states,
a rate in exahashes) is a factual figure: unverifiable when no registry metric covers it, never
not_checkable as a bare number. Article sentences here are the project's own paraphrases."""

from __future__ import annotations

import hashlib

from core.verdicts import Article
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims


def _verdicts(text: str) -> dict:
    claims = extract_claims(Article("t", text, hashlib.sha256(text.encode()).hexdigest()))
    return {v.claim.text: v for v in verify_claims(claims, [])}


def test_a_named_ratio_is_a_factual_figure():
    # paraphrase of an insurer's year: its combined ratio for the quarter and the year
    found = _verdicts("The insurer posted a combined ratio of 91.4 for the fourth quarter of "
                      "2023 and a full-year combined ratio of 95.2.")
    for text in ("91.4", "95.2"):
        assert found[text].verdict == "unverifiable"
        assert "ratio" in found[text].reason


def test_counts_of_what_no_registry_row_counts_are_factual():
    # paraphrase of a homebuilder's and a miner's quarter
    found = _verdicts("The builder ended with a backlog of 702 homes. The miner "
                      "had almost 120,000 mining rigs running and held 9,870 bitcoin. It "
                      "raised its hash rate from 10.2 to 16.4 exahashes, and ships about 800 "
                      "racks per week. It operates 390 stores across 38 states.")
    for text in ("702", "800", "38"):
        assert found[text].verdict == "unverifiable", text
        assert "no metric of the registry covers it" in found[text].reason, text
    # rigs in operation and bitcoin held are registry rows (tests/test_stated_counts.py):
    # searched, and unverifiable with no filing loaded
    for text in ("120,000", "9,870"):
        assert found[text].verdict == "unverifiable", text


def test_a_number_written_in_millions_counts_something():
    # paraphrase of a tech recap and of a release's non-GAAP share counts
    found = _verdicts("The system passed 80 million licenses in May. Weighted average diluted "
                      "shares for the adjusted figure were 40.1 million and 40.6 million, "
                      "respectively.")
    for text in ("80 million", "40.6 million"):
        assert found[text].verdict == "unverifiable", text
        assert "no metric of the registry covers it" in found[text].reason, text


def test_a_number_that_measures_nothing_stays_bare():
    found = _verdicts("The chain was ranked 17 on the list for the second year running.")
    assert found["17"].verdict == "not_checkable"


def test_a_hyphenated_percentage_is_a_figure():
    # paraphrase of a restaurant recap: "a 12-percent drop" is a percentage like "12 percent"
    text = "Quarterly net income fell to $180 million from $205 million, a 12-percent drop."
    claims = {c.text: c for c in extract_claims(
        Article("t", text, hashlib.sha256(text.encode()).hexdigest()))}
    drop = claims["12-percent"]
    assert (drop.unit, drop.value, drop.basis) == ("percent", -12, "net_income")
    # a hyphen after a letter still makes a name ("10-K", "CS-3")
    named = "It filed its 10-K and showed the CS-3 system."
    assert not [c for c in extract_claims(
        Article("t", named, hashlib.sha256(named.encode()).hexdigest())) if c.unit == "percent"]


def test_the_figure_a_measured_one_is_set_against_measures_the_same():
    # paraphrase of an insurer's quarter: the prior year's ratio after "vs."
    found = _verdicts("The combined ratio came in at 90.2 for the quarter, vs. 94.6 in the "
                      "same quarter a year before.")
    for text in ("90.2", "94.6"):
        assert found[text].verdict == "unverifiable", text
        assert "ratio" in found[text].reason, text
    # a year set against nothing measured stays a bare number
    bare = _verdicts("The index stood at 412 in 2021, compared with 388 in 2020.")
    assert bare["388"].verdict == "not_checkable"


def test_a_sites_headcount_after_employ_is_factual():
    # paraphrase of a local paper on a plant: its staff, which no filed line states
    found = _verdicts("The mill, where the company employs roughly 2,340, shipped more "
                      "coils last year.")
    assert found["2,340"].verdict == "unverifiable"
    assert "employs" in found["2,340"].reason


def _factual(found: dict, texts: tuple[str, ...], noun: str | None = None) -> None:
    for text in texts:
        assert found[text].verdict == "unverifiable", text
        assert "no metric of the registry covers it" in found[text].reason, text
        if noun:
            assert noun in found[text].reason, text


def test_counts_of_what_a_company_states_of_itself_are_factual():
    # paraphrases of a phone maker's supply chain, a chip maker's gaming line, a drinks
    # maker's range and a stock note's reader count (core.count_nouns)
    found = _verdicts("The phone maker buys from more than 8,000 suppliers. Its new feature is "
                      "in over 150 games and apps. The brewer sells about 180 products. Nearly "
                      "2,000 investors have rated the stock.")
    _factual(found, ("8,000",), "suppliers")
    _factual(found, ("150",), "games")
    _factual(found, ("180",), "products")
    _factual(found, ("2,000",), "investors")


def test_storage_capacity_is_a_physical_quantity():
    # paraphrase of a drive maker's quarter: capacity shipped spelled out and glued
    found = _verdicts("The drive maker shipped 70.1 Exabytes (averaging 2.1TB per drive) this "
                      "quarter compared to 72.4EB the quarter before.")
    _factual(found, ("70.1 Exabytes",), "Exabytes")
    _factual(found, ("2.1TB", "72.4EB"))


def test_a_list_names_its_noun_once():
    # paraphrase of a regional paper on a bank's acquisition: the first item names the noun,
    # the later bracketed ones count it too; and a workforce listed by segment under its head
    found = _verdicts("The bank picks up 700 branches in five states \u2014 Ohio (90 branches), "
                      "Utah (70), New York (55) and Texas (400). Staff by unit: retail down 3% to "
                      "71,200; asset management down 6% to 22,100.")
    _factual(found, ("(70)", "(55)", "(400)"), "branches")
    _factual(found, ("71,200", "22,100"), "Staff")


def test_a_part_of_a_counted_whole_is_factual():
    # paraphrase of a bank's reach: "N of the M largest", the noun cut off by "U.S." too
    found = _verdicts("It would have branches in 27 of the 30 biggest U.S. It will operate in "
                      "26 of the nation's 31 biggest metro markets.")
    _factual(found, ("27", "30", "26", "31"))


def test_a_figure_measured_in_a_named_unit_is_factual():
    # paraphrase of a railroad's fuel efficiency line
    found = _verdicts("Locomotive fuel efficiency got 2% better, to 1.091, measured in gallons "
                      "for each thousand gross ton-miles hauled.")
    _factual(found, ("1.091",), "gallons")


def test_listed_and_bracketed_numbers_naming_nothing_stay_bare():
    # must not fire: a loss in brackets with no counted first item, a list head naming no
    # counted noun, a bare rank
    found = _verdicts("Net loss was (70) in the quarter, compared with (55) a year ago. "
                      "Results: the index rose to 1,200 in the table. The chain was ranked 17 "
                      "of all chains.")
    for text in ("(70)", "(55)", "1,200", "17"):
        assert found[text].verdict == "not_checkable", text


def test_a_quantity_spelled_in_its_unit_is_written_with_it():
    # paraphrase of a phone maker's recycling note: the unit is part of the figure as written
    found = _verdicts("The phone uses 500 tons of recycled cobalt and each battery weighs 320 "
                      "grams.")
    _factual(found, ("500 tons", "320 grams"))


def test_a_range_with_glued_scales_is_one_forecast():
    # paraphrase of a research note on a metals maker's market outlook: both ends carry "M"
    # or "K", and the range is the forecast (not_checkable), never a name's hyphen
    found = _verdicts("The company now sees the world copper shortfall widening to 1.2M-1.6M "
                      "metric tons, against the 500K-900K metric tons it projected in May.")
    for text in ("1.2M-1.6M", "500K-900K"):
        assert found[text].verdict == "not_checkable", text


def test_names_with_hyphens_stay_names():
    # must not fire: a model's name after a letter and a hyphen is no range's high end
    found = _verdicts("The CS-3 plant and the F-35 jet were built in 2019 for $3.1 billion.")
    assert not any(text.endswith(("3", "35")) for text in found)


def test_a_glued_scale_before_a_counted_noun_is_millions():
    # paraphrase of a warehouse club's year: "m" glued to the figure before the noun it counts
    found = _verdicts("The club ended its year with 125.1m cardholders.")
    assert found["125.1m"].claim.value == 125_100_000
    assert found["125.1m"].verdict == "unverifiable"


def test_a_glued_letter_before_another_figure_is_no_scale():
    # must not fire: a distance's "m" with a number between it and a counted noun
    found = _verdicts("The runner won the 400m race across 3 states.")
    assert all(v.claim.value != 400_000_000 for v in found.values())


def test_a_count_that_climbed_from_a_named_quarter_to_its_level():
    # paraphrase of a stock site's recap of a subscription service: the base quarter stands
    # between the rate and the level the count reached
    text = "The app's paying subscribers climb 12% from the first quarter, to 210,000."
    claims = extract_claims(Article("t", text, hashlib.sha256(text.encode()).hexdigest()))
    level = next(c for c in claims if c.text == "210,000")
    assert (level.unit, level.metric) == ("count", "paid_memberships")


def test_a_rate_then_an_unnamed_base_then_a_figure_stays_unread():
    # must not fire: a base that is not a quarter or year ("from a low base") names no period
    found = _verdicts("Subscribers climbed 12% from a low base, to 210,000 in the index.")
    assert found["210,000"].claim.unit is None
