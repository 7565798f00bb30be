"""The metric registry: everything filingcheck knows about a metric, one row per metric.

Every other place that knows a metric is a projection of this table: the XBRL concept map
(``extractors.concepts``), the row labels of the income statement, cash-flow statement and
balance sheet (``extractors.statements``, one label table per statement), the
words an article uses (``pipeline.verify.claims``), which figures are points in time and what
succeeds them (``pipeline.verify.match``), how derived figures are recomputed
(``pipeline.verify.derive``), what ``crosscheck`` compares and what the report charts.

Adding a metric that tables, XBRL and articles all understand is one ``Metric`` row here plus
tests (``tests/test_registry.py`` adds one from a test-only row with ``added``).

Rows are listed most specific first: when two article cues match the very same words, the
earlier row's wins ("gross profit" before "profit").

Reading rules that live in their extractor: ``extractors.tables`` reads a net income line
"attributable to common stockholders" as net_income_common, and as net_income too only when
the table prints no preferred-dividend or accretion line between the two.
``extractors.non_gaap`` reads the lines a non-GAAP reconciliation prints between a GAAP line
and its twin (``non_gaap_of``) as ``non_gaap_adjustment`` items, only from a column that adds up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import wraps

from core.errors import ValidationError

UNITS = ("USD", "shares", "percent", "USD/share", "multiple", "count")
# Where a metric's figures are printed, and which package reads them. The statements read by
# ``extractors.tables`` (income statement, cash-flow statement, balance sheet) are its
# TABLE_STATEMENTS: each is one label table of the rows that name it, and
# ``extractors.statement_kinds`` says how a table is recognised as that statement.
STATEMENTS = {"income": "extractors.tables", "cash_flow": "extractors.tables",
              "balance": "extractors.tables", "cover": "extractors.cover",
              "offering": "extractors.offering", "notes": "extractors.concentration",
              "kpi": "extractors.tables"}
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
    "quotient": first / second); ``inputs`` lists, per operand, the metrics that may serve,
    best first; ``formula`` is what a reader is shown."""

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
    labels: tuple[Label, ...] = ()
    section_labels: tuple[SectionLabel, ...] = ()
    # Lower-case words of which every label of this metric contains one: the cheap pre-test
    # that spares the label patterns for the many rows that name no metric.
    label_words: tuple[str, ...] = ()
    cues: tuple[Cue, ...] = ()
    # Words that make a positive figure negative when they name it ("net loss of $75.7 million").
    sign_words: str | None = None
    entity: str | None = None  # one of ENTITY_KINDS: who else a figure may be about
    derivation: Derivation | None = None
    successors: tuple[str, ...] = ()  # what a later filing reports in its place, best first
    is_point: bool = False  # stated as of a moment or for an offering, not for a period
    # a balance on a day (cash, inventory): an article's dated period means its last day
    is_balance: bool = False
    is_charted: bool = False
    is_crosschecked: bool = False  # read from tables and tags alike: `crosscheck` compares them
    is_magnitude: bool = False  # a cost printed in parentheses is still a cost of that size
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
    # A fall is an improvement (an operating ratio, a cost ratio): "the ratio improved 2 points"
    # is a fall of 2 points.
    lower_is_better: bool = False


_MONEY_LOSS = r"\blos(?:s|t|ing|es)"
_REV_CORE = (r"(?:net )?(?:operating )?(?:revenues?|sales)(?:, net)?"
             r"(?:,? net of (?:returns|discounts|allowances)[\w ,]*)?")
_ATTR = r"(?: (?:attributable|available) to (?P<owner>[\w ,.'&-]+))?"
_NI_CORE = (r"net (?:income|loss|earnings|\(loss\) income|income \(loss\)|loss \(income\)|"
            r"\(loss\) earnings|earnings \(loss\)|profit|\(loss\)/income|income/\(loss\))")
_PER_SHARE_ROWS = (r"(?:income|loss|earnings|\(loss\) income|income \(loss\)|loss \(income\)|"
                   r"earnings \(loss\)|\(loss\) earnings)")
# "per share", "per common share", "per ordinary share", and whose shares they are
_PER_SHARE = (r"per (?:common |ordinary )?(?:share|stock)(?: of common stock)?"
              r"(?: (?:attributable|available) to [\w ,.'&-]+)?")
# whose income: "Net loss attributable to common stockholders per common stock" (Marathon)
_OWNER = r"(?: (?:attributable|available) to [\w ,.'&-]+?)?"

ROWS: tuple[Metric, ...] = (
    Metric(
        "net_proceeds", "USD", "what the company expects to receive from the offering",
        statement="offering", is_point=True, is_stated_forecast=True,
        cues=(Cue(r"net proceeds"),)),
    Metric(
        "net_income_non_gaap", "USD", "non-GAAP (adjusted) net income, as the filer labels it",
        statement="income", non_gaap_of="net_income", sign_words=_MONEY_LOSS,
        labels=(Label(rf"(?:non-gaap|adjusted) {_NI_CORE}{_ATTR}"),),
        label_words=("net",), is_growth_base=True,
        cues=(Cue(r"(?:non-GAAP|adjusted)\s+net\s+(?:income|loss|earnings)"),)),
    Metric(
        "gross_profit", "USD", "revenue less cost of revenue",
        concepts=("GrossProfit",), statement="income", is_crosschecked=True,
        is_growth_base=True, percent_cells="gross_margin",
        labels=(Label(r"(?:total )?gross (?:profit|margin)(?: \(loss\))?|"
                      r"gross (?:loss|\(loss\) profit)"),),
        label_words=("gross",), cues=(Cue(r"gross\s+profit"),)),
    Metric(
        "gross_margin", "percent", "gross profit as a percentage of revenue",
        statement="income", is_charted=True,
        labels=(Label(r"gross (?:profit )?margin (?:percentage|percent|%|\(%\))|gross margin as "
                      r"a percent(?:age)? of (?:total )?(?:net )?(?:revenues?|sales)"),),
        label_words=("gross",), cues=(Cue(r"gross\s+margins?"),),
        derivation=Derivation("ratio", (("gross_profit",), ("revenue",)),
                              "gross profit / revenue")),
    Metric(
        "cost_of_revenue", "USD", "cost of revenue (cost of sales, of goods sold)",
        concepts=("CostOfRevenue", "CostOfGoodsAndServicesSold"), statement="income",
        is_crosschecked=True, is_magnitude=True, is_growth_base=True,
        # "Cost of products sold, excluding amortization" as "(exclusive of ...)" (an aside
        # normalize_label drops): the line the filer prints and tags; Costco's "Merchandise
        # costs" (its CostOfGoodsAndServicesSold)
        labels=(Label(r"(?:total )?cost of (?:net )?(?:revenues?|sales|goods sold|products sold)"
                      r"(?:, net)?(?:,? (?:excluding|exclusive of) [\w ,&-]+)?|"
                      r"(?:less )?merchandise costs"),),
        label_words=("cost",), cues=(Cue(r"cost\s+of\s+(?:revenues?|sales)"),)),
    Metric(
        "operating_income", "USD", "operating income (loss), income from operations",
        concepts=("OperatingIncomeLoss",), statement="income", is_crosschecked=True,
        is_growth_base=True, sign_words=_MONEY_LOSS, entity="segment",
        labels=(Label(r"(?:total )?(?:operating (?:income|loss|earnings|profit)(?: \((?:loss|"
                      r"income)\))?|operating \(loss\) (?:income|earnings)|(?:income|loss|"
                      r"\(loss\) income|income \(loss\)|earnings) from operations)"),),
        label_words=("operat",),
        cues=(Cue(r"operating\s+(?:income|loss)|income\s+from\s+operations|"
                  r"loss\s+from\s+operations"),)),
    Metric(
        "eps_diluted", "USD/share", "diluted earnings (loss) per share",
        concepts=("EarningsPerShareDiluted",), statement="income", is_crosschecked=True,
        sign_words=_MONEY_LOSS,
        # "Diluted EPS"; "Net earnings (loss) per share attributable to common stockholders,
        # diluted" (Palantir); "Earnings per share - diluted" (Union Pacific); "Total net
        # earnings per share - diluted"; "Net income per share - assuming dilution";
        # "Diluted earnings (loss) per share"
        labels=(Label(rf"(?:diluted eps|(?:total )?(?:net )?{_PER_SHARE_ROWS}{_OWNER} "
                      rf"{_PER_SHARE} ?(?:,|:|-)? ?(?:(?:basic and )?diluted|assuming dilution)|"
                      rf"(?:basic and )?diluted (?:net )?{_PER_SHARE_ROWS} {_PER_SHARE})",
                      per_share=True),),
        section_labels=(SectionLabel(
            ("diluted", "basic and diluted"), r".*(?:per share|per common share|\beps\b).*",
            # "Income from continuing operations per share:" heads a part of EPS (TEGNA's
            # selected data: $1.56 of its $2.00)
            r"shares used|weighted|number of shares|shares outstanding|continuing operations"),
            # "Per share" under a "Diluted" (or "Diluted earnings:") header
            SectionLabel(("per share", "per common share", "net income per share",
                          "net earnings per share", "earnings per share",
                          "net income (loss) per share", "net loss per share"),
                         r"(?:basic and )?diluted(?: (?:net )?(?:income|earnings|loss))?")),
        label_words=("diluted", "per"),
        # "diluted earnings per common share" (banks' releases)
        cues=(Cue(r"(?:diluted\s+)?(?:earnings|net\s+income|net\s+loss)\s+per\s+(?:diluted\s+)?"
                  r"(?:common\s+)?share|\bEPS\b"),
              Cue(r"net\s+(?:income|loss|earnings)|\bearnings\b|\bearned\b|\blost\b|"
                  r"per\s+(?:diluted|basic)\s+share"))),
    Metric(
        "net_income", "USD", "net income (loss) attributable to the company",
        concepts=("NetIncomeLoss",), statement="income", is_crosschecked=True,
        is_growth_base=True, sign_words=_MONEY_LOSS,
        labels=(Label(rf"{_NI_CORE}{_ATTR}"),), label_words=("net",),
        cues=(Cue(r"net\s+(?:income|loss|earnings|profit)|(?<!gross )\bprofit\b|"
                  r"\bnet\s+of\s+loss|\blos(?:t|ing|es)\b|\bearned\b|"
                  r"\bearnings\b(?!\s+(?:per|before|release|report|call|season|guidance))"),
              # "Full-year income was $7.9 billion" (U.S. Bancorp's Q4 2021 recap): "income"
              # qualified only by its period is the bottom line, never a kind of income
              Cue(r"\b(?:full[- ]year|annual|quarterly|(?:first|second|third|fourth)[- ]quarter)"
                  r"\s+income\b"))),
    Metric(
        "market_cap", "USD", "price per share x shares outstanding",
        is_stored=False,
        cues=(Cue(r"market\s+(?:cap|capitalization|capitalisation|value)|equity\s+value|"
                  r"valuation\s+of|(?:company|equity|business|firm)\s+(?:\w+\s+){0,3}worth"),),
        derivation=Derivation(
            "product", (("price_range_midpoint", "offering_price", "price_range_high",
                         "price_range_low"),
                        ("shares_outstanding_after_offering", "shares_outstanding")),
            "price per share x shares outstanding")),
    Metric(
        "price_to_sales", "multiple", "market capitalisation / revenue", is_stored=False,
        cues=(Cue(r"price[- ]to[- ]sales|\bP/S\b|times\s+(?:sales|revenue)|x\s+(?:sales|revenue)|"
                  r"(?:sales|revenue)\s+multiple|\b(?:sales|revenues?)\b"),),
        derivation=Derivation("quotient", (("market_cap",), ("revenue",)),
                              "market capitalisation / revenue")),
    Metric(
        "price_range_midpoint", "USD/share", "the midpoint of the marketed price range",
        is_point=True, is_stored=False, successors=("offering_price",),
        cues=(Cue(r"mid-?point", ("USD/share", "USD")),),
        derivation=Derivation("midpoint", (("price_range_low",), ("price_range_high",)),
                              "(low + high) / 2")),
    Metric(
        "price_range", "USD/share", "the marketed price range per share (its two ends)",
        is_stored=False, range_parts=("price_range_low", "price_range_high"),
        cues=(Cue(r"(?:price\s+)?range|pric(?:e|ed|ing)\s+(?:\w+\s+){0,3}between",
                  ("USD/share", "USD")),)),
    Metric(
        "price_range_low", "USD/share", "the low end of the marketed price range",
        statement="offering", is_point=True, successors=("offering_price",)),
    Metric(
        "price_range_high", "USD/share", "the high end of the marketed price range",
        statement="offering", is_point=True, successors=("offering_price",)),
    Metric(
        "offering_price", "USD/share", "the price per share of the offering",
        statement="offering", is_point=True, written_as_range="price_range",
        cues=(Cue(r"priced\s+(?:[\w-]+\s+){0,4}?at\b|offering\s+price|IPO\s+price|offer\s+price|"
                  r"public\s+offering\s+price", ("USD/share", "USD")),)),
    Metric(
        "shares_outstanding_after_offering", "shares",
        "shares outstanding once the offering closes", statement="offering", is_point=True,
        entity="option", is_charted=True,
        successors=("shares_outstanding_after_offering", "shares_outstanding"),
        cues=(Cue(r"outstanding\b[^.;]{0,40}?\b(?:after|following|once|upon|when)\b[^.;]{0,20}?"
                  r"\b(?:offering|IPO|deal|listing)|post-(?:offering|IPO)|(?:after|following|"
                  r"upon\s+completion\s+of)\s+(?:the|this|its)\s+(?:offering|IPO)"),)),
    Metric(
        "shares_outstanding", "shares", "shares outstanding (the cover's count, per class)",
        concepts=("EntityCommonStockSharesOutstanding",), statement="cover", is_point=True,
        entity="share_class", is_charted=True, successors=("shares_outstanding",),
        cues=(Cue(r"outstanding"),)),
    Metric(
        "shares_offered", "shares", "shares sold in the offering", statement="offering",
        is_point=True, entity="option", successors=("shares_offered",),
        option_part="shares_option",
        cues=(Cue(r"\b(?:offer(?:ed|ing)?|sell(?:ing)?|sold|issu(?:ed|ing))\b"),)),
    Metric(
        "shares_option", "shares", "shares the underwriters may buy under their option",
        statement="offering", is_point=True),
    Metric(
        "revenue_growth", "percent", "revenue (or the named figure) over a year earlier, less 1",
        is_stored=False, entity="segment",
        sign_words=r"decreas|declin|fell|fall|dropp|down|lower|shrank|plunge|slipp|slid|sank|"
                   r"tumbl",
        cues=(Cue(r"(?:grew|growth|growing|increas(?:e|ed|es|ing)|rose|rise|rising|jump(?:ed|ing)|"
                  r"climb(?:ed|ing)|surg(?:e|ed|ing)|soar(?:ed|ing)|gain(?:ed)?|uptick|up|higher|"
                  r"year[- ]over[- ]year|y/y|yoy|decreas(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|"
                  r"fell|fall(?:ing)?|dropp(?:ed|ing)|down|lower|shrank|plunged|slipped|slid|sank|"
                  r"tumbled)\b"),),
        derivation=Derivation("growth", (("revenue",),), "this period / a year earlier - 1")),
    Metric(
        "customer_concentration", "percent",
        "one customer's share of revenue (or of receivables)",
        concepts=("ConcentrationRiskPercentage1",), statement="notes", entity="customer",
        is_charted=True,
        cues=(Cue(r"accounted\s+for|represented|made\s+up|(?:'s|’s)\s+share\b|share\s+of\s+"
                  r"(?:\w+\s+){0,2}(?:revenues?|sales|receivables)|comprised|contributed|"
                  r"concentration|was\s+the\s+source\s+of|of\s+(?:(?:our|its|the|company's|total|"
                  r"net|fiscal|(?:19|20)\d\d)\s+){0,3}(?:revenues?|sales)"),)),
    Metric(
        "revenue", "USD", "total revenue (net sales)",
        concepts=("Revenues", "RevenueFromContractWithCustomerExcludingAssessedTax",
                  "RevenueFromContractWithCustomerIncludingAssessedTax", "SalesRevenueNet"),
        statement="income", is_charted=True, is_crosschecked=True, is_growth_base=True,
        entity="segment",
        labels=(Label(rf"total {_REV_CORE}", rank=3), Label(_REV_CORE)),
        section_labels=(SectionLabel(("total",), _REV_CORE + r"(?: by \w+)?"),),
        label_words=("revenue", "sales", "total"),
        cues=(Cue(r"\b(?:revenues?|net\s+sales|sales|top[- ]line|turnover)\b"),)),
    Metric(
        "operating_margin", "percent", "operating income as a percentage of revenue",
        is_stored=False, cues=(Cue(r"operating\s+margins?"),),
        derivation=Derivation("ratio", (("operating_income",), ("revenue",)),
                              "operating income / revenue")),
)

# Rows added after the ones above (their order is kept: earlier rows win ties of article cues).
ROWS += (
    # The consolidated figure before noncontrolling interests take their share (Costco's "Net
    # income including noncontrolling interests" 5,915 beside "Net income attributable to
    # Costco" 5,844): never net_income, which is the company's own (NetIncomeLoss). Read from
    # tables and tags only: articles quote the company's figure.
    Metric(
        "net_income_including_noncontrolling", "USD",
        "net income (loss) including noncontrolling interests (the consolidated figure)",
        concepts=("ProfitLoss",), statement="income", sign_words=_MONEY_LOSS,
        labels=(Label(rf"(?:consolidated )?{_NI_CORE},? including (?:non-?controlling|minority)"
                      r" interests?|consolidated net (?:income|earnings)(?: \(loss\))?"),),
        label_words=("net",)),
)

# The cash-flow statement's and the balance sheet's figures that articles quote ("net cash from
# operating activities reached $2.42 billion", "$8.2 billion in cash", "Inventory ended the
# quarter at $123 million", "paid cash dividends of $186 million"), and the remaining
# performance obligation and operating expenses. Balances are points in time (``is_point``):
# a balance is dated by its day, never by the period an earlier sentence set; no successors,
# since a later filing's balance is another day's, not this one restated (GoPro's 10-K inventory
# at December 31 does not make the 10-Q's September 30 inventory stale). Outflows (dividends,
# buybacks) are printed in parentheses on the cash-flow statement and tagged positive.
_CASH_FLOW_OPS = (r"(?:net\s+)?cash\s+(?:flows?\s+)?(?:provided\s+(?:by|from)|generated\s+"
                  r"(?:by|from)|used\s+(?:in|by|for)|from|flows?\s+from)\s+"
                  r"(?:\(used\s+in\)\s+)?operati(?:ng\s+activities|ons)|operating\s+cash\s+flows?")
# how a cash-flow line says which way the cash went: "provided by", "(used in)", "used for"
_CF_VERB = r"\(?(?:provided|generated|used)(?: (?:by|in|for|from))?\)?"
ROWS += (
    # Named so that no other cue takes the figure ("Free cash flow nearly doubled to $2.27
    # billion, and net cash from operating activities reached $2.42 billion": without this row
    # the $2.27 billion was read as operating cash flow and called drifted). No filing states
    # it and it is not derived: a non-GAAP figure the filer defines, so always unverifiable.
    Metric(
        "free_cash_flow", "USD", "free cash flow, as the company defines it (not a GAAP figure)",
        is_stored=False, cues=(Cue(r"free\s+cash\s+flows?|\bFCF\b"),)),
    # "returned $9.3 billion to stockholders through share repurchases ($7.8 billion) and
    # dividend payments ($1.5 billion)": the total is neither part, and the filings state only
    # the parts. Named so that the parts' cues after it do not take it; never derived.
    Metric(
        "capital_returned", "USD", "cash returned to shareholders (as the company totals it)",
        is_stored=False,
        cues=(Cue(r"\breturn(?:ed|ing)\b|\breturns?\s+(?:to|of)\s+(?:share|stock)holders|"
                  r"capital\s+returns?", ("USD",)),)),
    # "ended the quarter with $14.5 billion in gross debt", "raised $1.25 billion in investment
    # grade debt": debt is not read yet, and a figure naming it must not take the metric of
    # the figure before it (Seagate's $1.25 billion read as the dividends just before it).
    Metric(
        "debt", "USD", "debt or borrowings, as the article names them (not read from filings yet)",
        is_stored=False,
        # ("$14.5 billion in gross debt and $8.2 billion in cash": the word before "and $8.2
        # billion" names the figure before it, not that one)
        cues=(Cue(r"\b(?:debt|borrowings?|bonds?)\b(?!\s+and\b\s*(?:(?:US)?\$|$))|"
                  r"\b(?:senior\s+)?notes\s+(?:due|offering)", ("USD",)),)),
    Metric(
        "operating_cash_flow", "USD", "net cash provided by (used in) operating activities",
        concepts=("NetCashProvidedByUsedInOperatingActivities",
                  "NetCashProvidedByUsedInOperatingActivitiesContinuingOperations"),
        statement="cash_flow", is_crosschecked=True, is_growth_base=True, sign_words=r"\bused\b",
        # "Net cash provided by (used in) operating activities", "Cash provided by operating
        # activities" (Union Pacific), "Cash generated by operating activities" (Apple), "Net
        # cash and cash equivalents provided by ..." (HubSpot), "Net cash flows (used in)
        # provided by ..." (GameStop)
        labels=(Label(rf"(?:total )?(?:net )?cash(?: and cash equivalents)?(?: flows?)? "
                      rf"(?:{_CF_VERB}(?:[ /]{_CF_VERB})?|from) operating activities"
                      r"(?: of continuing operations)?", rank=3),),
        label_words=("operating activities",),
        cues=(Cue(_CASH_FLOW_OPS),)),
    # Before cash_and_equivalents: "Cash, cash equivalents, and short-term investments" is the
    # longer cue and wins over the "cash and cash equivalents" inside it.
    Metric(
        "cash_and_short_term_investments", "USD",
        "cash, cash equivalents and short-term investments (a balance)",
        concepts=("CashCashEquivalentsAndShortTermInvestments",), statement="balance",
        is_crosschecked=True, is_point=True, is_balance=True,
        labels=(Label(r"(?:total )?cash,? (?:and )?cash equivalents,? and (?:short-term |"
                      r"current )?(?:investments|marketable securities)"),),
        label_words=("investments", "securities"),
        cues=(Cue(r"cash,?\s+(?:and\s+)?cash\s+equivalents,?\s+and\s+(?:short[- ]term\s+|"
                  r"marketable\s+)?(?:investments|securities)|cash\s+and\s+(?:short[- ]term\s+)?"
                  r"investments"),)),
    Metric(
        "cash_and_equivalents", "USD", "cash and cash equivalents (a balance)",
        concepts=("CashAndCashEquivalentsAtCarryingValue",), statement="balance",
        is_crosschecked=True, is_point=True, is_balance=True,
        labels=(Label(r"(?:total )?cash and (?:cash )?equivalents"),),
        label_words=("cash",),
        # "in cash" after the figure ("$8.2 billion in cash"); never "cash flow", "cash
        # dividends" or "free cash flow", which are other figures
        cues=(Cue(r"cash\s+and\s+(?:cash\s+)?equivalents|cash\s+(?:on\s+hand|balances?|position)|"
                  r"\bin\s+cash\b(?!\s+(?:flows?|dividends?|from|used|provided|generat|paid|"
                  r"returned|payments?))"),)),
    Metric(
        "inventory", "USD", "inventories (a balance)",
        concepts=("InventoryNet",), statement="balance", is_crosschecked=True, is_point=True,
        is_balance=True,
        labels=(Label(r"(?:total )?(?:merchandise )?inventor(?:y|ies)(?:, net)?"),),
        label_words=("inventor",),
        # not a charge against it ("a $900 million charge related to Surface RT inventory
        # adjustments"): a write-down is no balance
        cues=(Cue(r"\binventor(?:y|ies)\b(?!\s+(?:adjustments?|charges?|write-?(?:downs?|offs?)|"
                  r"reserves?|provisions?|impairments?|turns?|turnover|obsolescence))"),)),
    Metric(
        "remaining_performance_obligations", "USD",
        "remaining performance obligation (contracted revenue not yet recognised; a balance)",
        concepts=("RevenueRemainingPerformanceObligation",), is_point=True, is_balance=True,
        is_growth_base=True,
        cues=(Cue(r"remaining\s+performance\s+obligations?|\bRPO\b"),)),
    Metric(
        "dividends_paid", "USD", "cash dividends paid in the period",
        concepts=("PaymentsOfDividends", "PaymentsOfDividendsCommonStock"),
        statement="cash_flow", is_crosschecked=True, is_magnitude=True, is_growth_base=True,
        # "Dividends paid on common stock" (Spire), "Dividends to shareholders" (Seagate)
        labels=(Label(r"(?:cash )?dividends paid(?: to (?:common )?(?:stockholders|shareholders)|"
                      r" on (?:common|ordinary) (?:stock|shares))?|"
                      r"dividends to (?:common |ordinary )?(?:stockholders|shareholders)|"
                      r"payments? (?:of|for) (?:cash )?dividends(?: to (?:common )?(?:stockholders|"
                      r"shareholders)| and dividend equivalents)?|dividends paid to (?:common )?"
                      r"(?:stockholders|shareholders)|"
                      # "Dividends" and "Cash dividends" on a cash-flow statement (Coca-Cola,
                      # Home Depot), "Cash dividend payments" (Costco)
                      r"(?:cash )?dividends|cash dividend payments"),),
        label_words=("dividend",),
        cues=(Cue(r"dividends?\s+(?:payments?|paid)|(?:paid|pays|paying)\s+(?:\w+\s+){0,2}?"
                  r"(?:cash\s+)?dividends|cash\s+dividends|\bdividends\b"),)),
    Metric(
        "share_repurchases", "USD", "cash paid to repurchase the company's shares in the period",
        concepts=("PaymentsForRepurchaseOfCommonStock",), statement="cash_flow",
        is_crosschecked=True, is_magnitude=True, is_growth_base=True,
        # "Payments related to repurchases of common stock" (NVIDIA), "Share repurchase
        # programs" (Union Pacific), "Purchases of stock for treasury" (Coca-Cola)
        labels=(Label(r"(?:payments? (?:for|of|to|related to) )?repurchases? of (?:common |"
                      r"ordinary )?(?:stock|shares)|(?:common |ordinary )?(?:stock|shares?) "
                      r"repurchases?(?: programs?)?|purchases? of (?:treasury|common) (?:stock|"
                      r"shares)|purchases? of stock for treasury"),),
        label_words=("repurchase", "purchase"),
        cues=(Cue(r"(?:share|stock)\s+(?:repurchases?|buybacks?)|buybacks?|"
                  r"repurchas(?:ed|es?|ing)"),)),
    # Printed under EPS on many income statements ("Cash dividends declared per ordinary
    # share", Seagate's 10-Q): a line of that statement, never scaled.
    Metric(
        "dividends_per_share", "USD/share", "dividends declared per share",
        concepts=("CommonStockDividendsPerShareDeclared", "CommonStockDividendsPerShareCashPaid"),
        statement="income",
        labels=(Label(r"(?:cash )?dividends? declared per (?:common |ordinary )?share|"
                      r"(?:cash )?dividends? per (?:common |ordinary )?share(?: declared)?",
                      per_share=True),),
        label_words=("dividend",),
        cues=(Cue(r"dividends?", ("USD/share",)),)),
    Metric(
        "operating_expenses", "USD", "total operating expenses, as the filer totals them",
        concepts=("OperatingExpenses",), statement="income", is_crosschecked=True,
        is_magnitude=True, is_growth_base=True,
        labels=(Label(r"total operating expenses", rank=3),),
        label_words=("operating expenses",),
        cues=(Cue(r"operating\s+(?:expenses|costs)|\bopex\b"),)),
)

# Banks' earnings releases (Goldman Sachs, U.S. Bancorp, Wells Fargo, Q4 2021 EX-99.1).
_COMMON_HOLDERS = (r"(?:applicable|available|attributable) to (?:[\w ,.'&-]+ )?(?:common "
                   r"(?:share|stock)holders|common stock|ordinary shareholders)")
ROWS += (
    # Net income less preferred dividends and accretion (PNC's 2021 supplement: 5,436 to common
    # beside 5,674 net income): its own figure, never net_income, though articles may call it
    # "net income" (quoted_as). A table without a preferred line also reads an "attributable
    # to common stockholders" line as net_income (extractors.tables).
    Metric(
        "net_income_common", "USD",
        "net income (loss) applicable to common shareholders (after preferred dividends)",
        concepts=("NetIncomeLossAvailableToCommonStockholdersBasic",), statement="income",
        sign_words=_MONEY_LOSS, is_growth_base=True, quoted_as=("net_income",),
        labels=(Label(rf"{_NI_CORE} {_COMMON_HOLDERS}"),), label_words=("net",),
        cues=(Cue(r"net\s+(?:income|earnings|loss|profit)\s+(?:applicable|available|"
                  r"attributable)\s+to\s+common\s+(?:share|stock)holders"),)),
    # "Net interest income (taxable-equivalent basis)" (U.S. Bancorp) keeps its aside and is
    # not read: it is the non-GAAP figure beside the GAAP line.
    Metric(
        "net_interest_income", "USD", "interest income less interest expense (banks)",
        concepts=("InterestIncomeExpenseNet",), statement="income", is_growth_base=True,
        labels=(Label(r"(?:total )?net interest income"),), label_words=("interest",),
        cues=(Cue(r"net\s+interest\s+income"),)),
    Metric(
        "noninterest_income", "USD", "fee and other income besides interest (banks)",
        concepts=("NoninterestIncome",), statement="income", is_growth_base=True,
        labels=(Label(r"total non-?interest income", rank=3), Label(r"non-?interest income")),
        label_words=("interest",), cues=(Cue(r"non-?interest\s+income"),)),
    # Goldman Sachs's "Compensation and benefits"; not U.S. Bancorp's bare "Compensation",
    # which leaves out the "Employee benefits" line below it.
    Metric(
        "compensation_expense", "USD", "compensation and benefits (salaries, bonuses, benefits)",
        concepts=("LaborAndRelatedExpense",), statement="income", is_magnitude=True,
        is_growth_base=True,
        labels=(Label(r"(?:total )?(?:(?:employee )?compensation and (?:employee )?benefits|"
                      r"salaries(?:, wages)? and (?:employee )?benefits|personnel expenses?)"),),
        label_words=("compensation", "salaries", "personnel"),
        # not stock-based, equity or an executive's compensation (Twilio's "$32 million
        # noncash charge for stock-based compensation")
        cues=(Cue(r"compensation\s+and\s+(?:employee\s+)?benefits|(?<!based )(?<!stock )"
                  r"(?<!equity )compensation\s+(?:costs?|expenses?)|pay\s+costs|salar(?:y|ies)"
                  r"(?:\s+and\s+(?:employee\s+)?benefits|\s+(?:expenses?|costs?|bill))|"
                  r"personnel\s+(?:costs?|expenses?)|staff\s+costs"),)),
)

# Changes and differences an article states of filed figures (pipeline.verify.claims_changes
# reads them, pipeline.verify.derive_changes recomputes them).
ROWS += (
    # Railroads' and utilities' headline ratio: operating expenses / revenue, which is 100 less
    # the operating margin. Recomputed from operating income and revenue, which every income
    # statement states (Union Pacific's 10-Q prints the ratio only in MD&A text and tables);
    # a row of operating expenses could serve as a "ratio" of expenses to revenue instead.
    Metric(
        "operating_ratio", "percent",
        "operating expenses as a percentage of revenue (100 less the operating margin)",
        is_stored=False, lower_is_better=True, cues=(Cue(r"operating\s+ratios?"),),
        derivation=Derivation("complement", (("operating_income",), ("revenue",)),
                              "(revenue - operating income) / revenue")),
    # "operating margin improved almost 7 percentage points", "the ratio improved 2.4 points":
    # the claim's basis names the rate; read by claims_changes from the figure's own unit
    # ("points", "bps"), never from a cue. Any percent row a filing states or that is a ratio
    # may be the rate (claims_changes.level_rates); the inputs listed here are the usual ones.
    Metric(
        "rate_change", "percent",
        "the change of a rate (a margin, a ratio) over a year, in percentage points",
        is_stored=False,
        derivation=Derivation("points", (("operating_margin", "gross_margin",
                                          "operating_ratio"),),
                              "this period's rate - the same period's rate a year earlier")),
    # "$154 million higher than the $1,519 million for the fourth quarter of 2020": the
    # difference of two figures the article quotes, each pinned to its filed figure. Any stored
    # amount of a period may be differenced (claims_changes.differenced); the inputs listed
    # here are the usual ones.
    Metric(
        "difference", "USD", "the difference of two filed figures of one metric",
        is_stored=False,
        derivation=Derivation("difference", (("revenue", "net_income", "operating_income",
                                              "gross_profit", "cost_of_revenue"),),
                              "the first figure as filed - the second as filed")),
)

ROWS += (
    # Non-GAAP figures as the filer labels them, read from the rows of its own reconciliation
    # and summary tables (GoPro's 10-Q "Non-GAAP income (loss) per share" (0.04) and
    # "Adjusted EBITDA" 6,205; Macy's 10-K "Diluted earnings per share, excluding certain
    # items" 3.46). Never the GAAP line: an article's "adjusted EPS" is compared with these
    # only (claims_metric.adjusted), and its plain "EPS" never with them.
    Metric(
        "eps_diluted_non_gaap", "USD/share",
        "non-GAAP (adjusted) diluted earnings per share, as the filer labels it",
        statement="income", non_gaap_of="eps_diluted", sign_words=_MONEY_LOSS,
        labels=(Label(rf"(?:non-gaap|adjusted) (?:diluted )?(?:net )?{_PER_SHARE_ROWS} "
                      rf"{_PER_SHARE}(?: ?(?:,|:|-)? ?diluted)?|(?:non-gaap|adjusted) "
                      rf"(?:diluted )?eps(?: ?(?:,|:|-)? ?diluted)?|(?:basic and )?diluted "
                      rf"(?:net )?{_PER_SHARE_ROWS} {_PER_SHARE},? excluding "
                      r"(?!.*(?:discontinued|extraordinary|cumulative effect))[\w ,&'-]+",
                      per_share=True),),
        label_words=("non-gaap", "adjusted", "excluding")),
    # EBITDA adjusted as the filer defines it; reconciled from net income (GoPro's 10-Q,
    # Macy's 10-K), whence non_gaap_of: a table of the two is a reconciliation.
    Metric(
        "adjusted_ebitda", "USD", "adjusted EBITDA, as the filer labels and defines it",
        statement="income", non_gaap_of="net_income", sign_words=_MONEY_LOSS,
        labels=(Label(r"adjusted ebitda(?: \(loss\))?"),), label_words=("ebitda",),
        cues=(Cue(r"adjusted\s+EBITDA"),)),
    # The items a non-GAAP reconciliation excludes, each the size the filer prints on the line
    # between the GAAP figure and its non-GAAP twin (extractors.non_gaap): entity = the
    # filer's label for the item ("premium on early retirement of debt"), basis = the
    # non-GAAP line. An article's item is matched only to a label sharing its words
    # (pipeline.verify.adjustments), never by its value; pre-tax amounts and per-share amounts
    # are separate figures, and no after-tax amount is read.
    Metric(
        "non_gaap_adjustment", "USD",
        "an item a non-GAAP reconciliation adds back or deducts, as the filer labels it",
        is_magnitude=True),
    Metric(
        "non_gaap_adjustment_per_share", "USD/share",
        "an item a non-GAAP per-share reconciliation adds back or deducts, per diluted share",
        is_magnitude=True),
)

# Counts and operating metrics a filing states in its key-metrics tables (statement "kpi", read by
# ``extractors.tables`` from any table whose rows name them, beside whatever else the table is):
# Netflix's 10-K "Paid memberships at end of period", Twilio's "Number of Active Customer
# Accounts" and "Dollar-Based Net Expansion Rate", GoPro's "Camera units shipped". A count at
# the end of a period is a point (``is_point``, ``is_balance``): the column's period ends on its
# day. Counts are printed in full or under the table's count scale ("(in thousands, except
# revenue per membership ...)" scales them; "(In thousands, except ... customer data)" and
# "(dollars in thousands)" do not: ``extractors.kpi``).
ROWS += (
    Metric(
        "paid_memberships", "count", "paid memberships (subscribers) at the end of the period",
        statement="kpi", is_point=True, is_balance=True, is_growth_base=True,
        labels=(Label(r"(?:total )?paid (?:streaming )?(?:memberships|members|subscribers|"
                      r"subscriptions)(?: at end of (?:the )?(?:period|year|quarter))?"),),
        # (not "paid" alone: every cash-flow statement's "cash paid" would be tried as one)
        label_words=("paid member", "paid subscri", "paid streaming"),
        cues=(Cue(r"\bpaid\s+(?:streaming\s+)?(?:members(?:hips)?|subscribers|subscriptions)\b"),)),
    Metric(
        "active_customer_accounts", "count", "active customer accounts at the end of the period",
        statement="kpi", is_point=True, is_balance=True, is_growth_base=True,
        labels=(Label(r"(?:number of )?active customer accounts"
                      r"(?: \(as of (?:the )?end (?:date )?of (?:the )?period\))?"),),
        label_words=("active customer",),
        cues=(Cue(r"\bactive\s+customer(?:\s+accounts?|s)?\b|\bcustomer\s+accounts\b"),)),
    Metric(
        "units_shipped", "count", "units of the company's products shipped in the period",
        statement="kpi", is_growth_base=True,
        labels=(Label(r"(?:total )?(?:camera |product |device |vehicle )?units shipped"),),
        label_words=("units shipped",),
        cues=(Cue(r"\bunits\s+shipped\b|\bshipped\b(?=[^.;]{0,40}\bunits\b)|"
                  r"\b(?:camera|device|product)\s+units\b"),)),
    # Software companies' revenue from last year's customers this year over last year's, as the
    # filer computes it (Twilio's 10-K: 140% for 2018, 147% for its fourth quarter).
    Metric(
        "net_expansion_rate", "percent",
        "dollar-based net expansion (retention) rate, as the filer computes it",
        statement="kpi",
        labels=(Label(r"dollar-based net (?:expansion|retention) rate"),),
        label_words=("net expansion", "net retention"),
        cues=(Cue(r"(?:dollar-based\s+)?net\s+(?:expansion|retention)\s+rate"),)),
    # A railroad's volume: Union Pacific's "Revenue carloads" table (thousands), its commodity
    # groups as rows and the company's "Total" under the table's title (the 10-Q's first row,
    # the 10-K's header "Revenue Carloads Thousands"). Articles say "volume" for it.
    Metric(
        "carloads", "count", "revenue carloads moved in the period (railroads)",
        statement="kpi", is_growth_base=True,
        labels=(Label(r"(?:total )?revenue carloads"),),
        section_labels=(SectionLabel(("total",), r"(?:revenue )?carloads(?: thousands)?"),),
        label_words=("carloads",),
        cues=(Cue(r"\b(?:revenue\s+)?carloads\b|\b(?:traffic\s+|total\s+)?volumes?\b"),)),
    # Banks' stated rate and average balances (U.S. Bancorp's Q4 2021 release: "Net interest
    # margin (%)" 2.40 / 2.53 / 2.57, "Average total loans", "Average total deposits" in its
    # summary table; "Earning assets" under "Average balances" in its net-interest-income
    # table). An average is over the column's period, never a balance on its last day.
    Metric(
        "net_interest_margin", "percent",
        "net interest income as a percentage of average earning assets (banks), as stated",
        statement="kpi",
        labels=(Label(r"net interest margin(?: \(%\))?"),), label_words=("net interest margin",),
        cues=(Cue(r"net\s+interest\s+margins?|\bNIM\b"),)),
    Metric(
        "average_loans", "USD", "average total loans over the period (banks)",
        statement="kpi", is_growth_base=True,
        labels=(Label(r"average total loans(?: and leases)?"),), label_words=("average total",),
        cues=(Cue(r"average\s+(?:total\s+)?loans(?:\s+and\s+leases)?"),)),
    Metric(
        "average_deposits", "USD", "average total deposits over the period (banks)",
        statement="kpi", is_growth_base=True,
        labels=(Label(r"average total deposits"),), label_words=("average total",),
        cues=(Cue(r"average\s+(?:total\s+)?deposits"),)),
    Metric(
        "average_earning_assets", "USD", "average earning assets over the period (banks)",
        statement="kpi", is_growth_base=True,
        labels=(Label(r"average (?:total )?earning assets"),),
        section_labels=(SectionLabel(("earning assets", "total earning assets"),
                                     r"average balances"),),
        label_words=("earning assets",),
        cues=(Cue(r"average\s+(?:total\s+)?earning\s+assets"),)),
)

# The revenue core phrase, for readers of component lines ("Product revenue") and sections.
REVENUE_LABEL = _REV_CORE


# --- the table and its projections ------------------------------------------------------------

_rows: dict[str, Metric] = {}
_version = [0]


def _install(rows: tuple[Metric, ...]) -> None:
    for row in rows:
        _check(row)
    _rows.clear()
    _rows.update((row.name, row) for row in rows)
    _version[0] += 1


def _check(row: Metric) -> None:
    if row.unit not in UNITS:
        raise ValidationError(f"metric {row.name}: unit {row.unit!r} is not one of {UNITS}")
    if row.entity is not None and row.entity not in ENTITY_KINDS:
        raise ValidationError(f"metric {row.name}: entity {row.entity!r} is not one of "
                              f"{ENTITY_KINDS}")
    if row.statement is not None and row.statement not in STATEMENTS:
        raise ValidationError(f"metric {row.name}: statement {row.statement!r} is not one of "
                              f"{tuple(STATEMENTS)}")
    if row.labels and not row.label_words:
        raise ValidationError(f"metric {row.name}: labels need label_words (the pre-test)")


def all_metrics() -> tuple[Metric, ...]:
    """Every row, in the registry's order (most specific first)."""
    return tuple(_rows.values())


def metric_names(*, stored_only: bool = False) -> tuple[str, ...]:
    return tuple(m.name for m in _rows.values() if m.is_stored or not stored_only)


def get_metric(name: str) -> Metric:
    """The row named ``name``; an unknown name is a ValidationError listing the known ones."""
    row = _rows.get(name)
    if row is None:
        known = ", ".join(sorted(_rows))
        raise ValidationError(f"unknown metric {name!r}; known metrics: {known}")
    return row


def find_metric(name: str | None) -> Metric | None:
    """The row named ``name``, or None (for names read from text, which may be anything)."""
    return _rows.get(name) if name else None


def projection(build: Callable[[], object]) -> Callable[[], object]:
    """Cache a table built from the registry until the registry changes.

    Every projection of the registry (the concept map, the label patterns, the article cues...)
    is such a function: computed once on first use, and again after ``added`` changes the
    rows. The cost of a call is one comparison, so hot paths may call it freely.
    """
    built: list = [None, None]  # (version, value)

    @wraps(build)
    def current():
        if built[0] != _version[0]:
            built[:] = [_version[0], build()]
        return built[1]

    return current


_on_change: list[Callable[[], None]] = []


def on_change(clear: Callable[[], None]) -> Callable[[], None]:
    """Register a memo (an ``lru_cache``'s ``cache_clear``) that depends on the rows."""
    _on_change.append(clear)
    return clear


@contextmanager
def added(*rows: Metric) -> Iterator[None]:
    """The registry with ``rows`` added (or replacing rows of the same name) for the duration:
    how a test shows that one row is all a new metric needs."""
    before = tuple(_rows.values())
    names = {row.name for row in rows}
    _install(tuple(r for r in before if r.name not in names) + rows)
    _changed()
    try:
        yield
    finally:
        _install(before)
        _changed()


def _changed() -> None:
    for clear in _on_change:
        clear()


@projection
def metrics_where() -> dict[str, tuple[str, ...]]:
    """Names by flag, for the many places that ask 'which metrics are ...'."""
    rows = _rows.values()
    return {
        "point": tuple(m.name for m in rows if m.is_point),
        "balance": tuple(m.name for m in rows if m.is_balance),
        "charted": tuple(m.name for m in rows if m.is_charted),
        "crosschecked": tuple(m.name for m in rows if m.is_crosschecked),
        "derived": tuple(m.name for m in rows if m.derivation is not None),
        "growth_base": tuple(m.name for m in rows if m.is_growth_base),
        "stored": tuple(m.name for m in rows if m.is_stored),
        "income": tuple(m.name for m in rows if m.statement == "income"),
    }


def names_where(flag: str) -> tuple[str, ...]:
    return metrics_where()[flag]


_install(ROWS)

