"""Parts of a company in articles checked against the parts' own filed figures: a segment's
growth over a year (Microsoft's FY2013 10-K, whose segment note and MD&A print its segments two
ways), a commodity group's volume growth (Union Pacific's Q2 2025 10-Q), warehouses by region
(Costco's FY2022 10-K), customers added in a quarter (Twilio's FY2018 10-K). The filings are read
in place from the corpus; the sentences are written for these tests (paraphrases)."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.facts import Fact
from core.readings import resolve_readings
from core.verdicts import Article, Claim
from extractors.dispatch import extract_document
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from pipeline.verify.parts import pin_part
from tests.conftest import corpus_file, stored_corpus_facts
from warehouse.records import StoredFact


def _stored(name: str, cik: int, form: str, filed: date) -> list[StoredFact]:
    path = corpus_file(f"dev/{name}")
    facts = extract_document(path.read_bytes(), document=name)
    return [StoredFact(f"f{i}", fact, cik, f"acc-{cik}", form, filed, name, "https://example/",
                       resolution=resolution)
            for i, (fact, resolution) in enumerate(zip(facts, resolve_readings(facts),
                                                       strict=True))]


def verify(text: str, facts: list[StoredFact]) -> dict:
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {v.claim.text: v for v in verify_claims(extract_claims(article), facts)}


@pytest.fixture(scope="module")
def microsoft() -> list[StoredFact]:
    return _stored("10-K_MSFT_0001193125-13-310206.html", 789019, "10-K", date(2013, 7, 30))


def test_a_segment_printed_two_ways_is_read_both_ways_and_disputed(microsoft):
    windows = {sf.fact.value: sf.resolution for sf in microsoft
               if sf.fact.metric == "revenue" and sf.fact.entity == "Windows Division"
               and sf.fact.period_end == date(2013, 6, 30)}
    # the segment note's 18,680 and the MD&A's one-segment table's 19,239
    assert windows == {Decimal(18680000000): "disputed", Decimal(19239000000): "disputed"}


def test_a_segments_growth_is_recomputed_within_one_table(microsoft):
    found = verify("In fiscal 2013, Windows revenue grew 5 percent, while its Business "
                   "division saw revenue grow 3 percent.", microsoft)
    windows, business = found["5 percent"], found["3 percent"]
    # the MD&A's pair: 19,239 / 18,400 - 1 = 4.56% (the note's pair falls 0.87%)
    assert windows.verdict == "supported" and windows.filed_value == Decimal("4.56")
    assert business.verdict == "supported"
    assert business.claim.entity == "Microsoft Business Division"


def test_a_rate_no_table_bears_out_is_unverifiable_not_drifted(microsoft):
    v = verify("In fiscal 2013, Windows revenue grew 9 percent.", microsoft)["9 percent"]
    assert v.verdict == "unverifiable" and "more than one table" in v.reason


def test_a_disputed_level_is_unverifiable(microsoft):
    v = verify("Windows Division revenue was $19.2 billion in fiscal 2013.",
               microsoft)["$19.2 billion"]
    assert v.verdict == "unverifiable"


def _part(entity: str, value: int) -> StoredFact:
    fact = Fact("revenue", Decimal(value), "USD", date(2024, 1, 1), date(2024, 12, 31),
                entity=entity, basis="segment")
    return StoredFact(entity, fact, 1, "a", "10-K", date(2025, 2, 1), "x", "u")


def _growth_of(entity: str) -> Claim:
    """A claim of 3% revenue growth for the part the article names ``entity``."""
    return Claim("c", "3%", "s", (0, 2), Decimal(3), "percent", Decimal("0.5"),
                 metric="revenue_growth", entity=entity)


def test_a_part_less_the_companys_word_is_pinned_only_when_one_part_is_so_named():
    claim = _growth_of("Business division")
    one = [_part("Contoso Business Division", 10), _part("Cloud Division", 5)]
    assert pin_part(claim, one).entity == "Contoso Business Division"
    two = one + [_part("Fabrikam Business Division", 4)]
    assert pin_part(claim, two).entity == "Business division"  # which one: unknown
    single = _growth_of("Cloud")
    assert pin_part(single, [_part("Sales Cloud", 1)]).entity == "Cloud"  # one word: never


def test_a_part_and_a_noun_the_article_adds_is_pinned_only_when_one_part_is_so_named():
    claim = _growth_of("industrial products")
    parts = [_part("Industrial", 10), _part("Industrial chemicals & plastics", 4)]
    assert pin_part(claim, parts).entity == "Industrial"
    # a filed part named as the article writes it is that part, never the shorter one
    assert pin_part(claim, parts + [_part("Industrial Products", 3)]).entity == \
        "industrial products"
    bare = _growth_of("products")
    assert pin_part(bare, [_part("Industrial", 10)]).entity == "products"


def test_a_line_named_by_its_words_before_a_generic_noun_is_the_one_so_named():
    claim = _growth_of("cloud business")
    lines = [_part("Cloud Services", 10), _part("Cloud and License Business", 12),
             _part("Hardware", 2)]
    assert pin_part(claim, lines).entity == "Cloud Services"
    # two lines so named: which one is unknown
    assert pin_part(claim, lines + [_part("Cloud Products", 3)]).entity == "cloud business"


def test_a_part_and_the_family_word_its_filer_left_off_is_that_part():
    claim = _growth_of("Design Cloud")
    parts = [_part("Design", 10), _part("Paper Cloud", 4)]
    assert pin_part(claim, parts).entity == "Design"
    # no sibling ends in the article's extra word: not the filer's family word
    assert pin_part(claim, [_part("Design", 10), _part("Paper", 4)]).entity == "Design Cloud"
    other = _growth_of("Design Studio")
    assert pin_part(other, parts).entity == "Design Studio"


def test_a_line_the_filer_lumps_with_others_is_the_one_its_first_words_name():
    claim = _growth_of("Services & support")
    lines = [_part("Subscription", 10), _part("Product", 3), _part("Services and other", 2)]
    assert pin_part(claim, lines).entity == "Services and other"
    bare = _growth_of("services")
    assert pin_part(bare, lines).entity == "Services and other"
    # two lines so lumped: which one is unknown
    two = lines + [_part("Services & other fees", 1), _part("Services & other", 1)]
    assert pin_part(claim, two).entity == "Services & support"
    # a filed "A & B" names two lines, not one and the rest: "coal" is not "Coal & renewables"
    coal = _growth_of("coal")
    assert pin_part(coal, [_part("Coal & renewables", 5), _part("Bulk", 9)]).entity == "coal"
    # the article's own words past the line's: never
    long = _growth_of("Services support fees")
    assert pin_part(long, lines).entity == "Services support fees"


def test_a_compound_name_is_its_first_word_only_when_it_joins_no_two_lines():
    claim = _growth_of("Gravel")
    parts = [_part("Gravel Mix", 10), _part("Cement", 3)]
    assert pin_part(claim, parts).entity == "Gravel Mix"
    # two so named: which one is unknown
    assert pin_part(claim, parts + [_part("Gravel Pits", 2)]).entity == "Gravel"
    # a name joining two lines, or of three words: never
    assert pin_part(claim, [_part("Gravel & sand", 10)]).entity == "Gravel"
    assert pin_part(claim, [_part("Gravel Mix Plants", 10)]).entity == "Gravel"


@pytest.mark.corpus
def test_a_lumped_lines_level_growth_and_share_of_revenue_are_checked_against_it():
    # a software maker's Q1 FY2023 release prints "Services and other" revenue 162 against
    # 159 a year earlier, of 4,655 in all
    facts = stored_corpus_facts("8k-adbe-0000796343-23-000044/adbeex991q123.htm",
                                "0000796343-23-000044", "8-K", date(2023, 3, 15))
    found = verify("In the first quarter of fiscal 2023, services & support revenues came to "
                   "$162 million, or 3.5% of total revenues, up 1.9% from the year-ago "
                   "quarter.", facts)
    for figure, filed in (("$162 million", Decimal(162000000)), ("3.5%", Decimal("3.48")),
                          ("1.9%", Decimal("1.89"))):
        assert found[figure].verdict == "supported", found[figure].reason
        assert found[figure].filed_value == filed
        assert found[figure].claim.entity == "Services and other"
    wrong = verify("In the first quarter of fiscal 2023, services & support revenues came to "
                   "$171 million.", facts)["$171 million"]
    assert wrong.verdict == "drifted" and wrong.filed_value == Decimal(162000000)


@pytest.fixture(scope="module")
def union_pacific() -> list[StoredFact]:
    return _stored("10-Q_UNP_2025-06-30.html", 100885, "10-Q", date(2025, 7, 24))


def test_a_groups_volume_growth_is_that_groups(union_pacific):
    found = verify("Revenue carloads increased by 4% in the second quarter of 2025, with growth "
                   "in coal and renewables (30% increase) and grain and grain products (5% "
                   "increase).", union_pacific)
    coal, grain = found["(30%"], found["(5%"]
    assert coal.verdict == "supported" and coal.filed_value == Decimal("29.75")  # 205 / 158
    assert grain.verdict == "drifted" and grain.filed_value == Decimal(8)  # 216 / 200


@pytest.fixture(scope="module")
def costco() -> list[StoredFact]:
    return _stored("10-K_COST_0000909832-22-000021.html", 909832, "10-K", date(2022, 10, 5))


def test_warehouses_by_region(costco):
    found = verify("At the end of fiscal 2022 the retailer operated 838 warehouses, including "
                   "578 in the US and Puerto Rico and 170 in Canada. It had 31 warehouses in "
                   "Japan and 9 in Germany.", costco)
    assert found["838"].verdict == "supported"
    assert found["578"].verdict == "supported"
    assert found["170"].verdict == "drifted" and found["170"].filed_value == Decimal(107)
    # the 10-K's table has no Japan row; its Note 1 lists the warehouses by country
    assert found["31"].verdict == "supported"
    assert found["9"].verdict == "unverifiable"  # no country the filing names


@pytest.fixture(scope="module")
def twilio() -> list[StoredFact]:
    return _stored("10-K_TWLO_0001047469-19-000807.html", 1447669, "10-K", date(2019, 3, 1))


def test_customers_added_in_a_quarter(twilio):
    found = verify("In the fourth quarter of 2018 the company added 3,100 active customers. "
                   "In the third quarter of 2018 it added 2,000 active customers.", twilio)
    fourth, third = found["3,100"], found["2,000"]
    assert fourth.verdict == "supported" and fourth.filed_value == Decimal(3133)  # 64,286 - 61,153
    assert third.verdict == "drifted" and third.filed_value == Decimal(3803)  # 61,153 - 57,350


@pytest.fixture(scope="module")
def us_bancorp() -> list[StoredFact]:
    return _stored("EX-99.1_USB_2021-12-31.html", 36104, "8-K", date(2022, 1, 19))


def test_loan_categories_a_sentence_about_the_change_lists(us_bancorp):
    # the release's "AVERAGE LOANS" table adds its categories up to "Total loans", the
    # company's average; a later sentence lists the categories' rates, each signed by its words
    found = verify(
        "Average total loans for the fourth quarter of 2021 were $447 million (0.1 percent) "
        "higher than the fourth quarter of 2020. The increase was primarily due to growth in "
        "credit card balances (2.1 percent) offset by lower residential mortgages (1.2 percent) "
        "and lower commercial loans (9.9 percent).", us_bancorp)
    card, mortgages = found["(2.1 percent"], found["(1.2 percent"]
    assert card.verdict == "supported" and card.filed_value == Decimal("2.11")  # 22,399 / 21,937
    assert mortgages.verdict == "supported" and mortgages.filed_value == Decimal("-1.24")
    # "commercial loans" may be the "Commercial" line or the "Total commercial" subtotal
    # (with lease financing): no one filed part, so no verdict either way
    assert found["(9.9 percent"].verdict == "unverifiable"
    wrong = verify("Average total loans for the fourth quarter of 2021 were $447 million (0.1 "
                   "percent) higher than the fourth quarter of 2020. The increase was due to "
                   "growth in credit card balances (3.1 percent).", us_bancorp)["(3.1 percent"]
    assert wrong.verdict == "drifted" and wrong.filed_value == Decimal("2.11")


def test_a_subtotal_named_as_one_of_its_lines_keeps_its_total(us_bancorp):
    names = {sf.fact.entity for sf in us_bancorp if sf.fact.metric == "average_loans"}
    # "Total commercial" sums "Commercial" and "Lease financing": two parts, two names
    assert {"Commercial", "Total commercial", "commercial real estate", "Credit card"} <= names


def test_a_rate_whose_direction_no_word_states_is_not_read():
    # paraphrase: "partially offset by" breaks the list, so the earlier "growth" says nothing
    # of which way the mortgages went
    text = ("Average total loans for the fourth quarter of 2021 were $447 million (0.1 percent) "
            "higher than the fourth quarter of 2020. The increase was due to growth in credit "
            "card balances (2.1 percent), partially offset by residential mortgages (1.2 "
            "percent).")
    claims = {c.text: c for c in extract_claims(
        Article("t", text, hashlib.sha256(text.encode()).hexdigest()))}
    assert claims["(2.1 percent"].entity == "credit card balances"
    assert claims["(2.1 percent"].value == Decimal("2.1")
    assert claims["(1.2 percent"].metric is None


@pytest.mark.corpus
def test_a_releases_product_is_checked_by_the_name_articles_give_it():
    # a software maker's fiscal Q1 2023 release: "Creative revenue grew to $2.76 billion"
    # beside "Document Cloud revenue was $634 million" in its media segment's bullet
    facts = stored_corpus_facts("8k-adbe-0000796343-23-000044/adbeex991q123.htm",
                                "0000796343-23-000044", "8-K", date(2023, 3, 15))
    found = verify("In the first quarter of fiscal 2023, Creative Cloud revenue was $2.76 "
                   "billion. Document Cloud revenue reached $634 million in the quarter.", facts)
    assert found["$2.76 billion"].verdict == "supported"
    assert found["$2.76 billion"].filed_value == Decimal(2760000000)
    assert found["$634 million"].verdict == "supported"
    wrong = verify("In the first quarter of fiscal 2023, Creative Cloud revenue was $2.95 "
                   "billion.", facts)["$2.95 billion"]
    assert wrong.verdict == "drifted" and wrong.filed_value == Decimal(2760000000)


@pytest.mark.corpus
def test_a_line_named_without_its_generic_noun_is_checked_against_it():
    # a software maker's Q1 FY2024 10-Q: "Cloud services" revenue 4,635 against 3,579
    facts = stored_corpus_facts("10q-10k/10-Q_ORCL_0000950170-23-047713.html",
                                "0000950170-23-047713", "10-Q", date(2023, 9, 12))
    found = verify("For the first quarter of fiscal 2024, its cloud business revenues were "
                   "$4.6 billion, up 30% in US dollars.", facts)
    assert found["$4.6 billion"].verdict == "supported"
    assert found["$4.6 billion"].claim.entity == "Cloud Services"
    assert found["30%"].verdict == "supported"


@pytest.mark.corpus
def test_a_parts_recurring_revenue_is_checked_against_that_parts_and_its_addition_is_not():
    facts = stored_corpus_facts("8k-adbe-0000796343-23-000044/adbeex991q123.htm",
                                "0000796343-23-000044", "8-K", date(2023, 3, 15))
    found = verify("In the first quarter of fiscal 2023, Creative Cloud annualized recurring "
                   "revenue (ARR) grew 8% to $11.3 billion. Net new Document Cloud ARR was $103 "
                   "million, leaving Document Cloud ARR at $2.4 billion. Digital Media's ARR "
                   "was $13.9 billion.", facts)
    assert found["$11.3 billion"].verdict == "supported"  # Creative ARR 11.28 billion
    assert found["$11.3 billion"].claim.metric == "annualized_recurring_revenue"
    assert found["$2.4 billion"].verdict == "supported"  # 2.39 billion
    assert found["$103 million"].verdict == "unverifiable"  # the quarter's addition
    assert found["$13.9 billion"].verdict == "drifted"  # 13.67 billion
    assert found["$13.9 billion"].filed_value == Decimal(13670000000)
    # "the ARR": the company's, which the release does not state
    total = verify("In the first quarter of fiscal 2023, the ARR was $13.67 billion.", facts)
    assert total["$13.67 billion"].verdict == "unverifiable"
