"""Figures listed against lines listed, "respectively": the i-th figure is the i-th line's.

"Operating income, net income and diluted EPS for the quarter were $6.07 billion, $4.97 billion
and $0.59 per share, respectively" (a trade site on a software maker's fiscal fourth quarter):
read figure by figure from the nearest cue, the operating income took "net income" and drifted
against it. A list of levels ended by "respectively" takes its lines in order from the list of
line names before it, when the two lists are as long as each other and each line can carry its
figure's unit; when they cannot be paired, no figure of the list keeps a line it may not own.
Rates are left as read: "revenue and net income rose 5% and 8%, respectively" is a list of
changes, read by the growth words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.metrics import find_metric
from core.verdicts import Claim
from pipeline.verify import claims_context as ctx
from pipeline.verify.claims_change_words import change_metric_set
from pipeline.verify.claims_growth import named_growth_subject
from pipeline.verify.claims_metric import named_metric

RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
# between two figures of one list: a comma or "and", and the words of a unit ("per share")
# (an amount in another currency may stand in brackets after each: "$6.07 billion (£4bn)")
_ASIDE = r"(?:\([^()\d]{0,4}[\d.,]+\s?[a-z]{0,8}\)[\s,]*)?"
_SHARE_WORDS = r"(?:(?:per\s+(?:diluted\s+|basic\s+)?share|a\s+share)[\s,]*)?"
_LIST_GAP = re.compile(r"^[\s,]*" + _ASIDE + _SHARE_WORDS + r"(?:and\s+)?$", re.I)
# between the list's last figure and "respectively"
_LIST_END = re.compile(r"^[\s,]*" + _ASIDE + _SHARE_WORDS + r"$", re.I)
LISTED_UNITS = ("USD", "USD/share", "shares", "count", "percent")
_CLAUSE_START = re.compile(r"[;:]|\.\s")
# between two names of a list of lines: "operating income, net income, and diluted EPS"
_ITEM_BREAK = re.compile(r",\s*(?:and\s+)?|\s+and\s+", re.I)


def map_respectively(sentence: ctx.Sentence, claims: list[Claim]) -> list[Claim]:
    """The claims of one sentence, a "respectively" list's levels each on its listed line."""
    found = RESPECTIVELY.search(sentence.text)
    run = _listed_run(sentence, claims, found.start()) if found else _implied_run(sentence,
                                                                                 claims)
    if len(run) < 2:
        return claims
    first = claims[run[0]].span[0] - sentence.start
    head = sentence.text[:first]
    head = head[max((m.end() for m in _CLAUSE_START.finditer(head)), default=0):]
    items = [item for item in _ITEM_BREAK.split(head)
             if any(_line_of(item, claims[k]) for k in run)]
    lines = [_line_of(item, claims[k]) for k, item in zip(run, items, strict=False)]
    paired = len(items) == len(run) and all(lines)
    if found and not paired and (line := _one_line_by_periods(head, claims, run)):
        lines, paired = [line] * len(run), True  # a list of periods, each of the one line
    if not found and not paired and len(items) < 2:
        return claims  # no "respectively" and one line named: each figure as read
    out = list(claims)
    for k, line in zip(run, lines if paired else [(None, None)] * len(run), strict=True):
        out[k] = replace(out[k], metric=line[0], basis=line[1]) if line else out[k]
    return out


# "Revenue in 2021 and 2020 was $A and $B, respectively", "Total revenue for the fourth
# quarter and full year was $A and $B, respectively" (a wire story on a bank's year): the list
# is of periods (respective_periods dates each figure), all of the one line the head names;
# read as a list of lines one short, every figure lost its line
_PERIOD_ITEM = re.compile(r"^\s*(?:(?:the|its|fiscal|full|first|second|third|fourth|whole|"
                          r"calendar|nine|six|three|twelve|prior|previous|same)[\s-]+)*"
                          r"(?:(?:FY\s?)?(?:19|20)\d\d|quarters?|years?|half|months?|"
                          r"year[- ]to[- ]date|Q[1-4]|H[12])\b(?:\s+(?:(?:19|20)\d\d|was|were|of|"
                          r"fiscal|year))*\s*$", re.I)


def _one_line_by_periods(head: str, claims: list[Claim],
                         run: list[int]) -> tuple[str | None, str | None] | None:
    """The one line a head names before a list of periods, when every other item of the head
    names a period only; else None."""
    parts = [part for part in _ITEM_BREAK.split(head) if part.strip()]
    if len(parts) < 2:
        return None
    found = {_line_of(parts[0], claims[k]) for k in run}
    if len(found) != 1 or None in found or not all(_PERIOD_ITEM.match(p) for p in parts[1:]):
        return None
    return found.pop()


def _line_of(item: str, claim: Claim) -> tuple[str | None, str | None] | None:
    """(metric, basis) the list item names for the claim: a level's line ("gross margin"), or
    for a growth rate, the growth metric with what grew as its basis ("net income"); None
    when the item names none."""
    if claim.metric not in change_metric_set():
        metric = named_metric(item, claim.unit)
        return (metric, claim.basis) if metric else None
    grown = named_growth_subject(item)
    if grown is None:
        return None
    usual = find_metric(claim.metric).derivation.inputs[0][0]
    return claim.metric, None if grown == usual else grown


def _listed_run(sentence: ctx.Sentence, claims: list[Claim], end: int) -> list[int]:
    """Indices of the levels listed right before "respectively" (at ``end`` in the sentence),
    each joined to the next by a comma or "and" (figures with no unit, an amount in another
    currency in brackets, stand aside)."""
    ends = [k for k, c in enumerate(claims)
            if c.unit is not None and c.span[1] - sentence.start <= end]
    if not ends:
        return []
    run = [ends[-1]]
    if not _LIST_END.match(sentence.text[claims[run[0]].span[1] - sentence.start:end]):
        return []
    for k in reversed(ends[:-1]):
        gap = sentence.text[claims[k].span[1] - sentence.start:
                            claims[run[0]].span[0] - sentence.start]
        if not _LIST_GAP.match(gap):
            break
        run.insert(0, k)
    if any(claims[k].unit not in LISTED_UNITS or claims[k].low is not None
           or claims[k].entity for k in run):
        return []  # (a list of parts, "in the US and Canada ... respectively": claims_part_lists)
    return run


# The same list without "respectively": "revenue, operating income, and diluted earnings per
# share were $77.85 billion, $26.76 billion, and $2.58 per share" (a link blog on a software
# maker's year; read from the nearest cue, the revenue took "operating income"). The lines'
# verb or preposition stands right before the first figure, and the figures end the clause;
# the list is only taken when every line pairs with a figure (else each stays as read).
_LIST_VERB = re.compile(r"\b(?:were|are|of|came\s+(?:in\s+at|to)|stood\s+at|totall?ed)\s+$", re.I)
_LIST_CLOSE = re.compile(r"^[\s,]*" + _SHARE_WORDS + r"(?:[.;]|$)", re.I)


def _implied_run(sentence: ctx.Sentence, claims: list[Claim]) -> list[int]:
    """Indices of a list of levels named by a list of lines before its verb, which ends its
    sentence or clause; [] when the figures are not so listed."""
    text, start = sentence.text, sentence.start
    levels = [k for k, c in enumerate(claims) if c.unit is not None]
    for n, k in enumerate(levels):
        if not _LIST_VERB.search(text[:claims[k].span[0] - start]):
            continue
        run = [k]
        for j in levels[n + 1:]:
            gap = text[claims[run[-1]].span[1] - start:claims[j].span[0] - start]
            if not _LIST_GAP.match(gap):
                break
            run.append(j)
        last_gap = text[claims[run[-2]].span[1] - start:claims[run[-1]].span[0] - start] if (
            len(run) > 1) else ""
        if (len(run) > 1 and "and" in last_gap.lower()
                and _LIST_CLOSE.match(text[claims[run[-1]].span[1] - start:])
                and all(claims[j].unit in LISTED_UNITS and claims[j].low is None
                        and not claims[j].entity for j in run)):
            return run
    return []
