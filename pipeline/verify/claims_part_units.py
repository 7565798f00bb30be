"""Parts named only by a word for a part ("a division profit of", "this segment's revenues"),
and the part whose change reached a level in the same sentence."""

from __future__ import annotations

import re

from pipeline.verify.claims_segments import capitalised_name
from pipeline.verify.part_words import TOTAL_WORDS

# "The corporate and investment banks posted a division profit of $X billion" (a wire story
# on a bank's quarter): a division's, segment's or unit's figure is never the company's; the
# part its clause opens on is its name (``_SUBJECT``), and with no name it is a part no filed
# figure is pinned to.
_UNNAMED_PART = re.compile(
    r"\b(?P<noun>division(?:al)?|segment|business[- ]unit|unit|subsidiary)(?:'s|’s)?\s+"
    r"(?:(?:net|operating|pre-?tax|quarterly|annual|total|full-year|fiscal|(?:first|second|third|"
    r"fourth)-quarter|(?:first|second)-half)\s+)?"
    r"(?:profits?|revenues?|sales|income|earnings|loss(?:es)?)\b[^.;]*$"
    # "Revenues from this segment totaled $715.2 million" (a recap under a segment's heading)
    r"|\b(?:profits?|revenues?|sales|income|earnings)\s+(?:from|of|at|in)\s+(?:this|that|the)\s+"
    r"(?P<noun2>division|segment|business[- ]unit|unit|subsidiary)\b(?:[^.;]|\.\d)*$", re.I)


# after the figure: "posted a $69 million operating loss for this segment" (a story on a
# chipmaker's quarter, whose segment's loss was compared with the company's operating loss):
# the part a pointer names after the figure's own noun
_PART_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:for|from|of|at|in|by)\s+(?:this|that|the)\s+"
                         r"(?P<n5>segment|division|business[- ]unit|unit)\b", re.I)


def unnamed_part(behind: str, ahead: str = "") -> str | None:
    """'division', 'segment' or 'unit' when the words before a figure make it such a part's
    ("a division profit of", "the unit's revenue of"), or those right after it ("a $X loss
    for this segment"), else None. A recap headed by the part's name ("Midstream: Revenues
    from this segment totaled ...") names it: that name."""
    headed = _HEADED.match(behind)
    found = _UNNAMED_PART.search(behind) or _THIS_PARTS.search(behind) or _SUBJECT_PART.match(
        behind, headed.end() if headed else 0)
    if found is None:
        after = _PART_AFTER.match(ahead)
        return f"a {after.group('n5').lower()} (unnamed)" if after else None
    if headed and (_THIS_PART.search(behind, headed.end())
                   or _SUBJECT_PART.match(behind, headed.end())):
        name = capitalised_name(headed.group("name"))
        if name and not any(w.lower() in _TOPIC_WORDS for w in name.split()):
            return name
    subject = _SUBJECT.match(behind[:found.start()])
    if subject and not _NO_PART.match(subject.group("name")):
        return " ".join(subject.group("name").split())  # "The consumer bank posted a division"
    noun = next(word for word in found.groupdict().values() if word)
    return f"a {noun.lower()} (unnamed)"


# The part a clause opens on (after a phrase of its time, "In the fourth quarter,"), before the
# verb of its figure: "The corporate and investment
# banks posted a division profit of" (a wire story on a bank's quarter) is the filer's
# "Corporate & Investment Bank", compared by part (entities.same_segment: the same words, "&"
# for "and", a plural), never by a word in common; a name no part has is unverifiable.
_SUBJECT = re.compile(
    r"^\W*(?:[^,;]{0,60},\s+)?(?:(?:also|meanwhile|still),?\s+)?(?:the\s+)?(?P<name>[A-Za-z][\w&'’.-]*(?:\s+(?:and|&|"
    r"[A-Za-z][\w&'’.-]*)){0,4}?)\s+(?:posted|reported|earned|made|had|generated|booked|"
    r"delivered|recorded|logged)\s+(?:an?\s+|its\s+)?$", re.I)
# a subject that names the whole company or no part ("The bank posted a division profit")
_NO_PART = re.compile(r"^(?:it|they|bank|company|firm|lender|group|[\w&'’.-]+['’]s?\s+.*|"
                      r"(?:\w+\s+)*(?:division|segment|unit|business)s?)$", re.I)


# "Gas Marketing: Revenues from this segment amounted to $X million", "Other: This
# segment's revenues amounted to $Y million" (a recap of a gas utility's fiscal first
# quarter): a line opened by a name and a colon, whose words point at "this segment", is about
# the part that name names. A heading of a topic ("Segment results:", "Highlights:") names none.
_HEADED = re.compile(r"^\s*(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:&|and|[A-Z][\w&'’.-]*)){0,3})\s*:\s+")
_THIS_PART = re.compile(r"\b[Tt]his\s+(?:segment|division|business|unit)\b")
_THIS_PARTS = re.compile(r"\b[Tt]his\s+(?P<n3>segment|division|business|unit)(?:'s|’s)\s+"
                         r"(?:(?:net|operating|total)\s+)?(?:revenues?|sales|income|profits?)\b"
                         r"(?:[^.;]|\.\d)*$")
# "Cloud Tools: The segment brought in revenue of $X" (the class of a recap's line on a software
# maker's segment), "The division posted sales of $Y": a sentence whose subject is the segment,
# division or unit is about that part, the one its lead label names, never the company. ("The
# business" is often the whole company: not a pointer.)
_SUBJECT_PART = re.compile(r"\W*(?:the|this|that)\s+(?P<n4>segment|division|unit)\b"
                           r"(?:[^.;]|\.\d)*$", re.I)
_TOPIC_WORDS = {"segment", "segments", "results", "highlights", "details", "performance",
                "breakdown", "overview", "summary", "update", "outlook", "guidance", "other's"}


def reached_part(behind: str, previous, text: str, metric: str | None) -> str | None:
    """The part whose change reached this figure: "the Graphics segment ..., with revenues
    increasing N% year over year to $X billion" (a summary of a chipmaker's quarter) is the
    Graphics segment's revenue, as its N% is; never the company's total. None unless the
    figure before, in the same sentence, is a change of this metric about a named part."""
    from core.metrics import find_metric
    from pipeline.verify.claims_change_words import reached_level

    if previous is None or previous.sentence != text or not previous.entity or metric is None:
        return None
    row = find_metric(previous.metric)
    if row is None or row.entity != "segment" or row.derivation is None:
        return None
    figure = _Level(unit="USD")
    return previous.entity if reached_level(figure, behind, previous) == metric else None


class _Level:
    """What ``reached_level`` asks of a figure: its unit."""

    def __init__(self, unit: str) -> None:
        self.unit = unit


# A key metric a company states by part, named by the part before its words: "Cloud Tools'
# annualized recurring revenue (ARR) rose to $X", "exiting the quarter with Design ARR of $X"
# (a software maker's release and the stories on it). The words are the metric's own cue; the
# part is the run of capitalised words right before them, the company's total when none.
_STATED_BY_PART = {
    "annualized_recurring_revenue": re.compile(
        r"(?:(?<=^)|(?<=[\s(]))(?P<name>[A-Z][\w&-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&-]*){0,3}?)"
        r"(?:['’]s?)?\s+(?:(?i:annuali[sz]ed\s+recurring\s+revenues?)(?:\s*\(\s*[“\"]?ARR[”\"]?\s*\))?"
        r"|ARR)\b(?![\s\S]*\b(?:ARR|(?i:recurring))\b)")}


def stated_part(metric: str | None, behind: str) -> tuple[bool, str | None]:
    """(whether the metric is one a company states by part, and the part the words before the
    figure name for it)."""
    pattern = _STATED_BY_PART.get(metric or "")
    if pattern is None:
        return False, None
    found = None
    for found in pattern.finditer(behind):  # noqa: B007 - the last one, nearest the figure
        continue
    words = found.group("name").split() if found is not None else []
    while words and words[0].lower() in TOTAL_WORDS:  # "The ARR", "Total ARR": the company's
        words.pop(0)
    return True, " ".join(words) or None
