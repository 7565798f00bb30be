"""Counts and key metrics (registry rows of statement "kpi", unit "count"): read from the real
filings' key-metrics tables at the scale their captions give counts, and searched when an
article quotes them. Article sentences here are the project's own paraphrases."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

from core.verdicts import Article
from extractors.dispatch import extract_document
from extractors.kpi import count_scale
from pipeline.verify.claims import extract_claims


def _facts(corpus_dir, name: str, metric: str) -> dict:
    content = (corpus_dir / "dev" / name).read_bytes()
    return {(f.period_start, f.period_end): f.value
            for f in extract_document(content, document=name)
            if f.metric == metric and f.entity is None}  # the company's own figures


def test_paid_memberships_are_read_in_thousands_at_the_years_end(corpus_dir):
    # Netflix's 10-K FY2024: "(in thousands, except revenue per membership and percentages)"
    found = _facts(corpus_dir, "10-K_NFLX_2024-12-31.html", "paid_memberships")
    assert found[(None, date(2024, 12, 31))] == Decimal(301626000)
    assert found[(None, date(2023, 12, 31))] == Decimal(260276000)
    # the regions' tables (no region named inside them) state no company figure
    assert set(found.values()) <= {Decimal(301626000), Decimal(260276000), Decimal(230747000)}


def test_a_sentence_before_the_table_may_state_the_counts_scale(corpus_dir):
    # Costco's 10-K FY2022: "Our membership was made up of the following (in thousands):"
    found = _facts(corpus_dir, "10-K_COST_0000909832-22-000021.html", "paid_memberships")
    assert found[(None, date(2022, 8, 28))] == Decimal(65800000)


def test_customer_counts_in_full_and_the_quarters_expansion_rate(corpus_dir):
    # Twilio's 10-K FY2018: "(In thousands, except share, per share and customer data)" and
    # "(Unaudited, dollars in thousands)" leave the counts in full
    name = "10-K_TWLO_0001047469-19-000807.html"
    accounts = _facts(corpus_dir, name, "active_customer_accounts")
    assert accounts[(None, date(2018, 12, 31))] == Decimal(64286)
    assert accounts[(None, date(2017, 12, 31))] == Decimal(48979)
    assert accounts[(None, date(2018, 9, 30))] == Decimal(61153)
    rates = _facts(corpus_dir, name, "net_expansion_rate")
    assert rates[(date(2018, 10, 1), date(2018, 12, 31))] == Decimal(147)
    assert rates[(date(2018, 1, 1), date(2018, 12, 31))] == Decimal(140)


def test_units_shipped_over_the_quarter(corpus_dir):
    # GoPro's 10-Q Q3 2018: "(units and dollars in thousands, except per share amounts)"
    units = _facts(corpus_dir, "10-Q_GPRO_0001500435-18-000049.html", "units_shipped")
    assert units[(date(2018, 7, 1), date(2018, 9, 30))] == Decimal(1095000)
    assert units[(date(2017, 7, 1), date(2017, 9, 30))] == Decimal(1144000)


def test_count_scale_follows_what_the_caption_says_of_counts():
    assert count_scale(["(in thousands, except revenue per membership and percentages)"], "") == 3
    assert count_scale(["(camera units and dollars in thousands)"], "") == 3
    assert count_scale(["(In thousands, except share, per share and customer data)"], "") == 0
    assert count_scale(["(Unaudited, dollars in thousands)"], "") == 0
    assert count_scale([], "Paid subscribers (in millions)") == 6
    assert count_scale([], "Stores") == 0


def _claims(text: str):
    return extract_claims(Article("t", text, hashlib.sha256(text.encode()).hexdigest()))


def test_a_count_is_searched_and_a_net_addition_is_its_change():
    # paraphrase: a recap of a software company's year
    claims = {c.text: c for c in _claims(
        "As of December 31, 2018, active customer accounts rose 31% to 64,286 accounts over "
        "48,797 accounts a year before. The company added 3,100 active customers in the "
        "quarter.")}
    level, base = claims["64,286"], claims["48,797"]
    assert (level.unit, level.metric, level.period_end) == (
        "count", "active_customer_accounts", date(2018, 12, 31))
    assert (base.metric, base.period_end, base.qualifier) == (
        "active_customer_accounts", date(2017, 12, 31), None)
    assert claims["31%"].basis == "active_customer_accounts"
    added = claims["3,100"]  # a change of the count, never the count itself
    assert (added.unit, added.metric, added.basis, added.tolerance) == (
        "count", "count_change", "active_customer_accounts", Decimal(50))


def test_a_counts_trailing_zeros_are_its_rounding():
    claims = {c.text: c for c in _claims("The company ended 2018 with 64,300 customer accounts.")}
    assert claims["64,300"].tolerance == Decimal(50)


def test_a_banks_stated_margin_and_average_balances(corpus_dir):
    # U.S. Bancorp's Q4 2021 release: "Net interest margin (%)", "Average total loans" and
    # "Average total deposits" ($ in millions) in its summary, "Earning assets" under
    # "Average balances" in its net-interest-income table
    name = "EX-99.1_USB_2021-12-31.html"
    q4_21, q3_21 = (date(2021, 10, 1), date(2021, 12, 31)), (date(2021, 7, 1), date(2021, 9, 30))
    assert _facts(corpus_dir, name, "net_interest_margin")[q3_21] == Decimal("2.53")
    assert _facts(corpus_dir, name, "average_loans")[q4_21] == Decimal(302755000000)
    assert _facts(corpus_dir, name, "average_deposits")[q4_21] == Decimal(449838000000)
    year = (date(2021, 1, 1), date(2021, 12, 31))
    assert _facts(corpus_dir, name, "average_earning_assets")[year] == Decimal(506141000000)


def test_a_difference_in_words_and_the_rate_in_its_parenthesis():
    # paraphrase of a bank recap: the amount is a difference (never the average itself), the
    # rate in parentheses the growth of what the sentence names
    claims = {c.text: c for c in _claims(
        "Average total deposits for the fourth quarter of 2021 were $27.4 billion (6.5 percent) "
        "higher than the fourth quarter of 2020.")}
    assert claims["$27.4 billion"].metric == "difference"  # of the average, between quarters
    assert claims["$27.4 billion"].basis == "average_deposits"
    growth = claims["(6.5 percent"]
    assert growth.basis == "average_deposits" and growth.metric is not None


def test_a_change_in_points_whose_base_is_the_previous_quarters():
    # paraphrase: the quarter's words come after the base ("from 2.53 percent on a linked
    # quarter basis"): not a change over a year, and the base is the third quarter's rate
    claims = {c.text: c for c in _claims(
        "In the fourth quarter of 2021 the net interest margin declined 13 basis points from "
        "2.53 percent on a linked quarter basis.")}
    change, base = claims["13 basis points"], claims["2.53 percent"]
    assert change.metric == "rate_change" and change.period_end == date(2021, 12, 31)
    assert base.metric == "net_interest_margin" and base.period_end == date(2021, 9, 30)


def test_a_total_under_the_tables_title_is_the_companys(corpus_dir):
    # Union Pacific's 10-Q Q2 2025: "Revenue carloads" beside "Three months ended June 30,",
    # its groups as rows and the company's "Total" (thousands)
    carloads = _facts(corpus_dir, "10-Q_UNP_2025-06-30.html", "carloads")
    assert carloads[(date(2025, 4, 1), date(2025, 6, 30))] == Decimal(2114000)
    assert carloads[(date(2024, 1, 1), date(2024, 6, 30))] == Decimal(4004000)
    assert Decimal(205000) not in carloads.values()  # a group's row is no company figure


def test_a_count_tables_groups_are_parts_where_they_add_up(corpus_dir):
    # the same table: four groups sum to "Bulk" (no "Total" in its label), Bulk, Industrial and
    # Premium to the company's "Total"; each row is a part of the count, "[a]" no part of a name
    name = "10-Q_UNP_2025-06-30.html"
    content = (corpus_dir / "dev" / name).read_bytes()
    parts = {(f.entity, f.period_start): f.value for f in extract_document(content, document=name)
             if f.metric == "carloads" and f.entity is not None}
    q2 = date(2025, 4, 1)
    assert parts[("Coal & renewables", q2)] == Decimal(205000)
    assert parts[("Coal & renewables", date(2024, 4, 1))] == Decimal(158000)
    assert parts[("Bulk", q2)] == Decimal(519000)
    assert parts[("Intermodal", q2)] == Decimal(817000)
    assert ("Total", q2) not in parts


def test_the_growth_of_a_group_in_parentheses_is_that_parts(corpus_dir):
    # paraphrase of a 10-Q recap: the rate in parentheses after a part's name is that part's
    # growth of what the sentence's first rate is about
    claims = {c.text: c for c in _claims(
        "Revenue carloads increased by 4% in the second quarter of 2025 compared to 2024, with "
        "growth in coal and renewables (30% increase) and grain and grain products (8% increase).")}
    coal, grain = claims["(30%"], claims["(8%"]
    assert (coal.metric, coal.basis, coal.entity) == (
        "revenue_growth", "carloads", "coal and renewables")
    assert (grain.basis, grain.entity) == ("carloads", "grain and grain products")


def test_a_count_the_sentence_before_a_table_totals_is_read_by_part(corpus_dir):
    # Costco's FY2022 10-K: "At August 28, 2022, we operated 838 membership warehouses:" above
    # a table by region whose "Total" row and column state 838
    name = "10-K_COST_0000909832-22-000021.html"
    content = (corpus_dir / "dev" / name).read_bytes()
    stores = {f.entity: f for f in extract_document(content, document=name)
              if f.metric == "stores"}
    assert stores[None].value == Decimal(838) and stores[None].period_end == date(2022, 8, 28)
    assert stores["United States and Puerto Rico"].value == Decimal(578)
    assert stores["Canada"].value == Decimal(107)
    assert stores["Other International"].period_end == date(2022, 8, 28)


def test_a_list_of_counts_by_place_is_each_places():
    # paraphrase of a retail recap: the list's bare numbers count what the first one counts,
    # each of its place; a count "in Japan" is never the company's
    claims = {c.text: c for c in _claims(
        "At the end of fiscal 2022 the chain operated 838 warehouses, including 578 in the US "
        "and Puerto Rico, 107 in Canada and 40 in Mexico. It owned 31 warehouses in Japan.")}
    assert (claims["838"].metric, claims["838"].entity) == ("stores", None)
    assert (claims["578"].metric, claims["578"].unit, claims["578"].entity) == (
        "stores", "count", "US and Puerto Rico")
    assert claims["107"].entity == "Canada" and claims["40"].entity == "Mexico"
    assert claims["31"].entity == "Japan"


def test_a_homebuilders_deliveries_and_orders_under_their_section(corpus_dir):
    # Standard Pacific's FY2011 10-K: "Consolidated total" under "New homes delivered:" and
    # "Net new orders (2):", never the "Total (including joint ventures)" below it
    name = "10-K_SPF_0000878560-12-000008.html"
    y2011, y2010 = (date(2011, 1, 1), date(2011, 12, 31)), (date(2010, 1, 1), date(2010, 12, 31))
    delivered = _facts(corpus_dir, name, "homes_delivered")
    assert delivered[y2011] == 2528 and delivered[y2010] == 2646
    assert _facts(corpus_dir, name, "net_new_orders")[y2011] == 2795
    # paraphrase of a homebuilder's release: counts named before ("orders of") or after
    claims = {c.text: c for c in _claims(
        "For fiscal 2011: net new orders of 2,800, up 12%, and 2,530 new home deliveries, "
        "down 5% from 2,650 homes.")}
    assert (claims["2,800"].unit, claims["2,800"].metric) == ("count", "net_new_orders")
    assert claims["2,530"].metric == "homes_delivered"
    assert claims["2,650"].unit == "count"
