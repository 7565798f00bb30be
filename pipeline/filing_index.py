"""A filing folder's listing: the names and sizes its index.json gives, the (document, type)
rows of its ``-index.html`` page, and EX-99 exhibits guessed from file names when neither
names them. Pure parsing of what EDGAR returns; the client (``pipeline.edgar``) fetches."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree
from lxml import html as lxml_html

from core.errors import ParsingError
from pipeline.safepath import validate_filename

# Fallback when the filing index page is absent: EX-99 file names as filing agents write them
# (adbeex991q123.htm, ex99-1.htm, exhibit991.htm, ea123-ex99_2.htm).
_EX99_NAME = re.compile(r"(?:ex|exhibit)[-_]?99(?:[-_.]?0?([12]))?(?![0-9])", re.IGNORECASE)
_DOCUMENT_SUFFIXES = (".htm", ".html", ".txt")


def parse_index_json(data, url: str = "index.json") -> list[str]:
    """File names listed in a folder's index.json; ValidationError on an unsafe name."""
    try:
        items = data["directory"]["item"]
    except (TypeError, KeyError) as exc:
        raise ParsingError(f"{url} has no directory.item list; is it a filing folder?") from exc
    if not isinstance(items, list):
        raise ParsingError(f"{url}: directory.item is not a list")
    names = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise ParsingError(f"{url}: an entry without a name: {item!r}")
        if item.get("type") == "folder.gif":
            continue  # a sub-folder (e.g. xslF345X05 rendering), not a document
        names.append(validate_filename(item["name"]))
    return names


def listed_sizes(data, url: str = "index.json") -> dict[str, int | None]:
    """File name -> listed size in bytes (None when the listing gives none, as for the
    index page), in the listing's order; ParsingError as ``parse_index_json``."""
    names = parse_index_json(data, url)
    sizes: dict[str, int | None] = {}
    for item in data["directory"]["item"]:
        if item.get("name") in names:
            size = str(item.get("size") or "").strip()
            sizes[item["name"]] = int(size) if size.isdigit() else None
    return sizes


def size_problem(body: bytes, listed: int | None) -> str | None:
    """What is wrong with a body given the size its folder lists, or None."""
    if listed is None or len(body) == listed:
        return None
    return f"{len(body)} bytes received, index.json lists {listed}"


def whole_html(body: bytes) -> bool:
    """The body ends with </html>: an index page cut short in transfer does not."""
    return body.rstrip()[-64:].lower().endswith(b"</html>")


def parse_index_page(body: bytes) -> list[tuple[str, str]]:
    """(document, type) rows of a ``<accession>-index.html`` page's document tables."""
    try:
        root = lxml_html.fromstring(body)
    except (ValueError, etree.ParserError) as exc:
        raise ParsingError(f"the filing index page could not be parsed ({exc})") from exc
    rows = []
    for table in root.iter("table"):
        header = [cell.text_content().strip().lower() for cell in table.xpath(".//tr[1]/th")]
        if "document" not in header or "type" not in header:
            continue
        doc_col, type_col = header.index("document"), header.index("type")
        for tr in table.xpath(".//tr[td]"):
            cells = tr.xpath("./td")
            if len(cells) <= max(doc_col, type_col):
                continue
            name = _document_cell_name(cells[doc_col])
            kind = cells[type_col].text_content().strip().upper()
            if name:
                rows.append((validate_filename(name), kind))
    return rows


def _document_cell_name(cell) -> str:
    # The cell holds a link whose text is the file name, sometimes followed by "iXBRL".
    links = cell.xpath(".//a")
    text = links[0].text_content() if links else cell.text_content()
    return text.strip().split()[0] if text.strip() else ""


def guess_exhibits(names: Iterable[str]) -> list[tuple[str, str]]:
    """EX-99.1/EX-99.2 guessed from file names (ex99, ex-99, exhibit99, ex991 ...)."""
    found: dict[str, str] = {}
    for name in sorted(names):
        if not name.lower().endswith(_DOCUMENT_SUFFIXES):
            continue
        match = _EX99_NAME.search(name)
        if match is None:
            continue
        kind = f"EX-99.{match.group(1) or '1'}"
        found.setdefault(kind, name)
    return [(name, kind) for kind, name in sorted(found.items())]
