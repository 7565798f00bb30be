"""The verification report: model, HTML (escaping, structure), Markdown, JSON against its schema.

The Cerebras verifications here are hand-built from the figures Cerebras's filings report (see
../shared/cerebras/FACTS.md); the article is the project's own short text, not the research
article. ``demo_report`` is reused by the browser test.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime
from decimal import Decimal as D
from pathlib import Path

import jsonschema
import lxml.html
import pytest

from core.verdicts import Article, Claim, Evidence, Verification
from pipeline.report import build_report, compute_changes, render, write_report
from pipeline.report.formatting import format_delta, format_value, plain_decimal, short_value
from pipeline.report.model import split_sentence
from warehouse.records import FilingRecord

CIK = 2021728
FIXTURE_ROOT = Path(__file__).resolve().parent.parent / "fixtures"
S1A = ("0001628280-26-029503", "S-1/A", date(2026, 5, 4), "cerebras-sx1amay2026.htm")
B424 = ("0001628280-26-035214", "424B4", date(2026, 5, 14), "cerebras-424b4.htm")
Q2 = ("0001628280-26-056357", "10-Q", date(2026, 8, 12), "cbrs-20260630.htm")
Q1 = ("0001628280-26-044981", "10-Q", date(2026, 6, 24), "cbrs-20260331.htm")

DEMO_TEXT = (
    "Cerebras at the IPO window\n\n"
    "According to the May 4, 2026 S-1/A, revenue rose to $510.0 million in 2025. "
    "Gross margin was 39% in 2025. "
    "MBZUAI accounted for 62.0% of 2025 revenue. "
    "The expected IPO range is $115 to $125 per share. "
    "Non-GAAP net loss was $75.9 million. "
    "There will be 212,965,381 shares outstanding after the offering. "
    "Revenue could reach $1.2 billion in 2027.\n"
)


def _url(filing: tuple) -> str:
    return (f"https://www.sec.gov/Archives/edgar/data/{CIK}/{filing[0].replace('-', '')}/"
            f"{filing[3]}")


def make_article(text: str = DEMO_TEXT, name: str = "cerebras-demo.md") -> Article:
    return Article(name=name, text=text, sha256=hashlib.sha256(text.encode()).hexdigest())


def _claim(article: Article, figure: str, value: str | None, unit: str | None, **kw) -> Claim:
    start = article.text.index(figure)
    sentence_start = max(article.text.rfind(". ", 0, start) + 2,
                         article.text.rfind("\n", 0, start) + 1)
    sentence_end = article.text.index(".", start + len(figure) - 1) + 1
    return Claim(claim_id=f"{article.sha256[:12]}-{start}", text=figure,
                 sentence=article.text[sentence_start:sentence_end],
                 span=(start, start + len(figure)),
                 value=D(value) if value is not None else None, unit=unit,
                 tolerance=kw.pop("tolerance", D("0")), **kw)


def _evidence(filing: tuple, locator: str, text: str, value: str, unit: str, metric: str,
              **kw) -> Evidence:
    return Evidence(fact_id=f"{filing[0]}:{metric}:{value}", accession=filing[0], form=filing[1],
                    filed_date=filing[2], document_url=_url(filing), locator=locator, text=text,
                    value=D(value), unit=unit, period_start=kw.pop("period_start", None),
                    period_end=kw.pop("period_end", None), metric=metric, **kw)


FY25 = {"period_start": date(2025, 1, 1), "period_end": date(2025, 12, 31)}


def demo_verifications(article: Article) -> list[Verification]:
    a = article
    revenue = _evidence(S1A, 'table 14, row "Revenue", column "2025"', "509,991", "509991000",
                        "USD", "revenue", **FY25)
    gross = _evidence(S1A, 'table 14, row "Gross profit", column "2025"', "199,071", "199071000",
                      "USD", "gross_profit", **FY25)
    mbzuai = _evidence(S1A, "chars 48120-48391",
                       "in the year ended December 31, 2025, Mohamed bin Zayed University of "
                       "Artificial Intelligence (\u201cMBZUAI\u201d) accounted for 62.0% of our "
                       "total revenue", "62.0", "percent", "customer_concentration",
                       entity="MBZUAI", **FY25)
    high = _evidence(S1A, "chars 2210-2330", "we estimate that the initial public offering price "
                     "will be between $115.00 and $125.00 per share", "125.00", "USD/share",
                     "price_range_high")
    price = _evidence(B424, "chars 1904-1960", "The initial public offering price is $185.00 per "
                      "share", "185.00", "USD/share", "offering_price")
    non_gaap = _evidence(S1A, 'table 21, row "Non-GAAP net loss", column "2025"', "(75,700)",
                         "-75700000", "USD", "net_income_non_gaap", **FY25)
    return [
        Verification(_claim(a, "$510.0 million", "510000000", "USD", metric="revenue",
                            period_label="2025", cited_form="S-1/A",
                            cited_date=date(2026, 5, 4), tolerance=D("50000")),
                     "supported", D("509991000"), D("9000"), (revenue,)),
        Verification(_claim(a, "39%", "39", "percent", metric="gross_margin",
                            period_label="2025", tolerance=D("0.5")),
                     "supported", D("39.03"), D("-0.03"), (gross, revenue),
                     arithmetic="199,071,000 / 509,991,000 = 39.03%"),
        Verification(_claim(a, "62.0%", "62.0", "percent", metric="customer_concentration",
                            entity="MBZUAI", period_label="2025", tolerance=D("0.05")),
                     "supported", D("62.0"), D("0.0"), (mbzuai,)),
        Verification(_claim(a, "$125", "125", "USD/share", metric="price_range_high",
                            tolerance=D("0.5")),
                     "stale", D("125.00"), D("0.00"), (high,), newer_value=D("185.00"),
                     newer_evidence=(price,)),
        Verification(_claim(a, "$75.9 million", "-75900000", "USD", metric="net_income_non_gaap",
                            period_label="2025", tolerance=D("50000")),
                     "drifted", D("-75700000"), D("-200000"), (non_gaap,)),
        Verification(_claim(a, "212,965,381 shares", "212965381", "shares",
                            metric="shares_outstanding_after_offering"),
                     "unverifiable", reason="No shares_outstanding_after_offering figure is "
                     "stored for the S-1/A (0001628280-26-029503) or the 424B4."),
        Verification(_claim(a, "$1.2 billion", "1200000000", "USD", period_label="2027",
                            not_checkable_reason="A forecast for 2027: no filing can confirm it."),
                     "not_checkable"),
    ]


def demo_filings() -> list[FilingRecord]:
    return [FilingRecord(f[0], CIK, f[1], f[2], primary_document=f[3]) for f in (S1A, B424, Q1, Q2)]


def _row(metric, start, end, value, filing, unit="USD", entity=None, basis=None):
    return {"metric": metric, "entity": entity, "basis": basis,
            "period_start": start, "period_end": end, "value": D(value), "value_text": value,
            "unit": unit, "accession": filing[0], "form": filing[1], "filed_date": filing[2]}


def demo_series() -> dict[str, list[dict]]:
    """Shaped like warehouse.queries.select_series rows (the DataFrame's records)."""
    y24, y25 = (date(2024, 1, 1), date(2024, 12, 31)), (date(2025, 1, 1), date(2025, 12, 31))
    quarters = [((date(2025, 1, 1), date(2025, 3, 31)), "99512000", B424),
                ((date(2025, 4, 1), date(2025, 6, 30)), "103322000", Q2),
                ((date(2025, 7, 1), date(2025, 9, 30)), "135714000", B424),
                ((date(2025, 10, 1), date(2025, 12, 31)), "171443000", B424),
                ((date(2026, 1, 1), date(2026, 3, 31)), "193406000", Q1),
                ((date(2026, 4, 1), date(2026, 6, 30)), "180110000", Q2)]
    revenue = [_row("revenue", *y24, "290252000", B424), _row("revenue", *y25, "509991000", B424)]
    revenue += [_row("revenue", *p, v, f) for p, v, f in quarters]
    gross = [_row("gross_profit", *y24, "122738000", B424),
             _row("gross_profit", *y25, "199071000", B424),
             _row("gross_profit", date(2026, 4, 1), date(2026, 6, 30), "25559000", Q2)]
    shares = [_row("shares_outstanding", None, date(2026, 8, 5), "237564041", Q2, "shares",
                   "total"),
              _row("shares_outstanding", None, date(2026, 8, 5), "112247109", Q2, "shares",
                   "Class A")]
    after = [_row("shares_outstanding_after_offering", None, None, "212965381", S1A, "shares")]
    conc = [_row("customer_concentration", *y25, "62.0", B424, "percent", "MBZUAI", "revenue"),
            _row("customer_concentration", *y25, "24.0", B424, "percent", "G42", "revenue"),
            _row("customer_concentration", *y24, "85.0", B424, "percent", "G42", "revenue"),
            _row("customer_concentration", date(2026, 4, 1), date(2026, 6, 30), "34", Q2,
                 "percent", "MBZUAI", "revenue"),
            _row("customer_concentration", date(2026, 1, 1), date(2026, 6, 30), "49", Q2,
                 "percent", "MBZUAI", "revenue"),
            _row("customer_concentration", None, date(2025, 12, 31), "77.9", B424, "percent",
                 "MBZUAI", "accounts_receivable")]
    return {"revenue": revenue, "gross_profit": gross, "shares_outstanding": shares,
            "shares_outstanding_after_offering": after, "customer_concentration": conc}


def demo_report(article: Article | None = None, previous=None) -> dict:
    article = article or make_article()
    verifications = demo_verifications(article)
    return build_report(article, CIK, verifications, demo_filings(), demo_series(),
                        compute_changes(previous, verifications),
                        company_name="Cerebras Systems Inc.",
                        ticker="CBRS", generated_at=datetime(2026, 8, 20, 9, 0, tzinfo=UTC))


# --- formatting ------------------------------------------------------------------------------

@pytest.mark.parametrize("value,unit,expected", [
    ("509991000", "USD", "$509,991,000"), ("-75700000", "USD", "-$75,700,000"),
    ("62.0", "percent", "62.0%"), ("185", "USD/share", "$185.00"), ("1.38", "USD/share", "$1.38"),
    ("212965381", "shares", "212,965,381 shares"), ("5.1E+8", "USD", "$510,000,000"),
    ("50", "multiple", "50×"),
])
def test_format_value_is_exact(value, unit, expected):
    assert format_value(D(value), unit) == expected


def test_deltas_short_values_and_plain_decimals():
    assert format_delta(D("9000"), "USD") == "+$9,000"
    assert format_delta(D("-0.03"), "percent") == "-0.03 pts"
    assert format_delta(D("0.00"), "USD/share") == "0 (exact)"
    assert short_value(D("509991000"), "USD") == "$510.0M"
    assert short_value(D("237564041"), "shares") == "237.6M"
    assert plain_decimal(D("5.1E+8")) == "510000000"
    assert plain_decimal(D("62.0")) == "62.0"


# --- model -----------------------------------------------------------------------------------

def test_model_counts_orders_and_links_filings():
    report = demo_report()
    assert report["summary"]["counts"] == {"supported": 3, "drifted": 1, "stale": 1,
                                           "unverifiable": 1, "not_checkable": 1}
    assert [c["number"] for c in report["claims"]] == list(range(1, 8))
    assert report["summary"]["attention"] == [4, 5]
    cited = {f["accession"]: f for f in report["filings"] if f["claims"]}
    assert set(cited) == {S1A[0], B424[0]}
    assert cited[S1A[0]]["document_url"] == _url(S1A)
    assert cited[B424[0]]["document_url"] == _url(B424)
    assert cited[B424[0]]["index_url"].endswith("000162828026035214/0001628280-26-035214-index.htm")
    assert cited[B424[0]]["claims"] == [4]


def test_claim_carries_evidence_arithmetic_and_newer_value():
    claims = demo_report()["claims"]
    revenue = claims[0]
    assert revenue["sentence_parts"]["figure"] == "$510.0 million"
    assert revenue["filed_display"] == "$509,991,000" and revenue["delta_display"] == "+$9,000"
    ev = revenue["evidence"][0]
    assert (ev["kind"], ev["table"], ev["row"], ev["column"], ev["text"]) == (
        "table", 14, "Revenue", "2025", "509,991")
    assert claims[1]["arithmetic"] == "199,071,000 / 509,991,000 = 39.03%"
    stale = claims[3]
    assert stale["newer_display"] == "$185.00"
    assert stale["newer_evidence"][0]["filing_label"] == "424B4 filed 2026-05-14"
    assert claims[2]["evidence"][0]["kind"] == "sentence"
    assert "forecast" in claims[6]["reason"]


def test_split_sentence_uses_the_span_not_the_first_occurrence():
    text = "It was 5% then 5% again."
    parts = split_sentence(text, text, (15, 17), "5%")
    assert parts == {"before": "It was 5% then ", "figure": "5%", "after": " again."}


def test_changes_since_previous_verification():
    article = make_article()
    verifications = demo_verifications(article)
    previous = [{"run_id": "r1", "verified_at": "2026-05-05T10:00:00", "claim_id": v.claim.claim_id,
                 "verdict": "supported" if v.verdict == "stale" else v.verdict,
                 "filed_value": v.filed_value} for v in verifications]
    previous[4] = {**previous[4], "filed_value": D("-75800000")}
    changes = compute_changes(previous, verifications)
    assert changes["status"] == "changed"
    kinds = {(i["number"], i["change"]) for i in changes["items"]}
    assert kinds == {(4, "verdict"), (5, "filed_value")}
    assert compute_changes(None, verifications)["status"] == "first"
    same = [{**p, "verdict": v.verdict, "filed_value": v.filed_value}
            for p, v in zip(previous, verifications, strict=True)]
    assert compute_changes(same, verifications)["status"] == "unchanged"


def test_charts_cover_revenue_margin_shares_and_concentration():
    charts = {c["id"]: c for c in demo_report()["charts"]}
    assert set(charts) == {"revenue-year", "revenue-quarter", "gross_margin-year",
                           "gross_margin-quarter", "shares-outstanding", "customer-concentration",
                           "customer-concentration-accounts-receivable"}
    bars = charts["customer-concentration"]["points"]
    assert [(p["entity"], p["label"], p["value"]) for p in bars] == [
        ("G42", "FY2025", "24.0"), ("G42", "FY2024", "85.0"),
        ("MBZUAI", "3M to Jun 2026", "34"), ("MBZUAI", "FY2025", "62.0")]  # no half-year
    receivables = charts["customer-concentration-accounts-receivable"]["points"]
    assert [(p["entity"], p["label"]) for p in receivables] == [("MBZUAI", "Dec 31, 2025")]
    fy = charts["revenue-year"]["points"]
    assert [p["label"] for p in fy] == ["FY2024", "FY2025"]
    assert fy[1]["filing_label"] == "424B4 filed 2026-05-14"
    margin = charts["gross_margin-year"]["points"]
    assert [p["value"] for p in margin] == ["42.3", "39.0"]  # derived exactly, not from floats
    assert charts["revenue-quarter"]["points"][-1]["label"] == "3M to Jun 2026"
    shares = charts["shares-outstanding"]["points"]
    assert [(p["label"], p["value"]) for p in shares] == [("After offering", "212965381"),
                                                          ("Aug 5, 2026", "237564041")]
    assert all(p["filing_label"] and p["filing_url"] for c in charts.values() for p in c["points"])


def _cls(name: str) -> str:
    """An XPath test for one CSS class (lxml's cssselect needs a package we do not depend on)."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


# --- forms -----------------------------------------------------------------------------------

def test_json_report_validates_against_schema(tmp_path):
    from pipeline.report.json_report import load_schema

    path = write_report(demo_report(), tmp_path / "report.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(load_schema())
    jsonschema.validate(data, load_schema())
    assert data["claims"][0]["filed_value"] == "509991000"


def test_html_report_has_claims_links_and_charts(tmp_path):
    path = write_report(demo_report(), tmp_path / "report.html")
    doc = lxml.html.fromstring(path.read_text(encoding="utf-8"))
    rows = doc.xpath(f"//table[{_cls('claims')}]/tbody/tr[{_cls('claim')}]")
    assert len(rows) == 7
    # problems first (drifted, then stale), then the rest in article order
    rank = {"drifted": 0, "stale": 1}
    keys = [(rank.get(r.get("data-verdict"), 2), int(r.get("id").split("-")[1])) for r in rows]
    assert keys == sorted(keys) and keys[0][0] == 0 and {k[0] for k in keys} == {0, 1, 2}
    first_supported = next(r for r in rows if r.get("data-verdict") == "supported")
    assert first_supported.xpath(".//mark")[0].text_content() == "$510.0 million"
    assert "Supported" in first_supported.xpath(f".//td[{_cls('verdict')}]")[0].text_content()
    drifted = rows[0].xpath(f".//div[{_cls('should-say')}]")
    assert drifted and drifted[0].xpath(".//strong")[0].text_content()
    hrefs = {a.get("href") for a in doc.iter("a")}
    assert _url(S1A) in hrefs and _url(B424) in hrefs
    assert len(doc.xpath(f"//svg[{_cls('chart')}]")) == 7
    assert not doc.xpath("//script | //link | //img | //iframe")  # self-contained, nothing to fetch
    assert "http://" not in "".join(doc.xpath("//@src"))


INJECTED = (
    "Hostile piece\n\nRevenue was <script>alert(1)</script> $510.0 million in 2025 "
    '<img src=x onerror=alert(1)>. Gross margin was 39% in 2025. '
    "MBZUAI accounted for 62.0% of 2025 revenue. The expected IPO range is $115 to $125 per share. "
    "Non-GAAP net loss was $75.9 million. There will be 212,965,381 shares outstanding after the "
    "offering. Revenue could reach $1.2 billion in 2027.\n"
)


def test_article_markup_appears_as_text_only(tmp_path):
    article = make_article(INJECTED, name="<script>alert('name')</script>.md")
    path = write_report(demo_report(article), tmp_path / "report.html")
    raw = path.read_text(encoding="utf-8")
    doc = lxml.html.fromstring(raw)
    assert not doc.xpath("//script") and not doc.xpath("//img")
    assert not doc.xpath("//@*[starts-with(name(), 'on')]")
    text = doc.text_content()
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert "<script>alert('name')</script>.md" in text
    row = doc.xpath(f"//tr[{_cls('claim')}][@id='claim-1']")[0]
    assert row.xpath(".//mark")[0].text_content() == "$510.0 million"
    assert "&lt;script&gt;" in raw


def test_markdown_is_readable_and_escaped(tmp_path):
    path = write_report(demo_report(make_article(INJECTED)), tmp_path / "report.md")
    text = path.read_text(encoding="utf-8")
    assert "| ✓ Supported | 3 |" in text
    assert "**Needs attention before publishing:** #4, #5." in text
    assert "- **\\#1 ✓ Supported**:" in text
    assert "\\</script\\> **$510.0 million** in 2025" in text
    assert f"[S\\-1/A filed 2026\\-05\\-04](<{_url(S1A)}>)" not in text  # hyphens stay literal
    assert f"[S-1/A filed 2026-05-04](<{_url(S1A)}#:~:text=" in text  # scrolls to the passage
    assert "<script>" not in text and "\\<script\\>" in text
    assert "now $185.00" in text


def test_unknown_suffix_is_refused(tmp_path):
    from core.errors import ValidationError

    with pytest.raises(ValidationError, match="name the output"):
        write_report(demo_report(), tmp_path / "report.pdf")
    with pytest.raises(ValidationError):
        render(demo_report(), ".txt")


# --- from the warehouse ------------------------------------------------------------------------

def _load_demo_warehouse(conn) -> None:
    from core.facts import Fact, Source
    from warehouse import load, runs
    from warehouse.records import CompanyRecord, DocumentRecord

    load.upsert_company(conn, CompanyRecord(CIK, "Cerebras Systems Inc.", "CBRS"))
    run_id = runs.start_run(conn, "test", {})
    by_filing: dict[tuple, list] = {f: [] for f in (S1A, B424, Q1, Q2)}
    for rows in demo_series().values():
        for r in rows:
            filing = next(f for f in by_filing if f[0] == r["accession"])
            source = Source(filing[3], "tables", "1.0", table=1, row=r["metric"], column="c",
                            text=r["value_text"])
            by_filing[filing].append((filing[3], Fact(
                r["metric"], r["value"], r["unit"], r["period_start"], r["period_end"],
                entity=r["entity"], basis=r["basis"], sources=(source,))))
    for filing, facts in by_filing.items():
        document = DocumentRecord(filing[0], filing[3], "primary", _url(filing), "0" * 64, 1)
        record = FilingRecord(filing[0], CIK, filing[1], filing[2], primary_document=filing[3])
        load.load_filing(conn, record, [document], facts, run_id)


def test_gather_report_reads_filings_series_and_previous_run(db):
    from dataclasses import replace

    from pipeline.report import gather_report
    from warehouse import load, runs

    _load_demo_warehouse(db)
    article = make_article()
    current = demo_verifications(article)
    earlier = [replace(v, verdict="supported", newer_value=None, newer_evidence=())
               if v.verdict == "stale" else v for v in current]
    load.save_verifications(db, runs.start_run(db, "verify", {}), article, CIK, earlier)

    report = gather_report(db, article, CIK, lambda conn, a, cik: demo_verifications(a),
                           ticker="CBRS")
    assert report["changes"]["status"] == "changed"
    assert [(i["number"], i["change"], i["before"], i["after"])
            for i in report["changes"]["items"]] == [(4, "verdict", "supported", "stale")]
    cited = [f for f in report["filings"] if f["claims"]]
    assert {f["document_url"] for f in cited} == {_url(S1A), _url(B424)}
    charts = {c["id"]: c for c in report["charts"]}
    assert charts["revenue-year"]["points"][1]["value"] == "509991000"
    assert charts["revenue-year"]["points"][1]["filing_url"].startswith(
        f"https://www.sec.gov/Archives/edgar/data/{CIK}/000162828026035214/")
    assert "customer-concentration" in charts and "shares-outstanding" in charts
    from pipeline.report.json_report import validate

    validate(report)


# --- end to end: the offline Cerebras demo ------------------------------------------------------

@pytest.fixture(scope="module")
def cerebras_demo(cerebras_data):
    """The `make demo` path: the offline Cerebras mirror ingested, then a report on the article."""
    from pipeline.config import load_settings

    settings = load_settings(data_dir=cerebras_data, mirror=FIXTURE_ROOT / "edgar")
    return settings, cerebras_data.parent


@pytest.mark.parametrize("suffix", [".html", ".md", ".json"])
def test_cerebras_demo_report(cerebras_demo, suffix):
    from pipeline.report import write_report_for

    settings, root = cerebras_demo
    article = FIXTURE_ROOT / "articles" / "cerebras-ipo.md"
    path = write_report_for(settings, str(article), ticker="CBRS", out_path=root / f"r{suffix}")
    text = path.read_text(encoding="utf-8")
    for accession in ("000162828026029503", "000162828026035214"):  # S-1/A and 424B4 documents
        assert f"https://www.sec.gov/Archives/edgar/data/{CIK}/{accession}/" in text
    if suffix == ".json":
        from pipeline.report.json_report import load_schema

        data = json.loads(text)
        jsonschema.validate(data, load_schema())
        # the article's 19 figures: revenue x3, margins x2, net income, non-GAAP net loss and two
        # concentrations match the S-1/A; price range, midpoint, shares after the offering,
        # market cap and price/sales went stale with the 424B4 and the 10-Q; two dates, a page
        # count and the $40-50 billion threshold cannot be checked
        assert data["summary"]["counts"] == {"supported": 9, "drifted": 0, "stale": 6,
                                             "unverifiable": 0, "not_checkable": 4}
        assert {c["id"] for c in data["charts"]} >= {"revenue-year", "shares-outstanding",
                                                    "customer-concentration"}
