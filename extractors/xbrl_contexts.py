"""XBRL plumbing shared by the inline (.htm) and instance (.xml) paths: contexts, units, values.

Both trees are walked by local tag name so the same code reads lxml.html's lowercased
``xbrli:context`` and the instance document's namespaced ``{...instance}context``. The XML
instance is parsed here with a hardened parser: no DTD loading, no entity expansion, no network,
and a document declaring entities is refused outright.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from lxml import etree
from lxml.html import HtmlMixin

from core.errors import ParsingError

# Far above any real instance (Apple's 10-Q: 0.76 MB); bounds memory before lxml sees the bytes.
MAX_XML_BYTES = 64 * 1024 * 1024

_SAFE_XML = dict(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                 dtd_validation=False, remove_comments=True, remove_pis=True)


@dataclass(frozen=True)
class Context:
    id: str
    start: date | None
    end: date | None  # the instant for instant contexts
    dims: dict[str, str] = field(default_factory=dict)  # axis QName -> member QName


def lname(element) -> str:
    """Lowercased local name of an element: 'xbrli:startDate' / '{ns}startDate' -> 'startdate'."""
    tag = element.tag if isinstance(element.tag, str) else ""
    return _local(tag).lower()


def _local(name: str) -> str:
    # What follows the last '}' or ':' (rfind is -1 when there is none): a context has a dozen
    # elements, a fact tag a dozen attributes, and two rsplits' lists cost more than the slice.
    return name[max(name.rfind("}"), name.rfind(":")) + 1:]


def attr(element, name: str) -> str | None:
    """Attribute by name in either case (lxml.html lowercases 'contextRef' to 'contextref')."""
    value = element.get(name)
    return value if value is not None else element.get(name.lower())


def is_nil(element) -> bool:
    """xsi:nil="true": the fact is reported as having no value."""
    # Filers bind the schema-instance namespace to xsi:, xs: or others; lxml.html keeps the prefix.
    # The local name is the key's tail, so a nil key ends in 'nil' in some case: one C-level
    # search over the names rules out the usual tag before any per-attribute Python.
    if not _ENDS_IN_NIL.search("\0".join(element.keys())):
        return False
    return any(_local(key).lower() == "nil" and value.strip().lower() in ("true", "1")
               for key, value in element.items())


_ENDS_IN_NIL = re.compile(r"nil(?:\0|$)", re.I)


def parse_safe_xml(data: bytes | str, *, document: str) -> etree._Element:
    """Parse XML that may come from anyone: refuse entity declarations, never fetch anything."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > MAX_XML_BYTES:
        raise ParsingError(f"{document}: refused: {len(data)} bytes is over the {MAX_XML_BYTES} "
                           "byte limit for an XBRL document; is this really one filing?")
    if _declares_entities(data):
        raise ParsingError(f"{document}: refused: the document declares XML entities (a DTD "
                           "with <!ENTITY>), which XBRL never needs; it may be an attack, do not "
                           "process it")
    try:
        root = etree.fromstring(data, etree.XMLParser(**_SAFE_XML))
    except etree.XMLSyntaxError as exc:
        raise ParsingError(f"{document}: not well-formed XML ({exc}); download it again") from exc
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):  # e.g. a UTF-16 prolog
        raise ParsingError(f"{document}: refused: the document declares XML entities")
    return root


def _declares_entities(data: bytes) -> bool:
    # A DTD can only sit in the prolog; look there, in ASCII-compatible and UTF-16 spellings.
    head = data[:1_000_000]
    return any(token in head for token in (b"<!ENTITY", "<!ENTITY".encode("utf-16-le"),
                                           "<!ENTITY".encode("utf-16-be")))


def parse_contexts(root: etree._Element) -> dict[str, Context]:
    contexts: dict[str, Context] = {}
    local_names: dict[str, str] = {}
    for element in _maybe_named(root, "context"):
        if lname(element) == "context" and _is_xbrl_tag(element):
            ctx = _context(element, local_names)
            contexts[ctx.id] = ctx
    return contexts


class InlineContexts:
    """The contexts of an inline document, read only when a fact asks for one.

    IBM's 10-K declares 1,237 contexts (8,000 elements) for the few hundred tags we read; parsing
    each from Python cost twice the bare parse. ``get`` parses and caches like ``dict.get``.
    """

    def __init__(self, elements: dict[str, etree._Element]):
        self._elements = elements
        self._parsed: dict[str, Context] = {}
        self._local_names: dict[str, str] = {}  # see _context

    def __bool__(self) -> bool:
        return bool(self._elements)

    def __len__(self) -> int:
        return len(self._elements)

    def get(self, cid: str, default=None) -> Context | None:
        if cid not in self._parsed:
            element = self._elements.get(cid)
            if element is None:
                return default
            self._parsed[cid] = _context(element, self._local_names)
        return self._parsed[cid]


def inline_resources(headers) -> tuple[InlineContexts, dict[str, str | None]]:
    """Contexts (lazily) and units of an inline XBRL document, from its ix:header elements.

    The caller finds the headers by C-level tag iteration (the HTML parser spells the tag
    'ix:header'), without visiting every element from Python. No header: not inline XBRL.
    """
    contexts: dict[str, etree._Element] = {}
    units: dict[str, str | None] = {}
    for header in headers:
        # (is it a context?, element): the tag says so outright when the prefix is xbrli:.
        found = [(el.tag == "xbrli:context", el)
                 for el in header.iter("xbrli:context", "xbrli:unit")]
        if not found:  # another prefix for the instance namespace: select by local name
            found = [(lname(el) == "context", el) for el in _CONTEXT_OR_UNIT(header)
                     if lname(el) in ("context", "unit") and _is_xbrl_tag(el)]
        for is_context, element in found:
            if is_context:
                contexts[element.get("id") or ""] = element
            else:
                units[element.get("id") or ""] = _unit(element)
    return InlineContexts(contexts), units


def _maybe_named(root: etree._Element, name: str):
    """Every element whose ``lname`` may be ``name`` (a superset), in document order.

    Visiting each of a big filing's ~20,000 elements from Python (lxml.html builds a proxy per
    element through a Python class lookup) costs more than parsing it; an XPath filter selects
    in C. lxml.html lowercases tag names and keeps the prefix in them, so an element whose
    lowercased local name is ``name`` has ``name`` in its tag. Other trees (an XML instance, whose
    tags may be cased anyhow) are walked whole.
    """
    if isinstance(root, HtmlMixin):
        return _NAME_CONTAINS(root, name=name)
    return root.iter()


_CONTEXT_OR_UNIT = etree.XPath(
    "descendant::*[contains(local-name(), 'context') or contains(local-name(), 'unit')]")
_NAME_CONTAINS = etree.XPath("descendant-or-self::*[contains(local-name(), $name)]")


def _is_xbrl_tag(element) -> bool:
    # Plain HTML has no <context>; the XBRL one is prefixed (xbrli:) or namespaced.
    return ":" in element.tag or element.tag.startswith("{")


def _context(element, local_names: dict) -> Context:
    """The context's period and dimensions; ``local_names`` memoises ``lname`` by tag for one
    document, which spells its handful of context tags over and over."""
    cid = element.get("id") or ""
    start = end = None
    dims: dict[str, str] = {}
    for child in element.iter():
        tag = child.tag
        name = local_names.get(tag)
        if name is None:
            name = local_names[tag] = lname(child)
        if name == "startdate":
            start = _date(child, cid)
        elif name in ("enddate", "instant"):
            end = _date(child, cid)
        elif name == "explicitmember" and child.get("dimension"):
            dims[child.get("dimension").strip()] = (child.text or "").strip()
        elif name == "typedmember" and child.get("dimension"):
            # A typed member (a date range, an id) is a dimension we never map: record it so the
            # fact is treated as dimensioned, not as the company total.
            dims[child.get("dimension").strip()] = "typed"
    return Context(cid, start, end, dims)


def _date(element, cid: str) -> date:
    text = (element.text or "").strip()[:10]
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ParsingError(f"XBRL context {cid!r} has a malformed date {text!r}") from exc


def parse_units(root: etree._Element) -> dict[str, str | None]:
    """unit id -> our unit name ('USD', 'shares', 'USD/share', 'pure') or None for others."""
    units: dict[str, str | None] = {}
    for element in _maybe_named(root, "unit"):
        if lname(element) == "unit" and _is_xbrl_tag(element):
            units[element.get("id") or ""] = _unit(element)
    return units


def _unit(element) -> str | None:
    return _unit_name([lname_text(m) for m in element.iter() if lname(m) == "measure"])


def lname_text(element) -> str:
    return (element.text or "").strip().rsplit(":", 1)[-1].lower()


def _unit_name(measures: list[str]) -> str | None:
    if measures == ["usd"]:
        return "USD"
    if measures == ["shares"]:
        return "shares"
    if measures == ["pure"]:
        return "pure"
    if measures == ["usd", "shares"]:  # divide: numerator then denominator in document order
        return "USD/share"
    return None


def parse_scale(text: str | None) -> int:
    """ix scale: a power of ten; real filings use -2 (percent) to 9 (billions)."""
    try:
        scale = int((text or "0").strip())
    except ValueError as exc:
        raise ParsingError(f"scale {text!r} is not an integer") from exc
    if abs(scale) > 30:
        raise ParsingError(f"scale {scale} is outside any real figure's range")
    return scale


def parse_decimals(text: str | None) -> int | None:
    """XBRL decimals: an int, or INF (exact) which we record as unknown-free None."""
    if text is None or text.strip().upper() == "INF":
        return None
    try:
        return int(text.strip())
    except ValueError as exc:
        raise ParsingError(f"XBRL decimals attribute {text!r} is not an integer or INF") from exc


_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_WORDS.update({w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())})
_WORDS.update({"no": 0, "none": 0})
_DASHES = {"-", "\u2013", "\u2014", "\u2012", "\u2212"}
_ZERO_FORMATS = ("fixedzero", "zerodash", "numdash")
_DOT_DECIMAL = ("", "numdotdecimal", "numcommadot", "numspacedot")  # ixt v1-v4 spellings
_COMMA_DECIMAL = ("numcommadecimal", "numdotcomma", "numspacecomma")
# Group separators and spaces between the digits, per decimal mark; what is left must be a number.
_DOT_DECIMAL_NOISE = re.compile(r"[,\s'\u00a0]")
_COMMA_DECIMAL_NOISE = re.compile(r"[.\s'\u00a0]")
_DECIMAL_RE = re.compile(r"\d+(\.\d+)?|\.\d+")
# More digits than any real figure; also keeps every later step within Decimal's 28 digits.
MAX_DIGITS = 24


def parse_ix_number(text: str, fmt: str | None) -> Decimal:
    """The number an ix:nonFraction displays, per its ixt/ixt-sec transformation format."""
    raw = " ".join(text.split())
    kind = (fmt or "").rsplit(":", 1)[-1].replace("-", "").lower()
    # Filers also print a lone dash for zero under the plain number formats.
    if kind in _ZERO_FORMATS or (kind in _DOT_DECIMAL and raw in _DASHES):
        return Decimal(0)
    if kind == "numwordsen":
        return _words_number(raw)
    if kind in _DOT_DECIMAL:
        digits = _DOT_DECIMAL_NOISE.sub("", raw)
    elif kind in _COMMA_DECIMAL:
        digits = _COMMA_DECIMAL_NOISE.sub("", raw).replace(",", ".")
    else:
        raise ParsingError(f"unsupported inline XBRL format {fmt!r} (value {raw!r}); the "
                           "extractor must learn it before this document can be read")
    if not _DECIMAL_RE.fullmatch(digits):
        raise ParsingError(f"inline XBRL value {raw!r} does not match its format {fmt!r}")
    if len(digits) > MAX_DIGITS:
        raise ParsingError(f"inline XBRL value {raw!r} has more digits than any real figure")
    try:
        return Decimal(digits)
    except InvalidOperation as exc:  # pragma: no cover - the regex admits only decimals
        raise ParsingError(f"inline XBRL value {raw!r} is not a number") from exc


def _words_number(raw: str) -> Decimal:
    total = 0
    for word in re.split(r"[\s-]+", raw.lower().strip(" .")):
        if word not in _WORDS:
            raise ParsingError(f"inline XBRL number in words {raw!r} is not understood")
        total += _WORDS[word]
    return Decimal(total)


def plain(value: Decimal) -> Decimal:
    """Decimal('4.6743E+10') -> Decimal('46743000000'): same value, readable spelling."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


@dataclass(frozen=True)
class NonNumeric:
    """An ix:nonNumeric fact: its concept, context id and full text (continuations joined)."""

    concept: str
    context_ref: str
    text: str


def parse_non_numeric(root: etree._Element) -> list[NonNumeric]:
    """Every ix:nonNumeric of an inline document, its ix:continuation chain followed.

    A text block split across pages continues in ``<ix:continuation id=... continuedAt=...>``
    elements anywhere in the document; ``ix:exclude`` parts (page footers) are not its text.
    """
    continuations = {el.get("id"): el for el in root.iter("ix:continuation") if el.get("id")}
    facts = []
    for el in root.iter("ix:nonnumeric"):
        if is_nil(el):
            continue
        parts, seen, node = [], set(), el
        while node is not None:
            parts.append(_own_text(node))
            nxt = attr(node, "continuedAt")
            if nxt is None or nxt in seen:  # a cycle in hostile markup ends the chain
                break
            seen.add(nxt)
            node = continuations.get(nxt)
        facts.append(NonNumeric((el.get("name") or "").strip(), attr(el, "contextRef") or "",
                                " ".join(" ".join(parts).split())))
    return facts


def _own_text(node) -> str:
    """Text of a node without its ix:exclude parts (their tails still belong to the node)."""
    pieces = [node.text or ""]
    for child in node:
        if isinstance(child.tag, str) and child.tag.lower() != "ix:exclude":
            pieces.append(_own_text(child))
        pieces.append(child.tail or "")
    return " ".join(pieces)
