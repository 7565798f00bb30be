"""Views and read queries: latest-filed values, restatement history, series, previous verdicts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import warehouse.load as load
import warehouse.runs as runs
from core.facts import Fact
from core.verdicts import Article
from tests.test_warehouse import (
    CIK,
    PRIMARY,
    make_document,
    make_fact,
    make_filing,
    make_verification,
)
from warehouse.queries import (
    select_fact_history,
    select_previous_verifications,
    select_series,
)

S1A = "0001628280-26-000001"
PROSPECTUS = "0001628280-26-000002"
TEN_Q = "0001628280-26-000003"


def load_one(conn, accession: str, form: str, filed: date, facts: list[Fact]) -> None:
    run_id = runs.start_run(conn, "ingest", {})
    load.load_filing(
        conn, make_filing(accession, form=form, filed=filed), [make_document(accession)],
        [(PRIMARY, fact) for fact in facts], run_id,
    )  # fmt: skip


def shares(value: str) -> Fact:
    return make_fact("shares_outstanding", value, unit="shares", period_start=None,
                     period_end=date(2026, 3, 31), entity="total")  # fmt: skip


def quarter_revenue(value: str, start: date, end: date) -> Fact:
    return make_fact("revenue", value, period_start=start, period_end=end)


def test_timeseries_takes_the_later_filing_and_history_keeps_both(db):
    # Loaded newest first, so the answer cannot come from load order.
    load_one(db, TEN_Q, "10-Q", date(2026, 8, 12), [shares("237564041")])
    load_one(db, S1A, "S-1/A", date(2026, 5, 4), [shares("212965381")])
    latest = db.execute(
        "SELECT value, accession, form FROM timeseries WHERE metric = 'shares_outstanding'"
    ).fetchall()
    assert latest == [(Decimal("237564041"), TEN_Q, "10-Q")]

    history = select_fact_history(db, CIK, "shares_outstanding")
    assert list(history["accession"]) == [S1A, TEN_Q]
    assert list(history["value"]) == [Decimal("212965381"), Decimal("237564041")]
    assert list(history["is_restated"]) == [False, True]
    assert list(history["is_superseded"]) == [True, False]
    assert history["previous_value"].iloc[1] == Decimal("212965381")


def test_unchanged_value_is_neither_restated_nor_superseded(db):
    load_one(db, S1A, "S-1/A", date(2026, 5, 4), [make_fact("revenue", "510000000")])
    load_one(db, TEN_Q, "10-Q", date(2026, 8, 12), [make_fact("revenue", "510.0E6")])
    history = select_fact_history(db, CIK, "revenue")
    assert list(history["is_restated"]) == [False, False]
    assert list(history["is_superseded"]) == [False, False]
    assert len(db.execute("SELECT * FROM timeseries").fetchall()) == 1


def test_same_value_in_two_documents_of_one_filing_is_one_history_row(db):
    run_id = runs.start_run(db, "ingest", {})
    fact = make_fact("revenue", "510000000")
    load.load_filing(
        db, make_filing(S1A), [make_document(S1A), make_document(S1A, "ex99-1.htm")],
        [(PRIMARY, fact), ("ex99-1.htm", fact)], run_id,
    )  # fmt: skip
    assert db.execute("SELECT count(*) FROM facts").fetchone()[0] == 2
    assert len(select_fact_history(db, CIK, "revenue")) == 1


def test_timeseries_prefers_the_uncontested_reading_within_a_filing(db):
    contested = make_fact("revenue", "500000000", is_conflict=True)
    agreed = make_fact("revenue", "510000000", entity=None)
    other_doc_contested = make_fact("revenue", "520000000", is_conflict=True)
    run_id = runs.start_run(db, "ingest", {})
    load.load_filing(
        db, make_filing(S1A), [make_document(S1A), make_document(S1A, "ex99-1.htm")],
        [(PRIMARY, contested), ("ex99-1.htm", agreed), (PRIMARY, other_doc_contested)], run_id,
    )  # fmt: skip
    assert db.execute("SELECT value, is_conflict FROM timeseries").fetchall() == [
        (Decimal("510000000"), False)
    ]


def test_series_keeps_quarters_only_when_asked(db):
    facts = [
        quarter_revenue("100", date(2025, 1, 1), date(2025, 3, 31)),
        quarter_revenue("350", date(2025, 1, 1), date(2025, 6, 30)),  # six months
        quarter_revenue("250", date(2025, 4, 1), date(2025, 6, 30)),
        quarter_revenue("900", date(2025, 1, 1), date(2025, 12, 31)),
    ]
    load_one(db, TEN_Q, "10-Q", date(2026, 8, 12), facts)
    every = select_series(db, CIK, "revenue")
    assert list(every["value"]) == [Decimal("100"), Decimal("350"), Decimal("250"),
                                    Decimal("900")]  # fmt: skip
    quarters = select_series(db, CIK, "revenue", quarterly=True)
    assert list(quarters["value"]) == [Decimal("100"), Decimal("250")]
    assert list(quarters["period_days"]) == [89, 90]
    assert all(isinstance(v, Decimal) for v in every["value"])


def test_series_keeps_stated_precision_and_instants(db):
    load_one(db, S1A, "S-1/A", date(2026, 5, 4), [
        make_fact("customer_concentration", "62.0", unit="percent", entity="MBZUAI",
                  basis="revenue"),
        shares("212965381"),
    ])  # fmt: skip
    series = select_series(db, CIK, "customer_concentration")
    assert [str(v) for v in series["value"]] == ["62.0"]
    assert len(select_series(db, CIK, "shares_outstanding", quarterly=True)) == 1
    assert select_series(db, CIK, "net_income").empty


def test_previous_verifications_come_from_the_latest_earlier_run(db):
    article = Article(name="a.txt", text="...", sha256="ab" * 32)
    first = runs.start_run(db, "verify", {})
    load.save_verifications(
        db, first, article, CIK, [make_verification("c1", "supported", "212965381", "212965381")]
    )
    second = runs.start_run(db, "verify", {})
    load.save_verifications(
        db, second, article, CIK, [make_verification("c1", "stale", "212965381", "212965381")]
    )
    third = runs.start_run(db, "verify", {})

    [before_third] = select_previous_verifications(db, article.sha256, before_run_id=third)
    assert (before_third["run_id"], before_third["verdict"]) == (second, "stale")
    [before_second] = select_previous_verifications(db, article.sha256, before_run_id=second)
    assert (before_second["run_id"], before_second["verdict"]) == (first, "supported")
    assert before_second["value"] == Decimal("212965381")
    assert before_second["evidence"][0]["accession"] == make_filing().accession
    assert select_previous_verifications(db, article.sha256, before_run_id=first) == []
    assert select_previous_verifications(db, "00" * 32) == []
