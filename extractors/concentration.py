"""Customer concentration: which customer stands for what share of revenue or receivables.

A sentence states a concentration when it has all three of: a customer subject (who they are:
``concentration_subjects``), a percentage followed by "of [our total] revenue / sales / accounts
receivable" (the basis is part of the figure: "of total trade and other receivables" is
receivables, "of product revenue" is neither and is not read), and a period. Everything else
that merely shares words ("we accounted for the 2021 Notes as stock-settled debt", "55% came
from government customers", "no customer represented 10% or more") gives nothing: a threshold
("more than 10%", "10% or more") is not a figure.

"Two customers accounted for 12% each" and "two customers each accounted for 12%" are 12 for
customer 1 of 2 and customer 2 of 2; "23% (12% and 11%, respectively)" is the combined 23 and its
two parts, read only when the parts are as many as the customers counted and add up to the
total. One figure holds for every period of one phrase when nothing hands the periods out
("for each of the years ended ... 2025 and 2024"; "As of December 31, 2025 and 2024, one
customer accounted for 15%"; not "..., respectively"). Two unnamed customers of one sentence
and one period are numbered ("customer 1 of 2"), never both "one customer".

Distribution: a sentence is cut into clauses at ";" and where a new subject follows figures.
Within a clause, k figures pair with k listed periods ("24.0% and 85.0% ... for the years ended
December 31, 2025 and 2024, respectively"), or with k listed subjects or k counted customers
when one period is named. A clause without a period takes the nearest period phrase of the
sentence before it (the leading "For the second quarter of fiscal year 2026,"), else after it;
a sentence with none reads the years the document settles (``concentration_years``: "for 2018"
in a calendar-year filer, "fiscal 1999" where the filer defines it).
Anything that does not pair exactly is dropped rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal

from core.facts import Fact
from core.metric_words import PART_NAME, PART_WORD
from core.period_phrases import PeriodContext, PeriodPhrase, find_periods
from extractors.anchored import AnchoredPattern
from extractors.concentration_expected import expected_figures
from extractors.concentration_names import customer_names, without_headings
from extractors.concentration_subjects import Subject, subjects
from extractors.concentration_tables import extract_table_concentration
from extractors.concentration_years import UNSETTLED, Years, document_years
from extractors.document import Document
from extractors.numbers import parse_number
from extractors.periodcontext import LazyPeriodContext
from extractors.sentences import Sentence

EXTRACTOR = "concentration"
EXTRACTOR_VERSION = "1.0"
METRIC = "customer_concentration"

_BASIS_RE = re.compile(
    r"\bof\s+(?:our\s+|the\s+|its\s+|the\s+Company['’]s\s+|total\s+|net\s+|consolidated\s+"
    r"|gross\s+|trade\s+|outstanding\s+|(?:trade\s+)?and\s+other\s+)*"
    r"(?P<basis>revenues?|net\s+sales|sales|accounts\s+receivable|receivables?)\b",
    re.I,
)
# A percent sign (or "percent") that a basis follows through a list gap ("23%, 19% and 14% of
# revenue"): every figure that can carry a basis has one, and only their sentences can state a
# concentration. The lookahead keeps the match to the sign, so each sign of a list is found,
# and every match starts with its sign: "%" or "percent" are the anchors. A list spelled out
# ("23 percent and 19 percent of revenue") is one list: each of its figures keeps its basis.
_GAP_BODY = (r"(?:[\s,()]|and\b|respectively\b|approximately\b|each\b"
             r"|\d{1,3}(?:\.\d+)?\s?(?:%|percent\b))*")
CANDIDATES = AnchoredPattern(
    anchors=(b"%", b"percent"),
    patterns=(re.compile(rf"(?:%|percent\b)(?=(?i:{_GAP_BODY}{_BASIS_RE.pattern}))"),),
)
_PCT_RE = re.compile(r"(?<![\d.,])(?P<num>\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b)")
_THRESHOLD_BEFORE = re.compile(
    r"(?:more\s+than|greater\s+than|less\s+than|fewer\s+than|at\s+least|in\s+excess\s+of|over"
    r"|exceed(?:ed|s|ing)?|under|below|up\s+to|each)\s*$",
    re.I,
)
_THRESHOLD_AFTER = re.compile(r"^\s*or\s+(?:more|greater|less|higher|lower|above)", re.I)
# Between a figure and its "of revenue": other figures of the list, "and", "respectively".
_LIST_GAP = re.compile(rf"^{_GAP_BODY}", re.I)
_EACH_AFTER = re.compile(r"^\s*each\b", re.I)
# "for each of the years ended ... 2025 and 2024", "in both periods": one figure for every period.
_EVERY_PERIOD_RE = re.compile(r"\b(?:(?:for|in|during)\s+each\s+of|(?:for|in)\s+both)\b", re.I)
# "23% (12% and 11%, respectively)": the figures in parentheses are the parts of the one before.
_PARTS_OPEN = re.compile(r"^\s*\(\s*$")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_INHERIT_GAP = re.compile(r"^[\s,]*(?:for|as\s+of|at|in|during)\b", re.I)
_COMBINED_RE = re.compile(
    r"\b(?:together|combined|collectively|in\s+the\s+aggregate|aggregate)\b", re.I
)


@dataclass(frozen=True)
class _Pct:
    span: tuple[int, int]
    value: Decimal
    decimals: int
    basis: str | None
    each: bool = False  # "12% each of revenue": every counted customer's own figure


def extract_concentration(doc: Document) -> list[Fact]:
    """Customer concentration facts from the document's sentences, then from its tables of
    customers by period."""
    index = doc.index
    candidates = [s for s in index.sentences_matching(CANDIDATES) if _BASIS_RE.search(s.text)]
    facts: list[Fact] = []
    aliases = index.aliases
    if candidates:
        ctx = index.period_context
        years = _Lazy(lambda: document_years(doc.text, index.hits))
        known = _Lazy(lambda: customer_names(doc.text, index.hits))
        for sentence in candidates:
            sentence = without_headings(doc.text, sentence)
            facts += sentence_facts(sentence, doc.name, aliases, ctx, known, years)
    return facts + extract_table_concentration(doc, aliases, EXTRACTOR_VERSION)


def sentence_facts(
    sentence: Sentence,
    document: str,
    aliases: Mapping[str, str],
    ctx: PeriodContext | LazyPeriodContext | None = None,
    known: Callable[[], Collection[str]] | str = "",
    years: Callable[[], Years] | Years = UNSETTLED,
) -> list[Fact]:
    """Concentration facts stated by one sentence (pure; used by the tests on hand-written text).
    ``known``: the names the document calls customers (or a text to find them in: "our
    customers include Acme" makes "Acme accounted for 12%" a customer's share);
    ``years``: what the document's undated years mean ("for 2018 and 2017" in a calendar-year
    filer, "fiscal 1999" where it defines it), asked only when the sentence names no other
    period."""
    text = sentence.text
    pcts = _percents(text)
    if not pcts:
        return []
    if isinstance(known, str):
        known = _Lazy(lambda text=known: customer_names(text))
    found = subjects(text, aliases, known)
    if not found:
        return []
    periods = ctx.periods(text) if isinstance(ctx, LazyPeriodContext) else find_periods(text, ctx)
    if not periods:
        periods = (years() if callable(years) else years).phrases(text)
    facts: list[Fact] = []
    expected = expected_figures(text, [p.span for p in pcts])
    for start, end in _clauses(text, found, pcts):
        facts += _clause_facts(sentence, document, (start, end), found, pcts, periods, expected)
    return _number_unnamed(facts)


class _Lazy:
    """A document-wide answer computed on first need (most documents never ask)."""

    def __init__(self, compute: Callable):
        self._compute, self._value = compute, None

    def __call__(self):
        if self._value is None:
            self._value = self._compute()
        return self._value


def _number_unnamed(facts: list[Fact]) -> list[Fact]:
    """'One retailer accounted for 18% ... and a second retail customer for 11%': two customers
    each called "one customer" for one period are customer 1 of 2 and customer 2 of 2."""
    keys = [(f.period_start, f.period_end, f.basis) for f in facts if f.entity == "one customer"]
    out = []
    for fact in facts:
        key = (fact.period_start, fact.period_end, fact.basis)
        n = keys.count(key)
        if fact.entity == "one customer" and n > 1:
            i = sum(1 for f in out if f.entity.endswith(f" of {n}") and
                    (f.period_start, f.period_end, f.basis) == key) + 1
            fact = replace(fact, entity=f"customer {i} of {n}")
        out.append(fact)
    return out


def _percents(text: str) -> list[_Pct]:
    pcts: list[_Pct] = []
    for match in _PCT_RE.finditer(text):
        before, after = text[max(0, match.start() - 30) : match.start()], text[match.end() :]
        if _THRESHOLD_BEFORE.search(before) or _THRESHOLD_AFTER.match(after[:30]):
            continue
        basis = _basis_after(after)
        if basis == _A_PARTS or (basis is None and not _INHERIT_GAP.match(after[:20])):
            continue
        parsed = parse_number(match.group(0).replace("percent", "%").replace(" ", ""))
        if parsed is None:
            continue
        each = bool(_EACH_AFTER.match(after[:12]))
        pcts.append(_Pct(match.span(), parsed.value, parsed.decimals, basis, each))
    return _inherit_basis(pcts)


def _basis_after(after: str) -> str | None:
    gap = _LIST_GAP.match(after[:200]).end()
    match = _BASIS_RE.match(after, gap)
    if not match:
        return None
    if _PART_AFTER_BASIS.match(after, match.end()):
        return _A_PARTS
    return "accounts_receivable" if "receivable" in match.group("basis").lower() else "revenue"


# "of revenue in our Europe region", "of net sales of the Widgets segment": a share of a part's
# revenue, never of the company's (it stood as the share of total revenue)
_PART_AFTER_BASIS = re.compile(
    rf"\s+(?:in|of|from|for|at)\s+(?:our\s+|the\s+|its\s+|this\s+|that\s+)?"
    rf"(?:(?:[\w&'’.-]+\s+){{0,4}}?{PART_WORD}\b|{PART_NAME})", re.I)
_A_PARTS = "part"


def _inherit_basis(pcts: list[_Pct]) -> list[_Pct]:
    """'62.0% of revenue for 2025 and 77.9% of receivables as of ...' name their own basis; a
    figure followed only by a period ('and 47% for the six months') takes the previous one."""
    out: list[_Pct] = []
    for i, pct in enumerate(pcts):
        basis = pct.basis or (out[-1].basis if out else None)
        if basis is None:
            basis = next((p.basis for p in pcts[i + 1 :] if p.basis), None)
        if basis:
            out.append(_Pct(pct.span, pct.value, pct.decimals, basis, pct.each))
    return out


def _clauses(text: str, subjects: list[Subject], pcts: list[_Pct]) -> list[tuple[int, int]]:
    """Cut at ';' and where a subject follows figures of the previous subject."""
    cuts = {0, len(text)}
    cuts.update(m.end() for m in re.finditer(";", text))
    last_subject_end = None
    for subject in subjects:
        if last_subject_end is not None and any(
            last_subject_end <= p.span[0] < subject.span[0] for p in pcts
        ):
            cuts.add(_clause_start(text, subject.span[0]))
        last_subject_end = subject.span[1]
    ordered = sorted(cuts)
    return list(zip(ordered, ordered[1:], strict=False))


def _clause_start(text: str, at: int) -> int:
    """Back up over 'and sales to ' so the new clause owns its lead-in."""
    window = text[max(0, at - 40) : at]
    match = re.search(
        r"(?:,\s*|\s)(?:and|while|whereas)\s+(?:(?:net\s+)?(?:sales|revenues?)\s+"
        r"(?:to|from)\s+)?$",
        window,
    )
    return at - (len(window) - match.start()) if match else at


def _clause_facts(
    sentence: Sentence,
    document: str,
    clause: tuple[int, int],
    subjects: list[Subject],
    pcts: list[_Pct],
    periods: list[PeriodPhrase],
    expected: Collection[tuple[int, int]] = (),
) -> list[Fact]:
    inside = lambda span: clause[0] <= span[0] < clause[1]  # noqa: E731
    subs = [s for s in subjects if inside(s.span)]
    figs = [p for p in pcts if inside(p.span) and p.span not in expected]
    if not subs or not figs or any(s.negative for s in subs):
        return []
    phrases = [p for p in periods if inside(p.span)] or _nearest(periods, clause)
    flat = [period for phrase in phrases for period in phrase.periods]
    parts = _parts(sentence.text, figs)
    if parts is not None:
        pairs = _pair_parts(subs, parts, flat)
    else:
        clause_text = sentence.text[clause[0] : clause[1]]
        pairs = _pair(clause_text, subs, figs, flat, one_phrase=len(phrases) == 1) or (
            _pair_by_phrase(clause_text, subs, figs, phrases))
    return [_fact(sentence, document, entity, pct, period) for entity, pct, period in pairs]


def _nearest(periods: list[PeriodPhrase], clause: tuple[int, int]) -> list[PeriodPhrase]:
    before = [p for p in periods if p.span[1] <= clause[0]]
    if before:
        return [before[-1]]
    after = [p for p in periods if p.span[0] >= clause[1]]
    return after[:1]


def _parts(text: str, figs: list[_Pct]) -> tuple[_Pct, list[_Pct]] | None:
    """'23% (12% and 11%, respectively) of revenue': (the total, its parts) when a clause's
    figures are exactly one figure and its parenthesised parts; None when nothing is in
    parentheses. A parenthesis the figures do not fill this way gives an empty list of parts
    (nothing is read rather than a part taken for the total)."""
    if len(figs) < 2 or not _PARTS_OPEN.match(text[figs[0].span[1] : figs[1].span[0]]):
        gaps = (text[a.span[1] : b.span[0]] for a, b in zip(figs, figs[1:], strict=False))
        if any(_PARTS_OPEN.match(gap) for gap in gaps):
            return figs[0], []
        return None
    close = text.find(")", figs[-1].span[1])
    if close < 0 or "(" in text[figs[1].span[0] : close] or any(
        ")" in text[a.span[1] : b.span[0]] for a, b in zip(figs[1:], figs[2:], strict=False)
    ):
        return figs[0], []
    return figs[0], figs[1:]


def _pair_parts(subs: list[Subject], parts: tuple[_Pct, list[_Pct]], flat: list) -> list:
    """A counted group's total and each member's part, one period, only when the parts are as
    many as the customers counted and add up to the total as printed."""
    total, each = parts
    if len(subs) != 1 or len(flat) != 1 or not each:
        return []
    subject, n = subs[0], len(each)
    if subject.count != n or n < 2 or sum(p.value for p in each) != total.value:
        return []
    return [(f"{subject.entity} combined", total, flat[0])] + [
        (f"customer {i + 1} of {n}", p, flat[0]) for i, p in enumerate(each)
    ]


def _pair(clause_text: str, subs: list[Subject], figs: list[_Pct], flat: list,
          one_phrase: bool = False) -> list:
    k, m = len(figs), len(flat)
    if m == 0:
        return []
    if any(p.each for p in figs) or any(s.each for s in subs):
        return _pair_each(subs, figs, flat)
    named = list(dict.fromkeys(s.entity for s in subs))
    if len(named) > 1:
        return (
            [(named[i], figs[i], flat[0]) for i in range(k)] if k == len(named) and m == 1 else []
        )
    subject = subs[0]
    if (subject.count > 1 and not subject.group and k == subject.count and m == 1
            and not _COMBINED_RE.search(clause_text)):
        return [(f"customer {i + 1} of {k}", figs[i], flat[0]) for i in range(k)]
    entity = subject.entity
    if subject.count > 1 and not subject.group:
        entity += " combined"
    if k == m:
        return [(entity, figs[i], flat[i]) for i in range(k)]
    # One figure for every period listed: "for each of the years ended ... 2025 and 2024", or
    # the periods of one phrase with no "respectively" handing them out ("As of December 31,
    # 2025 and 2024, one customer accounted for 15% of receivables"; "accounted for 48% of our
    # revenue for the years ended December 31, 2018 and 2017").
    if k == 1 and (_EVERY_PERIOD_RE.search(clause_text) or (
            one_phrase and not _RESPECTIVELY.search(clause_text))):
        return [(entity, figs[0], period) for period in flat]
    return []


def _pair_by_phrase(clause_text: str, subs: list[Subject], figs: list[_Pct],
                    phrases: list[PeriodPhrase]) -> list:
    """'accounted for 48% of our revenue for 2018 and 2017, and 50% of our revenue for 2016'
    (GoPro): each figure is followed by its own period phrase, before the next figure, and
    holds for every period of it. One subject; no "respectively" to hand periods out."""
    if (len(set(s.entity for s in subs)) != 1 or len(figs) < 2 or len(figs) != len(phrases)
            or _RESPECTIVELY.search(clause_text)):
        return []
    ends = [f.span[0] for f in figs[1:]] + [None]
    for fig, phrase, end in zip(figs, phrases, ends, strict=True):
        if phrase.span[0] < fig.span[1] or (end is not None and phrase.span[1] > end):
            return []
    subject = subs[0]
    entity = subject.entity
    if subject.count > 1 and not subject.group:
        entity += " combined"
    return [(entity, fig, period) for fig, phrase in zip(figs, phrases, strict=True)
            for period in phrase.periods]


def _pair_each(subs: list[Subject], figs: list[_Pct], flat: list) -> list:
    """'Two customers accounted for 12% each of revenue', 'two customers each accounted for
    12%', 'Acme and Birchway each accounted for 12%': one figure per customer, for one period
    (or one figure per period, 'respectively')."""
    if not all(p.each for p in figs) and not all(s.each for s in subs):
        return []
    pairs = list(zip(figs, flat, strict=True)) if len(figs) == len(flat) else []
    if len(subs) > 1 and not any(s.count > 1 or s.unnamed for s in subs):
        return [(s.entity, pct, period) for pct, period in pairs for s in subs]
    if len(subs) != 1 or subs[0].count < 2 or subs[0].group:
        return []
    n = subs[0].count
    return [(f"customer {i + 1} of {n}", pct, period) for pct, period in pairs
            for i in range(n)]


def _fact(sentence: Sentence, document: str, entity: str, pct: _Pct, period) -> Fact:
    source = sentence.source(document, EXTRACTOR, EXTRACTOR_VERSION)
    return Fact(
        metric=METRIC,
        value=pct.value,
        unit="percent",
        period_start=period[0],
        period_end=period[1],
        entity=entity,
        basis=pct.basis,
        decimals=pct.decimals,
        sources=(source,),
    )
