"""An aside between a line's name and its verb: "Revenue, which could have been higher without
the inventory correction, was $X", "Revenue, hurt by a customer inventory correction, totaled
$X" (a wire-style recap of a chipmaker's quarter). The aside's own nouns ("inventory",
"operating expenses") are what the subject was hurt or helped by, never the figure's line: read
from the figure backwards, the aside's cue was nearest and the quarter's revenue drifted
against the inventory balance.

The aside is dropped from the words a figure's line is read from only when it opens with a
relative pronoun or a participle of cause ("which", "hurt by", "driven by") and the words
before it name a line of the figure's unit themselves. An aside that qualifies the line
("Revenue, excluding currency effects, was", "Income, before taxes, was") is kept: it changes
which figure is meant.
"""

from __future__ import annotations

import re

# what opens an aside about the subject rather than a qualifier of it
_OPENERS = (r"which|who|whose|that|hurt|helped|weighed|boosted|driven|led|fueled|fuelled|"
            r"pressured|dragged|buoyed|lifted|hit|affected|impacted|aided|supported|held|"
            r"dented|squeezed|lowered|raised|reflecting|despite|even\s+though|although|though")
# SUBJECT, ASIDE, verb (a comma pair or a dash pair), with no figure inside the aside
_ASIDE = re.compile(rf"(?P<aside>(?:,\s+(?:{_OPENERS})\b[^,;$\d]*,|\s+[\u2013\u2014]\s*"
                    rf"(?:{_OPENERS})\b[^\u2013\u2014;$\d]*[\u2013\u2014]))"
                    r"(?P<verb>[^,;\u2013\u2014$\d]{0,40})$", re.I)


def without_aside(behind: str, names_line) -> str:
    """``behind`` (the words before a figure) without an aside between its subject and verb
    when the subject names a line (``names_line(words)`` true); unchanged otherwise."""
    found = _ASIDE.search(behind)
    if found is None or not names_line(behind[:found.start()]):
        return behind
    return behind[:found.start()] + " " + found.group("verb").lstrip()
