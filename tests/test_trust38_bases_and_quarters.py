"""Trust hazards found in session 38, written as paraphrases and checked on real filings:

- "in contrast to $A in <Y-1>" is a comparison's base: its year dates the base only, never the
  figure the sentence opens with (a wire story on a utility's year dated its own adjusted EPS by
  the base's year, and the year-before figure bore out a wrong one);
- "in the quarter" after "for the quarter ended August 31" with no year is that quarter, which
  the filing reporting it dates (a blog on a college operator's quarter read it as a quarter of
  any year, and the year-before quarter's cash flow bore out a wrong figure).
"""

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text

_SO = ("dev/EX-99.1_SO_0000092122-07-000008.html", "0000092122-07-000008", "8-K",
       date(2007, 1, 25))
_NAUH = ("dev/10-Q_NAUH_0001193125-14-363235.html", "0001193125-14-363235", "10-Q",
         date(2014, 10, 14))


def _labels(text: str) -> dict:
    return {c.text: c.period_label for c in claims_in(text)}


@pytest.mark.parametrize("opener", ["in contrast to", "in contrast with", "compared with"])
def test_a_contrasted_base_year_dates_only_the_base(opener):
    labels = _labels("Acme reported full-year 2006 earnings of $1.57 billion. Excluding "
                     f"one-time items, it earned $2.03 a share, {opener} $2.10 a share in 2005.")
    assert (labels["$2.03 a share"], labels["$2.10 a share"]) == ("FY2006", "FY2005")


def test_a_year_before_figure_set_against_a_contrast_is_not_borne_out():
    facts = stored_corpus_facts(*_SO)
    out = verify_text("Southern Co. 2006 results\n\nSouthern Co. reported full-year 2006 "
                      "earnings of $1.57 billion. Excluding synthetic fuels, the utility earned "
                      "$2.03 a share, in contrast to $2.10 a share in 2005.", facts)
    assert out["$2.03 a share"].verdict != "supported"
    assert out["$1.57 billion"].verdict == "supported"


def test_the_quarter_after_a_yearless_quarter_end_is_that_quarter():
    labels = _labels("For the quarter ended August 31, revenue fell 5.3% to $29.3 million. "
                     "Cash from operations was $1.7 million in the quarter.")
    assert labels["$1.7 million"] == labels["$29.3 million"]
    assert labels["$1.7 million"].startswith("the quarter ended August 31")


def test_a_numbered_quarter_after_a_yearless_quarter_end_keeps_its_number():
    # (must not fire: "the third quarter" names its own number, never the day's quarter)
    labels = _labels("For the quarter ended August 31, revenue fell 5.3% to $29.3 million. "
                     "In the third quarter, cash from operations was $1.7 million.")
    assert not labels["$1.7 million"].startswith("the quarter ended")


def test_the_year_before_quarter_does_not_bear_out_the_quarter_in_force():
    facts = stored_corpus_facts(*_NAUH)
    text = ("National American University Holdings reports first quarter\n\nFor the quarter "
            "ended August 31, total revenue fell 5.3% to $29.3 million. Net income attributable "
            "to the company was $2.2 million. Cash from operations was {} in the quarter.")
    wrong = verify_text(text.format("$1.7 million"), facts)
    assert wrong["$1.7 million"].verdict == "drifted"
    right = verify_text(text.format("$15.8 million"), facts)
    assert right["$15.8 million"].verdict == "supported"
    assert right["$29.3 million"].verdict == "supported"

