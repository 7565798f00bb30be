"""An offering of the filer as the subject of a sentence that says how its revenue went: "Acme's
enterprise software for larger customers saw revenue growth of 21% to $800 million" (a business
site's recap of a software maker's quarter, read as the company's revenue growth and drifted).
The owner's possessive, then a noun phrase naming a product line or an offering, then a verb of
having or reporting ("saw", "posted", "delivered") and revenue: the figures are that offering's,
compared with a filed part of that name or unverifiable, never the company's total.

Never the company itself: "Acme's revenue grew 8%" (no noun phrase between the owner and the
metric), "Acme's first quarter saw revenue growth" (a period), "Acme's business saw ..." (the
whole), "Acme's shares rose after it posted revenue of $X" (a clause, not a name).
"""

from __future__ import annotations

import re

from pipeline.verify.part_words import TOTAL_WORDS

# whose: a capitalised owner ("Acme's"), the company's own word ("the company's"), "its"
_OWNER = r"(?:(?<![\w&.-])[A-Z][\w&.-]*['’]s|\b(?:[Tt]he\s+)?(?:company|firm|group)['’]s|\b[Ii]ts)"
_VERBS = r"(?:saw|sees|posted|posts|reported|reports|recorded|records|delivered|delivers|had|" \
         r"has|notched|notches|logged|logs|enjoyed|enjoys|generated|generates|booked|books|" \
         r"achieved|achieves)"
_SUBJECT = re.compile(
    rf"{_OWNER}\s+(?P<name>[\w&-]+(?:\s+[\w&-]+){{0,5}}?)\s+{_VERBS}\s+(?:(?:an?|its)\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?:revenues?|sales)\b")
# words that make the noun phrase no offering: a metric, a clause of its own ("shares rose
# after it posted")
_NOT_AN_OFFERING = re.compile(
    r"^(?:revenues?|sales|income|profits?|earnings|margins?|cash|eps|shares?|stock|\d+|after|"
    r"before|while|when|as|which|that|because|since|it|they|who|said|says|was|were|is|are|has|"
    r"had|rose|fell|grew|jumped|climbed|dropped|declined)$", re.I)
# the whole company or its period, alone or with a total's words ("its fiscal first quarter",
# "the core business"); a name beside them makes an offering ("the database business")
_WHOLE = frozenset(("business", "businesses", "operations", "company", "firm", "group",
                    "results", "top", "bottom", "core", "quarter", "year", "half", "period",
                    "months", "weeks", "first", "second", "third", "fourth", "latest", "recent",
                    "most", "q1", "q2", "q3", "q4", "fy")) | TOTAL_WORDS
# a new clause or another metric between the subject and the figure: the figure is not its
_BREAK = re.compile(r"[;:]|\b(?:while|whereas|but|although|though|income|profits?|earnings|"
                    r"margins?|EPS|per\s+share|cash)\b", re.I)


def offering_part(head: str) -> str | None:
    """The offering the sentence's possessive subject names before a verb of its revenue, when
    the words up to the figure go on about it; None else."""
    found = ([None] + list(_SUBJECT.finditer(head)))[-1]  # the last subject before it
    if found is None or _BREAK.search(head[found.end():]):
        return None
    name = found.group("name")
    words = name.split()
    if any(_NOT_AN_OFFERING.match(w) for w in words) or all(w.lower() in _WHOLE for w in words):
        return None
    return name
