"""A money figure written as the modifier of its own noun ("a $1.8 billion release of reserves",
"a $2 billion payment for the licence"): the noun says what the figure is, so the metric a cue
before it names ("Earnings benefitted from ...") is not its metric. Found in a recap of
a bank's quarter, whose reserve release was compared with the quarter's net income and called
drifted.

Only the shape "a/an $X <words> <noun> of|for ..." is read, and the figure keeps its metric when
the words up to "of"/"for" hold a cue of a registry metric ("a $3 billion loss of ...") or a
change, charge or gain (their own readers: claims_changes, claims_qualifiers).
"""

from __future__ import annotations

import re

from pipeline.verify.cue_search import metric_cues

_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)
_NOUN_OF = re.compile(r"^\s*((?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+)\s+(?:of|for)\b")
_OTHER_READERS = re.compile(r"\b(?:increases?|decreases?|rises?|declines?|drops?|jumps?|falls?|"
                            r"gains?|loss(?:es)?|charges?|write-?(?:downs?|offs?)|impairments?|"
                            r"benefits?|swings?|improvements?|reductions?|growth|plunges?|"
                            r"surges?|climbs?|slides?|dips?|"
                            # nouns that restate the figure the cue named: "a $95 billion
                            # record for the quarter", "a $5 billion total for the year"
                            r"records?|highs?|lows?|totals?|levels?|figures?|amounts?|sums?|"
                            r"tally|haul|results?|quarters?|years?|periods?|months?)\b", re.I)


def named_by_its_noun(metric: str | None, behind: str, ahead: str, unit: str | None
                      ) -> str | None:
    """None when the figure is "a $X <noun> of ..." and its noun names no metric; else
    ``metric``."""
    if metric is None or unit != "USD" or not _INDEFINITE_BEFORE.search(behind):
        return metric
    found = _NOUN_OF.match(ahead)
    if found is None:
        return metric
    words = found.group(1)
    if _OTHER_READERS.search(words) or any(
            re.search(pattern, words, re.I) for pattern, _, _ in metric_cues()):
        return metric
    return None


# A bank's reserve movement ("released $1.8 billion of credit reserves", "a $1.8 billion reserve
# release", "a reserve release of $1.8 billion": trade-press recaps of a bank's quarter): the
# change in the allowance, which neither the provision (net charge-offs stand between) nor the
# allowance's balance is; a cue later in the sentence ("..., as the provision for credit losses
# was a benefit of $1.3 billion") read it as the provision and drifted
_RESERVES = r"(?:(?:credit|loan|loan[- ]loss|loss|allowance)\s+)?reserves?"
_MOVEMENT = r"(?:releases?|builds?|draws?|drawdowns?|reductions?|additions?)"
_RESERVE_AFTER = re.compile(rf"^\s*(?:(?:of|in)\s+(?:(?:the|its|their)\s+)?{_RESERVES}\b|"
                            rf"(?:net\s+)?{_RESERVES}\s+{_MOVEMENT}\b)", re.I)
_RESERVE_BEFORE = re.compile(rf"\b{_RESERVES}\s+{_MOVEMENT}\s+(?:of|totall?(?:ed|ing)|was|were|"
                             r"came\s+to|reached|amounted\s+to)\s+(?:about\s+|nearly\s+|"
                             r"roughly\s+|some\s+|approximately\s+|around\s+)?$", re.I)


def reserve_movement(metric: str | None, behind: str, ahead: str, unit: str | None
                     ) -> str | None:
    """None for a money figure its own words make a movement of reserves; else ``metric``."""
    if metric is None or unit != "USD":
        return metric
    if _RESERVE_AFTER.match(ahead) or _RESERVE_BEFORE.search(behind):
        return None
    return metric


# "Acme earned $2.1 billion before taxes": the profit before the tax line, never the bottom
# line its verb names ("earned" reads as net income, which it would have been compared with);
# a period phrase may stand between ("$2.1 billion in the quarter before taxes")
# (or its per-share amount between: "$2.1 billion, or $1.10 a share, before taxes")
_BEFORE_TAX_AFTER = re.compile(r"^\s*(?:,?\s*or\s+\$?[\d.,]+\s*(?:cents\s+)?(?:a|per)\s+"
                               r"(?:diluted\s+)?share,?\s*)?"
                               r"(?:(?:in|for|during)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?"
                               r",?\s*before\s+(?:income\s+)?tax(?:es)?\b", re.I)
_BOTTOM_LINES = {"net_income": "pretax_income", "eps_diluted": None, "eps_basic": None}


def before_tax(metric: str | None, ahead: str) -> str | None:
    """The pretax line for a bottom-line figure its words after say is before tax (none for
    a per-share one: no filed line is a per-share pretax figure); else ``metric``."""
    if metric in _BOTTOM_LINES and _BEFORE_TAX_AFTER.match(ahead):
        return _BOTTOM_LINES[metric]
    return metric
