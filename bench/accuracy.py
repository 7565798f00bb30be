"""HTML readings against the filer's own inline XBRL, per metric, over the whole corpus.

Run: ``python -m bench.accuracy`` (or ``make accuracy``). For every document under
``../shared/corpus`` (dev/ included) that carries inline XBRL, the facts read from what a person
sees (``use_xbrl=False``: tables, sentences, the cover) are paired with the filer's tags of the
same metric, entity, basis and period, and counted per metric:

- agreed: the HTML reading equals a tag;
- disagreed: the HTML reading differs from every tag of that figure (a wrong value: the worst);
- silent: the filer tagged a figure the HTML reading did not find.

Inline XBRL is free ground truth for the HTML readings; disagreements are printed one a line.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

from core.facts import Fact
from core.metrics import names_where
from extractors.dispatch import extract_parsed
from extractors.document import parse_document
from extractors.periods import same_period
from extractors.xbrl import extract_inline_xbrl

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = (".htm", ".html")


def corpus_dir() -> Path:
    shared = Path(os.environ.get("FILINGCHECK_SHARED", ROOT.parent / "shared"))
    return Path(os.environ.get("FILINGCHECK_CORPUS", shared / "corpus"))


def inline_xbrl_documents(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.suffix in SUFFIXES
                  and "-index" not in p.name and not p.name.startswith("R")
                  and b"<ix:header" in p.read_bytes())


def compare(html: list[Fact], tags: list[Fact], metrics: tuple[str, ...]) -> tuple[Counter, list]:
    """(counts by (metric, outcome), the disagreements as (html fact, tag values))."""
    counts: Counter = Counter()
    wrong = []
    tagged = [t for t in tags if t.metric in metrics]
    matched: set[int] = set()
    for fact in html:
        if fact.metric not in metrics:
            continue
        twins = [i for i, t in enumerate(tagged) if _same_figure(fact, t)]
        if not twins:
            continue  # the filer tagged no such figure: nothing to judge it by
        matched.update(twins)
        if any(tagged[i].value == fact.value for i in twins):
            counts[fact.metric, "agreed"] += 1
        else:
            counts[fact.metric, "disagreed"] += 1
            wrong.append((fact, sorted({tagged[i].value for i in twins})))
    for i, tag in enumerate(tagged):
        if i not in matched:
            counts[tag.metric, "silent"] += 1
    return counts, wrong


def _same_figure(a: Fact, b: Fact) -> bool:
    return (a.metric, a.unit, a.entity or "", a.basis or "") == (
        b.metric, b.unit, b.entity or "", b.basis or "") and same_period(
        a.period_start, a.period_end, b.period_start, b.period_end)


def main() -> int:
    corpus = corpus_dir()
    if not corpus.is_dir():
        print(f"no corpus at {corpus}: nothing to measure (set FILINGCHECK_CORPUS)")
        return 0
    metrics = names_where("stored")
    total: Counter = Counter()
    for path in inline_xbrl_documents(corpus):
        doc = parse_document(path.read_bytes(), name=path.name)
        counts, wrong = compare(extract_parsed(doc, use_xbrl=False), extract_inline_xbrl(doc),
                                metrics)
        total.update(counts)
        for fact, values in wrong:
            where = fact.sources[0].locator() if fact.sources else ""
            print(f"DISAGREE {path.relative_to(corpus)} {fact.metric} {fact.entity or ''} "
                  f"{fact.period_start}..{fact.period_end}: html {fact.value} vs xbrl "
                  f"{', '.join(map(str, values))} ({where})")
    print(f"\n{'metric':34} {'agreed':>7} {'disagreed':>9} {'silent':>7} {'agree %':>8}")
    for metric in metrics:
        agreed, disagreed, silent = (total[metric, k] for k in ("agreed", "disagreed", "silent"))
        if agreed + disagreed + silent:
            rate = f"{100 * agreed / (agreed + disagreed):.1f}" if agreed + disagreed else "-"
            print(f"{metric:34} {agreed:7} {disagreed:9} {silent:7} {rate:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
