"""Memory and time of the hostile inputs of issue 14, with the limits (default settings) and,
with ``--before``, without them (every limit raised out of reach: what the code did before).

Run: ``python -m bench.hostile`` (part of ``make bench``: bounded, seconds) or
``python -m bench.hostile --before`` (minutes and GBs of memory: the unbounded figures).
Each case runs in its own process, so its peak RSS is its own (it includes the input, made in
that process first; only the work on it is timed); a case past ``--timeout`` is stopped.

- a table of 1,000,000 cells (100,000 rows of 10 figures under income-statement labels)
- a 300 MB filing document
- a 1 MB article holding 20,000 figures, verified against the Cerebras fixtures and saved
- a long article (prose, one sentence a paragraph), verified: at the length limit (1,000,000
  characters) and at 50 MB. Before the quadratic steps of claim extraction were removed (the
  paragraphs read, recounted from the first sentence at every sentence; the sentences before
  each one copied; every flattened table line scanned for each sentence) 64 KB took 0.41 s,
  128 KB 2.1 s, 256 KB 6.3 s, 512 KB 16.4 s on this 2-core machine, so 50 MB ran for hours.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ("table-1M-cells", "document-300MB", "article-20k-figures", "article-1M-chars",
         "article-50MB")
_LABELS = ("Revenue", "Cost of revenue", "Gross profit", "Operating expenses", "Net loss")
UNBOUNDED = dict(max_document_bytes=2**40, max_table_cells=2**40,
                 max_facts_per_document=2**40, max_article_chars=2**40,
                 max_article_claims=2**40, max_article_bytes=2**40)


def _table_document(rows: int, columns: int) -> bytes:
    header = ("<tr><td></td>" + "".join(f"<td>Three Months Ended June 30, {2026 - c}</td>"
                                        for c in range(columns)) + "</tr>")
    body = "".join(f"<tr><td>{_LABELS[r % len(_LABELS)]}</td>" + f"<td>{r + 1:,}</td>" * columns
                   + "</tr>" for r in range(rows))
    return (f"<html><body><p>FORM 10-Q</p><p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS"
            f"</p><p>(in millions)</p><table>{header}{body}</table></body></html>").encode()


def _big_document(size: int) -> bytes:
    block = b"<p>Revenue for the quarter was $1,234 million, up 12% from a year earlier.</p>\n"
    return b"<html><body><p>FORM 10-Q</p>" + block * (size // len(block)) + b"</body></html>"


def _document_case(body: bytes, settings):
    from extractors import extract_document
    from pipeline.limits import check_document, check_facts

    def work() -> dict:
        check_document(body, "hostile.htm", settings)
        facts = extract_document(body, document="hostile.htm", form="10-Q")
        check_facts(len(facts), "hostile.htm", settings)
        return {"facts": len(facts)}
    return work


def _article_case(text: str, settings):
    from pipeline.config import Settings
    from pipeline.ingest import ingest_company
    from pipeline.verify.api import verify_article_source

    data = Path(tempfile.mkdtemp(prefix="hostile-")) / "data"
    ingest_company(Settings(data_dir=data, mirror=ROOT / "fixtures" / "edgar"), ticker="CBRS")
    article = data.parent / "article.txt"
    article.write_text(text, encoding="utf-8")

    def work() -> dict:
        outcome = verify_article_source(settings.with_(data_dir=data), str(article),
                                        ticker="CBRS")
        return {"claims": sum(len(r.verifications) for r in outcome.results)}
    return work


def _prose(size: int) -> str:
    return "The company sold more widgets.\n\n" * (size // 32)


def prepare(name: str, before: bool):
    """The case's input, made; returns the work to measure (input making is not timed)."""
    from pipeline.config import Settings

    settings = Settings(**UNBOUNDED) if before else Settings()
    if name == "table-1M-cells":
        return _document_case(_table_document(100_000, 10), settings)
    if name == "document-300MB":
        return _document_case(_big_document(300 * 2**20), settings)
    if name == "article-20k-figures":
        sentence = "Revenue was $1,234 million and net loss was $56 million. "
        return _article_case((sentence * 10_000).ljust(900_000, " "), settings)
    if name == "article-1M-chars":
        return _article_case(_prose(990_000), settings)
    return _article_case(_prose(50 * 2**20), settings)


def _child(name: str, before: bool) -> None:
    from core.errors import FilingcheckError

    work = prepare(name, before)
    started = time.perf_counter()
    try:
        outcome = work()
    except FilingcheckError as exc:
        outcome = {"refused": str(exc)[:90]}
    outcome["seconds"] = round(time.perf_counter() - started, 2)
    outcome["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(json.dumps(outcome))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", action="store_true", help="without the limits")
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--case", choices=CASES, action="append")
    parser.add_argument("--child", choices=CASES)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child, args.before)
        return 0
    print(f"hostile inputs ({'no limits: before' if args.before else 'default limits'}):")
    for name in args.case or CASES:
        command = [sys.executable, "-m", "bench.hostile", "--child", name]
        try:
            done = subprocess.run(command + (["--before"] if args.before else []), cwd=ROOT,
                                  capture_output=True, text=True, timeout=args.timeout)
            line = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else \
                f"failed: {done.stderr.strip().splitlines()[-1:]}"
        except subprocess.TimeoutExpired:
            line = f"still running after {args.timeout:.0f} s: stopped"
        print(f"  {name:22} {line}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
