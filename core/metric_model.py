"""The shape of a metric registry row (``core.metrics`` holds the rows and their projections):
the units, statements and entity kinds a row may name, and the row's own dataclasses."""

from __future__ import annotations

from dataclasses import dataclass

UNITS = ("USD", "shares", "percent", "USD/share", "multiple", "count")
# Where a metric's figures are printed, and which package reads them. The statements read by
# ``extractors.tables`` (income statement, cash-flow statement, balance sheet, a statement of
# stockholders' equity or its note's rollforward, key metrics) are its
# TABLE_STATEMENTS: each is one label table of the rows that name it, and
# ``extractors.statement_kinds`` says how a table is recognised as that statement.
STATEMENTS = {"income": "extractors.tables", "cash_flow": "extractors.tables",
              "balance": "extractors.tables", "cover": "extractors.cover",
              "offering": "extractors.offering", "notes": "extractors.concentration",
              "kpi": "extractors.tables", "equity": "extractors.tables"}
TABLE_STATEMENTS = tuple(kind for kind, reader in STATEMENTS.items()
                         if reader == "extractors.tables")
# Who a figure may be about besides the company as a whole.
ENTITY_KINDS = ("customer", "share_class", "option", "segment")
# The XBRL axes a figure about a part of the company (entity kind "segment") may carry, and the
# basis each gives the figure: the filer's segments, its products or services, its regions.
# A fact on one of them names a part; on two, or with any other axis, it is no part's figure.
SEGMENT_AXES = {"StatementBusinessSegmentsAxis": "segment", "ProductOrServiceAxis": "product",
                "StatementGeographicalAxis": "geography"}
# Members of those axes that are no part of the company but a line of the reconciliation.
NOT_A_PART = ("Elimination", "Intersegment", "ReconcilingItem", "NonSegment", "Consolidat",
              "Adjustment")


@dataclass(frozen=True)
class Label:
    """A table row label that names the metric, matched whole after normalisation (lower case,
    footnotes and asides dropped). ``rank`` breaks ties within a column: a total (3) beats a
    plain line (2), which beats a component line (1). ``per_share`` cells are never scaled."""

    pattern: str
    rank: int = 2
    per_share: bool = False
    # read only in a table that prints a row of this label (``re.fullmatch``, normalised) above
    # it: a balance sheet's bare "Long-term debt" below "Total current liabilities" is the
    # non-current line, where an unclassified sheet's may hold the current maturities too
    after: str | None = None


@dataclass(frozen=True)
class SectionLabel:
    """A bare label ("Total", "Diluted") that names the metric only under a section header
    that does: ``section`` must match the normalised header (``re.fullmatch``), and
    ``not_section`` (``re.search``) must not."""

    labels: tuple[str, ...]
    section: str
    not_section: str | None = None


@dataclass(frozen=True)
class Cue:
    """Words an article uses for the metric (a case-blind regex), and the units a figure next
    to them may carry (the metric's own unit when None)."""

    pattern: str
    units: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Derivation:
    """How a figure no filing states is recomputed from filed ones.

    ``kind`` names the recipe ("ratio": 100 x first / second; "complement": 100 - 100 x first /
    second; "growth": the base metric over itself a year earlier; "points": a rate (the claim's
    basis) less itself a year earlier; "difference": two figures the article quotes, as filed,
    one less the other; "midpoint": (first + second) / 2; "product": first x second;
    "quotient": first / second; support-only, ``Metric.supported_by``: "running": the first
    operand plus the second, then plus the third..., each a candidate; "total": every filed
    operand added, the first required; "ratio": 100 x first / second of one period);
    ``inputs`` lists, per operand, the metrics that may serve, best first; ``formula`` is
    what a reader is shown."""

    kind: str
    inputs: tuple[tuple[str, ...], ...]
    formula: str
    decimals: int = 1  # the precision a table-derived value is given (gross margin: 62.0%)


@dataclass(frozen=True)
class Metric:
    """One metric. Only ``name``, ``unit`` and ``meaning`` are required; every other field
    says where the metric can be read and how it behaves, and is empty when it does not apply."""

    name: str
    unit: str
    meaning: str
    # XBRL local names, best first: when one filing tags several for the same figure, the
    # first one's value is the figure (Revenues is the total; the contract-revenue subset next).
    concepts: tuple[str, ...] = ()
    statement: str | None = None  # where tables state it; "income" rows are read as statements
    # other statements whose tables print the same line, read by their own label tables: the
    # dividends declared per share under an equity statement's columns as under an income
    # statement's
    also_in: tuple[str, ...] = ()
    # False: read where its statement is, but no cue that a table is one: a return-on-capital
    # reconciliation's "Net income" and "Interest expense" (a railroad's 10-K) make no income
    # statement, nor a tax note's "Income before income taxes" beside its "Net income"
    is_statement_line: bool = True
    labels: tuple[Label, ...] = ()
    section_labels: tuple[SectionLabel, ...] = ()
    # (metric, words): a row read as that metric whose label, or the section a bare label stands
    # under, holds these words (re.search, normalised) states this metric too: "Net loss per
    # share, basic and diluted" is diluted EPS and basic EPS alike
    read_with: tuple[str, str] | None = None
    # Lower-case words of which every label of this metric contains one: the cheap pre-test
    # that spares the label patterns for the many rows that name no metric.
    label_words: tuple[str, ...] = ()
    cues: tuple[Cue, ...] = ()
    # Words that make a positive figure negative when they name it ("net loss of $75.7 million").
    sign_words: str | None = None
    entity: str | None = None  # one of ENTITY_KINDS: who else a figure may be about
    derivation: Derivation | None = None
    successors: tuple[str, ...] = ()  # what a later filing reports in its place, best first
    # stated as of a moment or for an offering, not for a period (every balance is: derived)
    is_point: bool = False
    # a balance on a day (cash, inventory): an article's dated period means its last day
    is_balance: bool = False
    is_charted: bool = False
    is_crosschecked: bool = False  # read from tables and tags alike: `crosscheck` compares them
    is_magnitude: bool = False  # a cost printed in parentheses is still a cost of that size
    # The line printed between two it is the difference of ("Income before income taxes",
    # "Provision for income taxes", "Net income"): filers print an expense and a benefit alike
    # with or without parentheses, so its sign is that of the line above less the line below,
    # and a row that is no such difference is not read (extractors.table_checks)
    is_between: bool = False
    is_growth_base: bool = False  # "net income rose 20%": what a growth rate may be about
    non_gaap_of: str | None = None  # the GAAP metric this one adjusts
    percent_cells: str | None = None  # a percent cell on this metric's row states that metric
    range_parts: tuple[str, str] | None = None  # a range written as one figure: (low, high)
    written_as_range: str | None = None  # a range of this metric is that metric's range
    option_part: str | None = None  # with the over-allotment option: this plus that metric
    is_stated_forecast: bool = False  # a filing states it though it is an expectation
    is_stored: bool = True  # False: read from articles only (a range, a derived figure)
    # The metrics an article's words for which may mean this one: journalists write "net
    # income" for the figure applicable to common shareholders (Goldman Sachs's Q4 2021
    # release: 3,809 to common beside 3,935 net earnings). The verifier compares such a claim
    # with both lines (pipeline.verify.match).
    quoted_as: tuple[str, ...] = ()
    # False: a claim that misses this line is drifted only when the other lines its words may
    # mean (the rows naming it in ``quoted_as``) are filed and missed too; with one of them not
    # filed, it is unverifiable (an article's "gross debt" may be the principal at par, which
    # a filing that states only its carrying total does not show).
    drifts_alone: bool = True
    # why, said in its verdict (None: a line set on a day, as a dividend rate is)
    why_not_alone: str | None = None
    # A fall is an improvement (an operating ratio, a cost ratio): "the ratio improved 2 points"
    # is a fall of 2 points.
    lower_is_better: bool = False
    # Support-only recomputations (kinds "running", "total" and "ratio", support_sums):
    # where no filing states the figure, a sum of filed lines that equals it bears it out; one
    # that misses proves nothing (filers add such lines up differently), so it is never drifted.
    supported_by: tuple[Derivation, ...] = ()

    def __post_init__(self) -> None:
        if self.is_balance and not self.is_point:
            object.__setattr__(self, "is_point", True)  # a balance is stated on a day
