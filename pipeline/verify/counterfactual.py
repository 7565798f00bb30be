"""A figure the writer puts for what did not happen: "Without the deal costs, operating income
would have been $X", "Had sales held at last year's level, gross profit would have been $Y".

A counterfactual leaves out what the writer (or the filer, in a sentence of its own) chose; the
line its words name is the reported one, which it is not, so a miss there proves nothing: read
by those words, it drifted against a software maker's reported operating income. It is still
compared, and supported when a filed line or the filer's own sentence bears it out (a
release's "excluding the charge, EPS would have been $X"), else unverifiable, never drifted.
The filer's adjusted figure put in those words ("Excluding items, it would have earned $X a
share") is the adjusted line, and drifts as that line does.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.verdicts import Verification

# the conditional perfect right before the figure (in its clause): "would have been",
# "would otherwise have totaled", "would have risen 5% to"
_WOULD_HAVE = re.compile(
    r"\bwould\s+(?:otherwise\s+|instead\s+)?have\s+(?:been|come\s+(?:in\s+)?(?:to|at)|totall?ed|"
    r"reached|risen|fallen|grown|climbed|dropped|declined|amounted\s+to|earned|made|lost|"
    r"posted|reported|generated)\b", re.I)
# between it and the figure: hedges, a rate of change and "to", never a clause's end
_GAP = re.compile(r"^[^;.!?]{0,60}$")
# the filer's adjusting words: the figure is its adjusted line, said conditionally
_ADJUSTED = re.compile(
    r"\b(?:adjusted|non-?GAAP|(?:one-?time|special|unusual|non-?recurring)\s+(?:items|charges)|"
    r"excluding\s+(?:certain\s+)?(?:items|charges))\b", re.I)


def counterfactual(sentence: str, span: tuple[int, int]) -> str | None:
    """The words that make the figure at ``span`` of ``sentence`` a counterfactual, else None."""
    before = sentence[:span[0]]
    found = next(reversed(list(_WOULD_HAVE.finditer(before))), None)
    if found is None or not _GAP.match(before[found.end():]) or _ADJUSTED.search(sentence):
        return None
    return found.group(0)


def never_drifted(verification: Verification) -> Verification:
    """A drift of a counterfactual figure is unverifiable (the line its words name is not it)."""
    claim = verification.claim
    at = claim.sentence_at
    if verification.verdict != "drifted" or at < 0:
        return verification
    words = counterfactual(claim.sentence, (at, at + len(claim.text)))
    if words is None:
        return verification
    return replace(verification, verdict="unverifiable", gap=None, reason=(
        f"a counterfactual (\u201c{words}\u201d): what the figure would have been without "
        f"something, which the line its words name is not; {verification.reason or ''}"
        ).rstrip("; "))
