"""The hidden elements read from the inline XBRL headers' parents when the bytes allow no more
(extractors.hidden_sites) are the ones the search of the whole tree finds, whatever the bytes
hold."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors import hidden_sites
from extractors.document import parse_document
from extractors.visible import styled_hidden


def _both(html: bytes) -> tuple[set, set]:
    """What ``styled_hidden_at`` finds from the bytes' sites, and the whole tree's."""
    doc = parse_document(html, name="t.htm")
    headers = list(doc.root.iter("ix:header"))
    sites = hidden_sites.hiding_sites(html, len(headers))
    return hidden_sites.styled_hidden_at(doc.root, sites, headers), styled_hidden(doc.root)


def _no_whole_tree_search(monkeypatch) -> None:
    def refuse(root):
        raise AssertionError("searched the whole tree")
    monkeypatch.setattr(hidden_sites, "styled_hidden", refuse)


def test_an_inline_xbrl_header_s_hiding_parent_is_found_without_a_search(monkeypatch):
    _no_whole_tree_search(monkeypatch)
    html = (b"<html><body><div style='display: none;'><ix:header><ix:resources/></ix:header>"
            b"</div><p style='border:none'>shown</p></body></html>")
    doc = parse_document(html, name="t.htm")
    assert [el.tag for el in doc.styled_hidden] == ["div"]
    assert doc.text == "shown"


def test_a_filing_whose_cells_hide_is_searched_whole(monkeypatch):
    html = (b"<html><body><div style='display:none'><ix:header/></div><table><tr>"
            b"<td colspan='3' style='display:none'/><td>a</td></tr></table></body></html>")
    assert hidden_sites.hiding_sites(html, 1) is None  # two literal sites for one header
    found, expected = _both(html)
    assert found == expected and len(expected) == 2


@pytest.mark.parametrize("html", [
    # (spelled otherwise than the wrapper's "display:none", so that the sites are counted)
    # a stylesheet's display:none hides no element by itself: one site more than found
    b"<html><head><style>.x{DISPLAY:none}</style></head><body><p style='display :none'>a"
    b"</p><p class='x'>b</p></body></html>",
    # a repeated attribute: libxml2 keeps the first
    b"<html><body><p style='color:red' style='DISPLAY:none' style='display: none'>a</p>"
    b"<p style='Display: none'>b</p></body></html>",
    # references to letters spell the words
    b"<html><body><p style='&#100;isplay:n&#111;ne'>a</p><p style='&#x6F;'>b</p></body></html>",
    b"<html><body><p style='d&#105splay:none'>a</p></body></html>",
    b"<html><body><p style='display :&#32;\n none'>a</p></body></html>",
    # blanks and entities between the words, in any length
    b"<html><body><div style='display" + b" " * 900 + b":&#32;"
    + b"\t" * 700 + b"none'>a</div></body></html>",
])
def test_whatever_the_bytes_hold_the_set_is_the_whole_tree_s(html):
    wrapped = html.replace(b"<body>", b"<body><div style='display:none'><ix:header/></div>")
    found, expected = _both(wrapped)
    assert found == expected and len(expected) >= 2


_PARTS = st.sampled_from([
    "display", "DISPLAY", ":", " ", "\t", "none", "NONE", "&#58;", "&#100;", "&#x6E;", "&#111;",
    "&colon;", "&nbsp;", ";", "block", "border", "&#32;", "x", "<", "'",
])
_TAGS = st.sampled_from(["div", "td", "p", "span", "tr"])


@given(st.lists(st.tuples(_TAGS, st.lists(_PARTS, max_size=6)), max_size=5),
       st.booleans(), st.lists(_PARTS, max_size=4))
def test_the_elements_found_are_those_the_whole_tree_holds(elements, header, css):
    body = "".join(f'<{tag} style="{"".join(parts).replace(chr(34), "")}">x</{tag}>'
                   for tag, parts in elements)
    if header:
        body = f'<div style="display:none"><ix:header>h</ix:header></div>{body}'
    html = f"<html><head><style>{''.join(css)}</style></head><body><table><tr><td>t</td>" \
           f"</tr></table>{body}</body></html>".encode()
    found, expected = _both(html)
    assert found == expected


@pytest.mark.corpus
def test_corpus_hidden_elements_are_the_whole_tree_s(corpus_filings):
    hiding = 0
    for path, content in corpus_filings:
        found, expected = _both(content)
        assert found == expected, path.name
        hiding += bool(expected)
    assert hiding >= 10  # the inline XBRL filings


_REFERENCE_PIECES = st.sampled_from([b"&#", b"x", b"X", b"0", b"6", b"1", b"5", b"9", b"f", b"F",
                                     b"&#111;", b"&#x66;", b"&#x660;", b"&#65296;", b"&#1632;",
                                     b"&#xFF10;", b"&#160;", b";", b"a", b" "])


@given(st.lists(_REFERENCE_PIECES, max_size=12).map(b"".join))
def test_one_scan_tells_both_references_as_two_scans_do(content):
    """``references`` (one scan for a letter's and a wide digit's reference) answers as the
    two patterns' own searches, a reference that is both ("&#x66;") included."""
    from extractors.visible import DIGIT_REFERENCE

    assert hidden_sites.references(content) == (
        hidden_sites.LETTER_REF.search(content) is not None,
        DIGIT_REFERENCE.search(content) is not None)
