"""The elements a display:none style hides, found without a search when the bytes allow no more.

``visible.styled_hidden`` asks XPath for every style attribute of the tree: on an inline XBRL
filing, which wraps its <ix:header> in a display:none element, that was a third to two thirds
of a bare parse, though many such filings hide that one element and nothing else. Such a
filing's hidden elements are read from its headers' parents, and taken when the bytes allow no
more; else the whole tree is searched as before. The same set, as this argument shows:

- every element taken is hidden (its own style is read and tested, ``hides``);
- each hidden element's style names "display", blanks, a colon, blanks and "none" in the
  raw bytes, once the character references to letters are read as their letters (an
  ASCII-compatible encoding without NUL, as ``document.scan_bytes`` assumes too; HTML names
  no entity for a plain letter), at a "display" of its own, and every such "display" is
  counted (``hiding_sites``: read forwards from each, as far as the blanks and entities go);
- so there are at most as many hidden elements as counted sites, and when as many hidden
  elements are taken, they are all of them. A site in a stylesheet or in prose, a repeated
  attribute, any other hidden element: fewer are taken, and the whole tree is searched.
"""

from __future__ import annotations

import re

from lxml import etree

from extractors.visible import _DISPLAY_NONE, DIGIT_REFERENCE, DIGIT_REFERENCE_BODY, styled_hidden

# A character reference to an ASCII letter (&#100; or &#x64;), which could spell either word;
# libxml2 also decodes one without its ";" ("&#100isplay:none"), so none is required.
_LETTER_BODY = (rb"(?:[xX]0*(?:4[1-9a-fA-F]|5[0-9aA]|6[1-9a-fA-F]|7[0-9aA])(?![0-9a-fA-F])"
                rb"|0*(?:6[5-9]|[78]\d|9[07-9]|1[01]\d|12[0-2])(?!\d))")
LETTER_REF = re.compile(rb"&#" + _LETTER_BODY)
# Either reference the parse's byte tests ask about (a letter's, a wide digit's), in one scan:
# each alone is a pass over the raw bytes (~2 ms over a 3 MB filing), and both ran on most.
_EITHER_REF = re.compile(rb"&#(?:(" + _LETTER_BODY + rb")|" + DIGIT_REFERENCE_BODY + rb")")
_LETTER_REF_WHOLE = re.compile(LETTER_REF.pattern + rb";?")  # as libxml2 reads it: ";" and all
# What follows a "display" (bytes lower-cased) when a style hides: blanks, a colon and blanks,
# any of which an entity may stand for (``&#58;``, ``&colon;``), then "none" (in any case here:
# more sites than styles that hide only ever sends the search to the whole tree).
_SITE = re.compile(rb"display(?:\s|&[#\w]+;?)*(?::|&[#\w]+;?)(?:\s|&[#\w]+;?)*none")


def references(content: bytes) -> tuple[bool, bool]:
    """Whether ``LETTER_REF`` and whether ``visible.DIGIT_REFERENCE`` stand in ``content``, from
    one scan: where the first of either stands, neither stood before; the other may stand
    there too ("&#x66;" is both) or later, and only that is looked at again."""
    found = _EITHER_REF.search(content) if b"&#" in content else None
    if found is None:
        return False, False
    at = found.start()
    other = DIGIT_REFERENCE if found.group(1) is not None else LETTER_REF
    known = other.match(content, at) is not None or other.search(content, at + 1) is not None
    return (True, known) if other is DIGIT_REFERENCE else (known, True)


def hiding_sites(content: bytes, wrappers: int, letter_reference: bool | None = None
                 ) -> int | None:
    """How many places of ``content`` may say display:none, when no more than ``wrappers``
    (the <ix:header> elements, whose parents are all ``styled_hidden_at`` looks at); None when
    there are more, or the bytes cannot tell (a NUL: UTF-16/32). A filing whose cells hide
    prints display:none hundreds of times: a few finds in C turn it away. ``letter_reference``:
    whether ``LETTER_REF`` stands in ``content``, when the caller knows (``references``)."""
    if not wrappers or b"\0" in content or _occurs_more(content, b"display:none", wrappers):
        return None
    if letter_reference is None:
        letter_reference = LETTER_REF.search(content) is not None
    if letter_reference:  # a few Wingdings bullets ("&#111;"): "n&#111;ne" spells
        content = _LETTER_REF_WHOLE.sub(_letter, content)
    lowered = content.lower()  # CSS reads "display" in any ASCII case, as _DISPLAY_NONE does
    count = 0
    at = lowered.find(b"display")
    while at >= 0:
        if _SITE.match(lowered, at):
            count += 1
            if count > wrappers:
                return None
        at = lowered.find(b"display", at + 1)
    return count


def _occurs_more(content: bytes, needle: bytes, times: int) -> bool:
    at = -1
    for _ in range(times + 1):
        at = content.find(needle, at + 1)
        if at < 0:
            return False
    return True


def _letter(reference: re.Match) -> bytes:
    digits = reference.group().strip(b"&#;")
    code = int(digits[1:], 16) if digits[:1] in b"xX" else int(digits)
    return bytes((code,))


def hides(el: etree._Element) -> bool:
    """Does the element's own style hide it (what ``visible.styled_hidden`` selects)?"""
    style = el.get("style")
    return style is not None and _DISPLAY_NONE.search(style) is not None


def styled_hidden_at(root: etree._Element, sites: int | None,
                     headers: list[etree._Element]) -> set:
    """``visible.styled_hidden(root)``: the parents of ``headers`` (the <ix:header> elements
    under ``root``) that hide, when they are as many as ``sites`` (``hiding_sites`` of the
    bytes ``root`` was parsed from, the tree's styles unchanged since); else the whole tree's."""
    if sites is None:
        return styled_hidden(root)
    found = {parent for header in headers if header is not root
             and (parent := header.getparent()) is not None and hides(parent)}
    return found if len(found) == sites else styled_hidden(root)
