"""HTML readings against the filer's own inline XBRL, per metric, over the whole corpus.

Run: ``python -m bench.accuracy`` (or ``make accuracy``). For every document under
``../shared/corpus`` (dev/ included) that carries inline XBRL, the facts read from what a person
sees (``use_xbrl=False``: tables, sentences, the cover) are paired with the filer's tags of the
same metric, entity, basis and period, and counted per metric:

- agreed: the HTML reading equals a tag;
- disagreed: the HTML reading differs from every tag of that figure (a wrong value: the worst);
- silent: the filer tagged a figure the HTML reading did not find.

``python -m bench.accuracy -v [METRIC]`` lists the silent tags instead, one a line, with the
HTML entities that read the same value for the same period under another name.

Inline XBRL is free ground truth for the HTML readings; disagreements are printed one a line.
A disagreement listed in ``bench/known_differences.tsv`` (document, metric, period, html value,
xbrl value, reason: the filer tags a different line than the one its statement prints) is
printed as EXPLAINED with its reason; any other is a defect, printed as DISAGREE.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench.bench_extract import corpus_dir
from core.dates import same_period
from core.facts import Fact
from core.metrics import SEGMENT_AXES, names_where
from extractors.concentration_subjects import unnamed_rank
from extractors.dispatch import extract_parsed
from extractors.document import parse_document
from extractors.segment_tables import EXTRACTOR as PART_TABLES
from extractors.segment_tables import folded_name
from extractors.xbrl import extract_inline_xbrl

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = (".htm", ".html")
KNOWN = Path(__file__).resolve().parent / "known_differences.tsv"
KNOWN_FIELDS = ("document", "metric", "period", "html", "xbrl", "reason")


def inline_xbrl_documents(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.suffix in SUFFIXES
                  and "-index" not in p.name and not p.name.startswith("R")
                  and b"<ix:header" in p.read_bytes())


def compare(html: list[Fact], tags: list[Fact], metrics: tuple[str, ...]) -> tuple[Counter, list]:
    """(counts by (metric, outcome), the disagreements as (html fact, tag values))."""
    counts: Counter = Counter()
    wrong = []
    html = [f for f in html if f.metric in metrics]
    tagged = _tagged(tags, metrics)
    matched: set[int] = set()
    for i, twins in pairs(html, tagged):
        fact = html[i]
        matched.update(twins)
        if any(tagged[j].value == fact.value for j in twins):
            counts[fact.metric, "agreed"] += 1
        else:
            counts[fact.metric, "disagreed"] += 1
            wrong.append((fact, sorted({tagged[j].value for j in twins})))
    for j, tag in enumerate(tagged):
        if j not in matched:
            counts[tag.metric, "silent"] += 1
    return counts, wrong


def _tagged(tags: list[Fact], metrics: tuple[str, ...]) -> list[Fact]:
    # A segment's, product's or region's figure has no HTML reading yet (the XBRL reader states
    # them): counting them silent would drown the company figures the tables do read.
    parts = set(SEGMENT_AXES.values())
    return [t for t in tags if t.metric in metrics and t.basis not in parts]


def pairs(html: list[Fact], tagged: list[Fact]) -> list[tuple[int, list[int]]]:
    """(index of an HTML reading, indices of the tags of the same figure), for every reading the
    filer tagged: the same metric, entity, basis and period; then the unnamed customers."""
    out = []
    for i, fact in enumerate(html):
        twins = [j for j, t in enumerate(tagged) if _same_figure(fact, t)]
        if twins:
            out.append((i, twins))
    return out + _unnamed_pairs(html, tagged, {i for i, _ in out},
                                {j for _, twins in out for j in twins})


def _unnamed_pairs(html: list[Fact], tagged: list[Fact], paired: set[int], taken: set[int]
                   ) -> list[tuple[int, list[int]]]:
    """Customers neither side names: the text says "one customer" or "customer 2 of 3" where
    the filer's members say "Customer One" (C3.ai) or "Customer Two" (NVIDIA). For one metric,
    basis and period, the text's unnamed readings and the unnamed tags are the same customers
    only when they are as many (each side lists every customer over its threshold): then equal
    values pair one to one, and what is left pairs in the order printed (a real disagreement).
    As many readings as tags or nothing: a customer is never paired with another one the
    other side left out."""
    groups: dict[tuple, list[int]] = {}
    for j, tag in enumerate(tagged):
        if j not in taken and unnamed_rank(tag.entity) is not None:
            groups.setdefault(_figure_key(tag), []).append(j)
    out = []
    for js in groups.values():
        first = tagged[js[0]]
        readings: dict[tuple, list[int]] = {}
        for i, fact in enumerate(html):
            if (i not in paired and unnamed_rank(fact.entity) is not None
                    and _figure_key(fact)[:3] == _figure_key(first)[:3]
                    and same_period(_period(fact), _period(first))):
                readings.setdefault((fact.entity, fact.value), []).append(i)
        if len(readings) != len(js):
            continue
        for reading, tag in _pair_unnamed(readings, js, tagged):
            out += [(i, [tag]) for i in readings[reading]]
    return out


def _pair_unnamed(readings: dict[tuple, list[int]], js: list[int], tagged: list[Fact]) -> list:
    order = sorted(readings, key=lambda r: (unnamed_rank(r[0]), readings[r][0]))
    free = sorted(js, key=lambda j: unnamed_rank(tagged[j].entity))
    out = []
    for reading in list(order):
        same = next((j for j in free if tagged[j].value == reading[1]), None)
        if same is not None:
            out.append((reading, same))
            free.remove(same)
            order.remove(reading)
    return out + list(zip(order, free, strict=True))


def _figure_key(fact: Fact) -> tuple:
    return (fact.metric, fact.unit, fact.basis or "", fact.period_start, fact.period_end)


def silent_tags(html: list[Fact], tags: list[Fact], metrics: tuple[str, ...]) -> list[tuple]:
    """The tags of ``compare``'s silent count, each with the HTML readings of the same metric,
    basis and period and the same value under another entity (a figure read but named apart)."""
    html = [f for f in html if f.metric in metrics]
    tagged = _tagged(tags, metrics)
    matched = {j for _, twins in pairs(html, tagged) for j in twins}
    out = []
    for j, tag in enumerate(tagged):
        if j in matched:
            continue
        named_apart = [f.entity or "" for f in html if f.metric == tag.metric
                       and f.value == tag.value and (f.basis or "") == (tag.basis or "")
                       and same_period(_period(f), _period(tag))]
        out.append((tag, named_apart))
    return out


def list_silent(corpus: Path, metric: str | None = None) -> list[str]:
    """One line per silent tag (``-v``): document, metric, entity, basis, period, value, and
    the HTML entities that read the same value for the same period, if any."""
    metrics = names_where("stored")
    lines = []
    for path in inline_xbrl_documents(corpus):
        doc = parse_document(path.read_bytes(), name=path.name)
        tags = extract_inline_xbrl(doc)
        if metric is not None:
            tags = [t for t in tags if t.metric == metric]
        if not tags:
            continue
        document = str(path.relative_to(corpus))
        for tag, named_apart in silent_tags(extract_parsed(doc, use_xbrl=False), tags, metrics):
            also = f" (read as {', '.join(map(repr, named_apart))})" if named_apart else ""
            lines.append(f"SILENT {document} {tag.metric} {tag.entity or ''} {tag.basis or ''} "
                         f"{tag.period_start}..{tag.period_end}: xbrl {tag.value}{also}")
    return lines


def _same_figure(a: Fact, b: Fact) -> bool:
    return (a.metric, a.unit, a.entity or "", a.basis or "") == (
        b.metric, b.unit, b.entity or "", b.basis or "") and same_period(_period(a), _period(b))


def _period(fact: Fact) -> tuple:
    return (fact.period_start, fact.period_end)


def compare_parts(html: list[Fact], tags: list[Fact]) -> tuple[Counter, list]:
    """The parts read from segment tables against the filer's dimensional tags: a reading pairs
    with the tags of the same metric and period whose member names the same part (as
    ``segment_tables.folded_name`` spells both); an unpaired reading whose value a tag of
    another name states is "named apart" (Costco's "Net sales" line, tagged "Product");
    "unpaired" is neither (no tag to judge it by). Counted under "METRIC[part]"."""
    parts = set(SEGMENT_AXES.values())
    tagged = [t for t in tags if t.basis in parts and t.entity]
    counts: Counter = Counter()
    wrong = []
    for fact in html:
        if not fact.sources or fact.sources[0].extractor != PART_TABLES:
            continue
        label = f"{fact.metric}[part]"
        same = [t for t in tagged if t.metric == fact.metric and same_period(_period(t), _period(
            fact)) and folded_name(t.entity) == folded_name(fact.entity)]
        if same:
            if any(t.value == fact.value for t in same):
                counts[label, "agreed"] += 1
            else:
                counts[label, "disagreed"] += 1
                wrong.append((fact, sorted({t.value for t in same})))
        elif any(t.metric == fact.metric and t.value == fact.value
                 and same_period(_period(t), _period(fact)) for t in tagged):
            counts[label, "named apart"] += 1
        else:
            counts[label, "unpaired"] += 1
    return counts, wrong


@dataclass
class Measure:
    """Counts by (metric, outcome) over the corpus, and each disagreement as a printed line
    with the reason ``known_differences.tsv`` gives for it ('' for an unexplained one)."""

    counts: Counter
    disagreements: list[tuple[str, str]]

    def unexplained(self) -> list[str]:
        return [line for line, reason in self.disagreements if not reason]


def known_differences(path: Path = KNOWN) -> dict[tuple, str]:
    """(document, metric, period, html value, xbrl values) -> the reason it is no defect."""
    if not path.is_file():
        return {}
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return {tuple(row[k] for k in KNOWN_FIELDS[:-1]): row["reason"] for row in rows}


def measure(corpus: Path) -> Measure:
    metrics = names_where("stored")
    known = known_differences()
    total: Counter = Counter()
    lines = []
    for path in inline_xbrl_documents(corpus):
        doc = parse_document(path.read_bytes(), name=path.name)
        html, tags = extract_parsed(doc, use_xbrl=False), extract_inline_xbrl(doc)
        counts, wrong = compare(html, tags, metrics)
        part_counts, part_wrong = compare_parts(html, tags)
        total.update(counts)
        total.update(part_counts)
        wrong += part_wrong
        document = str(path.relative_to(corpus))
        for fact, values in wrong:
            period = f"{fact.period_start}..{fact.period_end}"
            xbrl = ", ".join(map(str, values))
            metric = f"{fact.metric}[part]" if fact.entity and fact.basis in set(
                SEGMENT_AXES.values()) else fact.metric
            reason = known.get((document, metric, period, str(fact.value), xbrl), "")
            total[metric, "explained"] += bool(reason)
            where = fact.sources[0].locator() if fact.sources else ""
            lines.append((f"{document} {fact.metric} {fact.entity or ''} {period}: html "
                          f"{fact.value} vs xbrl {xbrl} ({where})", reason))
    return Measure(total, lines)


def agreement(counts: Counter, metric: str) -> float | None:
    """Percent of the metric's judged readings that agree, the explained ones counted as
    agreeing (they are no defect); None when the corpus judges none."""
    agreed, disagreed, explained = (counts[metric, k] for k in
                                    ("agreed", "disagreed", "explained"))
    judged = agreed + disagreed
    return 100 * (agreed + explained) / judged if judged else None


def main() -> int:
    corpus = corpus_dir()
    if not corpus.is_dir():
        print(f"no corpus at {corpus}: nothing to measure (set FILINGCHECK_CORPUS)")
        return 0
    args = sys.argv[1:]
    if args and args[0] == "-v":
        for line in list_silent(corpus, args[1] if len(args) > 1 else None):
            print(line)
        return 0
    result = measure(corpus)
    for line, reason in result.disagreements:
        print(f"EXPLAINED {line}: {reason}" if reason else f"DISAGREE {line}")
    print(f"\n{'metric':34} {'agreed':>7} {'disagreed':>9} {'explained':>9} {'silent':>7} "
          f"{'agree %':>8}")
    for metric in names_where("stored"):
        agreed, disagreed, explained, silent = (
            result.counts[metric, k] for k in ("agreed", "disagreed", "explained", "silent"))
        if agreed + disagreed + silent:
            rate = agreement(result.counts, metric)
            shown = f"{rate:.1f}" if rate is not None else "-"
            print(f"{metric:34} {agreed:7} {disagreed:9} {explained:9} {silent:7} {shown:>8}")
    print(f"\n{'parts (segment tables)':34} {'agreed':>7} {'disagreed':>9} {'explained':>9} "
          f"{'named apart':>11} {'unpaired':>8}")
    for metric in ("revenue", "operating_income"):
        label = f"{metric}[part]"
        shown = [result.counts[label, k] for k in
                 ("agreed", "disagreed", "explained", "named apart", "unpaired")]
        if any(shown):
            print(f"{label:34} {shown[0]:7} {shown[1]:9} {shown[2]:9} {shown[3]:11} {shown[4]:8}")
    unexplained = result.unexplained()
    print(f"\n{len(unexplained)} unexplained disagreement(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
