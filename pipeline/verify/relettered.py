"""Customers a filing names only by their place ("Customer A", "Customer 2", "second
customer") are lettered anew in each filing, by the latest period's ranking: the 10-Q's
"Customer A" with 32% of receivables at the year's end is the next 10-K's "Customer B" with the
same 32%, while that 10-K's "Customer A" is another customer, at 11%. A later filing whose same
label holds another value has not restated the figure when it states the figure under another
such label; the label alone never ties the two filings' customers together.
"""

from __future__ import annotations

from decimal import Decimal

from core.verdicts import Claim
from extractors.concentration_subjects import unnamed_rank
from pipeline.verify.tolerance import fits
from warehouse.records import StoredFact


def relettered(claim: Claim, relied: StoredFact, later: list[StoredFact],
               facts: list[StoredFact], tolerance: Decimal) -> bool:
    """Whether the claim's customer is one named by its place and the later filing states the
    claimed value for one of its own such customers, of the same metric, basis and period."""
    if not later or unnamed_rank(relied.fact.entity) is None:
        return False
    accession = later[0].accession
    period = (relied.fact.period_start, relied.fact.period_end)
    return any(sf.accession == accession and sf.fact.metric == relied.fact.metric
               and sf.fact.basis == relied.fact.basis
               and (sf.fact.period_start, sf.fact.period_end) == period
               and unnamed_rank(sf.fact.entity) is not None
               and fits(claim, sf.fact.value, tolerance) for sf in facts)
