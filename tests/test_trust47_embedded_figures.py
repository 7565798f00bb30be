"""A figure's place in its sentence is never inside a longer number (found in session 47 on a
chip maker's 10-Q, written as paraphrases): in "up 56% from a year ago and up 6% sequentially"
the "6%" was found inside "56%", so the words after that one ("from a year ago") named its
base and the true sequential rate drifted against the year-on-year one."""

from datetime import date

import pytest

from core.verdicts import Claim
from tests.conftest import corpus_verdicts

_TENQ = "10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html"
_FILED = date(2025, 8, 27)
_HEAD = "A chip designer reported results for its fiscal second quarter ended July 27, 2025.\n\n"


def _claim(text: str, sentence: str) -> Claim:
    return Claim("c", text, sentence, (0, 0), None, "percent", 0)


@pytest.mark.parametrize("text, sentence, before", [
    ("6%", "sales rose 56% on the year and 6% on the quarter", "and "),
    ("56%", "sales rose 56% on the year and 6% on the quarter", "rose "),
    ("$1.2 billion", "costs of $11.2 billion and $1.2 billion", "and "),
])
def test_a_figure_stands_where_no_longer_number_holds_it(text, sentence, before):
    assert _claim(text, sentence).sentence_at == sentence.index(before + text) + len(before)


@pytest.mark.parametrize("sentence, verdict", [
    ("Revenue came to $46.7 billion, up 56% from a year earlier and up 6% sequentially.",
     "supported"),
    # (must not fire: a wrong sequential rate is never borne out)
    ("Revenue came to $46.7 billion, up 56% from a year earlier and up 9% sequentially.",
     "not supported"),
])
def test_a_sequential_rate_after_a_yearly_one_keeps_its_own_base(sentence, verdict):
    rate = "6%" if "up 6%" in sentence else "9%"
    found = corpus_verdicts(_TENQ, _FILED, _HEAD + sentence, form="10-Q")[rate][0]
    assert found == verdict if verdict == "supported" else found != "supported"
