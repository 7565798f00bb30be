"""A segment's change against the preceding quarter, with no period of its own, dated by the
level it reached (a stock note's segment paragraphs on a chip maker's second quarter), checked
against the real 10-Q: the quarter before, never the same quarter a year earlier."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import article_verdicts, ingested_settings

pytestmark = pytest.mark.corpus

TEN_Q = ("10q-10k/10-Q_AMD_0000002488-23-000139.html", 2488, "10-Q", "0000002488-23-000139",
         date(2023, 8, 2))


@pytest.fixture(scope="module")
def settings(tmp_path_factory, corpus_dir):
    return ingested_settings(tmp_path_factory.mktemp("data"), TEN_Q)


def verdicts(settings, tmp_path, text: str) -> dict[str, str]:
    return article_verdicts(settings, tmp_path, text, TEN_Q[1])


# Client: 998 million, 739 million the quarter before (+35.0%), 2,152 million a year earlier
# (-53.6%); Gaming: 1,581 million, 1,757 million the quarter before (-10.0%), 1,655 million a
# year earlier (-4.5%)
@pytest.mark.parametrize("text, figure, verdict", [
    ("Client segment revenue rose 35% sequentially to $998 million.", "35%", "supported"),
    ("Gaming revenue fell 10% quarter over quarter to $1.58 billion.", "10%", "supported"),
    ("Client segment revenue rose 40% sequentially to $998 million.", "40%", "drifted"),
    # the year-over-year change written as the sequential one: it was supported
    ("Gaming revenue fell 4% quarter over quarter to $1.58 billion.", "4%", "drifted"),
])
def test_a_sequential_change_dated_by_its_level_is_against_the_quarter_before(
        settings, tmp_path, text, figure, verdict):
    assert verdicts(settings, tmp_path, text)[figure] == verdict


@pytest.mark.parametrize("text, figure", [
    ("Client segment revenue fell 54% to $998 million.", "54%"),
    ("Client segment revenue fell 54% year over year to $998 million.", "54%"),
    ("Gaming revenue decreased 4.5% year over year to $1.58 billion.", "4.5%"),
])
def test_a_change_with_no_base_named_dated_by_its_level_is_against_a_year_earlier(
        settings, tmp_path, text, figure):
    assert verdicts(settings, tmp_path, text)[figure] == "supported"
