"""A part whose dimension member is named more fully than the filer prints it: a home
improvement retailer's Q2 2023 10-Q tags its "Hardlines" and "Décor" rows with members named
"Major Product Line Hardlines" and "Major Product Line Dcor"; a video game retailer's FY2023
10-K tags "Hardware and accessories" as "Videogamehardwareaccessories". Articles name the
printed part; it is now the stored part's name. Sentences are the project's own."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.xbrl_segments import printed_names
from tests.conftest import corpus_verdicts

pytestmark = pytest.mark.corpus

_HD = "10q-10k/10-Q_HD_0000354950-23-000185.html"
_GME = "10q-10k/10-K_GME_0001326380-24-000012.html"


def test_a_product_lines_printed_name_is_checked():
    # filed: Hardlines 14,114 and Décor 13,411 million for the quarter to 2023-07-30
    got = corpus_verdicts(_HD, date(2023, 8, 22),
                          "In its fiscal second quarter of 2023 the retailer's hardlines sales "
                          "came to $14.11 billion. Décor sales were $13.41 billion.",
                          form="10-Q")
    assert got["$14.11 billion"][0] == "supported"
    assert got["$13.41 billion"][0] == "supported"


def test_a_wrong_figure_for_the_printed_part_drifts():
    got = corpus_verdicts(_HD, date(2023, 8, 22),
                          "In its fiscal second quarter of 2023 the retailer's hardlines sales "
                          "came to $14.61 billion.", form="10-Q")
    assert got["$14.61 billion"][0] == "drifted"


def test_a_glued_member_name_takes_the_printed_label():
    # filed: hardware and accessories 2,996.8 million for the year to 2024-02-03
    got = corpus_verdicts(_GME, date(2024, 3, 26),
                          "For fiscal 2023, hardware and accessories sales were $3.0 billion.",
                          form="10-K")
    assert got["$3.0 billion"][0] == "supported"


class _Context:
    def __init__(self, member: str) -> None:
        self.dims = {"us-gaap:StatementBusinessSegmentsAxis": member}


class _Reading:
    def __init__(self, member: str, row: str | None) -> None:
        self.context, self.row = _Context(member), row


def test_a_line_label_or_several_labels_never_rename_a_part():
    names = printed_names([
        _Reading("x:UsMember", "Net sales - in the U.S."),  # a line's label: no name's end
        _Reading("x:EuropeMember", "Net sales"), _Reading("x:EuropeMember", "Operating income"),
        _Reading("x:BrandsEuropeMember", "Europe"), _Reading("x:BrandsEuropeMember", "Europe"),
    ])
    assert names == {"Brands Europe": "Europe"}
