"""A change in points whose own line or driver is named right after it ("an expansion of 3 basis
points in deposit costs", "... of about 2 basis points from loan growth"), in a trade paper's
recap of a bank's margin: that line's change, never the margin's named before it, which it
drifted against when read so. A period, a base or the margin itself named there keeps the
reading. Checked against a regional bank's real release (development corpus, in place); the
sentences are the project's own paraphrases."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.verify.points_rates import names_another_line
from tests.conftest import corpus_verdicts

_RELEASE = "EX-99.1_CFG_2021-12-31.html"  # margin 2.66% / 2.72% / 2.75%
_NIM = "net_interest_margin"


def _verdicts(text: str) -> dict[str, tuple[str, str | None]]:
    return corpus_verdicts(f"dev/{_RELEASE}", date(2022, 1, 19),
                           "The bank reported its fourth-quarter 2021 results. In the fourth "
                           "quarter of 2021 " + text)


@pytest.mark.parametrize("text, figure", [
    ("the net interest margin was 2.66%, down 6 basis points from the third quarter despite an "
     "expansion of 3 basis points in deposit costs.", "3 basis points"),
    ("the net interest margin fell 6 basis points from the third quarter, even with an "
     "expansion of about 2 basis points from loan growth.", "2 basis points"),
    ("the net interest margin was 2.66%, down 6 basis points from the third quarter despite an "
     "increase of 3 basis points in deposit costs.", "3 basis points"),
])
def test_a_change_of_another_line_is_not_the_margins(text, figure):
    found = _verdicts(text)
    assert found[figure][0] != "drifted" and found[figure][1] is None
    assert found["6 basis points"] == ("supported", "rate_change")


@pytest.mark.corpus
@pytest.mark.parametrize("text, figure, verdict", [
    ("the net interest margin was 2.66%, a decline of 6 basis points from the third quarter.",
     "6 basis points", "supported"),
    ("the net interest margin fell 9 basis points from a year earlier.", "9 basis points",
     "supported"),
    ("the net interest margin showed a decrease of 6 basis points in the quarter from the "
     "third quarter.", "6 basis points", "supported"),
    ("the net interest margin fell 8 basis points from the third quarter.", "8 basis points",
     "drifted"),
])
def test_the_margins_own_change_keeps_its_reading(text, figure, verdict):
    assert _verdicts(text)[figure][0] == verdict


@pytest.mark.parametrize("ahead, another", [
    (" in deposit costs", True),
    (" from loan growth", True),
    (" from PPP forgiveness.", True),
    (" from the third quarter", False),
    (" from a year earlier", False),
    (" from the September quarter", False),
    (" from 2.72%", False),
    (" in the quarter", False),
    (" in 2021", False),
    (" in net interest margin", False),
    (" in its margin", False),
    (" on a linked quarter basis", False),
    (" to 2.66%", False),
])
def test_what_names_another_line(ahead, another):
    assert names_another_line(ahead, _NIM) is another
