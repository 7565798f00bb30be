"""A sentence that opens on a change ("This marks a 216% increase") after an amount and its
per-share restatement ("a net loss of $253.1 million, or $9.49 per share"): the change may be of
either line. A stock note on an oilfield supplier's year meant the loss's growth (+216%), which
was drifted against the per-share amount's (+188%). The change's own words pick the line;
with none, both are compared and a mismatch with one is no drift.
"""

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text

_CRR = ("dev/10-K_CRR_0001564590-18-004771.html", "0001564590-18-004771", "10-K",
        date(2018, 3, 1))
_LEAD = "Oilco reported a net loss of $253.1 million, or $9.49 per share, for 2017. "


def _rate(text: str, figure: str):
    return {c.text: c for c in claims_in(text)}[figure]


def test_a_change_naming_the_loss_is_the_amounts():
    claim = _rate(_LEAD + "This marks a 216% increase from the prior year's loss.", "216%")
    assert claim.basis == "net_income"


def test_a_change_naming_no_line_may_be_of_either():
    claim = _rate(_LEAD + "This marks a 216% increase.", "216%")
    assert set(claim.readings) == {"net_income", "eps_diluted"}
    assert not claim.reading_pinned


@pytest.mark.parametrize("text", [
    # (must not fire: the per-share words name the line; a per-share amount said alone)
    _LEAD + "This marks a 188% increase in the loss per share.",
    "Oilco reported a loss per share of $9.49 for 2017. This marks a 188% increase.",
])
def test_a_per_share_change_keeps_its_line(text):
    claim = _rate(text, "188%")
    assert claim.metric is None or (claim.basis == "eps_diluted" and not claim.readings)


def test_the_amounts_growth_is_no_drift_against_the_per_share_one():
    facts = stored_corpus_facts(*_CRR)
    named = verify_text("CARBO Ceramics 2017\n\n" + _LEAD.replace("Oilco", "CARBO Ceramics")
                        + "This marks a 216% increase from the prior year's loss.", facts)
    assert named["216%"].verdict == "supported"
    for rate in ("216%", "188%"):
        either = verify_text("CARBO Ceramics 2017\n\n" + _LEAD.replace("Oilco", "CARBO Ceramics")
                             + f"This marks a {rate} increase.", facts)
        assert either[rate].verdict == "unverifiable"
    wrong = verify_text("CARBO Ceramics 2017\n\n" + _LEAD.replace("Oilco", "CARBO Ceramics")
                        + "This marks a 150% increase.", facts)
    assert wrong["150%"].verdict == "drifted"
