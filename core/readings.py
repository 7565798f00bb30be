"""One truth per figure: how the readings of one filing resolve to one value.

A filing states one value per metric, entity, basis and period. The extractors may read that
figure several times (the filer's inline XBRL tag, the income statement, a summary table, a
sentence) and, when one of them misreads, with different values. Readings rank by how much they
are trusted: the filer's own tag, then a table, then a sentence (``READING_RANKS``). The best
ranked value is the figure; a reading that disagrees with it is kept for audit but is
``overruled``: it never becomes the fact and never becomes evidence. When the best-ranked
readings disagree among themselves (two tables, no tag), the figure is ``disputed``: the
verifier answers ``unverifiable`` and names both readings.

A tag that contradicts a table is how a misread table shows itself: with a 10-K whose revenue
is $42.3 billion, a table of segment data read as the income statement gave "revenue $191
million", and an article quoting $191 million came back supported (the one-truth issue).
"""

from __future__ import annotations

from collections.abc import Iterable

from core.facts import Fact

# How each resolution reads in a facts row (warehouse column ``facts.resolution``).
RESOLUTIONS = {
    "sole": "every reading of the figure in the filing agrees (or there is one)",
    "tagged": "readings disagreed; the filer's XBRL tag decided",
    "ranked": "readings disagreed; a better-ranked reading (a table over a sentence) decided",
    "overruled": "disagrees with a better-ranked reading: kept for audit, never the figure",
    "disputed": "equally ranked readings disagree and no tag decides: not verifiable",
}
# Best first. Unknown extractors rank with sentences: trusted least.
READING_RANKS = {
    "xbrl": 0, "companyfacts": 0,
    "tables": 1, "cover": 1, "segment_tables": 1,
    "concentration": 2, "margins": 2, "offering": 2,
    # a total read from a small table its title names (extractors.titled_totals): below the
    # statements, which state the same figure where both print it
    "titled_tables": 2,
}
_LEAST = max(READING_RANKS.values())
STANDING = ("sole", "tagged", "ranked", "disputed")  # what the verifier may look at


def reading_rank(fact: Fact) -> int:
    """The rank of a fact's best source (a fact read from a tag and a table ranks as a tag)."""
    ranks = [READING_RANKS.get(source.extractor, _LEAST) for source in fact.sources]
    return min(ranks, default=_LEAST)


def resolve_readings(facts: Iterable[Fact]) -> list[str]:
    """The resolution of each fact of one filing, in order (see ``RESOLUTIONS``)."""
    facts = list(facts)
    groups: dict[tuple, list[int]] = {}
    for index, fact in enumerate(facts):
        groups.setdefault(fact.key(), []).append(index)
    resolutions = ["sole"] * len(facts)
    for members in groups.values():
        for index, resolution in _resolve_group([facts[i] for i in members]).items():
            resolutions[members[index]] = resolution
    return resolutions


def _resolve_group(readings: list[Fact]) -> dict[int, str]:
    if len({fact.value for fact in readings}) == 1:
        return {i: "sole" for i in range(len(readings))}
    ranks = [reading_rank(fact) for fact in readings]
    best = min(ranks)
    winners = {fact.value for fact, rank in zip(readings, ranks, strict=True) if rank == best}
    if len(winners) > 1:
        return {i: "disputed" if ranks[i] == best or fact.value in winners else "overruled"
                for i, fact in enumerate(readings)}
    decided = "tagged" if best == 0 else "ranked"
    return {i: decided if fact.value in winners else "overruled"
            for i, fact in enumerate(readings)}
