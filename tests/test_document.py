"""The parsed document: visible text, hidden parts, and the byte-level test that spares the
display:none search on filings that hide nothing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.document import parse_document, scan_bytes
from extractors.visible import styled_hidden as _styled_hidden


def _root(content: bytes):
    """The tree parse_document reads (its one parse)."""
    return parse_document(content, name="t.htm").root


def test_visible_text_drops_hidden_parts_and_lays_out_blocks_and_cells():
    html = (b"<html><head><title>T</title><style>p{}</style></head><body>"
            b"<div style='display:none'><ix:header>hidden facts</ix:header></div>"
            b"<p>Revenue grew <b>5%</b>.</p><span style='DISPLAY : none'>gone</span>"
            b"<table><tr><td>Revenue</td><td>$</td><td>1,234</td></tr></table>"
            b"<script>var x;</script>after</body></html>")
    doc = parse_document(html, name="t.htm")
    # A row starts on its own line; the tabs separate its cells.
    assert doc.text == "Revenue grew 5%.\nRevenue\t$\t1,234\nafter"


@pytest.mark.parametrize("style", [
    "display:none", "DISPLAY: none", "Display:none", "display :\tnone",
    "display&#58;none", "display&colon;none",
    "&#100;isplay:none", "&#x44;ISPLAY:none", "display:&#110;one",
    # libxml2 decodes a reference without its ";" too
    "&#100isplay:none", "display:&#x6Eone",
    # a blank's reference without its ";", and more blanks than the byte test's window
    "display:&#32none", "display:&#x20;none", "display:" + " " * 600 + "none",
])
def test_every_spelling_of_display_none_is_seen_in_the_bytes_and_hides(style):
    html = f'<html><body><p style="{style}">secret</p><p>shown</p></body></html>'.encode()
    assert scan_bytes(html)[0]
    assert "secret" not in parse_document(html, name="t.htm").text


@pytest.mark.parametrize("html", [
    b"<p style='display:block'>a</p>", b"<p style='border:none'>display</p>",
    b"<p>&#160;&#8217;&amp;</p>", b"<p>nothing styled</p>",
])
def test_bytes_that_cannot_hide_anything_skip_the_search(html):
    assert not scan_bytes(html)[0]
    assert not _styled_hidden(_root(b"<html><body>" + html + b"</body></html>"))


def test_text_in_utf16_is_searched_the_slow_way():
    assert scan_bytes("<p style='display:none'>x</p>".encode("utf-16"))[0]


_STYLE_PARTS = st.sampled_from([
    "display", "DISPLAY", "Display", "dIsPlAy", ":", " ", "\t", "\n", "none", "NONE", "None",
    "&#58;", "&#100;", "&#x6E;", "&#X4E;", "&colon;", "&nbsp;", "&amp;", ";", "block", "border",
    "&#160;", "&#32;", "x", "&#110;one", "&#100", "&#x6E",
])


@given(st.lists(_STYLE_PARTS, max_size=8))
def test_the_bytes_never_clear_a_style_that_hides(parts):
    style = "".join(parts).replace('"', "")
    html = f'<html><body><div style="{style}">x</div></body></html>'.encode()
    if not scan_bytes(html)[0]:
        assert not _styled_hidden(_root(html))


@pytest.mark.parametrize(("html", "may_hold"), [
    (b"<html><body><ix:header><ix:resources/></ix:header></body></html>", True),
    (b"<html><body><p>see ix:header and &lt;ix:header&gt;</p></body></html>", False),
])
def test_the_bytes_say_whether_an_inline_xbrl_header_can_be_there(html, may_hold):
    assert scan_bytes(html)[1] is may_hold
    assert bool(list(_root(html).iter("ix:header"))) is may_hold


def test_an_upper_case_ix_header_is_not_inline_xbrl():
    # Inline XBRL is XML: names are case-sensitive, so this is no header (the HTML parser
    # would lowercase it, which is why the bytes decide)
    assert scan_bytes(b"<html><body><IX:HEADER></IX:HEADER></body></html>")[1] is False


@pytest.mark.corpus
def test_corpus_documents_the_bytes_clear_hide_nothing(corpus_filings):
    cleared = 0
    for path, content in corpus_filings:
        may_hide, may_hold_ix = scan_bytes(content)
        if not may_hold_ix:
            assert not list(_root(content).iter("ix:header")), path.name
        if not may_hide:
            cleared += 1
            assert not _styled_hidden(_root(content)), path.name
    # The prospectuses and one older 10-Q carry no inline XBRL and hide nothing.
    assert cleared >= 3


@pytest.mark.parametrize("content", [b"", b"   \r\n\t ", ""])
def test_an_empty_document_is_a_parsing_error_that_says_what_to_do(content):
    from core.errors import ParsingError

    with pytest.raises(ParsingError, match="empty; download it again or check the path"):
        parse_document(content, name="blank.htm")


def _tables_outside_hidden_parts(doc) -> list:
    """The definition ``Document.tables`` must meet, the slow way: every <table> with no
    hidden tag or display:none element among itself and its ancestors."""
    hidden_tags = {"ix:header", "script", "style", "head", "title"}
    hidden = _styled_hidden(doc.root)
    return [t for t in doc.root.iter("table")
            if not any(a in hidden or a.tag in hidden_tags for a in (t, *t.iterancestors()))]


def test_tables_are_the_visible_ones_in_document_order():
    html = (b"<html><body><table id='a'><tr><td>1</td></tr></table>"
            b"<div style='display:none'><table id='hidden'><tr><td>2</td></tr></table></div>"
            b"<table id='empty'></table><script><table id='s'></table></script>"
            b"<table id='b'><tr><td><table id='nested'><tr><td>3</td></tr></table></td></tr>"
            b"</table></body></html>")
    doc = parse_document(html, name="t.htm")
    assert [t.get("id") for t in doc.tables] == ["a", "empty", "b", "nested"]
    assert doc.tables == _tables_outside_hidden_parts(doc)


@pytest.mark.corpus
def test_corpus_tables_are_the_visible_ones(corpus_filings):
    for path, content in corpus_filings:
        doc = parse_document(content, name=path.name)
        assert doc.tables == _tables_outside_hidden_parts(doc), path.name


def test_single_row_tables_count_nested_rows_and_distrust_hidden_parts():
    html = (b"<html><body>"
            b"<table id='one'><tr><td>a</td></tr></table>"
            b"<table id='two'><tr><td>a</td></tr><tr><td>b</td></tr></table>"
            b"<table id='outer'><tr><td><table id='inner'><tr><td>x</td></tr></table></td></tr>"
            b"</table>"
            b"<table id='hid'><tr><td>a</td></tr><tbody style='display:none'><tr><td>b</td></tr>"
            b"</tbody></table><table id='empty'></table></body></html>")
    doc = parse_document(html, name="t.htm")
    ids = [t.get("id") for t in doc.tables]
    single = {ids[i] for i in doc.single_row_tables}
    # 'outer' holds two rows counting its nested table's (as table.iter("tr") does); 'hid'
    # has a hidden part that may hold rows, so the walk cannot tell
    assert single == {"one", "inner", "empty"}


@pytest.mark.corpus
def test_corpus_single_row_tables_hold_fewer_than_two_rows(corpus_filings):
    found = 0
    for path, content in corpus_filings:
        doc = parse_document(content, name=path.name)
        for index, table in enumerate(doc.tables):
            rows = sum(1 for _ in table.iter("tr"))
            if index in doc.single_row_tables:
                found += 1
                assert rows < 2, path.name
    assert found > 300  # the prospectuses' one-row layout boxes


def _fold_reference(raw: str) -> str:
    """The folding rules read plainly (see visible.fold_whitespace), slow but obvious."""
    import re

    text = raw.replace("\xa0", " ").replace("\u200b", "")
    text = re.sub(r"[ \f\v\r]{2,}|[\f\v\r]", " ", text)
    text = re.sub(r" ?\n[\n\t ]*", "\n", text)
    return re.sub(r"\t[ \t]+", "\t", text).strip()


@given(st.text(alphabet=" \t\n\r\f\v\xa0\u200bab.", max_size=40))
def test_whitespace_folds_as_the_plain_rules_say(raw):
    from extractors.visible import fold_whitespace

    assert fold_whitespace(raw) == _fold_reference(raw)


@pytest.mark.parametrize("html", [
    b"<p style='display :\n none'>x</p>", b"<p style='DISPLAY&#58; none'>x</p>",
    b"<p style='display:&#32;none'>x</p>", b"<p style='color:red;display:  none;'>x</p>",
])
def test_spellings_with_a_none_in_the_bytes_are_searched(html):
    assert scan_bytes(html)[0]
    assert _styled_hidden(_root(html))


def test_prose_none_does_not_make_a_document_hide():
    html = b"<p style='border:none'>none of the above; none: display</p><p>None</p>"
    assert scan_bytes(html)[0] is False
