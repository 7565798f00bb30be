"""A region named by its adjective or possessive, or after a profit line, is a part of the
company (found in session 47 on a drinks maker's 10-Q, written as paraphrases): "Latin American
operating income", "Latin America's operating income", "operating income in Latin America".
Read as the company's operating income, each drifted against the consolidated total though the
segment's figure was right.

Twins: "American" alone may be a company's short name, and a lowercase word after "in" is no
place; both stay the company's figures.
"""

from datetime import date

import pytest

from tests.conftest import corpus_verdicts

_TENQ = "10q-10k/10-Q_KO_0000021344-23-000048.html"
_FILED = date(2023, 7, 27)
_HEAD = "A beverage company reported results for the quarter ended June 30, 2023.\n\n"


def _verdict(text: str, figure: str) -> str:
    return corpus_verdicts(_TENQ, _FILED, _HEAD + text, form="10-Q")[figure][0]


@pytest.mark.parametrize("sentence, figure", [
    ("Latin American operating income reached $797 million.", "$797 million"),
    ("North American operating income came to $1.22 billion.", "$1.22 billion"),
    ("Latin America's operating income reached $797 million.", "$797 million"),
    ("Operating income in Latin America reached $797 million.", "$797 million"),
])
def test_a_region_named_by_adjective_or_possessive_is_the_segment(sentence, figure):
    assert _verdict(sentence, figure) == "supported"


@pytest.mark.parametrize("sentence, figure", [
    ("Asian operating income slipped to $673 million.", "$673 million"),
    ("Europe's net income came to $1.13 billion.", "$1.13 billion"),
])
def test_a_region_the_filing_names_otherwise_is_never_the_total(sentence, figure):
    assert _verdict(sentence, figure) != "drifted"


@pytest.mark.parametrize("sentence, figure, verdict", [
    # a company's short name, not a place: the company's own (wrong) figure
    ("American's operating income reached $797 million.", "$797 million", "drifted"),
    # a lowercase word after "in" names no place: the company's own figure
    ("Operating income in the period reached $2.40 billion.", "$2.40 billion", "supported"),
])
def test_no_place_leaves_the_companys_figure(sentence, figure, verdict):
    assert _verdict(sentence, figure) == verdict
