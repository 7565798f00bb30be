"""Cover share counts in the forms the first reader missed or misread: lists and market-value
clauses sharing the count's sentence, "N ordinary shares", lower-case "class A", counts paired
with classes by "respectively", and a total only when every named class is counted."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.cover import extract_cover_shares
from extractors.document import parse_document
from tests.conftest import corpus_file

COVER_HEAD = ("<p>FORM 10-K</p><p>Indicate by check mark whether the registrant is a shell company "
              "(as defined in Rule 12b-2 of the Exchange Act). Yes &#9744; No &#9746;</p>")


def _cover(*paragraphs: str):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return parse_document(COVER_HEAD + body + "<p>TABLE OF CONTENTS</p>", name="c.htm")


def _read(doc):
    return {f.entity: f.value for f in extract_cover_shares(doc)}


@pytest.mark.parametrize("paragraphs,expected", [
    # a list: the label on one line, the count on the next
    (["Number of shares of common stock, $1.00 par value, outstanding as of February 14, 2026:",
      "129,872,017"], {"total": 129872017}),
    # a list without the colon: the count right after the date
    (["Number of shares of common stock outstanding as of March 3, 2026 2,306,994,456"],
     {"total": 2306994456}),
    # a table-like line where the market value comes first and no full stop parts them
    (["The aggregate market value of the voting shares held by non-affiliates at June 30, 2025: "
      "$76,906,833,454 The number of the registrant's Common Shares outstanding as of "
      "January 31, 2026: 585,677,464"], {"total": 585677464}),
    (["Aggregate market value of common stock held by non-affiliates as of June 30, 2025: "
      "$ 5,118,918,572 Number of shares of common stock outstanding as of February 14, 2026: "
      "129,872,017"], {"total": 129872017}),
])
def test_cover_lists_and_tables(paragraphs, expected):
    assert _read(_cover(*paragraphs)) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("As of April 24, 2026, 296,627,443 of the registrant's ordinary shares, par value $0.00001 "
     "per share, were issued and outstanding.", {"total": 296627443}),
    ("As of April 24, 2026, there were 296,627,443 ordinary shares outstanding.",
     {"total": 296627443}),
    ("As of April 24, 2026, there were 50,000,000 Class A ordinary shares and 10,000,000 Class B "
     "ordinary shares outstanding.", {"Class A": 50000000, "Class B": 10000000,
                                      "total": 60000000}),
])
def test_ordinary_shares(sentence, expected):
    assert _read(_cover(sentence)) == expected


def test_lower_case_class_names():
    doc = _cover("As of May 1, 2026, there were 1,500,000 shares of class A common stock and "
                 "250,000 shares of class B common stock outstanding.")
    assert _read(doc) == {"Class A": 1500000, "Class B": 250000, "total": 1750000}


@pytest.mark.parametrize("sentence,expected", [
    ("As of October 31, 2026, 114,103,292 and 35,897,231 shares of Class A and Class B common "
     "stock were outstanding, respectively.",
     {"Class A": 114103292, "Class B": 35897231, "total": 150000523}),
    ("As of October 31, 2026, 1,000,000, 200,000 and 30,000 shares of class A, class B and "
     "class C common stock were outstanding, respectively.",
     {"Class A": 1000000, "Class B": 200000, "Class C": 30000, "total": 1230000}),
    # lists of unequal length: nothing rather than a guess
    ("As of October 31, 2026, 114,103,292 and 35,897,231 shares of Class A, Class B and Class C "
     "common stock were outstanding, respectively.", {}),
])
def test_counts_paired_by_respectively(sentence, expected):
    assert _read(_cover(sentence)) == expected


@pytest.mark.parametrize("sentence,expected", [
    # the count, then the market value in the same sentence: never the market value
    ("As of February 1, 2026, there were 12,345,678 shares of common stock outstanding, and the "
     "aggregate market value of the common stock held by non-affiliates was $1,234,567,890.",
     {"total": 12345678}),
    ("As of February 1, 2026, there were 12,345,678 shares of common stock outstanding; the "
     "aggregate market value of the 10,000,000 shares held by non-affiliates was 1,234,567,890.",
     {"total": 12345678}),
    # the non-affiliates' count after the market value stays unread
    ("The aggregate market value held by non-affiliates was $5.9 billion based on 300,000,000 "
     "shares outstanding as of June 30, 2025.", {}),
])
def test_count_then_market_value(sentence, expected):
    assert _read(_cover(sentence)) == expected


def test_total_only_when_every_class_is_counted():
    # Class B's count is stated in a form not read: Class A alone is no total
    doc = _cover("As of May 1, 2026, there were 1,500,000 shares of Class A common stock and "
                 "a further two hundred thousand shares of Class B common stock outstanding.")
    assert _read(doc) == {"Class A": 1500000}
    # a cover naming only its one class: that class is the total
    doc = _cover("As of May 1, 2026, there were 1,500,000 shares of Class A common stock "
                 "outstanding.")
    assert _read(doc) == {"Class A": 1500000, "total": 1500000}


def test_units_of_series_are_not_shares():
    doc = _cover("As of September 30, 2026, the Company had 8,805 Series A, 3,334 Series B and "
                 "1,000 Series C Membership Units outstanding.")
    assert _read(doc) == {}


def test_held_aside_shares_are_not_counted():
    doc = _cover("The number of shares outstanding of each of the registrant's classes of common "
                 "stock, as of January 31, 2026:",
                 "366,460,780 (excluding 20,579,088 shares held by the registrant's consolidated "
                 "subsidiaries).")
    assert _read(doc) == {"total": 366460780}


@pytest.mark.parametrize("sentence", [
    # the aside after a comma, not in a parenthesis: the treasury count stood as a second total
    "As of March 1, 2026, the registrant had outstanding 123,456,789 shares of Common Stock, "
    "excluding 5,000,000 shares held in treasury.",
    "As of March 1, 2026, there were 123,456,789 shares of common stock outstanding, including "
    "2,000,000 shares of unvested restricted stock.",
    "As of March 1, 2026, 123,456,789 shares of common stock were outstanding, net of 5,000,000 "
    "treasury shares.",
    # shares the company holds are not outstanding, wherever the sentence names them
    "As of March 1, 2026, 123,456,789 shares of common stock were outstanding and 5,000,000 "
    "shares were held in treasury.",
])
def test_treasury_and_included_shares_are_no_second_total(sentence):
    assert _read(_cover(sentence)) == {"total": 123456789}


# Real covers with no inline XBRL, each count checked by hand against the printed cover.
PRINTED = {
    "dev/10-Q_GPRO_0001500435-18-000049.html":  # "N and M shares of Class A and Class B ...
        (date(2018, 10, 31), {"Class A": 114103292, "Class B": 35897231,  # respectively"
                              "total": 150000523}),
    "dev/10-K_GPRO_0001500435-19-000013.html":
        (date(2019, 1, 31), {"Class A": 114352049, "Class B": 35897231, "total": 150249280}),
    "dev/10-Q_STX_0001193125-17-148855.html":  # "N of the registrant's ordinary shares"
        (date(2017, 4, 24), {"total": 296627443}),
    "dev/10-K_DELL_0000950134-06-005149.html":  # market value, then "outstanding as of D N"
        (date(2006, 3, 3), {"total": 2306994456}),
    "dev/10-K_VMC_0001193125-13-084128.html":  # "$ 5,118,918,572 Number of shares ...: N"
        (date(2013, 2, 14), {"total": 129872017}),
    "dev/10-K_NSC_0000702165-09-000050.html":  # "...: N (excluding M shares held by ...)"
        (date(2009, 1, 31), {"total": 366460780}),
    "dev/10-K_MRX_0000950153-99-001234.html":  # "September 9,1999"
        (date(1999, 9, 9), {"Class A": 28370478, "Class B": 422962, "total": 28793440}),
    "dev/10-K_CIK1424844_0000922907-08-000774.html": (None, {}),  # Series A/B/C units
    "dev/10-K_GS_0000950123-03-002099.html":  # "Index-Linked Notes" listed above the count
        (date(2003, 1, 31), {"total": 471946312}),
}


@pytest.mark.parametrize("relative", sorted(PRINTED))
def test_printed_covers(relative):
    as_of, expected = PRINTED[relative]
    path = corpus_file(relative)
    doc = parse_document(path.read_bytes(), name=path.name)
    facts = extract_cover_shares(doc)
    assert {f.entity: f.value for f in facts} == expected
    assert all(f.period_end == as_of and not f.is_conflict for f in facts)


def _table(*rows: tuple[str, str]):
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    return parse_document(COVER_HEAD + f"<table>{cells}</table><p>TABLE OF CONTENTS</p>",
                          name="c.htm")


def test_cover_tables_with_lower_case_classes_and_ordinary_shares():
    doc = _table(("Class", "Outstanding as of May 1, 2026"),
                 ("class A common stock", "1,500,000"), ("class B common stock", "250,000"))
    facts = extract_cover_shares(doc)
    assert {f.entity: f.value for f in facts} == {"Class A": 1500000, "Class B": 250000,
                                                  "total": 1750000}
    assert {f.period_end for f in facts} == {date(2026, 5, 1)}
    doc = _table(("Class", "Outstanding as of May 1, 2026"),
                 ("Ordinary shares, $0.01 par value", "1,500,000"))
    assert _read(doc) == {"total": 1500000}
