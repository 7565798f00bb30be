"""A 10-Q's MD&A that states its amounts in thousands, and its figures of the prior-year
quarter, echoed (``prose_scale``, ``prose_echo``).

The filing sentences are the project's own, shaped as a bitcoin miner's 10-Q: a declaration
that the item's dollar amounts are in thousands, a gain of the quarter, and a loss its clause
puts in the prior-year period.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from extractors.sentences import split_sentences
from pipeline.verify import prose_context as ctx
from pipeline.verify.prose_echo import ProseDocument, echo, read_prose_figures
from tests.conftest import release_revenue, verify_text

DECLARED = ("All dollar amounts referenced in this Item 2 are in thousands, except per share, "
            "bitcoin, and per bitcoin amounts. ")
GAIN = ("The Company recognized gains of $23,354 on the sale of approximately 1,854 bitcoin "
        "in the quarter ended June 30, 2023.")
LOSS = ("Adjusted EBITDA also benefited from the absence of several expenses recorded in the "
        "prior-year period, including losses on digital assets held within the fund of $79,689 "
        "and gains on digital assets of $13,999.")
Q2 = (date(2023, 4, 1), date(2023, 6, 30))
Q2_BEFORE = (date(2022, 4, 1), date(2022, 6, 30))


def _document(text: str) -> ProseDocument:
    return ProseDocument("0000000000-23-000001", "10-Q", date(2023, 8, 3),
                         "https://www.sec.gov/Archives/x.htm", Q2[1],
                         read_prose_figures(split_sentences(text)))


def _amounts(text: str) -> list[Decimal]:
    return [f.value for f in read_prose_figures(split_sentences(text)) if f.unit == "USD"]


def test_amounts_after_a_declaration_in_words_are_in_thousands():
    assert _amounts(DECLARED + GAIN) == [Decimal("23354000")]
    # an amount per something is never scaled
    per = DECLARED + "The average price realized was $27,000 per bitcoin in the quarter."
    assert _amounts(per) == [Decimal("27000")]


def test_amounts_without_a_declaration_or_past_the_next_item_are_as_written():
    assert _amounts(GAIN) == [Decimal("23354")]
    after = DECLARED + "Item 3. Quantitative and Qualitative Disclosures. " + GAIN
    assert _amounts(after) == [Decimal("23354")]


ARTICLE = ("The miner reported its second quarter 2023 results. Gains on sale of bitcoin were "
           "$23.4 million in the quarter.")


def test_a_gain_the_md_and_a_states_in_thousands_is_echoed():
    facts = [release_revenue("81759", Q2)]
    v = verify_text(ARTICLE, facts)["$23.4 million"]
    assert v.verdict == "unverifiable"
    assert echo(v, [_document(DECLARED + GAIN)]).verdict == "supported"
    # read as written, the filer's $23,354 is no $23.4 million
    assert echo(v, [_document(GAIN)]).verdict == "unverifiable"


def _year_ago_loss(period: tuple):
    text = ("The miner reported its second quarter 2023 results. Year-ago comparisons "
            "were helped by the lack of a fund's $79.7 million loss on its digital assets.")
    facts = [release_revenue("81759", Q2), release_revenue("24923", Q2_BEFORE)]
    v = verify_text(text, facts)["$79.7 million"]
    return replace(v, claim=replace(v.claim, period_start=period[0], period_end=period[1]))


def test_a_figure_its_clause_puts_in_the_prior_year_echoes_a_claim_of_the_year_before():
    assert ctx.figure_role(LOSS, (LOSS.index("$79"), LOSS.index("$79") + 7)) == "level"
    v = _year_ago_loss(Q2_BEFORE)
    assert echo(v, [_document(DECLARED + LOSS)]).verdict == "supported"


def test_a_prior_year_figure_is_no_echo_of_the_documents_own_period():
    v = _year_ago_loss(Q2)
    assert echo(v, [_document(DECLARED + LOSS)]).verdict == "unverifiable"


def test_an_amount_then_and_gains_is_no_gain():
    text = "losses on digital assets of $79,689 and gains on digital assets"
    at = text.index("$79")
    assert ctx.figure_role(text, (at, at + 7)) == "level"
    changed = "losses on digital assets of $79,689 higher gains on digital assets"
    assert ctx.figure_role(changed, (at, at + 7)) == "change"
