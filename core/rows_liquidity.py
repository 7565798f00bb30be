"""Registry rows: the balance-sheet lines that a combined figure an article quotes adds up,
read only so that the combination can be checked (``pipeline.verify.support_sums``).

A blog's walk through a chipmaker's 10-Q writes "Cash & Securities: $56.8B" and "Debt: $8.5B";
a machine summary of a phone maker's quarter writes "total debt stands at $98.186B". Most
filers print no such line: the balance sheet gives cash and cash equivalents, current (and
perhaps non-current) marketable securities, commercial paper, the current and the non-current
term debt apart. Each line here is read from the filer's own tag (no dimension), first tag
best, and the current portion of long-term debt also from a balance-sheet line that names it
so; the others from the tags only: a table's bare "Term debt" or "Marketable securities" label
does not say whether it is the current or the non-current one. No cues: an article names the
combinations (``cash_and_short_term_investments``, ``total_debt``, ``debt``), never these lines
alone.
"""

from __future__ import annotations

from core.metric_model import Label, Metric

ROWS: tuple[Metric, ...] = (
    Metric(
        "marketable_securities_current", "USD",
        "current marketable securities (short-term investments) (a balance)",
        concepts=("MarketableSecuritiesCurrent", "ShortTermInvestments",
                  "AvailableForSaleSecuritiesDebtSecuritiesCurrent"),
        is_balance=True),
    Metric(
        "marketable_securities_noncurrent", "USD",
        "non-current marketable securities (a balance)",
        concepts=("MarketableSecuritiesNoncurrent",
                  "AvailableForSaleSecuritiesDebtSecuritiesNoncurrent"),
        is_balance=True),
    # commercial paper or other short-term borrowings: the debt due within a year that is no
    # term debt's current portion
    Metric(
        "short_term_borrowings", "USD",
        "short-term borrowings or commercial paper outstanding (a balance)",
        concepts=("ShortTermBorrowings", "CommercialPaper"), is_balance=True),
    # also read from the balance sheet's line that names it so, beside the non-current line
    # (core.rows_balance) that the same sum adds: never a line "..., net" of its discount,
    # which a filer may print beside the tagged principal (a chipmaker's 753 beside its 750)
    Metric(
        "long_term_debt_current", "USD",
        "the current portion of long-term (term) debt (a balance)",
        concepts=("LongTermDebtCurrent", "LongTermDebtAndCapitalLeaseObligationsCurrent"),
        is_balance=True, statement="balance",
        labels=(Label(r"current (?:portion|maturities|installments) of long[- ]term debt|"
                      r"long[- ]term debt,? (?:current (?:portion|maturities)|due within one "
                      r"year)|(?:long[- ]term )?debt,? current|debt due within one year"),),
        label_words=("term debt", "debt due", "debt, current", "debt current")),
)
