"""Parse a filing document once, with lxml, and hand the same tree to every extractor.

BeautifulSoup over a 3.8 MB prospectus costs ~17x a bare lxml parse; every extractor therefore
works on this one lxml tree (and its visible text), never re-parsing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

import lxml.html
from lxml import etree

from extractors.sentences import folds_to_ascii, lowered_twin
from pipeline.errors import ParsingError

# Inline XBRL keeps its hidden facts and contexts in <ix:header> inside a display:none div.
# A person never sees them, so the table and text extractors must not either.
_HIDDEN_TAGS = ("ix:header", "script", "style", "head", "title")

FORM_PATTERNS = (
    ("424B4", re.compile(r"Filed\s+pursuant\s+to\s+Rule\s+424\s*\(\s*b\s*\)\s*\(\s*4\s*\)", re.I)),
    ("424B", re.compile(r"Filed\s+pursuant\s+to\s+Rule\s+424\s*\(\s*b\s*\)", re.I)),
    ("10-Q", re.compile(r"\bFORM\s+10-Q\b", re.I)),
    ("10-K", re.compile(r"\bFORM\s+10-K\b", re.I)),
    ("S-1/A", re.compile(r"\bAmendment\s+No\.\s*\d+\s+to:?\s+FORM\s+S-1\b", re.I)),
    ("S-1", re.compile(r"\bFORM\s+S-1\b", re.I)),
    ("8-K", re.compile(r"\bFORM\s+8-K\b", re.I)),
)


@dataclass
class Document:
    """One parsed document: its name for provenance, its lxml tree and its form."""

    name: str
    root: etree._Element
    form: str | None = None
    # False when the raw bytes prove no style attribute can say display:none (see
    # ``style_may_hide``), which spares the XPath over every style attribute.
    may_hide_by_style: bool = field(default=True, repr=False)
    # False when the raw bytes hold no <ix:header (``scan_bytes``): no inline XBRL to read.
    may_hold_inline_xbrl: bool = field(default=True, repr=False)

    @cached_property
    def text(self) -> str:
        """The visible text, block elements separated by newlines, whitespace folded.

        Character spans in ``Source.span`` index into this string.
        """
        return self._visible[0]

    @cached_property
    def tables(self) -> list[etree._Element]:
        """Every visible <table> element in document order (index = Source.table): those
        outside hidden tags and display:none elements, met by the visible-text walk."""
        return self._visible[1]

    @cached_property
    def _visible(self) -> tuple[str, list[etree._Element]]:
        # One walk for both: each pass over a freshly parsed tree costs a sixth of the parse
        # (the tree is not yet in the CPU's caches), even in C.
        return visible_text_and_tables(self.root, self._display_none)

    @cached_property
    def _display_none(self) -> set:
        """Elements hidden by display:none (shared by the text walk and the table list)."""
        return _styled_hidden(self.root) if self.may_hide_by_style else set()


def parse_document(content: bytes | str, *, name: str, form: str | None = None) -> Document:
    """Parse HTML (or EDGAR .txt) into a Document. Empty or unparseable input is a ParsingError."""
    if isinstance(content, str):
        content = content.encode("utf-8")
    if not content or content.isspace():  # isspace stops at the first other byte; strip copies
        raise ParsingError(f"{name}: the document is empty; download it again or check the path")
    try:
        root = _fromstring(content)
    except (etree.ParserError, ValueError) as exc:
        raise ParsingError(
            f"{name}: cannot parse as HTML ({exc}); is it a filing document?"
        ) from exc
    may_hide, may_hold_ix = scan_bytes(content)
    doc = Document(name=name, root=root, form=form, may_hide_by_style=may_hide,
                   may_hold_inline_xbrl=may_hold_ix)
    if doc.form is None:
        doc.form = guess_form(doc.text[:20000])
    return doc


# The same libxml2 HTML parser lxml.html uses, minus its Python element-class lookup: lxml.html
# calls back into Python for every element proxy it hands out, which on a filing's ~20,000
# elements costs more than half a bare parse. Nothing here needs HtmlElement's methods.
_PARSER = etree.HTMLParser()


def _fromstring(content: bytes) -> etree._Element:
    try:
        return lxml.html.fromstring(content, parser=_PARSER)
    except AttributeError:
        # A fragment with several <body>/<head> is mended with HtmlElement.drop_tree().
        return lxml.html.fromstring(content)


# An exhibit announces itself on a line of its own among its first lines ("Exhibit 99.1", EDGAR's
# "EX-99.1" header); its body may quote "Form 10-Q", so this is decided before the form patterns.
_EXHIBIT = re.compile(r"\A(?:[^\n]*\n){0,2}?[ \t]*(?:Exhibit|EX-)[ \t]*(99\.\d+)[ \t]*(?:\n|\Z)",
                      re.I)


def guess_form(head_text: str) -> str | None:
    """Guess the form type from a document's opening text (cover page), or None."""
    exhibit = _EXHIBIT.match(head_text)
    if exhibit:
        return f"EX-{exhibit.group(1)}"
    patterns, text = FORM_PATTERNS, head_text
    if not folds_to_ascii(head_text):
        patterns, text = _LOWER_FORM_PATTERNS, head_text.lower()
    for form, pattern in patterns:
        if pattern.search(text):
            return form
    return None


# Lowered twins: cut the seven scans of a cover that states its form late (an 8-K) to a fraction.
_LOWER_FORM_PATTERNS = tuple((form, lowered_twin(p)) for form, p in FORM_PATTERNS)


# CSS reads property names and keywords ASCII case-insensitively and knows only ASCII blanks.
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.I | re.A)


def is_display_none(style: str | None) -> bool:
    """Does an element's ``style`` attribute hide it (``display: none``, any spacing or case)?"""
    return bool(style) and "none" in style and _DISPLAY_NONE.search(style) is not None


# On the lowered bytes: a literal "display", then blanks, a colon and "none", any of which an
# entity may stand for (``&#58;``, ``&colon;``); and a character reference to an ASCII letter,
# which could spell "display" itself. Both open with a literal, so sre jumps between hits.
_RAW_DISPLAY_NONE = re.compile(
    rb"display(?:\s|&[#\w]+;?)*(?::|&[#\w]+;?)(?:\s|&[#\w]+;?)*(?:none|&)")
_RAW_LETTER_REF = re.compile(
    rb"&#(?:x0*(?:4[1-9a-f]|5[0-9a]|6[1-9a-f]|7[0-9a])|0*(?:6[5-9]|[78]\d|9[07-9]|1[01]\d|12[0-2]));")


def scan_bytes(content: bytes) -> tuple[bool, bool]:
    """What the raw bytes leave possible, decided in C before any walk of the tree: may an
    element's style attribute say ``display: none``; may the document hold an <ix:header>?

    Either is ruled out only when the bytes prove it. The parser decodes attribute values, but
    without a NUL (UTF-16/32 text) the bytes are ASCII-compatible, so a decoded "display:none"
    was written either literally (ASCII case only, hence the lowered bytes) or with entities,
    which both patterns admit; a tag name is never an entity, and the parser lowercases it.
    Most filings without inline XBRL hide nothing, and for them this scan replaces an XPath over
    every style attribute (a third of a bare parse) and a walk of the tree looking for inline
    XBRL (a sixth); inline XBRL opens with a literal ``display:none`` and <ix:header>, found at
    once.
    """
    if b"\0" in content:
        return True, True
    hide, ix_header = b"display:none" in content, b"<ix:header" in content
    if hide and ix_header:
        return True, True
    lowered = content.lower()
    if not hide:
        hide = bool(_RAW_DISPLAY_NONE.search(lowered) or _RAW_LETTER_REF.search(lowered))
    return hide, ix_header or b"<ix:header" in lowered


def style_may_hide(content: bytes) -> bool:
    """Could an element of this HTML carry ``display: none`` in its style attribute?"""
    return scan_bytes(content)[0]


_BLOCK_TAGS = {
    "p", "div", "br", "tr", "table", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section",
    "article", "ul", "ol", "page", "hr", "center", "blockquote", "pre",
}
_CELL_TAGS = {"td", "th"}
# Folding runs as plain-literal patterns: sre scans for a literal prefix far faster than it tries
# a character class at every position of a 1 MB text.
_SPACE_RUNS = re.compile("  +")
_NEWLINES = re.compile("\n[\n\t ]*")
_TABS = re.compile(r"\t[ \t]+")


def visible_text(root: etree._Element, styled_hidden: set | None = None) -> str:
    """Text a reader sees: hidden parts dropped, blocks on their own lines, cells tab-separated.
    ``styled_hidden``: ``_styled_hidden(root)`` when the caller has it already."""
    return visible_text_and_tables(root, styled_hidden)[0]


def visible_text_and_tables(root: etree._Element, styled_hidden: set | None = None
                            ) -> tuple[str, list[etree._Element]]:
    """``visible_text`` and the visible <table> elements in document order, from one walk."""
    parts: list[str] = []
    tables: list[etree._Element] = []
    if styled_hidden is None:
        styled_hidden = _styled_hidden(root)
    _walk_visible(root, parts.append, _KINDS.get, styled_hidden, tables.append)
    return _fold_whitespace("".join(parts)), tables


_BLOCK, _TABLE, _CELL, _HIDDEN = 1, 2, 3, 4  # an inline element has no kind (None)
# Tag -> kind in one dict lookup per element (the HTML parser lowercases tag names already).
_KINDS = {**{t: _BLOCK for t in _BLOCK_TAGS}, "table": _TABLE, **{t: _CELL for t in _CELL_TAGS},
          **{t: _HIDDEN for t in _HIDDEN_TAGS}}
# Through the attribute axis: libxml2 then tests only the elements that carry a style, a
# quarter faster than contains(@style, ...) on every element. A "NONE" in capitals is missed:
# no filing agent writes one, and folding the case of every style costs five times as much.
_STYLE_NONE = etree.XPath("descendant-or-self::*/@style[contains(., 'none')]/..")


def _styled_hidden(root: etree._Element) -> set:
    """Elements hidden by display:none, selected in C rather than reading every style from
    Python. The set keeps their proxies alive, so the walk meets the same objects."""
    return {el for el in _STYLE_NONE(root) if _DISPLAY_NONE.search(el.get("style"))}


def _walk_visible(node: etree._Element, append, kind, hidden: set, add_table) -> None:
    """Append a subtree's visible text (then its tail) in document order; hand each visible
    table to ``add_table``.

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
                    add_table(node)
                append("\n")
        if text := node.text:
            append(text)
        for child in node:
            tag = child.tag
            if len(child) or tag.__class__ is not str:
                _walk_visible(child, append, kind, hidden, add_table)
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
                        add_table(child)
                    append("\n")
                    if text := child.text:
                        append(text)
                    append("\n")
            if tail := child.tail:
                append(tail)
        if k == _BLOCK or k == _TABLE:
            append("\n")
    if tail := node.tail:
        append(tail)


def _fold_whitespace(raw: str) -> str:
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
