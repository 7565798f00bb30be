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
_FEW_CHILDREN = 16  # an element with no more is serialised whole (a section in one is walked)


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
        text = parent.text
        if text and not text.isspace() and taken.add(text):
            return taken.text()
        node = parent
    return taken.text()


class _Tail:
    """Printed characters gathered backwards, until ``count`` of them. (Most text nodes met
    are empty or blank, a line break between tags: the callers pass those over themselves.)"""

    def __init__(self, count: int):
        self.wanted = count
        self.pieces: list[str] = []  # nearest first

    def text(self) -> str:
        return "".join(reversed(self.pieces))

    def add(self, text: str) -> bool:
        """Take the end of ``text`` (a text node with some printed character); True once
        enough."""
        if self.wanted <= 0:
            return True
        window = 8 * self.wanted + 64  # most text is mostly printed: its end suffices
        squeezed = "".join(text[-window:].split())
        if len(squeezed) < self.wanted and len(text) > window:
            squeezed = "".join(text.split())
        piece = squeezed[-self.wanted:]
        self.pieces.append(piece)
        self.wanted -= len(piece)
        return self.wanted <= 0

    def element(self, element: etree._Element) -> bool:
        """Take the end of ``tostring(element, method="text", with_tail=False)``: serialised
        whole when the element has few children (C serialises a small element faster than
        Python walks it), else its children's tails and texts from the last back, each child
        taken the same way, then its own text (a comment's or a processing instruction's own
        text is never printed; its tail is)."""
        stack = [(element, None)]
        while stack:
            node, children = stack[-1]
            if children is None:
                size = len(node)
                if size <= _FEW_CHILDREN:
                    stack.pop()
                    text = node.text if size == 0 else etree.tostring(
                        node, method="text", encoding=str, with_tail=False)
                    if text and not text.isspace() and self.add(text):
                        return True
                    continue
                children = reversed(node)
                stack[-1] = (node, children)
            child = next(children, None)
            if child is None:
                stack.pop()
                text = node.text
                if text and not text.isspace() and self.add(text):
                    return True
                continue
            text = child.tail
            if text and not text.isspace() and self.add(text):
                return True
            if isinstance(child.tag, str):
                stack.append((child, None))
        return False
