"""The statements the table reader reads, as data: how a table is recognised as an income
statement, a cash-flow statement or a balance sheet, and how its columns are dated.

Each kind reads only the registry rows of its statement (``Metric.statement``), so "Net income",
the first line of most cash-flow statements, is never read from one, and a cash-flow line is
never read from an income statement. The income statement keeps its own recogniser
(``statements.classify_statement``, with its arithmetic in ``table_checks``); the other kinds
are recognised by the lines that only that statement prints together:

- a cash-flow statement prints its operating-activities total and the investing or financing
  section; its columns are periods, often year to date ("Six Months Ended June 30");
- a balance sheet prints total assets and total liabilities (or equity); its columns are days
  ("June 30, 2025", "December 31,  2018"), read as instants;
- a statement of stockholders' equity laid out by period columns, or a note's rollforward of
  shares and dividends, prints balances at the beginning and the end of each period; only the
  dividends declared per share under it are read (its other lines are movements of equity
  accounts no registry row names).

A table that is both (an MD&A summary) is read as neither unless its lines say which.

A key-metrics table (``kpi``: paid memberships, active customer accounts, units shipped, a net
expansion rate) is recognised by its rows alone, whatever else the table is: Twilio's selected
financial data prints its "Key Business Metrics" under the statement of operations' lines, and
is read as an income statement and, apart, as a key-metrics table. Its pre-test words are the
label words of the registry's ``kpi`` rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice

from lxml import etree

from core.dates import MONTH_NAMES, date_of
from core.metrics import TABLE_STATEMENTS, all_metrics, projection
from extractors.periods import Period, names_point_and_period, parse_header_period
from extractors.statements import is_known_section
from extractors.table_model import table_text
from extractors.word_trie import any_word

_DATE = re.compile(r"(?P<month>" + MONTH_NAMES + r")\.?\s*(?P<day>\d{1,2})\s*,?\s*"
                   r"(?P<year>(?:19|20)\d\d)?", re.I)
_YEAR = re.compile(r"(?<![\d,.$])((?:19|20)\d\d)(?![\d,.%])")
# A column of the change between two days (a streamer's 10-Q liquidity table: "Change June 30,
# 2025 vs. December 31, 2024"), never a balance on either.
_BETWEEN_DAYS = re.compile(r"\bchanges?\b|\bvs\.?(?=\s)|\bversus\b|\bcompared\s+(?:to|with)\b|"
                           r"\b(?:increase|decrease)\b", re.I)


@dataclass(frozen=True)
class StatementKind:
    """How a table is recognised as one statement. ``keywords``: groups of lower-case words,
    one of each group in the table's text (the cheap test before its grid is built);
    ``anchor``: a metric the table must read; ``required``: patterns its row labels must all
    match; ``sections``: the section headers its lines may stand under; ``title``: its own
    title, which ranks it above a summary of the same figures; ``instants``: columns are days."""

    name: str
    keywords: tuple[tuple[bytes, ...], ...]
    required: tuple[re.Pattern, ...]
    sections: re.Pattern
    title: re.Pattern
    anchor: str | None = None
    instants: bool = False
    # read beside any other reading of the table, its pre-test the label words of its rows
    apart: bool = False
    # a table that prints this title in its own rows is one page of the statement, printed
    # over two tables (assets on one, liabilities and equity on the next): one keyword group
    # and one required line of the statement's make it a page of it (the statement's own title:
    # a five-year summary's "Balance Sheet Data" prints the statement's lines under its own)
    page_title: re.Pattern[bytes] | None = None
    # a key-metrics reading of a table whose lines read as a balance sheet: a total closing
    # the block its own name opens ("Total deposits" under "Deposits") is the company's
    own_blocks: bool = False
    # rows of no figures that open no block: a line that only refers to a note ("Commitments
    # and contingencies (Note 17)") or a stock's description whose figures wrap onto the next
    # row ("Common shares, $2.50 par value, ... authorized;"); the lines under them stay in
    # the block above
    passing: re.Pattern | None = None


KINDS = {kind.name: kind for kind in (
    StatementKind(
        "cash_flow", ((b"operating activities",), (b"investing activities",
                                                     b"financing activities")),
        (re.compile(r"operating activities", re.I),
         re.compile(r"investing activities|financing activities", re.I)),
        # "(Increase) decrease in assets ...": the working-capital lines' own subsection
        # (a building-materials 10-K), under which the operating total is printed
        # (not a "Supplemental cash flow information" or "Non-cash investing activities"
        # block: its "Capital expenditures" are those accrued, not paid, a broadcaster's FY2015
        # 10-K printing $(11.5) million there beside $150.4 million purchased)
        re.compile(r"^(?!.*(?:supplement|non-?cash))(?:.*(?:activit|operat|invest|financ|cash|"
                   r"adjust|change|increase|decrease|statement|consolidated|unaudited|thousands|"
                   r"millions))", re.I),
        re.compile(r"statements? of (?:consolidated )?cash flows?|cash flows? statements?",
                   re.I),
        anchor="operating_cash_flow"),
    StatementKind(
        "balance", ((b"total assets",), (b"liabilities",)),
        (re.compile(r"\btotal assets\b", re.I),
         re.compile(r"\btotal liabilities\b|(?:stockholders|shareholders)'? ?(?:equity|deficit)",
                    re.I)),
        # (the holders' equity block: "Stockholders' equity:", "<Company> stockholders'
        # equity:", "Liabilities and shareholders' deficit:"; the liabilities' own blocks:
        # "OTHER LIABILITIES", "Long-term liabilities:")
        re.compile(r"assets|current|statement|consolidated|unaudited|thousands|millions|equity|"
                   r"deficit|capital|stock|liabilit", re.I),
        re.compile(r"balance sheets?|statements? of (?:consolidated )?financial (?:position|"
                   r"condition)", re.I),
        instants=True, page_title=re.compile(
            rb"balance sheets?(?!\s*(?:data|information|summary|highlights))"),
        passing=re.compile(r"commitments|contingenc|\bpar value\b|\bauthorized\b|\bissued\b",
                           re.I)),
    StatementKind(
        # a 10-Q's equity statement prints its per-share dividend as a last row under the
        # blocks of each account ("Common stock ...", "Retained earnings:", "Treasury stock:"),
        # so any block may hold it; a statement laid out by account columns, the per-share
        # amount inside a row's label ("Cash dividends declared ($0.46 per share)"), reads no
        # period columns and stays unread
        "equity", ((b"dividend",), (b"per share", b"per common share", b"per ordinary share"),
                   (b"beginning",)),
        (re.compile(r"\bbeginning\b", re.I),
         re.compile(r"\bend of (?:the )?(?:period|year|quarter)\b|\bending balances?\b", re.I)),
        re.compile(r""),
        re.compile(r"statements? of (?:consolidated )?(?:changes in )?(?:stockholders|"
                   r"shareholders|shareowners)[’']? ?(?:equity|deficit)|stock rollforward", re.I),
        anchor="dividends_per_share"),
    StatementKind(
        # the section headers a key metric may stand under; a region's or a segment's block
        # ("UCAN", "Americas") is none of them
        "kpi", (), (), re.compile(r"metric|membership|subscri|customer|financial|operat|"
                                  r"statistic|\bdata\b|results|shipment|units|other|"
                                  r"average balances|balance sheet|profitability|carloads|"
                                  r"homes delivered|new orders|supplemental|"
                                  # a bank's "Selected Ratios", "PERFORMANCE RATIOS" and "Return
                                  # on:" blocks (a bank's releases): its stated rates, no segment's
                                  # (not any "ratios": U.S. Bancorp's "Delinquent loan ratios -
                                  # 90 days ..." block holds a "Total loans" rate, no balance)
                                  r"^(?:selected |performance |key )?ratios$|^return on:?$|"
                                  # its "ASSET QUALITY" block and the "Average" block of its
                                  # deposits table (a bank's release), beside "Quarter end"
                                  r"^asset quality(?:\(\d(?:,\d)*\))?$|^average$|"
                                  # its "Net charge-offs" block (a bank's supplement: the
                                  # loan categories' write-offs, then their total)
                                  r"^net charge-offs$|"
                                  # its "Capital adequacy(1,2)" block (capital ratios)
                                  r"^capital (?:adequacy|ratios)(?:\(\d(?:,\d)*\))?$|"
                                  # a bank's balance sheet's "LIABILITIES" (its deposits)
                                  # and "ASSETS" (its average loans, in averages)
                                  r"^(?:assets|liabilities):?$|"
                                  # the block of a bank's lines on its "Managed Basis" beside
                                  # its "Reported Basis" (a money-center bank's supplement)
                                  r"^managed basis(?: \([a-z]\))?$",
                                  re.I),
        re.compile(r"key (?:business |operating )?metrics|operating (?:statistics|data|metrics)",
                   re.I),
        apart=True),
)}
assert set(KINDS) | {"income"} == set(TABLE_STATEMENTS), "every table statement has a kind"


def other_kinds(table: etree._Element, text: bytes | None = None) -> tuple[StatementKind, ...]:
    """The statements besides the income statement this table's text may be: each kind's
    keyword groups all found (only for tables of two rows or more; ``text``: the table's
    lower-case text when the caller has it, ``Document.table_text``)."""
    if next(islice(table.iter("tr"), 1, None), None) is None:
        return ()
    return kinds_of_text(table_text(table) if text is None else text)


def kinds_of_text(text: bytes) -> tuple[StatementKind, ...]:
    """``other_kinds`` of a table known to hold two rows (``Document.row_count``), on its
    lower-case text."""
    return tuple(kind for kind in KINDS.values() if (_holds_each(text, kind.keywords)
                                                     or _is_page(text, kind))
                 and (not kind.apart or _row_words_pattern(kind.name).search(text)))


def _holds_each(text: bytes, groups: tuple[tuple[bytes, ...], ...]) -> bool:
    """``all(any(word in text for word in group) for group in groups)`` in plain loops: asked
    of every table of two rows and more, where the generators cost more than the tests."""
    for group in groups:
        if not _holds_any(text, group):
            return False
    return True


def _holds_any(text: bytes, words: tuple[bytes, ...]) -> bool:
    for word in words:
        if word in text:
            return True
    for word in words:
        # a label its filer's HTML wraps across source lines ("Total\n    assets", a shell
        # company's balance sheet) holds the words apart: looked for only where the last word
        # stands (most tables hold none)
        last = word.rpartition(b" ")[2]
        if last != word and last in text and _spaced(word).search(text):
            return True
    return False


@lru_cache(maxsize=64)
def _spaced(word: bytes) -> re.Pattern[bytes]:
    """The words of a keyword with any run of blanks between them (no-break spaces too)."""
    return re.compile(rb"(?:\s|\xc2\xa0)+".join(re.escape(w) for w in word.split(b" ")))


@projection
def _all_row_words() -> dict[str, tuple[bytes, ...]]:
    return {name: tuple(dict.fromkeys(word.encode() for m in all_metrics()
                                      if m.statement == name or name in m.also_in
                                      for word in m.label_words))
            for name in KINDS}


def _row_words(name: str) -> tuple[bytes, ...]:
    """The lower-case label words of the registry rows of statement ``name``."""
    return _all_row_words()[name]


@projection
def _all_row_word_patterns() -> dict[str, re.Pattern[bytes]]:
    return {name: any_word(_row_words(name)) for name in KINDS}


def _row_words_pattern(name: str) -> re.Pattern[bytes]:
    """``_row_words(name)`` as one pattern: asked of every table of two rows and more, and most
    hold none of the key-metric words, which the pattern finds out in one scan
    (``word_trie``)."""
    return _all_row_word_patterns()[name]


def recognises(kind: StatementKind, metrics: set[str], labels_text: str) -> bool:
    """The table's labels read as this statement: its anchor line read, its lines all named
    (one of them, on a page whose rows print the statement's title: ``page_title``)."""
    if not metrics or (kind.anchor is not None and kind.anchor not in metrics):
        return False
    if kind.page_title is not None and kind.page_title.search(labels_text.lower().encode()):
        return any(pattern.search(labels_text) for pattern in kind.required)
    return all(pattern.search(labels_text) for pattern in kind.required)


def reads_under(kind: StatementKind | None, label: str, section: str) -> bool:
    """Whether a row is read under its open section: one of the statement's own (an income
    statement's ``statements.is_known_section``), or, in a key-metrics table, the block of the
    parts a total adds up (``totals_own_block``); not a region's or a segment's block."""
    if kind is None:
        return is_known_section(section)
    return kind.sections.search(section) is not None \
        or (kind.apart and totals_own_block(label, section, kind.own_blocks))


def with_own_blocks(kind: StatementKind | None, labels_text: str) -> StatementKind | None:
    """The key-metrics kind for a table whose lines read as a balance sheet (its total assets
    and its total liabilities or equity): its blocks are the statement's own (``own_blocks``).
    Not a segment's page, which prints total assets and loans but no liabilities."""
    if kind is None or not kind.apart \
            or not all(p.search(labels_text) for p in KINDS["balance"].required):
        return kind
    return replace(kind, own_blocks=True)


# A block that lists a figure's parts under a word for parts, not a segment's name
# ("Components" over a bank's allowance for loan losses, its liability for unfunded credit
# commitments and "Total allowance for credit losses", in its release's credit-quality table)
_PARTS_BLOCK = re.compile(r"(?:components|composition|breakdown)(?: of [\w ,'&-]+)?:?", re.I)
_TOTAL = re.compile(r"total\s+(?P<whole>.+?)[\s:]*", re.I)


def totals_own_block(label: str, section: str, own_blocks: bool = False) -> bool:
    """Whether a key-metric table's "Total ..." line closes the block of its own parts: under
    a section that names the block as parts ("Components"), or, on a balance sheet
    (``own_blocks``), one that names the same whole ("Loans" over a bank's loan categories and
    "Total loans", "Deposits" over "Total deposits"). A segment's page prints "Total loans"
    under "Loans:" too, in a block of averages or of its own balances: not the company's."""
    total = _TOTAL.fullmatch(label.strip())
    if total is None:
        return False
    head = section.strip().rstrip(":").strip()
    if _PARTS_BLOCK.fullmatch(head) is not None:
        return True
    return own_blocks and " ".join(total["whole"].lower().split()) == " ".join(
        head.lower().split())


def _is_page(text: bytes, kind: StatementKind) -> bool:
    """A page of a statement printed over two tables (``page_title``), on its lower-case text."""
    return (kind.page_title is not None and kind.page_title.search(text) is not None
            and any(_holds_any(text, group) for group in kind.keywords))


def instant_period(text: str) -> Period | None:
    """The day a balance-sheet column header names ("June 30, 2025", "December 31," over
    "2018", "As of January 31, 2025"); None for a duration ("Six Months Ended ...") or a
    header with no full date."""
    if parse_header_period(text) is not None and not names_point_and_period(text):
        return None  # a period, not a day
    if _BETWEEN_DAYS.search(text):
        return None  # "Change June 30, 2025 vs. December 31, 2024": a difference, no balance
    matches = list(_DATE.finditer(text))
    if not matches:
        return None
    match = matches[-1]
    year = match["year"] or (_YEAR.search(text, match.end()) or [None, None])[1]
    if year is None:
        return None
    end = date_of(match["month"], match["day"], year)
    return Period(None, end) if end is not None else None


def passes(kind: StatementKind, label: str) -> bool:
    """A row of no figures that opens no block of this statement (``StatementKind.passing``)."""
    return kind.passing is not None and kind.passing.search(label) is not None
