"""The names an article itself gives parts of its company, by a word for a part after them:
"the <Name> segment", "its <Name> division", "<A> and <B> reportable segments".

Such a name is never the filer's (a recap of a consumer-goods maker's year named one segment
three times in its lead, and the segment's word was taken for the filer's: "In the <Name>
segment, net sales fell 10% to $X" lost its part and its level drifted against the company's
net sales), and it names a part where it owns a line the claim side cannot otherwise tell from
a company's ("<Name> pretax earnings", ``part_profit``).
"""

from __future__ import annotations

import re
from functools import lru_cache

# a run of capitalised words (joined by "and"/"&"), then a word for a part after it
_PART_NAMED = re.compile(r"(?-i:(?P<name>[A-Z][\w&.-]*(?:[ \t]+(?:(?:and|&)[ \t]+)?[A-Z][\w&.-]*)"
                         r"{0,3}))[ \t]+(?i:(?:reportable[ \t]+|operating[ \t]+|business[ \t]+)?"
                         r"(?:segments?|divisions?))\b")
_WORD = re.compile(r"(?-i:[A-Z][\w&.!-]*)")


@lru_cache(maxsize=1)
def part_words(text: str) -> frozenset[str]:
    """The lower-cased capitalised words of the names ``text`` calls a part (as
    ``other_names`` keys them: no trailing full stop or possessive)."""
    return frozenset(re.sub(r"'s$", "", word.rstrip(".")).lower()
                     for found in _PART_NAMED.finditer(text.replace("\u2019", "'"))
                     for word in _WORD.findall(found.group("name")))
