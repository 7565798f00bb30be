"""The total a share is measured against is no subject of the change after it (found in session
47 on a home-improvement chain's 10-Q, written as paraphrases): in "<part> made up N% of net
sales and rose M%" the part rose M%, never net sales. Read as the total's growth, the part's
rate was recomputed from the total's two quarters and drifted, though nothing was misstated.
"""

from datetime import date

import pytest

from tests.conftest import corpus_verdicts

_TENQ = "10q-10k/10-Q_HD_0000354950-23-000185.html"
_FILED = date(2023, 8, 22)
_HEAD = ("A home-improvement chain said sales for the second quarter of fiscal 2023, ended "
         "July 30, eased 2.0% to $42.9 billion.\n\n")


def _verdict(text: str, figure: str) -> str:
    return corpus_verdicts(_TENQ, _FILED, _HEAD + text, form="10-Q")[figure][0]


@pytest.mark.parametrize("sentence", [
    "Digital orders made up 14.4% of net sales and rose 1.2%.",
    "Digital orders accounted for 14.4% of total net sales, and grew 1.2% from a year earlier.",
    "Web sales, at 14.4% of net sales, climbed 1.2%.",
])
def test_a_change_after_a_share_is_not_the_totals_change(sentence):
    assert _verdict(sentence, "1.2%") != "drifted"


def test_a_total_named_again_after_the_share_is_what_changed():
    # (must not fire: the clause after the share names the total as its own subject)
    text = "Operating expenses were 17.6% of net sales, and net sales declined 1.2%."
    assert _verdict(text, "1.2%") == "drifted"
