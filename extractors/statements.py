"""Which tables are income statements, and which row labels name which metric.

Labels are matched whole (after normalisation), never by substring: "Product revenue" is not
revenue and "Cost of revenue" is not revenue. Unknown labels are ignored. Each match carries a
rank so that, within one table column, a total beats its segment lines and "attributable to the
company" beats consolidated net income.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from core.metrics import TABLE_STATEMENTS, all_metrics, on_change, projection
from extractors.word_trie import any_word

# Footnote and note references: "(1)", "(a)", "(C & E)", "*"; and asides that qualify a line
# without changing what it is: "(exclusive of expenses below)", "(Including buying ... costs)".
# "(Note 6)", "(Notes 3 and 4)": a reference to the notes (Union Pacific's "Other income, net
# (Note 6)").
_FOOTNOTE = re.compile(r"\s*\((?:\d{1,2}|[ivx]+|[a-z](?:\s*(?:&|and|,)\s*[a-z])*|"
                       r"notes? \d{1,2}[a-z]?(?:\s*(?:&|and|,)\s*\d{1,2}[a-z]?)*)\)|"
                       r"[*\u2020\u2021\u00b9\u00b2\u00b3]")
# A footnote digit printed without a superscript, glued to the label's last word (Coca-Cola's
# "Diluted Net Income Per Share1").
_GLUED_DIGIT = re.compile(r"(?<=[a-z)])\d$")
# Footnote digits after a space, listed with commas: Vulcan's quarterly note prints "Net
# earnings (loss) 1, 2" and "Operating earnings (loss) 1, 2".
_TRAILING_NOTES = re.compile(r"(?<=[a-z)])\s+\d(?:\s*,\s*\d)*$")
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
    twins: tuple[str, ...] = ()  # other metrics the same row states (``Metric.read_with``)
    after: str | None = None  # read only below a row of this label (``Label.after``)


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
    if text[-1:].isdigit():
        text = _TRAILING_NOTES.sub("", _GLUED_DIGIT.sub("", text))
    # Every whitespace character but " " is unprintable: without one, or a double space, there
    # is no run to fold.
    if text.isprintable() and "  " not in text:
        return text
    return _SPACES.sub(" ", text)


@dataclass(frozen=True)
class _LabelTable:
    """What the registry's income-statement rows say about row labels, compiled once."""

    patterns: tuple[tuple[re.Pattern, LabelMatch], ...]
    # All the patterns as one alternation: a fullmatch of it fails exactly when each pattern's
    # does, in one call instead of nine, and most labels (expenses, share counts) name none.
    any_pattern: re.Pattern
    # Bare labels ("total", "diluted") -> (section, not_section, the match) per row naming them.
    sections: dict[str, tuple[tuple[re.Pattern, re.Pattern | None, LabelMatch], ...]]
    words: tuple[str, ...]  # every label names one of these (the cheap pre-test)
    words_re: re.Pattern  # the same, case-blind, for labels str.lower() may fold differently
    # the same as they are, in one pattern (``word_trie``), for a lowered ASCII label: one
    # search where a loop of ``in`` tests ran through every word of most labels
    words_any: re.Pattern
    core: frozenset[str]  # the lines an income statement is recognised by
    non_gaap: tuple[tuple[str, str], ...]  # (non-GAAP metric, the GAAP metric it adjusts)
    # metric -> (another metric, the words that make a row of the first state it too)
    twins: dict[str, tuple[tuple[str, re.Pattern], ...]]


# A component revenue line ("Product revenue") needs this word: the pre-test must keep it.
_COMPONENT_WORDS = ("revenue",)


@projection
def _label_tables() -> dict[str, _LabelTable]:
    """One label table per statement kind the table reader reads (income, cash flow, balance
    sheet): a label is read only as a line of the statement the table is."""
    return {kind: _build_label_table(kind) for kind in TABLE_STATEMENTS}


def _label_table(kind: str = "income") -> _LabelTable:
    return _label_tables()[kind]


def _build_label_table(kind: str) -> _LabelTable:
    rows = [m for m in all_metrics() if m.statement == kind or kind in m.also_in]
    patterns = tuple((re.compile(label.pattern),
                      LabelMatch(m.name, label.rank, label.per_share, after=label.after))
                     for m in rows for label in m.labels)
    sections: dict[str, list] = {}
    for m in rows:
        match = LabelMatch(m.name, 2, per_share=(m.unit == "USD/share"))
        for rule in m.section_labels:
            not_section = re.compile(rule.not_section) if rule.not_section else None
            for text in rule.labels:
                sections.setdefault(text, []).append((re.compile(rule.section), not_section,
                                                      match))
    words = tuple(dict.fromkeys(w for m in rows for w in m.label_words + _section_words(m)))
    if kind == "income":
        words += tuple(w for w in _COMPONENT_WORDS if w not in words)
    return _LabelTable(
        patterns,
        re.compile("|".join(f"(?:{p.pattern})" for p, _ in patterns).replace("(?P<owner>", "(?:")
                   or "(?!)"),
        {text: tuple(found) for text, found in sections.items()},
        words, re.compile("|".join(map(re.escape, words)), re.I), any_word(words, ""),
        frozenset(m.name for m in rows if m.is_statement_line),
        tuple((m.name, m.non_gaap_of) for m in rows if m.non_gaap_of),
        _twins(rows))


def _twins(rows) -> dict[str, tuple[tuple[str, re.Pattern], ...]]:
    found: dict[str, tuple[tuple[str, re.Pattern], ...]] = {}
    for m in rows:
        if m.read_with is not None:
            host, words = m.read_with
            found[host] = (*found.get(host, ()), (m.name, re.compile(words)))
    return found


def _section_words(row) -> tuple[str, ...]:
    """A bare section label that holds none of the row's label words is its own pre-test word."""
    return tuple(text for rule in row.section_labels for text in rule.labels
                 if not any(word in text for word in row.label_words))


def label_words(kind: str = "income") -> tuple[str, ...]:
    """The words of which every label a metric can be read from holds one (lower case)."""
    return _label_table(kind).words


_COMPONENT_REVENUE = re.compile(r"(?P<kind>[a-z&-]+(?: [a-z&-]+){0,2}) revenues?(?:, net)?")
_NOT_COMPONENT = re.compile(r"\b(?:cost|costs|deferred|unearned|unbilled|percent|percentage|"
                            r"growth|change|per|of|from|in|as|backlog|recognized|total)\b")
# Owners that make "net income attributable to X" not the company's own figure.
_OTHER_OWNERS = re.compile(r"noncontrolling|non-controlling|minority|preferred|participating|"
                           r"redeemable|class [a-z]\b|members|partners")
# PNC's "Net income attributable to diluted common shares": net income after preferred dividends
_COMMON_OWNERS = re.compile(r"common (?:stock|share)holders|ordinary shareholders|common stock|"
                            r"(?:(?:basic|diluted) )?common shares")
_SECTION_OK = re.compile(
    r"revenue|sales|cost|expense|income|loss|earnings|per share|share|operat|statement|data|"
    r"gaap|reconcil|tax|interest|other|total|result|financial|summary|consolidated|unaudited|"
    r"thousands|millions|numerator|denominator|diluted|basic|profit|margin|continuing|"
    # "Less:" over the shares a bank's release takes from its net income (noncontrolling
    # interests, preferred dividends) down to the figure of its common shareholders
    r"^less$")

# A section that breaks one expense down by the lines it is spread over is not the statement: a
# summary table's footnote rows "(1) Includes stock-based compensation expense as follows: /
# Cost of revenue $ — $ 9" (an S-1's summary data) are not its cost of revenue.
_BREAKDOWN_SECTION = re.compile(
    r"(?:stock|share|equity)[- ]based compensation|stock compensation|"
    r"\bincludes?\b.*\bas follows\b")


@lru_cache(maxsize=8192)
def match_label(label: str, section: str = "", kind: str = "income") -> LabelMatch | None:
    """The metric a row label names (``section`` is the open section header) on a statement
    of this kind, or None."""
    if not may_name_metric(label, kind):
        return None  # most rows of a statement (expenses, adjustments): no normalising, no regex
    text = _without_reported_mark(normalize_label(label).removeprefix("gaap "))
    table = _label_table(kind)
    bare = table.sections.get(text)
    if bare is not None:
        # The only labels whose reading depends on the open section ("Total", "Diluted").
        found = _section_match(bare, section)
        if found is not None:
            return _with_twins(found, table, text, normalize_label(section))
    elif section:
        # Any other label reads the same under every section: one reading (which the table
        # pre-filter has usually asked for already) serves each section it appears under.
        return match_label(label) if kind == "income" else match_label(label, "", kind)
    component = _component_revenue if kind == "income" else _no_component
    if table.any_pattern.fullmatch(text) is None:
        return component(text)
    for pattern, result in table.patterns:
        match = pattern.fullmatch(text)
        if match is not None:
            owned = _owned(result, text, match.groupdict().get("owner"))
            return _with_twins(owned, table, text) if owned is not None else None
    return component(text)


def _with_twins(found: LabelMatch, table: _LabelTable, *words: str) -> LabelMatch:
    """The match, naming the other metrics its row states: "Basic and diluted" under "Net
    loss per share:" is diluted EPS and basic EPS alike."""
    twins = table.twins.get(found.metric)
    if twins is None:
        return found
    named = tuple(name for name, pattern in twins if any(pattern.search(w) for w in words))
    return replace(found, twins=named) if named else found


# A GAAP line a release sets beside its adjusted twin: "Diluted earnings per common share - as
# reported" over "... - as adjusted (non-GAAP)" (PNC's releases)
_REPORTED_MARK = re.compile(r"\s*(?:-|,)?\s*\(?as reported\)?$")


def _without_reported_mark(text: str) -> str:
    return _REPORTED_MARK.sub("", text) if "as reported" in text else text


def _no_component(text: str) -> None:
    """Only an income statement has component lines (a kind of revenue)."""
    return None


on_change(match_label.cache_clear)  # its answers are readings of the registry's labels


def _owned(result: LabelMatch, text: str, owner: str | None) -> LabelMatch | None:
    """The match as ranked by whose figure the label says it is."""
    if owner and _COMMON_OWNERS.search(owner) and not _OTHER_OWNERS.search(owner):
        # The company's own figure when the table also splits off noncontrolling interests;
        # else it is net income after preferred dividends or accretion, not net income.
        return replace(result, rank=1, common_owner=True)
    if owner and _OTHER_OWNERS.search(owner):
        return None
    bonus = bool(owner) or text.startswith("total ")
    return replace(result, rank=result.rank + bonus) if bonus else result


def _section_match(bare: tuple, section: str) -> LabelMatch | None:
    """A bare label names a metric only under a section header of that metric ("Total" under
    "Revenues:", "Diluted" under "Net income per share:", not under "Shares used in ...")."""
    if not section:
        return None
    header = normalize_label(section)
    for wanted, unwanted, match in bare:
        if wanted.fullmatch(header) and not (unwanted and unwanted.search(header)):
            return match
    return None


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
    if not _SECTION_OK.search(text) or _BREAKDOWN_SECTION.search(text):
        return False
    # "Operating revenues:" heads the company's revenue lines (Union Pacific), where "Hardware
    # Revenues:" heads one kind's
    return _component_revenue(text) is None or _names_revenue(label)


def _names_revenue(label: str) -> bool:
    found = match_label(label)
    return found is not None and found.metric == "revenue" and not found.component


def _has_label_word(label: str, kind: str = "income") -> bool:
    """A case-blind search for any of ``label_words()``, several times faster: a case-blind
    alternation without a literal prefix tries every position, where the lowered label is
    searched for the words as they are (one trie-shaped pattern, ``word_trie``: a third of the
    time of an ``in`` test per word). On ASCII text re.I folds exactly as str.lower() (its
    extra folds, such as U+017F to "s", involve non-ASCII characters), so only other labels
    need the regex."""
    table = _label_table(kind)
    if not label.isascii():
        return table.words_re.search(label) is not None
    return table.words_any.search(label.lower()) is not None


# Characters whose removal by normalize_label can join two parts of a label into a new word
# ("ne$t", "ne(1)t"): the footnote and aside patterns need "(" or a marker, and "$" is dropped.
_DELETABLE_ANY = re.compile(r"[($*\u2020\u2021\u00b9\u00b2\u00b3]")


# Asked of every row label by each pre-test (income, key metrics, segments) before any grid
# is built: half the questions of a filing repeat one, each a loop over the label words.
@lru_cache(maxsize=8192)
def may_name_metric(label: str, kind: str = "income") -> bool:
    """False only when ``match_label`` cannot read the label as any metric, under any section:
    every label pattern (and a component revenue line) needs one of the label words, which
    normalisation can make only by deleting a footnote, an aside or a "$" between two parts."""
    if _has_label_word(label, kind):
        return True
    if label.isascii():
        return "(" in label or "$" in label or "*" in label
    return _DELETABLE_ANY.search(label) is not None


on_change(may_name_metric.cache_clear)  # the label words are the registry's


def reads_by_section(label: str, kind: str = "income") -> bool:
    """Whether ``match_label(label, section, kind)`` may differ from one section to another:
    only a bare label's reading does ("Total", "Diluted"); any other label reads under every
    section as under none."""
    if not may_name_metric(label, kind):
        return False  # None under every section
    text = _without_reported_mark(normalize_label(label).removeprefix("gaap "))
    return text in _label_table(kind).sections


def may_match_label(label: str, kind: str = "income") -> bool:
    """False only when ``match_label(label, section, kind)`` is None under every section: a
    label reads the same under any section unless it is a bare one ("Total")."""
    if not may_name_metric(label, kind):
        return False
    text = _without_reported_mark(normalize_label(label).removeprefix("gaap "))
    return text in _label_table(kind).sections or match_label(label, "", kind) is not None


def may_be_statement(labels: Iterable[str | None]) -> bool:
    """False when no section could make these row labels name the two income-statement lines
    ``classify_statement`` needs: such a table is not worth building a grid for. A None label
    (one that could not be read) may name anything. Labels are taken only until the answer
    is known."""
    table = _label_table()
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
            # a bare label names its metric under some section
            text = _without_reported_mark(normalize_label(label).removeprefix("gaap "))
            found.update(m.metric for _, _, m in table.sections.get(text, ()))
        if len(found & table.core) >= 2:
            return True
    return False


_CASH_FLOW = re.compile(r"net cash (?:provided|used)|cash flows? from operating", re.I)
_EQUITY = re.compile(r"additional paid-in capital|accumulated deficit|retained earnings", re.I)


def classify_statement(metrics: set[str], labels_text: str) -> str | None:
    """'income' when the labels read as an income statement, summary or non-GAAP table."""
    table = _label_table()
    core = metrics & table.core
    if any(adjusted in core and gaap in core for adjusted, gaap in table.non_gaap):
        return "non_gaap"
    if len(core) < 2:
        return None
    # The set test first: a case-blind search of every label costs tens of microseconds.
    if "revenue" not in core and _CASH_FLOW.search(labels_text):
        return None
    if "revenue" not in core and _EQUITY.search(labels_text):
        return None
    return "income"
