"""A money figure that is a change, written with the change's noun after it: "a $1.2 billion
annual drop", "a $300 million year-over-year increase", "a $40 million sequential decline".

Such a figure is the difference of one metric's figures in two periods, never the metric's
level: it is recomputed from the two periods (the figure's own and its base), at the article's
precision, or left unverifiable when the words name no metric or no base. Which base the
noun's adjective names is read here (``base_named``): a year earlier ("annual", "year-over-
year") or the preceding quarter ("sequential"); the words after the noun may name it too
("a $5 million drop from a year earlier"). A change with no base named is not recomputed: the
verifier does not guess whether it is against a year earlier or the quarter before, unless
it is a whole year's (``year_back``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.metric_words import (
    CHANGE_DOWN_NOUNS,
    CHANGE_QUARTERLY,
    CHANGE_UP_NOUNS,
    CHANGE_YEARLY,
)
from core.verdicts import Claim
from pipeline.verify import claims_changes as changes
from pipeline.verify.change_bases import (
    QUARTER,
    YEAR,
    claim_compared_with,
    names_base_ahead,
    period_of,
)
from pipeline.verify.claims_figure import Figure

# the base a change's adjective names, then the change's noun and its direction
_NOUN_AFTER = re.compile(
    rf"^\s*(?:(?P<year>{CHANGE_YEARLY})|(?P<quarter>{CHANGE_QUARTERLY}))?\s*(?:"
    rf"(?P<up>{CHANGE_UP_NOUNS})|(?P<down>{CHANGE_DOWN_NOUNS}))s?\b", re.I)
# the article before the figure: "a $1.2 billion drop" (not "revenue of $1.2 billion, a drop")
# ... and a word of size between them ("a whopping $4.4 billion increase", a finance site on a
# bank's pay bill): the change's noun still follows the figure
_SIZE = (r"whopping|hefty|massive|huge|sizable|sizeable|modest|slight|small|big|large|"
         r"staggering|remarkable|impressive|significant|substantial|sharp|steep|notable")
_ARTICLE_BEFORE = re.compile(rf"\b(?:a|an)\s+(?:(?:{_SIZE})\s+)?(?:(?:roughly|about|nearly|"
                             r"almost|some|more\s+than|over|approximately)\s+)?"
                             r"(?:(?:US)?\$|USD\s?)?$", re.I)


def noun_change(figure: Figure, behind: str, ahead: str,
                tail: str = "") -> tuple[Decimal, str | None] | None:
    """(signed value, base: YEAR, QUARTER or None) of a money figure that a change's noun
    follows ("a $1.2 billion annual drop", "a $0.2 billion (+2.7%) increase"); None when the
    figure is no such change."""
    if figure.unit not in ("USD", "USD/share") or not _ARTICLE_BEFORE.search(behind):
        return None
    ahead = changes.past_rate_aside(ahead, tail)
    found = _NOUN_AFTER.match(ahead)
    if found is None:
        return None
    return abs(figure.value) * (1 if found.group("up") else -1), _noun_base(found, ahead)


_IN = re.compile(r"^\s+in\s+(?:(?:its|the|total|net)\s+)?", re.I)


def noun_object(ahead: str) -> str:
    """The words a change's noun says it is of ("drop in revenue ..."), else ''."""
    found = _NOUN_AFTER.match(ahead)
    rest = ahead[found.end():] if found is not None else ""
    joined = _IN.match(rest)
    return rest[joined.end():][:40] if joined is not None else ""


def _noun_base(found: re.Match, ahead: str) -> str | None:
    """The base a change's noun names: its adjective's ("annual"), else the words after it
    ("a $5 million drop in sales from a year earlier")."""
    if found.group("year"):
        return YEAR
    if found.group("quarter"):
        return QUARTER
    return _base_after(_IN_WHAT.sub("", ahead[found.end():], count=1))


# what changed, between the noun and its base: "drop in net sales from a year earlier"
_IN_WHAT = re.compile(r"^\s*in\s+(?:[\w'’-]+\s+){0,3}?(?=(?:from|over|versus|vs|compared)\b)",
                      re.I)


def _base_after(words: str) -> str | None:
    """The base the words after a change name: "from a year earlier", "from the prior
    quarter"."""
    if changes.YEAR_AGO.match(words):
        return YEAR
    if names_base_ahead(words):
        return QUARTER
    return None


def base_named(claim: Claim) -> str | None:
    """YEAR or QUARTER: the base a money change's own words name, whichever form it takes (a
    noun after the figure, or "up $978 million from a year earlier"); None when they name
    none, or the figure is no such change."""
    start = claim.sentence_at
    if start < 0 or claim.unit not in ("USD", "USD/share"):
        return None
    behind, ahead = claim.sentence[:start], claim.sentence[start + len(claim.text):]
    found = _NOUN_AFTER.match(ahead)
    if found is not None and _ARTICLE_BEFORE.search(behind):
        return _noun_base(found, ahead)
    return _base_after(ahead)


def year_back(claim: Claim) -> bool:
    """Whether a change in an amount is against the same period a year before: its words say
    so ("annual", "from a year earlier"), or it is a whole year's change whose words name no
    base at all ("gross profit increased $50 million" in a year's highlights: a year has no
    preceding quarter to be compared with)."""
    named = base_named(claim)
    if named is not None:
        return named == YEAR
    own = period_of(claim)
    return own is not None and own.kind == "year" and claim_compared_with(claim) is None


def unquoted_reason(claim: Claim) -> str:
    """Why a difference none of whose figures the sentence quotes is not recomputed."""
    if base_named(claim) is None and claim_compared_with(claim) is None:
        return (f"a change in {claim.basis} whose words name no base: for a period shorter than "
                "a year, whether it is against a year earlier or the preceding quarter is not "
                "said, and the verifier does not guess; searched nothing")
    return (f"a difference of two figures of {claim.basis}: the sentence does not quote both "
            "(the figure it is about, and the one after 'than')")


REASON = ("a change in an amount (its noun after the figure: 'a $1.2 billion drop'): "
          "recomputed only as one named metric's change against a base its words name (a year "
          "earlier, or the preceding quarter); this one names no such metric or no base, and "
          "it is never compared with the metric's level")


def is_noun_change(sentence: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is a change its noun names after it."""
    return bool(_ARTICLE_BEFORE.search(sentence[:span[0]])
                and _NOUN_AFTER.match(sentence[span[1]:]))
