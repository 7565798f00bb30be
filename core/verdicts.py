"""What the verifier produces and the report and warehouse consume."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

VERDICTS = ("supported", "drifted", "stale", "unverifiable", "not_checkable")
CLAIM_UNITS = ("USD", "percent", "shares", "USD/share", "multiple", "count")
# What the filed lines lacked for a claim, as the step that found the lack says it
# (``Verification.gap``); ``pipeline.verify.prose_echo`` looks in the filing's sentences for a
# figure left unverifiable for one of these.
GAPS = {
    "no_metric": "no line of the registry is named near the figure (or covers what its words "
                 "measure), so no filed fact was searched",
    "not_filed": "its line and period were searched, and no filed fact covers them",
    "no_period": "the article states no period, and no one filed period's figure is meant",
    "charge": "a charge or gain, which no registry line holds: only the charges the filings "
              "state in prose, or none its words name",
    "item": "a pre-tax item an adjusted figure excludes, which no reconciliation line is "
            "labelled with",
    "change": "a change in an amount, recomputed only from a named line and base, which its "
              "words do not give",
    "part": "a count of a part (a region's, a product's), while the filings' counts are the "
            "company's",
}


@dataclass(frozen=True)
class Article:
    """The article as read: its text and where it came from (path or URL)."""

    name: str
    text: str
    sha256: str
    # the names the filer goes by (its covers' registrant names, EDGAR's name, its ticker):
    # the article reader tells the filer from another company named beside it by them
    filer_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Claim:
    """One figure quoted in an article, as the article states it."""

    claim_id: str  # deterministic: article sha256 + span
    text: str  # the figure as written: "$510.0 million"
    sentence: str
    span: tuple[int, int]  # character span of ``text`` in the article text
    value: Decimal | None  # in base units (USD, percent number, shares, multiple)
    unit: str | None  # one of CLAIM_UNITS
    tolerance: Decimal  # half a unit of the last stated digit, in base units
    metric: str | None = None
    period_label: str | None = None  # "2025", "Q2 2026", "as of 2026-08-05"
    period_start: date | None = None
    period_end: date | None = None
    entity: str | None = None
    basis: str | None = None
    cited_form: str | None = None  # "S-1/A" when the article attributes the figure
    cited_date: date | None = None
    not_checkable_reason: str | None = None  # set when the figure is not about the filings
    qualifier: str | None = None  # "about", "more than", "less than": how the article bounds it
    citation_scope: str | None = None  # "sentence" (named near the figure) or "article" (default)
    low: Decimal | None = None  # a range written as one figure ("$40–50 billion"): its ends
    high: Decimal | None = None
    # the filed lines a figure's words may mean (a bare "earnings rose 13%": net income or
    # diluted EPS, GAAP or adjusted), ``basis`` first; ``reading_pinned``: the article's
    # context pinned the first (pipeline.verify.earnings_readings judges them)
    readings: tuple[str, ...] = ()
    reading_pinned: bool = False
    # why the reading left the figure with no metric, when a step said so: another company
    # named as its subject ("Acme also reported"), a period left open by the sentence before
    unread_why: str | None = None
    # a comparison's base whose period no words of the article state, dated a year before the
    # period in force by default ("rose to $A from $B"): a match pins it, a mismatch may be
    # the article comparing with another period or an estimate (``discipline_base``); so is a
    # figure of a "respectively" list that its list of periods does not pair
    # (``respective_periods``)
    period_assumed: bool = False

    @property
    def sentence_at(self) -> int:
        """Where the figure's text first stands in its sentence (-1 if it does not): the one
        place the readers that look at the words around a stored claim find it. Never inside a
        longer number: "6%" is not the "6%" of "56%" (read there, a sequential rate after a
        year-on-year one took the year-on-year rate's base and drifted)."""
        found = re.search(r"(?<![\d.,])" + re.escape(self.text) + (
            r"(?![\d])" if self.text[-1:].isdigit() else ""), self.sentence)
        return found.start() if found is not None else self.sentence.find(self.text)


@dataclass(frozen=True)
class Evidence:
    """One filed fact used to reach a verdict, with everything needed to find it again."""

    fact_id: str
    accession: str
    form: str
    filed_date: date | None
    document_url: str
    locator: str  # 'table 12, row "Revenue", column "2025"' or 'chars 1200-1350'
    text: str  # the cell text or the sentence
    value: Decimal
    unit: str
    period_start: date | None
    period_end: date | None
    metric: str = ""
    entity: str | None = None


@dataclass(frozen=True)
class Verification:
    claim: Claim
    verdict: str  # one of VERDICTS
    filed_value: Decimal | None = None
    delta: Decimal | None = None  # claim value minus filed value, base units
    evidence: tuple[Evidence, ...] = field(default=())
    arithmetic: str | None = None  # derived checks: "199,071,000 / 509,991,000 = 39.03%"
    newer_value: Decimal | None = None  # for stale: what the later filing says
    newer_evidence: tuple[Evidence, ...] = field(default=())
    reason: str | None = None  # unverifiable/not_checkable: what was searched or why
    # one of GAPS when the step that reached the verdict found the filed lines lacking; a step
    # that rewrites ``reason`` sets it anew (``dataclasses.replace`` would keep the old one)
    gap: str | None = None

    def __post_init__(self) -> None:
        if self.gap is not None and self.gap not in GAPS:
            raise ValueError(f"unknown gap {self.gap!r}: one of {', '.join(GAPS)}")
