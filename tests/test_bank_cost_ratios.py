"""Cost ratios a bank's release does not print, support-only: an efficiency ratio (noninterest
or total operating expenses over net revenues) and a compensation ratio (compensation and
benefits over net revenues), recomputed from the release's lines for the same period.

Before, both were unverifiable ("no filed fact covers it"), and a compensation ratio after an
efficiency ratio in one sentence was read as a second efficiency ratio. Banks define these
ratios differently, so a recomputed ratio that does not round to the article's figure bears
nothing out: unverifiable, with what it came to, never drifted. A release that prints the
ratio is the truth (its own figure judges the claim).
"""

from __future__ import annotations

import hashlib
from datetime import date

from core.metrics import all_metrics, find_metric
from core.verdicts import Article
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from tests.conftest import stored_corpus_facts

# an investment bank's full-year release: net revenues 59,339 (Q4 12,639), total operating
# expenses 31,938 (Q4 7,270), compensation and benefits 17,719 (Q4 3,246); no ratio printed
_BROKER = "dev/EX-99.1_GS_2021-12-31.html"
# a regional bank's release, which prints its efficiency ratio (Q4 62.3) and states no
# compensation-and-benefits line (its pay and its benefits stand apart)
_REGIONAL = "dev/EX-99.1_USB_2021-12-31.html"


def _verdicts(relative: str, text: str) -> list[tuple[str, str, str | None, str]]:
    facts = stored_corpus_facts(relative, "0000000000-00-000001", "8-K", date(2022, 1, 14))
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return [(v.claim.text, v.verdict, v.claim.metric, v.reason or "")
            for v in verify_claims(extract_claims(article), facts)]


_LEAD = "Acme Partners closed out a busy year for dealmaking on Friday.\n\n"


def test_ratios_recomputed_from_the_releases_lines_are_borne_out():
    text = (_LEAD + "Over the full year the firm ran at an efficiency ratio of 53.8%, and its "
            "compensation ratio came to 29.9%.\n\nIn the fourth quarter alone the efficiency "
            "ratio was 57.5% and the comp ratio 25.7%.")
    assert [v[:3] for v in _verdicts(_BROKER, text)] == [
        ("53.8%", "supported", "efficiency_ratio"), ("29.9%", "supported", "compensation_ratio"),
        ("57.5%", "supported", "efficiency_ratio"), ("25.7%", "supported", "compensation_ratio")]


def test_a_ratio_that_does_not_round_is_unverifiable_never_drifted():
    text = (_LEAD + "For 2021 as a whole its efficiency ratio was 60%.\n\nIts compensation "
            "ratio in the fourth quarter stood at 29.9%.")
    found = _verdicts(_BROKER, text)
    assert [v[:3] for v in found] == [("60%", "unverifiable", "efficiency_ratio"),
                                      ("29.9%", "unverifiable", "compensation_ratio")]
    assert "53.82%" in found[0][3] and "not a drift" in found[0][3]
    assert "25.68%" in found[1][3]  # the quarter's own ratio, not the year's 29.86%


def test_a_printed_ratio_is_the_truth_and_a_missing_line_supports_nothing():
    """The regional bank prints 62.3: an article's 62.2 (its lines give 62.16) is drifted
    against the printed figure, as before; a compensation ratio without a compensation and
    benefits line is unverifiable."""
    text = ("Acme Bancorp reported results for the last three months of the year on "
            "Thursday.\n\nIts efficiency ratio was 62.2% in the fourth quarter, and its "
            "compensation ratio was 30% for the quarter.")
    assert [v[:3] for v in _verdicts(_REGIONAL, text)] == [
        ("62.2%", "drifted", "efficiency_ratio"), ("30%", "unverifiable", "compensation_ratio")]


def test_support_only_inputs_are_registered_metrics():
    known = {row.name for row in all_metrics()}
    for name in ("efficiency_ratio", "compensation_ratio"):
        for derivation in find_metric(name).supported_by:
            assert derivation.kind == "ratio"
            assert {m for names in derivation.inputs for m in names} <= known
