"""A count a sentence narrows to a part or a subset is no company count (a second audit of stored
facts, 2026-12, probing the prose count reader with the phrasings 10-Ks use): "we had 250
employees in our <name> segment", "7,000 customers who each spent more than ...", "5,100
customers, excluding those of ...", or "enterprise customers, which grew from ... to ..." were
stored as the company's headcount or customer count, which an article's whole count would then
drift against; so was a full-time headcount of a part or another party ("we had 640 full-time
employees in our <name> segment", "our joint venture had ..."). A list splitting a count into
parts ("12,000 ... in the United States and 3,000 ... elsewhere") states no whole either. Words
that only go on after the noun ("of varying sizes", "in operation", "worldwide", ", including
...") leave the count whole.

Sentences here are the project's own paraphrases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors.count_prose import extract_stated_counts
from extractors.document import parse_document

_DAY = date(2022, 9, 30)


def _counts(sentence: str) -> dict:
    html = (f"<html><body><p>Annual report of a maker of widgets.</p><p>{sentence}</p>"
            "</body></html>").encode()
    doc = parse_document(html, name="p.htm", form="10-K")
    return {(f.metric, f.period_end): f.value for f in extract_stated_counts(doc)}


@pytest.mark.parametrize("sentence", [
    "As of September 30, 2022, we had 410 employees in our tooling segment.",
    "As of September 30, 2022, we had 410 employees at our Mexican subsidiary.",
    "As of September 30, 2022, we had 6,300 customers who each bought more than $5,000 of "
    "widgets during the year.",
    "As of September 30, 2022, we had 6,300 customers with yearly spend above $5,000.",
    "As of September 30, 2022, we had 6,300 customers, excluding those of a unit bought in "
    "August.",
    "As of September 30, 2022, we had 9,100 employees in the United States and 2,400 "
    "employees elsewhere.",
    "The count of enterprise customers, which grew from 1,900 as of September 30, 2021 to "
    "2,300 as of September 30, 2022, lifted sales.",
])
def test_a_count_narrowed_to_a_part_is_not_the_companys(sentence):
    assert _counts(sentence) == {}


@pytest.mark.parametrize("sentence, metric, value", [
    ("As of September 30, 2022, we had 9,100 employees worldwide, up from 8,800 a year "
     "earlier.", "employees", 9100),
    ("As of September 30, 2022, we had 9,100 employees, including 300 employees of a "
     "consolidated venture.", "employees", 9100),
    ("As of September 30, 2022, we had 6,300 customers of all sizes.", "customers", 6300),
    ("The rise in customers, which grew from 5,900 as of September 30, 2021 to 6,300 as of "
     "September 30, 2022, lifted sales.", "customers", 6300),
])
def test_a_count_whose_words_only_go_on_stays_the_companys(sentence, metric, value):
    assert _counts(sentence)[(metric, _DAY)] == Decimal(value)


# --- the full-time headcount (extractors.headcount_ranges) -----------------------------------

def _full_time(sentence: str) -> dict:
    from extractors.headcount_ranges import extract_headcount_ranges
    html = (f"<html><body><p>Annual report of a maker of widgets.</p><p>{sentence}</p>"
            "</body></html>").encode()
    doc = parse_document(html, name="p.htm", form="10-K")
    return {f.period_end: f.value for f in extract_headcount_ranges(doc)
            if f.metric == "full_time_employees"}


@pytest.mark.parametrize("sentence", [
    "As of September 30, 2022, we had 640 full-time employees in our tooling segment.",
    "As of September 30, 2022, our joint venture had 640 full-time employees.",
])
def test_a_full_time_headcount_of_a_part_or_another_party_is_not_the_companys(sentence):
    assert _full_time(sentence) == {}


@pytest.mark.parametrize("sentence", [
    "As of September 30, 2022, we had 640 full-time employees.",
    "As of September 30, 2022, the Company employed 640 full-time employees, of whom 90 work "
    "abroad.",
])
def test_the_filers_full_time_headcount_stays(sentence):
    assert _full_time(sentence) == {_DAY: Decimal(640)}
