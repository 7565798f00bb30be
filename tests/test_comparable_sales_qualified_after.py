"""A comparable sales rate whose own qualifier follows it is no company comparable sales growth
(a second audit of stored facts, 2026-12, probing the readers with the phrasings retailers use):
"increased 4.2% in 2023, excluding the impact of fuel" is a measure without fuel, and stored as
the company's comparable sales it would drift an article's total comparable sales. A qualifier
before the figure was refused already; one right after the figure (past the period it names)
now is too. A clause that only goes on ("and were lifted by ... foreign currency"), or the
drivers after a comma, leave the figure the company's.

Sentences here are the project's own paraphrases."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.comparable_sales import sentence_comparable_sales
from extractors.sentences import Sentence

FY = {2022: (date(2022, 1, 30), date(2023, 1, 28))}


def stated(text):
    fact = sentence_comparable_sales(Sentence(0, len(text), text), "t.htm", FY)
    return None if fact is None else (str(fact.value), fact.period_start, fact.period_end)


@pytest.mark.parametrize("text", [
    "Comparable sales for 2022 increased 3.3%, excluding the effect of gasoline prices.",
    "Comparable sales increased 3.3% in 2022, excluding the impact of fuel sales.",
    "Comparable sales increased 3.3% (ex-fuel) during 2022.",
    "Comparable sales increased 3.3% during 2022 on a constant currency basis.",
    "Comparable sales rose 3.3% in 2022 at constant exchange rates.",
])
def test_a_qualifier_right_after_the_figure_leaves_no_comparable_sales(text):
    assert stated(text) is None


@pytest.mark.parametrize("text", [
    "Comparable sales for 2022 increased 3.3%, driven by a larger basket per visit.",
    "Comparable sales increased 3.3% during 2022 and were helped by traffic and by changes in "
    "foreign currency.",
])
def test_words_that_only_go_on_after_the_figure_keep_it(text):
    assert stated(text) == ("3.3", *FY[2022])
