"""The one number parser: exact Decimals, every printed form, round-trips (hypothesis)."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from extractors.numbers import format_number, parse_number


def test_reads_the_printed_forms():
    assert parse_number("1,234").value == Decimal("1234")
    assert parse_number("(1,234)").value == Decimal("-1234")
    assert parse_number("$ (9.90)").value == Decimal("-9.90")
    assert parse_number("($9.90)").value == Decimal("-9.90")
    assert parse_number("\u2212 5").value == Decimal("-5")
    assert parse_number("$\xa0293.6").value == Decimal("293.6")
    assert parse_number("1,234 (1)").value == Decimal("1234")
    assert parse_number("1,234*").value == Decimal("1234")


def test_dashes_are_nil_and_percent_is_flagged():
    for dash in ("—", "–", "-", "$ —"):
        parsed = parse_number(dash)
        assert parsed.is_nil and parsed.value == 0
    parsed = parse_number("(3.2)%")
    assert parsed.is_percent and parsed.value == Decimal("-3.2") and parsed.decimals == 1


def test_rejects_what_is_not_one_figure():
    for text in ("abc", "1,23", "((1))", "", None, "(1,234", "1,234 and 5"):
        assert parse_number(text) is None


@given(st.decimals(min_value=-10**12, max_value=10**12, places=2, allow_nan=False,
                   allow_infinity=False),
       st.booleans(), st.booleans(), st.booleans())
def test_format_then_parse_round_trips(value, parens, currency, percent):
    text = format_number(value, parens=parens, currency=currency, percent=percent)
    parsed = parse_number(text)
    assert parsed is not None, text
    assert parsed.value == value
    assert parsed.is_percent == percent


@given(st.integers(min_value=0, max_value=10**15))
def test_integers_with_commas_round_trip(n):
    assert parse_number(f"{n:,}").value == n
    assert parse_number(f"({n:,})").value == -n
