"""Registry rows: non-GAAP figures as the filer labels them, and the items a reconciliation
excludes."""

from __future__ import annotations

from core.metric_model import Cue, Label, Metric
from core.metric_words import MONEY_LOSS, PER_SHARE, PER_SHARE_ROWS

# The words a filer marks its non-GAAP line with: "Adjusted EPS", "Non-GAAP net income", a
# bank's "Underlying EPS" and "Underlying net income" (the release's key-data table beside its
# "Diluted EPS" and "Net income", its headline's EPS footnoted as the underlying one)
_MARK = r"(?:non-gaap|adjusted|underlying)"

ROWS: tuple[Metric, ...] = (
    # Non-GAAP figures as the filer labels them, read from the rows of its own reconciliation
    # and summary tables (GoPro's 10-Q "Non-GAAP income (loss) per share" (0.04) and
    # "Adjusted EBITDA" 6,205; Macy's 10-K "Diluted earnings per share, excluding certain
    # items" 3.46). Never the GAAP line: an article's "adjusted EPS" is compared with these
    # only (claims_metric.adjusted), and its plain "EPS" never with them.
    Metric(
        "eps_diluted_non_gaap", "USD/share",
        "non-GAAP (adjusted) diluted earnings per share, as the filer labels it",
        statement="income", non_gaap_of="eps_diluted", sign_words=MONEY_LOSS,
        labels=(Label(rf"{_MARK} (?:diluted )?(?:net )?{PER_SHARE_ROWS} "
                      rf"{PER_SHARE}(?: ?(?:,|:|-)? ?diluted)?|{_MARK} "
                      rf"(?:diluted )?eps(?: ?(?:,|:|-)? ?diluted)?|(?:basic and )?diluted "
                      rf"(?:net )?{PER_SHARE_ROWS} {PER_SHARE},? excluding "
                      r"(?!.*(?:discontinued|extraordinary|cumulative effect))[\w ,&'-]+",
                      per_share=True),
                # the adjusted twin of a release's "as reported" line (PNC's releases:
                # "Diluted earnings per common share - as adjusted (non-GAAP)", "Diluted
                # earnings (loss) from continuing operations - as adjusted (non-GAAP)", the
                # figure their headline calls adjusted EPS)
                Label(rf"diluted (?:net )?{PER_SHARE_ROWS}(?: {PER_SHARE})?(?: from continuing "
                      r"operations)? ?(?:-|,)? ?as adjusted(?: \(non-gaap\))?", per_share=True)),
        label_words=("non-gaap", "adjusted", "excluding", "underlying")),
    # EBITDA adjusted as the filer defines it; reconciled from net income (GoPro's 10-Q,
    # Macy's 10-K), whence non_gaap_of: a table of the two is a reconciliation.
    Metric(
        "adjusted_ebitda", "USD", "adjusted EBITDA, as the filer labels and defines it",
        # ("a 17 percent increase in Adjusted EBITDA", a building-materials maker's year: its
        # growth over the year before, both years in the filer's own reconciliation)
        statement="income", non_gaap_of="net_income", sign_words=MONEY_LOSS, is_growth_base=True,
        labels=(Label(r"adjusted ebitda(?: \(loss\))?"),), label_words=("ebitda",),
        cues=(Cue(r"adjusted\s+EBITDA"),)),
    # EBITDA as the filer labels it, unadjusted (a building-materials maker's 10-K reconciles
    # "EBITDA" and "Adjusted EBITDA" from net earnings, two lines): an article's bare "EBITDA"
    # is this line only; "adjusted EBITDA", the longer cue, stays the row above's
    Metric(
        "ebitda", "USD", "EBITDA (earnings before interest, taxes, depreciation and "
        "amortization), as the filer labels it, not adjusted",
        statement="income", non_gaap_of="net_income", sign_words=MONEY_LOSS, is_growth_base=True,
        labels=(Label(r"ebitda(?: \(loss\))?"),), label_words=("ebitda",),
        cues=(Cue(r"(?<!adjusted\s)(?<!adj\.\s)\bEBITDA\b"),)),
    # A rate the filer computes and prints as a non-GAAP measure (Union Pacific's 10-K MD&A:
    # "Return on invested capital as adjusted 15.8 % 15.5 % 17.3 %" under its years, the
    # last line of the table that reconciles it). Read as a stated key metric (statement
    # "kpi": from any table whose row names it, dated by its column), never recomputed: each
    # filer defines its own numerator and capital. A change in points ("up 0.3 points") is
    # then two stated years of it (rows_changes.rate_change).
    Metric(
        "return_on_invested_capital", "percent",
        "return on invested capital (ROIC), as the filer defines and states it",
        statement="kpi",
        labels=(Label(r"return on (?:average )?invested capital(?: \(roic\))?(?:,? as adjusted)?"
                      r"(?: \(roic\))?|(?:adjusted )?roic"),),
        label_words=("invested capital", "roic"),
        cues=(Cue(r"return\s+on\s+(?:average\s+)?invested\s+capital|\bROIC\b"),)),
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
    # a charge, gain or loss the filer states in prose ("a $6.2 billion charge for the
    # impairment of goodwill"), its words the fact's entity (extractors.charges); an article's
    # charge is compared with it by its describing words only (pipeline.verify.charges), never
    # with a total and never by its value
    Metric(
        "stated_charge", "USD",
        "a charge, write-off, impairment, or gain or loss on something, as the filer's prose "
        "states it, with the filer's words for what it is", is_magnitude=True),
)
