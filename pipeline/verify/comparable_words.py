"""Sales named anew after comparable sales: "the retailer's comps rose 3.7% in 2012, and net
sales grew 4.8%" (the class of a retail trade site's recap of a department store's year). The
second rate is the total's growth, not comparable sales', though the comparable words stand in
its clause; "on a comparable store basis, sales were up 1.9%" is the other way round: the
comparable words qualify the sales they precede."""

from __future__ import annotations

import re

# comparable sales' own noun right after the comparable words
_OWN_SALES = re.compile(r"^(?:[- ]?store|[- ]restaurant)?s?\s+(?:net\s+)?(?:sales|revenues?)\b",
                        re.I)
_SALES = re.compile(r"\b(?:sales|revenues?)\b", re.I)


def sales_again(last: re.Match, before: str) -> bool:
    """Whether sales are named anew after the comparable words ``last`` (a match in
    ``before``, the sentence before the figure): after "comps", or the comparable words' own
    noun; never after "a comparable basis", which qualifies the sales named next."""
    rest = before[last.end():]
    own = _OWN_SALES.match(rest)
    if own is None and last.group(0).lower() != "comps":
        return False
    return bool(_SALES.search(rest[own.end() if own else 0:]))
