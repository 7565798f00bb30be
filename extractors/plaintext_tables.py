"""Text tables of plain-text EDGAR documents, made tables.

A 2000s filing (and some recent ones) prints its statements inside ``<PRE>`` as aligned text::

                                             Year Ended        Year Ended
                                            September 30,     September 30,
                                                 2008              2007
                                          ---------------   ---------------
    Revenues                              $          ---    $          ---
    General and administrative expenses       4,008,188         2,222,327
         Net income (loss)                $  (3,717,600)    $   1,082,715

The ASCII EDGAR format wraps such a table in ``<TABLE>`` with ``<S>``/``<C>`` column marks
instead. Folded into visible text, its columns are lost. ``tables_from_pre`` finds such blocks
before the document's text is read and puts a ``<table>`` in their place (the text before and after
stays ``<pre>``), so the table extractors read them as they read HTML tables (Southwest Iowa
Renewable Energy's 10-K for 2008 is such a document). A block becomes a table only when it is
plainly one: two or more rows of a label and right-aligned figures under a header of periods.
"""

from __future__ import annotations

import re

from lxml import etree

_CHUNK = re.compile(r"\S+(?: \S+)*")  # cells are parted by two or more blanks
_FIGURE = re.compile(r"^\(?\$?\s*\(?-?[\d,]*\d(?:\.\d+)?\)?%?$|^\$?\s*(?:-{1,3}|—|–)$")
_DOLLAR = re.compile(r"^\$\s*")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_RULE = re.compile(r"^[\s=_-]*[=_-]{3,}[\s=_-]*$")
_HEADER_WORD = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:year|years|months|weeks|quarter|ended|ending|period|fiscal|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"inception|thousands|millions|except)\b", re.I)
_MAX_HEADER_LINES = 6
_MAX_BLANKS = 3  # blank lines a table may hold between its rows
_MAX_HEADER_CELL = 45  # "(in thousands, except per share data)": a header cell is short
_MAX_SECTION = 60  # a section label ("Other income and (expense):") is a short line


def tables_from_pre(root: etree._Element) -> int:
    """Replace the text tables of every ``<pre>`` under ``root``, and of every ``<table>``
    holding text rather than rows (the ASCII EDGAR format: ``<TABLE>``, a ``<CAPTION>``, ``<S>``
    and ``<C>`` column marks, then aligned text), by ``<table>`` elements (the text around them
    stays in ``<pre>``); the number of tables made."""
    made = 0
    text_tables = [t for t in root.iter("table") if next(t.iter("tr"), None) is None]
    for pre in [*root.iter("pre"), *text_tables]:
        text = "".join(pre.itertext()).expandtabs()
        blocks = _table_blocks(text.split("\n"))
        if blocks:
            _replace(pre, text.split("\n"), blocks)
            made += len(blocks)
    return made


def _table_blocks(lines: list[str]) -> list[tuple[int, int, int]]:
    """(header start, first row, end) line indices of each text table."""
    blocks, i = [], 0
    while i < len(lines):
        if _figures(lines[i]) is None:
            i += 1
            continue
        end, rows = _rows_end(lines, i)
        header = _header_start(lines, i)
        if rows >= 2 and header < i:
            blocks.append((header, i, end))
            i = end
        else:
            i += 1
    return blocks


def _figures(line: str) -> tuple[str, list[re.Match]] | None:
    """A data line's label and its figure cells, or None."""
    chunks = [c for c in _CHUNK.finditer(line) if c.group() != "$"]  # a "$" column of its own
    figures = [c for c in chunks if _FIGURE.match(c.group())]
    if len(figures) >= 2 and len(figures) == len(chunks):
        if all(_YEAR.match(c.group()) for c in chunks):
            return None  # the header's years
        return "", figures  # a subtotal under a rule, its label left unprinted
    if not figures or chunks[0] in figures or chunks[-1] not in figures:
        return None
    first = chunks.index(figures[0])
    if any(not _FIGURE.match(c.group()) for c in chunks[first:]):
        return None
    # "Revenue...........  $ 41,200": the label without its dot leader
    label = " ".join(c.group() for c in chunks[:first]).rstrip(". ")
    return label, [c for c in figures if _DOLLAR.sub("", c.group())]


def _rows_end(lines: list[str], start: int) -> tuple[int, int]:
    """Where the rows from ``start`` end, and how many data rows there are."""
    rows, blanks, i, last = 0, 0, start, start
    while i < len(lines):
        line = lines[i]
        if not line.strip() or _RULE.match(line):
            blanks += not line.strip()
            if blanks > _MAX_BLANKS:
                break
        elif _figures(line) is not None:
            rows, blanks, last = rows + 1, 0, i
        elif len(line.strip()) <= _MAX_SECTION and len(_CHUNK.findall(line)) == 1 and \
                not line.strip().lower().startswith("see "):
            blanks = 0  # a section label
        else:
            break
        i += 1
    return last + 1, rows


def _header_start(lines: list[str], first_row: int) -> int:
    """The first header line above ``first_row`` (``first_row`` when there is none)."""
    start, seen, i = first_row, 0, first_row - 1
    while i >= 0 and seen < _MAX_HEADER_LINES:
        line = lines[i]
        if not line.strip() or _RULE.match(line):
            i -= 1
            continue
        chunks = _CHUNK.findall(line)
        if _figures(line) is not None or not _HEADER_WORD.search(line) or \
                max(map(len, chunks)) > _MAX_HEADER_CELL:
            break  # a figure, or a line of prose: "... for the fiscal year ended ..."
        start, seen, i = i, seen + 1, i - 1
    return start


def _replace(pre: etree._Element, lines: list[str], blocks) -> None:
    parent = pre.getparent()
    at = parent.index(pre)
    tail = pre.tail
    parent.remove(pre)
    pieces: list[etree._Element] = []
    done = 0
    for header, first, end in blocks:
        pieces.append(_pre("\n".join(lines[done:header])))
        pieces.append(_table(lines, header, first, end))
        done = end
    pieces.append(_pre("\n".join(lines[done:])))
    pieces[-1].tail = tail
    for offset, piece in enumerate(pieces):
        parent.insert(at + offset, piece)


def _pre(text: str) -> etree._Element:
    element = etree.Element("pre")
    element.text = text
    return element


def _table(lines: list[str], header: int, first: int, end: int) -> etree._Element:
    rows = [(i, _figures(lines[i])) for i in range(first, end)]
    columns = _columns([m for _, found in rows if found for m in found[1]])
    table = etree.Element("table")
    head = [""] * len(columns)
    for line in lines[header:first]:
        if line.strip() and not _RULE.match(line):
            for chunk in _CHUNK.finditer(line):
                # a caption spanning columns ("YEAR ENDED DECEMBER 31,") heads each of them
                for k in _spanned(columns, chunk.start(), chunk.end()):
                    head[k] = f"{head[k]} {chunk.group()}".strip()
    _row(table, "", head)
    for i, found in rows:
        if found is None:
            if lines[i].strip() and not _RULE.match(lines[i]):
                _row(table, lines[i].strip(), [""] * len(columns))
            continue
        label, figures = found
        cells = [""] * len(columns)
        for match in figures:
            cells[_nearest(columns, match.start(), match.end())] = _cell(match.group())
        _row(table, label, cells)
    return table


def _columns(figures: list[re.Match]) -> list[tuple[int, int]]:
    """Column spans: figures are right-aligned, so their ends cluster."""
    spans: list[list[int]] = []
    for match in sorted(figures, key=lambda m: m.end()):
        if spans and match.end() - spans[-1][1] <= 3:
            spans[-1] = [min(spans[-1][0], match.start()), max(spans[-1][1], match.end())]
        else:
            spans.append([match.start(), match.end()])
    return [(a, b) for a, b in spans]


def _spanned(columns: list[tuple[int, int]], start: int, end: int) -> list[int]:
    over = [k for k, (a, b) in enumerate(columns) if min(b, end) - max(a, start) > 0]
    return over if len(over) > 1 else [_nearest(columns, start, end)]


def _nearest(columns: list[tuple[int, int]], start: int, end: int) -> int:
    def distance(k: int) -> float:
        a, b = columns[k]
        overlap = min(b, end) - max(a, start)
        return -overlap if overlap > 0 else abs((a + b) / 2 - (start + end) / 2)
    return min(range(len(columns)), key=distance)


def _cell(text: str) -> str:
    text = _DOLLAR.sub("", text).replace("($", "(").replace("$", "")
    return "—" if text.strip("-–—") == "" else text


def _row(table: etree._Element, label: str, cells: list[str]) -> None:
    tr = etree.SubElement(table, "tr")
    etree.SubElement(tr, "td").text = label
    for cell in cells:
        etree.SubElement(tr, "td").text = cell
