"""A generated key-metrics recap labels a region's line "<Metric>- <Region>- Total: $X" (the
region's total); the trailing "Total" names no other part, so the figure is the region's filed
line. Sentences are the project's own, against a beverage maker's Q2 2023 10-Q (regions tagged
as segments: Latin America 1,378 and North America 4,367 million of net operating revenues)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.verify.entities import same_segment
from tests.conftest import corpus_verdicts

pytestmark = pytest.mark.corpus

_KO = "10q-10k/10-Q_KO_0000021344-23-000048.html"
_FILED = date(2023, 7, 27)


def _verdicts(text: str) -> dict:
    return corpus_verdicts(_KO, _FILED, text, form="10-Q")


def test_a_regions_total_label_reads_the_regions_line():
    got = _verdicts("Quarter ended June 2023, line by line:\n"
                    "  • Revenues- Latin America- Total: $1.38 billion for the three months, "
                    "up 20.9% on the year-earlier quarter\n"
                    "  • Revenues- North America- Total: $4.37 billion\n")
    assert got["$1.38 billion"][0] == "supported"
    assert got["20.9%"][0] == "supported"
    assert got["$4.37 billion"][0] == "supported"


def test_a_wrong_figure_under_a_total_label_still_drifts():
    got = _verdicts("Quarter ended June 2023, line by line:\n"
                    "  • Revenues- North America- Total: $4.46 billion\n")
    assert got["$4.46 billion"][0] == "drifted"


def test_total_alone_names_no_part():
    assert same_segment("Latin America Total", "Latin America Segment")
    assert same_segment("Total", "Latin America") is False
