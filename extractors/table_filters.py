"""Cheap tests that a table may be an income statement, run before its grid is built.

Both are necessary conditions of what ``tables.read_table`` recognises, so a table they turn
away could not have given a fact: most tables of a filing (balance sheets, cash flows, share
counts, fee tables) are dismissed for a fraction of the cost of building their grids.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

from lxml import etree

from core.errors import ValidationError
from core.metrics import all_metrics, projection
from extractors.statements import may_be_statement, may_match_label
from extractors.table_model import may_wrap, row_labels, table_text
from extractors.word_trie import any_word

# Kinds of income-statement line, lowercase, as UTF-8, with the registry rows each stands for.
# A table's text is searched as bytes: serialising to bytes skips a decode, and bytes.find runs
# several times faster than str.find on the wide strings a single non-Latin-1 character makes.
# These words are narrower than the rows' label words ("net" is in every cash flow statement);
# a row none of them stands for is looked for by its own label words (``_keyword_groups``).
_KNOWN_GROUPS = (
    (("revenue",), (b"revenue", b"sales")),
    (("net_income", "net_income_including_noncontrolling"),
     (b"net income", b"net loss", b"net earnings", b"net (loss")),
    (("gross_profit", "gross_margin"), (b"gross profit", b"gross margin")),
    (("cost_of_revenue", "operating_expenses"),
     (b"cost of", b"operating expenses", b"costs and expenses")),
    (("operating_income",), (b"operations", b"operating income", b"operating loss")),
    (("eps_diluted", "eps_basic"), (b"per share", b"diluted")),
    # a non-GAAP reconciliation may hold only net income and its adjusted twin
    (("net_income_non_gaap",), (b"non-gaap", b"adjusted")),
)


@projection
def _keyword_groups() -> tuple[tuple[bytes, ...], ...]:
    covered = {name for names, _ in _KNOWN_GROUPS for name in names}
    groups = [words for _, words in _KNOWN_GROUPS]
    groups += [tuple(w.encode() for w in m.label_words) for m in all_metrics()
               if m.statement == "income" and m.name not in covered and m.label_words]
    # bytes.lower() folds only ASCII, where str.lower() also folds "\u0130" to "i\u0307" and the
    # Kelvin sign to "k": as long as no keyword holds a "k" or ends in "i", both find the same.
    for word in (w for group in groups for w in group):
        if b"k" in word or word.endswith(b"i") or not word.isascii():
            raise ValidationError(f"table keyword {word!r}: bytes.lower() would not find what "
                                  "str.lower() finds")
    return tuple(groups)


@projection
def _any_keyword() -> re.Pattern[bytes]:
    """Every keyword of ``_keyword_groups`` as one pattern (``word_trie``)."""
    return any_word(word for group in _keyword_groups() for word in group)


def looks_financial(table: etree._Element, text: bytes | None = None) -> bool:
    """The table has two rows and its text names two kinds of income-statement line (a
    statement needs two lines, each a row of its own, to be recognised at all). ``text``: the
    table's lower-case text when the caller already has it (``Document.table_text``)."""
    # Most tables of a prospectus are one-row layout boxes (a bullet and its paragraph): a
    # second <tr> is looked for in C before any text is serialised.
    if next(islice(table.iter("tr"), 1, None), None) is None:
        return False
    return names_two_kinds(table_text(table) if text is None else text)


def names_two_kinds(text: bytes) -> bool:
    """``looks_financial`` of a table known to hold two rows (``Document.row_count``), on its
    lower-case text."""
    found = _any_keyword().search(text)
    if found is None:  # most tables: none of the words, in one scan
        return False
    # The scan found a keyword (the trie matches whole keywords: ``word_trie``), so its kinds
    # stand in the text; another kind is looked for without testing theirs again.
    kinds = _kinds_of_word()[found.group()]
    if len(kinds) > 1:
        return True
    for at, group in enumerate(_keyword_groups()):  # plain loops: stop at the kind found
        if at != kinds[0]:
            for word in group:
                if word in text:
                    return True
    return False


@projection
def _kinds_of_word() -> dict[bytes, tuple[int, ...]]:
    """Each keyword -> the places in ``_keyword_groups`` of the groups holding it."""
    kinds: dict[bytes, tuple[int, ...]] = {}
    for at, group in enumerate(_keyword_groups()):
        for word in dict.fromkeys(group):
            kinds[word] = (*kinds.get(word, ()), at)
    return kinds


def labels_may_classify(table: etree._Element,
                        labels: Iterable[str | None] | None = None) -> bool:
    """On row labels alone: most tables that pass ``looks_financial`` (balance sheets, cash
    flows, segment notes) name fewer than two income-statement lines, and reading one cell
    per row costs a fraction of building the whole grid (and a table that names two such
    lines in its first rows is let through there)."""
    return may_be_statement(row_labels(table) if labels is None else labels)


def labels_may_match(table: etree._Element, kind: str,
                     labels: Iterable[str | None] | None = None) -> bool:
    """On row labels alone: may a row of the table's grid name a metric of statement ``kind``
    under some section or title (``statements.may_match_label``)? A key-metrics reading needs
    one, and most tables whose text holds a key metric's word have none (a share-count note,
    a debt schedule). A label the grid glues to the next cell (None) or joins to a stem (a
    dash-led one) answers yes; a label the grid may join to the one above ("Paid" over
    "memberships", ``table_model.may_wrap``) is tried joined. Exact for a table without
    hidden cells, whose grid's rows are these labels', and for one with given the labels its
    grid shows (``labels``: ``Document.row_labels(table, shown=True)``; without them, every
    row's)."""
    above = None
    for label in row_labels(table) if labels is None else labels:
        if label is None or label[:1] in _DASH_LEADS:
            return True
        if may_match_label(label, kind) or above is not None and may_wrap(above, label) \
                and may_match_label(f"{above} {label}", kind):
            return True
        above = label
    return False


_DASH_LEADS = "–—-"  # what opens a label ``table_model.join_wrapped_labels`` joins to a stem
