"""A segment table whose sections print the same lines, closed by a "Total" section of them,
in a 10-K whose statements are an exhibit not loaded (``extractors.segment_labelled``): the
synthetic tables are written for these tests; the broker's FY2002 10-K is read in place from the
corpus, and the article sentences are paraphrases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors.dispatch import extract_document
from tests.conftest import stored_corpus_facts, verify_text

_COVER = ("<p>ANNUAL REPORT PURSUANT TO SECTION 13 For the fiscal year ended November 28, "
          "2008</p><p>Our fiscal year ends on the last Friday of November.</p>")


def _doc(rows: str, heading: str = "Results by Segment", month: str = "November") -> bytes:
    return (f"<html><body>{_COVER}<p>The table below sets out what we earned:</p>"
            f"<p><b>{heading}</b></p><p>(in millions)</p><table>"
            f"<tr><td></td><td colspan='2'>Year Ended {month}</td></tr>"
            f"<tr><td></td><td>2008</td><td>2007</td></tr>{rows}</table></body></html>").encode()


def _section(name: str, *lines: tuple[str, str, str]) -> str:
    out = f"<tr><td>{name}</td><td></td><td></td></tr>"
    return out + "".join(f"<tr><td>{label}</td><td>{a}</td><td>{b}</td></tr>"
                         for label, a, b in lines)


def _table(total_revenue: str = "4,200", total_name: str = "Total") -> str:
    return (_section("Advisory", ("Net revenues", "1,200", "1,500"),
                     ("Operating expenses", "900", "1,090"))
            + _section("Markets", ("Net revenues", "2,100", "1,900"),
                       ("Operating expenses", "1,400", "1,300"))
            + _section("Wealth", ("Net revenues", "900", "800"),
                       ("Operating expenses", "700", "650"))
            # the closing expenses hold costs no segment was charged: that line sums nothing
            + _section(total_name, ("Net revenues", total_revenue, "4,200"),
                       ("Operating expenses(1)", "3,250", "3,240")))


def _parts(content: bytes) -> dict:
    return {(f.entity, f.metric, f.period_end): f.value
            for f in extract_document(content, document="t.html", form="10-K") if f.entity
            and f.basis == "segment"}


def test_each_segments_revenue_is_read_where_its_sections_sum_to_the_total():
    parts = _parts(_doc(_table()))
    # the year the header names by its month alone is the document's own fiscal 2008
    end = date(2008, 11, 28)
    assert parts[("Advisory", "revenue", end)] == Decimal(1_200_000_000)
    assert parts[("Markets", "revenue", end)] == Decimal(2_100_000_000)
    assert parts[("Wealth", "revenue", end)] == Decimal(900_000_000)
    assert {metric for _, metric, _ in parts} == {"revenue"}  # no expense line is a figure
    assert "Total" not in {name for name, _, _ in parts}


def test_a_total_the_sections_do_not_add_up_to_proves_nothing():
    assert _parts(_doc(_table(total_revenue="4,300"))) == {}


def test_a_table_its_heading_does_not_call_segments_gives_nothing():
    assert _parts(_doc(_table(), heading="Results by Desk Strategy")) == {}


def test_a_month_the_documents_year_does_not_end_in_dates_no_column():
    assert _parts(_doc(_table(), month="October")) == {}


def test_a_closing_section_that_is_no_total_proves_nothing():
    assert _parts(_doc(_table(total_name="Eliminations"))) == {}


@pytest.fixture(scope="module")
def broker():
    return stored_corpus_facts("dev/10-K_GS_0000950123-03-002099.html",
                               "0000950123-03-002099", "10-K", date(2003, 2, 27))


@pytest.mark.corpus
def test_the_brokers_segment_revenue_is_read_from_its_sectioned_table(broker):
    parts = {(sf.fact.entity, sf.fact.period_end): sf.fact.value for sf in broker
             if sf.fact.metric == "revenue" and sf.fact.entity}
    assert parts[("Investment Banking", date(2002, 11, 29))] == Decimal(2_830_000_000)
    assert parts[("Investment Banking", date(2001, 11, 30))] == Decimal(3_836_000_000)
    assert parts[("Asset Management and Securities Services", date(2002, 11, 29))] \
        == Decimal(5_907_000_000)
    # the year 2000 column is no year the document defines: undated, unread
    assert {end.year for _, end in parts} == {2001, 2002}


@pytest.mark.corpus
def test_an_articles_segment_revenue_is_checked_against_that_table(broker):
    found = verify_text("Net revenues in Investment Banking came to $2.83 billion for fiscal "
                        "2002, against $3.84 billion in fiscal 2001.", broker)
    assert found["$2.83 billion"].verdict == "supported", found["$2.83 billion"].reason
    assert found["$3.84 billion"].verdict == "supported", found["$3.84 billion"].reason
    wrong = verify_text("Net revenues in Investment Banking totalled $2.63 billion in fiscal "
                        "2002.", broker)["$2.63 billion"]
    assert wrong.verdict == "drifted" and wrong.filed_value == Decimal(2_830_000_000)


@pytest.mark.corpus
@pytest.mark.parametrize("owner", ["segment's", "division's"])
def test_a_segments_possessive_names_the_segment(broker, owner):
    found = verify_text(f"The Investment Banking {owner} net revenues were $2.83 billion in "
                        "fiscal 2002.", broker)["$2.83 billion"]
    assert found.verdict == "supported", found.reason
    wrong = verify_text(f"The Investment Banking {owner} net revenues were $2.63 billion in "
                        "fiscal 2002.", broker)["$2.63 billion"]
    assert wrong.verdict == "drifted"
