"""Basic and diluted per-share amounts quoted side by side: "or $1.05 per share ($1.04 per share
on a diluted basis)", "$2.10 per share ($2.05 diluted)", "$0.50 per basic share".

A retailer's release put the basic amount first and the diluted one in brackets after it: the
first was read as diluted EPS (a false drift of a cent), and the bracketed one took the
sentence's opening quarter where it belongs to its host's ("..., compared with $51.8 million,
or $1.05 per share ($1.04 ...) for the third quarter of fiscal 2023": the base's year). The
bracketed amount is its host's twin: the same period, the same role in a comparison; the host
is then the basic amount, which only the filer's basic line (its tag) can confirm.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.verdicts import Claim
from pipeline.verify.claims_figure import Figure

_BASIC = "eps_basic"
_DILUTED = "eps_diluted"

# between the host and its twin: the host's "per share" words, then the opening bracket
_TWIN_GAP = re.compile(r"^\s*(?:(?:per|a)\s+(?:common\s+)?share)?\s*\(\s*$", re.I)
# the twin's words up to its closing bracket name dilution ("$1.04 per share on a diluted
# basis)", "$2.05 diluted)", "$0.99 per diluted share)")
_DILUTED_WORDS = re.compile(r"\bdiluted\b|\bdilution\b", re.I)
# "$0.50 per basic share", "$0.50 basic", "$0.50 per share, basic": the amount's own words
# (never "Diluted EPS was $0.77, basic $0.79": a comma and "basic" before the next amount
# open that amount's item; nor "$0.05 per common share, basic and diluted", one amount for both)
_OWN_BASIC = re.compile(r"^\s*(?:per\s+(?:common\s+)?share)?\s*,?\s*(?:on\s+a\s+)?basic\b"
                        r"(?![\s,:]*(?:EPS|earnings|income|loss|was|were|of|[$(\d-]|(?:and|&|/)"
                        r"\s*(?:fully\s+)?diluted))", re.I)


def is_twin(figure: Figure, behind: str, previous: Claim | None) -> bool:
    """Whether the figure is the bracketed per-share twin of the per-share amount right
    before it (``behind``: the words between them)."""
    return (figure.unit == "USD/share" and previous is not None
            and previous.unit == "USD/share" and bool(_TWIN_GAP.match(behind)))


def read_twins(text: str, figures: list[Figure], claims: list[Claim]) -> list[Claim]:
    """The sentence's claims (one per figure, in order) with each basic amount read as basic
    EPS and each bracketed twin dated as its host."""
    out = list(claims)
    for i, claim in enumerate(out):
        if claim.unit != "USD/share" or claim.metric != _DILUTED:
            continue
        span = figures[i].span
        # the words since the figure before (a twin's host's "per diluted share" is not its own)
        since = max(span[0] - 30, figures[i - 1].span[1] if i else 0)
        if _DILUTED_WORDS.search(claim.text) or _DILUTED_WORDS.search(text[since:span[0]]):
            continue  # "diluted EPS was $1.12 ($1.15 basic)": the host is as read
        if _OWN_BASIC.match(text[span[1]:span[1] + 40]) or _PER_BASIC.search(claim.text):
            out[i] = replace(claim, metric=_BASIC)
            continue
        if i + 1 >= len(out) or not _host_of(text, span, figures[i + 1]):
            continue
        out[i] = replace(claim, metric=_BASIC)
        out[i + 1] = replace(out[i + 1], period_label=claim.period_label,
                             period_start=claim.period_start, period_end=claim.period_end)
    return out


_PER_BASIC = re.compile(r"per\s+basic\s+", re.I)


def _host_of(text: str, host: tuple[int, int], twin: Figure) -> bool:
    """The twin is a per-share amount in a bracket right after the host, and its words there
    name dilution."""
    if twin.unit != "USD/share" or twin.span[0] < host[1]:
        return False
    if not _TWIN_GAP.match(text[host[1]:twin.span[0]]):
        return False
    closing = text.find(")", twin.span[0])
    return closing != -1 and bool(_DILUTED_WORDS.search(text[twin.span[0]:closing]))
