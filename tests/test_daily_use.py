"""The daily loop as a user runs it, through the CLI and without network: failures read as
failures (no empty warehouse left behind, unknown metrics, a bad watchlist entry among good
ones, --reextract without EDGAR), and what changed reaches `verify` and the report in the
README's order (make ingest, make verify, make report), across an edit of the article."""

from __future__ import annotations

import json
import shutil

import duckdb
import pytest
from click.testing import CliRunner

from core.metrics import all_metrics
from pipeline.cli import main
from tests.conftest import EDGAR_FIXTURES, FIXTURES
from tests.test_drift import CUTOFF, mirror_as_of

ARTICLE = FIXTURES / "articles" / "cerebras-ipo.md"
NO_IDENTITY = {"SEC_USER_AGENT": None, "EDGAR_MIRROR": None, "FILINGCHECK_DATA_DIR": None}


def cli(data_dir, *args, env=None):
    return CliRunner(env={**NO_IDENTITY, **(env or {})}).invoke(
        main, ["--data-dir", str(data_dir), *[str(a) for a in args]])


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def watchlist(folder, *entries: tuple[str, int, list[str]]):
    body = "".join(f'[[company]]\nticker = "{t}"\ncik = {c}\narticles = {json.dumps(a)}\n\n'
                   for t, c, a in entries)
    path = folder / "watchlist.toml"
    path.write_text(body, encoding="utf-8")
    return path


# --- item 2: a failed ingest leaves nothing behind ---------------------------------------------

def test_failed_ingest_leaves_no_warehouse(tmp_path):
    empty_mirror = tmp_path / "mirror"
    empty_mirror.mkdir()
    data = tmp_path / "data"
    failed = cli(data, "ingest", "--ticker", "NVDA", "--mirror", empty_mirror)
    assert failed.exit_code == 2 and "error:" in failed.output
    assert not data.exists()
    after = cli(data, "series", "revenue", "--ticker", "NVDA")
    assert after.exit_code == 2
    assert lines(after.output) == [f"error: no warehouse at {data / 'filingcheck.duckdb'}; "
                                   "run `filingcheck ingest` first to create it"]
    verify = cli(data, "verify", ARTICLE, "--ticker", "NVDA")
    assert verify.exit_code == 2 and "no warehouse" in verify.output and not data.exists()


def test_failed_ingest_keeps_a_warehouse_that_holds_filings(cerebras_data, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(cerebras_data, data)
    empty_mirror = tmp_path / "mirror"
    empty_mirror.mkdir()
    failed = cli(data, "ingest", "--ticker", "NVDA", "--mirror", empty_mirror)
    assert failed.exit_code == 2
    assert cli(data, "series", "revenue", "--ticker", "CBRS").exit_code == 0


# --- item 3: unknown metrics --------------------------------------------------------------------

@pytest.mark.parametrize("typed, likely", [("revenues", "revenue"), ("eps", "eps_diluted")])
def test_unknown_metric_is_an_error_listing_the_known_ones(cerebras_data, typed, likely):
    result = cli(cerebras_data, "series", typed, "--ticker", "CBRS")
    assert result.exit_code == 2
    [line] = lines(result.output)
    assert f"unknown metric '{typed}' (did you mean " in line
    # "eps" may mean basic or diluted: both are offered
    assert likely in line.split("(did you mean ", 1)[1].split("?)", 1)[0].split(" or ")
    assert all(row.name in line for row in all_metrics())
    assert "no facts" not in line


def test_metrics_command_lists_every_registry_row_with_its_meaning():
    result = CliRunner().invoke(main, ["metrics"])
    assert result.exit_code == 0
    for row in all_metrics():
        assert f"{row.name} ({row.unit}): {row.meaning}" in result.output


# --- item 4: a watchlist goes on past a bad entry ----------------------------------------------

def test_watchlist_ingest_reports_each_company_and_goes_on(tmp_path):
    path = watchlist(tmp_path, ("NOSUCH", 999999999, []), ("CBRS", 2021728, []))
    data = tmp_path / "data"
    result = cli(data, "ingest", "--watchlist", path, "--mirror", EDGAR_FIXTURES)
    assert result.exit_code == 2, result.output
    out = lines(result.output)
    assert out[0].startswith("NOSUCH: not ingested: ")
    assert out[1].startswith("CBRS (CIK 2021728): 9 new filings")
    assert out[-1] == "error: 1 of 2 companies not ingested (NOSUCH); the others ran"
    assert cli(data, "series", "revenue", "--ticker", "CBRS").exit_code == 0


def test_watchlist_verify_reports_each_article_and_goes_on(cerebras_data, tmp_path):
    shutil.copy(ARTICLE, tmp_path / "article.md")
    path = watchlist(tmp_path, ("NOSUCH", 999999999, ["article.md"]),
                     ("CBRS", 2021728, ["missing.md", "article.md"]))
    result = cli(cerebras_data, "verify", "--watchlist", path)
    assert result.exit_code == 2, result.output
    text = result.output
    assert f"{tmp_path / 'article.md'} (CBRS, CIK 2021728): " in text  # the good one ran
    assert f"{tmp_path / 'article.md'}: not verified: no company with CIK 999999999" in text
    assert f"{tmp_path / 'missing.md'}: not verified: " in text
    assert lines(text)[-1] == "error: 2 of 3 tracked articles not verified; the others ran"
    as_json = cli(cerebras_data, "verify", "--watchlist", path, "--format", "json")
    assert as_json.exit_code == 2
    data = json.loads(as_json.output[:as_json.output.rindex("}") + 1])
    assert len(data["articles"]) == 1 and len(data["failures"]) == 2


# --- item 5: --reextract makes no request and says what changed ---------------------------------

def test_reextract_needs_no_identity_and_says_what_changed(cerebras_data, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(cerebras_data, data)
    same = cli(data, "ingest", "--ticker", "CBRS", "--reextract")  # no SEC_USER_AGENT, no mirror
    assert same.exit_code == 0, same.output
    [line] = lines(same.output)
    assert "re-extracted 9 stored filings" in line and "no request made" in line
    assert line.endswith("every figure as before: nothing changed")
    assert "new filings" not in line and "fetched" not in line

    # a stored reading that the extractors do not produce: the re-extraction puts it right
    with duckdb.connect(str(data / "filingcheck.duckdb")) as conn:
        conn.execute("UPDATE facts SET value_text = '1', value = 1 WHERE fact_id = (SELECT "
                     "min(fact_id) FROM facts WHERE metric = 'revenue' AND entity IS NULL)")
    fixed = cli(data, "ingest", "--ticker", "CBRS", "--reextract")
    assert fixed.exit_code == 0, fixed.output
    assert "1 figures read another value, 0 new, 0 gone" in fixed.output
    [changed] = [x for x in lines(fixed.output) if x.startswith("  changed: revenue ")]
    assert changed.split(": ", 2)[2].startswith("1 -> ")


def test_reextract_of_a_company_never_ingested_says_so(tmp_path):
    result = cli(tmp_path / "data", "ingest", "--ticker", "CBRS", "--reextract")
    assert result.exit_code == 2 and "no warehouse" in result.output
    assert not (tmp_path / "data").exists()


# --- item 6: what changed reaches verify and the report -----------------------------------------

def test_changes_reach_the_report_in_the_readme_order(tmp_path):
    shutil.copy(ARTICLE, tmp_path / "article.md")
    path = watchlist(tmp_path, ("CBRS", 2021728, ["article.md"]))
    data = tmp_path / "data"
    may = mirror_as_of(tmp_path / "may", CUTOFF)
    assert cli(data, "ingest", "--watchlist", path, "--mirror", may).exit_code == 0
    assert cli(data, "verify", "--watchlist", path).exit_code == 1  # the price range is stale
    # make ingest (a 10-Q arrived), make verify, make report
    assert cli(data, "ingest", "--watchlist", path, "--mirror", EDGAR_FIXTURES).exit_code == 0
    verified = cli(data, "verify", "--watchlist", path)
    expected = "212,965,381 shares: supported, now stale after the 10-Q filed 2026-08-12"
    assert expected in verified.output
    report = cli(data, "report", tmp_path / "article.md", "--ticker", "CBRS",
                 "--out", tmp_path / "report.json")
    assert report.exit_code == 0, report.output
    changes = json.loads((tmp_path / "report.json").read_text())["changes"]
    assert changes["status"] == "changed"
    assert changes["previous_run"]["before_ingest_at"] and not changes["previous_run"][
        "text_changed"]
    shares = [i for i in changes["items"] if i["text"] == "212,965,381 shares"]
    assert shares and shares[0]["before"] == "supported" and shares[0]["after"] == "stale"

    # one character of the lead edited: the article keeps its history, every claim matched
    article = tmp_path / "article.md"
    article.write_text(article.read_text().replace("wafer-scale", "wafer scale", 1))
    edited = cli(data, "verify", article, "--ticker", "CBRS")
    assert "(the article's text has been edited since)" in edited.output
    assert "new in the article" not in edited.output and expected in edited.output
    cli(data, "report", article, "--ticker", "CBRS", "--out", tmp_path / "report.json")
    changes = json.loads((tmp_path / "report.json").read_text())["changes"]
    assert changes["previous_run"]["text_changed"] is True
    # when it changed: the verify above was the first to read the edited text (times are kept
    # to the second, and on a fast machine the ingest and that verify share one)
    seen = changes["previous_run"]["text_first_verified_at"]
    assert seen and seen >= changes["previous_run"]["before_ingest_at"]
    assert {i["change"] for i in changes["items"]} == {"verdict"}
