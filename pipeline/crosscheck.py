"""Compare what a filing's tables say (what a person sees) with its own inline XBRL tags.

Per document and metric, each table fact is matched to the XBRL fact of the same metric and
period (``same_period``: same end, start within a few days, since headers give nominal starts).
A metric agrees when every matched pair has equal values; every mismatch is listed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from core.dates import same_period
from core.errors import NotFoundError
from core.facts import Fact
from core.metrics import names_where
from extractors.document import parse_document
from extractors.tables import extract_table_facts
from extractors.xbrl import extract_inline_xbrl


@dataclass
class Pair:
    """One figure read both ways; ``xbrl`` None when the filer tagged nothing for it."""

    metric: str
    period_start: str | None
    period_end: str | None
    table: str
    xbrl: str | None
    where: str = ""

    @property
    def agrees(self) -> bool:
        return self.xbrl is not None and _same(self.table, self.xbrl)


@dataclass
class CrosscheckResult:
    """One document's comparison."""

    document: str
    pairs: list[Pair] = field(default_factory=list)
    has_xbrl: bool = True

    def metrics(self) -> dict[str, tuple[int, int]]:
        """metric -> (agreeing pairs, compared pairs)."""
        out: dict[str, tuple[int, int]] = {}
        for pair in self.pairs:
            if pair.xbrl is None:
                continue
            ok, total = out.get(pair.metric, (0, 0))
            out[pair.metric] = (ok + pair.agrees, total + 1)
        return out

    def mismatches(self) -> list[Pair]:
        return [p for p in self.pairs if p.xbrl is not None and not p.agrees]

    def to_json(self) -> dict:
        return {
            "document": self.document,
            "has_xbrl": self.has_xbrl,
            "metrics": {m: {"agree": a, "compared": n} for m, (a, n) in self.metrics().items()},
            "mismatches": [vars(p) | {"agrees": False} for p in self.mismatches()],
            "pairs": [vars(p) | {"agrees": p.agrees} for p in self.pairs],
        }


def crosscheck_files(paths: Iterable[str | Path]) -> list[CrosscheckResult]:
    """Compare each file's table facts with its inline XBRL facts."""
    results = []
    for path in paths:
        try:
            content = Path(path).read_bytes()
        except FileNotFoundError as exc:
            raise NotFoundError(f"{path}: no such file; check the path") from exc
        doc = parse_document(content, name=str(path))
        results.append(crosscheck_facts(str(path), extract_table_facts(doc),
                                        extract_inline_xbrl(doc)))
    return results


def crosscheck_facts(document: str, table_facts: list[Fact],
                     xbrl_facts: list[Fact]) -> CrosscheckResult:
    """Pair each table fact with the XBRL fact of the same metric and period."""
    result = CrosscheckResult(document, has_xbrl=bool(xbrl_facts))
    # The registry's crosschecked rows: the metrics both tables and tags state.
    compared = set(names_where("crosschecked"))
    tagged = [f for f in xbrl_facts if f.metric in compared and f.entity is None]
    for fact in table_facts:
        if fact.metric not in compared or fact.entity is not None:
            continue
        twins = [x for x in tagged if x.metric == fact.metric and x.unit == fact.unit
                 and same_period((fact.period_start, fact.period_end),
                                 (x.period_start, x.period_end))]
        xbrl = _closest(fact, twins)
        result.pairs.append(Pair(
            metric=fact.metric,
            period_start=fact.period_start.isoformat() if fact.period_start else None,
            period_end=fact.period_end.isoformat() if fact.period_end else None,
            table=format(fact.value, "f"),
            xbrl=format(xbrl.value, "f") if xbrl is not None else None,
            where=fact.sources[0].locator() if fact.sources else "",
        ))
    return result


def _closest(fact: Fact, twins: list[Fact]) -> Fact | None:
    """The XBRL twin that agrees, else the first (several tags may carry one metric)."""
    for twin in twins:
        if twin.value == fact.value:
            return twin
    return twins[0] if twins else None


def _same(a: str, b: str) -> bool:
    return Decimal(a) == Decimal(b)


def format_crosscheck(results: list[CrosscheckResult]) -> str:
    """Per document: agreement per metric, then every mismatch."""
    lines = []
    for result in results:
        lines.append(result.document)
        if not result.has_xbrl:
            lines.append("  no inline XBRL in this document: nothing to compare")
            continue
        metrics = result.metrics()
        if not metrics:
            lines.append("  no table figure has an XBRL twin")
        for metric, (ok, total) in metrics.items():
            lines.append(f"  {metric:18} {ok}/{total} agree")
        for pair in result.mismatches():
            lines.append(f"  MISMATCH {pair.metric} {pair.period_start}..{pair.period_end}: "
                         f"table {pair.table} vs XBRL {pair.xbrl} ({pair.where})")
    return "\n".join(lines)
