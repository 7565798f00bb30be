"""An operating statistic's change told as an improvement: "locomotive productivity was 141 GTMs
per horsepower day, a 5% improvement", "workforce productivity improved 9% to 1,124 car miles
per employee", "a 7% improvement in terminal dwell" (a rail-enthusiast site's recap of a
railroad's quarter, which quotes the 10-Q's operating-statistics table).

"Improved" says which way the figure moved only where the registry knows which way is better:
for a revenue or an expense line it says nothing certain ("costs improved 5%" is a fall), so the
sentence reader's growth cues leave it out. For the operating statistics (``rows_operating``)
it is known: more miles per car, per employee, per horsepower day, a longer train, a faster one
are better; fewer hours of terminal dwell are (``Metric.lower_is_better``: "dwell improved 7%"
is a fall of 7%, as the railroad's own MD&A writes it). So a rate whose improvement words stand
right beside it, and whose statistic the words (or the level just before it in the sentence)
name, is that statistic's growth, signed by its better way. Anything else stays as read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.metrics import find_metric
from core.rows_operating import ROWS as OPERATING_ROWS
from core.verdicts import Claim

GROWTH = "revenue_growth"  # the growth row; its basis names what grew

# "improved 9%", "improved by about 9%", "an improvement of 9%" (the words right before it)
_IMPROVED_BEFORE = re.compile(r"\bimprov(?:ed|es|ing|ement\s+of)\s+(?:by\s+)?"
                              r"(?:about\s+|nearly\s+|roughly\s+|almost\s+|some\s+)?$", re.I)
# "a 5% improvement", "a 5% year-over-year improvement" (the words right after it)
_IMPROVEMENT_AFTER = re.compile(r"^\s*(?:(?:year[- ]over[- ]year|y/y|yoy|annual)\s+)?"
                                r"improvement\b", re.I)
# "a 7% improvement in terminal dwell": what improved, named right after the noun
_OBJECT_AFTER = re.compile(r"^\s*(?:(?:year[- ]over[- ]year|y/y|yoy|annual)\s+)?improvement\s+"
                           r"(?:in|of)\s+(?P<words>[^.;,$\d%]{0,60})", re.I)
# the clause the rate belongs to: words past the last comma, semicolon or conjunction name the
# statistic ("..., a 5% improvement, and workforce productivity improved 9%")
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|while|whereas|but)\b", re.I)


def _statistic_named(words: str, *, last: bool) -> str | None:
    """The operating statistic whose cue stands in the words (the last one, or the first)."""
    best: tuple[int, str] | None = None
    for row in OPERATING_ROWS:
        for cue in row.cues:
            for found in re.finditer(cue.pattern, words, re.I):
                at = found.start() if last else -found.start()
                if best is None or at > best[0]:
                    best = (at, row.name)
    return best[1] if best is not None else None


def improved_statistic(behind: str, ahead: str, previous: Claim | None,
                       same_sentence: bool) -> str | None:
    """The operating statistic an improvement rate is the growth of, or None."""
    if _IMPROVED_BEFORE.search(behind):
        clause = _CLAUSE_BREAK.split(behind)[-1]
        return _statistic_named(clause, last=True)
    if not _IMPROVEMENT_AFTER.match(ahead):
        return None
    named = _OBJECT_AFTER.match(ahead)
    if named is not None:
        return _statistic_named(named.group("words"), last=False)
    # "X was 141 GTMs per horsepower day, a 5% improvement": the level just before it
    if (same_sentence and previous is not None and previous.metric is not None
            and find_metric(previous.metric) in OPERATING_ROWS
            and re.fullmatch(r"[^.;$\d%]*,\s*(?:a|an)\s+", behind)):
        return previous.metric
    return None


def signed(statistic: str, value: Decimal) -> Decimal:
    """The improvement as a change: a fall for a statistic where lower is better."""
    row = find_metric(statistic)
    return -abs(value) if row is not None and row.lower_is_better else abs(value)
