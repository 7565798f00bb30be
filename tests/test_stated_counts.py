"""Counts a filing states in prose and articles quote beside their nouns (customers, paid
memberships' base, a list of counts by place, a change "added a record ..."). Article
sentences here are the project's own paraphrases."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.verdicts import Article
from extractors.dispatch import extract_document
from pipeline.verify.claims import extract_claims


def _claims(text: str):
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {c.text: c for c in extract_claims(article)}


def test_customers_a_sentence_states_on_its_days(corpus_dir):
    # HubSpot's Q2 2025 10-Q: "As of June 30, 2025, we had ... and 267,982 Customers" and
    # "Customers, which grew from 228,054 as of June 30, 2024 to 267,982 as of June 30, 2025"
    name = "10-Q_HUBS_2025-06-30.html"
    content = (corpus_dir / "dev" / name).read_bytes()
    found = {f.period_end: f.value for f in extract_document(content, document=name)
             if f.metric == "customers"}
    assert found == {date(2025, 6, 30): Decimal(267982), date(2024, 6, 30): Decimal(228054)}


def test_no_customers_where_no_sentence_states_them(corpus_dir):
    name = "10-K_NFLX_2024-12-31.html"
    content = (corpus_dir / "dev" / name).read_bytes()
    assert not [f for f in extract_document(content, document=name) if f.metric == "customers"]


def test_a_counts_noun_before_it_on_a_metrics_line():
    claims = _claims("Key metrics: customers 267,982 (+18% y/y), and billings grew.")
    assert (claims["267,982"].unit, claims["267,982"].metric) == ("count", "customers")


def test_a_noun_before_a_figure_with_words_after_it_is_no_count():
    claims = _claims("The plan covers customers 65 years or older in the region.")
    assert claims.get("65") is None or claims["65"].metric is None


def test_customers_a_share_of_revenue_is_of_are_not_the_count():
    claims = _claims("In the quarter, 10 customers accounted for 40% of revenue.")
    assert claims["10"].metric != "customers"


def test_a_membership_base_reached_is_the_count():
    claims = _claims("The streamer added 19 million subscribers in the fourth quarter of 2024, "
                     "taking its paid membership base to 301.6 million.")
    assert (claims["301.6 million"].metric, claims["301.6 million"].unit) == (
        "paid_memberships", "count")
    added = claims["19 million"]
    assert (added.metric, added.basis) == ("count_change", "paid_memberships")


def test_a_record_between_added_and_its_figure_is_still_a_change():
    claims = _claims("In 2024 the streamer added a record 41 million subscribers.")
    assert (claims["41 million"].metric, claims["41 million"].basis) == (
        "count_change", "paid_memberships")


def test_a_count_that_grew_by_a_number_of_its_units_changed_by_it():
    claims = _claims("The streamer's paid membership grew by 41 million subscribers in 2024.")
    assert (claims["41 million"].metric, claims["41 million"].basis) == (
        "count_change", "paid_memberships")
    fell = _claims("Its paid membership fell by 1.1 million subscribers in 2022.")["1.1 million"]
    assert (fell.metric, fell.value) == ("count_change", Decimal(-1100000))


@pytest.mark.corpus
def test_a_years_growth_by_a_count_is_checked_against_the_years_two_ends():
    from tests.conftest import stored_corpus_facts, verify_text

    facts = stored_corpus_facts("dev/10-K_NFLX_2024-12-31.html", "a", "10-K", date(2025, 1, 27))
    # 301,626,000 at the end of 2024 less 260,276,000 at the end of 2023 = 41,350,000
    found = verify_text("Paid membership grew by 19 million subscribers in 2024. Its paid "
                        "membership grew by 41 million subscribers in 2024.", facts)
    assert [v.verdict for v in found.values()] == ["drifted", "supported"]
    assert all(v.filed_value == Decimal(41350000) for v in found.values())


def test_a_list_of_counts_goes_on_after_each_place():
    claims = _claims("The chain operates 838 warehouses, including 578 in the United States "
                     "and Puerto Rico, 107 in Canada, 40 in Mexico and 31 in Japan.")
    assert (claims["107"].metric, claims["107"].entity) == ("stores", "Canada")
    assert claims["40"].entity == "Mexico" and claims["31"].entity == "Japan"


def test_a_miners_bitcoin_held_rigs_and_production(corpus_dir):
    # Marathon Digital's Q2 2023 10-Q: "the Company had nearly 150,000 mining rigs in operation
    # and owned 12,538 bitcoin"; its supplemental line of bitcoin produced in the quarter
    name = "10-Q_MARA_0001493152-23-027174.html"
    content = (corpus_dir / "10q-10k" / name).read_bytes()
    facts = extract_document(content, document=name)
    held = {f.period_end: f.value for f in facts if f.metric == "bitcoin_held"}
    assert held[date(2023, 6, 30)] == Decimal(12538)
    rigs = {f.period_end: f.value for f in facts if f.metric == "mining_rigs"}
    assert rigs == {date(2023, 6, 30): Decimal(150000)}
    produced = {(f.period_start, f.period_end): f.value for f in facts
                if f.metric == "bitcoin_produced"}
    assert produced[(date(2023, 4, 1), date(2023, 6, 30))] == Decimal(2926)


def test_bitcoin_held_by_its_verb_and_produced_by_its_own():
    claims = _claims("At the end of June 2023 the miner had 150,000 mining rigs in operation and "
                     "owned 12,538 bitcoin. It produced 2,926 bitcoin in the second quarter of "
                     "2023 and sold 1,850 bitcoin.")
    assert claims["150,000"].metric == "mining_rigs"
    assert claims["12,538"].metric == "bitcoin_held"
    assert claims["2,926"].metric == "bitcoin_produced"
    assert claims["1,850"].metric != "bitcoin_held"  # sold: never the holding


def test_a_count_named_in_another_quarter_is_not_read_as_the_year_agos():
    claims = _claims("In the second quarter of 2023 the miner produced 2,926 bitcoin, up 33% "
                     "from 2,195 bitcoin in Q1.")
    assert claims["2,926"].metric == "bitcoin_produced"
    assert claims["2,195"].metric is None


def test_a_parts_count_of_customers_is_not_the_companys():
    claims = _claims("In the fourth quarter of 2023, the US commercial customer count grew 55% "
                     "to 221 customers.")
    assert claims["221"].metric is None
    claims = _claims("The Asia-Pacific region added 4.9 million subscribers in 2024, taking the "
                     "subscriber base to 57.5 million.")
    assert claims["57.5 million"].metric is None and claims["4.9 million"].metric is None


def test_a_count_noun_as_the_subject_of_the_level_it_reached_is_the_count():
    # a trade outlet's recap of a streamer's year: the noun stood before its verb and figure
    claims = _claims("In 2024 the streamer's worldwide paid memberships climbed to 302 million.")
    assert (claims["302 million"].metric, claims["302 million"].unit) == (
        "paid_memberships", "count")
    were = _claims("At the end of 2024, paid subscribers were 12.3 million.")["12.3 million"]
    assert (were.metric, were.unit) == ("paid_memberships", "count")


def test_a_count_noun_before_a_change_or_another_measure_is_not_the_level():
    # a change "by" a number, then the level: too far apart to tell which the noun names
    assert _claims("In 2024 stores increased by 12 to 1,200.")["1,200"].unit is None
    # the figure after "were" measures something else of the customers
    assert _claims("In 2024 the plan's customers were 65 years or older.")["65"].unit is None


def test_a_net_addition_in_the_singular_is_a_change_of_the_count():
    claims = _claims("In 2024 the streamer reported a record net addition of 41 million "
                     "subscribers.")
    assert (claims["41 million"].metric, claims["41 million"].basis) == (
        "count_change", "paid_memberships")


@pytest.mark.corpus
def test_a_level_reached_and_a_singular_net_addition_against_the_10k():
    from tests.conftest import stored_corpus_facts, verify_text

    facts = stored_corpus_facts("dev/10-K_NFLX_2024-12-31.html", "a", "10-K", date(2025, 1, 27))
    # 301,626,000 paid memberships at the end of 2024; 41,350,000 added over the year
    found = verify_text("Netflix's 2024: paid memberships rose to 302 million, with a record "
                        "annual net addition of 41 million subscribers.", facts)
    assert (found["302 million"].verdict, found["41 million"].verdict) == (
        "supported", "supported")


def test_had_openings_find_what_the_scan_finds():
    # ``count_prose._had_matches`` tries the pattern only at its openings: the same matches as
    # finditer over the whole text, look-behinds, overlaps and a list running into the next
    # opening included
    from extractors.count_prose import _HAD, _had_matches

    text = ("XAs of June 30, 2025, we had 12 customers. As of June 30, 2025, we had 8,723 "
            "employees and At December 31, 2024, we had 5 stores\nDuring the fiscal year ended "
            "May 31, 2024, we had 367 customers; BAt March 1, 2023, the Company employed 9 "
            "people. As As of July 1, 2022, we served 4 clients At")
    assert [m.span() for m in _had_matches(text)] == [m.span() for m in _HAD.finditer(text)]
    assert len(_had_matches(text)) >= 2
