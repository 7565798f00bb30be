"""The filing's words must pin one amount of the claim's own period.

A bank's quarterly release discusses each line twice, against the linked quarter and against
the year-ago quarter, under headings its sentences do not carry; and it recalls the quarter
before in sentences that name it. An industrial 10-K's notes list a line's amounts year by year
in one sentence ("$A in 2012, $B in 2011 and $C in 2010"), and its results summary sets the
year before against the year reported ("compared to a loss of $B"). An article's amount echoes
such a sentence only when the words pin it to the claim's period (``prose_echo``,
``prose_context``). The sentences are the project's own; each hazard has its must-not-fire
twin.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pipeline.verify.prose_context import lead_years, named_quarter, other_quarter
from pipeline.verify.prose_echo import echo
from tests.test_prose_echo import _document, _unverifiable

Q4 = (date(2021, 10, 1), date(2021, 12, 31), "fiscal Q4 2021")
FY2012 = (date(2012, 1, 1), date(2012, 12, 31), "FY2012")
FY2011 = (date(2011, 1, 1), date(2011, 12, 31), "FY2011")
FY2022 = (date(2022, 1, 1), date(2022, 12, 31), "FY2022")


def _verdict(filing: str, article: str, figure: str, period=Q4, reported=None) -> str:
    v = _unverifiable(article, figure)
    start, end, label = period
    v = replace(v, claim=replace(v.claim, period_start=start, period_end=end,
                                 period_label=label))
    return echo(v, [_document(filing, period_end=reported or end)]).verdict


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
    text = "The benefit was $33 million in the fourth quarter, compared with $20 million in Q1."
    at = text.index("$33")
    assert named_quarter(text, (at, at + 11)) == (4, None)
    assert other_quarter("fiscal Q4 2021", (3, 2021))
    assert other_quarter("Q4 2021", (4, 2020))
    assert not other_quarter("Q4 2021", (4, None))
    assert not other_quarter("FY2021", (3, None))


def test_a_quarter_named_after_its_figure_is_the_figures():
    filing = ("This compares with $167 million in common dividends during third quarter 2021 "
              "and $168 million during fourth quarter 2020.")
    article = "The lender paid $167 million in common dividends in the fourth quarter."
    assert _verdict(filing, article, "$167 million") == "unverifiable"
    own = "The lender paid $167 million in common dividends during fourth quarter 2021."
    assert _verdict(own, article, "$167 million") == "supported"


YEARS = ("Stripping costs included in inventory produced were $37,875,000 in 2012, $40,049,000 "
         "in 2011 and $40,842,000 in 2010.")
DASHES = ("Receivable write-offs for the years were as follows: 2012 — $2,805,000, 2011 — "
          "$2,651,000 and 2010 — $4,317,000.")


def test_a_list_of_years_pairs_each_amount_with_its_own_year():
    article = "Stripping costs included in inventory came to {} in 2012."
    assert _verdict(YEARS, article.format("$40.0 million"), "$40.0 million",
                    FY2012) == "unverifiable"
    assert _verdict(YEARS, article.format("$37.9 million"), "$37.9 million",
                    FY2012) == "supported"
    article = "Receivable write-offs for the year were {} in 2011."
    assert _verdict(DASHES, article.format("$2.8 million"), "$2.8 million", FY2011,
                    reported=date(2012, 12, 31)) == "unverifiable"
    assert _verdict(DASHES, article.format("$2.7 million"), "$2.7 million", FY2011,
                    reported=date(2012, 12, 31)) == "supported"


SUMMARY = ("Reclamation spending of the quarry unit for 2012 was $52.6 million, compared to "
           "reclamation spending of $70.8 million, or 4% of its sales.")


def test_the_other_side_of_a_comparison_is_its_base_not_the_years_figure():
    article = "The quarry unit's reclamation spending was {} in 2012."
    assert _verdict(SUMMARY, article.format("$70.8 million"), "$70.8 million",
                    FY2012) == "unverifiable"
    assert _verdict(SUMMARY, article.format("$52.6 million"), "$52.6 million",
                    FY2012) == "supported"
    text = "Results for 2012 were $52.6 million, more than the unit's $70.8 million."
    at = text.index("$70.8")
    assert lead_years(text, (at, at + 13)) == frozenset()
    at = text.index("$52.6")
    assert lead_years(text, (at, at + 13)) == frozenset({"2012"})


FY2023 = (date(2023, 1, 1), date(2023, 12, 31), "FY2023")


def test_a_period_named_by_the_day_it_ended_dates_its_figure():
    # (a prospectus's MD&A discusses two years and a half; the document reports the last)
    led = ("During the year ended December 31, 2022, operating activities used $38.5 million "
           "of cash, mainly for trial costs.")
    article = "Operating activities used $38.5 million of cash in the trial-heavy year."
    assert _verdict(led, article, "$38.5 million", FY2023) == "unverifiable"
    assert _verdict(led, article, "$38.5 million", FY2022) == "supported"
    after = ("The developer recorded $1.25 million of sublicense costs for the year ended "
             "December 31, 2022.")
    article = "The developer recorded $1.25 million of sublicense costs in the year."
    assert _verdict(after, article, "$1.25 million", FY2023) == "unverifiable"
    assert _verdict(after, article, "$1.25 million", FY2022) == "supported"


def test_a_compound_word_is_no_comparison():
    # (a bank's "other-than-temporary impairment" compares nothing: the year stays the figure's)
    text = ("During 2008, we recorded an other-than-temporary impairment charge of $1.2 million "
            "on trust preferred securities.")
    at = text.index("$1.2")
    assert lead_years(text, (at, at + 12)) == frozenset({"2008"})
