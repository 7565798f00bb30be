"""A figure exactly half a unit from another rounds half up, away from zero, at the coarser of
the two precisions: a filed 2.45 bears out an article's 2.5 (and 2.449 does not), and where the
filing is the coarser, a filed 2.5 bears out an article's 2.45 but never its 2.55, which rounds
to 2.6. A recomputed ratio is shown half up too (36.125 as 36.13, not 36.12)."""

from datetime import date
from decimal import Decimal

from core.facts import Fact, Source
from tests.conftest import verify_text
from warehouse.records import StoredFact

_QUARTER = (date(2024, 7, 1), date(2024, 9, 28))
_LEAD = "For its third quarter of 2024, the maker "


def _stored(metric: str, value: str, unit: str, decimals: int) -> StoredFact:
    fact = Fact(metric, Decimal(value), unit, *_QUARTER, decimals=decimals,
                sources=(Source("ex99.htm", "tables", "1.0", table=1, row=metric, text=value),))
    return StoredFact(f"{metric}-{value}", fact, 1, "0000000001-24-000001", "8-K",
                      date(2024, 10, 30), "ex99.htm", "https://x/ex99.htm")


def _verdict(text: str, *facts: StoredFact):
    (verification,) = verify_text(_LEAD + text, list(facts)).values()
    return verification


def test_filed_tie_rounds_up_to_the_article():
    eps = "posted diluted earnings of $2.5 per share."
    assert _verdict(eps, _stored("eps_diluted", "2.45", "USD/share", 2)).verdict == "supported"
    assert _verdict(eps, _stored("eps_diluted", "2.449", "USD/share", 3)).verdict == "drifted"
    assert _verdict(eps, _stored("eps_diluted", "2.55", "USD/share", 2)).verdict == "drifted"


def test_coarser_filing_takes_the_article_tie_half_up():
    filed = _stored("eps_diluted", "2.5", "USD/share", 1)
    assert _verdict("posted diluted earnings of $2.45 per share.", filed).verdict == "supported"


def test_coarser_filing_never_takes_the_tie_above():
    filed = _stored("eps_diluted", "2.5", "USD/share", 1)
    assert _verdict("posted diluted earnings of $2.55 per share.", filed).verdict == "drifted"
    margin = _stored("gross_margin", "36.7", "percent", 1)
    assert _verdict("kept a gross margin of 36.75%.", margin).verdict == "drifted"
    assert _verdict("kept a gross margin of 36.65%.", margin).verdict == "supported"


def test_recomputed_ratio_shown_half_up():
    revenue = _stored("revenue", "1000000000", "USD", -6)
    tie = _verdict("kept a gross margin of 36.1%.", revenue,
                   _stored("gross_profit", "361250000", "USD", -6))
    assert (tie.verdict, tie.filed_value) == ("supported", Decimal("36.13"))
    below = _verdict("kept a gross margin of 36.7%.", revenue,
                     _stored("gross_profit", "366490000", "USD", -6))
    assert below.verdict == "drifted"
