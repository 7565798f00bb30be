"""A word the article itself gives a part by a word for a part after it ("the <Name>
segment") is never the filer's word, however often the lead names it: taken for the filer's,
"In the <Name> segment, net sales rose 1% to $X" lost its part once the segment was named a
third time, and its level drifted against the company's net sales. The filer's own name, most
named in the lead, is still the filer's. Sentences written for the project around a
consumer-goods maker's year, with its segment names."""

from __future__ import annotations

from datetime import date

from tests.conftest import claims_in, corpus_verdicts

RELEASE = "dev/10-K-EX-99.1_CLX_2022-06-30.html"
FILED = date(2022, 8, 10)
LEAD = "The cleaning-products maker posted fiscal 2022 net sales of $7.11 billion.\n\n"
NAMED_AGAIN = ("In the Health and Wellness segment, net sales slid 10% to $2.62 billion. Health "
               "and Wellness segment net sales suffered from thinner shipments, and the Health "
               "and Wellness segment's pretax earnings shrank 2% to $301 million.")


def test_a_segment_named_thrice_keeps_its_level():
    claims = claims_in(LEAD + NAMED_AGAIN)
    assert [c.entity for c in claims if c.text == "$2.62 billion"] == [
        "Health and Wellness segment"]


def test_a_segment_named_thrice_is_never_compared_with_the_total():
    found = corpus_verdicts(RELEASE, FILED, LEAD + NAMED_AGAIN, form="10-K")
    assert found["$2.62 billion"][0] == "unverifiable"


def test_the_filers_own_name_named_thrice_is_still_the_filers():
    text = ("Zentrix posted fiscal 2022 net sales of $7.11 billion. Zentrix said demand eased.\n\n"
            "Zentrix net sales fell 3% to $7.11 billion in the year.")
    claims = claims_in(text)
    assert {c.entity for c in claims if c.text == "$7.11 billion"} == {None}


PROFIT_LEAD = ("The cleaning-products maker posted fiscal 2022 net sales of $7.11 billion and "
               "pretax earnings of $607 million.\n\n")


def test_a_name_the_article_calls_a_segment_owns_the_profit_line_before_it():
    text = (PROFIT_LEAD + "Household pretax earnings sank 38% to $236 million. Sales of the "
            "Household segment held steady.")
    claims = claims_in(text)
    assert [c.entity for c in claims if c.text == "$236 million"] == ["Household"]
    found = corpus_verdicts(RELEASE, FILED, text, form="10-K")
    assert found["$236 million"][0] == "unverifiable"


def test_a_name_the_article_never_calls_a_part_keeps_the_total():
    text = PROFIT_LEAD + "Household pretax earnings sank 38% to $236 million."
    assert [c.entity for c in claims_in(text) if c.text == "$236 million"] == [None]
