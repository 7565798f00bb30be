"""Expectations written in more ways (``expectation_words``): the forecasters' figure or the
company's outlook is not_checkable wherever its words stand, the reported figure of the same
sentence stays checkable (sentences are the project's own paraphrases)."""

from __future__ import annotations

import pytest

from tests.test_claims import claims_of


def reason(found: dict, key: str) -> str | None:
    (claim,) = [c for text, c in found.items() if key in text]
    return claim.not_checkable_reason


def check(sentence: str, expectations: list[str], reported: list[str]) -> None:
    found = claims_of("Widgetco reported its results on Tuesday.\n\n" + sentence)
    for key in expectations:
        assert reason(found, key), key
    for key in reported:
        assert reason(found, key) is None, key


@pytest.mark.parametrize("sentence, expectations, reported", [
    # the distance from what the forecasters expected (a trade site on a software maker's miss)
    ("Sales of $61.2 billion came in a full $900 million behind what analysts had been "
     "expecting.", ["$900 million"], ["$61.2 billion"]),
    ("Quarterly EPS landed 4 cents behind the consensus estimate.", ["4 cents"], []),
    # a participle before the singular noun, the result after it
    ("An expected earning of $1.40 per share actually came in at $1.22 per share.",
     ["$1.40"], ["$1.22"]),
    # the forecasters' participle after a verb of exceeding
    ("Diluted EPS for the period was $3.05, exceeding the estimated $2.98.", ["$2.98"],
     ["$3.05"]),
    ("Revenue reached $8.8 billion, surpassing the projected $8.6 billion.",
     ["$8.6 billion"], ["$8.8 billion"]),
    ("Subscription revenue grew to $2.1 billion, outpacing the forecasted $2.0 billion.",
     ["$2.0 billion"], ["$2.1 billion"]),
    # the passive of a forecast after the figure, the forecasters' figure named by what it was
    ("Fourth-quarter revenue of $3.3 billion is expected.", ["$3.3 billion"], []),
    ("Sales of $1.1 billion are forecast for the period.", ["$1.1 billion"], []),
    ("Sales were $2.45 billion; $2.40 billion was the consensus.", ["$2.40 billion"],
     ["$2.45 billion"]),
    ("Revenue came in at $7.9 billion, while the Street was bracing for $8.2 billion.",
     ["$8.2 billion"], ["$7.9 billion"]),
    ("EPS was $0.88, compared with a whisper number of $0.92.", ["$0.92"], ["$0.88"]),
    ("The chief executive offered a $300 million prediction for the period.",
     ["$300 million"], []),
    ("Tariffs may add $700 million to the carrier's costs.", ["$700 million"], []),
    ("He said the levy would shave $0.10 off earnings per share.", ["$0.10"], []),
    ("Without the charge, profit would have been $2.2 billion.", [], ["$2.2 billion"]),
    ("Sales in May reached $2.2 billion.", [], ["$2.2 billion"]),
])
def test_expectations_in_more_phrasings_are_not_checkable(sentence, expectations, reported):
    check(sentence, expectations, reported)


@pytest.mark.parametrize("sentence, expectations, reported", [
    # the old outlook a revised one is measured against (recaps of a streamer's quarter)
    ("The miner lifted its annual gross margin guidance to 41.5%, up from the previous 40%.",
     ["41.5%", "40%"], []),
    ("It now expects an adjusted operating margin of 22.5%, up from 22% (23% on a reported "
     "basis).", ["22.5%", "22%", "23%"], []),
    # ... never a past result the words after the base name
    ("It now expects an operating margin of 30%, up from 27% in the prior year.", ["30%"],
     ["27%"]),
    ("The company raised its full-year sales outlook to $9 billion, up from $8.4 billion "
     "last year.", ["$9 billion"], ["$8.4 billion"]),
    # ... nor the base of a result, however the sentence goes on
    ("Margin rose to 31%, up from the previous 29%, and the company raised its outlook.", [],
     ["31%", "29%"]),
    ("The bank expects revenue of $4 billion next year, up from $3.6 billion.", ["$4 billion"],
     ["$3.6 billion"]),
])
def test_the_base_of_a_revised_outlook_is_the_old_outlook(sentence, expectations, reported):
    check(sentence, expectations, reported)


@pytest.mark.parametrize("sentence, expectations, reported", [
    # a period still to come in the figure's own clause (news sites on a device maker's quarter)
    ("Levies could push the retailer's costs up by as much as $450 million in the next "
     "quarter.", ["$450 million"], []),
    ("The carrier believes fuel will lift its expenses by at least $120 million in its coming "
     "fiscal year.", ["$120 million"], []),
    ("Next quarter, freight costs of $80 million will weigh on margins.", ["$80 million"], []),
    # ... never a balance's horizon, a debt's maturity, a deal's closing or a past 'next year'
    ("It has $1.5 billion of debt due in the next year.", [], ["$1.5 billion"]),
    ("Its cash of $4 billion is sufficient for operations over the next year.", [],
     ["$4 billion"]),
    ("The $2 billion deal is expected to close in the next quarter.", [], ["$2 billion"]),
    ("Revenue rose to $5 billion in 2019 and to $6 billion the next year.", [],
     ["$5 billion", "$6 billion"]),
    ("It spent $3 billion in the quarter and plans to spend more next year.", [],
     ["$3 billion"]),
])
def test_a_figure_of_a_period_to_come_is_an_outlook(sentence, expectations, reported):
    check(sentence, expectations, reported)


@pytest.mark.parametrize("sentence", [
    # a result after the outlook's words, reported
    "The company expects growth to continue after posting revenue of $5.1 billion in the "
    "quarter.",
    "The group anticipates steady demand, having generated $5.1 billion of free cash flow in "
    "the half.",
    # "expected" and "estimated" that compare a result or name a filed term
    "The company reported higher than expected revenue of $5.1 billion.",
    "Revenue of $5.1 billion was ahead of estimates.",
    "Sales reached $5.1 billion, exceeding $4.9 billion a year earlier.",
    "The equipment, with an estimated useful life of 7 years, cost $5.1 billion.",
])
def test_a_reported_figure_beside_expectation_words_stays_checkable(sentence):
    check(sentence, [], ["$5.1 billion"])


# a machine summary's run-on bullets on a streamer's quarter: the estimate's noun takes its own
# figure, never a later action's ("and marking", a spaced dash and the next item)
def test_an_estimates_object_ends_at_another_action():
    found = claims_of("Widgetco reported EPS of $3.61, beating estimates by $0.05 and marking a "
                      "96% YoY increase [2] - fourth-quarter sales hit $9.80 billion, topping "
                      "analyst forecasts of $9.70 billion [3] - Widgetco added 12 million new "
                      "members in Q4.")
    assert reason(found, "$0.05") and reason(found, "$9.70 billion")
    assert reason(found, "96%") is None and reason(found, "12 million") is None
    # ... a list of the noun's own objects stays its
    found = claims_of("Analysts had estimates of $1.10 a share and revenue of $5.2 billion.")
    assert reason(found, "$1.10") and reason(found, "$5.2 billion")
