"""Registry rows of growth as the filer states it: a retailer's comparable (same-store) sales
growth, the growth of a part a release's sentences state, and revenue growth measured on a
basis no table states (constant currency, organic)."""

from __future__ import annotations

from core.metric_model import Cue, Label, Metric
from core.metric_words import GROWTH_FALL

# Sales growth of the stores (and online business) open in both periods, as the filer defines
# and states it: never recomputed (each retailer sets its own rules for new, closed and
# remodelled stores and for a 53rd week). Macy's FY2012 10-K prints "Increase in comparable
# sales 3.7 % 5.3 %" in its results-of-operations table (read as a key metric from any table
# whose row names it, dated by its column); Buckle's Q3 2024 release states "Comparable store
# net sales for the 13-week fiscal quarter ended November 2, 2024 decreased 0.7 percent" in a
# sentence (extractors.comparable_sales). A fall is negative, as a growth rate's. An article's
# "on a comparable store basis, sales were up 3.7%" is this figure
# (pipeline.verify.claims_qualifiers.adjusted), never revenue growth.
# the words a comparable rate's table label opens and closes with: "Change in comparable
# customer transactions (% change)"
_CHANGE_IN = r"(?:(?:increase|decrease|change|growth) in )?comparable(?:[- ]store)? "
_RATE_UNIT = r"(?: \(% change\)| \(%\)| %| percent)?"
ROWS: tuple[Metric, ...] = (
    Metric(
        "comparable_sales_growth", "percent",
        "comparable (same-store) sales over the same stores' sales a year earlier, less 1, as "
        "the filer states it",
        statement="kpi",
        sign_words=GROWTH_FALL,
        labels=(Label(r"(?:(?:increase|decrease|change|growth)(?: \((?:increase|decrease)\))? "
                      r"in )?comparable(?:[- ]store)? (?:net )?sales(?: (?:increase|growth|"
                      r"change))?(?: \((?:increase|decrease)\))?"
                      r"(?: \(% change\)| \(%\)| %| percent)?"),),
        label_words=("comparable",),
        # ("comp sales": a retail trade site's shorthand for the same measure; never a bare
        # "comps", which may be a valuation's peers)
        cues=(Cue(r"\b(?:comparable|same)[- ](?:store|restaurant)s?\s+(?:net\s+)?sales\b|"
                  r"\bcomparable\s+(?:net\s+)?sales\b|\bcomp(?:[- ]store)?\s+sales\b"),)),
    # The growth of a part in the filer's own words, as a release's sentence states it
    # ("growth in <part> (N percent)": extractors.growth_prose), never recomputed and never
    # cued by an article's words: the verifier compares an article's growth of a part whose
    # words are the filer's with it (pipeline.verify.stated_growth).
    Metric(
        "stated_part_growth", "percent",
        "a part's figure over the same part's a year earlier, less 1, as the filer's sentence "
        "states it in its own words for the part",
        entity="segment", sign_words=GROWTH_FALL),
    # Revenue growth at the year-earlier exchange rates, and without acquisitions and
    # divestitures, as a release's or a 10-Q's sentence states it ("revenue was $X, which
    # represents 9 percent year-over-year growth or 13 percent in constant currency":
    # extractors.stated_rates), of the company (no entity) or of a part. No table states the
    # revenue these rates are of, so they are never recomputed: an article's "up 13% in
    # constant currency" is compared with the filer's own figure
    # (pipeline.verify.stated_bases) and is unverifiable when the filings state none.
    Metric(
        "revenue_growth_constant_currency", "percent",
        "revenue over a year earlier at the year-earlier exchange rates, less 1, as the filer "
        "states it", entity="segment", sign_words=GROWTH_FALL,
        # a results table's own line ("Constant currency change in revenues 17 %", a
        # streaming company's 10-Q), its one figure in the change column
        # (extractors.change_columns)
        statement="kpi",
        labels=(Label(r"constant[- ]currency (?:change|growth|increase) in (?:total )?"
                      r"revenues?"),),
        label_words=("constant currency",)),
    Metric(
        "organic_revenue_growth", "percent",
        "revenue over a year earlier without acquisitions, divestitures and currency, less 1, "
        "as the filer states it", entity="segment", sign_words=GROWTH_FALL),
    # The two parts of a retailer's comparable sales growth, as it states them: the change in
    # the number of its comparable customer transactions and in their average ticket (a
    # home-improvement retailer's 10-Q "Selected financial and sales data": "Comparable customer
    # transactions (% change) (2.0) %", "Comparable average ticket (% change) 0.1 %"). Like
    # comparable sales, never recomputed from the levels (customer transactions, average
    # ticket), which count every store: a trade-press "comp transactions decreased by 2%" is
    # this figure, never the growth of all transactions or of the average ticket.
    Metric(
        "comparable_transactions_growth", "percent",
        "comparable customer transactions over the same stores' a year earlier, less 1, as the "
        "filer states it",
        statement="kpi", sign_words=GROWTH_FALL,
        labels=(Label(_CHANGE_IN + r"(?:customer )?transactions(?: count)?" + _RATE_UNIT),),
        label_words=("comparable customer transactions", "comparable transactions",
                     "comparable store transactions"),
        cues=(Cue(r"\b(?:comp|comparable)(?:[- ]store)?\s+(?:customer\s+)?transactions?"
                  r"(?:\s+count)?\b"),)),
    Metric(
        "comparable_ticket_growth", "percent",
        "the comparable transactions' average ticket over a year earlier, less 1, as the filer "
        "states it",
        statement="kpi", sign_words=GROWTH_FALL,
        labels=(Label(_CHANGE_IN + r"(?:average )?ticket" + _RATE_UNIT),),
        label_words=("comparable average ticket", "comparable ticket"),
        cues=(Cue(r"\b(?:comp|comparable)(?:[- ]store)?\s+(?:average\s+)?(?:ticket|"
                  r"transaction\s+(?:size|value|amount))\b"),)),
)
