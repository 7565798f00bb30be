"""A bank's net charge-offs in dollars: a supplement's "Total net charge-offs" line, closing
the "Net charge-offs" block of its loan categories, printed in brackets as a reduction of the
allowance; an article's "net loan charge-offs were $X million" is its size. Before, no row read
the line and the figure was named by nothing. The ratio to average loans stays its own line.
Sentences are the project's own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, corpus_verdicts

SUPPLEMENT = "dev/EX-99.1_PNC_2021-12-31-supplement.html"
FILED = date(2022, 1, 18)


@pytest.mark.corpus
def test_net_charge_offs_in_dollars_supported():
    found = corpus_verdicts(SUPPLEMENT, FILED, "In the first quarter of 2021, the lender's net "
                            "loan charge-offs came to $146 million.")
    assert found["$146 million"] == ("supported", "net_charge_offs")


@pytest.mark.corpus
def test_another_quarters_charge_offs_drift():
    found = corpus_verdicts(SUPPLEMENT, FILED, "In the third quarter of 2021, the lender's net "
                            "charge-offs came to $146 million.")
    assert found["$146 million"] == ("drifted", "net_charge_offs")


def test_charge_off_ratio_stays_the_ratio():
    # the twin: a percent beside the same words is the ratio, never the dollar line
    (claim,) = claims_in("The lender's net charge-off ratio for the first quarter of 2021 "
                         "was 0.25%.")
    assert claim.metric == "net_charge_off_ratio"
    (claim,) = claims_in("Net charge-offs were 0.25% of average loans in the first quarter "
                         "of 2021.")
    assert claim.metric != "net_charge_offs"
