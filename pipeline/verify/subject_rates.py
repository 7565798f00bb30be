"""Growth rates a filer states as its own figures (a retailer's comparable customer transactions
and comparable average ticket: core.rows_comparable) that an article names as the subject of a
change: "comp transactions decreased by 2%", "a 0.1% rise in comparable average ticket". The
figure is that stated rate itself, never the growth of a level recomputed from the filings (the
average ticket of every store), and never comparable sales growth, which the same "comparable"
would otherwise make it (claims_qualifiers.stated_twin).
"""

from __future__ import annotations

import re

from core.metric_words import GROWTH_FALL
from core.metrics import all_metrics, projection
from pipeline.verify.scope_cues import rate_object

# Comparable sales growth is read as revenue growth's stated twin, with its own tests of a part
# and of a qualifier (claims_qualifiers.STATED_TWINS), never as a change's subject here.
_READ_AS_TWIN = frozenset({"comparable_sales_growth"})


@projection
def stated_rates() -> tuple[tuple[re.Pattern, str], ...]:
    """(cue, metric) of every growth rate the registry holds as the filer states it: a percent
    row signed as a growth rate, recomputed from nothing, that an article's words name."""
    return tuple((re.compile(cue.pattern, re.I), row.name) for row in all_metrics()
                 if row.unit == "percent" and row.sign_words == GROWTH_FALL
                 and row.derivation is None for cue in row.cues)


@projection
def subject_rates() -> frozenset[str]:
    """The stated rates a change's subject may name (``claims_growth.subject_of_growth``)."""
    return frozenset(name for _, name in stated_rates()) - _READ_AS_TWIN


# the last "comparable" before a rate opens the words of what it is ("Comparable sales fell 2%,
# as comparable transactions fell 3%": the transactions fell 3%)
# what may stand right before a stated rate's words for it to be the company's own: the
# opening of a sentence or clause, an article, an owner ("the retailer's"), a preposition or a
# conjunction (as before comparable sales: claims_qualifiers); a name ("U.S.", "Pro") makes it
# a part's, which no filing states
_OPENS = re.compile(r"(?:^|[,:;(]|\b(?:the|its|their|our|total|consolidated|overall|"
                    r"company-?wide|in|of|by|an?|and|but|with|that|which|while|whereas|as|on)|"
                    r"['’]s?)\s*$", re.I)
_COMPARABLE = re.compile(r"\b(?:comps?|comparable|same)\b", re.I)


def named_rate(before: str, after: str, metric: str) -> str | None:
    """The stated rate other than ``metric`` (comparable sales growth) that a rate's words
    name: from the last "comparable" before it ("comparable customer transactions fell 3%"),
    or as its noun's object after it ("a 2% decrease in comparable customer transactions"),
    which when there is one is what the rate is of, whatever the words before it name."""
    named = rate_object(after)
    if named is None:
        marks = list(_COMPARABLE.finditer(before))
        named = before[marks[-1].start():] if marks else ""
    return next((name for pattern, name in stated_rates()
                 if name != metric and pattern.match(named)), None)


def nearest_rate(window: str, *, from_end: bool):
    """(rank, metric, words) of the stated rate named nearest the window's end (start), ranked
    as ``cue_search.nearest_cue`` ranks its finds; None when none is named."""
    best = None
    for pattern, name in stated_rates():
        if name not in subject_rates():
            continue
        for match in pattern.finditer(window):
            if not _OPENS.search(window, 0, match.start()):
                continue  # "U.S. comp transactions", "Pro comparable ticket": a part's
            distance = len(window) - match.end() if from_end else match.start()
            rank = (distance, -(match.end() - match.start()))
            if best is None or rank < best[0]:
                best = (rank, name, match.group(0))
    return best


def object_is_stated_rate(after: str) -> bool:
    """Whether the noun right after a rate names a stated rate as what changed ("10% growth in
    price/mix"): an adjusting word before it ("organic revenue growth of 11%, and 10% growth in
    price/mix", a beverage trade magazine's quarter) qualifies the earlier item, never the
    stated rate the rate's own noun names."""
    named = rate_object(after)
    return named is not None and any(pattern.match(named) for pattern, name in stated_rates()
                                     if name in subject_rates())
