"""When a forecast's or an estimate's words found before a figure govern it (``claims_modality``):
split out of that module to keep it small. A noun of forecasting takes the figure as its object
only across prepositions, hedges and metric words; a verb of comparing makes the noun its own
object ("beat forecasts"), and "topped estimates at $X" is the result unless the clause already
stated one."""

from __future__ import annotations

import re

from pipeline.verify.claims_outlook import unbound

COMPARING_WORDS = (r"(?:beat|beats|beating|top|tops|topped|topping|exceed(?:s|ed|ing)?|"
                   r"surpass(?:es|ed|ing)?|miss(?:es|ed|ing)?|trail(?:s|ed|ing)?|"
                   r"lag(?:s|ged|ging)?|outpac(?:es|ed|ing)|above|below|ahead\s+of|short\s+of|"
                   r"shy\s+of|in\s+line\s+with|match(?:es|ed|ing)?)")

# Comparisons with an expectation, not an expectation: "better-than-expected results",
# "as expected", "than analysts had forecast" (nothing follows as its object).
# The hyphen joins the phrasing itself ("better-than-expected"): a hyphenated name two words
# before it ("Acme-Corp also projects") compares nothing.
_COMPARATIVE = re.compile(r"(?:\b(?:than|as)\s+(?:\w+\s+){0,2}?|-)$", re.I)
# ... but "than the" before a noun of forecasts makes it the noun phrase compared with, whose
# object is the forecast's figure: "better than the estimated decline of 4.1%"
_THAN_THE = re.compile(r"\bthan\s+the\s+$", re.I)
# Where an 'ahead' phrasing stops governing: the next clause or sentence.
# A comparison after it starts another figure's clause: "vs. -$0.08 average analyst estimate,
# compared with -$0.05 in Q1 and -$1.94 in the year-earlier quarter" (a financial site's brief on
# a quarter: the prior quarters' results, not estimates).
_CLAUSE_BREAK = re.compile(r";|\.\s|,\s*(?:while|but|whereas|although|though|and\s+(?:it|the|"
                           r"its|net|revenue|sales|earnings|eps)\b)|\s(?:while|whereas|but)\s|"
                           r",\s*(?:compared\s+(?:with|to)|(?:up|down)\s+from)\s", re.I)
# A dash and then a clause that reports a result ("missing analysts' $4.3 billion forecast —
# of note, equities trading earnings fell 11%", a newsletter on a bank's quarter): the
# forecast's words end at the dash
_DASHED_RESULT = re.compile(r"(?:—|–|\s-\s|--)[^—–]*\b(?:rose|fell|grew|declined|increased|"
                            r"decreased|jumped|dropped|climbed|slipped|slid|surged|reported|"
                            r"posted|added|gained|lost|reached|totaled|totalled)\b", re.I)
# A result the company reported, after the outlook's words: "expects growth to continue after
# posting revenue of $X in the quarter", "..., having generated $X" (the outlook's verb governs
# none of the reported figures after it)
_REPORTED_AFTER = re.compile(r"\b(?:after|following|having|despite|on)\s+(?:(?:it|the\s+company|"
                             r"the\s+firm|they|we)\s+)?(?:(?:had|has)\s+)?(?:post|report|record|"
                             r"deliver|generat|book|earn|log)(?:ing|ed|s)?\b", re.I)
# An 'object' noun and its figure: only prepositions, hedges and metric words between them,
# no verb of reporting and no clause break ("estimates, rising 16% to $X" is no object).
_OBJECT_GAP = re.compile(r"^[^,;.]{0,70}$")
# The noun's objects joined after a comma: "guidance of adjusted EPS of $X to $Y, along with
# revenue growth of 5% to 7%" (a tech site on a software maker's outlook): the second figure is
# the noun's object too, each part of the gap an object's own
_OBJECT_LIST = re.compile(r",\s*(?:along\s+with|as\s+well\s+as|together\s+with|plus)\s", re.I)
# An outlook's noun and a colon open a list of its items, one a clause ("Full-year guidance:
# revenue $X to $Y; EPS $Z to $W"); a comparison's ("versus guidance: revenue $X") opens results.
_LIST_AFTER_COLON = re.compile(r"^\s*:[^.]*$")
_VERSUS = re.compile(r"\b(?:vs\.?|versus|against|compared\s+(?:with|to)|than)\s+(?:\w+\s+){0,3}$",
                     re.I)
# A figure's own decimal point or thousands comma breaks no clause: the second end of a range
# ("EPS guidance of $3.90 to $3.95", "an expectation of $4.25-$4.45") is the noun's object too.
_FIGURE_MARK = re.compile(r"(?<=\d)[.,](?=\d)")
# ("beat analyst expectations with a net income of $X million": "with" brings the result
# that beat them, a local paper on a metals maker's quarter)
_REPORTING = re.compile(r"\b(?:rose|rising|grew|growing|increased|reported|posted|reached|"
                        r"reaching|came\s+in|fell|declined|jumped|as|while|but|after|"
                        r"because|with)\b", re.I)
# A noun of estimates that a verb of comparing takes as its object: the figure after it is the
# result that beat or missed them ("Handsets topped estimates at $X billion in sales",
# a news site on a device maker's quarter), not their figure ("topped estimates of $Y billion" is).
_COMPARING = rf"\b{COMPARING_WORDS}\s+"
_COMPARED = re.compile(_COMPARING + r"(?:[\w'’]+\s+){0,3}?$", re.I)
# a word right after a verb of comparing is its object, a noun ("beat forecasts with $12.8
# billion"), never the company's verb of an outlook ("forecasts $13 billion")
# ("over the consensus estimate of $X": "over" compares a result only with the noun after it;
# "exceeding the <Compiler> Consensus Estimate by N%": a compiler's name may stand between)
_COMPARED_NOUN = re.compile(rf"\b(?:{COMPARING_WORDS}|over)\s+(?:the\s+|its\s+|their\s+)?"
                            r"(?:(?-i:[A-Z][\w&'’.-]*)\s+){0,2}$", re.I)
# "total revenue rose 9% to $12.45 billion, which essentially matched estimates at $12.47
# billion" (a stock site on a software maker's quarter): with the result already stated in its
# clause, the amount "at" the estimates is theirs
_AMOUNT_BEFORE = re.compile(r"(?:US\$|\$|€|£)\s?\d", re.I)


# The noun's object already given, then words that open another noun's clause: "missed the
# estimate of 75 cents even without the inventory charge that cost 7 cents per share" (a
# news site on a software maker's quarter): the charge's figure is a result, not an estimate
# ... or a past period's words ("missed estimates of $4.1 billion and failed to match last year's
# $4.36 billion total", a newsletter on a bank's quarter): no estimate is a year-ago figure
# ... or another action's participle ("beating estimates by $7 and marking a 102% increase")
_PAST_OBJECT = re.compile(r"\d[^\d]*\b(?:without|excluding|except|that|which|who|last\s+year['’]s|"
                          r"the\s+(?:prior|previous)[- ]year['’]?s?|(?:a|the)\s+year[- ](?:ago|"
                          r"earlier)['’]?s?|and\s+(?!(?:expect|forecast|project|anticipat|"
                          r"estimat|predict|look)ing)\w+ing|"
                          # ... or the line's own change in a clause of its own ("above the
                          # consensus of $X and up 9% from last year", "exceeded the consensus
                          # by 1% and reflected an increase of 9%"): the result's, no estimate
                          r"and\s+(?:(?:also|was|were)\s+)?(?:up|down|rose|grew|fell|"
                          r"declined|jumped|dropped|climbed|slipped|(?:increas|decreas|reflect|"
                          r"represent|mark|signal)(?:ed|ing)?))\b[^\d]*$|"
                          # ... or a list's next item after a spaced dash: "forecasts of $X [5] -
                          # Acme added 19 million members" (a machine summary's run-on bullets)
                          r"\d[^\d]*\s[-–—]\s+(?-i:[A-Z])[^\d]*$", re.I)


# The dot of a legal form or an initial ends no clause when the company it closes is the
# subject of what is expected of it: "analysts expect Acme Inc. (NYSE:ACME) to post $X" (the
# automated notes on coming quarters write the company so: the estimate was read as a result).
# Only before its ticker and an infinitive or a modal: "a plan to split ... proved costly for
# Acme Inc. last year, and contributed to a loss of $X" still ends the plan's clause there.
_ABBREVIATED = ("Inc", "Corp", "Co", "Cos", "Ltd", "[A-Z]")
_ABBREVIATION_DOT = re.compile(r"\b(?:" + "|".join(_ABBREVIATED) + r")\.(?=\s+(?:\([^()]{1,30}"
                               r"\)\s+)?(?:to|will|would|could|may|might)\s)")


def _unabbreviated(text: str) -> str:
    return _ABBREVIATION_DOT.sub(lambda m: m.group(0)[:-1] + " ", text)


def _clause_of(text: str) -> str:
    return text[max((m.end() for m in re.finditer(r";|\.\s", _unabbreviated(text))),
                    default=0):]


_RESULT_GAP = re.compile(r"^\s*(?:(?:estimates?|expectations?|forecasts?|consensus|views?)\s+)?"
                         r"(?:at|with)\b", re.I)


def governs(place: str, is_guidance: bool, before: str, found: re.Match) -> bool:
    """Whether a phrasing found in the words before a figure governs the figure: no
    comparative, no verb of comparing taking it as its object, nothing between that ends its
    clause or reports a result ("estimates, rising 16% to $X")."""
    if _COMPARATIVE.search(before[:found.start()]) and not (
            place == "object" and _THAN_THE.search(before[:found.start()])):
        return False  # "better-than-expected", "as expected", "than analysts had forecast"
    gap = before[found.end():]
    if place == "ahead" and _COMPARED_NOUN.search(before[:found.start()]):
        return False  # "beat forecasts": a noun a verb of comparing takes, read as an object
    if unbound(place, before[:found.start()], found.group(0), gap):
        return False  # "the deal, which is expected to close in May, priced ..."; "target bonus"
    if place == "object":
        if (_COMPARED.search(before[:found.start()]) and _RESULT_GAP.match(gap)
                and not _AMOUNT_BEFORE.search(_clause_of(before[:found.start()]))):
            return False  # "topped estimates at $46.8 billion": the result, not the estimate
        if _PAST_OBJECT.search(gap):
            return False  # "the estimate of 75 cents even without the charge that cost $X"
        gap = _FIGURE_MARK.sub("0", gap)  # "guidance of $3.90 to $3.95": one range
        if _LIST_AFTER_COLON.match(gap):
            if _VERSUS.search(before[:found.start()]):
                return False  # "how the quarter compared with estimates: revenue $X"
            if is_guidance:
                return not _REPORTING.search(gap)  # "FY guidance: revenue $X to $Y; EPS $Z"
        return all(_OBJECT_GAP.match(part) and not _REPORTING.search(part)
                   for part in _OBJECT_LIST.split(gap, maxsplit=1))
    return not (_CLAUSE_BREAK.search(_unabbreviated(gap)) or _DASHED_RESULT.search(gap)
                or _REPORTED_AFTER.search(gap))
