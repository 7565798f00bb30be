"""The filer's own names: read from its filings' covers, stored per filing, given to the article
reader, which tells the filer from another company an article names beside it by them.

A story on two banks' quarters names both in its lead; before, every name the lead gave was
taken for the filer's, so the other bank's profit was checked against the filer's release
(supported when the digits happened to agree, drifted when not). And a story whose lead is on
another bank left the filer's own possessive, named further down, unread.
"""

from __future__ import annotations

import csv
import hashlib
from datetime import date

import pytest

from core.verdicts import Article
from extractors.registrant import registrant_name
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from pipeline.verify.filer_names import filer_runs, name_tokens, names_the_filer, rivals_beside
from tests.conftest import corpus_file, ingested_settings, stored_corpus_facts

# a bank's fourth-quarter release: net income 5,750 and diluted EPS 1.38, revenue 20,856
_RELEASE = ("dev/EX-99.1_WFC_2021-12-31.html", date(2022, 1, 14))
# the filer's names as the warehouse would give them (a placeholder, as EDGAR spells names)
_FILER = ("ACME BANCORP & COMPANY/MN",)


def _verdicts(text: str, filer_names: tuple[str, ...] = _FILER) -> list[tuple[str, str]]:
    relative, filed = _RELEASE
    facts = stored_corpus_facts(relative, "0000000000-00-000001", "8-K", filed)
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest(), filer_names)
    return [(v.claim.text, v.verdict) for v in verify_claims(extract_claims(article), facts)]


# --- the names compared ---------------------------------------------------------------------

@pytest.mark.parametrize("written", [
    "Acme Bancorp", "ACME BANCORP", "Acme Bancorp & Co.", "Acme Bancorp, Inc.",
    "The Acme Bancorp Company", "AcmeBancorp", "Acme", "Acme Bancorp's", "Acme Bancorp, N.A."])
def test_the_filer_however_spelled(written):
    assert names_the_filer(written, _FILER)


@pytest.mark.parametrize("written", [
    "Acme Trust",  # a rival sharing the filer's first word
    "Bancorp",  # the filer's second word alone
    "Globex Financial", "Ac", ""])
def test_never_another_name(written):
    assert not names_the_filer(written, _FILER)


def test_tokens_drop_legal_forms_and_edgar_tags():
    assert name_tokens("The Globex Holdings Group, Inc. /DE/") == ("globex",)
    assert name_tokens("Initech Public Limited Company") == ("initech",)
    assert name_tokens("U.S. Widgets Corp/OH/") == ("us", "widgets")
    assert names_the_filer("GW", ("Globex Widgets Corp",))
    assert not names_the_filer("gw", ("Globex Widgets Corp",))  # initials only in capitals


def test_the_names_an_article_gives_the_filer():
    text = ("Acme Bancorp Chief Executive Jane Roe spoke. In ACME BANCORP's view the year went "
            "well, and Acme rose.")
    assert filer_runs(text, _FILER, frozenset({"view", "year"})) == (
        "Acme Bancorp", "ACME BANCORP's", "Acme")
    # a short form the article also writes in lower case ("First, ... the first time") is no
    # name of the filer's
    text = "First, revenue rose for the first time."
    assert filer_runs(text, ("FIRST WIDGET CORP",), frozenset({"first", "revenue"})) == ()


@pytest.mark.parametrize(("lead", "rivals"), [
    ("Globex Financial and Acme Bancorp posted gains", ("Globex Financial",)),
    ("Shares of Globex, Initech and Acme Bancorp rose on Friday", ("Globex", "Initech")),
    ("Acme Bancorp vs. Globex: two lenders, two quarters", ("Globex",)),
    # the joining words must be all that stands between the two names
    ("Acme Bancorp beat forecasts, and Jane Roe said so", ()),
    ("Acme Bancorp\nGlobex Financial posted gains", ()),  # a headline's line, then the lead
    ("Globex Financial and Initech posted gains", ()),  # the filer is not among them
])
def test_rivals_the_lead_sets_beside_the_filer(lead, rivals):
    assert rivals_beside(lead, _FILER, frozenset()) == rivals


# --- the cover's name, read and stored ------------------------------------------------------

def _manifest() -> list[dict]:
    path = corpus_file("dev/MANIFEST.tsv")
    with path.open(encoding="utf-8") as rows:
        return list(csv.DictReader(rows, delimiter="\t"))


def test_cover_names_are_the_companies_the_corpus_lists():
    """Every corpus document with a cover gives the name of the company the manifest lists
    for it (inline XBRL's tag or the line above the exact-name caption); an exhibit gives
    none."""
    read = 0
    for row in _manifest():
        path = corpus_file(f"dev/{row['file']}")
        name = registrant_name(path.read_bytes())
        if row["form"].startswith(("8-K EX", "10-K EX")) or "companion" in row["form"]:
            assert name is None, row["file"]
            continue
        if name is not None:
            read += 1
            assert names_the_filer(name, (row["company"],)), (row["file"], name)
    assert read >= 40


def test_a_cover_listing_several_registrants_gives_none():
    assert registrant_name(b"<p>Commission File Number</p><p>Registrant, State of "
                           b"Incorporation, Address</p><p>(Exact name of registrant as "
                           b"specified in its charter)</p>") is None
    assert registrant_name(b"<div>GLOBEX\nWIDGETS, INC.</div><div>(Exact name of registrant "
                           b"as specified in its charter)</div>") == "GLOBEX WIDGETS, INC."


def test_ingest_stores_the_cover_name(tmp_path):
    from warehouse import connect
    from warehouse.queries import select_filer_names

    relative = "dev/8-K_JWN_0000072333-23-000015.html"
    settings = ingested_settings(tmp_path, (relative, 72333, "8-K", None, date(2023, 3, 1)))
    cover = registrant_name(corpus_file(relative).read_bytes())
    with connect(settings.db_path) as conn:
        assert cover and select_filer_names(conn, 72333) == (cover,)


# --- the article read with them -------------------------------------------------------------

_TWO_BANKS = ("Globex Financial and Acme Bancorp posted results for the last quarter of the "
              "year on Friday, each helped by smaller provisions for loans gone bad.\n\n")


def test_a_rival_beside_the_filer_in_the_lead_is_not_the_filer():
    text = (_TWO_BANKS + "Globex Financial earned $5.75 billion in the period, or $1.38 a "
            "share.\n\nGlobex Financial's revenue rose to $20.87 billion.\n\n"
            "Acme Bancorp earned $5.75 billion, or $1.38 per share, in the fourth quarter.")
    assert _verdicts(text) == [
        ("$5.75 billion", "unverifiable"), ("$1.38 a share", "unverifiable"),
        ("$20.87 billion", "unverifiable"),
        ("$5.75 billion", "supported"), ("$1.38 per share", "supported")]


def test_without_the_filer_names_the_lead_is_read_as_before():
    """Names that the article never gives the filer leave the reader as it was: every name
    of the lead is the filer's."""
    text = _TWO_BANKS + "Globex Financial earned $5.75 billion in the fourth quarter."
    assert _verdicts(text, ("INITECH CORP",)) == [("$5.75 billion", "supported")]
    assert _verdicts(text, ()) == [("$5.75 billion", "supported")]


def test_a_rival_sharing_a_word_with_the_filer():
    text = ("Acme Trust and Acme Bancorp both beat forecasts for the final three months of the "
            "year as charges for soured loans shrank.\n\nAcme Trust's profit climbed to $5.75 "
            "billion, or $1.38 per share.\n\nAcme Bancorp's net income was $5.75 billion in the "
            "fourth quarter.")
    assert _verdicts(text) == [
        ("$5.75 billion", "unverifiable"), ("$1.38 per share", "unverifiable"),
        ("$5.75 billion", "supported")]


def test_a_lead_on_another_company_and_the_filer_further_down():
    """The lead is on a rival and never names the filer: the rival reporting is not the
    filer, and the filer's possessive further down, spelled in capitals, is the filer's."""
    text = ("Globex Financial beat forecasts for the fourth quarter as the big lender cut its "
            "reserves for bad loans and its trading desks stayed busy into December.\n\n"
            "Globex Financial earned $5.75 billion in the quarter.\n\n"
            "Elsewhere, ACME Bancorp's profit for the fourth quarter came to $5.75 billion.")
    assert _verdicts(text) == [("$5.75 billion", "unverifiable"), ("$5.75 billion", "supported")]


def test_the_filer_alone_in_its_lead_is_unchanged():
    text = ("Acme Bancorp topped forecasts for the fourth quarter on Friday as it set aside "
            "less for loans that may sour.\n\nAcme Bancorp earned $5.75 billion, or $1.38 a "
            "share, and its revenue came to $20.86 billion.")
    assert _verdicts(text) == [("$5.75 billion", "supported"), ("$1.38 a share", "supported"),
                               ("$20.86 billion", "supported")]


def test_a_rival_named_alone_stays_another_company():
    text = ("Acme Bancorp topped forecasts for the fourth quarter on Friday as it set aside "
            "less for loans that may sour.\n\nIts rival Globex Financial earned $5.75 billion "
            "in the same quarter.")
    assert _verdicts(text) == [("$5.75 billion", "unverifiable")]


def test_a_person_the_lead_sets_in_apposition_is_no_other_company():
    """An apposition marks a name as a company's only loosely ("Jane Roe, a veteran of the
    company"): in the lead, with the filer known, only a legal form, a ticker or "rival" makes
    a name another company's."""
    text = ("Acme Bancorp beat forecasts for the fourth quarter, and Jane Roe, a veteran of the "
            "company who runs it, sounded upbeat on a call with analysts on Friday.\n\n"
            "Jane Roe said the bank earned $5.75 billion in the quarter.")
    assert _verdicts(text) == [("$5.75 billion", "supported")]
