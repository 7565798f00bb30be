"""The subject that contributed an amount of revenue: a part of the whole, never the whole.

"Globex USA contributed revenue of $316 million", "Networking contributed $7.3 billion of
revenue", "the acquisition contributed $0.3 billion of sales" (paraphrases of a local paper on
a bank that had just bought another, and of a trade site on a chipmaker's quarter): what
contributes is a part (an acquired business, a product line, a region), so its amount is no
level of the company's line. Read as the company's, it was compared with total revenue and
called drifted. The subject, as the article names it, becomes the figure's part: compared with
a filed part of that name, if any, else with nothing. Only a place was read so before
(claims_segments' subject of a verb that brings in money), since "Acme generated $2 billion"
names the company; to contribute is always to give to something larger.
"""

from __future__ import annotations

import re

# the verb, then what the amount is of (the line may stand before the amount: "contributed
# revenue of"), then the amount's hedge and currency mark, to the figure
_CONTRIBUTED = re.compile(r"\s+(?:also\s+|alone\s+|together\s+|collectively\s+)?"
                          r"contribut(?:ed|es|ing)\s+(?:(?:net\s+)?(?:revenues?|sales|turnover)"
                          r"\s+of\s+)?(?:(?:about|roughly|nearly|some|almost|approximately|around|"
                          r"over|more\s+than)\s+)?(?:US)?\$?$", re.I)
# where the subject's clause begins: a mark, or a word that opens a clause
_CLAUSE_START = re.compile(r"[,;:(\u2013\u2014]|\b(?:and|while|whereas|but|as|said|says|"
                           r"with|after|since|because)\s", re.I)
# the words that open a subject without naming it ("the", "its") and the subjects that only
# point back at a name before them ("it", "which"): the latter name no part here
_OPENERS = frozenset({"the", "its", "their", "our", "a", "an", "this", "that", "these",
                      "those", "newly", "recently"})
_POINTERS = frozenset({"it", "they", "which", "that", "this", "he", "she", "who", "these",
                       "those", "each", "both", "all"})
_MOST_WORDS = 5


def contributor(before: str) -> str | None:
    """The subject of "contributed" right before a figure ("Globex USA", "acquisition"), as the
    article names it, or None."""
    verb = _CONTRIBUTED.search(before)
    if verb is None:
        return None
    head = before[:verb.start()]
    starts = [m.end() for m in _CLAUSE_START.finditer(head)]
    words = head[starts[-1] if starts else 0:].split()
    if words and words[0].lower() in _POINTERS:
        return None
    while words and words[0].lower() in _OPENERS:
        words.pop(0)
    if not words or len(words) > _MOST_WORDS or words[-1].lower() in _POINTERS:
        return None
    return " ".join(words).strip(".,")
