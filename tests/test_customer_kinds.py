"""Shares of revenue by customers: a kind of customer in lower case ("government customers
still account for 54% of sales", a French site on a software maker's year) is the part of revenue
it buys; a year before it is no customer's name; and a share whose customers the words do not
name is never drifted against the filings' named customers (it was: "drifted, should say 18%",
the filer's top three customers combined). The project's own paraphrases; synthetic facts."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.facts import Fact, Source
from tests.conftest import claims_in, verify_text
from warehouse.records import StoredFact

YEAR = (date(2023, 1, 1), date(2023, 12, 31))


def _stored(metric: str, value: str, unit: str, entity: str | None = None,
            basis: str | None = None) -> StoredFact:
    fact = Fact(metric, Decimal(value), unit, YEAR[0], YEAR[1], entity=entity, basis=basis,
                decimals=0 if unit == "percent" else -3,
                sources=(Source("10k.htm", "tables", "1.0", table=1, row=entity or metric,
                                text=value),))
    fact_id = hashlib.sha256(f"{metric}{value}{entity}".encode()).hexdigest()[:12]
    return StoredFact(fact_id, fact, 1, "0000000001-24-000001", "10-K", date(2024, 2, 20),
                      "10k.htm", "https://x/10k.htm")


FACTS = [_stored("customer_concentration", "18", "percent", "top three customers combined",
                 "revenue"),
         _stored("revenue", "2225012000", "USD"),
         _stored("revenue", "1222215000", "USD", "Government", "segment"),
         _stored("revenue", "1002797000", "USD", "Commercial", "segment")]


def _entities(sentence: str) -> dict:
    return {c.text: c.entity for c in claims_in("Full-year results.\n\n" + sentence)}


@pytest.mark.parametrize("sentence, kind", [
    ("The mix is hardly changing, since government customers still account for 54% of sales.",
     "government"),
    ("In 2023, government customers accounted for 55% of revenue.", "government"),
    ("Commercial clients represent 45% of revenue.", "Commercial"),
    # never a word that counts or ranks the customers, nor the company's own
    ("Its customers account for 55% of revenue in 2023.", None),
    ("New customers made up 10% of revenue in 2023.", None),
])
def test_a_kind_of_customer_is_read_as_their_part(sentence, kind):
    assert next(iter(v for k, v in _entities(sentence).items() if k.endswith("%"))) == kind


def test_a_year_before_the_customers_is_no_name():
    assert "2023" not in _entities("In 2023, customers accounted for 55% of revenue.").values()


@pytest.mark.parametrize("sentence", [
    "Its customers account for 55% of revenue in 2023.",
    "In 2023, customers accounted for 55% of revenue.",
])
def test_a_share_of_unnamed_customers_is_not_drifted_against_named_ones(sentence):
    found = verify_text("Full-year results.\n\n" + sentence, FACTS)
    assert found["55%"].verdict == "unverifiable"
    assert "does not name" in found["55%"].reason


def test_a_kind_of_customer_is_recomputed_from_its_part():
    found = verify_text("Full-year results.\n\nIn 2023, government customers accounted for 55% "
                        "of revenue.", FACTS)
    assert found["55%"].verdict == "supported"  # 1,222,215 / 2,225,012 = 54.93%
    # and a share that fits one named customer is still borne out
    fits = verify_text("Full-year results.\n\nIn 2023, customers accounted for 18% of "
                       "revenue.", FACTS)
    assert fits["18%"].verdict == "supported"
