"""The constant-currency basis spelled out ("excluding the effects of foreign exchange rate
movements"), and the words of it that lead on to the rate they give ("a rise of 9%, excluding
... for 13% growth"): the 9% is the reported rate, the 13% the constant-currency one. Sentences
are the project's own paraphrases; verdicts read a real release in place (corpus)."""

from __future__ import annotations

from tests.conftest import corpus_verdicts

RELEASE = "8k-adbe-0000796343-23-000044/adbeex991q123.htm"


def test_the_rate_before_the_words_is_the_reported_one():
    text = ("Adobe's first quarter revenue reached $4.655 billion versus $4.262 billion a year "
            "before, a rise of 9%, excluding the effects of foreign exchange rate movements "
            "for 13% growth over the prior year.")
    found = corpus_verdicts(RELEASE, None, text)
    assert found["9%"] == ("supported", "revenue_growth")
    assert found["13%"] == ("supported", "revenue_growth_constant_currency")


def test_the_words_after_a_rate_still_adjust_it():
    text = ("Adobe's first quarter revenue was $4.655 billion, an increase of 13%, excluding "
            "the impact of foreign exchange rates.")
    found = corpus_verdicts(RELEASE, None, text)
    assert found["13%"] == ("supported", "revenue_growth_constant_currency")
    other = corpus_verdicts(RELEASE, None, "Adobe's first quarter revenue was $4.655 billion, "
                            "an increase of 13%, excluding an acquisition's revenue of 4%.")
    assert other["13%"][0] == "unverifiable"  # adjusted otherwise: no filed figure
