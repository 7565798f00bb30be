"""Which tables are income statements, and which row labels name which metric.

Labels are matched whole (after normalisation), never by substring: "Product revenue" is not
revenue and "Cost of revenue" is not revenue. Unknown labels are ignored. Each match carries a
rank so that, within one table column, a total beats its segment lines and "attributable to the
company" beats consolidated net income.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

# Footnote and note references: "(1)", "(a)", "(C & E)", "*"; and asides that qualify a line
# without changing what it is: "(exclusive of expenses below)", "(Including buying ... costs)".
_FOOTNOTE = re.compile(r"\s*\((?:\d{1,2}|[ivx]+|[a-z](?:\s*(?:&|and|,)\s*[a-z])*)\)|"
                       r"[*\u2020\u2021\u00b9\u00b2\u00b3]")
_ASIDE = re.compile(r"\s*\((?:including|includes|inclusive|exclusive|excluding|excludes|net of)"
                    r"\b[^)]*\)")
_FOOTNOTE_START = re.compile(r"[(*\u2020\u2021\u00b9\u00b2\u00b3]")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class LabelMatch:
    """A row label read as a metric; ``per_share`` rows are never scaled."""

    metric: str
    rank: int
    per_share: bool = False
    component: bool = False  # a revenue line that counts only when it is the table's only one
    common_owner: bool = False  # "... attributable to common stockholders": see match_label


# Pure functions of their strings, asked about the same few hundred labels in every table of a
# filing (first by the pre-filter, then per row) and across filings: answered once each.
@lru_cache(maxsize=8192)
def normalize_label(label: str) -> str:
    """Lowercase, footnote markers and trailing colons dropped, quotes and dashes folded."""
    text = label.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-").lower()
    # Both patterns need a "(" or a marker (deleting text adds neither): most labels have none,
    # and a scan by a pattern without a literal prefix costs more than the rest of this function.
    if _FOOTNOTE_START.search(text):
        text = _ASIDE.sub("", _FOOTNOTE.sub("", text))
    text = text.replace("$", "").strip(" :.,")
    # Every whitespace character but " " is unprintable: without one, or a double space, there
    # is no run to fold.
    if text.isprintable() and "  " not in text:
        return text
    return _SPACES.sub(" ", text)


_ATTR = r"(?: attributable to (?P<owner>[\w ,.'&-]+))?"
_NI_CORE = (r"net (?:income|loss|earnings|\(loss\) income|income \(loss\)|loss \(income\)|"
            r"\(loss\) earnings|earnings \(loss\)|profit|\(loss\)/income|income/\(loss\))")
_REV_CORE = (r"(?:net )?(?:operating )?(?:revenues?|sales)(?:, net)?"
             r"(?:,? net of (?:returns|discounts|allowances)[\w ,]*)?")
_PATTERNS: tuple[tuple[re.Pattern, LabelMatch], ...] = tuple(
    (re.compile(p), m) for p, m in (
        (rf"total {_REV_CORE}", LabelMatch("revenue", 3)),
        (rf"{_REV_CORE}|total", LabelMatch("revenue", 2)),  # "total" only under a revenue section
        (r"(?:total )?cost of (?:net )?(?:revenues?|sales|goods sold|products sold)(?:, net)?",
         LabelMatch("cost_of_revenue", 2)),
        (r"(?:total )?gross (?:profit|margin)(?: \(loss\))?|gross (?:loss|\(loss\) profit)",
         LabelMatch("gross_profit", 2)),
        (r"gross (?:profit )?margin (?:percentage|percent|%|\(%\))|gross margin as a percent"
         r"(?:age)? of (?:total )?(?:net )?(?:revenues?|sales)", LabelMatch("gross_margin", 2)),
        (r"(?:total )?(?:operating (?:income|loss|earnings|profit)(?: \((?:loss|income)\))?|"
         r"operating \(loss\) (?:income|earnings)|(?:income|loss|\(loss\) income|income \(loss\)|"
         r"earnings) from operations)", LabelMatch("operating_income", 2)),
        (rf"{_NI_CORE}{_ATTR}", LabelMatch("net_income", 2)),
        (rf"(?:non-gaap|adjusted) {_NI_CORE}{_ATTR}", LabelMatch("net_income_non_gaap", 2)),
        (r"(?:diluted|basic and diluted|diluted eps|diluted earnings per share|"
         r"(?:net )?(?:income|loss|earnings|\(loss\) income|income \(loss\)|loss \(income\)) per "
         r"(?:common )?share(?: attributable to [\w ,.'&-]+)?(?:,|:|-)? (?:basic and )?diluted|"
         r"(?:basic and )?diluted (?:net )?(?:income|loss|earnings|\(loss\) income|"
         r"income \(loss\)) per (?:common )?share(?: attributable to [\w ,.'&-]+)?)",
         LabelMatch("eps_diluted", 2, per_share=True)),
    )
)
# All the patterns as one alternation: a fullmatch of it fails exactly when each pattern's does,
# in one call instead of nine, and most labels (expenses, share counts) name none of them.
_ANY_PATTERN = re.compile("|".join(f"(?:{p.pattern})" for p, _ in _PATTERNS)
                          .replace("(?P<owner>", "(?:"))
_COMPONENT_REVENUE = re.compile(r"(?P<kind>[a-z&-]+(?: [a-z&-]+){0,2}) revenues?(?:, net)?")
_NOT_COMPONENT = re.compile(r"\b(?:cost|costs|deferred|unearned|unbilled|percent|percentage|"
                            r"growth|change|per|of|from|in|as|backlog|recognized|total)\b")
# Owners that make "net income attributable to X" not the company's own figure.
_OTHER_OWNERS = re.compile(r"noncontrolling|non-controlling|minority|preferred|participating|"
                           r"redeemable|class [a-z]\b|members|partners")
_COMMON_OWNERS = re.compile(r"common (?:stock|share)holders|ordinary shareholders|common stock")
_SECTION_OK = re.compile(
    r"revenue|sales|cost|expense|income|loss|earnings|per share|share|operat|statement|data|"
    r"gaap|reconcil|tax|interest|other|total|result|financial|summary|consolidated|unaudited|"
    r"thousands|millions|numerator|denominator|diluted|basic|profit|margin|continuing")


# The only labels whose reading depends on the open section (see match_label's two tests).
_SECTION_READ = frozenset({"total", "diluted", "basic and diluted"})


@lru_cache(maxsize=8192)
def match_label(label: str, section: str = "") -> LabelMatch | None:
    """The metric a row label names (``section`` is the open section header), or None."""
    if not may_name_metric(label):
        return None  # most rows of a statement (expenses, adjustments): no normalising, no regex
    text = normalize_label(label).removeprefix("gaap ")
    if section and text not in _SECTION_READ:
        # Any other label reads the same under every section: one reading (which the table
        # pre-filter has usually asked for already) serves each section it appears under.
        return match_label(label)
    if _ANY_PATTERN.fullmatch(text) is None:
        return _component_revenue(text)
    for pattern, result in _PATTERNS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        if text == "total" and not _is_revenue_section(section):
            return None
        if result.metric == "eps_diluted" and text in ("diluted", "basic and diluted") \
                and not _is_per_share_section(section):
            return None
        owner = match.groupdict().get("owner")
        if owner and _COMMON_OWNERS.search(owner) and not _OTHER_OWNERS.search(owner):
            # The company's own figure when the table also splits off noncontrolling interests;
            # else it is net income after preferred dividends or accretion, not net income.
            return LabelMatch(result.metric, 1, result.per_share, common_owner=True)
        if owner and _OTHER_OWNERS.search(owner):
            return None
        bonus = bool(owner) or text.startswith("total ")
        return LabelMatch(result.metric, result.rank + bonus, result.per_share) if bonus else result
    return _component_revenue(text)


def _is_per_share_section(section: str) -> bool:
    """ "Earnings per share:" opens per-share rows; "Shares used in computing ..." does not."""
    text = normalize_label(section)
    if re.search(r"shares used|weighted|number of shares|shares outstanding", text):
        return False
    return "per share" in text or "per common share" in text or "eps" in text.split()


def _is_revenue_section(section: str) -> bool:
    return bool(re.fullmatch(_REV_CORE + r"(?: by \w+)?", normalize_label(section)))


# _COMPONENT_REVENUE can only match a text ending in one of these: most labels are turned
# away by one endswith in C instead of a backtracking fullmatch.
_COMPONENT_ENDS = ("revenue", "revenues", "revenue, net", "revenues, net")


def _component_revenue(text: str) -> LabelMatch | None:
    if not text.endswith(_COMPONENT_ENDS):
        return None
    match = _COMPONENT_REVENUE.fullmatch(text)
    if match is None or _NOT_COMPONENT.search(match["kind"]):
        return None
    if match["kind"].startswith(("non-gaap", "adjusted", "gaap")):
        return None
    return LabelMatch("revenue", 1, component=True)


@lru_cache(maxsize=2048)
def is_known_section(label: str) -> bool:
    """A section header of a statement ("Operating expenses:"), not a segment or region name
    nor a kind of revenue ("Hardware Revenues:", whose "Total revenues" is that kind's)."""
    text = normalize_label(label)
    return bool(_SECTION_OK.search(text)) and _component_revenue(text) is None


_CORE = frozenset({"revenue", "cost_of_revenue", "gross_profit", "operating_income", "net_income",
                   "eps_diluted", "net_income_non_gaap"})
# Every label pattern needs one of these words ("total" alone is revenue under a revenue section).
_LABEL_WORDS = re.compile(r"revenue|sales|total|cost|gross|operat|net|diluted|per", re.I)
_LABEL_WORD_LIST = ("net", "total", "revenue", "sales", "cost", "operat", "gross", "per",
                    "diluted")


def _has_label_word(label: str) -> bool:
    """``_LABEL_WORDS.search(label)``, several times faster: a case-blind alternation without a
    literal prefix tries every position, where ``in`` on the lowered label runs in C. On ASCII
    text re.I folds exactly as str.lower() (its extra folds, such as U+017F to "s", involve
    non-ASCII characters), so only other labels need the regex."""
    if not label.isascii():
        return _LABEL_WORDS.search(label) is not None
    lower = label.lower()
    for word in _LABEL_WORD_LIST:
        if word in lower:
            return True
    return False


# Characters whose removal by normalize_label can join two parts of a label into a new word
# ("ne$t", "ne(1)t"): the footnote and aside patterns need "(" or a marker, and "$" is dropped.
_DELETABLE_ANY = re.compile(r"[($*\u2020\u2021\u00b9\u00b2\u00b3]")


def may_name_metric(label: str) -> bool:
    """False only when ``match_label`` cannot read the label as any metric, under any section:
    every label pattern (and a component revenue line) needs one of the label words, which
    normalisation can make only by deleting a footnote, an aside or a "$" between two parts."""
    if _has_label_word(label):
        return True
    if label.isascii():
        return "(" in label or "$" in label or "*" in label
    return _DELETABLE_ANY.search(label) is not None


def may_be_statement(labels: Iterable[str | None]) -> bool:
    """False when no section could make these row labels name the two income-statement lines
    ``classify_statement`` needs: such a table is not worth building a grid for. A None label
    (one that could not be read) may name anything. Labels are taken only until the answer
    is known."""
    found: set[str] = set()
    for label in labels:
        if label is None:
            return True
        if not may_name_metric(label):
            continue
        match = match_label(label)
        if match is not None:
            found.add(match.metric)
        else:
            text = normalize_label(label).removeprefix("gaap ")
            if text == "total":
                found.add("revenue")
            elif text in ("diluted", "basic and diluted"):
                found.add("eps_diluted")
        if len(found & _CORE) >= 2:
            return True
    return False


_CASH_FLOW = re.compile(r"net cash (?:provided|used)|cash flows? from operating", re.I)
_EQUITY = re.compile(r"additional paid-in capital|accumulated deficit|retained earnings", re.I)


def classify_statement(metrics: set[str], labels_text: str) -> str | None:
    """'income' when the labels read as an income statement, summary or non-GAAP table."""
    core = metrics & _CORE
    if "net_income_non_gaap" in core and "net_income" in core:
        return "non_gaap"
    if len(core) < 2:
        return None
    # The set test first: a case-blind search of every label costs tens of microseconds.
    if "revenue" not in core and _CASH_FLOW.search(labels_text):
        return None
    if "revenue" not in core and _EQUITY.search(labels_text):
        return None
    return "income"
