"""Registry rows: changes and differences an article states of filed figures."""

from __future__ import annotations

from core.metric_model import Cue, Derivation, Metric

# Changes and differences an article states of filed figures (pipeline.verify.claims_changes
# reads them, pipeline.verify.derive_changes recomputes them).
ROWS: tuple[Metric, ...] = (
    # Railroads' and utilities' headline ratio: operating expenses / revenue, which is 100 less
    # the operating margin. Recomputed from operating income and revenue, which every income
    # statement states (a railroad's 10-Q prints the ratio only in MD&A text and tables);
    # a row of operating expenses could serve as a "ratio" of expenses to revenue instead.
    Metric(
        "operating_ratio", "percent",
        "operating expenses as a percentage of revenue (100 less the operating margin)",
        # "OR" is the trade's abbreviation ("the operating ratio (OR) ... its OR improved to
        # N%", a blog on a railroad's quarter): capitals only, never the conjunction
        is_stored=False, lower_is_better=True,
        cues=(Cue(r"operating\s+ratios?|(?-i:\bOR\b)"),),
        derivation=Derivation("complement", (("operating_income",), ("revenue",)),
                              "(revenue - operating income) / revenue")),
    # "operating margin improved almost 7 percentage points", "the ratio improved 2.4 points":
    # the claim's basis names the rate; read by claims_changes from the figure's own unit
    # ("points", "bps"), never from a cue. Any percent row a filing states or that is a ratio
    # may be the rate (claims_changes.level_rates); the inputs listed here are the usual ones.
    # The base is a year earlier unless the words name another (pipeline.verify.change_bases):
    # "declined 13 basis points from 2.53 percent on a linked quarter basis" (U.S. Bancorp's
    # Q4 2021 release prints the 3Q21 column beside 4Q21), "from the third quarter of 2021".
    Metric(
        "rate_change", "percent",
        "the change of a rate (a margin, a ratio) in percentage points, over a year or against "
        "the base period the article names (the preceding quarter: 'linked quarter', "
        "'sequentially')",
        # ("Gadgets' gross margin contracted by 340 basis points": the line's, not the company's)
        is_stored=False, entity="segment",
        derivation=Derivation("points", (("operating_margin", "gross_margin",
                                          "operating_ratio", "net_interest_margin"),),
                              "this period's rate - the base period's rate (a year earlier "
                              "unless the article names another)")),
    # "$154 million higher than the $1,519 million for the fourth quarter of 2020": the
    # difference of two figures the article quotes, each pinned to its filed figure; or of one
    # metric in two periods the sentence names, with no figure quoted ("Average total loans for
    # the fourth quarter of 2021 were $447 million (0.1 percent) higher than the fourth quarter
    # of 2020"), both as one filing states them. Any stored amount of a period may be
    # differenced (claims_changes.differenced); the inputs listed here are the usual ones.
    Metric(
        "difference", "USD",
        "the difference of two filed figures of one metric (two quoted, or two periods named)",
        is_stored=False,
        derivation=Derivation("difference", (("revenue", "net_income", "operating_income",
                                              "gross_profit", "cost_of_revenue",
                                              "average_loans", "average_deposits"),),
                              "the first figure as filed - the second as filed")),
)
