"""A part's sales stated by a release's sentence with its own period (sentences written for
these tests), and the EA 10-Q whose "Digital net sales" are another line than its table's
Digital revenue (read in place from the corpus)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors.dispatch import extract_document
from extractors.segment_prose import sentence_parts
from extractors.sentences import Sentence
from tests.conftest import corpus_file


def _read(text: str) -> list[tuple]:
    return [(f.entity, f.value, f.decimals, f.period_start, f.period_end)
            for f in sentence_parts(Sentence(0, len(text), text), "release.htm")]


def test_a_parts_sales_and_its_base_when_the_change_bears_both_out():
    found = _read("E-commerce sales increased 4.0 percent to $52.0 million for the 26-week "
                  "period ended August 3, 2024, compared to net sales of $50.0 million for the "
                  "26-week period ended July 29, 2023.")
    assert found == [
        ("E-commerce", Decimal("52000000"), -5, date(2024, 2, 4), date(2024, 8, 3)),
        ("E-commerce", Decimal("50000000"), -5, date(2023, 1, 29), date(2023, 7, 29))]


def test_a_base_the_change_does_not_bear_out_is_not_the_parts():
    found = _read("Wholesale sales decreased 9.0 percent to $52.0 million for the 13-week "
                  "fiscal quarter ended August 3, 2024, compared to net sales of $50.0 million "
                  "for the 13-week fiscal quarter ended July 29, 2023.")
    assert [f[0:2] for f in found] == [("Wholesale", Decimal("52000000"))]


@pytest.mark.parametrize("text", [
    # the company's own figure
    "Net sales decreased 3.0 percent to $290.0 million for the 13-week fiscal quarter ended "
    "August 3, 2024.",
    "Total revenue was $1.2 billion for the three months ended June 30, 2024.",
    # no period of its own: the page around it would have to date it
    "Printing revenue was $634 million, representing 13 percent growth.",
    # a part named mid-sentence or in lower case
    "In the quarter, online sales grew to $46.0 million for the three months ended June 30, 2024."])
def test_no_part_or_no_period_of_its_own_is_not_read(text):
    assert _read(text) == []


def test_a_sentences_part_that_a_table_states_otherwise_is_another_line():
    # EA's 10-Q: "Digital net sales were $1.10 billion for the three months ended December 31,
    # 2016" (net sales before deferrals); its revenue table's Digital is 685 million
    path = corpus_file("dev/10-Q_EA_0000712515-17-000010.html")
    facts = extract_document(path.read_bytes(), document=path.name)
    digital = {f.value for f in facts if f.entity == "Digital" and f.metric == "revenue"
               and f.period_end == date(2016, 12, 31) and f.period_start == date(2016, 10, 1)}
    assert digital == {Decimal("685000000")}


def test_buckles_online_sales_for_the_quarter_and_the_year_to_date():
    # Buckle's release for its third quarter of fiscal 2024: online sales $46.6 million (13
    # weeks, +1.1% from $46.1 million) and $128.0 million (39 weeks, -9.2% from $141.0 million)
    path = corpus_file("8k-buckle-2024-11-22/BuckleInc.8-K.EX99.1.html")
    facts = extract_document(path.read_bytes(), document=path.name, form="8-K")
    online = {(f.period_start, f.period_end): f.value for f in facts if f.entity == "Online"}
    assert online == {(date(2024, 8, 4), date(2024, 11, 2)): Decimal("46600000"),
                      (date(2023, 7, 30), date(2023, 10, 28)): Decimal("46100000"),
                      (date(2024, 2, 4), date(2024, 11, 2)): Decimal("128000000"),
                      (date(2023, 1, 29), date(2023, 10, 28)): Decimal("141000000")}
