"""The echo check (``prose_echo``) where the filing's prose states the article's amount in
other spellings of the same words:

- the act named by another word of its family ("bought" and "completed" for the filer's
  "acquisition" that "closed": ``echo_words``);
- a per-share amount the filing writes in cents ("an increase of 8 cents per share");
- an annual report's sentence about a year two years before its own (its notes tell its year
  and the two before), which the documents read for the echo now include.

The sentences are the project's own; the last test reads a real 10-K in place.
"""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

from core.verdicts import Article, Verification
from extractors.sentences import split_sentences
from pipeline.verify.claims import extract_claims
from pipeline.verify.echo_words import echo_word
from pipeline.verify.prose_echo import ProseDocument, echo, read_prose_figures
from pipeline.verify.prose_source import _within_reach
from tests.conftest import article_verdicts, ingested_settings


def _document(text: str, period_end: date = date(2024, 12, 31),
              form: str = "8-K") -> ProseDocument:
    return ProseDocument("0000000000-25-000001", form, date(2025, 1, 20),
                         "https://www.sec.gov/Archives/x.htm", period_end,
                         read_prose_figures(split_sentences(text)))


def _unverifiable(text: str, figure: str, unit: str = "USD") -> Verification:
    claims = extract_claims(Article("t", text, hashlib.sha256(text.encode()).hexdigest()))
    claim = next(c for c in claims if c.text.startswith(figure))
    return Verification(claim, "unverifiable", gap="no_metric", reason=(
        f"no filed metric is named near this figure ({unit})"))


DEALS = _document("The period includes $37 million of advisory revenue from acquisitions that "
                  "closed during the year.")


def test_a_deal_named_in_other_words_of_its_family_is_echoed():
    v = echo(_unverifiable("The lender booked $37 million of advisory revenue from buyouts "
                           "it completed during the year.", "$37 million"), [DEALS])
    assert v.verdict == "supported"
    assert v.filed_value == Decimal("37E6")
    assert echo_word("bought") == echo_word("acquisitions") == echo_word("purchased")
    assert echo_word("completed") == echo_word("closed")


def test_one_shared_word_with_the_family_is_still_no_echo():
    # (the family counts once: "advisory" alone, beside a deal word, is two; a deal word and
    # nothing else the filing says is one)
    one = echo(_unverifiable("The lender spent $37 million on buyouts of small rivals.",
                             "$37 million"), [DEALS])
    assert one.verdict == "unverifiable"
    # a word outside every family is compared as written
    assert echo_word("revenue") == "revenue"


CENTS = _document("On January 15, 2025, the board raised the quarterly dividend to $0.96 per "
                  "share, an increase of 8 cents per share, or 9%.")


def test_a_per_share_amount_in_cents_is_read_from_the_filings_prose():
    assert [(f.value, f.unit) for f in CENTS.figures] == [
        (Decimal("0.96"), "USD/share"), (Decimal("0.08"), "USD/share")]
    v = echo(_unverifiable("The bank's board raised the quarterly dividend by 8 cents per "
                           "share.", "8 cents", "USD/share"), [CENTS])
    assert v.verdict == "supported"
    assert v.filed_value == Decimal("0.08")


def test_cents_of_no_share_and_a_dollar_figure_are_not_read_as_cents():
    text = ("Fuel cost 12 cents per gallon more. The board declared $1.25 cents per share "
            "dividend.")
    figures = read_prose_figures(split_sentences(text))
    assert all(f.value != Decimal("0.12") for f in figures)
    assert all(f.value != Decimal("0.0125") for f in figures)


def test_an_annual_reports_prose_reaches_two_years_back_a_quarterly_ones_one():
    assert _within_reach(date(2023, 12, 31), "10-K", {2021})
    assert not _within_reach(date(2024, 12, 31), "10-K", {2021})
    assert not _within_reach(date(2023, 9, 30), "10-Q", {2021})
    assert _within_reach(date(2022, 9, 30), "10-Q", {2021})
    assert not _within_reach(date(2019, 12, 31), "10-K", {2021})


PLTR = ("10q-10k/10-K_PLTR_0001321655-24-000022.html", 1321655, "10-K",
        "0001321655-24-000022", date(2024, 2, 20))


def test_a_purchase_two_years_before_the_10ks_year_is_echoed_from_its_note(tmp_path):
    settings = ingested_settings(tmp_path / "data", PLTR)
    verdicts = article_verdicts(settings, tmp_path, (
        "# A data-software maker's treasury\n\nThe company acquired $51 million of gold in "
        "2021 and has since sold it.\n"), PLTR[1])
    assert verdicts == {"$51 million": "supported"}
    # the same amount, another year: the note's purchase was 2021's
    other = article_verdicts(settings, tmp_path, (
        "# A data-software maker's treasury\n\nThe company acquired $51 million of gold in "
        "2022 and has since sold it.\n"), PLTR[1])
    assert other == {"$51 million": "unverifiable"}
