"""What a figure's sentence says the figure IS: reported, an estimate or consensus, guidance or an
outlook, or a hypothetical. Only a reported figure is compared with the filings.

A sentence often mixes them ("revenue was $11.08 billion, above the $11.07 billion analysts
expected"), so modality belongs to the figure, not the sentence. It is read from the table below
(``PHRASINGS``): each row is a phrasing, the modality it gives, and where the figure sits:
- ``ahead``: the words govern the figures after them to the end of their clause ("analysts
  expected revenue of $X and EPS of $Y", "the company guided to $X to $Y", "now expects $X");
- ``object``: a noun that governs only a figure right after it as its object ("estimates of
  $X", "prior guidance of $X to $Y", "the consensus for net income of around $X");
- ``behind``: the words follow the figure they govern ("the $1.11 Wall Street was expecting",
  "$6.4bn analysts had expected", "a $0.40 consensus estimate").

To teach the verifier a new phrasing, add a row; ``tests/test_claims_modality.py`` shows how.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.verify.claims_outlook import unbound

REPORTED = "reported"
ESTIMATE = "estimate"
GUIDANCE = "guidance"
HYPOTHETICAL = "hypothetical"

REASONS = {
    ESTIMATE: "an analysts' estimate or consensus, not a figure a filing reports",
    GUIDANCE: "guidance, an outlook or a forecast, not a figure a filing reports",
    HYPOTHETICAL: "a threshold or scenario the article sets, not a figure a filing reports",
}


@dataclass(frozen=True)
class Phrasing:
    pattern: str  # a case-blind regex
    modality: str
    place: str  # "ahead", "object" or "behind"


_WHO = (r"(?:analysts?|Wall\s+Street|the\s+Street|investors|economists|the\s+market|"
        # "Our model predicted an operating income of $139.9 million" (a Zacks recap)
        r"consensus|forecasters|experts|(?:[Oo]ur|[Tt]heir|[Tt]he|[Ii]ts)\s+models?)")
_VERB_EXPECT = r"(?:expect(?:ed|ing|s)?|forecast(?:ed|ing|s)?|predict(?:ed|ing|s)?|" \
               r"estimat(?:ed|ing|es?)|anticipat(?:ed|ing|es?)|project(?:ed|ing|s)?|" \
               r"look(?:ing|ed)?\s+for|penciled\s+in|pencilled\s+in|model(?:l?ed|l?ing))"

PHRASINGS: tuple[Phrasing, ...] = (
    # a result the words after the figure say the company delivered, even inside an outlook's
    # clause: "projects earnings to grow 5% to 6% from the $2.48 a share it delivered in 2022"
    # (Investopedia on Coca-Cola's 2Q23): the base is reported, only the growth is guidance
    Phrasing(r"^\s*(?:a\s+share\s+|per\s+share\s+)?(?:that\s+|which\s+)?(?:it|the\s+company|"
             r"they|we)\s+(?:had\s+)?(?:delivered|reported|earned|posted|recorded|booked|"
             r"generated)\b", REPORTED, "behind"),
    # who expected, before the figures: "Analysts were expecting earnings of 4 cents"
    Phrasing(rf"\b{_WHO}\s+(?:\w+\s+){{0,4}}?(?:had\s+|have\s+|were\s+|was\s+|are\s+|is\s+|"
             rf"had\s+been\s+)?{_VERB_EXPECT}\b", ESTIMATE, "ahead"),
    # the company's own outlook, before the figures: "projects Q3 revenue of", "now expects"
    Phrasing(r"\b(?:projects?|projected|projecting|expects?|expecting|anticipates?|"
             r"anticipating|forecasts?|forecasting|guides?|guided|guiding|sees|"
             r"targeting|plans?\s+to|aims?\s+to|called\s+for|calls?\s+for|calling\s+for)\b",
             GUIDANCE, "ahead"),
    Phrasing(r"\b(?:is|are|was|were)\s+(?:now\s+)?(?:expected|forecast|projected|"
             r"anticipated|estimated|predicted|set)\s+to\b|\bwill\s+(?:continue\s+to\s+)?"
             r"(?:reach|come\s+in|grow|rise|increase|decline|fall|generate|deliver|achieve)\b|"
             r"\bcould\s+(?:reach|be|hit)\b|\banticipated\b",
             GUIDANCE, "ahead"),
    # a revised outlook governs its new and its old figures: "FY guidance raised: revenue to
    # $X (from $Y)", "lifted its full-year forecast to $X from $Y" (a research summary of
    # HubSpot's Q2 2025)
    Phrasing(r"\b(?:guidance|outlook|forecast)\s+(?:was\s+|is\s+)?(?:raised|lifted|increased|"
             r"boosted|cut|lowered|reduced|reaffirmed|maintained|narrowed|updated)\b|"
             r"\b(?:rais|lift|boost|lower|reduc|reaffirm|maintain|narrow|updat)(?:ed|es|s|e|ing)?"
             r"\s+(?:its\s+|their\s+|the\s+)?(?:full[- ]year\s+|annual\s+|fiscal\s+(?:year\s+)?|"
             r"(?:FY\s?)?(?:20)?\d\d\s+)*(?:guidance|outlook|forecast)\b",
             GUIDANCE, "ahead"),
    # nouns whose object is the figure: "estimates of $11.07 billion", "guidance of $5.90"
    Phrasing(r"\b(?:consensus|estimates?|expectations?|projections?|forecasts?)\b",
             ESTIMATE, "object"),
    # the distance from the consensus: "an earnings surprise of 42.4%" (Zacks on PNC's 2Q21)
    Phrasing(r"\b(?:earnings|sales|revenue|positive|negative)\s+surprises?\b", ESTIMATE,
             "object"),
    Phrasing(r"\b(?:guidance|outlook|target|(?:previous|prior|earlier|old|initial)\s+"
             r"(?:range|view|goal))\b", GUIDANCE, "object"),
    # after the figure: "the $1.11 Wall Street was expecting", "$2.9bn analysts had forecast"
    Phrasing(rf"^\s*(?:\w+\s+){{0,1}}?(?:that\s+|which\s+)?(?:most\s+|many\s+|some\s+)?"
             rf"{_WHO}\s+(?:\w+\s+){{0,3}}?(?:had\s+|have\s+|were\s+|was\s+|are\s+|is\s+|"
             rf"had\s+been\s+)?{_VERB_EXPECT}\b", ESTIMATE, "behind"),
    # passive, after the figure: "the $1.02 a share expected by analysts", "forecast by the bank"
    Phrasing(r"^\s*(?:that\s+|which\s+)?(?:was\s+|were\s+|had\s+been\s+)?(?:expected|"
             r"forecast|predicted|projected|estimated|anticipated|penciled\s+in)\s+by\b",
             ESTIMATE, "behind"),
    Phrasing(r"^\s*(?:\w+\s+)?(?:consensus|analysts?'?)\s+(?:estimates?|forecasts?|"
             r"expectations?)\b|^\s*(?:estimates?|consensus)\b", ESTIMATE, "behind"),
    # thresholds and scenarios the article sets itself
    Phrasing(r"\b(?:walk[- ]away|threshold|checklist|kill switch|follow condition|"
             r"wait condition|would need to|price target|target price|bull case|bear case|"
             r"(?:moves?|climbs?|rises?|falls?|drops?|heads?) (?:quickly )?toward)\b",
             HYPOTHETICAL, "ahead"),
)

# Comparisons with an expectation, not an expectation: "better-than-expected results",
# "as expected", "than analysts had forecast" (nothing follows as its object).
# The hyphen joins the phrasing itself ("better-than-expected"): a hyphenated name two words
# before it ("Coca-Cola also projects") compares nothing.
_COMPARATIVE = re.compile(r"(?:\b(?:than|as)\s+(?:\w+\s+){0,2}?|-)$", re.I)
# Where an 'ahead' phrasing stops governing: the next clause or sentence.
_CLAUSE_BREAK = re.compile(r";|\.\s|,\s*(?:while|but|whereas|although|though|and\s+(?:it|the|"
                           r"its|net|revenue|sales|earnings|eps)\b)|\s(?:while|whereas|but)\s",
                           re.I)
# An 'object' noun and its figure: only prepositions, hedges and metric words between them,
# no verb of reporting and no clause break ("estimates, rising 16% to $X" is no object).
_OBJECT_GAP = re.compile(r"^[^,;.]{0,70}$")
# ("beat analyst expectations with a net income of $65 million": "with" brings the result
# that beat them, Knoxville News Sentinel on Alcoa's 2015)
_REPORTING = re.compile(r"\b(?:rose|rising|grew|growing|increased|reported|posted|reached|"
                        r"reaching|came\s+in|fell|declined|jumped|as|while|but|after|"
                        r"because|with)\b", re.I)


@dataclass(frozen=True)
class Modality:
    modality: str
    words: str  # the words that gave it, for the reason shown

    @property
    def reason(self) -> str:
        return f"{REASONS[self.modality]} (\u201c{self.words.strip()}\u201d)"


@dataclass(frozen=True)
class _Compiled:
    regex: re.Pattern
    modality: str
    place: str


def _compiled() -> tuple[_Compiled, ...]:
    return tuple(_Compiled(re.compile(p.pattern, re.I), p.modality, p.place)
                 for p in PHRASINGS)


_TABLE = _compiled()


def figure_modality(sentence: str, span: tuple[int, int]) -> Modality | None:
    """The modality of the figure at ``span`` of ``sentence``; None when it is reported."""
    before, after = sentence[:span[0]], sentence[span[1]:]
    for row in _TABLE:
        if row.place == "behind":
            found = row.regex.match(after)
            if found:
                return None if row.modality == REPORTED else Modality(row.modality,
                                                                      found.group(0))
            continue
        for found in row.regex.finditer(before):
            if _governs(row.place, before, found):
                return Modality(row.modality, found.group(0))
    return None


def _governs(place: str, before: str, found: re.Match) -> bool:
    if _COMPARATIVE.search(before[:found.start()]):
        return False  # "better-than-expected", "as expected", "than analysts had forecast"
    gap = before[found.end():]
    if unbound(place, before[:found.start()], found.group(0), gap):
        return False  # "the deal, which is expected to close in May, priced ..."; "target bonus"
    if place == "object":
        return bool(_OBJECT_GAP.match(gap)) and not _REPORTING.search(gap)
    return not _CLAUSE_BREAK.search(gap)
