"""An amount an article quotes in the filing's own words: supported by that sentence.

The pure rule (``prose_echo``) on sentences written here, then the whole path (ingest a corpus
filing, verify an article file) on a homebuilder's 10-K, whose MD&A states in prose what it
spent on land; the articles are the project's own sentences.
"""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.verdicts import Article, Verification
from extractors.sentences import split_sentences
from pipeline.verify.claims import extract_claims
from pipeline.verify.prose_context import is_base
from pipeline.verify.prose_echo import ProseDocument, echo, read_prose_figures
from tests.conftest import article_verdicts, ingested_settings

FILING = ("In the second quarter the railroad recorded a $55 million charge for its new crew "
          "staffing agreement, and its weighted-average debt level was $32.8 billion. "
          "Profit for the period reached $4.7 billion, equal to $4.65 per diluted share.")


def _document(text: str = FILING, period_end: date | None = date(2025, 6, 30)) -> ProseDocument:
    return ProseDocument("0000000000-25-000001", "10-Q", date(2025, 7, 24),
                         "https://www.sec.gov/Archives/x.htm", period_end,
                         read_prose_figures(split_sentences(text)))


def _unverifiable(text: str, figure: str, reason: str = "no filed metric is named near this "
                  "figure (USD)", period_end: date | None = None,
                  gap: str | None = "no_metric") -> Verification:
    claims = extract_claims(Article("t", text, hashlib.sha256(text.encode()).hexdigest()))
    claim = next(c for c in claims if c.text.startswith(figure))
    if period_end is not None:
        from dataclasses import replace
        claim = replace(claim, period_end=period_end)
    return Verification(claim, "unverifiable", reason=reason, gap=gap)


def test_prose_figures_read_amounts_and_per_share_amounts():
    figures = _document().figures
    assert [(f.value, f.unit) for f in figures] == [
        (Decimal("55E6"), "USD"), (Decimal("32.8E9"), "USD"), (Decimal("4.7E9"), "USD"),
        (Decimal("4.65"), "USD/share")]
    assert {"crew", "staffing", "charge", "agreement"} <= figures[0].words


def test_a_table_row_printed_as_text_is_not_prose():
    row = "Revenue\t$ 6,150\t$ 6,027\t2 %"
    assert read_prose_figures(split_sentences(row)) == ()


def test_an_amount_in_the_filings_words_is_supported_by_its_sentence():
    v = echo(_unverifiable("Results absorbed a $55 million crew staffing charge.",
                           "$55 million"), [_document()])
    assert v.verdict == "supported"
    assert v.filed_value == Decimal("55E6")
    assert "crew staffing agreement" in v.evidence[0].text
    assert v.evidence[0].locator.startswith("chars ")


def test_a_per_share_amount_echoes_only_a_per_share_amount():
    v = echo(_unverifiable("Profit came to $4.65 per diluted share.", "$4.65",
                           "no filed metric is named near this figure (USD/share)"),
             [_document()])
    assert v.verdict == "supported"
    assert v.evidence[0].unit == "USD/share"


@pytest.mark.parametrize("text, figure", [
    # the same digits under other words: a coincidence, not an echo
    ("The buyer paid $55 million for a warehouse in Ohio.", "$55 million"),
    # one shared word of substance is not enough
    ("It paid a $55 million settlement charge.", "$55 million"),
    # the article's figure rounds otherwise
    ("The crew staffing agreement cost $56 million.", "$56 million"),
])
def test_no_echo_without_the_filings_words_and_figure(text, figure):
    assert echo(_unverifiable(text, figure), [_document()]).verdict == "unverifiable"


def test_a_base_echoes_only_a_base():
    filing = _document("Land spending was $437 million in 2011, compared to $336 million in "
                       "2010, for land and land development.", period_end=None)
    assert is_base("compared to $336 million", (12, 25))
    level = _unverifiable("Land and land development spending reached $336 million.",
                          "$336 million")
    assert echo(level, [filing]).verdict == "unverifiable"


def test_another_period_than_the_document_reports_is_no_echo():
    v = _unverifiable("Results absorbed a $55 million crew staffing charge.", "$55 million",
                      period_end=date(2024, 12, 31))
    assert echo(v, [_document()]).verdict == "unverifiable"
    assert echo(v, [_document(period_end=date(2024, 12, 31))]).verdict == "supported"


def test_only_a_claim_left_unverifiable_for_want_of_a_line_is_echoed():
    for reason in ("the figure is filed as another: ...", "an adjusted figure (“adjusted”)"):
        v = _unverifiable("Results absorbed a $55 million crew staffing charge.",
                          "$55 million", reason, gap=None)
        assert echo(v, [_document()]).verdict == "unverifiable"
    pct = _unverifiable("Velocity rose 10% as crew staffing improved.", "10%",
                        "no filed metric is named near this figure (percent)")
    assert echo(pct, [_document("Crew staffing velocity rose 10% in the quarter.")]) == pct


SPF = ("dev/10-K_SPF_0000878560-12-000008.html", 878560, "10-K", None, date(2012, 2, 28))


def test_a_homebuilders_land_spending_is_supported_by_its_10k_sentence(tmp_path):
    settings = ingested_settings(tmp_path / "data", SPF)
    verdicts = article_verdicts(settings, tmp_path, (
        "# Standard Pacific's 2011\n\nIn 2011 the builder put $437 million into land and "
        "land development, up from $336 million in 2010.\n"), SPF[1])
    assert verdicts == {"$437 million": "supported", "$336 million": "supported"}
    # the same digits under words the filing does not use near them echo nothing
    other = article_verdicts(settings, tmp_path, (
        "# Standard Pacific's 2011\n\nIn 2011 the builder bought $437 million of office "
        "furniture.\n"), SPF[1])
    assert other == {"$437 million": "unverifiable"}


def test_without_the_raw_store_the_claims_stay_as_the_facts_left_them(tmp_path):
    from pipeline.verify.api import verify_article
    from warehouse import connect

    settings = ingested_settings(tmp_path / "data", SPF)
    text = "The builder put $437 million into land and land development in 2011.\n"
    article = Article("a", text, hashlib.sha256(text.encode()).hexdigest())
    with connect(settings.db_path) as conn:
        plain = verify_article(conn, article, SPF[1])
        echoed = verify_article(conn, article, SPF[1], settings.raw_dir)
    assert [v.verdict for v in plain] == ["unverifiable"]
    assert [v.verdict for v in echoed] == ["supported"]


def test_the_report_reads_the_same_verdict_and_shows_the_filings_sentence(tmp_path):
    from pipeline.report import report_for

    settings = ingested_settings(tmp_path / "data", SPF)
    path = tmp_path / "article.md"
    path.write_text("# Standard Pacific's 2011\n\nIn 2011 the builder put $437 million into "
                    "land and land development.\n", encoding="utf-8")
    report = report_for(settings, str(path), cik=SPF[1])
    [claim] = [c for c in report["claims"] if c["text"] == "$437 million"]
    assert claim["verdict"] == "supported"
    assert "land and land development" in claim["evidence"][0]["text"]


def test_a_count_in_the_filings_words_is_supported_and_a_small_one_is_not_tried():
    filing = _document("At quarter end the retailer operated 445 retail stores across 42 "
                       "states and employed 2,100 seasonal associates.")
    assert [(f.value, f.unit) for f in filing.figures] == [
        (Decimal("445"), "count"), (Decimal("42"), "count"), (Decimal("2100"), "count")]
    stores = _unverifiable("It now runs 445 retail stores across the country.", "445",
                           "a figure of what the filings may state (“stores”), but no metric")
    assert stores.claim.unit == "count"
    assert echo(stores, [filing]).verdict == "supported"
    # (the same count under other words; a count under ten is equal by chance too often)
    other = _unverifiable("It now runs 445 delivery trucks across the country.", "445",
                          "a figure of what the filings may state (“trucks”), but no metric")
    assert echo(other, [filing]).verdict == "unverifiable"


def test_dates_years_and_references_are_no_counts():
    text = "See Note 12 and Item 7A; on June 30, 2013 the 10-K reported 3.5 tons."
    assert read_prose_figures(split_sentences(text)) == ()


def test_a_change_echoes_only_a_change():
    filing = _document("Selling costs grew $1.0 billion, reflecting an $898 million rise in "
                       "promotional spending for new devices.")
    change = _unverifiable("Promotional spending for new devices climbed by $898 million.",
                           "$898 million", "a change in an amount (its noun after the figure)",
                           gap="change")
    assert echo(change, [filing]).verdict == "supported"
    level = _unverifiable("Promotional spending for new devices came to $898 million.",
                          "$898 million")
    assert echo(level, [filing]).verdict == "unverifiable"


def test_more_than_before_is_a_change():
    filing = _document("Selling costs reflected an $898 million rise in promotional spending "
                       "for new devices.")
    more = _unverifiable("The maker put $898 million more into promotional spending for new "
                         "devices than a year before.", "$898 million")
    assert echo(more, [filing]).verdict == "supported"


def test_an_amount_a_cause_added_is_a_change():
    filing = _document("The longer fiscal year increased broadcast segment revenues by $11 "
                       "million.")
    added = _unverifiable("Four extra days added $11 million to broadcast segment revenues.",
                          "$11 million")
    assert echo(added, [filing]).verdict == "supported"


def test_only_the_documents_near_the_claims_years_are_read(tmp_path):
    from pipeline.verify.prose_source import prose_documents
    from warehouse import connect

    settings = ingested_settings(tmp_path / "data", SPF)
    with connect(settings.db_path) as conn:
        assert [d.period_end.year for d in prose_documents(conn, SPF[1], settings.raw_dir,
                                                           {2012})] == [2011]
        assert prose_documents(conn, SPF[1], settings.raw_dir, {2014}) == []
        assert len(prose_documents(conn, SPF[1], settings.raw_dir)) == 1
