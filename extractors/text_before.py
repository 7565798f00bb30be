"""The last few printed characters before a table, without serialising what comes before it.

Several readers ask ``Document.preceding_text(table, limit)`` of EVERY table of a document only
to test how it ends ("... consist of the following:", a part's name right above its table),
and almost every table fails the test. That text is the serialised text of the table's
preceding siblings (``etree.tostring(..., method="text")``), and a table after a large element
(a whole section in one ``<div>``) serialised all of it: a few such tables cost most of the
note-items reader's time. ``tail_before`` reads the same text backwards from its end and stops
as soon as it has enough.

The exact relation (a pre-test may rely on it): let ``text`` be ``preceding_text(table, limit)``
for any ``limit``, and ``squeeze(s)`` be ``s`` without its whitespace. For every ``count``:
``squeeze(text)[-count:]`` is a suffix of ``tail_before(table, count)`` (equal when ``text``
holds ``count`` printed characters). So "``text`` ends with X" implies "``tail_before(table,
len(squeeze(X)))`` ends with ``squeeze(X)``": a table whose tail fails is not worth the text.

Why: ``preceding_text`` takes, nearest first, each preceding sibling's text (its own text, its
descendants' texts and their tails, comments left out; never its own tail), then the parent's
leading text, up four levels, joins them with spaces and folds whitespace. It cuts a part (keeps
its last ``limit`` characters) only when that part alone reaches ``limit``, and then stops; its
last cut, to ``limit``, drops a front too. So what it keeps, whitespace aside, is a suffix of
what is read here in the same order, from the same end.
"""

from __future__ import annotations

from lxml import etree

_LEVELS = 4  # as table_context.preceding_text: the table's own siblings and three ancestors'


def tail_before(table: etree._Element, count: int) -> str:
    """The last ``count`` non-whitespace characters of the text before ``table`` (whitespace
    removed), as ``table_context.preceding_text`` reads that text; fewer when there are not so
    many."""
    taken = _Tail(count)
    node = table
    for _ in range(_LEVELS):
        for sibling in node.itersiblings(preceding=True):
            if isinstance(sibling.tag, str) and taken.element(sibling):
                return taken.text()
        parent = node.getparent()
        if parent is None:
            break
        if taken.add(parent.text):
            return taken.text()
        node = parent
    return taken.text()


class _Tail:
    """Printed characters gathered backwards, until ``count`` of them."""

    def __init__(self, count: int):
        self.wanted = count
        self.pieces: list[str] = []  # nearest first

    def text(self) -> str:
        return "".join(reversed(self.pieces))

    def add(self, text: str | None) -> bool:
        """Take the end of ``text`` (a text node: read backwards); True once enough."""
        if not text or self.wanted <= 0:
            return self.wanted <= 0
        window = 8 * self.wanted + 64  # most text is mostly printed: its end suffices
        squeezed = "".join(text[-window:].split())
        if len(squeezed) < self.wanted and len(text) > window:
            squeezed = "".join(text.split())
        piece = squeezed[-self.wanted:]
        self.pieces.append(piece)
        self.wanted -= len(piece)
        return self.wanted <= 0

    def element(self, element: etree._Element) -> bool:
        """Take the end of ``tostring(element, method="text", with_tail=False)``: its
        children's tails and texts from the last back, then its own text (a comment's or a
        processing instruction's own text is never printed; its tail is)."""
        stack: list[tuple[etree._Element, object]] = [(element, reversed(element))]
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                if self.add(node.text):
                    return True
                continue
            if self.add(child.tail):
                return True
            if isinstance(child.tag, str):
                stack.append((child, reversed(child)))
        return False
