"""A per-share base whose metric the sentence names before the figure it is compared with, a
clause between ("the outlook for diluted earnings per share in <year> is $A to $B, up on the $C
reported for <year before>", a trade paper on a department-store chain's year). The sentences
are the project's own, written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

pytestmark = pytest.mark.corpus


def _department_stores() -> list:
    # the FY2012 10-K of a department-store chain: diluted EPS $3.24 for the 53 weeks ended
    # February 2, 2013
    return stored_corpus_facts("dev/10-K_M_0000794367-13-000092.html", "0000794367-13-000092",
                               "10-K", date(2013, 4, 3), cik=794367)


_OUTLOOK = "The outlook for diluted earnings per share in fiscal 2013 is $4.00 to $4.10, {}"


@pytest.mark.parametrize(("tail", "figure", "verdict"), [
    ("up on the $3.24 share earned in 2012.", "$3.24", "supported"),
    ("up on the $3.24 earned in 2012.", "$3.24", "supported"),
    ("up from the $3.24 posted for 2012.", "$3.24", "supported"),
    # the base a filed figure does not bear out is the same line, drifted
    ("up on the $3.42 share earned in 2012.", "$3.42", "drifted"),
])
def test_a_base_after_up_on_the_is_the_per_share_line_named_before(tail, figure, verdict):
    found = verify_text(_OUTLOOK.format(tail), _department_stores())
    assert found[figure].verdict == verdict
    assert found[figure].claim.metric == "eps_diluted"


@pytest.mark.parametrize("text", [
    # "up on" after an amount that is no per-share figure: the base is not one either
    "Capital spending for fiscal 2013 is planned at $1 billion, up on the $3.24 earned in "
    "2012.",
    # "on the" with no way word before it: no comparison
    "The outlook for diluted earnings per share in fiscal 2013 is $4.00, based on the $3.24 "
    "reported for 2012.",
])
def test_on_the_names_no_per_share_base_otherwise(text):
    found = verify_text(text, _department_stores())
    assert found["$3.24"].claim.metric != "eps_diluted"
    assert found["$3.24"].verdict != "supported"
