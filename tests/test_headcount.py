"""A 10-K's headcount ("As of <day>, we had N employees", Item 1's human capital): read on the
sentence's day, only the whole headcount (never a part's: full-time, claim employees), and an
article's headcount compared with it; a change of the headcount (laid off, hired, affected) is no
claim on it. The article sentences are the project's own paraphrases, written for these tests."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.verdicts import Article
from extractors.count_prose import extract_stated_counts
from extractors.dispatch import extract_document
from extractors.document import parse_document
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from tests.conftest import corpus_file
from warehouse.records import StoredFact

pytestmark = pytest.mark.corpus


def _headcounts(name: str) -> dict:
    path = corpus_file(f"dev/{name}")
    doc = parse_document(path.read_bytes(), name=name)
    return {f.period_end: f.value for f in extract_stated_counts(doc) if f.metric == "employees"}


def test_the_whole_headcount_on_its_day_never_a_part():
    assert _headcounts("10-K_GPRO_0001500435-19-000013.html") == {date(2018, 12, 31): 891}
    # "about 61,400 employees": the filer's own rounding; its "about 1,100 claim employees" is
    # a part of them and not read
    assert _headcounts("10-K_PGR_0000080661-24-000007.html") == {
        date(2023, 12, 31): Decimal("61400")}
    # "the Company employed 32,439 employees" (a railroad's Item 1)
    assert _headcounts("10-K_UNP_2024-12-31.html") == {date(2024, 12, 31): 32439}


def _claims(text: str) -> dict:
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {c.text: c for c in extract_claims(article)}


def test_a_change_of_the_headcount_is_no_claim_on_it():
    assert _claims("The chain laid off 150 employees in March.")["150"].metric is None
    assert _claims("Closing the center affects over 150 employees.")["150"].metric is None
    assert _claims("It hired 300 associates during the quarter.")["300"].metric is None
    assert _claims("The insurer had about 61,400 employees at the end of 2023.")[
        "61,400"].metric == "employees"


def test_a_headcount_verified_against_the_10k():
    name = "10-K_GPRO_0001500435-19-000013.html"
    path = corpus_file(f"dev/{name}")
    facts = [StoredFact(f"f{i}", fact, 1500435, "0001500435-19-000013", "10-K",
                        date(2019, 2, 15), name, f"https://www.sec.gov/{name}")
             for i, fact in enumerate(extract_document(path.read_bytes(), document=name))]
    text = ("At the end of 2018 the camera maker had 891 employees. At the end of 2018 it "
            "had 950 employees.")
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    found = [(v.claim.text, v.verdict) for v in verify_claims(extract_claims(article), facts)]
    assert ("891", "supported") in found and ("950", "drifted") in found


# A part of the headcount (full-time, part-time, hourly staff) is never the whole headcount a
# 10-K states: compared with it, it would drift falsely. Paraphrases of the project's own.
@pytest.mark.parametrize("text, figure", [
    ("At year end the retailer had 3,735 full-time employees.", "3,735"),
    ("The chain employs about 8,000 full-time salaried and hourly employees.", "8,000"),
    ("It had 12,000 part-time associates at the end of the year.", "12,000"),
    ("The maker's 2,400 union employees ratified the contract.", "2,400"),
])
def test_a_part_of_the_headcount_is_not_the_headcount(text, figure):
    from tests.conftest import claims_in

    claim = {c.text: c for c in claims_in(text)}.get(figure)
    assert claim is None or claim.metric != "employees"


def test_the_whole_headcount_is_still_read():
    from tests.conftest import claims_in

    claim = {c.text: c for c in claims_in("At year end the company had 61,400 employees.")}[
        "61,400"]
    assert (claim.unit, claim.metric) == ("count", "employees")


_RETAILER = "10q-10k/10-K_GME_0001326380-24-000012.html"


def test_a_part_time_headcount_range_is_read_by_its_ends():
    # Item 1: "... and between 13,000 and 18,000 part-time, hourly associates worldwide" (no
    # day of its own: the cover's fiscal year end, February 3, 2024)
    from tests.conftest import stored_corpus_facts

    facts = stored_corpus_facts(_RETAILER, "0001326380-24-000012", "10-K", date(2024, 3, 26))
    ends = {(f.fact.metric, f.fact.period_end, f.fact.value) for f in facts
            if f.fact.metric.startswith("part_time_employees")}
    assert ends == {("part_time_employees_low", date(2024, 2, 3), Decimal(13000)),
                    ("part_time_employees_high", date(2024, 2, 3), Decimal(18000))}


@pytest.mark.parametrize("text", [
    "The retailer employs between 13,000 and 18,000 part-time, hourly workers, depending on the "
    "season.",
    "As of early February it had between 13,000 and 18,000 part-time associates worldwide.",
])
def test_an_articles_part_time_range_is_compared_end_by_end(text):
    from tests.conftest import stored_corpus_facts, verify_text

    facts = stored_corpus_facts(_RETAILER, "0001326380-24-000012", "10-K", date(2024, 3, 26))
    found = verify_text(text, facts)
    assert (found["13,000"].verdict, found["18,000"].verdict) == ("supported", "supported")


def test_another_years_part_time_range_is_unverifiable_never_drifted():
    from tests.conftest import stored_corpus_facts, verify_text

    facts = stored_corpus_facts(_RETAILER, "0001326380-24-000012", "10-K", date(2024, 3, 26))
    found = verify_text("A year before, it had between 14,000 and 27,000 part-time hourly "
                        "employees and 11,000 full-time salaried and hourly employees.", facts)
    assert {found[k].verdict for k in ("14,000", "27,000", "11,000")} == {"unverifiable"}


def test_an_unnamed_range_of_counts_is_no_headcount():
    from tests.conftest import claims_in

    claims = {c.text: c for c in claims_in("The chain plans between 100 and 200 new stores.")}
    assert all(not (c.metric or "").startswith("part_time") for c in claims.values())


# The full-time headcount a 10-K states beside its part-time range ("approximately 8,000
# full-time salaried and hourly associates"): read on the cover's year end, and an article's
# full-time count compared with it; a function's or a place's full-time staff, a change of it
# and a bank's "full-time equivalent" staffing are none of it.
def test_the_full_time_headcount_is_read_beside_the_part_time_range():
    from tests.conftest import stored_corpus_facts

    facts = stored_corpus_facts(_RETAILER, "0001326380-24-000012", "10-K", date(2024, 3, 26))
    assert {(f.fact.period_end, f.fact.value) for f in facts
            if f.fact.metric == "full_time_employees"} == {(date(2024, 2, 3), Decimal(8000))}


def _full_time(html: str, form: str = "10-Q") -> set:
    from extractors.headcount_ranges import extract_headcount_ranges

    doc = parse_document(f"<html><body><p>{html}</p></body></html>", name="t.htm", form=form)
    return {(f.period_end, f.value) for f in extract_headcount_ranges(doc)
            if f.metric == "full_time_employees"}


def test_a_stated_full_time_count_is_read_on_its_day_and_no_other():
    assert _full_time("As of June 30, 2025, we had 8,723 full-time employees and 267,982 "
                      "customers.") == {(date(2025, 6, 30), Decimal(8723))}
    for text in ("As of June 30, 2025, we had more than 8,000 full-time employees.",
                 "As of June 30, 2025, we had 8,000 full-time equivalent employees.",
                 "As of June 30, 2025, we had 120 full-time sales employees.",
                 "During the quarter we hired 300 full-time employees.",
                 "We had 8,723 full-time employees."):  # (a 10-Q's count with no day)
        assert _full_time(text) == set(), text


@pytest.mark.parametrize("text", [
    "The retailer employs roughly 8,000 full-time salaried and hourly workers around the world.",
    "At the fiscal year end it had approximately 8,000 full-time associates, plus a seasonal "
    "part-time staff.",
])
def test_an_articles_full_time_headcount_is_compared_with_the_filed_one(text):
    from tests.conftest import stored_corpus_facts, verify_text

    facts = stored_corpus_facts(_RETAILER, "0001326380-24-000012", "10-K", date(2024, 3, 26))
    assert verify_text(text, facts)["8,000"].verdict == "supported"


@pytest.mark.parametrize("text, figure", [
    ("The bank had 60,000 full-time equivalent employees at year end.", "60,000"),
    ("It hired 300 full-time employees during the quarter.", "300"),
    ("It had 3,000 full-time store employees at year end.", "3,000"),
    ("The plan covers 8,000 full-time positions.", "8,000"),
    ("It has 8,000 full-time salaried associates and 14,000 to 19,000 part-time workers.",
     "14,000"),
])
def test_no_other_count_near_full_time_is_the_full_time_headcount(text, figure):
    from tests.conftest import claims_in

    claim = {c.text: c for c in claims_in(text)}.get(figure)
    assert claim is None or claim.metric != "full_time_employees"
