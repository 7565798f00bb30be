"""Adding a metric is one registry row: the whole path on a real filing.

A test-only row for research and development expense (a figure the project does not read yet)
is added with ``core.metrics.added``. With it, and nothing else, Apple's 10-Q for the quarter
ended March 29, 2025 yields the figure from its income statement and from its inline XBRL tag
(one fact, both sources), ingest stores it, and an article quoting it is checked: the right
figure supported, a wrong one drifted, with the filing as evidence. Without the row, the same
document yields no such fact and the same sentence is unverifiable.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.metrics import Cue, Label, Metric, added, find_metric
from pipeline.config import load_settings
from pipeline.ingest import ingest_file
from pipeline.verify.api import verify_article_source
from tests.conftest import corpus_file

APPLE = "10q-aapl-0000320193-25-000057/aapl-20250329.htm"
QUARTER = (date(2024, 12, 29), date(2025, 3, 29))
R_AND_D = Metric(
    "research_and_development", "USD", "research and development expense (test-only row)",
    concepts=("ResearchAndDevelopmentExpense",), statement="income", is_magnitude=True,
    labels=(Label(r"(?:total )?research and development(?: expenses?)?"),),
    label_words=("research",),
    cues=(Cue(r"research\s+and\s+development|\bR&D\b"),))
ARTICLE = """# Apple's research bill

Apple spent $8.55 billion on research and development in the quarter ended March 29, 2025,
according to its 10-Q. A rival newsletter put R&D at $9.1 billion for the three months ended
March 29, 2025.
"""


@pytest.fixture()
def apple(corpus_dir, tmp_path):
    article = tmp_path / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")
    return corpus_file(APPLE), article, load_settings(env={}, data_dir=tmp_path / "data")


def _ingest_and_verify(document, article, settings):
    ingest_file(settings, document, cik=320193, form="10-Q",
                accession="0000320193-25-000057", filed_date=date(2025, 5, 2))
    outcome = verify_article_source(settings, str(article), cik=320193)
    return {v.claim.text: v for v in outcome.results[0].verifications}


def _stored(settings, metric):
    from warehouse import connect
    from warehouse.queries import select_facts

    with connect(settings.db_path, read_only=True) as conn:
        return select_facts(conn, 320193, metric)


def test_one_row_makes_a_new_metric_read_stored_and_verified(apple):
    document, article, settings = apple
    with added(R_AND_D):
        found = _ingest_and_verify(document, article, settings)
        stored = [sf for sf in _stored(settings, "research_and_development")
                  if (sf.fact.period_start, sf.fact.period_end) == QUARTER]
    assert {sf.fact.value for sf in stored} == {Decimal("8550000000")}
    extractors = {s.extractor for sf in stored for s in sf.fact.sources}
    assert {"tables", "xbrl"} <= extractors  # the statement's row and the filer's tag agree
    right, wrong = found["$8.55 billion"], found["$9.1 billion"]
    assert right.claim.metric == wrong.claim.metric == "research_and_development"
    assert right.verdict == "supported" and right.filed_value == Decimal("8550000000")
    assert right.evidence[0].accession == "0000320193-25-000057"
    assert wrong.verdict == "drifted" and wrong.filed_value == Decimal("8550000000")
    assert find_metric("research_and_development") is None  # gone after the block


def test_without_the_row_the_figure_is_not_read(apple):
    document, article, settings = apple
    found = _ingest_and_verify(document, article, settings)
    assert _stored(settings, "research_and_development") == []
    assert found["$8.55 billion"].verdict == "unverifiable"
