"""A 10-Q's cash flows for the quarter alone, read from the sentences that name its quarter
(``extractors.quarter_text``): Seagate's fiscal Q3 2017 10-Q read in place, and project-written
documents."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.facts import Fact, Source
from extractors.dispatch import extract_document
from extractors.document import parse_document
from extractors.quarter_text import extract_quarter_text
from tests.conftest import corpus_file

SEAGATE = "dev/10-Q_STX_0001193125-17-148855.html"


@pytest.mark.corpus
def test_a_10q_overview_states_the_quarters_cash_flows():
    path = corpus_file(SEAGATE)
    facts = [f for f in extract_document(path.read_bytes(), document=path.name, form="10-Q")
             if any(s.extractor == "quarter_text" for s in f.sources)]
    read = {f.metric: (f.value, f.period_start, f.period_end) for f in facts}
    # "Our operating cash flow was $426 million. ... as well as paid $186 million in
    # dividends" (the overview of the March 2017 quarter); the $97 million paid "for the
    # repurchase of our outstanding debt" is no share repurchase
    assert read == {
        "operating_cash_flow": (Decimal("426000000"), date(2017, 1, 1), date(2017, 3, 31)),
        "dividends_paid": (Decimal("186000000"), date(2017, 1, 1), date(2017, 3, 31))}
    assert all("$426 million" in f.sources[0].text or "$186 million" in f.sources[0].text
               for f in facts)


DOC = """<html><body><p>FORM 10-Q</p><p>For the quarterly period ended June 30, 2026</p>
<p>Overview of the {month} 2026 Quarter</p><p>During the {month} 2026 quarter, revenue grew.
Our operating cash flow was $120 million. We paid $30 million in dividends and $15 million for
the repurchase of our notes. Cash used in operating activities was $5 million.
For the six months ended June 30, 2026, operating cash flow was $200 million.</p></body></html>"""
QUARTER = Fact("revenue", Decimal(1), "USD", date(2026, 4, 1), date(2026, 6, 30),
               sources=(Source("q.htm", "tables", "1.0"),))


def _read(text: str, form: str = "10-Q", facts=(QUARTER,)) -> dict:
    doc = parse_document(text, name="q.htm", form=form)
    return {f.metric: f.value for f in extract_quarter_text(doc, list(facts))}


def test_only_the_reports_own_quarter_and_its_tied_figures_are_read():
    assert _read(DOC.format(month="June")) == {"operating_cash_flow": Decimal("120000000"),
                                               "dividends_paid": Decimal("30000000")}
    assert _read(DOC.format(month="March")) == {}  # another quarter's overview
    assert _read(DOC.format(month="June"), form="10-K") == {}
    assert _read(DOC.format(month="June"), facts=()) == {}  # no dated quarter: no first day
