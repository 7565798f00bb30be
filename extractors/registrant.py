"""The registrant's name as its own filing states it on the cover.

An inline XBRL filing tags it (``dei:EntityRegistrantName``); an HTML or text filing prints it
right above the SEC's caption "(Exact name of registrant as specified in its charter)". The
verifier needs it to tell the filer from another company an article names beside it (two banks
in one lead), and an article spells a company as the company itself does far more often than
as EDGAR's index does ("WELLS FARGO & COMPANY/MN").

A cheap scan of the document's first bytes, no parse: it runs on every primary document at
ingest, and a re-extraction from the raw store reads it again for free. A cover that lists
several registrants in one table ("Registrant, State of Incorporation, Address ...") gives
none: no one name is the filer's there.
"""

from __future__ import annotations

import html
import re

# the cover and an inline filing's hidden header sit in the first pages
_HEAD_BYTES = 400_000
_TAGGED = re.compile(rb"name=\"dei:EntityRegistrantName\"[^>]*>(?P<name>.{1,600}?)</ix:nonNumeric>",
                     re.S | re.I)
_CAPTION = re.compile(rb"\(\s*exact\s+name\s+of\s+registrant\s+as\s+specified\s+in\s+its\s+"
                      rb"charter\s*\)", re.I)
# how far above the caption its name is printed (markup included)
_ABOVE = 1500
_TAG = re.compile(r"<[^>]*>")
# a line above the caption that is another cover field, not the name
_NOT_A_NAME = re.compile(r"commission|file\s+n(?:o|umber)|registrant|transition\s+period|"
                         r"^\W*$|^[\d\s\-()./:]+$", re.I)
_MAX_NAME = 120


def registrant_name(body: bytes) -> str | None:
    """The name the filing's cover gives its registrant, spaces collapsed; None when the
    document has no cover (an exhibit) or its cover names several registrants."""
    head = body[:_HEAD_BYTES]
    tagged = _TAGGED.search(head)
    if tagged:
        return _clean(_TAG.sub(" ", _decode(tagged["name"])))
    caption = _CAPTION.search(head)
    if caption is None:
        return None
    above = _decode(head[max(0, caption.start() - _ABOVE):caption.start()])
    if _TAG.search(above):  # markup: a line break inside an element's text is a space
        above = _TAG.sub("\n", " ".join(above.split()))
    lines = [line.strip(" \t\xa0(") for line in html.unescape(above).splitlines()]
    lines = [line for line in lines if line.strip()]
    return _clean(lines[-1]) if lines else None


def _decode(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


def _clean(name: str) -> str | None:
    name = " ".join(html.unescape(name).replace("\xa0", " ").split()).strip(" ,")
    if not name or len(name) > _MAX_NAME or _NOT_A_NAME.search(name):
        return None
    return name
