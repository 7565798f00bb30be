"""More ways an article writes a figure that is someone's expectation, not a result: rows of
``claims_modality``'s table (kept here so that module stays small) and three readings that
need the figures around the one read.

Rows (``ROWS``: pattern, modality, place, as ``claims_modality.Phrasing``):
- the passive of a forecast right after the figure: "third-quarter revenue of $5.2 billion is
  expected", "$1.1 billion in sales is forecast for the period" (never "is expected to close":
  a deal's value is the deal's, filed);
- the forecasters' figure named by what it was: "$5.0 billion was the consensus";
- the distance from what the forecasters expected: "came in a full $1bn behind what analysts
  were expecting" (a trade site on a software maker's missed quarter);
- a "whisper number";
- a modal's effect to come: "tariffs may add $900 million to costs", "the levy would shave
  $0.10 off earnings per share" (never "would have": an adjusted figure's own sentence).

Readings (``outlook_reading``):
- the old outlook a revised one is measured against: "raised its margin guidance to 29.5%, up
  from the previous 29%", "now expects a margin of 29.5%, up from 29%" (recaps of a
  streamer's quarter): the base is the earlier guidance, never a result, unless the words
  after it name a past period ("up from 27% a year ago");
- a figure's restatement on another basis in brackets right after it takes that figure's
  modality: "29% (30% on an as-reported basis)";
- a figure whose own clause dates it to a period still to come: "tariffs could raise its
  costs by as much as $900 million in the next quarter" (news sites on a device maker's
  quarter): a results story reports no figure of the next quarter.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.verify.claims_units import find_figures

ESTIMATE = "estimate"
GUIDANCE = "guidance"

# who forecasts (claims_modality's forecasters are these and a model), and their verb (kept
# short: the distance row only)
FORECASTERS = (r"analysts?|Wall\s+Street|the\s+Street|investors|economists|the\s+market|"
               r"forecasters|experts")
_WHO = rf"(?:{FORECASTERS})"
_EXPECTING = (r"(?:had\s+|have\s+|were\s+|was\s+|are\s+|is\s+|had\s+been\s+)?(?:expect\w*|"
              r"forecast\w*|predict\w*|estimat\w*|anticipat\w*|project\w*|look\w*\s+for|"
              r"pencil\w*\s+in|model\w*|brac\w*\s+for)\b")
_PER_SHARE = r"(?:(?:a|per)\s+share\s+)?"
_DISTANCE = (r"(?:above|below|ahead\s+of|short\s+of|behind|better\s+than|worse\s+than|"
             r"higher\s+than|lower\s+than|more\s+than|less\s+than)")
_FORECASTERS_NOUN = (r"(?:(?:the|analysts['’]?|Wall\s+Street['’]s|the\s+Street['’]s|average|"
                     r"mean|median|consensus)\s+){0,3}(?:consensus|estimates?|expectations?|"
                     r"forecasts?)\b")

# Whose business is measuring others' sales: a research or data firm, a data provider, an
# analyst. A figure they are said to give is their own number, an estimate ("a research and
# analytics firm told investors that sales of the game hovered around 18 million", a games
# site on a publisher's quarter: read as a figure the filings may state), never the filer's.
# Introduced anew ("a research firm", "research firm <Name>"), never "the data analytics firm",
# which may be the filer itself named again.
_FIELDS = ("research", "analytics", "data", "consulting", "advisory", "brokerage", "intelligence",
           "tracking")
_RESEARCHERS = ("".join(rf"(?<!\b{w}\s)" for w in ("the", "The", "its", "our", "and", "market",
                                                    *_FIELDS))
                + rf"(?:(?:market[- ])?(?:{'|'.join(_FIELDS)})(?:\s+(?:(?:and|&)\s+)?(?:"
                + "|".join(_FIELDS) + r"))*\s+(?:firm|house|provider)s?|analysts?|researchers?|"
                r"(?:industry|market)\s+(?:watchers?|trackers?|observers?))")
_SAYING = (r"(?:said|says|told|tells|estimated|estimates?|believes?|thinks?|reckons?|"
           r"calculated|noted|notes|wrote|writes|added|adds|reported|reports)")
# a determiner and up to three capitalised words of a name before them ("market research
# firm Circana"'s name follows them instead: the words between them and their verb)
_NAMED = r"(?:(?:an?)\s+)?(?:(?-i:[A-Z])[\w&.'’-]*\s+){0,3}?"

ROWS: tuple[tuple[str, str, str], ...] = (
    # the researchers, then their verb of saying, before the figure (no figure between)
    (rf"\b{_RESEARCHERS}\b[^.;\d$%]{{0,60}}?\b{_SAYING}\b", ESTIMATE, "ahead"),
    (rf"\baccording\s+to\s+{_NAMED}{_RESEARCHERS}\b", ESTIMATE, "ahead"),
    # ... or after it: "sales neared 18 million, according to a research firm", "..., a data
    # provider estimated" (their verb needed: "$5 billion, beating analysts" is a result)
    (rf"^[^.;\d$%]{{0,60}}?,\s*(?:according\s+to|per)\s+{_NAMED}{_RESEARCHERS}\b",
     ESTIMATE, "behind"),
    (rf"^[^.;\d$%]{{0,60}}?,\s*{_NAMED}{_RESEARCHERS}\s+(?:[\w&.'’-]+\s+){{0,3}}?{_SAYING}\b",
     ESTIMATE, "behind"),
    # a threshold the speaker doubts will be reached: "may strain to top four million copies"
    # (the same site, relaying the research firm's outlook for another title)
    (r"\b(?-i:could|may|might)\s+[\"“]?(?:struggle|fail|battle|strain|manage)\b[^.;\d$%]{0,20}?"
     r"\bto\s+(?:reach|hit|top|exceed|achieve|surpass|cross|sell|match|meet)\b",
     GUIDANCE, "ahead"),
    (rf"^\s*{_PER_SHARE}(?:in\s+(?:revenue|sales|profit|earnings|income)\s+)?(?:is|are|was|"
     r"were)\s+(?:now\s+|also\s+)?(?:expected|forecast|projected|anticipated|predicted|"
     r"estimated|guided|seen)(?!\s+(?:to|by)\b)(?=\s*(?:$|[,.;:)]|(?:for|in|during|next|"
     r"this|at|from)\b))", GUIDANCE, "behind"),
    (rf"^\s*{_PER_SHARE}(?:was|were|is|had\s+been)\s+(?:the\s+)?(?:(?:average|mean|median|"
     r"analysts?['’]?|Wall\s+Street['’]s|Street['’]s|market['’]s)\s+){0,2}(?:consensus|"
     r"estimates?|forecasts?|expectations?)\b", ESTIMATE, "behind"),
    (rf"^\s*{_PER_SHARE}{_DISTANCE}\s+what\s+(?:most\s+|many\s+)?{_WHO}\s+(?:\w+\s+){{0,2}}?"
     rf"{_EXPECTING}", ESTIMATE, "distance"),
    (rf"^\s*{_PER_SHARE}behind\s+{_FORECASTERS_NOUN}", ESTIMATE, "distance"),
    (r"\bwhisper\s+(?:numbers?|figures?|estimates?)\b", ESTIMATE, "object"),
    # a sum the company has set aside for years to come, its noun then the plan's participle:
    # "$500 million investment planned over five years" (a machine summary's bullet on a
    # consumer-goods maker's outlook): a plan, not a result (never "spent $X on planned ...")
    (r"^\s*(?:[a-z-]+\s+){1,2}?(?:planned|budgeted|earmarked|slated|pledged)\s+(?:over|"
     r"through|across)\s+(?:the\s+)?(?:next\s+|coming\s+)?(?:\w+\s+)?(?:years|quarters|"
     r"months)\b", GUIDANCE, "behind"),
    (r"\b(?-i:could|may|might|would)\s+(?:(?:potentially|likely|eventually|also|further)\s+)?"
     r"(?:cost|add|raise|push|drive|lift|lower|reduce|cut|impact|hit|weigh|boost|shave|trim|"
     r"save|erode|dent)\b", GUIDANCE, "ahead"),
)

# A base right after "from", with the earlier outlook's adjective or none
_FROM_BEFORE = re.compile(r"\b(?:up|down|raised|lifted|increased|cut|lowered|reduced|higher|"
                          r"lower)?\s*from\s+(?:(?P<earlier>(?:the|its|their)\s+(?:previous|"
                          r"prior|earlier|old|original|initial)|(?:previous|prior|earlier|"
                          r"original|initial))\s+)?(?:US)?[$€£]?\s*$", re.I)
# the words that revise an outlook, in the clause before the new figure ("now expects",
# "raised its guidance")
_REVISED = re.compile(r"\bnow\s+(?:expects?|sees|forecasts?|projects?|anticipates?|targets?|"
                      r"guides?)\b|\b(?:rais|lift|boost|increas|lower|cut|reduc|trimm?|revis|"
                      r"updat|narrow)(?:ed|es|e|s|ing)?\b", re.I)
# Words after a base that make it a past result: a period, a report
_PAST_AFTER = re.compile(r"^[^,;.]{0,30}?\b(?:year|quarter|period|ago|earlier|before|fiscal|"
                         r"last|(?<!as-)(?<!as\s)reported(?!\s+basis)|posted|achieved|delivered|(?:19|20)\d\d|FY\s?\d\d|"
                         r"[1-4]Q|Q[1-4]|H[12])\b", re.I)
_CLAUSE_END = re.compile(r";|\.\s|\s(?:while|whereas|but)\s", re.I)
# A period still to come, named in the figure's clause after it ("$900 million in the next
# quarter", "in its coming fiscal year"), or opening the sentence ("Next quarter, ..."); never
# "over the next 12 months" (a balance's horizon: liquidity, a backlog to be recognised), a
# debt's maturity ("$1.5 billion due in the next year"), a deal's closing, nor a later clause
_COMING = (r"(?:(?:in|for|during)\s+(?:the\s+|its\s+|their\s+|his\s+)?(?:next|coming|upcoming)|"
           r"(?<!\bthe\s)(?<!\ba\s)next)\s+(?:(?:fiscal|calendar|financial)\s+)?"
           r"(?:quarter|year|half)\b")
_COMING_AFTER = re.compile(r"^(?:(?!\b(?:due|matur\w*|payable|expir\w*|recogni[sz]\w*|"
                           r"remaining|left|outstanding|and|or|but|while|as|which|that|who|"
                           r"when|after|before|since|then|is|are|was|were|clos\w*|"
                           r"complet\w*)\b)[^,;.()\d]){0,30}?\b" + _COMING,
                           re.I)
_COMING_OPENS = re.compile(r"^\s*(?:in\s+|for\s+|during\s+)?(?:the\s+)?(?:next|coming|upcoming)"
                           r"\s+(?:fiscal\s+)?(?:quarter|year)\s*,[^;]*$", re.I)

# The figure's own clause before it, from its conjunction or semicolon: "operating income rose
# 5% in the quarter, and for next year up 9%" (a rate carried on to another period with no
# subject of its own, read as the first rate's line) dates the second rate to a year to come.
# Never a clause that tells of the past in its own verb ("and in the next year it rose 9%":
# a narrative's following year), nor a balance's horizon or maturity
_CLAUSE_OPENS = re.compile(r";|\b(?:and|while|but|whereas)\b", re.I)
_PAST_OR_HORIZON = re.compile(r"\b(?:\w+ed|rose|fell|grew|was|were|had|did|came|saw|took|due|"
                              r"matur\w*|payable|expir\w*|remaining|left|outstanding)\b", re.I)
_COMING_IN_CLAUSE = re.compile(rf"\b{_COMING}", re.I)

Reader = Callable[[str, tuple[int, int]], object]


def outlook_reading(sentence: str, span: tuple[int, int],
                    read: Reader) -> tuple[str, str] | None:
    """The modality and the words that make the figure at ``span`` an outlook or an estimate
    by the figures around it, or None. ``read``: claims_modality.figure_modality, to read the
    figure before this one."""
    prior = _previous_figure(sentence, span)
    words = _revised_base(sentence, span, prior, read) or _coming_period(sentence, span)
    if words:
        return GUIDANCE, words
    said = _restated(sentence, span, prior, read)
    return (said.modality, said.words) if said is not None else None


def _previous_figure(sentence: str, span: tuple[int, int]):
    before = [f for f in find_figures(sentence[:span[0]]) if f.span[1] <= span[0]]
    return before[-1] if before else None


def _revised_base(sentence: str, span: tuple[int, int], prior, read: Reader) -> str | None:
    before = sentence[:span[0]]
    found = _FROM_BEFORE.search(before)
    if found is None or _PAST_AFTER.match(sentence[span[1]:]):
        return None
    if prior is None or _CLAUSE_END.search(sentence[prior.span[1]:found.start()]):
        return None
    said = read(sentence, prior.span)
    if said is None or getattr(said, "modality", None) != GUIDANCE:
        return None
    clause = before[:prior.span[0]]
    clause = clause[max((m.end() for m in _CLAUSE_END.finditer(clause)), default=0):]
    if found.group("earlier"):
        return found.group("earlier")
    revised = _REVISED.search(clause)
    return revised.group(0) if revised else None


def _restated(sentence: str, span: tuple[int, int], prior, read: Reader):
    """A bracketed figure right after another (``prior``) that restates it on another basis
    takes the other's modality ('29% (30% on an as-reported basis)')."""
    text = sentence[span[0]:span[1]]
    before = sentence[:span[0]]
    if not (text.startswith("(") or before.rstrip().endswith("(")):
        return None
    if prior is None or sentence[prior.span[1]:span[0]].strip(" (") != "":
        return None
    if _PAST_AFTER.match(sentence[span[1]:]):
        return None
    return read(sentence, prior.span)


def _coming_period(sentence: str, span: tuple[int, int]) -> str | None:
    found = _COMING_AFTER.match(sentence[span[1]:])
    if found:
        return found.group(0).strip()
    opens = _COMING_OPENS.match(sentence[:span[0]])
    if opens:
        return opens.group(0).split(",")[0].strip()
    before = sentence[:span[0]]
    start = max((m.end() for m in _CLAUSE_OPENS.finditer(before)), default=None)
    if start is None:
        return None
    clause = before[start:]
    found = _COMING_IN_CLAUSE.search(clause)
    if found is None or re.search(r"\d", clause) or _PAST_OR_HORIZON.search(clause):
        return None
    return found.group(0).strip()
