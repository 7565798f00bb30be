"""Registry rows: changes and differences an article states of filed figures."""

from __future__ import annotations

from core.metric_model import Cue, Derivation, Metric

# Changes and differences an article states of filed figures (pipeline.verify.claims_changes
# reads them, pipeline.verify.derive_changes recomputes them).
ROWS: tuple[Metric, ...] = (
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
