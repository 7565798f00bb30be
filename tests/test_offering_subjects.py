"""An offering of the filer as a sentence's possessive subject: "<Filer>'s <offering> saw revenue
growth of N% to $X" states that offering's figures, compared with a filed part of that name or
unverifiable (saying which part was searched), never the company's total. Sentences are the
project's own paraphrases; the filing is the shared corpus's, read in place."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from core.verdicts import Article
from pipeline.verify.claims import extract_claims
from tests.conftest import stored_corpus_facts, verify_text

ORCL_Q = ("10q-10k/10-Q_ORCL_0000950170-23-047713.html", "0000950170-23-047713", "10-Q",
          date(2023, 9, 14))
_LEAD = "Acme Software reported its first-quarter results. "


def _entities(text: str) -> dict:
    text = _LEAD + text
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {c.text: (c.metric, c.entity) for c in extract_claims(article)}


@pytest.mark.parametrize("text, name", [
    ("Among the bright spots, Acme's database tools for large enterprises saw revenue growth of "
     "19% to $700 million.", "database tools for large enterprises"),
    ("Acme's analytics suite posted revenue growth of 12% to $450 million.", "analytics suite"),
    ("The company's payroll software delivered sales of $300 million, up 6%.",
     "payroll software"),
    ("Acme's database business saw revenue rise 11% to $2.1 billion.", "database business"),
])
def test_an_offering_named_by_the_possessive_subject_takes_its_figures(text, name):
    found = _entities(text)
    figures = [k for k in found if k[0] == "$" or k.endswith("%")]
    assert figures and all(found[k][1] == name for k in figures)


@pytest.mark.parametrize("text", [
    "Acme's revenue grew 8% to $12.5 billion.",
    "Acme's total revenue rose 8% to $12.5 billion.",
    "Acme's first-quarter revenue climbed 8% to $12.5 billion.",
    "The company's sales grew 8% to $12.5 billion.",
    "Acme's fiscal first quarter saw revenue growth of 8% to $12.5 billion.",
    "Acme's shares rose after it posted revenue of $12.5 billion, up 8%.",
    "Acme's core business saw revenue growth of 8% to $12.5 billion.",
])
def test_the_company_itself_keeps_its_figures(text):
    found = _entities(text)
    assert found and all(entity is None for _, entity in found.values())


def test_a_part_word_before_revenue_is_read_as_today():
    found = _entities("Acme's cloud revenue grew 30% to $4.6 billion.")
    assert found["30%"] == ("revenue_growth", "cloud")


@pytest.mark.corpus
def test_an_offering_no_filed_part_names_is_unverifiable_never_the_total():
    text = ("Oracle reported results for its first quarter of fiscal 2024. There were other "
            "bright spots: Oracle's database software for big customers posted revenue growth "
            "of 21%, reaching $800 million.")
    got = verify_text(text, stored_corpus_facts(*ORCL_Q))
    for figure in ("21%", "$800 million"):
        assert got[figure].verdict == "unverifiable"
        assert "database software for big customers" in got[figure].reason
    # the company's own figures are still the total's
    got = verify_text("Oracle reported results for its first quarter of fiscal 2024. Oracle's "
                      "total revenue grew 9% to $12.5 billion.", stored_corpus_facts(*ORCL_Q))
    assert got["9%"].verdict == "supported" and got["$12.5 billion"].verdict == "supported"
