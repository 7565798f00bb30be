"""A change in points whose sentence names its period only as "the quarter", after an article
that set no dated quarter in force, takes the period of the rate's level before it in the same
sentence, once that level's verdict pinned it to one filed period (pipeline.verify.derive_rates:
a stock site's recap of a retailer's quarter, its gross margin supported and the "decline of
80 basis points" beside it unverifiable). Read so, the change is supported or unverifiable,
never drifted. Buckle's Q3 2024 release, read in place; the sentences are the project's own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_verify_earning_parts import _stored, verify

_LEAD = ("The denim retailer has published its figures. It earned $44.2 million in the "
         "thirteen weeks through November 2, 2024, and its sales so far this fiscal year slipped "
         "4.6% to $838.5 million. ")


@pytest.fixture(scope="module")
def buckle():
    return _stored("8k-buckle-2024-11-22/BuckleInc.8-K.EX99.1.html", 885245, date(2024, 11, 22))


def test_an_undated_change_in_points_takes_its_levels_period(buckle):
    found = verify(_LEAD + "Its quarterly gross margin came to 47.7%, 80 basis points lower "
                   "than in the like period a year before.", buckle)
    assert found["47.7%"].verdict == "supported"  # 140,071 / 293,618
    assert found["80 basis points"].verdict == "supported"  # 47.7% against 48.5%


def test_a_change_its_level_does_not_bear_out_is_never_drifted(buckle):
    found = verify(_LEAD + "Its quarterly gross margin came to 47.7%, 180 basis points lower "
                   "than in the like period a year before.", buckle)
    assert found["180 basis points"].verdict == "unverifiable"


def test_must_not_fire_without_a_pinned_level(buckle):
    # no level in the sentence, or a level no filed period bears out: nothing dates the change
    for text in ("Its quarterly gross margin slid 80 basis points against the like period a "
                 "year before.",
                 "Its quarterly gross margin came to 49.7%, 80 basis points lower than in the "
                 "like period a year before."):
        found = verify(_LEAD + text, buckle)
        assert found["80 basis points"].verdict == "unverifiable", text
        assert "no period stated: searched nothing" in found["80 basis points"].reason
