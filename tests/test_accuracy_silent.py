"""``bench.accuracy -v``: the silent tags, each with the HTML entities that read its value."""

from datetime import date
from decimal import Decimal

import pytest

from bench.accuracy import compare, silent_tags
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


# --- unnamed customers: the text's "customer 1 of 2" and the filer's "Customer One" ---------

def _revenue(entity, value):
    return Fact("customer_concentration", Decimal(value), "percent", date(2025, 4, 28), END,
                entity, "revenue")


def test_unnamed_readings_pair_with_unnamed_members_when_as_many():
    html = [_revenue("customer 1 of 2", "14"), _revenue("customer 2 of 2", "11")]
    # the filer numbers them in another order: equal values still pair, one to one
    tags = [_revenue("Customer Two", "14"), _revenue("Customer One", "11")]
    counts, wrong = compare(html, tags, METRICS)
    assert counts["customer_concentration", "agreed"] == 2 and wrong == []
    assert silent_tags(html, tags, METRICS) == []


def test_a_different_value_among_as_many_is_a_disagreement():
    html = [_revenue("one customer", "32")]
    counts, wrong = compare(html, [_revenue("Customer One", "23")], METRICS)
    assert counts["customer_concentration", "disagreed"] == 1
    assert [(f.value, values) for f, values in wrong] == [(Decimal("32"), [Decimal("23")])]


def test_unnamed_readings_never_pair_when_the_sides_count_differently():
    # the text read one customer of two: which member it is cannot be told, so nothing pairs
    html = [_revenue("customer 1 of 2", "14")]
    tags = [_revenue("Customer One", "14"), _revenue("Customer Two", "11")]
    counts, _ = compare(html, tags, METRICS)
    assert counts["customer_concentration", "agreed"] == 0
    assert counts["customer_concentration", "silent"] == 2


def test_a_named_customer_or_a_group_never_pairs_with_an_unnamed_member():
    for entity in ("Walmart", "two customers combined", "U.S. government"):
        counts, _ = compare([_revenue(entity, "14")], [_revenue("Customer One", "14")], METRICS)
        assert counts["customer_concentration", "silent"] == 1, entity


@pytest.mark.corpus
def test_unnamed_members_of_the_corpus_all_pair(corpus_dir):
    # C3.ai's "Customer One"/"Customer Two" and NVIDIA's "Customer One" ... "Customer Seven":
    # the text says "one customer", "customer 2 of 4"; every such tag is read (that none
    # disagrees is tests/test_accuracy_corpus.py's)
    from bench.accuracy import list_silent

    assert list_silent(corpus_dir, "customer_concentration") == []
