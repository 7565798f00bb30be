"""The lines of revenue a filer tags with a concept of its own, no dimension on it: a database
maker's 10-Q prints "Cloud license and on-premise license 809" on its income statement and
tags it only as its extension concept "CloudLicenseAndOnPremiseLicenseRevenue", while it tags
its other lines as members of the product axis. The table's row is then a part the filer's own
tag vouches for, by its name and its very value (``segment_tables.untagged_parts`` otherwise
drops a table's part that no dimensional tag states)."""

from __future__ import annotations

import re
from decimal import Decimal

from core.errors import ParsingError
from extractors.document import Document
from extractors.xbrl_contexts import attr, is_nil, parse_ix_number, parse_scale
from extractors.xbrl_segments import folded_name

# standard taxonomies: their concepts are the registry's, never a filer's own line
_STANDARD = ("us-gaap", "srt", "dei", "ifrs-full", "country", "currency", "ecd", "cyd")
# an extension concept naming a line of revenue: its words, then the word for revenue
_LINE_CONCEPT = re.compile(r"^(?P<line>[A-Z][A-Za-z0-9]+?)(?:Net)?(?:Revenues?|Sales)$")
_REVENUE_WORDS = ("Revenue", "Revenues", "Sales")  # how a match of it ends (no newline: stripped)


def extension_lines(doc: Document) -> frozenset[tuple[str, str, Decimal]]:
    """("revenue", the line's folded name, its value) for each undimensioned figure the filer
    tags with its own concept for a line of revenue."""
    if not doc.may_hold_inline_xbrl:
        return frozenset()
    contexts, _units = doc.inline_resources
    found = set()
    for element in doc.inline_elements[1]:
        prefix, _, local = (element.get("name") or "").strip().partition(":")
        # the ending first: the pattern's lazy line name tries every length of each of the
        # filing's thousands of concept names (most of this reader's time), and only a name
        # ending in a word for revenue can match
        line = _LINE_CONCEPT.match(local) if local.endswith(_REVENUE_WORDS) else None
        context = contexts.get(attr(element, "contextRef") or "") if line else None
        if context is None or prefix in _STANDARD or context.dims or is_nil(element):
            continue
        text = "".join(element.itertext()).strip()
        try:
            value = parse_ix_number(text, element.get("format")).scaleb(
                parse_scale(element.get("scale")))
        except ParsingError:
            continue  # a figure we cannot read vouches for nothing; the reader reports its own
        words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", line.group("line"))
        found.add(("revenue", folded_name(words), -value if element.get("sign") == "-"
                   else value))
    return frozenset(found)
