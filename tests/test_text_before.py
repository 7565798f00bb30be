"""``text_before.tail_before``: the end of the text before a table, as ``preceding_text`` reads
it, without serialising it (the pre-test of the note-items and headed-segment readers)."""

from __future__ import annotations

import lxml.html
import pytest

from extractors.document import parse_document
from extractors.table_context import preceding_text
from extractors.text_before import tail_before


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _holds(table, counts=(1, 9, 10, 40, 200), limits=(120, 200, 300, 600)) -> bool:
    """The documented relation: the squeezed end of ``preceding_text`` at any limit is a
    suffix of the tail, equal to it when the text has that many printed characters."""
    for limit in limits:
        text = _squeezed(preceding_text(table, limit))
        for count in counts:
            tail = tail_before(table, count)
            if len(tail) > count or not tail.endswith(text[-count:]):
                return False
            if len(text) >= count and tail != text[-count:]:
                return False
    return True


_PAGE = """<html><body><div>
<p>Other charges consist of the</p>skipped tail text
<div>nested <b>bold</b> end<!-- a comment is never printed --> after comment</div>
<p>Impairments and gains consist of the following:</p>
<table id="t1"><tr><td>a</td></tr></table>
<div><span>Retail</span> <span>Segment</span><table id="t2"><tr><td>b</td></tr></table></div>
<div>""" + "word " * 400 + """</div><table id="t3"><tr><td>c</td></tr></table>
</div></body></html>"""


@pytest.mark.parametrize("table_id", ["t1", "t2", "t3"])
def test_tail_matches_preceding_text(table_id):
    table = lxml.html.fromstring(_PAGE).get_element_by_id(table_id)
    assert _holds(table)


def test_tail_reads_the_nearest_text_and_skips_comments_and_own_tail():
    root = lxml.html.fromstring(_PAGE)
    assert tail_before(root.get_element_by_id("t1"), 10) == "following:"
    # the table before it is text too
    assert tail_before(root.get_element_by_id("t2"), 15) == ":aRetailSegment"
    # a comment's text is never printed; the tail after it is
    nested = lxml.html.fromstring(
        "<div><p>x <!-- hidden words --> shown</p><table id='t'><tr><td>1</td></tr></table>"
        "</div>").get_element_by_id("t")
    assert tail_before(nested, 20) == "xshown"


def test_tail_is_short_when_little_text_precedes():
    table = lxml.html.fromstring(
        "<div><p>ab</p><table id='t'><tr><td>1</td></tr></table></div>").get_element_by_id("t")
    assert tail_before(table, 10) == "ab"


def test_tail_matches_preceding_text_on_corpus_tables(corpus_filings):
    checked = 0
    for path, content in corpus_filings[:12]:
        if path.suffix not in (".htm", ".html"):
            continue
        for table in parse_document(content, name=path.name).tables[:40]:
            assert _holds(table, counts=(10, 40), limits=(200, 300)), (path.name, checked)
            checked += 1
    assert checked > 100
