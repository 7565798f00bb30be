"""The offline Cerebras fixtures (fixtures/edgar, fixtures/articles) are consistent and carry the
figures of ../shared/cerebras/FACTS.md, and none of them is a copy of a file in ../shared."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest
from lxml import etree

from extractors.document import parse_document
from tests.conftest import EDGAR_FIXTURES, FIXTURES, ROOT

CIK = 2021728
ARCHIVE = EDGAR_FIXTURES / "Archives" / "edgar" / "data" / str(CIK)
SUBMISSIONS = EDGAR_FIXTURES / "submissions" / "CIK0002021728.json"

FOLDERS = {
    "S-1 2024": "000162828024041596",
    "S-1": "000162828026025762",
    "S-1/A": "000162828026029503",
    "424B4": "000162828026035214",
    "8-K close": "000162828026035605",
    "8-K Q1": "000162828026044941",
    "10-Q Q1": "000162828026044981",
    "8-K Q2": "000162828026056186",
    "10-Q Q2": "000162828026056357",
}
DOCS = {
    "S-1 2024": "cerebras-sx1.htm",
    "S-1": "cerebras-sx1april2026.htm",
    "S-1/A": "cerebras-sx1amay2026.htm",
    "424B4": "cerebras-424b4.htm",
    "8-K close": "cbrs-20260515.htm",
    "EX-99.1 Q1": "cbrsannouncesfinancialresu.htm",
    "10-Q Q1": "cbrs-20260331.htm",
    "EX-99.1 Q2": "cbrsannouncesfinancialresu.htm",
    "10-Q Q2": "cbrs-20260630.htm",
}

ANNUAL = [
    "509,991",
    "290,252",
    "310,920",
    "167,514",
    "199,071",
    "122,738",
    "237,827",
    "481,602",
    "1.38",
    "9.90",
    "75.7",
    "21.8",
    "24.0%",
    "85.0%",
    "62.0%",
    "77.9%",
    "91.0%",
]
QUARTERS_2025 = ["99,512", "103,322", "135,714", "171,443", "23,867", "309,512", "22,201", "25,617"]
# the Q2 2026 statement of operations, in the EX-99.1 and the 10-Q alike
Q2_2026 = ["180,110", "103,322", "373,516", "202,834", "54,119", "125,991", "25,559", "450,528"]
EXPECTED_TEXT = {
    "S-1 2024": ["24.6", "78.7", "136.4", "177.7", "127.2", "66.6", "83%", "87%", "FORM S-1"],
    "S-1": [
        "509,991",
        "290,252",
        "199,071",
        "237,827",
        "481,602",
        "75.7",
        "21.8",
        "(in thousands, except per share data)",
    ],
    "S-1/A": ANNUAL
    + QUARTERS_2025
    + [
        "Amendment No. 1 to FORM S-1",
        "between $115.00 and $125.00 per share",
        "28,000,000",
        "4,200,000",
        "212,965,381",
        "211,965",
        "78,287",
        "363.3",
    ],
    "424B4": ANNUAL
    + QUARTERS_2025
    + [
        "Filed pursuant to Rule 424(b)(4)",
        "$185.00 per share",
        "30,000,000",
        "4,500,000",
        "$5,408.5 million",
    ],
    "8-K close": ["FORM 8-K", "34,500,000", "$185.00", "4,500,000"],
    "EX-99.1 Q1": ["193,406", "14,006", "44.6%", "(in thousands)"],
    "10-Q Q1": ["FORM 10-Q", "193,406", "14,006", "44.6%", "63%", "11%"],
    "EX-99.1 Q2": Q2_2026 + ["(in thousands)"],
    "10-Q Q2": Q2_2026
    + [
        "FORM 10-Q",
        "112,247,109",
        "111,601,424",
        "13,715,508",
        "34%",
        "70%",
        "49%",
        "47%",
        "9%",
        "18%",
        "10%",
        "41%",
        "76%",
        "August 5, 2026",
    ],
}


def _folder(key: str) -> Path:
    return ARCHIVE / FOLDERS[key.replace("EX-99.1", "8-K")]


def _text(key: str) -> str:
    path = _folder(key) / DOCS[key]
    return parse_document(path.read_bytes(), name=path.name).text


def _submission_rows() -> list[dict]:
    data = json.loads(SUBMISSIONS.read_text())
    pages = [data["filings"]["recent"]]
    for extra in data["filings"]["files"]:
        pages.append(json.loads((SUBMISSIONS.parent / extra["name"]).read_text()))
    rows = []
    for page in pages:
        lengths = {len(v) for v in page.values()}
        assert len(lengths) == 1, "columnar arrays of a submissions page differ in length"
        keys = list(page)
        rows += [
            dict(zip(keys, values, strict=True)) for values in zip(*page.values(), strict=True)
        ]
    return rows


def test_company_tickers_has_cbrs():
    data = json.loads((EDGAR_FIXTURES / "files" / "company_tickers.json").read_text())
    by_ticker = {v["ticker"]: v["cik_str"] for v in data.values()}
    assert by_ticker["CBRS"] == CIK
    assert by_ticker["AAPL"] == 320193 and by_ticker["NVDA"] == 1045810


def test_submissions_shape_and_page():
    data = json.loads(SUBMISSIONS.read_text())
    assert data["cik"] == "0002021728" and data["tickers"] == ["CBRS"]
    files = data["filings"]["files"]
    assert [f["name"] for f in files] == ["CIK0002021728-submissions-001.json"]
    recent = set(data["filings"]["recent"]["accessionNumber"])
    assert "0001628280-24-041596" not in recent  # only on the extra page
    rows = _submission_rows()
    assert {r["accessionNumber"] for r in rows} == {
        f"{v[:10]}-{v[10:12]}-{v[12:]}" for v in FOLDERS.values()
    }
    forms = {r["accessionNumber"]: (r["form"], r["filingDate"], r["items"]) for r in rows}
    assert forms["0001628280-26-029503"] == ("S-1/A", "2026-05-04", "")
    assert forms["0001628280-26-035214"] == ("424B4", "2026-05-14", "")
    assert forms["0001628280-26-044941"] == ("8-K", "2026-06-23", "2.02,9.01")
    assert forms["0001628280-26-056186"] == ("8-K", "2026-08-12", "2.02,9.01")
    assert forms["0001628280-26-056357"][:2] == ("10-Q", "2026-08-12")
    report = {r["accessionNumber"]: r["reportDate"] for r in rows}
    assert report["0001628280-26-044981"] == "2026-03-31"
    assert report["0001628280-26-056357"] == "2026-06-30"


@pytest.mark.parametrize("row", _submission_rows(), ids=lambda r: r["accessionNumber"])
def test_every_filing_has_its_folder(row):
    accession = row["accessionNumber"]
    folder = ARCHIVE / accession.replace("-", "")
    assert folder.is_dir()
    listing = json.loads((folder / "index.json").read_text())["directory"]
    assert listing["name"] == f"/Archives/edgar/data/{CIK}/{accession.replace('-', '')}"
    listed = {item["name"]: item["size"] for item in listing["item"]}
    present = {p.name for p in folder.iterdir() if p.name != "index.json"}
    assert set(listed) == present
    assert f"{accession}-index.html" in present
    assert row["primaryDocument"] in present
    for name, size in listed.items():
        if size:
            assert int(size) == (folder / name).stat().st_size
    # the filing index page lists every document with its size
    page = (folder / f"{accession}-index.html").read_text()
    assert "Document Format Files" in page and accession in page
    for name in present - {f"{accession}-index.html"}:
        assert f">{name}</a>" in page
        assert f'<td scope="row">{(folder / name).stat().st_size}</td>' in page
    assert row["size"] == sum((folder / n).stat().st_size for n in listed if listed[n])


def test_documents_parse():
    for path in sorted(ARCHIVE.rglob("*")):
        if path.suffix == ".json":
            json.loads(path.read_text())
        elif path.suffix == ".htm":
            etree.fromstring(path.read_bytes())  # well-formed XHTML, as Workiva's are
            doc = parse_document(path.read_bytes(), name=path.name)
            assert doc.tables, path
        elif path.suffix == ".html":
            etree.HTML(path.read_bytes())


@pytest.mark.parametrize("key", list(EXPECTED_TEXT))
def test_figures_appear_as_text(key):
    text = _text(key)
    for figure in EXPECTED_TEXT[key]:
        assert figure in text, f"{figure!r} missing from {key}"


def test_forms_guessed_from_covers():
    guessed = {
        k: parse_document((_folder(k) / DOCS[k]).read_bytes(), name=DOCS[k]).form
        for k in ("S-1 2024", "S-1", "S-1/A", "424B4", "8-K close", "10-Q Q1", "10-Q Q2")
    }
    assert guessed == {
        "S-1 2024": "S-1",
        "S-1": "S-1",
        "S-1/A": "S-1/A",
        "424B4": "424B4",
        "8-K close": "8-K",
        "10-Q Q1": "10-Q",
        "10-Q Q2": "10-Q",
    }


def test_unconfirmed_figures_are_absent():
    assert "212,965,381" not in _text("424B4")
    assert "212,965,381" not in _text("S-1")
    assert "outstanding" not in _text("10-Q Q1").split("PART I")[0]  # no cover share counts


def test_q2_inline_xbrl_cover_and_statement():
    raw = (_folder("10-Q Q2") / DOCS["10-Q Q2"]).read_text()
    shares = re.findall(r'name="dei:EntityCommonStockSharesOutstanding"[^>]*>([\d,]+)<', raw)
    assert sum(int(s.replace(",", "")) for s in shares) == 237_564_041
    for member in (
        "us-gaap:CommonClassAMember",
        "us-gaap:CommonClassBMember",
        "cbrs:CommonClassNMember",
    ):
        assert f'dimension="us-gaap:StatementClassOfStockAxis">{member}<' in raw
    assert re.search(r'sign="-" name="us-gaap:NetIncomeLoss"[^>]*scale="3"[^>]*>450,528<', raw)
    assert re.search(r'name="us-gaap:GrossProfit"[^>]*>25,559<', raw)
    assert '<ix:nonNumeric contextRef="c-1" name="dei:DocumentType"' in raw


def test_articles():
    article = (FIXTURES / "articles" / "cerebras-ipo.md").read_text()
    for figure in (
        "May 4, 2026",
        "$290.3 million",
        "$510.0 million",
        "42%",
        "39%",
        "$237.8 million",
        "$75.7 million",
        "62.0%",
        "24.0%",
        "$115 to $125",
        "$120",
        "212,965,381",
        "$25.6 billion",
        "50 times sales",
        "$40–50 billion",
        "300-page",
    ):
        assert figure in article, figure
    perturbed = (FIXTURES / "articles" / "cerebras-ipo-perturbed.md").read_text()
    for figure in ("$501.0 million", "42.0%", "44% in 2025"):
        assert figure in perturbed and figure not in article


def _load_cerebras_builder():
    """fixtures/cerebras_builder, imported as a package without putting fixtures/ on sys.path."""
    package = FIXTURES / "cerebras_builder"
    spec = importlib.util.spec_from_file_location(
        "cerebras_builder", package / "__init__.py", submodule_search_locations=[str(package)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its submodules and dataclasses look the package up
    try:
        spec.loader.exec_module(module)
    finally:
        for name in [n for n in sys.modules if n.partition(".")[0] == spec.name]:
            sys.modules.pop(name)
    return module


def test_builder_reproduces_committed_documents():
    module = _load_cerebras_builder()
    for filing in module.filings():
        for name, *_, content in filing.docs:
            assert (filing.folder / name).read_bytes() == content.encode("utf-8"), name


def test_fixtures_are_small():
    files = [p for p in FIXTURES.rglob("*") if p.is_file()]
    assert all(p.stat().st_size < 64_000 for p in files)
    assert sum(p.stat().st_size for p in files) < 1_000_000


def test_no_fixture_is_a_copy_of_shared(shared_dir):
    ours = {
        hashlib.sha256(p.read_bytes()).hexdigest(): p for p in FIXTURES.rglob("*") if p.is_file()
    }
    for path in shared_dir.rglob("*"):
        if path.is_file():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            assert digest not in ours, f"{ours.get(digest)} is a copy of {path}"


def test_fixture_tree_is_not_git_ignored():
    """sec.gov paths contain Archives/edgar/data/, which a top-level "data/" rule would hide."""
    import shutil
    import subprocess

    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    paths = [str(p.relative_to(ROOT)) for p in EDGAR_FIXTURES.rglob("*") if p.is_file()]
    result = subprocess.run(
        ["git", "check-ignore", "--stdin"],
        cwd=ROOT,
        input="\n".join(paths),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.strip() == "", f"git ignores fixture files:\n{result.stdout}"
