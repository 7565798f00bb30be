"""A customer a filing names only by a letter is lettered anew in the next filing: a quarterly
report's "Customer A" with 32% of receivables at the year's end is the following annual
report's "Customer B", same 32%, while its "Customer A" is another customer. That is no
restatement, so the quarterly figure does not go stale; a later filing that states the figure
under no label of that date still makes it stale. Synthetic facts, the project's own words."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

from core.facts import Fact, Source
from tests.conftest import verify_text
from warehouse.records import StoredFact

YEAR_END = date(2017, 12, 31)
TEN_Q = ("0000000001-18-000049", "10-Q", date(2018, 11, 2))
TEN_K = ("0000000001-19-000013", "10-K", date(2019, 2, 15))


def _receivables(entity: str, value: str, filing: tuple) -> StoredFact:
    fact = Fact("customer_concentration", Decimal(value), "percent", None, YEAR_END,
                entity=entity, basis="accounts_receivable", decimals=0,
                sources=(Source("f.htm", "concentration", "1.0", table=1, row=entity,
                                text=f"{value}%"),))
    fact_id = hashlib.sha256(f"{entity}{value}{filing[0]}".encode()).hexdigest()[:12]
    return StoredFact(fact_id, fact, 1, filing[0], filing[1], filing[2], "f.htm",
                      "https://x/f.htm")


QUARTERLY = [_receivables("Customer A", "32", TEN_Q), _receivables("Customer B", "16", TEN_Q)]
ANNUAL = [_receivables("Customer A", "11", TEN_K), _receivables("Customer B", "32", TEN_K),
          _receivables("Customer C", "16", TEN_K)]
TEXT = ("Receivables.\n\nCustomer A accounted for 32% of net accounts receivable at December 31, "
        "2017, and Customer B for 16%.")


def test_a_customer_lettered_anew_in_a_later_filing_is_not_stale():
    found = verify_text(TEXT, QUARTERLY + ANNUAL)
    assert (found["32%"].verdict, found["16%"].verdict) == ("supported", "supported")


def test_a_later_filing_that_no_longer_states_the_share_makes_it_stale():
    changed = [_receivables("Customer A", "29", TEN_K), _receivables("Customer B", "14", TEN_K)]
    found = verify_text(TEXT, QUARTERLY + changed)
    assert (found["32%"].verdict, found["16%"].verdict) == ("stale", "stale")
