"""``bench.accuracy -v``: the silent tags, each with the HTML entities that read its value."""

from datetime import date
from decimal import Decimal

from bench.accuracy import silent_tags
from core.facts import Fact

END = date(2025, 7, 27)
METRICS = ("customer_concentration",)


def _fact(entity, value, basis="accounts_receivable"):
    return Fact("customer_concentration", Decimal(value), "percent", None, END, entity, basis)


def test_silent_tags_name_the_readings_of_the_same_value():
    html = [_fact("customer 1 of 2", "23"), _fact("Customer A", "16")]
    tags = [_fact("Customer One", "23"), _fact("Customer A", "16"), _fact("Customer Two", "9")]
    got = [(t.entity, names) for t, names in silent_tags(html, tags, METRICS)]
    assert got == [("Customer One", ["customer 1 of 2"]), ("Customer Two", [])]


def test_a_value_under_another_basis_is_not_offered():
    html = [_fact("customer 1 of 2", "23", basis="revenue")]
    [(tag, names)] = silent_tags(html, [_fact("Customer One", "23")], METRICS)
    assert names == []
