"""The text a reader sees, and the tables, from one walk of a parsed document's tree.

Every pass over a freshly parsed tree costs real time (a C-level walk of a prospectus's tree is a
sixth of its parse before the tree sits in the CPU caches) and the Python walk costs about as
much as the parse itself, so it is done once, and gathers on the way everything later stages
would otherwise walk the tree again for: the visible tables, and which of them hold a single
row.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from lxml import etree

# Inline XBRL keeps its hidden facts and contexts in <ix:header> inside a display:none div.
# A person never sees them, so the table and text extractors must not either.
HIDDEN_TAGS = ("ix:header", "script", "style", "head", "title")
_BLOCK_TAGS = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section",
    "article", "ul", "ol", "page", "hr", "center", "blockquote", "pre",
}
_CELL_TAGS = {"td", "th"}
_BLOCK, _TABLE, _ROW, _CELL, _HIDDEN = 1, 2, 3, 4, 5  # an inline element has no kind (None)
# Tag -> kind in one dict lookup per element (the HTML parser lowercases tag names already).
_KINDS = {**{t: _BLOCK for t in _BLOCK_TAGS}, "table": _TABLE, "tr": _ROW,
          **{t: _CELL for t in _CELL_TAGS}, **{t: _HIDDEN for t in HIDDEN_TAGS}}

# CSS reads property names ASCII case-insensitively and knows only ASCII blanks; "none" is
# taken as filers write it, in lower case (see _STYLE_NONE), so every test here agrees.
_DISPLAY_NONE = re.compile(r"(?i:display)\s*:\s*none", re.A)
# Through the attribute axis: libxml2 then tests only the elements that carry a style, a
# quarter faster than contains(@style, ...) on every element. A "NONE" in capitals is missed:
# no filing agent writes one, and folding the case of every style costs five times as much.
# The second test keeps only styles holding the "ay" of "display" in some case (what
# _DISPLAY_NONE needs, without translate(), which is slow): Workiva and Donnelley filings
# print "border:none" or "text-decoration:none" on thousands of cells, and each would
# otherwise cost an element proxy and a regex search in Python.
_STYLE_NONE = etree.XPath("descendant-or-self::*/@style[contains(., 'none')][contains(., 'ay')"
                          " or contains(., 'AY') or contains(., 'aY') or contains(., 'Ay')]/..")


def _ascii_digits() -> dict[int, str]:
    """Every decimal digit of Unicode (Arabic-Indic, Devanagari, full-width ...) -> its ASCII
    digit, and the full-width forms of ASCII signs (，．％＄（）) and the Arabic decimal and
    thousands separators and percent sign -> ASCII: one character for one, so spans hold."""
    table = {code: str(unicodedata.digit(chr(code))) for code in range(0x80, 0x1FC00)
             if unicodedata.category(chr(code)) == "Nd"}
    table.update({code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)})
    table.update({0x066B: ".", 0x066C: ",", 0x066A: "%", 0x3000: " "})
    return table


# Filers and articles write figures in Latin digits; a figure in other digits (a full-width
# "１２３" pasted from an East Asian source, Arabic-Indic "١٢٣") would otherwise be skipped
# by every number pattern without a word. It is read as the same figure instead.
ASCII_DIGITS = _ascii_digits()
# Full-width forms (EF BC/BD ..) and Arabic-Indic digits (D9 A0-AC, DB B0-B9) in UTF-8, and
# character references to either; looked for only when a one-byte test allows them (a regex
# with several alternatives over a 3.6 MB filing costs half its parse).
_FULL_WIDTH_BYTES = re.compile(rb"\xef[\xbc\xbd]")
_ARABIC_DIGIT_BYTES = re.compile(rb"\xd9[\xa0-\xac]|\xdb[\xb0-\xb9]")
_DIGIT_REFERENCE = re.compile(rb"&#(?:6529[6-9]|6530[0-5]|16[34]\d|17[67]\d|[xX][fF][fF][01]"
                              rb"|[xX]6[6fF])")


def may_hold_wide_digits(content: bytes) -> bool:
    """Can the raw bytes hold a digit other than ASCII (or a character reference to one)?"""
    if b"\0" in content:
        return True  # UTF-16/32: the byte tests do not apply
    # One-byte tests first: they run at memory speed, a two-byte ``in`` 30x slower.
    if (b"\xbc" in content or b"\xbd" in content) and _FULL_WIDTH_BYTES.search(content):
        return True
    if (b"\xd9" in content or b"\xdb" in content) and _ARABIC_DIGIT_BYTES.search(content):
        return True
    return b"&#" in content and _DIGIT_REFERENCE.search(content) is not None


def ascii_digits_in_tree(root: etree._Element) -> None:
    """Rewrite every text and tail of the tree with ASCII digits (see ``ASCII_DIGITS``)."""
    for el in root.iter():
        if (text := el.text) and not text.isascii():
            el.text = text.translate(ASCII_DIGITS)
        if (tail := el.tail) and not tail.isascii():
            el.tail = tail.translate(ASCII_DIGITS)


def styled_hidden(root: etree._Element) -> set:
    """Elements hidden by display:none, selected in C rather than reading every style from
    Python. The set keeps their proxies alive, so the walk meets the same objects."""
    return {el for el in _STYLE_NONE(root) if _DISPLAY_NONE.search(el.get("style"))}


@dataclass
class Visible:
    """What one walk found: the folded visible text; the visible tables in document order;
    the indices of those known to hold fewer than two <tr> (rows of nested tables count, as
    in ``table.iter("tr")``; known only for a table with nothing hidden inside)."""

    text: str
    tables: list[etree._Element]
    single_row_tables: set[int] = field(default_factory=set)


def read_visible(root: etree._Element, styled: set | None = None) -> Visible:
    """Walk the tree once. ``styled``: ``styled_hidden(root)`` when the caller has it."""
    parts: list[str] = []
    log = _TableLog()
    _walk(root, parts.append, _KINDS.get, styled_hidden(root) if styled is None else styled, log)
    return Visible(fold_whitespace("".join(parts)), log.tables, log.single_row_tables())


class _TableLog:
    """The tables the walk enters and, per table, [rows met, whether a hidden part (which may
    hold rows) was skipped]. Called per table, row and skip: a few hundred times, not per
    element."""

    def __init__(self) -> None:
        self.tables: list[etree._Element] = []
        self._counts: list[list] = []
        self._open: list[list] = []  # the counts of the tables the walk is inside

    def enter(self, table: etree._Element) -> None:
        self.tables.append(table)
        self._counts.append([0, False])
        self._open.append(self._counts[-1])

    def leave(self) -> None:
        rows, skipped = self._open.pop()
        if self._open:  # a nested table's rows are its parent's too
            parent = self._open[-1]
            parent[0] += rows
            parent[1] = parent[1] or skipped

    def row(self) -> None:
        if self._open:
            self._open[-1][0] += 1

    def skip(self) -> None:
        if self._open:
            self._open[-1][1] = True

    def single_row_tables(self) -> set[int]:
        return {i for i, (rows, skipped) in enumerate(self._counts) if rows < 2 and not skipped}


def _walk(node: etree._Element, append, kind, hidden: set, log: _TableLog) -> None:
    """Append a subtree's visible text (then its tail) in document order, logging tables.

    Every ``.tag``, ``.text`` and ``.tail`` read makes a new Python string, so each is read
    once (the walrus); libxml2's HTML parser lowercases tag names, so they are looked up as is.
    """
    tag = node.tag
    if tag.__class__ is not str:  # comments, processing instructions
        if tail := node.tail:
            append(tail)
        return
    k = kind(tag)
    if k != _HIDDEN and node not in hidden:
        if k is not None:
            if k == _CELL:
                append("\t")
            else:
                if k == _TABLE:
                    log.enter(node)
                elif k == _ROW:
                    log.row()
                append("\n")
        if text := node.text:
            append(text)
        for child in node:
            tag = child.tag
            if len(child) or tag.__class__ is not str:
                _walk(child, append, kind, hidden, log)
                continue
            # A leaf (most cells, fonts, breaks) inline: a Python call per element is a
            # third of the walk's cost.
            ck = kind(tag)
            if ck != _HIDDEN and child not in hidden:
                if ck is None:
                    if text := child.text:
                        append(text)
                elif ck == _CELL:
                    append("\t")
                    if text := child.text:
                        append(text)
                else:
                    if ck == _TABLE:
                        log.enter(child)
                        log.leave()
                    elif ck == _ROW:
                        log.row()
                    append("\n")
                    if text := child.text:
                        append(text)
                    append("\n")
            else:
                log.skip()
            if tail := child.tail:
                append(tail)
        if k is not None and k < _CELL:  # a block, table or row closes its line
            append("\n")
            if k == _TABLE:
                log.leave()
    else:
        log.skip()
    if tail := node.tail:
        append(tail)


_SPACE_RUNS = re.compile("  +")
_NEWLINES = re.compile("\n[\n\t ]+")  # a lone newline stays as it is: no replacement to make
_TABS = re.compile(r"\t[ \t]+")


def fold_whitespace(raw: str) -> str:
    r"""Every run of [ \f\v\r] becomes one space; a newline with at most one space before it and
    the newlines, tabs and spaces after it become one newline; a tab swallows the blanks after it.

    Same result as substituting ``[ \f\v\r]{2,}|[\f\v\r]`` then `` ?\n[\n\t ]*``, in steps sre
    runs fast: once runs are single spaces, the only space a newline can swallow is the one right
    before it.
    """
    text = raw.replace("\xa0", " ").replace("\u200b", "")
    for char in "\f\v\r":
        if char in text:
            text = text.replace(char, " ")
    # Newlines first: they swallow the source's indentation, which leaves the space-run pass
    # almost nothing to replace. Same result: spaces left before a newline (one, once runs are
    # folded) go with the " \n" replacement, and nothing after a newline is a blank any more.
    text = _NEWLINES.sub("\n", text)
    text = _SPACE_RUNS.sub(" ", text)
    text = _TABS.sub("\t", text.replace(" \n", "\n"))
    return text.strip()
