"""A year-back phrase said of a clause's subject dates that clause's figure (found in session
47, written as paraphrases and checked on a retailer's quarterly release):

- "Net income a year earlier was $X", "Sales a year ago came to $X", "The prior-year net income
  was $X": the phrase stands in the subject, between its noun and the verb of being that leads
  to the figure; left unread, the figure took the quarter in force and drifted against the
  current figure;
- "A year ago, nine-month net income was $X": a yearless period of the clause ("nine-month",
  "third-quarter") is moved a year back by the phrase heading the clause; read alone, it was the
  current nine months and drifted.

Twins: a comparison's base ("rose from a year earlier to $X") and a clause break between the
phrase and the figure keep the current period, so a wrong current figure still drifts.
"""

import pytest

from tests.conftest import corpus_verdicts

_RELEASE = "8k-buckle-2024-11-22/BuckleInc.8-K.EX99.1.html"
_FILED = "2024-11-22"
_HEAD = "A mall retailer reported results for the quarter ended Nov. 2, 2024.\n\n"
_QUARTER = "Quarterly profit came to $44.2 million. "
_NINE = "Profit for the first nine months totaled $118.3 million. "


def _verdict(text: str, figure: str) -> str:
    from datetime import date

    return corpus_verdicts(_RELEASE, date.fromisoformat(_FILED), _HEAD + text)[figure][0]


@pytest.mark.parametrize("sentence", [
    _QUARTER + "Net income a year earlier was $51.8 million.",
    _QUARTER + "Profit a year ago came to $51.8 million.",
    _QUARTER + "The prior-year net income was $51.8 million.",
    _QUARTER + "Its year-earlier net income was $51.8 million.",
    _QUARTER + "A year ago, quarterly net income was $51.8 million.",
    _NINE + "Nine-month net income a year earlier was $140.3 million.",
    _NINE + "A year earlier, nine-month net income was $140.3 million.",
    _NINE + "In the prior year, net income for the nine months was $140.3 million.",
    _NINE + "Nine-month net sales in that period a year earlier were $878.7 million.",
])
def test_a_year_back_phrase_in_the_subject_dates_its_figure(sentence):
    figure = next(f for f in ("$51.8 million", "$140.3 million", "$878.7 million")
                  if f in sentence)
    assert _verdict(sentence, figure) == "supported"


@pytest.mark.parametrize("sentence, figure", [
    # a comparison's base: the figure after "to" is the current quarter's, and wrong
    (_QUARTER + "Sales rose from a year earlier to $303.5 million.", "$303.5 million"),
    # set off by commas, the phrase is an aside of the verb, not the subject's time
    (_QUARTER + "Net income, down from a year earlier, was $44.7 million.", "$44.7 million"),
    # a clause break between the year-back phrase and the figure: the nine months are current
    (_NINE + "A year earlier sales were higher, but nine-month net income was $140.3 million.",
     "$140.3 million"),
])
def test_a_year_back_phrase_outside_the_subject_leaves_the_current_period(sentence, figure):
    assert _verdict(sentence, figure) == "drifted"


_HOME = ("10q-10k/10-Q_HD_0000354950-23-000185.html", "2023-08-22")
_HOME_HEAD = ("A home-improvement chain said sales for the second quarter of fiscal 2023, ended "
              "July 30, eased 2.0% to $42.9 billion.\n\n")


def _home_verdict(text: str, figure: str) -> str:
    from datetime import date

    relative, filed = _HOME
    return corpus_verdicts(relative, date.fromisoformat(filed), _HOME_HEAD + text,
                           form="10-Q")[figure][0]


def test_a_rate_whose_subject_is_dated_a_year_back_is_that_years_rate():
    # the filing's year-before column prints the comparable-sales rate of that quarter
    assert _home_verdict("Same-store sales a year ago rose 5.8%.", "5.8%") == "supported"


def test_a_rate_after_the_year_back_comparison_stays_the_current_rate():
    # (must not fire: "from a year ago" is the base of the current quarter's rate, and 5.8%
    # is not the current quarter's comparable-sales change)
    assert _home_verdict("Same-store sales rose 5.8% from a year ago.", "5.8%") == "drifted"
