"""Customer concentration: which customer stands for what share of revenue or receivables.

A sentence states a concentration when it has all three of: a customer subject (a defined name
such as "G42", a label such as "Customer A", or a counted customer phrase such as "one customer",
"two customers", "our largest customer"), a percentage followed by "of [our total] revenue /
sales / accounts receivable", and a period. Everything else that merely shares words ("we
accounted for the 2021 Notes as stock-settled debt", "55% came from government customers",
"no customer represented 10% or more") gives nothing: generic "customers" is not a subject, a
threshold ("more than 10%", "10% or more") is not a figure.

Entities: a defined alias wins over the full name ("G42" for "Group 42 Holding Ltd (together with
its affiliates, "G42")"), a parenthesised or appositive name wins over the counted phrase ("one
customer (MBZUAI)" is MBZUAI; "one direct customer, Customer A," is Customer A). Unnamed: "one
customer", "largest customer"; several customers with one figure (or "together"/"combined"):
"two customers combined"; several customers with one figure each: "customer 1 of 3", ... in the
order printed.

A company named with a corporate suffix ("Walmart Inc.", "The Home Depot, Inc.") is a subject
without a defined alias, when a verb, a comma or "and" follows it (not "Apple Inc. products").
"Two customers accounted for 12% each" is 12 for customer 1 of 2 and customer 2 of 2; "23% (12%
and 11%, respectively)" is the combined 23 and its two parts, read only when the parts are as
many as the customers counted and add up to the total; one figure "for each of the years ended
... 2025 and 2024" holds for every period listed.

Distribution: a sentence is cut into clauses at ";" and where a new subject follows figures.
Within a clause, k figures pair with k listed periods ("24.0% and 85.0% ... for the years ended
December 31, 2025 and 2024, respectively"), or with k listed subjects or k counted customers
when one period is named. A clause without a period takes the nearest period phrase of the
sentence before it (the leading "For the second quarter of fiscal year 2026,"), else after it.
Anything that does not pair exactly is dropped rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from core.facts import Fact
from core.period_phrases import PeriodContext, PeriodPhrase, find_periods
from extractors.anchored import AnchoredPattern
from extractors.concentration_tables import extract_table_concentration
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
_INHERIT_GAP = re.compile(r"^[\s,]*(?:for|as\s+of|at|in|during)\b", re.I)
_NUMBER_WORDS = {
    "one": 1,
    "a single": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_COUNTED_RE = re.compile(
    r"\b(?P<neg>no\s+|none\s+of\s+(?:our\s+)?)?(?P<q>(?:(?:our|the|a|an|single|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|\d{1,2}|top|largest|second|third|fourth|another|other"
    r"|separate|direct|indirect|individual|significant|major|large|end|any)\s+)+)"
    r"(?P<noun>customers?|clients?|distributors?|Customer-Entit(?:y|ies))\b",
    re.I,
)
# Words of a counted phrase kept in the entity name ("top three customers"); the rest
# ("separate", "direct") describe and are dropped.
_KEPT_WORDS = ("top", "largest", *_NUMBER_WORDS)
# "one customer (MBZUAI)": a name in parentheses right after a counted customer.
_PAREN_NAME_RE = re.compile(
    r"\b(?:customer|client|distributor)\s*\(\s*[“\"]?"
    r"(?P<name>[A-Z][\w.&'’ -]{0,38}[\w.])[”\"]?\s*\)"
)
# "Customer A", "Customer 1", and "Customer One" (how NVIDIA's XBRL members name them; a filing
# whose prose does the same gets the same entity, so the readings merge).
_LABEL_RE = re.compile(
    r"\b(?:Customer|Client|Distributor)\s+(?:[A-Z]{1,2}|\d{1,2}|One|Two|Three|Four|Five|Six"
    r"|Seven|Eight|Nine|Ten)\b(?!-)"
)
# "Walmart Inc.", "The Home Depot, Inc.": a customer named with a corporate suffix, defined
# alias or not. The suffix is what tells a company from a region or a product line ("the United
# States comprised 85%", "Subscription revenue accounted for 85%"); "Company" is no suffix ("the
# Company accounted for").
_CORP_NAME_RE = re.compile(
    r"(?<![\w.&'’-])(?!(?:For|In|During|As|At|Of|On|By|From|To|With|And|Sales|Net|Our|Revenues?"
    r"|Approximately|Each|Both|Fiscal|Customers?)\b)(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z0-9][\w&'’-]*){0,4}?,?\s+"
    r"(?:Inc|Corp|Corporation|Co|LLC|L\.L\.C|Ltd|Limited|plc|PLC|L\.P|LP|N\.V|S\.A|AG|SE"
    r"|GmbH)\b\.?)"
    # what follows a customer, not a product ("Apple Inc. products accounted for 12%")
    r"(?=\s*(?:[,;()—–]|$|(?:and|accounted|represented|comprised|constituted|made|were|was"
    r"|contributed|together|collectively|combined|each)\b))"
)
_COMBINED_RE = re.compile(
    r"\b(?:together|combined|collectively|in\s+the\s+aggregate|aggregate)\b", re.I
)


@dataclass(frozen=True)
class _Subject:
    span: tuple[int, int]
    entity: str
    count: int = 1
    negative: bool = False
    corp: bool = False  # a company name ("Walmart Inc."): a list of them is no appositive


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
        for sentence in candidates:
            facts += sentence_facts(sentence, doc.name, aliases, ctx)
    return facts + extract_table_concentration(doc, aliases, EXTRACTOR_VERSION)


def sentence_facts(
    sentence: Sentence,
    document: str,
    aliases: Mapping[str, str],
    ctx: PeriodContext | LazyPeriodContext | None = None,
) -> list[Fact]:
    """Concentration facts stated by one sentence (pure; used by the tests on hand-written text)."""
    text = sentence.text
    subjects = _subjects(text, aliases)
    if not subjects:
        return []
    pcts = _percents(text)
    if not pcts:
        return []
    periods = ctx.periods(text) if isinstance(ctx, LazyPeriodContext) else find_periods(text, ctx)
    facts: list[Fact] = []
    for start, end in _clauses(text, subjects, pcts):
        facts += _clause_facts(sentence, document, (start, end), subjects, pcts, periods)
    return facts


def _subjects(text: str, aliases: Mapping[str, str]) -> list[_Subject]:
    found: list[_Subject] = []
    found += [s for s in map(_counted, _COUNTED_RE.finditer(text)) if s is not None]
    found += [
        _Subject(m.span("name"), m.group("name").strip()) for m in _PAREN_NAME_RE.finditer(text)
    ]
    for match in _LABEL_RE.finditer(text):
        found.append(_Subject(match.span(), " ".join(match.group(0).split())))
    for name, alias in aliases.items():
        if name not in text:  # a substring test first: most names are absent from a sentence
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            found.append(_Subject(match.span(), alias))
    named = [s for s in found if s.count == 1 and not s.negative and s.entity not in (
        "one customer", "largest customer")]
    for match in _CORP_NAME_RE.finditer(text):
        span = match.span("name")
        # a defined alias, a label or a parenthesised name over the same words names it
        if not any(s.span[0] < span[1] and span[0] < s.span[1] for s in named):
            found.append(_Subject(span, " ".join(match.group("name").split()), corp=True))
    return _merge_appositives(sorted(found, key=lambda s: (s.span[0], -s.span[1])), text)


def _counted(match: re.Match) -> _Subject | None:
    words = match.group("q").lower().split()
    plural = match.group("noun").lower().endswith(("s", "ies"))
    if match.group("neg") or "any" in words:
        return _Subject(match.span(), "", 0, negative=True)
    numbers = [_NUMBER_WORDS.get(w) or (int(w) if w.isdigit() else None) for w in words]
    numbers = [n for n in numbers if n]
    count = numbers[0] if numbers else (2 if plural else 1)
    if not numbers and (
        plural or not {"a", "an", "largest", "second", "third", "fourth", "another"} & set(words)
    ):
        # "our customers", "the customer", "other customers": nobody in particular
        return None
    kept = [w for w in words if w in _KEPT_WORDS]
    if count == 1:
        return _Subject(match.span(), "largest customer" if "largest" in kept else "one customer")
    return _Subject(match.span(), " ".join(kept + ["customers"]), count)


def _merge_appositives(subjects: list[_Subject], text: str) -> list[_Subject]:
    """'one direct customer, Customer A,' and 'one customer (MBZUAI)' are one subject named by
    the name; overlapping mentions keep the longest."""
    merged: list[_Subject] = []
    for subject in subjects:
        if merged and subject.span[0] < merged[-1].span[1]:
            continue
        prev = merged[-1] if merged else None
        gap = text[prev.span[1] : subject.span[0]] if prev else ""
        if (
            prev
            and prev.count == 1
            and not prev.negative
            and not prev.corp
            and re.fullmatch(r"\s*[,(—–-]?\s*[“\"]?", gap)
        ):
            merged[-1] = _Subject((prev.span[0], subject.span[1]), subject.entity)
            continue
        merged.append(subject)
    return merged


def _percents(text: str) -> list[_Pct]:
    pcts: list[_Pct] = []
    for match in _PCT_RE.finditer(text):
        before, after = text[max(0, match.start() - 30) : match.start()], text[match.end() :]
        if _THRESHOLD_BEFORE.search(before) or _THRESHOLD_AFTER.match(after[:30]):
            continue
        basis = _basis_after(after)
        if basis is None and not _INHERIT_GAP.match(after[:20]):
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
    return "accounts_receivable" if "receivable" in match.group("basis").lower() else "revenue"


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


def _clauses(text: str, subjects: list[_Subject], pcts: list[_Pct]) -> list[tuple[int, int]]:
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
    subjects: list[_Subject],
    pcts: list[_Pct],
    periods: list[PeriodPhrase],
) -> list[Fact]:
    inside = lambda span: clause[0] <= span[0] < clause[1]  # noqa: E731
    subs = [s for s in subjects if inside(s.span)]
    figs = [p for p in pcts if inside(p.span)]
    if not subs or not figs or any(s.negative for s in subs):
        return []
    phrases = [p for p in periods if inside(p.span)] or _nearest(periods, clause)
    flat = [period for phrase in phrases for period in phrase.periods]
    parts = _parts(sentence.text, figs)
    if parts is not None:
        pairs = _pair_parts(subs, parts, flat)
    else:
        pairs = _pair(sentence.text[clause[0] : clause[1]], subs, figs, flat)
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


def _pair_parts(subs: list[_Subject], parts: tuple[_Pct, list[_Pct]], flat: list) -> list:
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


def _pair(clause_text: str, subs: list[_Subject], figs: list[_Pct], flat: list) -> list:
    k, m = len(figs), len(flat)
    if m == 0:
        return []
    if any(p.each for p in figs):
        return _pair_each(subs, figs, flat)
    named = list(dict.fromkeys(s.entity for s in subs))
    if len(named) > 1:
        return (
            [(named[i], figs[i], flat[0]) for i in range(k)] if k == len(named) and m == 1 else []
        )
    subject = subs[0]
    if subject.count > 1 and k == subject.count and m == 1 and not _COMBINED_RE.search(clause_text):
        return [(f"customer {i + 1} of {k}", figs[i], flat[0]) for i in range(k)]
    entity = f"{subject.entity} combined" if subject.count > 1 else subject.entity
    if k == m:
        return [(entity, figs[i], flat[i]) for i in range(k)]
    if k == 1 and m == 1:
        return [(entity, figs[0], flat[0])]
    if k == 1 and _EVERY_PERIOD_RE.search(clause_text):
        return [(entity, figs[0], period) for period in flat]
    return []


def _pair_each(subs: list[_Subject], figs: list[_Pct], flat: list) -> list:
    """'Two customers accounted for 12% each of revenue': one figure per counted customer, for
    one period (or one figure per period, 'respectively')."""
    if len(subs) != 1 or subs[0].count < 2 or not all(p.each for p in figs):
        return []
    n = subs[0].count
    pairs = list(zip(figs, flat, strict=True)) if len(figs) == len(flat) else []
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
