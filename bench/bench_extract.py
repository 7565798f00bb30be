"""Extraction time against a bare lxml parse, per corpus document, and crosscheck agreement.

Run: ``python -m bench.bench_extract`` (or ``make bench``). Reads ../shared/corpus in place
($FILINGCHECK_CORPUS overrides) and says so when it is absent.
"""

from __future__ import annotations

import os
import sys
import timeit
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = (".htm", ".html")


def corpus_dir() -> Path:
    shared = Path(os.environ.get("FILINGCHECK_SHARED", ROOT.parent / "shared"))
    return Path(os.environ.get("FILINGCHECK_CORPUS", shared / "corpus"))


def list_documents(corpus: Path) -> list[Path]:
    """Filing documents: not index pages nor rendered R pages."""
    return sorted(p for p in corpus.rglob("*") if p.suffix in SUFFIXES
                  and "-index" not in p.name and not p.name.startswith("R"))


def time_document(path: Path, repeat: int = 3) -> tuple[float, float]:
    """(best extraction time, best bare parse time) in seconds."""
    from extractors.dispatch import extract_document

    content = path.read_bytes()
    parse = min(timeit.repeat(lambda: lxml.html.fromstring(content), number=1, repeat=repeat))
    extract = min(timeit.repeat(lambda: extract_document(content, document=path.name),
                                number=1, repeat=repeat))
    return extract, parse


def main() -> int:
    corpus = corpus_dir()
    if not corpus.is_dir():
        print(f"corpus absent ({corpus}): nothing to benchmark")
        return 0
    documents = list_documents(corpus)
    print(f"{'document':48} {'extract s':>10} {'parse s':>9} {'ratio':>6}")
    worst = 0.0
    for path in documents:
        extract, parse = time_document(path)
        ratio = extract / parse if parse else 0.0
        worst = max(worst, ratio)
        print(f"{str(path.relative_to(corpus))[:48]:48} {extract:10.3f} {parse:9.3f} {ratio:5.1f}x")
    print(f"worst ratio {worst:.1f}x (target <= 4x)")
    print_crosscheck(documents)
    return 0


def print_crosscheck(documents: list[Path]) -> None:
    from pipeline.crosscheck import crosscheck_files

    totals: dict[str, list[int]] = {}
    print("\ncrosscheck (tables vs inline XBRL)")
    for result in crosscheck_files(documents):
        if not result.has_xbrl:
            continue
        for metric, (agree, compared) in result.metrics().items():
            pair = totals.setdefault(metric, [0, 0])
            pair[0] += agree
            pair[1] += compared
        for pair in result.mismatches():
            print(f"  MISMATCH {Path(result.document).name} {pair.metric} {pair.period_end}: "
                  f"table {pair.table} vs XBRL {pair.xbrl}")
    for metric, (agree, compared) in totals.items():
        print(f"  {metric:18} {agree}/{compared} agree")


if __name__ == "__main__":
    sys.exit(main())
