"""The growth of parts a release's sentences state in the filer's own words
(extractors.growth_prose) and an article's growth of a part in those words
(pipeline.verify.stated_growth): USB's Q4 2021 release says average loans grew on "growth in
credit card balances (2.1 percent) and other retail loans (20.3 percent)", the growth of the row
labelled only "Other" (+20.3%), while its "Total other retail" row grew 7.2%."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors.growth_prose import stated_parts, year_over_year
from extractors.release_dates import ReleaseCalendar
from tests.conftest import stored_corpus_facts, verify_text

_CALENDAR = ReleaseCalendar((12, 31), (2021, 4))
_LEAD = "U.S. Bancorp reported results for the fourth quarter of 2021. "


@pytest.fixture(scope="module")
def usb_facts():
    return stored_corpus_facts("dev/EX-99.1_USB_2021-12-31.html", "0000036104-22-000008", "8-K",
                               date(2022, 1, 19))


def _stated(facts):
    return {(sf.fact.entity, sf.fact.value, sf.fact.period_start, sf.fact.period_end)
            for sf in facts if sf.fact.metric == "stated_part_growth"}


@pytest.mark.corpus
def test_the_release_states_the_growth_of_its_parts_in_its_words(usb_facts):
    # only the rises the list names before "offset by lower ..." and only year over year: the
    # linked-quarter sentence ("higher than the third quarter of 2021") names one quarter
    q4 = (date(2021, 10, 1), date(2021, 12, 31))
    assert _stated(usb_facts) == {("credit card balances", Decimal("2.1"), *q4),
                                  ("other retail loans", Decimal("20.3"), *q4)}


@pytest.mark.parametrize("text, parts", [
    ("The increase was due to growth in card balances (2.1 percent), auto loans (5 percent) "
     "and leases (0.4 percent) offset by lower mortgages (1.2 percent).",
     [("card balances", "2.1"), ("auto loans", "5"), ("leases", "0.4")]),
    # a fall opens the list: nothing is read as a rise
    ("The decrease was due to lower mortgages (1.2 percent) and leases (3 percent).", []),
    # a clause after the first item ends the list
    ("Growth in deposits (4 percent) was driven by savings accounts (9 percent).",
     [("deposits", "4")]),
    # a period or a figure's words in the parentheses' lead are no part
    ("Revenue was higher than the fourth quarter of 2020 (3 percent).", []),
])
def test_the_list_of_rises_after_a_growth_lead(text, parts):
    assert stated_parts(text) == [(words, Decimal(figure)) for words, figure in parts]


@pytest.mark.parametrize("text, dated", [
    ("Average loans for the fourth quarter of 2021 were $1 billion higher than the fourth "
     "quarter of 2020.", True),
    # the quarter before is no year over year
    ("Average loans for the fourth quarter of 2021 were $1 billion higher than the third "
     "quarter of 2021.", False),
    # two quarters named without a comparison between them
    ("Results for the fourth quarter of 2021 and the fourth quarter of 2020 are shown.", False),
])
def test_a_sentence_is_dated_by_its_comparison_a_year_apart(text, dated):
    found = year_over_year(text, _CALENDAR)
    assert found == ((date(2021, 10, 1), date(2021, 12, 31)) if dated else None)


_TOTAL = ("Average total loans in the fourth quarter of 2021 rose $447 million (0.1 percent) "
          "from the fourth quarter of 2020. ")


def _verdict_of(text: str, facts, figure: str):
    found = [v for key, v in verify_text(_LEAD + _TOTAL + text, facts).items() if figure in key]
    assert len(found) == 1, figure
    return found[0]


@pytest.mark.corpus
@pytest.mark.parametrize("sentence, figure", [
    # the filer's words, reordered in the article's own sentence
    ("The increase came mainly from growth in other retail loans (20.3 percent) and credit "
     "card balances (2.1 percent).", "20.3 percent"),
    ("The increase came mainly from growth in other retail loans (20.3 percent) and credit "
     "card balances (2.1 percent).", "2.1 percent"),
    # the kind word dropped and a plural: the filer's part all the same
    ("The increase came mainly from growth in other retail (20.3 percent).", "20.3 percent"),
    ("The increase came mainly from growth in credit card balance (2.1 percent).",
     "2.1 percent"),
])
def test_an_article_quoting_the_filers_words_is_supported(usb_facts, sentence, figure):
    got = _verdict_of(sentence, usb_facts, figure)
    assert got.verdict == "supported", got.reason
    assert [e.metric for e in got.evidence] == ["stated_part_growth"]


@pytest.mark.corpus
@pytest.mark.parametrize("sentence, figure", [
    # the filer's words with another figure: the stated growth does not settle it, and the
    # table's "Total other retail" (+7.2%) is no evidence for the filer's words either
    ("The increase came mainly from growth in other retail loans (11.0 percent).",
     "11.0 percent"),
    # another part's words with the stated figure: never supported by the value alone
    ("The increase came mainly from growth in auto loans (20.3 percent).", "20.3 percent"),
    ("The increase came mainly from growth in total other retail loans (20.3 percent).",
     "20.3 percent"),
])
def test_a_figure_the_filer_does_not_state_in_those_words_is_not_supported(usb_facts, sentence,
                                                                             figure):
    got = _verdict_of(sentence, usb_facts, figure)
    assert got.verdict == "unverifiable", got.reason
