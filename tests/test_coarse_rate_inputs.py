"""A growth rate with decimals recomputed from two amounts the filing states coarsely ("$3.15
billion, compared with $3.29 billion", a utility's earnings release): the roundings allow any
rate from about -4.55% to -3.96%, so a rate inside that span that the printed digits do not
give (the filer's own rate from its unrounded amounts) is unverifiable, never drifted; the
printed digits' rate is still supported and a rate outside the span still drifted. Sentences
are the project's own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import corpus_verdicts

SO = "dev/EX-99.1_SO_0000092122-07-000008.html"
LEAD = "The utility reported its fourth quarter of 2006. "


def _verdict(rate: str) -> str:
    text = f"{LEAD}Fourth-quarter revenue fell {rate} to $3.15 billion."
    return corpus_verdicts(SO, date(2007, 1, 25), text)[rate][0]


@pytest.mark.corpus
@pytest.mark.parametrize("rate, verdict", [
    ("4.2%", "unverifiable"), ("4.0%", "unverifiable"),   # inside the roundings' span
    ("4.3%", "supported"),                                 # the printed digits' rate
    ("6.2%", "drifted"), ("3.5%", "drifted"),              # outside it
])
def test_a_decimal_rate_inside_the_span_of_coarse_inputs_is_not_drifted(rate, verdict):
    assert _verdict(rate) == verdict
