"""Where in a filing a piece of evidence is, said so that a reader can follow it.

A stored locator says ``table 14`` (counted from zero) or ``chars 751-858`` (an offset into the
visible text): exact for a machine, useless to a person holding a 300-page prospectus. This
module reads the document again from the raw store and says instead under which section heading
the evidence stands, on which page (where the filer laid the document out in pages with CSS page
breaks, as most EDGAR filings are), and which text a browser can scroll to and highlight
(a ``#:~:text=`` fragment; browsers without it simply open the document).

One walk of the parsed tree over the blocks that hold text directly (a paragraph, a heading, a
div of text), skipping hidden elements and table interiors; each block is placed in
``Document.text`` by searching its opening words from where the previous one was found, so
headings and page starts get the same offsets as ``Source.span``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from urllib.parse import quote

from extractors.document import Document
from extractors.visible import fold_whitespace, styled_hidden

_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "center",
                     "blockquote", "td", "th", "dt", "dd", "section", "article", "header"})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SKIP = frozenset({"table", "script", "style", "head", "title"})
_BREAK = re.compile(r"(?:page-)?break-(before|after)\s*:\s*(?:always|page)", re.I)
_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.I)
# A printed page number standing alone at the foot of a page: "12", "F-7", "ii", "Page 3".
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?([A-Z]{1,2}-\d{1,3}|\d{1,3}|[ivxlc]{1,6})$", re.I)
_MAX_HEADING = 120
_PROBE = 40  # characters of a block searched for in the document text
_SEARCH_AHEAD = 20000  # how far past the previous block a block's text may start
RUNNING_HEAD = 3  # a heading printed this many times is a running head
_NOT_HEADINGS = frozenset({"table of contents", "index", "(unaudited)", "unaudited"})


@dataclass
class Layout:
    """A document's headings and pages as offsets into ``Document.text``."""

    heading_at: list[int] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    page_starts: list[int] = field(default_factory=list)  # offset where each page 2.. starts
    page_labels: list[str | None] = field(default_factory=list)  # printed number, per page
    table_at: dict[int, int] = field(default_factory=dict)  # id(table element) -> offset

    def section(self, offset: int) -> str | None:
        i = bisect.bisect_right(self.heading_at, offset)
        return self.headings[i - 1] if i else None

    def page(self, offset: int) -> tuple[str, int] | None:
        """(the page as a reader finds it, the page's position) or None without page breaks."""
        if not self.page_starts:
            return None
        number = bisect.bisect_right(self.page_starts, offset) + 1
        printed = self.page_labels[number - 1] if number <= len(self.page_labels) else None
        return (printed or str(number)), number

    @property
    def pages(self) -> int:
        return len(self.page_starts) + 1 if self.page_starts else 0


def read_layout(doc: Document) -> Layout:
    layout = Layout()
    text = doc.text
    hidden = styled_hidden(doc.root) if doc.may_hide_by_style else set()
    tables = {id(t) for t in doc.tables}
    # a one-row table is layout (a title or a heading set in a table cell): read into it
    layout_tables = {id(doc.tables[i]) for i in doc.single_row_tables if i < len(doc.tables)}
    cursor = 0
    last_block = ""
    for kind, el in _walk(doc.root, hidden, layout_tables):
        if kind == "break":
            if cursor and (not layout.page_starts or layout.page_starts[-1] < cursor):
                layout.page_labels.append(_printed(last_block))
                layout.page_starts.append(cursor)
            continue
        probe = _first_words(el) if kind == "table" else fold_whitespace("".join(el.itertext()))
        if not probe.strip():
            continue
        # the first line only: a <br> inside a cell or a block may fold otherwise in the text
        found = text.find(probe.strip().split("\n", 1)[0][:_PROBE], cursor,
                          cursor + _SEARCH_AHEAD)
        if found < 0:
            continue
        if kind == "table":
            if id(el) in tables:
                layout.table_at[id(el)] = found
        elif _is_heading(el, probe):
            layout.heading_at.append(found)
            layout.headings.append(_one_line(probe))
        cursor = found + 1
        last_block = probe.strip() if kind == "block" else ""
    layout.page_labels.append(_printed(last_block))
    _drop_running_heads(layout)
    return layout


def _drop_running_heads(layout: Layout) -> None:
    """A title repeated at the top of page after page ("NOTES TO CONSOLIDATED FINANCIAL
    STATEMENTS", the company's name: Standard Pacific's 10-K) is a running head, not the
    section: keep the note's own heading ("4. Inventories") in force under it."""
    counts: dict[str, int] = {}
    for heading in layout.headings:
        counts[heading.lower()] = counts.get(heading.lower(), 0) + 1
    keep = [i for i, h in enumerate(layout.headings) if counts[h.lower()] < RUNNING_HEAD]
    layout.heading_at = [layout.heading_at[i] for i in keep]
    layout.headings = [layout.headings[i] for i in keep]


def _one_line(heading: str) -> str:
    """A heading set on several lines ("DELL INC." / "CONSOLIDATED STATEMENTS OF INCOME" /
    "(in millions ...)") as one, without its parenthetical notes."""
    lines = [x.strip() for x in heading.splitlines() if x.strip()]
    kept = [x for x in lines if not (x.startswith("(") and x.endswith(")"))] or lines
    joined = kept[0]
    for line in kept[1:]:  # a wrapped line goes on in lower case ("Basis" / "for Opinion")
        joined += (" " if line[:1].islower() else " — ") + line
    return joined


def _walk(root, hidden: set, layout_tables: set):
    """('block' | 'table' | 'break', element) in document order (page breaks where CSS puts
    them), never inside a hidden element or a data table."""
    stack = [(root, False)]
    while stack:
        el, closing = stack.pop()
        if closing:
            yield "break", el
            continue
        tag = el.tag if isinstance(el.tag, str) else ""
        if el in hidden:
            continue
        style = el.get("style") or ""
        breaks = {m.group(1).lower() for m in _BREAK.finditer(style)}
        if "before" in breaks:
            yield "break", el
        if "after" in breaks:
            stack.append((el, True))
        if tag == "table":
            yield "table", el
            if id(el) not in layout_tables:
                continue
        if tag in _SKIP:
            continue
        children = [c for c in el if isinstance(c.tag, str)]
        # an inline-XBRL wrapper (ix:nonNumeric) is no block: a <div> holding only one may
        # hold a note's tables (Oracle's 10-Q: its revenue by region inside a text block)
        if tag in _BLOCKS and not any(c.tag in _BLOCKS or c.tag == "table" or ":" in c.tag
                                      for c in children):
            yield "block", el
            continue
        stack.extend((c, False) for c in reversed(children))


def _first_words(table) -> str:
    for piece in table.itertext():
        piece = fold_whitespace(piece).strip()
        if len(piece) >= 3 and any(ch.isalpha() for ch in piece):
            return piece
    return ""


def _is_heading(el, text: str) -> bool:
    text = text.strip()
    letters = [ch for ch in text if ch.isalpha()]
    if len(text) > _MAX_HEADING or len(letters) < 3 or text.lower() in _NOT_HEADINGS:
        return False
    if text.startswith("(") and text.endswith(")"):  # "(in thousands)", "(unaudited)"
        return False
    if text.lower().startswith("/s/") or "www." in text or "://" in text:
        return False  # an auditor's signature, a chart's source line
    if el.tag in _HEADING_TAGS:
        return True
    if text.endswith((".", ",", ";", ":")) and not text[:5].lower().startswith("item"):
        return False
    if all(ch.isupper() for ch in letters) and len(letters) >= 4:
        return True
    return _all_bold(el)


def _all_bold(el) -> bool:
    """Every character of the block is bold (a styled span, <b> or <strong>, or the block)."""
    def walk(node, bold: bool):
        bold = bold or node.tag in ("b", "strong") or bool(_BOLD.search(node.get("style") or ""))
        if (node.text or "").strip() and not bold:
            return False
        for child in node:
            if isinstance(child.tag, str) and not walk(child, bold):
                return False
            if (child.tail or "").strip() and not bold:
                return False
        return True

    return walk(el, False)


def _printed(block: str) -> str | None:
    match = _PAGE_NUMBER.match(block.strip())
    return match.group(1) if match else None


def text_fragment(text: str, words: int = 5) -> str | None:
    """A ``#:~:text=`` fragment that finds ``text``: the whole of a short passage, else its
    first and last few words (a range), percent-encoded as the spec requires ('-', ',', '&')."""
    parts = fold_whitespace(text).split()
    if not parts:
        return None
    if len(parts) <= 2 * words:
        return "#:~:text=" + _encode(" ".join(parts))
    return ("#:~:text=" + _encode(" ".join(parts[:words])) + ","
            + _encode(" ".join(parts[-words:])))


def _encode(text: str) -> str:
    return quote(text, safe="").replace("-", "%2D")


def add_places(report: dict, bodies) -> None:
    """Give every evidence of ``report`` its section, page and table number as a reader finds
    them. ``bodies(document_url)`` returns the stored document (bytes) or None; each document
    is parsed once."""
    layouts: dict[str, tuple[Document, Layout] | None] = {}
    for claim in report["claims"]:
        for e in (*claim["evidence"], *claim["newer_evidence"]):
            url = e["document_url"]
            if url not in layouts:
                layouts[url] = _layout_of(bodies, url, e["document_name"])
            if layouts[url] is not None:
                _place(e, *layouts[url])


def _layout_of(bodies, url: str | None, name: str) -> tuple[Document, Layout] | None:
    """The parsed document and its layout; None for what has no pages or headings (the
    companyfacts JSON, an XBRL instance), a body the store lacks, or one that will not parse
    (the evidence then keeps its table number and link, without section and page)."""
    from core.errors import ParsingError
    from extractors.document import parse_document

    if not url or name.lower().endswith((".json", ".xml")):
        return None
    body = bodies(url)
    if not body:
        return None
    try:
        doc = parse_document(body, name=name)
    except ParsingError:
        return None
    return doc, read_layout(doc)


def _place(e: dict, doc: Document, layout: Layout) -> None:
    offset = None
    if e.get("table") is not None and 0 <= e["table"] < len(doc.tables):
        offset = layout.table_at.get(id(doc.tables[e["table"]]))
    elif e.get("span_start") is not None:
        offset = e["span_start"]
    if offset is None:
        return
    e["section"] = layout.section(offset)
    page = layout.page(offset)
    if page is not None:
        e["page"], e["page_number"] = page
        e["pages"] = layout.pages
