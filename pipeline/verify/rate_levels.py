"""A ratio quoted in basis points as its level, not as its change.

Banks quote small ratios in basis points: "the net charge-off ratio was 17 basis points in the
fourth quarter", "NCO ratio stable QoQ at 14 bps" (U.S. Bancorp's and Citizens' Q4 2021
releases, the ratio .17% and 0.14% in their tables). A figure in basis points is read as a
change of a rate (``claims_units``: "NIM declined 6 basis points"); it is the rate's level
only when a ratio's name stands right before it, tied to it by a verb or preposition of
being ("at", "of", "was", "to" after a move), and no word of change or comparison sits
between them or right after it ("17 bps higher", "down 5 bps from"). Such a figure is then a
percentage (14 bps = 0.14%), and the ratio's own cue names its metric as for "0.14%".
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.verify.claims_figure import Figure

_BASIS_POINTS_SCALE = -2  # claims_units reads "14 bps" as 0.14 points at scale -2
# the ratio named right before the figure, and what ties it to the figure
_LEVEL = re.compile(
    r"\b(?:ratios?|rates?)\b(?P<between>[^.;:%$\d]{0,50}?)\b(?P<link>at|of|was|were|is|"
    r"stood\s+at|came\s+in\s+at|remained\s+at|held\s+at|to)\s*$", re.I)
# a move of the ratio, or a comparison: the figure is then a change, not a level ("a move
# ... to" still ends at a level: "the ratio declined to 14 bps")
_CHANGE = re.compile(r"\b(?:up|down|ris\w*|rose|fell|fall\w*|declin\w*|increas\w*|decreas\w*|"
                     r"improv\w*|deteriorat\w*|widen\w*|narrow\w*|expan\w*|compress\w*|"
                     r"contract\w*|higher|lower|grew|grow\w*|drop\w*|jump\w*|climb\w*|"
                     r"chang\w*|moved?|by|from|versus|vs|compared|than)\b", re.I)
_MOVE_ONLY = re.compile(r"\b(?:by|from|versus|vs|compared|than)\b", re.I)
_COMPARED_AFTER = re.compile(r"^\s*(?:higher|lower|above|below|better|worse|more|less|up|"
                             r"down|from|over|under|versus|vs\b|compared|of\s+(?:improvement|"
                             r"deterioration|increase|decrease|decline|expansion|"
                             r"compression|contraction)|(?:year|quarter)[- ]over[- ]|"
                             r"(?:yoy|qoq)\b|(?:improvement|increase|decrease|decline|"
                             r"expansion|compression|contraction|change|rise|drop))", re.I)


def as_rate_level(figure: Figure, behind: str, ahead: str) -> Figure:
    """``figure`` read as a ratio's level when its words say so (see the module); ``behind``:
    the words since the previous figure, ``ahead``: those up to the next."""
    if not figure.is_points or figure.scale != _BASIS_POINTS_SCALE:
        return figure
    level = _LEVEL.search(behind)
    if level is None or _COMPARED_AFTER.match(ahead):
        return figure
    between = level["between"]
    moved = (_MOVE_ONLY.search(between) if level["link"].lower() == "to"
             else _CHANGE.search(between))
    if moved:
        return figure
    return replace(figure, is_points=False)
