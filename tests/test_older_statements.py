"""Statements of older filings with no inline XBRL, read from the real documents in place: each
expected figure was copied by hand from the filing's own table (the column it stands under,
its scale caption). Each document broke on one class of layout or wording:

- a scale caption printed as a header row under the dates ("(in millions)" below "Year Ended
  November / 2002 2001 2000": a broker's parent-only schedule; the caption stood in every
  column's name, and no column was dated);
- a year heading with a footnote mark after a space ("2005 (1)"), and columns "As of and for
  the Years Ended December 31," (a bank's summary in its S-1/A: balances on the day, flows over
  the year);
- labels: "Net (loss)" (a shell company's 10-K), "Net income (loss) per unit - basic and
  diluted" (an LLC's units); an equipment-leasing fund's "Total revenue and gain on sale of
  equipment" stays no revenue (a gain on selling assets is none);
- a label its HTML wraps across source lines ("Total\\n    assets"), which the balance sheet's
  keyword test did not find.

A 10-K that incorporates its statements by reference from the annual report exhibit (not part
of the document) states none of them: no company revenue, net income or diluted EPS is read.
"""

from datetime import date
from decimal import Decimal

import pytest

from extractors.dispatch import extract_document
from extractors.periods import parse_header_period
from extractors.statement_kinds import kinds_of_text
from extractors.table_context import scale_caption_cell
from tests.conftest import corpus_file

pytestmark = pytest.mark.corpus

_METRICS = ("revenue", "net_income", "eps_diluted", "total_assets")


def _company(relative: str, form: str = "10-K") -> dict:
    """(metric, period start, period end) -> value of the company's own figures."""
    path = corpus_file(relative)
    facts = extract_document(path.read_bytes(), document=path.name, form=form)
    return {(f.metric, f.period_start, f.period_end): f.value for f in facts
            if f.metric in _METRICS and f.entity is None and f.basis is None}


def _d(text: str) -> Decimal:
    return Decimal(text)


def test_a_parent_only_schedule_under_a_scale_caption_row_gives_the_net_income():
    # a broker's FY2002 10-K: the consolidated statements are the annual report's (exhibit 13);
    # Schedule I's parent-only statement of earnings states the company's net earnings
    found = _company("dev/10-K_GS_0000950123-03-002099.html")
    assert found[("net_income", date(2001, 12, 1), date(2002, 11, 29))] == _d("2114000000")
    assert found[("net_income", date(2000, 11, 25), date(2001, 11, 30))] == _d("2310000000")
    # the parent's own "Total revenues" (4,891) is not the company's; no EPS is printed; and
    # fiscal 2000 is a year the document does not define (undated)
    assert {key[0] for key in found} == {"net_income"}
    assert len(found) == 2


def test_a_banks_summary_with_a_footnoted_year_and_as_of_and_for_columns():
    found = _company("dev/S-1A_SONA_2009-10-29.html", "S-1/A")
    expected = {
        (date(2009, 1, 1), date(2009, 6, 30)): "549000",
        (date(2008, 1, 1), date(2008, 6, 30)): "951000",
        (date(2008, 1, 1), date(2008, 12, 31)): "1208000",
        (date(2007, 1, 1), date(2007, 12, 31)): "1736000",
        (date(2006, 1, 1), date(2006, 12, 31)): "1009000",
        (date(2005, 1, 1), date(2005, 12, 31)): "-2256000",  # "2005 (1)": opened that April
        (date(2009, 1, 1), date(2009, 9, 30)): "637000",  # the nine months' table
        (date(2008, 1, 1), date(2008, 9, 30)): "194000",
    }
    for (start, end), value in expected.items():
        assert found[("net_income", start, end)] == _d(value), (start, end)
    assert found[("eps_diluted", date(2009, 1, 1), date(2009, 9, 30))] == _d("0.09")
    assert found[("eps_diluted", date(2008, 1, 1), date(2008, 9, 30))] == _d("0.03")
    # a bank prints no revenue line; every net income is one of the periods above
    assert not any(key[0] == "revenue" for key in found)
    assert {key[1:] for key in found if key[0] == "net_income"} == set(expected)


def test_a_shell_companys_net_loss_and_wrapped_total_assets():
    found = _company("dev/10-K_CIK1714367_0001558891-19-000066.html")
    fy19, fy18 = (date(2018, 7, 1), date(2019, 6, 30)), (date(2017, 7, 1), date(2018, 6, 30))
    assert found[("net_income", *fy19)] == _d("-34333")
    assert found[("net_income", *fy18)] == _d("-24136")
    assert found[("revenue", *fy19)] == found[("revenue", *fy18)] == 0
    assert found[("eps_diluted", *fy19)] == found[("eps_diluted", *fy18)] == _d("-0.01")
    assert found[("total_assets", None, date(2019, 6, 30))] == _d("19661")
    assert found[("total_assets", None, date(2018, 6, 30))] == _d("53994")


def test_an_llcs_earnings_per_unit_basic_and_diluted():
    # a development-stage ethanol producer's plain-text 10-K (units, not shares)
    found = _company("dev/10-K_CIK1424844_0000922907-08-000774.html")
    fy08, fy07 = (date(2007, 10, 1), date(2008, 9, 30)), (date(2006, 10, 1), date(2007, 9, 30))
    assert found[("eps_diluted", *fy08)] == _d("-282.94")
    assert found[("eps_diluted", *fy07)] == _d("90.23")
    assert found[("net_income", *fy08)] == _d("-3717600")
    assert found[("net_income", *fy07)] == _d("1082715")
    assert found[("revenue", *fy08)] == found[("revenue", *fy07)] == 0
    # the inception-to-date column is no fiscal period
    assert {key[1:] for key in found if key[0] == "eps_diluted"} == {fy08, fy07}


def test_an_equipment_leasing_funds_total_with_gains_is_no_revenue():
    found = _company("dev/10-K_CIK1253347_0001376474-16-000635.html")
    # "Total revenue and gain on sale of equipment" 898,036 holds a $1,178 gain: no revenue
    assert not any(key[0] == "revenue" for key in found)
    # "Net loss per equivalent Limited Partnership unit" says neither basic nor diluted
    assert not any(key[0] == "eps_diluted" for key in found)


@pytest.mark.parametrize("relative", [
    "dev/10-K_MRX_0000950153-99-001234.html",  # Item 8: the 1999 annual report, pages 22-40
    "dev/S-1A_CEMP_2012-11-16.html",  # a resale S-1/A: the 10-K incorporated by reference
    "dev/10-K_WFC_0000950134-09-003967.html",  # Item 8: the 2008 annual report, pages 86-164
    "10q-10k/10-K_IBM_0000051143-24-000012.html",  # Item 8: the annual report, pages 44-121
])
def test_statements_incorporated_by_reference_are_not_in_the_document(relative):
    form = "S-1/A" if "S-1A" in relative else "10-K"
    found = _company(relative, form)
    assert not any(key[0] in ("revenue", "net_income", "eps_diluted") for key in found)


@pytest.mark.parametrize(("text", "opened", "caption"), [
    ("(in millions)", False, True),
    ("(In thousands, except share and per share amounts)", False, True),
    ("($ in millions)", False, True),
    ("(in millions, except share", False, True),
    ("and per share amounts)", True, True),
    ("and per share amounts)", False, False),
    ("Millions, except per share amounts, for the three months ended June 30,", False, False),
    ("2002", False, False),
    ("(Unaudited)", False, False),
])
def test_a_scale_caption_cell_names_no_column(text, opened, caption):
    assert scale_caption_cell(text, opened) is caption


def test_as_of_and_for_a_year_is_the_year():
    found = parse_header_period("As of and for the Years Ended December 31, 2008")
    assert (found.start, found.end) == (date(2008, 1, 1), date(2008, 12, 31))
    assert parse_header_period("As of December 31, 2008") is None


def test_a_wrapped_keyword_still_names_the_statement():
    text = b"total\n    current assets 19,661\n total\n    assets $19,661\n liabilities"
    assert [kind.name for kind in kinds_of_text(text)] == ["balance"]
    assert kinds_of_text(b"total current assets 19,661 liabilities") == ()
