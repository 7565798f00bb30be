"""A paragraph about a part goes on about it (a stock-note site on a chipmaker's quarter: "the
Client segment revenues declined ... However, revenues increased 35% sequentially" was read as
the company's and drifted). Sentences are project-written paraphrases of the pattern."""

from tests.test_claims import claims_of

_PART = ("Acme reported second-quarter 2023 results.\n\nThe Client segment revenues declined "
         "53.6% year over year to $998 million. A weak PC market hurt the segment's revenues.\n\n")


def test_a_contrast_after_a_part_s_sentences_is_the_part_s():
    found = claims_of(_PART + "However, revenues increased 35% sequentially.")
    assert (found["35%"].metric, found["35%"].entity) == ("revenue_growth", "Client segment")


def test_words_of_the_whole_or_no_contrast_keep_the_company_s():
    found = claims_of(_PART + "However, total revenue increased 5% sequentially.")
    assert found["5%"].entity is None
    assert claims_of(_PART + "Revenues increased 5% sequentially.")["5%"].entity is None
    found = claims_of("Gaming revenue was $1.6 billion in Q2 2023. Also, revenue rose 18% to $5.4 "
                      "billion.")
    assert found["18%"].entity is None
    # a figure of the whole between: the contrast is about the whole
    found = claims_of("Gaming revenue was $1.6 billion in Q2 2023. Revenue was $5.4 billion. "
                      "However, revenue fell 18%.")
    assert found["18%"].entity is None
