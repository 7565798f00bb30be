"""The text before a table, read for several lengths from one walk back (``Document.
preceding_text``), is what a fresh walk for each length reads (``table_context.preceding_text``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.document import parse_document
from extractors.table_context import preceding_text, text_before, walk_before

LIMITS = (600, 400, 300, 200, 160, 120, 40, 1)
_WORDS = st.text(alphabet="ab .\n", min_size=0, max_size=90)


@st.composite
def _pages(draw) -> bytes:
    """A table under a few levels of blocks, with text, tails and comments before it."""
    html = "<table><tr><td>Revenue</td><td>1</td></tr></table>"
    for _ in range(draw(st.integers(1, 5))):
        before = "".join(f"<p>{draw(_WORDS)}</p>{draw(_WORDS)}<!--{draw(_WORDS)}-->"
                         for _ in range(draw(st.integers(0, 4))))
        html = f"<div>{draw(_WORDS)}{before}{html}{draw(_WORDS)}</div>"
    return f"<html><body>{html}</body></html>".encode()


@settings(max_examples=150, deadline=None)
@given(_pages(), st.permutations(LIMITS))
def test_every_length_from_one_walk_is_the_fresh_walks_text(page, limits):
    doc = parse_document(page, name="t.htm")
    table = doc.tables[0]
    for limit in limits:  # any order: a longer limit than the walk's walks again
        assert doc.preceding_text(table, limit) == preceding_text(table, limit)


def test_a_shorter_limit_reads_a_prefix_of_the_longer_walk():
    page = (b"<html><body><div>head<p>" + b"x" * 500 + b"</p><p>" + b"y " * 100
            + b"</p><table><tr><td>a</td></tr></table></div></body></html>")
    table = parse_document(page, name="t.htm").tables[0]
    steps = walk_before(table, 600)
    assert len(steps) == 2  # the two siblings hold 700 characters: no level is left
    assert text_before(steps, 150) == preceding_text(table, 150) == " ".join(["y"] * 75)
    assert text_before(steps, 600) == preceding_text(table, 600)
