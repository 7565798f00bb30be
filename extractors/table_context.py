"""What the text around a table says about it: the scale its money figures are printed in.

A filer states the scale in the table's caption or header ("(in thousands, except per share
data)") or in the text just before the table; we read the caption first, then that text.
"""

from __future__ import annotations

import re

from lxml import etree

_SCALE_RE = re.compile(r"\bin\s+(thousands|millions|billions)\b|\(\s*\$?\s*(000)'?s?\s*\)", re.I)
_SCALES = {"thousands": 3, "000": 3, "millions": 6, "billions": 9}


def table_scale(captions: list[str], table: etree._Element) -> int | None:
    """Powers of ten the table's money figures are printed in: caption, then text before it."""
    for text in (" ".join(captions), preceding_text(table)):
        matches = [m for m in _SCALE_RE.finditer(text) if not _is_exception(text, m.start())]
        if matches:
            match = matches[-1]
            return _SCALES[(match.group(1) or match.group(2)).lower()]
    return None


def _is_exception(text: str, at: int) -> bool:
    """A scale that is not the money figures': after "except" in the same parenthesis
    ("(In millions, except number of shares, which are reflected in thousands ...)") or
    qualified by shares ("(net income in millions and shares in thousands)")."""
    before = text[max(0, at - 120):at].lower()
    cut = max(before.rfind("("), before.rfind(")"), before.rfind(". "))
    clause = before[cut + 1:]
    return "except" in clause or "share" in re.split(r",| and ", clause)[-1]


def preceding_text(table: etree._Element, limit: int = 600) -> str:
    """The last ``limit`` characters of text before the table in document order."""
    parts: list[str] = []
    size, node = 0, table
    for _ in range(4):
        for sibling in node.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str):
                continue
            text = etree.tostring(sibling, method="text", encoding=str, with_tail=False)
            parts.append(text[-limit:])
            size += len(text)
            if size >= limit:
                break
        parent = node.getparent()
        if size >= limit or parent is None:
            break
        if parent.text:
            parts.append(parent.text)
        node = parent
    return " ".join(" ".join(reversed(parts)).split())[-limit:]
