"""Two figures of one line on two bases, listed in the order the bases are named: "GAAP and
non-GAAP gross margins were 72.4% and 72.7%, respectively", "GAAP and non-GAAP earnings per
diluted share came in at $1.08 and $1.05" (a recap of a chipmaker's quarter copying its
release's pairing). The word "non-GAAP" before both made each an adjusted figure, and the GAAP
one, which the filing states, was never compared. The figure in the GAAP name's turn is the
GAAP line's; the other stays an adjusted figure (no metric, reported as such). Only a pair of
two figures of one unit kind, joined as a list ("A and B", "A, B"), right after the pair's line
words, is so read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from core.metrics import find_metric
from core.verdicts import Claim
from pipeline.verify import claims_context as ctx
from pipeline.verify.claims_metric import named_metric

_ADJUSTED_NAME = r"(?:non-?GAAP|adjusted)"
# "GAAP and non-GAAP <line words>", "non-GAAP and GAAP <line words>"; the line words run to the
# clause's first figure (no figure, no clause break in between)
_PAIR = re.compile(rf"\b(?:(?<![-\w])(?P<gaap_first>GAAP)\s+and\s+{_ADJUSTED_NAME}|"
                   rf"{_ADJUSTED_NAME}\s+and\s+(?:U\.?S\.?\s+)?(?<![-\w])GAAP)\s+"
                   r"(?P<line>[^$\d;:.]{2,90}?)(?=\$|\d)", re.I)
# between the pair's two figures: "and", a comma, a unit's words ("per share")
_GAP = re.compile(r"^\s*(?:(?:per|a)\s+(?:diluted\s+)?share\s*)?(?:,\s*(?:and\s+)?|and\s+)$",
                  re.I)
_KINDS = {"USD": "money", "USD/share": "money", "percent": "percent"}


def pair_bases(sentence: ctx.Sentence, claims: list[Claim]) -> list[Claim]:
    """The claims of one sentence, the GAAP figure of a "GAAP and non-GAAP" pair on its line."""
    found = _PAIR.search(sentence.text)
    if found is None:
        return claims
    at = [k for k, c in enumerate(claims) if c.span[0] - sentence.start >= found.end()]
    if len(at) < 2:
        return claims
    first, second = claims[at[0]], claims[at[1]]
    if not _is_pair(sentence, found, first, second):
        return claims
    gaap = at[0] if found.group("gaap_first") else at[1]
    # a per-share amount may have been read as bare money ("with figures at $1.08 and $1.05"):
    # its own unit first, so that "net income" names net income, not its per-share amount
    # (and a pair one of whose figures is per share is a pair of per-share amounts)
    units = (claims[gaap].unit, "USD/share") if claims[gaap].unit == "USD" else (
        claims[gaap].unit,)
    units = ("USD/share",) if "USD/share" in (first.unit, second.unit) else units
    metric = next((m for u in units if (m := named_metric(found.group("line"), u))), None)
    row = find_metric(metric) if metric else None
    if row is None or row.non_gaap_of is not None or not row.is_stored:
        return claims
    if row.unit != claims[gaap].unit and not _bare_amount(claims[gaap]):
        return claims  # a per-share amount read as scaled money: its value is not the figure
    out = list(claims)
    out[gaap] = replace(out[gaap], metric=metric, unit=row.unit)
    other = at[1] if gaap == at[0] else at[0]
    if out[other].metric == metric:
        out[other] = replace(out[other], metric=None)  # the adjusted figure, never the GAAP one
    return out


def _is_pair(sentence: ctx.Sentence, found: re.Match, first: Claim, second: Claim) -> bool:
    """Whether the two figures right after the pair's words are its two figures: one unit kind,
    joined as a list, the first right after the line words' verb, and no third figure listed."""
    kind = _KINDS.get(first.unit or "")
    if kind is None or kind != _KINDS.get(second.unit or "") or first.low or second.low:
        return False
    start = sentence.start
    lead = sentence.text[found.end():first.span[0] - start]
    gap = sentence.text[first.span[1] - start:second.span[0] - start]
    tail = sentence.text[second.span[1] - start:]
    return (len(lead) <= 60 and not re.search(r"[;:]|\.\s", lead) and bool(_GAP.match(gap))
            and not re.match(r"^\s*(?:(?:per|a)\s+(?:diluted\s+)?share\s*)?,?\s*(?:and\s+)?"
                             r"[$\d]", tail))


def _bare_amount(claim: Claim) -> bool:
    """Whether the figure is a bare dollar amount whose value is the number written ("$1.08")."""
    written = re.fullmatch(r"\$\s?(\d{1,3}(?:\.\d+)?)", claim.text.strip())
    return written is not None and Decimal(written.group(1)) == claim.value
