"""The HTML report in a real browser: Playwright (Python) driving Debian's chromium.

Skips with a reason where no chromium exists (CI installs it: `apt-get install -y chromium`).
Opens the demo report from a file:// URL, checks the claim table and the charts, fails on any
console error or page error, and saves a screenshot under test-artifacts/ for a person to read.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from pipeline.report import write_report
from tests.test_report import (
    FIXTURE_ROOT,
    demo_report,
    demo_verifications,
    make_article,
)

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _chromium() -> str:
    path = os.environ.get("FILINGCHECK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).is_file():
        pytest.skip(f"no chromium browser at {path}; install it with `apt-get install -y chromium`")
    return path


@pytest.fixture(scope="module")
def browser_page(tmp_path_factory):
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is absent")
    executable = _chromium()
    profile = tmp_path_factory.mktemp("chromium-profile")  # a new empty user-data-dir
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=executable, args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1360, "height": 900}, device_scale_factor=1)
        try:
            yield context.new_page()
        finally:
            context.close()


def _open(page, path: Path) -> list[str]:
    """Load a report; return every console error and uncaught page error it produced."""
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(path.resolve().as_uri(), wait_until="load")
    return errors


def _demo_path(data_dir: Path, tmp_path: Path) -> Path:
    """The demo report: FILINGCHECK_DEMO_REPORT when it names one; else the offline Cerebras
    demo (the mirror ingested into ``data_dir``, then a report on the project's article)."""
    given = os.environ.get("FILINGCHECK_DEMO_REPORT")
    if given:
        return Path(given)
    from pipeline.config import load_settings
    from pipeline.report import write_report_for

    settings = load_settings(data_dir=data_dir, mirror=FIXTURE_ROOT / "edgar")
    article = FIXTURE_ROOT / "articles" / "cerebras-ipo.md"
    return write_report_for(settings, str(article), ticker="CBRS",
                            out_path=tmp_path / "report.html")


def test_demo_report_in_chromium(browser_page, cerebras_data, tmp_path):
    page = browser_page
    path = _demo_path(cerebras_data, tmp_path)
    errors = _open(page, path)

    rows = page.locator("table.claims tbody tr.claim")
    # every claim is a row but the dates and page counts, which the footnote names
    footnoted = page.locator("p.footnote span").count()
    expected = int(page.locator("#summary").get_attribute("data-total") or rows.count())
    assert rows.count() == expected - footnoted > 0 and footnoted > 0
    for i in range(rows.count()):
        verdict = rows.nth(i).locator("td.verdict")
        assert verdict.inner_text().strip(), f"claim row {i + 1} has no verdict text"
        assert rows.nth(i).locator("mark").count() == 1
    assert page.locator("td.verdict", has_text="Stale").count() >= 1

    chart = page.locator("svg.chart").first
    assert chart.is_visible()
    points = chart.locator("g.point")
    assert points.count() >= 2
    assert all(points.nth(i).locator("text.filing").count() >= 1 for i in range(points.count()))
    box = chart.bounding_box()
    assert box and box["width"] > 200 and box["height"] > 100

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
    page.screenshot(path=str(ARTIFACTS / "report-top.png"))  # what an editor sees first
    page.locator("#charts").screenshot(path=str(ARTIFACTS / "report-charts.png"))
    assert errors == [], f"console errors: {errors}"


def test_hostile_article_runs_no_script(browser_page, tmp_path):
    text = ("Hostile piece\n\nRevenue <script>alert(1)</script> rose to $510.0 million in 2025 "
            "<img src=x onerror=alert(1)>. Gross margin was 39% in 2025. MBZUAI accounted for "
            "62.0% of 2025 revenue. The expected IPO range is $115 to $125 per share. Non-GAAP net "
            "loss was $75.9 million. There will be 212,965,381 shares outstanding after the "
            "offering. Revenue could reach $1.2 billion in 2027.\n")
    article = make_article(text)
    assert len(demo_verifications(article)) == 7
    path = write_report(demo_report(article), tmp_path / "hostile.html")
    page = browser_page
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    errors = _open(page, path)
    assert dialogs == []
    assert page.locator("script").count() == 0 and page.locator("img").count() == 0
    assert "<img src=x onerror=alert(1)>" in page.locator("tr.claim#claim-1").inner_text()
    assert errors == [], f"console errors: {errors}"


def test_demo_report_fits_a_400px_phone_screen(browser_page, cerebras_data, tmp_path):
    """At 400 px the claims are cards: nothing is wider than the screen (no sideways scroll),
    and every card shows its figure, its verdict and, where it has one, its filed value."""
    page = browser_page
    page.set_viewport_size({"width": 400, "height": 860})
    try:
        errors = _open(page, _demo_path(cerebras_data, tmp_path))
        assert page.evaluate("document.documentElement.scrollWidth") <= 400
        spill = page.evaluate("""Array.from(document.querySelectorAll('main *'))
            .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5
                         && !e.closest('.scroll'))
            .map(e => e.tagName + '.' + e.className).slice(0, 5)""")
        assert spill == [], f"wider than the screen: {spill}"
        assert not page.locator("table.claims thead").is_visible()
        cards = page.locator("table.claims tr.claim")
        assert cards.count() > 9
        for i in range(cards.count()):
            card = cards.nth(i)
            box = card.bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= 400, (i, box)
            assert card.locator("mark").is_visible() and card.locator(".badge").is_visible()
            if card.get_attribute("data-verdict") in ("supported", "stale"):
                filed = card.locator("td.figure").first
                assert filed.is_visible() and filed.inner_text().strip()
                label = filed.evaluate("e => getComputedStyle(e, '::before').content")
                assert label == '"Filed value"', label  # the card names the cell
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "report-400px.png"), full_page=True)
        assert errors == [], f"console errors: {errors}"
    finally:
        page.set_viewport_size({"width": 1360, "height": 900})


@pytest.fixture()
def html_edgar():
    """The fixtures' EDGAR layout served on 127.0.0.1 as sec.gov serves it (text/html: a
    browser reads text fragments in HTML documents only)."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format, *args):  # noqa: A002 - keep test output quiet
            pass

    handler = functools.partial(Quiet, directory=str(FIXTURE_ROOT / "edgar"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_evidence_links_scroll_to_the_passage(browser_page, cerebras_data, tmp_path,
                                              html_edgar):
    """A sentence's link opens its filing at that sentence (Chromium reads the #:~:text=
    fragment)."""
    import json

    from pipeline.config import load_settings
    from pipeline.report import write_report_for

    settings = load_settings(env={}, data_dir=cerebras_data)
    path = write_report_for(settings, str(FIXTURE_ROOT / "articles" / "cerebras-ipo.md"),
                            ticker="CBRS", out_path=tmp_path / "report.json")
    report = json.loads(path.read_text())
    page = browser_page
    page.set_viewport_size({"width": 1000, "height": 400})
    try:
        for kind in ("sentence", "table"):
            deep = [e for c in report["claims"] for e in c["evidence"]
                    if e["kind"] == kind and (e["page_number"] or 0) > 1]
            assert deep, f"the demo cites a {kind} past the first page"
            evidence = deep[0]
            page.goto(evidence["link"].replace("https://www.sec.gov", html_edgar),
                      wait_until="load")
            page.wait_for_function("window.scrollY > 0", timeout=5000)
            words = evidence["text"].split()[:4]
            box = page.get_by_text(" ".join(words)).first.bounding_box()
            assert box and 0 <= box["y"] < 400, (kind, box)  # the passage is on screen
    finally:
        page.set_viewport_size({"width": 1360, "height": 900})
