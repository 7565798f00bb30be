"""Verdict discipline for a line an article names more narrowly than the filed figure it is
compared with (a club's "Net sales" inside its tagged "Total revenue"): the claim takes the
narrower line as its part where the filing prints it (``on_the_named_line``), and a drift
against the broader line is ``unverifiable``, never drifted (``names_narrower_lines``), unless
another figure of its sentence proved the line.

Apart from ``discipline`` (the verdicts' other rules) to keep it small; ``api`` applies both.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.metrics import find_metric
from core.verdicts import Claim, Verification
from pipeline.verify.stated_bases import BASIS_TWINS
from warehouse.records import StoredFact

# Words an article uses for a line that a filing may print inside a larger total it tags:
# a club's "Net sales" (merchandise) inside its "Total revenue" (with membership fees). When
# the article names such a line and the filed figure's label does not, a difference says only
# that the two lines differ: the claim is not pinned to one filed figure.
# (the metric whose total may hold the line, the line's word, its words, the total's words)
NARROWER_LINES = (
    ("revenue", "sales", re.compile(r"\bsales\b", re.I), re.compile(r"revenue", re.I)),
)


def on_the_named_line(claim: Claim, facts: list[StoredFact]) -> Claim:
    """A claim the article names by a narrower line ("net sales ... increased by 16.0% to
    $222.73bn") is about that line where the filing prints it as a line of the metric (a club's
    "Net sales" above "Membership fees" and "Total revenue", read by ``segment_tables``): the
    claim then takes the line as its part. Any other claim is returned as it is."""
    if claim.entity is not None or claim.metric is None:
        return claim
    before = claim.sentence[:max(claim.sentence_at, 0)]
    for metric, word, _, broader_words in NARROWER_LINES:
        if not is_about(claim, metric) or broader_words.search(before):
            continue
        named = list(re.finditer(rf"\b(?:net\s+|total\s+)?{word}\b", before, re.I))
        if not named:
            continue
        phrase = " ".join(named[-1].group(0).lower().split())
        lines = {sf.fact.entity for sf in facts if sf.fact.metric == metric
                 and sf.fact.entity and " ".join(sf.fact.entity.lower().split()) == phrase}
        if len(lines) == 1:
            return replace(claim, entity=lines.pop())
    return claim


def names_a_narrower_line(verification: Verification,
                          called: frozenset[tuple[str, str]] = frozenset()) -> Verification:
    """A ``drifted`` verdict whose figure the article names by a narrower line than the filed
    one becomes ``unverifiable``, saying so; every other verdict is returned as it is.
    ``called``: (filing, XBRL concept) pairs the filing itself prints under the line's word
    (``_called_by_the_word``): a figure of such a concept is the line the article names."""
    claim = verification.claim
    if verification.verdict != "drifted" or not verification.evidence or any(
            (e.accession, concept) in called for e in verification.evidence
            for concept in _CONCEPT.findall(e.locator)):
        return verification
    # the words before the figure in its sentence: a later figure takes the line an earlier one
    # named ("net sales ... rose 16.0% to $222.73bn, up from $192.05bn")
    before = claim.sentence[:max(claim.sentence_at, 0)]
    labels = " ".join(e.locator for e in verification.evidence)
    for metric, word, article_words, broader_words in NARROWER_LINES:
        if (is_about(claim, metric) and article_words.search(before)
                and not broader_words.search(before) and word not in labels.lower()):
            return replace(verification, verdict="unverifiable", gap=None, reason=(
                f"the article names a '{word}' line; the filing's figure is another line "
                f"({verification.evidence[0].locator}) that may hold more than it, so the "
                f"difference proves nothing ({verification.reason or ''})"))
    return verification


def names_narrower_lines(results: list[Verification],
                         facts: list[StoredFact] = ()) -> list[Verification]:
    """``names_a_narrower_line`` for each verdict, except a figure whose line another figure
    of its sentence proved: "sales of $41.1 billion, up 56% from $26.2 billion a year earlier"
    (a chip maker's data-center part), where the level matched the filed line that the base
    misses, names that line, and the base's difference is a drift."""
    called = _called_by_the_word(facts)
    return [v if _line_proven(v, results) else names_a_narrower_line(v, called)
            for v in results]


_CONCEPT = re.compile(r"concept\s+(\S+?)(?:,|$)")


def _called_by_the_word(facts: list[StoredFact]) -> frozenset[tuple[str, str]]:
    """(filing, concept) of each whole-company figure of a line's metric that the filing prints
    in a row named by the line's word ("Total net sales", tagged as revenue from contracts):
    a device maker whose own name for its revenue is net sales. Its parts' "Tablet sales" are
    then the filed lines themselves, and a difference from them is a drift, not a gap between
    two lines (a club's "Net sales" row beside its "Total revenue" row keeps the rule: its
    total's row is not named by the word)."""
    called = set()
    for stored in facts:
        fact = stored.fact
        for metric, word, _, _ in NARROWER_LINES:
            if fact.metric != metric or fact.entity is not None:
                continue
            rows = [s.row for s in fact.sources if s.row]
            if rows and all(re.search(rf"\b{word}\b", row, re.I) for row in rows):
                called.update((stored.accession, s.concept) for s in fact.sources if s.concept)
    return frozenset(called)


_COLUMN = re.compile(r',\s*column\s+"[^"]*"')


def _lines(verification: Verification) -> set[tuple]:
    """The filed lines of a verdict's evidence: the filing, its metric and part, and where it
    is printed less the period's column (an XBRL concept, a table's row)."""
    return {(e.accession, e.metric, e.entity, _COLUMN.sub("", e.locator))
            for e in verification.evidence if e.locator}


def _line_proven(verification: Verification, results: list[Verification]) -> bool:
    claim = verification.claim
    if verification.verdict != "drifted" or not verification.evidence:
        return False
    lines = _lines(verification)
    return any(other is not verification and other.verdict == "supported"
               and other.claim.sentence == claim.sentence and other.claim.metric == claim.metric
               and other.claim.entity == claim.entity and lines & _lines(other)
               for other in results)


def is_about(claim: Claim, metric: str) -> bool:
    """The claim states ``metric`` itself, or its growth, on any basis the filer states it
    ("sales ..., 21% higher in dollars, 20% at fixed currency": a product's sales in a recap of
    a database maker's quarter, whose constant-currency rate drifted from the company's)."""
    if claim.metric == metric:
        return True
    growth = next((g for _words, g, stated in BASIS_TWINS if stated == claim.metric), None)
    row = find_metric(growth or claim.metric)
    return bool(row and row.derivation and row.derivation.kind == "growth"
                and (claim.basis or row.derivation.inputs[0][0]) == metric)
