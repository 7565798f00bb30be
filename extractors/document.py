"""Parse a filing document once, with lxml, and hand the same tree to every extractor.

BeautifulSoup over a 3.8 MB prospectus costs ~17x a bare lxml parse; every extractor therefore
works on this one lxml tree (and its visible text), never re-parsing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice

import lxml.html
from lxml import etree

from core.errors import ParsingError
from extractors.anchored import AnchoredPattern
from extractors.hidden_sites import LETTER_REF, hiding_sites, references, styled_hidden_at
from extractors.plaintext_tables import tables_from_pre
from extractors.table_context import BeforeStep, text_before, walk_before
from extractors.table_model import ReadOnce, Row, build_rows, row_labels, table_text
from extractors.text_before import tail_before
from extractors.textindex import TextIndex
from extractors.visible import (
    MAX_DEPTH,
    Visible,
    ascii_digits_in_tree,
    marked_elements,
    may_hold_wide_digits,
    read_visible,
    styled_hidden,
)

# Each form's pattern, anchored at the word its matches start with ("Filed", "FORM",
# "Amendment"): seven case-blind scans of a cover that names its form late (an 8-K) cost more
# than the parse of the whole 8-K, while the anchor words stand a few dozen times there.
FORM_PATTERNS = tuple(
    (form, AnchoredPattern(anchors=(anchor,), patterns=(re.compile(pattern, re.I),)))
    for form, anchor, pattern in (
        ("424B4", b"filed", r"Filed\s+pursuant\s+to\s+Rule\s+424\s*\(\s*b\s*\)\s*\(\s*4\s*\)"),
        ("424B", b"filed", r"Filed\s+pursuant\s+to\s+Rule\s+424\s*\(\s*b\s*\)"),
        ("10-Q", b"form", r"\bFORM\s+10-Q\b"),
        ("10-K", b"form", r"\bFORM\s+10-K\b"),
        ("S-1/A", b"amendment", r"\bAmendment\s+No\.\s*\d+\s+to:?\s+FORM\s+S-1\b"),
        ("S-1", b"form", r"\bFORM\s+S-1\b"),
        ("8-K", b"form", r"\bFORM\s+8-K\b"),
    )
)


_NOTHING_HIDDEN: frozenset = frozenset()
ROWS_COUNTED = 4  # ``Document.row_count``: no reader asks for more rows before the grid


def _memo():
    """A memo of the readers' shared work on one document's tables: keyed by id(table), the
    table kept to check the id's owner; filled as readers ask, never reset (the tree is fixed)."""
    return field(default_factory=dict, init=False, repr=False, compare=False)


@dataclass
class Document:
    """One parsed document: its name for provenance, its lxml tree and its form."""

    name: str
    root: etree._Element
    form: str | None = None
    # False when the raw bytes prove no style attribute can say display:none (see
    # ``scan_bytes``), which spares the XPath over every style attribute.
    may_hide_by_style: bool = field(default=True, repr=False)
    # False when the raw bytes hold no <ix:header (``scan_bytes``): no inline XBRL to read.
    may_hold_inline_xbrl: bool = field(default=True, repr=False)
    # ``visible.marked_elements(root)`` when the parse collected them (the tree unchanged since).
    marked: list[etree._Element] | None = field(default=None, repr=False)
    # How many places of the raw bytes may say display:none (``hidden_sites.hiding_sites``),
    # when the parse read no more than the <ix:header> elements' parents can be. None: the
    # hidden elements are searched for in the whole tree.
    hiding_sites: int | None = field(default=None, repr=False)
    # the memos of the readers' shared work, each listed here (``_memo``)
    _before_memo: dict[tuple[int, int], tuple[etree._Element, str]] = _memo()
    _tails_memo: dict[int, tuple[etree._Element, int, str]] = _memo()
    _walks_memo: dict[int, tuple[etree._Element, int, list[BeforeStep]]] = _memo()
    _labels_memo: dict[tuple[int, bool], tuple[etree._Element, ReadOnce]] = _memo()
    _rows_memo: dict[int, tuple[etree._Element, list[Row]]] = _memo()
    _row_count_memo: dict[int, tuple[etree._Element, int]] = _memo()
    _text_memo: dict[int, tuple[etree._Element, bytes]] = _memo()

    @property
    def text(self) -> str:
        """The visible text, block elements separated by newlines, whitespace folded.

        Character spans in ``Source.span`` index into this string.
        """
        return self._visible.text

    @property
    def tables(self) -> list[etree._Element]:
        """Every visible <table> element in document order (index = Source.table): those
        outside hidden tags and display:none elements, met by the visible-text walk."""
        return self._visible.tables

    @property
    def single_row_tables(self) -> set[int]:
        """Indices of tables the walk saw to hold fewer than two rows (none hidden inside):
        no statement, and no need to look into them again."""
        return self._visible.single_row_tables

    @property
    def inline_elements(self) -> tuple[list[etree._Element], list[etree._Element]]:
        """The <ix:header> and <ix:nonFraction> elements (hidden ones included), each list in
        document order, as the visible-text walk met them."""
        return self._visible.inline_headers, self._visible.inline_figures

    @cached_property
    def inline_resources(self):
        """``xbrl_contexts.inline_resources`` of the <ix:header> elements, read once for the
        inline XBRL and extension-line readers (each gathered and parsed the contexts anew)."""
        from extractors.xbrl_contexts import inline_resources
        return inline_resources(self.inline_elements[0])

    @property
    def inline_texts(self) -> list[etree._Element]:
        """The <ix:nonNumeric> elements (hidden ones included) in document order: the cover's
        document facts among them."""
        return self._visible.inline_texts

    def table_rows(self, table: etree._Element) -> list[Row]:
        """The table's rows (``table_model.build_rows``), built once per document: the income,
        cash-flow, balance-sheet, key-metrics, segment, reconciliation and customer readers each
        read the same statement tables, and the grid was a fifth of extraction. Callers only
        read the rows; the memo is dropped with the document."""
        memo = self._rows_memo
        found = memo.get(id(table))
        if found is None or found[0] is not table:
            # a table hiding nothing is read without a set look-up for each of its cells
            hidden = self.styled_hidden if table in self.tables_hiding else _NOTHING_HIDDEN
            found = memo[id(table)] = (table, build_rows(table, hidden))
        return found[1]

    def table_text(self, table: etree._Element) -> bytes:
        """The table's lower-case text (``table_model.table_text``), serialised once per
        document for the pre-tests of every reader (statement keywords, statement kinds, the
        printed totals of segment tables)."""
        memo = self._text_memo
        found = memo.get(id(table))
        if found is None or found[0] is not table:
            found = memo[id(table)] = (table, table_text(table))
        return found[1]

    def row_count(self, table: etree._Element) -> int:
        """How many <tr> the table holds (nested tables' included), counted up to
        ``ROWS_COUNTED``: what the readers' pre-tests ask before anything else (two rows for a
        statement, three for a note's items, four for a block of parts), each test a walk to
        that row making an element proxy per row, asked of every table by several readers."""
        memo = self._row_count_memo
        found = memo.get(id(table))
        if found is None or found[0] is not table:
            count = sum(1 for _ in islice(table.iter("tr"), ROWS_COUNTED))
            found = memo[id(table)] = (table, count)
        return found[1]

    def row_labels(self, table: etree._Element, shown: bool = False) -> ReadOnce[str | None]:
        """``table_model.row_labels`` of the table, each row's read once per document and only
        when some reader gets that far: the income, key-metric and segment pre-tests each walk
        the rows of the same tables, and most stop at their answer (reading every label up
        front read a seventh more cells than the readers look at). ``shown``: the labels its
        grid shows, hidden rows and cells left out (the same labels on a table that hides
        nothing, ``tables_hiding``)."""
        hidden = self.styled_hidden if shown and table in self.tables_hiding else None
        memo = self._labels_memo
        key = (id(table), hidden is not None)
        found = memo.get(key)
        if found is None or found[0] is not table:
            found = memo[key] = (table, ReadOnce(row_labels(table, hidden)))
        return found[1]

    def preceding_text(self, table: etree._Element, limit: int = 600) -> str:
        """``table_context.preceding_text(table, limit)``, read once per document and length:
        the statement, segment, key-metric and titled-total readers each ask it of the same
        tables (scale, heading, column periods), and a third of the walks repeated one. The
        lengths share one walk (``table_context.walk_before``)."""
        memo = self._before_memo
        key = (id(table), limit)
        found = memo.get(key)
        if found is None or found[0] is not table:
            # (text[-0:] is the whole text: a walk for 0 characters shares no steps)
            steps = self._walk_before(table, limit) if limit > 0 else walk_before(table, limit)
            found = memo[key] = (table, text_before(steps, limit))
        return found[1]

    def tail_before(self, table: etree._Element, count: int) -> str:
        """``text_before.tail_before``, kept per table for the longest count read (its end)."""
        found = self.known_tail(table)
        if count > 0 and found is not None and count <= found[0]:
            return found[1][-count:]  # (the last ``count`` printed characters, or all if fewer)
        text = tail_before(table, count)
        if count > 0:
            self._tails_memo[id(table)] = (table, count, text)
        return text

    def known_tail(self, table: etree._Element) -> tuple[int, str] | None:
        """(count, text) of the longest ``tail_before`` read yet: a longer end's test tries it
        first (the note-items and headed-segment readers each walked back from every table)."""
        found = self._tails_memo.get(id(table))
        return found[1:] if found is not None and found[0] is table else None

    def _walk_before(self, table: etree._Element, limit: int) -> list[BeforeStep]:
        """The steps of ``table_context.walk_before`` for this limit or a longer one: walked
        again only when a reader asks more than the longest limit yet."""
        walks = self._walks_memo
        found = walks.get(id(table))
        if found is None or found[0] is not table or found[1] < limit:
            found = walks[id(table)] = (table, limit, walk_before(table, limit))
        return found[2]

    @cached_property
    def table_context(self):
        """The document-wide facts table columns are dated by, and the periods of the columns
        already dated (``table_columns.TableContext``), shared by the statement and segment
        readers: each built its own, and the fiscal years and calendar (scans of the whole
        text) were read twice. Every entry is a pure function of the document and the
        question, so a reader finds what the other asked as it would have computed it."""
        from extractors.table_columns import TableContext  # it imports this module

        return TableContext(self)

    @cached_property
    def index(self) -> TextIndex:
        """What the text extractors look up in the visible text (literal places, sentences,
        customer aliases, the period context), each computed once on first use and dropped
        with the document."""
        return TextIndex(self.text)

    @cached_property
    def styled_hidden(self) -> set[etree._Element]:
        """The elements a display:none style hides (``visible.styled_hidden``), looked for
        once: the visible-text walk skips them and the table grids drop their rows and cells.
        Empty when the raw bytes prove no style can hide (``scan_bytes``); the inline XBRL
        headers' parents when the bytes allow no more (``hidden_sites.styled_hidden_at``)."""
        if not self.may_hide_by_style:
            return set()
        if self.marked is None or self.hiding_sites is None:
            return styled_hidden(self.root)
        return styled_hidden_at(self.root, self.hiding_sites, _headers(self.marked))

    @cached_property
    def tables_hiding(self) -> set[etree._Element]:
        """The tables holding an element a style hides, whose grid leaves that element out:
        their row labels are read without the hidden rows and cells for a cheap test to
        answer for the grid (``row_labels``), those of the other tables as they stand."""
        return {table for el in self.styled_hidden for table in el.iterancestors("table")}

    @cached_property
    def _visible(self) -> Visible:
        # One walk for all three (see extractors.visible).
        try:
            return read_visible(self.root, self.styled_hidden, self.marked)
        except RecursionError:  # past MAX_DEPTH (libxml2 reads up to 2048): no real filing
            raise ParsingError(f"{self.name}: elements nested too deeply to read (over "
                               f"{MAX_DEPTH} levels); is it a filing document?") from None


# "<pre", "<PRE" or the "<C>" column mark of the ASCII EDGAR format, in one scan: three
# ``in`` tests cost four times as much (a needle opening with "<" makes bytes.find stop at
# every tag of an HTML filing), a tenth of a bare parse.
_PLAIN_TEXT_MARK = re.compile(rb"<(?:pre|PRE|C>)")


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
    _refuse_lost_content(name)
    marked = marked_elements(root)
    if _may_hold_text_tables(marked) and _PLAIN_TEXT_MARK.search(content):
        tables_from_pre(root)  # a plain-text filing's text tables become tables
        marked = marked_elements(root)
    letters, digits = references(content)  # what three byte tests ask, in one scan
    if may_hold_wide_digits(content, digits):
        ascii_digits_in_tree(root)  # "１２３" and "١٢٣" read as 123, not skipped
    may_hide, may_hold_ix = scan_bytes(content, letters)
    sites = (hiding_sites(content, len(_headers(marked)), letters)
             if may_hide and may_hold_ix else None)
    doc = Document(name=name, root=root, form=form, may_hide_by_style=may_hide,
                   may_hold_inline_xbrl=may_hold_ix, marked=marked, hiding_sites=sites)
    if doc.form is None:
        doc.form = guess_form(doc.text[:20000])
    return doc


def _headers(marked: list[etree._Element]) -> list[etree._Element]:
    return [el for el in marked if el.tag == "ix:header"]


def _may_hold_text_tables(marked: list[etree._Element]) -> bool:
    """Is there a <pre>, or a <table> without rows, for ``tables_from_pre`` to read? Without
    one it changes nothing, and the scan of the raw bytes for its marks (a regex stopping at
    every "<" of the markup: a tenth of a bare parse) is spared; the elements come from the
    walk the visible text needs anyway."""
    for el in marked:
        if el.tag == "pre" or el.tag == "table" and next(el.iter("tr"), None) is None:
            return True
    return False


# The same libxml2 HTML parser lxml.html uses, minus its Python element-class lookup: lxml.html
# calls back into Python for every element proxy it hands out, which on a filing's ~20,000
# elements costs more than half a bare parse. Nothing here needs HtmlElement's methods, nor an
# index of id attributes (inline XBRL puts one on every tag: up to a tenth of the parse).
# huge_tree: libxml2 otherwise stops reading at 256 levels of nesting and drops the rest of
# the document without a word (a 10-Q with 300 unclosed <font> tags lost every figure); with
# it the limit is 2048 levels, and passing that is an error (``_refuse_lost_content``).
_PARSER = etree.HTMLParser(collect_ids=False, huge_tree=True)


def _refuse_lost_content(name: str) -> None:
    """libxml2 reports a resource limit (nesting depth, a huge text node) in its error log
    and goes on with what it read so far: the rest of the document would be silently lost."""
    for entry in _PARSER.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT" or "Excessive depth" in entry.message:
            raise ParsingError(f"{name}: the HTML parser stopped early ({entry.message.strip()} "
                               f"at line {entry.line}); the document cannot be read whole")


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
    index = TextIndex(head_text)
    for form, anchored in FORM_PATTERNS:
        if next(index.scan(anchored), None) is not None:
            return form
    return None


# What stands before the "none" of a hiding style (blanks stripped): "display" in any case, then
# blanks, a colon and blanks, any of which an entity may stand for (``&#58;``, ``&colon;``).
_DISPLAY_BEFORE = re.compile(rb"(?i:display)(?:\s|&[#\w]+;?)*(?::|&[#\w]+;?)(?:\s|&[#\w]+;?)*\Z")
_BLANKS = b" \t\n\r\f\v"
_NEAR = 512  # bytes looked at before a "none": room for any spacing a filer writes
_NONE = re.compile(rb"none")  # finditer: the scan and the loop over hits both in C
_REF_END = re.compile(rb"&#?\w+\Z")  # a character reference or entity, its ";" left out


def scan_bytes(content: bytes, letter_reference: bool | None = None) -> tuple[bool, bool]:
    """What the raw bytes leave possible, decided before any walk of the tree: may an element's
    style attribute say ``display: none``; may the document hold inline XBRL (an <ix:header>)?

    Most filings without inline XBRL hide nothing, and for them this spares an XPath over every
    style attribute (a third of a bare parse) and a walk of the tree for inline XBRL (a sixth).
    Inline XBRL is XML, whose names are case-sensitive: it opens with ``<ix:header`` as spelled
    here, and (in every filing seen) a literal ``display:none``, both found at once.
    ``letter_reference``: whether ``LETTER_REF`` stands in the bytes, when the caller knows.
    """
    if b"\0" in content:  # UTF-16/32 text: the byte tests below do not apply
        return True, True
    return _may_hide(content, letter_reference), b"<ix:header" in content


def _may_hide(content: bytes, letter_reference: bool | None) -> bool:
    """False only when no style can say display:none. ``styled_hidden`` tests a decoded style
    for a lower-case "none" after "display", a colon and blanks (ASCII case and blanks, as CSS
    reads them). Without a NUL the bytes are ASCII-compatible, so that "none" is written as is
    or with character references, and what comes before it ends, blanks aside, with ":" or
    with the ";" of an entity. Each "none" is looked at in place (prose holds thousands; a
    slice and a suffix test each), the pattern only where a colon or entity precedes it."""
    if b"display:none" in content:
        return True
    if letter_reference is None:
        letter_reference = LETTER_REF.search(content) is not None
    if letter_reference:
        return True
    for match in _NONE.finditer(content):
        head = content[max(0, match.start() - _NEAR):match.start()].rstrip(_BLANKS)
        if not head and match.start() > _NEAR:  # more blanks than the window: look past them
            head = content[:match.start()].rstrip(_BLANKS)[-_NEAR:]
        if head.endswith(b":"):
            name = head[:-1].rstrip(_BLANKS)
            # "text-transform:none", "border:none": the property is named right there
            if not name.endswith(b";") and name[-7:].lower() != b"display":
                continue
        elif not head.endswith(b";") and not _REF_END.search(head):
            continue  # (libxml2 reads "display:&#32none", a reference without its ";", too)
        if _DISPLAY_BEFORE.search(head):
            return True
    return False
