"""The filing's words must pin one amount of the claim's own period: a bank's release.

A bank's quarterly release discusses each line twice, against the linked quarter and against
the year-ago quarter, under headings its sentences do not carry; and it recalls the quarter
before in sentences that name it. An article's change or amount echoes such a sentence only
when the words pin it (``prose_echo``, ``prose_context.named_quarter``). The sentences are the
project's own; each hazard has its must-not-fire twin.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pipeline.verify.prose_context import named_quarter, other_quarter
from pipeline.verify.prose_echo import echo
from tests.test_prose_echo import _document, _unverifiable

Q4 = (date(2021, 10, 1), date(2021, 12, 31), "fiscal Q4 2021")


def _verdict(filing: str, article: str, figure: str, period=Q4) -> str:
    v = _unverifiable(article, figure)
    start, end, label = period
    v = replace(v, claim=replace(v.claim, period_start=start, period_end=end,
                                 period_label=label))
    return echo(v, [_document(filing, period_end=end)]).verdict


LINKED = "Trust fees on managed accounts decreased $32 million, reflecting lower market levels."
YEAR_AGO = ("Trust fees on managed accounts decreased $117 million, reflecting lower market "
            "levels and client exits.")


def test_a_change_stated_against_two_bases_under_the_same_words_is_pinned_to_neither():
    article = "Trust fees on managed accounts were down $32 million from a year earlier."
    assert _verdict(f"{LINKED} {YEAR_AGO}", article, "$32 million") == "unverifiable"
    # (one change under those words is pinned: the twin)
    assert _verdict(LINKED, article, "$32 million") == "supported"
    # (another figure of the hit's own sentence is one of its parts, no rival)
    both = ("Trust fees on managed accounts decreased $32 million, including $5 million of "
            "lower performance fees.")
    assert _verdict(both, article, "$32 million") == "supported"


def test_a_level_stated_for_another_quarter_is_no_echo_of_the_claims():
    article = "The credit provision benefit was $33 million in the fourth quarter."
    recalled = "Third quarter 2021 credit provision benefit was $33 million."
    assert _verdict(recalled, article, "$33 million") == "unverifiable"
    bare = "The first quarter included a credit provision benefit of $33 million."
    assert _verdict(bare, article, "$33 million") == "unverifiable"
    # (the claim's own quarter, by number, or named as a comparison's base: the twins)
    own = "Fourth quarter 2021 credit provision benefit was $33 million."
    assert _verdict(own, article, "$33 million") == "supported"
    based = ("Compared with the third quarter, the credit provision benefit was $33 million "
             "for the period.")
    assert _verdict(based, article, "$33 million") == "supported"


def test_the_quarter_a_sentence_names_for_its_figure():
    text = "Third quarter 2021 credit provision benefit was $33 million."
    at = text.index("$33")
    assert named_quarter(text, (at, at + 11)) == (3, 2021)
    text = "The benefit was $33 million in the 4Q21 period, up from the first quarter."
    at = text.index("$33")
    assert named_quarter(text, (at, at + 11)) == (4, 2021)
    text = "The benefit was $33 million, up from the first quarter."
    at = text.index("$33")
    assert named_quarter(text, (at, at + 11)) is None
    text = "The benefit was $33 million in the fourth quarter, compared with the first quarter."
    at = text.index("$33")
    assert named_quarter(text, (at, at + 11)) == (4, None)
    assert other_quarter("fiscal Q4 2021", (3, 2021))
    assert other_quarter("Q4 2021", (4, 2020))
    assert not other_quarter("Q4 2021", (4, None))
    assert not other_quarter("FY2021", (3, None))
