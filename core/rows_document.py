"""Registry rows: what a filing states about itself rather than about the company's figures,
read from the cover's document and entity information (dei) tags.

A filer whose fiscal year starts in late January to March may name the year for the calendar
year it starts in (department stores, game retailers) or ends in (a software maker whose year
ends January 31 calls it "fiscal 2025"); its dates alone cannot tell the two apart. Its cover
says which: the fiscal year focus it tags (2025) over the period the filing reports (the year
ended January 31, 2025), and the part of that year the filing covers (FY, Q1 to Q3). The
verifier's fiscal calendar (``pipeline.verify.fiscal``) learns the naming from it. No cues:
no article figure is ever this fact.
"""

from __future__ import annotations

from core.metric_model import Metric

FISCAL_YEAR_NAMED = "fiscal_year_named"

ROWS: tuple[Metric, ...] = (
    Metric(
        FISCAL_YEAR_NAMED, "count",
        "the fiscal year the filing reports, as the filer names it (the cover's fiscal year "
        "focus over the filing's period; basis: the part of the year, FY or Q1 to Q4)",
        concepts=("DocumentFiscalYearFocus",)),
)
