"""Which filed line an article's words mean when they may mean more than one.

Journalists write "net income" for the figure applicable to common shareholders (Goldman
Sachs's Q4 2021 release: net earnings 3,935, applicable to common 3,809; the FT's "$3.8bn").
A registry row lists in ``quoted_as`` the metrics whose words may mean it; a claim of such a
metric is compared with each line the filing states. It is supported when it matches one of
them, with evidence naming that line; drifted only when it matches none, every line shown;
unverifiable when a line it may mean is stated but cannot be pinned (never the closest line
chosen silently).
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.metrics import all_metrics, find_metric, get_metric, projection
from core.verdicts import Claim, Verification

# Words that name one of the lines outright, and so rule out others the plain words may mean:
# "net income attributable to shareowners" (a wire story on a beverage maker's quarter, whose
# consolidated net income, before noncontrolling interests, was $26 million lower) is the
# company's own share, after discontinued operations too: never the consolidated figure nor
# the income from continuing operations. (What the words rule out, the words.)
_NAMED_OUTRIGHT = (
    (("net_income_including_noncontrolling", "net_income_continuing_operations"),
     re.compile(r"\b(?:attributable|available|applicable)\s+to\b|\battributable\b", re.I)),
)
# Words that name another line outright, and so rule out the claim's own where the filing
# prints that line apart: "consolidated net income" (a wire story on a beverage maker's quarter
# whose consolidated figure, before noncontrolling interests, was $26 million below its own
# share) is the consolidated line, never the company's share; where no such line is printed
# apart, the company's net income is the consolidated figure. (The line, the words.)
_NAMES_OTHER = (
    ("net_income_including_noncontrolling",
     re.compile(r"\bconsolidated\b|\bincluding\s+(?:non-?controlling|minority)\b", re.I)),
)
# an article's naming of a net income line: the last one before a figure is the figure's
_NAMING = re.compile(r"(?:\bconsolidated\s+)?\bnet\s+(?:income|earnings|profits?|loss)\b"
                     r"(?:\s+\([^)]{0,12}\))?(?:\s+(?:attributable|available|applicable)\s+"
                     r"to\b|,?\s+including\s+(?:non-?controlling|minority)\s+interests?)?|"
                     r"\battributable\s+(?:net\s+)?(?:income|earnings|profits?|loss)\b",
                     re.I)


# "diluted" near a per-share figure ("$3.26 a diluted share", "diluted EPS of $3.26", "$3.26
# per share, diluted") names the diluted line outright: never the basic one
_DILUTED = re.compile(r"\bdilut(?:ed|ion)\b", re.I)
_DILUTED_NEAR = (40, 30)  # characters before and after the figure


def _names_diluted(claim: Claim) -> bool:
    at = max(claim.sentence_at, 0)
    before, after = _DILUTED_NEAR
    if _DILUTED.search(claim.sentence[max(0, at - before):at + len(claim.text) + after]):
        return True
    # "Diluted EPS for 2024 was $20.28, compared to $12.25 in 2023" (a news digest's item): the
    # base of a comparison is of the line the sentence named last, unless its own words say
    # basic; read as basic, the base matched the basic line and was supported
    named = list(_PER_SHARE_LINE.finditer(claim.sentence[:at]))
    own = claim.sentence[at + len(claim.text):at + len(claim.text) + after]
    return bool(named) and _DILUTED.match(named[-1].group(0)) is not None and not (
        _BASIC.search(own))


_PER_SHARE_LINE = re.compile(r"\bdilut(?:ed|ion)\b|\bbasic\b", re.I)
_BASIC = re.compile(r"\bbasic\b", re.I)


def _last_naming(claim: Claim) -> str | None:
    named = list(_NAMING.finditer(claim.sentence[:max(claim.sentence_at, 0)]))
    return named[-1].group(0) if named else None


def named_other(claim: Claim, names: tuple[str, ...]) -> str | None:
    """The one line of ``names`` that the last naming of the line before the figure names
    outright over the claim's own (``_NAMES_OTHER``: "consolidated net income"), or None."""
    last = _last_naming(claim)
    if last is None:
        return None
    return next((line for line, words in _NAMES_OTHER if line in names and words.search(last)),
                None)


def on_named_other(claim: Claim, own: Verification, named: Verification) -> Verification:
    """The verdict on ``claim`` whose words name another line outright (``named_other``) that
    the filing states: that line's verdict, except that a figure borne out by the claim's own
    line alone is not pinned (the words name one line, the figure is another's)."""
    if named.verdict in ("supported", "stale"):
        said = f"the words name the filing's {line_of(named)}"
        return replace(named, claim=claim, gap=None,
                       reason=f"{said}; {named.reason}" if named.reason else said)
    if own.verdict in ("supported", "stale") and named.verdict == "drifted":
        return Verification(claim, "unverifiable", evidence=named.evidence + own.evidence,
                            reason=(f"the words name the filing's {line_of(named)}, which it "
                                    f"states as {named.filed_value:,f}; the figure matches its "
                                    f"{line_of(own)} instead, so it is not pinned to the line "
                                    "the article names"))
    return replace(named, claim=claim)


def meant(claim: Claim, names: tuple[str, ...]) -> tuple[str, ...]:
    """The lines of ``names`` the claim's words may still mean: those that the last naming of
    the line before the figure, in its sentence, does not rule out (``_NAMED_OUTRIGHT``), and
    never the basic per-share figure when the words near it say diluted."""
    if "eps_basic" in names and _names_diluted(claim):
        names = tuple(n for n in names if n != "eps_basic")
    last = _last_naming(claim)
    if last is None:
        return names
    ruled = {n for lines, words in _NAMED_OUTRIGHT if words.search(last) for n in lines}
    return tuple(n for n in names if n not in ruled)


@projection
def quoted_as() -> dict[str, tuple[str, ...]]:
    """Metric -> the other metrics an article's words for it may mean, from the rows'
    ``quoted_as`` ("net income" may be the figure applicable to common shareholders)."""
    found: dict[str, tuple[str, ...]] = {}
    for row in all_metrics():
        for name in row.quoted_as:
            found[name] = found.get(name, ()) + (row.name,)
    return found


def tries_others(own: Verification, base: str) -> bool:
    """Whether the verdict on a growth rate's own base leaves the other lines its words may
    mean to be tried: a drift, or no verdict because the base is no filed line of its own
    ("an 11 percent jump in expenses", a wire story on a bank's quarter: its noninterest
    expense's growth bears the rate out, and a miss there leaves it unverifiable)."""
    row = find_metric(base)
    return own.verdict == "drifted" or (own.verdict == "unverifiable" and row is not None
                                        and not row.is_stored)


def line_of(verification: Verification) -> str:
    """The line a verdict's evidence names: its metric and, where known, its place."""
    if not verification.evidence:
        return verification.claim.metric or ""
    evidence = verification.evidence[0]
    return f"{evidence.metric} ({evidence.locator})" if evidence.locator else evidence.metric


def either_line(claim: Claim, own: Verification, others: list[Verification],
                others_stated: list[bool]) -> Verification:
    """The verdict on ``claim`` given its own metric's verdict (drifted, or unverifiable for
    want of a filed line) and those of the lines its words may also mean (``others``, with
    whether the filing states each for the claim's period)."""
    for other in others:
        if other.verdict in ("supported", "stale"):
            said = f"matches the filing's {line_of(other)}"
            if own.verdict == "drifted":
                said += f", not its {line_of(own)} ({own.filed_value:,f})"
            reason = f"{said}; {other.reason}" if other.reason else said
            return replace(other, claim=claim, gap=None, reason=reason)
    if own.verdict != "drifted":
        return own  # the words' own line is not filed, nor does another line bear them out
    # a recomputed figure (a growth rate) has no reason of its own: its arithmetic says it
    said = own.reason or own.arithmetic or f"the filing states {own.filed_value:,f}"
    pending = [v for v, stated in zip(others, others_stated, strict=True)
               if stated and v.verdict not in ("drifted",)]
    if pending:
        return Verification(claim, "unverifiable", reason=(
            f"{said}; but the words may also mean {pending[0].claim.metric}, which the "
            f"filing states and which could not be pinned: {pending[0].reason}"))
    drifted = [v for v in others if v.verdict == "drifted"]
    if len(drifted) < len(others) and not get_metric(claim.metric).drifts_alone:
        unfiled = ", ".join(v.claim.metric for v in others if v.verdict != "drifted")
        return Verification(claim, "unverifiable", evidence=own.evidence, reason=(
            f"{own.reason}; but the words may also mean {unfiled}, which the filing does not "
            f"state for the period, so the figure is not pinned to one filed line"))
    if not drifted:
        return own  # no other line is filed for the period: the own line's verdict stands
    evidence = own.evidence + tuple(e for v in drifted for e in v.evidence)
    also = "; ".join(f"{line_of(v)}: {v.filed_value:,f}" for v in drifted)
    return replace(own, evidence=evidence, gap=None,
                   reason=f"{said}; nor does the other line the words may mean ({also})")
