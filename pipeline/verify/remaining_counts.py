"""The count a flow of stores leaves: "closed 287 stores worldwide, leaving 4,169 remaining",
"opened 12 new restaurants, bringing the total to 1,044" (a games site on a retailer's year,
where the remaining count was a bare number and not_checkable). The number after "leaving" or
"bringing the total to", in the sentence of a count of stores opened or closed, is the stores
operated once the flow is done: the ``stores`` row, judged as any store count is.
"""

from __future__ import annotations

import re

from core.rows_counts import STORE_FLOW_NOUNS

_ABOUT = r"(?:(?:about|approximately|nearly|roughly|some|around|just|only)\s+)?"
# the words right before the figure: "leaving", "leaving it with", "bringing its total to"
_LEFT = re.compile(r"(?:,\s*|\band\s+|\bwhich\s+)(?:leaving|left)\s+(?:(?:it|the\s+company|"
                   r"the\s+chain|the\s+retailer|them)\s+with\s+)?(?:a\s+total\s+of\s+)?" + _ABOUT
                   + r"$|,\s*(?:bringing|taking)\s+(?:its|the|their)\s+(?:total|store\s+count|"
                   r"count|fleet)\s+to\s+" + _ABOUT + "$", re.I)
# after it: the stores' noun, a word for what is left, or the clause's end
_REST = re.compile(r"^\s*(?:(?:remaining|open|in\s+operation|operating|left)\b|"
                   + STORE_FLOW_NOUNS["store_closures"] + r"\b|[.;,]|$)", re.I)


def remaining_stores(behind: str, ahead: str, previous_metric: str | None) -> bool:
    """Whether a bare number is the store count a flow of stores before it in its sentence
    leaves ("..., leaving 4,169 remaining")."""
    return previous_metric in STORE_FLOW_NOUNS and bool(_LEFT.search(behind)) and bool(
        _REST.match(ahead))
