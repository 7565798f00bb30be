"""The filings' prose amounts for the echo check (``prose_echo``), read from the raw store.

Ingest keeps every document's body in the raw store (``pipeline.rawstore``) and its facts in
the warehouse; the sentences themselves are not stored. The echo check reads them again when an
article leaves a figure unverifiable for want of a filed line: each body is parsed once per
process (``_prose_figures``, keyed by the body's sha256, so a cached entry can never belong to
another body). A body the store no longer holds is skipped: its document's facts still check
every figure they cover, only the echo of its prose is not tried.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from extractors.document import parse_document
from extractors.sentences import split_sentences
from pipeline.forms import is_annual_report
from pipeline.rawstore import RawStore
from pipeline.verify.prose_figures import ProseDocument, ProseFigure, read_prose_figures

# (a watchlist of one company checks its articles against a handful of filings; a few dozen
# bodies' figures are a few MB)
PROSE_CACHE_SIZE = 64


def prose_documents(conn, cik: int, raw_dir: Path,
                    years: set[int] | None = None) -> list[ProseDocument]:
    """Each stored document of the company with the amounts its prose states; with ``years``
    (the years the claims to echo end in), only the documents that report a period ending in
    one of them or a year either side, and an annual report one that ends up to two years
    after (a company's ten years of filings are not all parsed for one article about a
    quarter; a year's report and the next one's, which restates it, are; an annual report's
    statements and notes tell its year and the two before: a software maker's FY2023 10-K
    states what it bought in 2021)."""
    from warehouse.queries import select_documents

    store = RawStore(raw_dir)
    return [ProseDocument(accession, form, filed, url, period_end,
                          _prose_figures(str(store.root), sha256, form))
            for accession, form, filed, url, sha256, period_end in select_documents(conn, cik)
            if store.has(sha256) and _within_reach(period_end, form, years)]


def _within_reach(period_end, form: str, years: set[int] | None) -> bool:
    after = 2 if is_annual_report(form) else 1
    return years is None or period_end is None or any(
        -1 <= period_end.year - year <= after for year in years)


@lru_cache(maxsize=PROSE_CACHE_SIZE)
def _prose_figures(root: str, sha256: str, form: str) -> tuple[ProseFigure, ...]:
    body = RawStore(Path(root)).get(sha256)
    doc = parse_document(body, name=sha256[:12], form=form)
    return read_prose_figures(split_sentences(doc.text))
