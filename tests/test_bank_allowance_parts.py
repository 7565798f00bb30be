"""A bank's allowance for credit losses against the words a trade paper puts around it: a part
of the allowance (on a kind of loan, for commitments, in a segment), the allowance's change
("reduced by $X"), and a reserve release or build, are none of them the allowance's balance nor
the provision; read as those, each was drifted. Checked against a money-center bank's and a
regional bank's real supplements (development corpus, in place). The article sentences are the
project's own paraphrases, written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import corpus_verdicts

pytestmark = pytest.mark.corpus

_MONEY_CENTER = "EX-99.2_JPM_2021-12-31.html"  # allowance $18,689 / $30,815 million
_REGIONAL = "EX-99.1_PNC_2021-12-31-supplement.html"  # allowance $5,530 million at 12/31/2021


def _verdicts(name: str, text: str) -> dict[str, tuple[str, str | None]]:
    return corpus_verdicts(f"dev/{name}", date(2022, 1, 14),
                           "The bank reported its fourth-quarter 2021 results. " + text)


@pytest.mark.parametrize("text, figure", [
    ("The allowance for credit losses on loans and leases was $4.87 billion at December 31, "
     "2021.", "$4.87 billion"),
    ("The allowance for credit losses for unfunded loan commitments was $662 million at "
     "Dec. 31, 2021.", "$662 million"),
    ("The allowance for credit losses attributable to commercial loans was $3.08 billion at "
     "December 31, 2021.", "$3.08 billion"),
])
def test_a_part_of_the_allowance_is_never_the_total(text, figure):
    verdict, metric = _verdicts(_REGIONAL, text)[figure]
    assert verdict != "drifted" and metric != "allowance_for_credit_losses"


def test_a_segments_allowance_is_never_the_firms():
    found = _verdicts(_MONEY_CENTER, "The allowance for credit losses in the corporate and "
                      "investment bank was $2.72 billion at Dec. 31, 2021.")
    assert found["$2.72 billion"][0] != "drifted"


@pytest.mark.parametrize("text, verdict", [
    # the total named with the firm, the day or a bare "of": still the allowance
    ("The allowance for credit losses for the firm totaled $18.7 billion at Dec. 31, 2021.",
     "supported"),
    ("The allowance for credit losses at Dec. 31, 2021 was $18.7 billion.", "supported"),
    ("Its allowance for credit losses of $18.7 billion at Dec. 31, 2021 was ample.",
     "supported"),
    ("The allowance for credit losses was $19.9 billion at Dec. 31, 2021.", "drifted"),
])
def test_the_total_allowance_keeps_its_row(text, verdict):
    figure = next(w for w in text.split() if w.startswith("$"))
    assert _verdicts(_MONEY_CENTER, text)[figure + " billion"][0] == verdict


def test_a_reduction_of_the_allowance_is_its_change_not_its_balance():
    found = _verdicts(_MONEY_CENTER, "The allowance for credit losses was reduced by $12.1 "
                      "billion during 2021.")
    assert found["$12.1 billion"][0] != "drifted"
    assert found["$12.1 billion"][1] != "allowance_for_credit_losses"
    # the level it was reduced to is the balance
    found = _verdicts(_MONEY_CENTER, "The allowance for credit losses was reduced to $18.7 "
                      "billion at Dec. 31, 2021.")
    assert found["$18.7 billion"][0] == "supported"


@pytest.mark.parametrize("text, figure", [
    ("In the fourth quarter of 2021 the bank released $1.8 billion of credit reserves, as the "
     "provision for credit losses was a benefit of $1.3 billion.", "$1.8 billion"),
    ("In the fourth quarter of 2021, it recorded a $1.8 billion reserve release and a "
     "provision for credit losses benefit of $1.3 billion.", "$1.8 billion"),
    ("In the fourth quarter of 2021, a reserve release of $1.8 billion helped results, and "
     "the provision for credit losses was a $1.3 billion benefit.", "$1.8 billion"),
])
def test_a_reserve_release_is_not_the_provision(text, figure):
    verdict, metric = _verdicts(_MONEY_CENTER, text)[figure]
    assert verdict != "drifted" and metric is None


def test_the_provision_beside_a_reserve_release_keeps_its_row():
    found = _verdicts(_MONEY_CENTER, "In the fourth quarter of 2021 the provision for credit "
                      "losses was a benefit of $1.3 billion, as reserves were released.")
    assert found["$1.3 billion"] == ("supported", "provision_for_credit_losses")
    found = _verdicts(_MONEY_CENTER, "In the fourth quarter of 2021 the provision for credit "
                      "losses was a benefit of $2.3 billion.")
    assert found["$2.3 billion"][0] == "drifted"
