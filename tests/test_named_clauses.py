"""A clause opened by a conjunction whose subject is a name and nothing else ("as Globex fell
and Initech rose 86%") is that name's: the line a clause before it named ("after three big
lenders reported earnings") is not what its rate is of. A syndicated column on a bank's quarter
read another bank's share-price drop as the filer's growth in net income and supported it.
Sentences written for these tests; figures from a large bank's Q4 2021 release in the corpus
(net income 5,750 against 3,091 a year before: +86.0%)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

WFC_Q = ("dev/EX-99.1_WFC_2021-12-31.html", "0000000000-00-000001", "8-K", date(2022, 1, 14))
_LEAD = "The bank reported its fourth-quarter 2021 results. "


def _verification(sentence: str, figure: str):
    return verify_text(_LEAD + sentence, stored_corpus_facts(*WFC_Q))[figure]


@pytest.mark.corpus
@pytest.mark.parametrize("sentence", [
    "After three big lenders reported earnings on Friday, investors cheered, as Globex fell and "
    "Initech Financial rose 86%.",
    "Three lenders reported earnings this week, but Initech rose 86%.",
])
def test_a_named_subjects_clause_is_not_the_line_before(sentence):
    found = _verification(sentence, "86%")
    assert found.verdict == "unverifiable", found.reason
    assert found.claim.metric is None


@pytest.mark.corpus
@pytest.mark.parametrize("sentence", [
    # must not fire: the line is the clause's own, or the clause has no subject of its own
    "Net income rose 86% in the fourth quarter, as Globex fell.",
    "The bank reported earnings on Friday, and net income rose 86%.",
    "Net income was $5.75 billion and rose 86%.",
])
def test_the_clauses_own_line_is_still_read(sentence):
    assert _verification(sentence, "86%").verdict == "supported"
