"""What the text around a table says about it: the scale its money figures are printed in.

A filer states the scale in the table's caption or header ("(in thousands, except per share
data)") or in the text just before the table; we read the caption first, then that text.
"""

from __future__ import annotations

import re
from decimal import Decimal

from lxml import etree

from core.scales import SCALE_WORDS

# How filers state the scale of a table's money figures, as seen on real filings:
#   "(in thousands, except per share data)", "($ in millions)", "Dollars & Shares in Millions"
#   "(Millions, except per share amounts)", "(MILLIONS)", "($000)", "(000's)"
#   "Millions of Dollars", "(in thousands of U.S. dollars)"
#   and in older filings "(000 omitted)", "(Dollars in 000's)", "(In $000s)"
# and, in a header cell of its own, "Millions, except per share amounts, for the three months
# ended June 30," (Union Pacific's statements state their scale only there).
_WORD = r"(thousands|millions|billions)"
_SCALE_RE = re.compile(
    rf"\bin\s+{_WORD}\b"
    rf"|\(\s*(?:\$|us\$)?\s*{_WORD[:-1]}|000)'?s?\s*(?:omitted\b)?\s*[),]"
    rf"|\bin\s+(?:\$\s*)?(000)'?s\b|\b(000)'?s?\s+omitted\b"
    rf"|\b{_WORD}\s+of\s+(?:u\.\s?s\.\s+|us\s+)?dollars\b", re.I)
# A header cell that opens with the scale word ("Millions", "Millions, except ...")
_CELL_SCALE_RE = re.compile(rf"\s*{_WORD}\b(?!\s+of\s+(?:shares|units|barrels|tons))", re.I)


def table_scale(captions: list[str], table: etree._Element, doc=None) -> int | None:
    """Powers of ten the table's money figures are printed in: caption, then text before it.
    ``doc``: the table's ``Document`` when the caller has it, which reads the text before the
    table once for every reader (``Document.preceding_text``)."""
    for caption in captions:
        opening = _CELL_SCALE_RE.match(caption)
        if opening:
            return SCALE_WORDS[opening.group(1).lower()]
    for text in (" ".join(captions), _before(table, 600, doc)):
        matches = [m for m in _SCALE_RE.finditer(text) if not _is_exception(text, m.start())]
        if matches:
            word = next(g for g in matches[-1].groups() if g)
            return SCALE_WORDS[word.lower()]
    return None


def states_own_scale(label: str) -> bool:
    """Whether a row or section label states a scale of its own ("Selected Balance Sheet Data
    ($ in billions)" under a table in millions, Wells Fargo's and Citizens' 4Q21 highlights;
    "Average deposits (in billions)", PNC's 1Q22): its figures are not at the table's scale."""
    return "(" in label and _SCALE_RE.search(label) is not None


# A header cell that is nothing but the table's scale caption, spanning the figures under the
# dates ("(in millions)" below "Year Ended November / 2002 2001 2000", a broker's parent-only
# schedule; "(In thousands, except share and per share amounts)" below a bank's five-year
# summary), or the rest of one wrapped onto the next header row ("and per share amounts)")
_CAPTION_OPEN = re.compile(r"\(\s*(?:\$|us\$|dollars?|dollar\s+amounts|amounts)?\s*(?:in\s+)?"
                           r"(?:\$\s*)?(?:thousands|millions|billions)\b[^()\d]*\)?", re.I)
_CAPTION_REST = re.compile(r"[^()\d]*\)", re.I)


def scale_caption_cell(text: str, opened: bool = False) -> bool:
    """Is a header cell only a scale caption (``opened``: the cell above opened one it did
    not close, so a cell closing it is its rest)? Such a cell names no column."""
    text = text.strip()
    if opened and _CAPTION_REST.fullmatch(text):
        return True
    return _CAPTION_OPEN.fullmatch(text) is not None


def _is_exception(text: str, at: int) -> bool:
    """A scale that is not the money figures': after "except" in the same parenthesis
    ("(In millions, except number of shares, which are reflected in thousands ...)") or
    qualified by shares alone ("(net income in millions and shares in thousands)"; but
    "Dollars & Shares in Millions" states both)."""
    before = text[max(0, at - 120):at].lower()
    cut = max(before.rfind("("), before.rfind(")"), before.rfind(". "))
    clause = before[cut + 1:]
    last = re.split(r",| and ", clause)[-1]
    return "except" in clause or ("share" in last and "dollar" not in clause)


def _before(table: etree._Element, limit: int, doc) -> str:
    return preceding_text(table, limit) if doc is None else doc.preceding_text(table, limit)


def preceding_text(table: etree._Element, limit: int = 600) -> str:
    """The last ``limit`` characters of text before the table in document order."""
    return text_before(walk_before(table, limit), limit)


# One step of the walk back from a table: a preceding sibling's text (its last ``limit``
# characters and its whole length), or the end of a level (the parent's text, None at the root).
BeforeStep = tuple[str, int] | tuple[str | None, None]


def walk_before(table: etree._Element, limit: int) -> list[BeforeStep]:
    """The steps ``preceding_text(table, limit)`` reads, in order. A shorter limit reads a
    prefix of the same steps (the walk only stops sooner), so ``text_before`` gives every
    limit up to this one from them: readers ask 600, 400, 300, 200 and 160 characters of the
    same tables, and each walk serialised the same siblings again."""
    steps: list[BeforeStep] = []
    size, node = 0, table
    for _ in range(4):
        for sibling in node.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str):
                continue
            text = etree.tostring(sibling, method="text", encoding=str, with_tail=False)
            steps.append((text[-limit:], len(text)))
            size += len(text)
            if size >= limit:
                return steps
        parent = node.getparent()
        steps.append((None if parent is None else parent.text, None))
        if parent is None:
            break
        node = parent
    return steps


def text_before(steps: list[BeforeStep], limit: int) -> str:
    """``preceding_text`` read from the steps of a walk with this limit or a longer one."""
    parts: list[str] = []
    size = 0
    for text, length in steps:
        if length is None:  # a level's end: the parent's own text, before its children's
            if size >= limit:
                break
            if text:
                parts.append(text)
            continue
        parts.append(text[-limit:])
        size += length
        if size >= limit:
            break
    return " ".join(" ".join(reversed(parts)).split())[-limit:]


# Headings of statements that are not the consolidated company's own, as real filings word
# them: Progressive's "CONDENSED FINANCIAL INFORMATION OF REGISTRANT ... (PARENT COMPANY)"
# (its parent's "Total revenues" is $4.2 billion of the group's $62 billion), Goldman Sachs's
# "(PARENT COMPANY ONLY)", Forward Industries' "operating results of discontinued operations",
# TEGNA's "Media Segment revenues, expenses and operating income", Alcoa's "financial
# information for ... equity investments", and acquisitions' "unaudited pro forma" results.
# Contract-estimate tables state what changes in estimates did to operating income, net
# earnings and diluted EPS ("The aggregate impact of net EAC adjustments ..."): the change, never
# the figure.
_OTHER_STATEMENT = re.compile(
    r"parent company|parent[- ]only|(?:information|statements?) of (?:the )?registrant|"
    r"\b(?:non-?)?guarantors?\b|discontinued operations|\bsegments?\b|pro forma|investees?\b|"
    r"equity(?: method)? invest|unconsolidated|joint ventures?|"
    # the consolidated VIEs' own assets and liabilities, summarised in a note (a broadcaster's
    # FY2015 10-K: "Total assets 4,405" of its VIEs stood as the company's $4.4 million)
    r"variable interest entit|\bVIEs?\b|\beac\b|estimates? at "
    r"completion|contract estimates?|catch-up adjustments?|(?:impact|effect)s? of (?:the )?"
    r"(?:net )?(?:changes? in (?:contract )?estimates?|adjustments?|adoption)", re.I)
# A sentence ends at a period before a space, but not the period of an abbreviation that a
# company name or a heading holds ("GAMESTOP CORP. CONSOLIDATED STATEMENTS").
# The period comes first and the look-behinds take it in: a pattern opening with look-behinds
# has no literal to skip to and tries all nine at every character (a 400-character heading
# cost 80 us, a sixth of reading a bank release's table heading); the same places split.
_SENTENCE_END = re.compile(r"\.(?<![A-Z]\.)(?<!\bInc\.)(?<!\bCo\.)(?<!\bCorp\.)(?<!\bLtd\.)"
                           r"(?<!\bNo\.)(?<!\bCORP\.)(?<!\bINC\.)(?<!\bCO\.)\s+")
# The consolidated statement's own title starts its heading: what comes before it is another
# page (PNC's supplement opens "Table 1: Consolidated Income Statement" after a contents page
# listing its "Business Segment" tables, with no sentence end between them).
_CONSOLIDATED_TITLE = re.compile(r"\bconsolidated (?:statements?|income statements?|results|"
                                 r"summary)\b", re.I)
_SHORT_HEADING = 60  # shorter than this, a heading is a scale line: the sentence before counts


def table_heading(table: etree._Element, captions: list[str], doc=None) -> str:
    """What names the table: the last sentence before it (and the one before that when the
    last is a bare "(in thousands)"), and the captions above its first figures. ``doc`` as in
    ``table_scale``."""
    sentences = _SENTENCE_END.split(_before(table, 400, doc))
    heading = sentences[-1]
    if len(heading) < _SHORT_HEADING and len(sentences) > 1:
        heading = f"{sentences[-2]}. {heading}"
    titles = list(_CONSOLIDATED_TITLE.finditer(heading))
    if titles:
        heading = heading[titles[-1].start():]
    return " ".join([heading, *captions])


# The registrant's own (parent-only) condensed statements: Progressive's "CONDENSED FINANCIAL
# INFORMATION OF REGISTRANT ... (PARENT COMPANY)", Goldman Sachs's "(PARENT COMPANY ONLY)".
_REGISTRANT = re.compile(r"parent company|parent[- ]only|(?:information|statements?) of (?:the )?"
                         r"registrant", re.I)


def names_registrant_only(heading: str) -> bool:
    """Does the heading say the table is the parent company's own condensed statement, and
    nothing else of ``names_other_statement``'s (a guarantor's, a segment's, pro forma)?"""
    return (_REGISTRANT.search(heading) is not None
            and _OTHER_STATEMENT.search(_REGISTRANT.sub(" ", heading)) is None)


def names_other_statement(heading: str) -> bool:
    """Does the heading say the table is a parent's, a guarantor's, a segment's, an investee's,
    discontinued operations' or pro forma (never the consolidated company's own figures)?"""
    if heading.isascii() and not _may_name_other(heading.lower()):
        return False
    return _OTHER_STATEMENT.search(heading) is not None


# A word each alternative of _OTHER_STATEMENT holds, lower case: a heading holding none names no
# other statement. _OTHER_STATEMENT opens with no literal, so sre tries its sixteen alternatives
# at every character (0.1 ms for a bank release's 400-character heading and captions); these
# ``in`` tests cost a twentieth of that. Only for an ASCII heading, where re.I folds exactly as
# str.lower() (its other folds, such as U+017F to "s", are of non-ASCII characters).
_OTHER_WORDS = ("parent", "registrant", "guarantor", "discontinued operations", "segment",
                "pro forma", "investee", "equity", "unconsolidated", "joint venture", "eac",
                "variable interest", " vie",
                "estimate", "adjustment", "impact", "effect")


def _may_name_other(lowered: str) -> bool:
    for word in _OTHER_WORDS:
        if word in lowered:
            return True
    return False


# The statement's own title ("CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME", "INCOME
# STATEMENTS", "Statement of Consolidated Operations"): a table under it outranks a summary of
# the same figures (Vulcan's selected financial data prints net sales, rounded, where its
# statement's revenue is total revenues).
_STATEMENT_TITLE = re.compile(r"statements? of (?:consolidated )?(?:operations|income|earnings|"
                              r"comprehensive)|income statements?", re.I)


def names_statement(heading: str) -> bool:
    return _STATEMENT_TITLE.search(heading) is not None


# A quarterly note is summary data even under a statement's title (TEGNA's "QUARTERLY
# STATEMENTS OF INCOME (Unaudited)"): where its year column and the statement disagree, the
# statement's figure stands.
_QUARTERLY = re.compile(r"\bquarterly\b", re.I)


def is_primary(heading: str) -> bool:
    """Does the heading name the statement itself (not a quarterly summary of it)?"""
    return names_statement(heading) and _QUARTERLY.search(heading) is None


def settle_scales(tables: list) -> None:
    """A table that states no scale (``scale`` None) takes the one under which its money
    figures equal, within their printed rounding, figures of tables that do (an MD&A excerpt
    of the statement); failing that, the document's usual one. Forward Industries' statement
    prints whole dollars ($27,479,896) and states no scale; its MD&A prints "$27,480" under
    "(dollars in thousands)": equal only within the rounding, and without it the statement took
    the MD&A's thousands and read $27.5 billion. ``tables``: the table reader's
    ``table_rank.StatementTable``s."""
    known: dict[tuple, list] = {}
    for table in tables:
        if table.scale is not None:
            for reading in table.readings:
                known.setdefault(_figure_key(reading), []).append(_scaled(reading, table.scale))
    usual = [t.scale for t in tables if t.scale is not None]
    unsettled, settled = [], []
    for table in tables:
        if table.scale is not None:
            continue
        votes = {scale: sum(_matches(_scaled(r, scale), known.get(_figure_key(r), ()))
                            for r in table.readings) for scale in (0, 3, 6, 9)}
        best = max(votes, key=votes.get)
        if votes[best]:
            table.scale = best
            settled.append(best)
        else:
            unsettled.append(table)
    # The statements that state no scale are printed alike: one that no other table repeats
    # (Forward Industries' balance sheet and cash flows, in whole dollars like its statement of
    # operations, which its MD&A settles) takes the scale its unscaled fellows settled on.
    fallback = settled or usual
    for table in unsettled:
        table.scale = max(set(fallback), key=fallback.count) if fallback else 0


def _figure_key(reading) -> tuple:
    return reading.match.metric, reading.match.per_share, reading.period.end


def _scaled(reading, scale: int) -> tuple[Decimal, Decimal]:
    """The figure under a scale, and half a unit of its last printed digit."""
    number = reading.value.number
    exponent = 0 if reading.match.per_share else scale
    return number.value.scaleb(exponent), Decimal(5).scaleb(exponent - number.decimals - 1)


def _matches(figure: tuple[Decimal, Decimal], known) -> bool:
    value, half = figure
    return any(abs(value - other) <= half + other_half for other, other_half in known)
