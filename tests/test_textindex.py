"""The per-document text index (extractors.textindex) and its anchored scans: each declared
``AnchoredPattern`` finds exactly what ``finditer`` of its patterns finds."""

from __future__ import annotations

import re

import pytest

from extractors import concentration, count_prose, margins, offering
from extractors.anchored import AnchoredPattern, ascii_folded
from extractors.document import parse_document
from extractors.sentences import sentences_matching
from extractors.textindex import TextIndex
from tests.random_text import random_texts

# The non-ASCII characters IGNORECASE matches to an ASCII letter, and a few that lower or fold
# to something longer or to a non-ASCII letter: none may hide or invent a match.
_EXOTIC = ["\u0130", "\u0131", "\u017f", "\u212a", "é", "ß", "\xa0", "’"]

DECLARED = {
    "concentration": (concentration.CANDIDATES, [
        "%", "percent", "Percent", "PERCENT", "percentage", " ", "\n", "of ", "revenue",
        "Revenues", "sales", "accounts receivable", "and ", "23", "19.5", ",", "respectively ",
        "approximately ", "(", ")", "re\u017fpectively ", "\u0131",
    ]),
    "margins": (margins.CANDIDATES, [
        "Gross", "gross", "GROSS", "gRoss", "ROSS", "across", "gro\u017fs", " ", "\n", "margin",
        "Margins", "MARGIN", "is", "44.6", "%", ".", ";", "12 %",
    ]),
    "count_prose": (count_prose._GREW_AT, [
        "grew", "increased", "Increased", "decreased", "DECLINED", "declined", " from ", "from ",
        "228,054 ", "1 ", " as of ", "as of ", "June 30, 2024", " to ", "267,982", " ", "\n",
        "grew from 228,054 as of June 30, 2024 to 267,982 as of June 30, 2025", "Customers, which ",
    ]),
    "offering": (offering.PLACES, [
        "offering", "OFFERING ", "offer\u0131ng", "price", "PR\u0130CE", "we ", "We", "are ",
        "offered ", "by ", "us", "outstanding ", "immediately ", "after", "upon", "additional ",
        "shares", "net ", "Net", "proceeds", "to ", "the ", "public", "between ", "$", " ",
        "\n", "\t", "selling ", "Sell", "7", "1,050,000",
    ]),
}


def _plain(anchored: AnchoredPattern, text: str) -> list[tuple[int, int]]:
    """``finditer`` of the declared patterns as one alternation, tried in order."""
    alternation = re.compile("|".join(f"(?:{p.pattern})" for p in anchored.patterns),
                             anchored.patterns[0].flags)
    return [m.span() for m in alternation.finditer(text)]


@pytest.mark.parametrize("name", sorted(DECLARED))
def test_declared_scans_find_what_finditer_finds(name):
    anchored, pieces = DECLARED[name]
    assert len({p.flags for p in anchored.patterns}) == 1  # one alternation can stand for them
    for text in random_texts(pieces + _EXOTIC, seed=5):
        assert [m.span() for m in TextIndex(text).scan(anchored)] == _plain(anchored, text), text


def test_declared_scans_find_what_finditer_finds_on_the_corpus(corpus_texts):
    for path, text in corpus_texts:
        index = TextIndex(text)
        for name, (anchored, _pieces) in DECLARED.items():
            assert [m.span() for m in index.scan(anchored)] == _plain(anchored, text), \
                (name, path.name)


def test_scan_keeps_finditer_order_and_overlap_rule():
    # two patterns whose matches overlap: finditer keeps the leftmost and skips what it covers
    anchored = AnchoredPattern(anchors=(b"ab", b"b"), patterns=(re.compile("ab+"),
                                                                 re.compile("b+c")))
    for text in random_texts(["a", "b", "c", "x", "A", "B"], seed=4, count=2000, longest=12):
        plain = [m.span() for m in re.finditer("ab+|b+c", text)]
        assert [m.span() for m in TextIndex(text).scan(anchored)] == plain, text


def test_the_folded_copy_keeps_offsets_and_holds_every_case_blind_literal():
    for text in random_texts(["Offer", "offer", "OFFER", "o", "ff", "er", " "] + _EXOTIC,
                             seed=8, count=2000):
        folded = ascii_folded(text)
        assert len(folded) == len(text)
        found = [m.start() for m in re.finditer("(?=offer)", text, re.I)]
        assert [m.start() for m in re.finditer(b"(?=offer)", folded)] == found, text


def test_index_sentences_are_the_plain_sentences_matching():
    text = "A 10% rise.\nB 20% and 30% fall. C none of revenue.\n\nD 5 percent of sales."
    pattern = re.compile(r"%|percent")
    anchored = AnchoredPattern(anchors=(b"%", b"percent"), patterns=(pattern,))
    index = TextIndex(text)
    assert index.sentences_matching(anchored) == sentences_matching(text, pattern)
    assert index.sentences_matching(pattern) == sentences_matching(text, pattern)
    assert [s.text for s in index.sentences_matching(anchored)] == [
        "A 10% rise.", "B 20% and 30% fall.", "D 5 percent of sales."]


def test_a_document_builds_its_index_once_and_a_new_parse_builds_another():
    html = (b"<html><body><p>Our largest customer, Acme Corp (together with its affiliates, "
            b"&quot;Acme&quot;), accounted for 23% of revenue.</p></body></html>")
    doc = parse_document(html, name="a.htm")
    assert doc.index is doc.index and doc.index.text is doc.text
    assert doc.index.aliases == {"Acme": "Acme", "Acme Corp": "Acme"}
    assert doc.index.hits(b"%") is doc.index.hits(b"%")  # memoised per literal
    again = parse_document(html, name="a.htm")
    assert again.index is not doc.index  # nothing carries over from one document to the next
    with pytest.raises(TypeError):
        doc.index.aliases["Other"] = "Other"  # shared by the extractors: read-only


def test_form_scans_find_what_finditer_finds():
    from extractors.document import FORM_PATTERNS

    pieces = ["FORM ", "Form", "form", "\u017fORM", "10-Q", "10-K", "8-K", "S-1", " ", "\n",
              "Filed pursuant to Rule 424", "(b)", "(4)", "Amendment No. 2 to ", "in", "x"]
    for text in random_texts(pieces + _EXOTIC, seed=9, count=1500):
        index = TextIndex(text)
        for _form, anchored in FORM_PATTERNS:
            assert [m.span() for m in index.scan(anchored)] == _plain(anchored, text), text
