"""Registry rows of what moved revenue, as a filer's table of revenue drivers states it.

A consumer-staples or beverage filer prints, in its MD&A, a table of the causes of its net
revenue change for the company and each segment: one column per driver (volume; price, product
and geographic mix; foreign currency; acquisitions and divestitures) and the reported change
last ("Volume / Price, Product & Geographic Mix / Foreign Currency Fluctuations / Acquisitions &
Divestitures / Total", a soft-drink maker's 10-Q; "Vol/Mix / Pricing / Currency", a snack
maker's). Each cell is the points of the revenue change that driver brought, in percent of the
year-earlier revenue. No line of any statement states them, so they are never recomputed: an
article's "price/mix rose 10%" is the filer's cell (``extractors.revenue_drivers`` reads the
table by these rows' column labels; ``labels`` here are column headers, not row labels).

Only price/mix has article cues: its words name the driver alone. An exchange-rate effect's
words ("a 6-point currency headwind") may be about any line (earnings per share, operating
income) and stay unverifiable (``pipeline.verify.figure_scope``); "unit case volume" is a count
of cases sold, not the volume column's points of revenue (a bottler's concentrate shipments
differ from its cases), so neither has cues: their facts are stored for the report and for
later readers.
"""

from __future__ import annotations

from core.metric_model import Cue, Label, Metric
from core.metric_words import GROWTH_FALL

# the column header of a driver, after footnote marks are dropped and spaces folded
_PRICE_MIX = (r"price,? (?:product,? )?(?:(?:&|and) )?(?:geographic |channel )?(?:(?:&|and) )?"
              r"mix|price ?/ ?mix|price (?:&|and) mix|pricing (?:&|and) mix")
ROWS: tuple[Metric, ...] = (
    Metric(
        "revenue_price_mix_effect", "percent",
        "the points of the revenue change over a year earlier that price and mix brought, as "
        "the filer's table of revenue drivers states it",
        entity="segment", sign_words=GROWTH_FALL,
        labels=(Label(_PRICE_MIX),), label_words=("mix",),
        # "price/mix rose 10%", "10% growth in price/mix", "price, product and geographic mix
        # added 10 points": the driver's own words, never "mix" alone (a margin's "favorable
        # mix") nor "pricing actions" (prose with no figure of the driver); never after an
        # owner's "'s" ("Latin America's price/mix": a part's, which read as the company's
        # drifted against the company's row)
        cues=(Cue(r"(?<!['’]s )(?:\bprice\s*/\s*mix|\bprice[,\s]+(?:product\s+)?(?:and\s+|&\s+)?"
                  r"(?:geographic\s+)?mix|\bpric(?:e|ing)\s+(?:and|&)\s+mix)\b"),)),
    Metric(
        "revenue_volume_effect", "percent",
        "the points of the revenue change over a year earlier that the volume sold brought, as "
        "the filer's table of revenue drivers states it",
        entity="segment", sign_words=GROWTH_FALL,
        labels=(Label(r"(?:organic |unit |concentrate sales )?volume(?: with acquisitions? "
                      r"(?:&|and) divestitures?(?: impact)?)?"),),
        label_words=("volume",)),
    Metric(
        "revenue_currency_effect", "percent",
        "the points of the revenue change over a year earlier that exchange rates brought, as "
        "the filer's table of revenue drivers states it",
        entity="segment", sign_words=GROWTH_FALL,
        labels=(Label(r"(?:foreign )?(?:currency|exchange)(?: exchange)?(?: rate)?"
                      r"(?: fluctuations?| translation| impact)?|fx(?: impact)?"),),
        label_words=("currency", "exchange", "fx")),
    Metric(
        "revenue_acquisitions_effect", "percent",
        "the points of the revenue change over a year earlier that acquisitions and "
        "divestitures brought, as the filer's table of revenue drivers states it",
        entity="segment", sign_words=GROWTH_FALL,
        labels=(Label(r"acquisitions? (?:&|and) divestitures?(?: impact)?|"
                      r"acquisitions?(?:,| and| &) divestitures? and structural changes?"),),
        label_words=("acquisition",)),
)
# The header of the reported change each row of such a table closes with: the drivers must add
# up to it (within the rounding the filer notes) for the columns to be read as drivers at all.
TOTAL_LABEL = r"total|(?:total |reported )?(?:net )?(?:revenue|sales)s? (?:growth|change)|reported"
# The header of a column that restates another driver without a part of it ("Volume Excluding
# Acquisition & Divestiture Impact"): not a part of the sum, and never read.
NOT_A_DRIVER = r".*\bexcluding\b.*"
