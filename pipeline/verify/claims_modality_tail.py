"""An estimate named by the words that trail a figure the sentence sets a result against.

A writer sets the result against the forecasters' figure and names them after it, anywhere in
its clause: "$3.80 per share, versus $3.68 per share as expected by analysts, according to <a
data provider>", "revenue of $3.4 billion, more than $3.36 billion in consensus among analysts
polled by <a data provider>". ``claims_modality``'s rows read a cue glued to the figure; this
reads the figure's whole tail: the words after it up to the next figure or the clause's end,
so a cue governs only the figure of its own clause (the result before the comparison keeps its
tail short, cut by the compared figure).

A change the words after it measure against an earlier outlook ("up $0.5B vs. prior
forecast") is the outlook's revision, not a result (``outlook_change``).

Or the writer names the forecasters' figure by a participle between the comparison and it:
"lower than the forecasted $X", "above the estimated $Y" (``attributive_estimate``).

The figure must be set against ("versus", "compared with", "more than", "above" ...), and the
tail must name the forecasters before any word that makes the figure a past result ("a year
earlier") or a result compared with them ("beating estimates"), and not as a comment (", as
analysts expected").
"""

from __future__ import annotations

import re

from pipeline.verify.claims_units import find_figures

# The words that set a result against another figure ("vs.", "above", "topped", "missed")
_COMPARISON = (r"\b(?:vs\.?|versus|against|compared\s+(?:with|to)|than|above|below|ahead\s+of|"
               r"short\s+of|shy\s+of|topp(?:ed|ing)|beat(?:ing)?|miss(?:ed|ing)|exceed(?:ed|ing|s)?|"
               r"surpass(?:ed|ing|es)?|outpac(?:ed|ing|es)|outstripp(?:ed|ing))")
# What a compared figure follows: the comparison's word and, at most, its determiner or hedge
_SET_AGAINST = re.compile(
    _COMPARISON + r"\s+"
    r"(?:(?:the|an?|about|around|roughly|approximately|nearly|some|just|only)\s+){0,2}"
    r"(?:US)?[$€£]?\s*$", re.I)
# Where the figure's clause ends: a sentence or clause break, or another clause's conjunction
_TAIL_END = re.compile(r";|\.(?:\s|$)|\s(?:while|whereas|but)\s|,\s*(?:while|but|whereas|when|"
                       r"who|and|or)\s", re.I)
# The firms whose business is compiling forecasters' figures: a compared figure attributed to
# one is their consensus ("Services revenue: $26.65 billion vs. $26.70 billion, per <one>", a
# wire's results list whose other lines say "estimated" and this one does not: compared with
# the year-ago line and called drifted)
ESTIMATE_SOURCES = (r"StreetAccount|LSEG|Refinitiv|FactSet|Zacks|Visible\s+Alpha|Estimize|"
                    r"I/B/E/S|Capital\s+IQ|S&P\s+Global(?:\s+Market\s+Intelligence)?|"
                    r"Bloomberg\s+consensus|Thomson\s+Reuters")
# The forecasters or their figure, named in the tail
_CUE = re.compile(
    r"\b(?:(?:per|according\s+to|from)\s+(?:data\s+(?:from|compiled\s+by)\s+)?(?:"
    + ESTIMATE_SOURCES + r")|consensus|estimates?|expectations?|projections?|forecasts?|"
    r"polled|surveyed|"
    r"(?:expected|estimated|forecast|projected|anticipated|predicted|modell?ed)\s+by|"
    r"(?:analysts?|Wall\s+Street|the\s+Street)\s+(?:\w+\s+){0,2}?(?:had\s+|were\s+|was\s+|"
    r"have\s+|are\s+)?(?:expect\w*|forecast\w*|estimat\w*|project\w*|predict\w*|"
    r"pencil\w*|look\w*\s+for|model\w*)|analysts['’]|Street['’]s|among\s+analysts)\b", re.I)
# Words before the cue that make the figure a result: a past period's, a comparison's own
# subject ("beating estimates"), or a comment on it (", as analysts expected")
_RESULT = re.compile(
    r"\b(?:year\s+(?:earlier|ago|before)|a\s+year|last\s+(?:year|quarter)|prior[- ](?:year|"
    r"quarter|period)|previous\s+(?:year|quarter)|year[- ]ago|(?:in|for)\s+(?:fiscal\s+)?"
    r"(?:19|20)\d\d|beat\w*|top(?:s|ped|ping)?|exceed\w*|surpass\w*|miss\w*|trail\w*|"
    r"above|below|ahead|short\s+of|shy\s+of|in\s+line|match\w*|versus|vs\.?|compared|than)\b|"
    r",\s*as\b", re.I)


# The comparison, a determiner and the participle of a forecast right before the figure (a
# results list's "Revenue: $X vs. expected $Y" has no determiner: a broker's note on a
# streamer's quarter, Y read as revenue and drifted)
_SET_AGAINST_FORECAST = re.compile(
    _COMPARISON + r"\s+(?:(?:the|an?)\s+)?"
    # ("slightly below the market's expected $12.47 billion", a brokerage community's note)
    r"(?:(?:average|consensus|analysts?['’]?|(?:the\s+)?(?:market|(?:Wall\s+)?Street)['’]s)\s+)?"
    r"(?P<cue>expected|estimated|forecast(?:ed)?|"
    r"projected|anticipated|predicted)\s+(?:US)?[$€£]?\s*$", re.I)


def attributive_estimate(sentence: str, span: tuple[int, int]) -> str | None:
    """The participle that makes the figure at ``span`` the forecasters', when the sentence
    sets a result against it ("above the estimated $3.1 billion"); None otherwise."""
    found = _SET_AGAINST_FORECAST.search(sentence[:span[0]])
    return found.group("cue") if found else None


# A compiler of forecasts named right before the figure, as its source: "with average
# earnings per share on <a data provider> of $X" (a reworded wire story on a bank's quarter,
# whose figure was compared with the GAAP one), "<provider>'s average of $X", "per
# <provider>, $X" (only its noun's preposition or a verb of being between)
_COMPILER_BEFORE = re.compile(
    rf"(?:\b(?:on|per|according\s+to)\s+(?:{ESTIMATE_SOURCES})|\b(?:{ESTIMATE_SOURCES})['’]s?"
    r"(?:\s+(?:average|mean|median|consensus|estimate|figure|number))?)"
    r",?\s+(?:of|at|was|were|is|stood\s+at)?\s*(?:about\s+|around\s+|roughly\s+)?"
    r"(?:US)?[$€£]?\s*$", re.I)


def compiled_estimate(sentence: str, span: tuple[int, int]) -> str | None:
    """The compiler of forecasts the words right before the figure at ``span`` name as its
    source ("... on <a data provider> of $X"); None otherwise."""
    found = _COMPILER_BEFORE.search(sentence[:span[0]])
    return found.group(0) if found else None


# A change's word right before the figure, and the earlier outlook it is measured against
_CHANGE_BEFORE = re.compile(r"\b(?:up|down|raised|lifted|increased|cut|lowered|reduced|higher|"
                            r"lower)\s*(?:by\s+)?(?:US)?[$€£]?\s*$", re.I)
_AGAINST_OUTLOOK = re.compile(
    r"^\s*(?:(?:billion|million|bn|[bmk])\b\.?\s*)?(?:vs\.?|versus|over|from|against|"
    r"compared\s+(?:with|to))\s+(?:the\s+|its\s+|their\s+)?(?P<cue>(?:prior|previous|"
    r"earlier|initial|original|last)\s+(?:\w+\s+){0,2}?(?:forecasts?|guidance|outlooks?|"
    r"projections?|targets?))\b", re.I)


def outlook_change(sentence: str, span: tuple[int, int]) -> str | None:
    """The earlier outlook a change at ``span`` revises ("up $0.5B vs. prior forecast"), or
    None when the figure is no change measured against one."""
    if not _CHANGE_BEFORE.search(sentence[:span[0]]):
        return None
    found = _AGAINST_OUTLOOK.match(sentence[span[1]:])
    return found.group("cue") if found else None


def trailing_estimate(sentence: str, span: tuple[int, int]) -> str | None:
    """The words of an estimate the tail of the figure at ``span`` names, when the sentence
    sets the figure against a result; None when the figure is a result or names no estimate."""
    if not _SET_AGAINST.search(sentence[:span[0]]):
        return None
    tail = _clause_tail(sentence[span[1]:])
    cue = _CUE.search(tail)
    if cue is None or _RESULT.search(tail[:cue.start()]):
        return None
    return cue.group(0)


def _clause_tail(after: str) -> str:
    end = _TAIL_END.search(after)
    tail = after[:end.start()] if end else after
    figures = find_figures(tail)
    return tail[:figures[0].span[0]] if figures else tail


# A figure a result's own figure sets aside: "Revenue was $73.7 billion rather than $78.7
# billion, and earnings were $2.62 per share instead of $2.75" (a personal-finance site on a
# software maker's missed year): what was expected, never a result. Only right after the
# result's figure, and never a figure the words after it say was reported before ("rather than
# the $Y previously reported" is a restatement's old figure).
_SET_ASIDE = re.compile(r"\d[^\d]{0,25}?\b(?P<words>rather\s+than|instead\s+of)\s+"
                        r"(?:the\s+|an?\s+)?(?:US)?[$€£]?\s*$", re.I)
_REPORTED_BEFORE = re.compile(r"^[^,;.]{0,25}?\b(?:previously|originally|initially|first|once)\s+"
                              r"(?:reported|stated|disclosed|announced|booked|recorded)\b", re.I)


def set_aside(sentence: str, span: tuple[int, int]) -> str | None:
    """The words ("rather than", "instead of") that set the figure at ``span`` aside from the
    result right before it, else None."""
    found = _SET_ASIDE.search(sentence, 0, span[0])
    if found is None or _REPORTED_BEFORE.match(sentence[span[1]:]):
        return None
    return found.group("words")
