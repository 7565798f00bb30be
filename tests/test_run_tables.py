"""A results table a copy ran into one line (a release pasted as text: the header's rows and
every row of figures one after another): the column groups name each pair of year columns'
span, the caption the money's scale, and each row is a label then one cell per column. Such
lines were read as prose: the amounts in millions as dollars ("far from" the filed figure), the
bare per-share amounts as numbers of no unit, the first cell of each group as nothing."""

from datetime import date
from decimal import Decimal

from pipeline.verify import claims_run_tables
from tests.conftest import corpus_verdicts

_COMPUTER_10K = "dev/10-K_DELL_0000950134-06-005149.html"
_RESTAURANT_10K = "dev/10-K_YUM_0001041061-09-000077.html"


def _never_fiscal(at: int) -> bool:
    return False


def _cells(line: str) -> list:
    return [c for cells in claims_run_tables.read_tables(line, _never_fiscal).values()
            for c in cells]


def test_money_in_millions_by_group_and_fiscal_year():
    # the full year's group first, the quarter's second; the fiscal years shortened
    line = ("(in millions, except per share data) Full Year Fourth Quarter FY'06 FY'05 Change "
            "FY'06 FY'05 Change Operating income $4,347 $4,254 2% $1,246 $1,187 5% "
            "Net revenue $55,908 $49,205 14% - - NM")
    cells = {c.text: c for c in _cells(line)}
    assert cells["$55,908"].value == Decimal("55908000000")
    assert cells["$1,246"].column.label == "fiscal Q4 2006"
    assert cells["$49,205"].column.label == "FY2005"
    assert cells["14%"].is_change and cells["14%"].column.label == "FY2006"
    verdicts = corpus_verdicts(_COMPUTER_10K, date(2006, 3, 15), line, form="10-K")
    for text in ("$4,347", "$4,254", "2%", "$55,908", "$49,205", "14%"):
        assert verdicts[text][0] == "supported", text
    # the release's quarter's operating income is in no table of the annual report
    assert verdicts["$1,246"][0] == "unverifiable"


def test_per_share_amounts_of_a_table_of_earnings_per_share():
    line = ("Full Year Fourth Quarter 2008 2007 Change 2008 2007 Change Diluted EPS 1.96 1.68 "
            "+17 0.43 0.44 (3) Items affecting comparability 2 0.05 - NM (0.03) - NM")
    cells = {c.text: c for c in _cells(line)}
    assert cells["0.43"].unit == "USD/share" and cells["0.43"].column.label == "Q4 2008"
    assert "+17" not in cells and "(3)" not in cells  # change cells with no percent sign
    assert cells["(0.03)"].value == Decimal("-0.03") and cells["(0.03)"].label == (
        "Items affecting comparability")  # the footnote digit after the label is no cell
    verdicts = corpus_verdicts(_RESTAURANT_10K, date(2009, 2, 23), line, form="10-K")
    assert verdicts["1.96"][0] == "supported" and verdicts["0.43"][0] == "supported"
    assert verdicts["0.05"][0] == "unverifiable" and verdicts["(0.03)"][0] == "unverifiable"


def test_lines_left_to_the_sentence_reader():
    # money with no scale stated: dollars or millions is not said
    assert not _cells("Full Year Fourth Quarter 2008 2007 Change 2008 2007 Change Net income "
                      "964 909 6% 204 231 (12%)")
    # a row one cell short of the columns
    assert not _cells("(in millions) Full Year Fourth Quarter 2008 2007 Change 2008 2007 Change "
                      "Net revenue $100 $90 11% $30 $28")
    # prose after the rows
    assert not _cells("Full Year Fourth Quarter 2008 2007 Change 2008 2007 Change Diluted EPS "
                      "1.96 1.68 +17 0.43 0.44 (3) as the company reported it")
    # two year columns that are not a year apart
    assert not _cells("(in millions) Full Year Fourth Quarter 2008 2006 Change 2008 2006 Change "
                      "Net revenue $100 $90 11% $30 $28 7%")
    # no group named: a line opening on years is another reader's
    assert not _cells("(in millions) 2008 2007 Change Net revenue $100 $90 11%")
