"""Claim extraction: units, precision, metric, period, entity, citations, not_checkable."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.errors import ParsingError, ValidationError
from core.verdicts import Article
from pipeline.verify.article import article_from_bytes, read_article
from pipeline.verify.claims import extract_claims
from pipeline.verify.claims_units import find_figures


def article(text: str) -> Article:
    return Article("t", text, hashlib.sha256(text.encode()).hexdigest())


def claims_of(text: str) -> dict:
    return {c.text: c for c in extract_claims(article(text)) if c.value is not None}


@pytest.mark.parametrize("text, value, unit, tolerance", [
    ("$510.0 million", "510000000", "USD", "50000"),
    ("$25.6 billion", "25600000000", "USD", "50000000"),
    ("42%", "42", "percent", "0.5"),
    ("62.0%", "62.0", "percent", "0.05"),
    ("212,965,381 shares", "212965381", "shares", "0"),
    ("$(75.7) million", "-75700000", "USD", "50000"),
    ("50x", "50", "multiple", "0.5"),
    ("50 times", "50", "multiple", "0.5"),
    ("$185.00 per share", "185.00", "USD/share", "0.005"),
    ("$1.2B", "1200000000", "USD", "50000000"),
])
def test_figure_value_unit_and_precision(text, value, unit, tolerance):
    (figure,) = find_figures(text)
    assert (figure.value, figure.unit, figure.tolerance) == (
        Decimal(value), unit, Decimal(tolerance))
    assert figure.text == text


def test_a_signed_or_approximate_percentage_is_quoted_with_its_sign():
    # "UP +28% YoY", "~8.5%" in a list: the figure as written; the tilde still reads 'about'
    up, about = find_figures("Cash flow: UP +28% YoY; growth: ~8.5%")
    assert (up.text, up.value, up.negative) == ("+28%", Decimal("28"), False)
    assert (about.text, about.value, about.qualifier) == ("~8.5%", Decimal("8.5"), "about")
    # glued to a word on its left it is no sign of the figure's
    assert find_figures("a1+5%")[0].text == "5%"


def test_a_digit_glued_to_a_letter_of_another_script_is_no_figure():
    # an emoji bullet decoded in a Thai code page, its Thai zero made ASCII by normalise
    assert [f.text for f in find_figures("0\u0e19 Revenue: $9.5B")] == ["$9.5B"]


def test_names_and_years_are_not_figures():
    assert find_figures("the S-1/A, the 10-Q, the 424B4, CS-3, B200, FY2025 and 2024") == []


def test_ranges_share_their_unit_and_scale():
    low, high = find_figures("$40–50 billion")
    assert (low.value, high.value) == (Decimal("40000000000"), Decimal("50000000000"))
    low, high = find_figures("between $5.00 and $6.00 per share")
    assert low.unit == high.unit == "USD/share" and low.range_role == "low"


def test_two_revenue_claims_with_their_years_and_citation():
    text = ("This draft uses the company's May 4, 2026 S-1/A.\n\nAccording to the S-1/A, revenue "
            "rose from $290.3 million in 2024 to $510.0 million in 2025.")
    found = claims_of(text)
    first, second = found["$290.3 million"], found["$510.0 million"]
    assert (first.metric, first.period_label) == ("revenue", "FY2024")
    assert (second.metric, second.period_label) == ("revenue", "FY2025")
    assert second.cited_form == "S-1/A" and second.cited_date == date(2026, 5, 4)


def test_gaap_and_non_gaap_net_income_and_loss_sign():
    found = claims_of("The company reported 2025 GAAP net income of $237.8 million, while "
                      "non-GAAP net loss was $75.7 million.")
    assert found["$237.8 million"].metric == "net_income"
    loss = found["$75.7 million"]
    assert (loss.metric, loss.value, loss.period_label) == (
        "net_income_non_gaap", Decimal("-75700000"), "FY2025")


def test_concentration_with_named_customers():
    found = claims_of("The filing says MBZUAI accounted for 62.0% of 2025 revenue and G42 "
                      "accounted for 24.0%.")
    assert (found["62.0%"].metric, found["62.0%"].entity) == ("customer_concentration", "MBZUAI")
    assert found["24.0%"].entity == "G42" and found["24.0%"].period_label == "FY2025"
    found = claims_of("Customer A accounted for 23% of accounts receivable.")
    assert (found["23%"].entity, found["23%"].basis) == ("Customer A", "accounts_receivable")


def test_offering_figures():
    found = claims_of("The expected IPO range is $115 to $125 per share. At the $120 midpoint and "
                      "212,965,381 shares outstanding after the offering, market capitalization "
                      "would be roughly $25.6 billion. Against 2025 revenue of $510.0 million, "
                      "that implies about 50 times sales.")
    assert found["$115"].metric == "price_range_low"
    assert found["$125 per share"].metric == "price_range_high"
    assert found["$120"].metric == "price_range_midpoint"
    assert found["212,965,381 shares"].metric == "shares_outstanding_after_offering"
    assert found["$25.6 billion"].metric == "market_cap"
    assert found["$25.6 billion"].qualifier == "about"
    assert found["50 times"].metric == "price_to_sales"


def test_quarter_and_instant_periods():
    found = claims_of("Revenue was $180.1 million for the three months ended June 30, 2026. As of "
                      "August 5, 2026, 237,564,041 shares were outstanding.")
    quarter = found["$180.1 million"]
    assert (quarter.period_start, quarter.period_end) == (date(2026, 4, 1), date(2026, 6, 30))
    assert found["237,564,041 shares"].period_label == "as of 2026-08-05"


def test_not_checkable_figures_keep_a_reason():
    found = {c.text: c for c in extract_claims(article(
        "- Walk-away condition: market capitalization moves toward $40–50 billion.\n"
        "- The prospectus runs to a 300-page document filed May 4, 2026."))}
    threshold = found["$40–50 billion"]
    assert threshold.not_checkable_reason and "threshold" in threshold.not_checkable_reason
    assert (threshold.low, threshold.high) == (Decimal("4E10"), Decimal("5E10"))
    assert "page" in found["300"].not_checkable_reason
    assert "date" in found["May 4, 2026"].not_checkable_reason


def test_claim_ids_are_deterministic_and_unique():
    text = "Revenue was $1.0 million in 2024 and $2.0 million in 2025."
    first, second = extract_claims(article(text)), extract_claims(article(text))
    assert [c.claim_id for c in first] == [c.claim_id for c in second]
    assert len({c.claim_id for c in first}) == len(first)


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=0, max_value=3))
def test_precision_is_half_the_last_digit(units, places):
    number = Decimal(units).scaleb(-places)
    (figure,) = find_figures(f"${number} million")
    assert figure.value == number * 1000000
    assert figure.tolerance == Decimal(5).scaleb(-places - 1) * 1000000


def test_broken_article_files_raise_clear_errors(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="empty"):
        read_article(empty)
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    with pytest.raises(ParsingError, match="binary"):
        read_article(binary)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("revenue of \u00a35 million caf\u00e9".encode("latin-1"))
    with pytest.raises(ParsingError, match="UTF-8"):
        read_article(latin)


def test_html_is_reduced_to_main_text():
    html = (b"<html><body><nav>Menu 2024 $9.9 million</nav><article><p>Revenue was $510.0 "
            b"million in 2025, the filing shows, and that is the main point of this story.</p>"
            b"</article></body></html>")
    text = article_from_bytes(html, name="a.html", is_html=True).text
    assert "$510.0 million" in text and "Menu" not in text


def test_url_article_is_fetched_politely(tmp_path):
    import http.server
    import threading
    from functools import partial

    from pipeline.config import Settings

    (tmp_path / "a.txt").write_text("Revenue was $510.0 million in 2025.", encoding="utf-8")
    seen = {}

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            seen["agent"] = self.headers.get("User-Agent")
            super().do_GET()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             partial(Handler, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/a.txt"
        settings = Settings(user_agent="Jane Doe jane@newsroom.org", timeout_s=5,
                            allow_private_urls=True)  # the test server is on 127.0.0.1
        found = read_article(url, settings)
    finally:
        server.shutdown()
    # the SEC identity (a person's name and email) is for EDGAR only, never another site
    assert "$510.0 million" in found.text and "jane@newsroom.org" not in seen["agent"]


@pytest.mark.parametrize("text, written, low, high", [
    ("The threshold is $40–50 billion.", "$40–50 billion", "4E10", "5E10"),
    ("The threshold is $40-50 billion.", "$40-50 billion", "4E10", "5E10"),
    ("The threshold is $40 billion to $50 billion.", "$40 billion to $50 billion", "4E10", "5E10"),
    ("Revenue was between $5 and $6 million in 2025.", "$5 and $6 million", "5E6", "6E6"),
    ("Margins ran 20% to 25% in 2025.", "20% to 25%", "20", "25"),
])
def test_a_range_is_one_claim(text, written, low, high):
    (claim,) = [c for c in extract_claims(article(text)) if c.value is not None]
    assert claim.text == written
    assert (claim.low, claim.high) == (Decimal(low), Decimal(high))


def test_a_per_share_price_range_stays_two_claims_with_the_scale_on_both():
    found = claims_of("The company is marketing its shares at $115 to $125 each.")
    assert found["$115"].metric == "price_range_low" and found["$115"].low is None
    assert found["$125 each"].metric == "price_range_high"


# --- accounting parentheses in a release's prose -------------------------------------------------

@pytest.mark.parametrize("text, figure, value", [
    ("GAAP operating loss was ($24.6) million, compared to ($23.9) million.", "($24.6) million",
     Decimal("-24600000")),
    ("Net loss was ($3.3) million, or ($0.06) per diluted share.", "($0.06) per diluted share",
     Decimal("-0.06")),
    ("GAAP operating margin was (3.2%), compared to (3.8%) a year earlier.", "(3.8%)",
     Decimal("-3.8")),
])
def test_a_parenthesis_hugging_the_number_is_a_negative_with_its_scale(text, figure, value):
    found = {f.text: f for f in find_figures(text)}
    assert found[figure].value == value


def test_a_parenthesised_rate_after_another_figure_is_an_aside():
    found = {f.text: f for f in find_figures("Revenue of $5 billion (3.2%) came from services.")}
    assert found["(3.2%"].value == Decimal("3.2")


def test_a_base_dated_after_its_per_share_words_leaves_the_sentence_on_the_period_in_force():
    # "per basic and diluted share in <quarter>": the per-share words are the base figure's, so
    # the quarter dates the comparison's base, not the whole sentence
    found = claims_of("The firm reports its second quarter 2025 results.\n\nNet loss was ($2.1) "
                      "million, or ($0.04) per basic and diluted share, compared to net loss of "
                      "($9.8) million, or ($0.19) per basic and diluted share in Q2'24.")
    assert [found[k].period_label for k in ("($2.1) million", "($0.04)", "($9.8) million",
                                            "($0.19)")] == ["Q2 2025", "Q2 2025", "Q2 2024",
                                                            "Q2 2024"]
