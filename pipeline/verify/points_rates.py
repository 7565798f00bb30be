"""Which rate a change in points is about, by the rate's cue: the rates such a change may be
of (``level_rates``), the one named last in the words before the change (``rate_named``) or
named after the change's noun ("a 1.0 point improvement in operating ratio",
``rate_named_after``), and the direction words written right after it (``WAY_AFTER``). Kept
apart from ``claims_changes``, which reads the change itself (its rate, direction and base)."""

from __future__ import annotations

import re

from core.metrics import all_metrics, find_metric, projection
from pipeline.verify.claims_segments import part_named

POINTS = "rate_change"

# The rate-like nouns: a change of one of them that the registry does not know is about it, and
# none of them may stand between the rate a change is read as and the change itself.
RATE_NOUN = re.compile(r"\b(?:margins?|ratios?|rates?|returns?|index|indices|yields?|shares?|"
                       r"mix|percentages?|ROIC|ROE|ROA|ROTCE)\b", re.I)
PART = "a part's rate"


@projection
def level_rates() -> frozenset[str]:
    """Rates a change in points may be about: every rate a filing states or that is recomputed
    as a ratio (margins, the operating ratio, whatever row adds one); not a growth rate, a
    change itself, or one customer's share."""
    if find_metric(POINTS) is None:
        return frozenset()
    return frozenset(row.name for row in all_metrics() if row.unit == "percent"
                     and row.entity != "customer" and row.name != POINTS and (
                         (row.derivation is None and row.is_stored) or (
                             row.derivation is not None
                             and row.derivation.kind in ("ratio", "complement"))))


@projection
def _rate_cues() -> tuple[tuple[re.Pattern, str], ...]:
    rates = level_rates()
    return tuple((re.compile(cue.pattern, re.I), row.name) for row in all_metrics()
                 if row.name in rates for cue in row.cues)


def rate_named(window: str) -> str | None:
    """The rate whose cue ends nearest the window's end, with no other rate noun after it, and
    the company's own: a part's rate ("AWS operating margin") is no rate the company files."""
    best = None
    for pattern, name in _rate_cues():
        for found in pattern.finditer(window):
            if best is None or found.end() > best[0]:
                best = (found.end(), name, found.start())
    if best is None or RATE_NOUN.search(window[best[0]:]):
        return None
    return PART if part_named(window[:best[2]]) else best[1]


# A direction written right after the change: "7 points higher", "2 points better", or the
# change's noun the figure modifies ("a 1-point improvement", "a 2.4 point decline")
WAY_AFTER = re.compile(r"^[\s,]*(?:year[- ]over[- ]year\s+|y/y\s+)?(?P<way>higher|lower|up|down|"
                       r"better|worse|more|less|improvement|deterioration|increase|decrease|"
                       r"decline|rise|drop|contraction)\b", re.I)
# "a 1.0 point improvement in operating ratio to 59.0%" (a filing digest's recap of a
# railroad's quarter): the rate is named after the change's noun, up to its level or the
# clause's end, and nothing but the rate stands there (never a list: "in gross and operating
# margins")
_NOUN_OF_RATE = re.compile(WAY_AFTER.pattern + r"\s+(?:in|of)\s+(?:the\s+|its\s+|our\s+)?",
                           re.I)
_RATE_AFTER_ENDS = re.compile(r"[,;:()]|\.(?!\d)|\d|\b(?:to|from|at|and|or|versus|vs|"
                              r"compared|year|quarter|for|in|as|while|which)\b", re.I)


def rate_named_after(ahead: str) -> str | None:
    """The company's rate named right after a change's noun, when the words there are that
    rate's cue and nothing else; PART for a part's rate; None else."""
    found = _NOUN_OF_RATE.match(ahead)
    if found is None:
        return None
    rest = ahead[found.end():]
    ends = _RATE_AFTER_ENDS.search(rest)
    words = rest[:ends.start() if ends else len(rest)].strip()
    named = rate_named(words)
    if named is None or named == PART:
        return named
    cue = max((hit for pattern, name in _rate_cues() if name == named
               for hit in pattern.finditer(words)), key=lambda hit: hit.end())
    return named if cue.start() == 0 and cue.end() == len(words) else None


# "down 6 basis points from the third quarter despite an expansion of 3 basis points in deposit
# costs", "... of about 2 basis points from loan growth" (a trade paper on a bank's margin): a
# change whose own line or driver is named right after it is that one's, never the rate named
# before it; a period, a base or the rate itself named there keeps the reading
_TIME_WORDS = (r"(?:prior|previous|preceding|same|last|latest|recent|most|current|this|that|"
               r"linked|sequential\w*|year\w*|quarter\w*|month\w*|half|full|first|second|"
               r"third|fourth|fiscal|calendar|Q[1-4]|H[12]|ytd|twelve|three|six|nine|period|"
               r"comparable|corresponding|january|february|march|april|may|june|july|august|"
               r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|"
               r"nov|dec)\b")
_LINE_AFTER = re.compile(r"^\s*(?:in|of|from)\s+(?!(?:(?:the|a|an|its|their|our)\s+)?"
                         rf"(?:{_TIME_WORDS}|\d))(?P<words>[A-Za-z][\w&'-]*"
                         r"(?:\s+(?!(?:from|to|and|or|as|while|which|versus|vs)\b)"
                         r"[A-Za-z][\w&'-]*){0,3})", re.I)
_BARE_RATE = re.compile(r"(?:(?:the|its|their|our)\s+)?(?:margins?|ratios?|rates?|yields?)", re.I)


def names_another_line(ahead: str, basis: str | None) -> bool:
    """Whether the words right after a change in points name a line or a driver of its own
    ("in deposit costs", "from loan growth") rather than its period, its base or ``basis``."""
    found = _LINE_AFTER.match(ahead)
    if found is None:
        return False
    words = found.group("words").strip()
    if _BARE_RATE.fullmatch(words):
        return False
    named = rate_named(words)
    return named is None or named != basis

