"""The text a reader sees, and the tables, from one reading of a parsed document's tree.

Every pass over a freshly parsed tree costs real time (a C-level walk of a prospectus's tree is a
sixth of its parse before the tree sits in the CPU caches), and a Python walk more than the
parse itself: the text is read once, by a stylesheet in libxslt, and the tables (the visible
ones, and which of them hold a single row) are found in C beside it, for every later stage.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from itertools import islice

from lxml import etree

# Inline XBRL keeps its hidden facts and contexts in <ix:header> inside a display:none div.
# A person never sees them, so the table and text extractors must not either.
HIDDEN_TAGS = ("ix:header", "script", "style", "head", "title")
_BLOCK_TAGS = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section",
    "article", "ul", "ol", "page", "hr", "center", "blockquote", "pre",
}
_CELL_TAGS = {"td", "th"}

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
# The node() test rather than * (attributes stand only on elements, so the same set): libxml2
# evaluates it two fifths faster (measured on the largest corpus filings that may hide).
_STYLE_NONE = etree.XPath("descendant-or-self::node()/@style[contains(., 'none')]"
                          "[contains(., 'ay')"
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
# (what follows the "&#": ``hidden_sites.references`` joins it to another reference's)
DIGIT_REFERENCE_BODY = rb"(?:6529[6-9]|6530[0-5]|16[34]\d|17[67]\d|[xX][fF][fF][01]|[xX]6[6fF])"
DIGIT_REFERENCE = re.compile(rb"&#" + DIGIT_REFERENCE_BODY)


def may_hold_wide_digits(content: bytes, digit_reference: bool | None = None) -> bool:
    """Can the raw bytes hold a digit other than ASCII (or a character reference to one)?
    ``digit_reference``: whether ``DIGIT_REFERENCE`` stands in them, when the caller knows."""
    if b"\0" in content:
        return True  # UTF-16/32: the byte tests do not apply
    # One-byte tests first: they run at memory speed, a two-byte ``in`` 30x slower.
    if (b"\xbc" in content or b"\xbd" in content) and _FULL_WIDTH_BYTES.search(content):
        return True
    if (b"\xd9" in content or b"\xdb" in content) and _ARABIC_DIGIT_BYTES.search(content):
        return True
    if digit_reference is not None:
        return digit_reference
    return b"&#" in content and DIGIT_REFERENCE.search(content) is not None


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
    # The <ix:header>, <ix:nonFraction> and <ix:nonNumeric> elements, hidden ones included, in
    # document order: met by the same walk in C that finds the tables, so the inline XBRL
    # reader needs no walk of its own (a tenth of a bare parse on an inline XBRL filing).
    inline_headers: list[etree._Element] = field(default_factory=list)
    inline_figures: list[etree._Element] = field(default_factory=list)
    inline_texts: list[etree._Element] = field(default_factory=list)


# The walk, in libxslt: a block, table or row opens and closes a line, a cell opens with a
# tab, a hidden tag gives nothing (its tail, the next text node, still counts), any other
# element gives its text. A Python walk of the same tree cost more than the parse itself (a
# proxy, a tag, a text and a tail string per element); this one costs a third less on a
# freshly parsed tree (the first passes over it wait on memory). An inline element is left to
# XSLT's built-in rule, which gives its children's text as a ``*`` template would, without
# instantiating a template per element (a ``*`` template cost an eighth more over the bench's
# largest filings); libxslt counts the nesting through the built-in rule as through its
# templates, and stops past ``MAX_DEPTH`` (``set_global_max_depth``; an inline element's depth
# is checked a level or two later than a template's) where the Python walk met its recursion
# limit: later readers of the tree recurse in Python.
_LINE_TAGS = sorted(_BLOCK_TAGS | {"table", "tr"})
_HIDDEN_NAME = "script"  # what a hidden element is named while the stylesheet runs
_NEWLINE, _TAB, _APPLY = "<xsl:text>&#10;</xsl:text>", "<xsl:text>&#9;</xsl:text>", \
    "<xsl:apply-templates/>"
_VISIBLE_TEXT = etree.XSLT(etree.XML(f"""\
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text" encoding="utf-8"/>
<xsl:template match="{'|'.join(_LINE_TAGS)}">{_NEWLINE}{_APPLY}{_NEWLINE}</xsl:template>
<xsl:template match="{'|'.join(sorted(_CELL_TAGS))}">{_TAB}{_APPLY}</xsl:template>
<xsl:template match="script|style|head|title"/>
</xsl:stylesheet>""".encode()))
MAX_DEPTH = 900  # levels of nesting read; no filing comes near (a few dozen)
etree.XSLT.set_global_max_depth(MAX_DEPTH)
_HIDDEN_SET = frozenset(HIDDEN_TAGS)


# What the one walk in C collects for every later stage: the tables, the inline XBRL header,
# figures and texts (the cover's fiscal year focus may be tagged in the body), and the <pre>
# blocks (which, with the tables, say whether a plain-text table may need making:
# ``document.parse_document``).
MARKED_TAGS = ("table", "ix:header", "ix:nonfraction", "ix:nonnumeric", "pre")


def marked_elements(root: etree._Element) -> list[etree._Element]:
    """The ``MARKED_TAGS`` elements of the tree in document order, hidden ones included."""
    return list(root.iter(*MARKED_TAGS))


def read_visible(root: etree._Element, styled: set | None = None,
                 found: list[etree._Element] | None = None) -> Visible:
    """Read the tree once. ``styled``: ``styled_hidden(root)`` when the caller has it;
    ``found``: ``marked_elements(root)`` when the caller has it (and the tree is as it was).
    RecursionError past ``MAX_DEPTH`` levels of nesting.

    The elements a style hides and the <ix:header> elements (an HTML element named with a
    colon, in no namespace) are renamed to a hidden tag while the stylesheet runs: a pattern
    testing every element's style or name costs as much again as the rest of the stylesheet.
    """
    styled = styled_hidden(root) if styled is None else styled
    found = marked_elements(root) if found is None else found  # one pass in C for all
    # the names are read before any is changed: an element may be in both
    headers = [el for el in found if el.tag == "ix:header"]
    figures = [el for el in found if el.tag == "ix:nonfraction"]
    texts = [el for el in found if el.tag == "ix:nonnumeric"]
    hidden = {el: el.tag for el in (*styled, *headers)}
    try:
        for el in hidden:
            el.tag = _HIDDEN_NAME
        raw = _visible_text(root)
        tables = [el for el in found if el.tag == "table" and _is_shown(el, root)]
        single = {at for at, table in enumerate(tables) if _holds_one_row(table)}
    finally:
        for el, tag in hidden.items():
            el.tag = tag
    return Visible(fold_whitespace(raw + (root.tail or "")), tables, single, headers, figures,
                   texts)


def _visible_text(root: etree._Element) -> str:
    """The subtree's text as the stylesheet reads it (without the root's tail)."""
    try:
        return str(_VISIBLE_TEXT(root))
    except etree.XSLTApplyError as exc:
        # a template's depth is checked as recursion, the built-in rule's as template depth
        if any("recursion" in entry.message or "template depth" in entry.message
               for entry in _VISIBLE_TEXT.error_log):
            raise RecursionError(f"nested over {MAX_DEPTH} levels") from exc
        raise


def _is_shown(el: etree._Element, root: etree._Element) -> bool:
    """Neither the element nor any element above it up to ``root`` is hidden (the hidden
    ones renamed, ``read_visible``)."""
    while el is not None:
        if el.tag in _HIDDEN_SET:
            return False
        if el is root:
            return True
        el = el.getparent()
    return True


def _holds_one_row(table: etree._Element) -> bool:
    """Fewer than two <tr> inside, nested tables' included, and nothing hidden inside (which
    may hold rows); both looked for in C, the hidden elements renamed."""
    if next(islice(table.iter("tr"), 1, None), None) is not None:
        return False
    return next(table.iter(*HIDDEN_TAGS), None) is None


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
