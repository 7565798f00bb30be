"""Verification reports: HTML, Markdown or JSON, chosen by the output file's suffix.

``write_report_for`` is the whole pipeline (read the article, verify it against the warehouse,
gather filings, series and the previous verification, build the model, write);
``write_report`` only renders a model that is already built.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from core.errors import NotFoundError, ValidationError
from pipeline.report.charts import chart_metrics
from pipeline.report.locate import add_places
from pipeline.report.model import build_report, compute_changes

__all__ = ["build_report", "chart_metrics", "compute_changes", "gather_report", "render",
           "report_for", "write_report", "write_report_for"]

FORMATS = (".html", ".htm", ".md", ".json")


def render(report: Mapping[str, Any], suffix: str) -> str:
    """The report as text in the form named by ``suffix`` ('.html', '.md' or '.json')."""
    suffix = suffix.lower()
    if suffix in (".html", ".htm"):
        from pipeline.report.html import render_html

        return render_html(report)
    if suffix == ".md":
        from pipeline.report.markdown import render_markdown

        return render_markdown(report)
    if suffix == ".json":
        from pipeline.report.json_report import render_json

        return render_json(report)
    _check_suffix(Path("report" + suffix))
    raise AssertionError("unreachable")


def _check_suffix(path: Path) -> None:
    if path.suffix.lower() not in FORMATS:
        raise ValidationError(f"cannot write a report as {path.suffix or 'a file without suffix'!r}"
                              f": name the output {', '.join('*' + s for s in FORMATS)}")


def write_report(report: Mapping[str, Any], out_path: Path | str) -> Path:
    """Render ``report`` by the suffix of ``out_path`` and write it (UTF-8); return the path."""
    path = Path(out_path)
    text = render(report, path.suffix)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def write_report_for(settings, article_source: str, *, ticker: str | None = None,
                     cik: int | None = None, out_path: Path | str) -> Path:
    """Verify the article at ``article_source`` (path, URL or - for stdin) and write its
    report."""
    _check_suffix(Path(out_path))  # fail before the (slow) verification, not after it
    report = report_for(settings, article_source, ticker=ticker, cik=cik)
    return write_report(report, out_path)


def report_for(settings, article_source: str, *, ticker: str | None = None,
               cik: int | None = None) -> dict:
    """The report model of the article at ``article_source`` (`report --out -` renders it to
    stdout)."""
    from pipeline.verify.api import verify_article
    from pipeline.verify.article import read_article
    from warehouse import connect
    from warehouse.queries import resolve_company

    if ticker is None and cik is None:
        raise ValidationError("report needs --ticker T or --cik N")
    if not Path(settings.db_path).exists():
        raise NotFoundError(f"no warehouse at {settings.db_path}; run `filingcheck ingest` first")
    article = read_article(article_source, settings)
    with connect(settings.db_path, read_only=True) as conn:
        company_cik = resolve_company(conn, ticker=ticker, cik=cik)
        # (the verifier `verify` runs: facts, then the filings' own sentences in the raw store)
        report = gather_report(conn, article, company_cik,
                               partial(verify_article, raw_dir=settings.raw_dir),
                               ticker=ticker, source=article_source)
        add_places(report, _stored_bodies(conn, settings.raw_dir))
    return report


def gather_report(conn, article, cik: int, verify: Callable[..., list], *,
                  ticker: str | None = None, generated_at: datetime | None = None,
                  source: str | None = None) -> dict:
    """Verify ``article`` with ``verify(conn, article, cik)`` and build the report model from
    the warehouse: filings, chart series and the changes since the verification that preceded
    the latest ingest (pipeline.history; the article is tracked by ``source``, its path or URL,
    which defaults to its name)."""
    from pipeline.history import select_baseline, text_first_seen
    from warehouse.queries import select_filings, select_series

    # read before verifying, so a verifier that saves its run cannot become its own "previous"
    previous = select_baseline(conn, source or article.name, article.sha256, cik)
    seen = text_first_seen(conn, source or article.name, article.sha256)
    verifications = verify(conn, article, cik)
    filings = select_filings(conn, cik)
    series = {m: select_series(conn, cik, m) for m in chart_metrics()}
    return build_report(article, cik, verifications, filings, series,
                        compute_changes(previous, verifications, article.sha256, seen),
                        ticker=ticker,
                        company_name=_company_name(conn, cik),
                        generated_at=generated_at or datetime.now(UTC))


def _stored_bodies(conn, raw_dir: Path) -> Callable[[str], bytes | None]:
    """The raw store's copy of a document by its URL (None when the store lacks it)."""
    from pipeline.rawstore import RawStore
    from warehouse.queries import select_document_sha256

    store = RawStore(raw_dir)

    def body(url: str) -> bytes | None:
        sha256 = select_document_sha256(conn, url)
        return store.get(sha256) if sha256 and store.has(sha256) else None

    return body


def _company_name(conn, cik: int) -> str | None:
    from warehouse.queries import select_company

    company = select_company(conn, cik)
    return company.name if company else None
