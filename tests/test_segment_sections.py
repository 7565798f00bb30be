"""A segment note that gives each segment a section of its own (its revenues, its sales to the
other segments, its net sales) and closes on the company's total revenues: a
construction-materials maker's FY2012 10-K, read in place from the corpus. The sentences are
written for these tests (paraphrases)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.conftest import stored_corpus_facts, verify_text

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def materials():
    return stored_corpus_facts("dev/10-K_VMC_0001193125-13-084128.html",
                               "0001193125-13-084128", "10-K", date(2013, 2, 28))


def _parts(facts) -> dict:
    return {(sf.fact.entity, sf.fact.period_end.year): sf.fact.value for sf in facts
            if sf.fact.metric == "revenue" and sf.fact.entity}


def test_a_segment_stated_one_way_is_read_from_its_section(materials):
    parts = _parts(materials)
    # "Concrete / Segment revenues $406.4 $374.7 $383.2 / Net sales" the same
    assert parts[("Concrete", 2012)] == Decimal(406400000)
    assert parts[("Concrete", 2010)] == Decimal(383200000)
    assert parts[("Asphalt Mix", 2011)] == Decimal(399000000)
    # a segment that sells to the others states two figures (1,729.4 with, 1,581.2 without
    # them): neither is read; nor are the closing section's lines parts
    assert not {name for name, _ in parts} & {"Aggregates", "Cement", "Net sales",
                                               "Delivery revenues", "Totals"}


def test_a_segments_turnover_and_its_growth_are_checked_against_its_section(materials):
    found = verify_text("In 2012, Concrete turnover rose 8.5 per cent to US$406.4m, following a "
                        "2.2 per cent decline in the previous year. Asphalt turnover declined by "
                        "5.2 per cent to US$378.1m in 2012.", materials)
    for figure in ("8.5 per cent", "US$406.4m", "2.2 per cent", "5.2 per cent", "US$378.1m"):
        assert found[figure].verdict == "supported", (figure, found[figure].reason)
    assert found["US$378.1m"].claim.entity == "Asphalt Mix"
    wrong = verify_text("In 2012, Concrete turnover rose 8.5 per cent to US$426.4m.",
                        materials)["US$426.4m"]
    assert wrong.verdict == "drifted" and wrong.filed_value == Decimal(406400000)
    # a part's turnover is never the company's: unverifiable when its name is not pinned
    unnamed = verify_text("In 2012, Concrete turnover rose to US$426.4m.", materials)
    assert unnamed["US$426.4m"].verdict == "unverifiable"


def test_a_segment_stated_two_ways_stays_unverifiable(materials):
    found = verify_text("In 2012, turnover from aggregates slipped to US$1729.4m.", materials)
    assert found["US$1729.4m"].verdict == "unverifiable"
