"""A figure whose words give it a scope no filed line has, so it is compared with none of them.

- A combination of lines: "the combined balance of cash and bitcoin", "cash, along with bitcoin
  holdings, rose to ...", "cash plus investments of ...", "A and B combined were ...". A filing
  states each line; the figure is not any one of them, whichever line its words also name (a
  sum the filing states as a line is named by that line's own words, never by these).
- One month: "1,072 BTC for the month", "a monthly tally of $901 million", "$3 million per
  month". Filings state quarters and years; a month's figure never matches either (a span of
  months, "from April to June", is the quarter in force, not one month).
- A level as of the day of writing, in an aside after the period's: "to 17.7 EH (now ~19 EH)".
- An exchange-rate effect: "despite a 2.5% foreign exchange headwind", "a 3% currency impact".
  The share of a change that currencies made is no line's level or growth (read as growth, the
  headwind of an electronics maker's quarter was compared with its revenue growth).
- An item's effect on a line: "the charge reduced net income by $596 million", "a $0.07 impact
  on earnings" (``item_effects``): what something moved the line by, never the line's level.
- A portion of a line: the income of noncontrolling interests or of discontinued operations
  ("Net income attributable to noncontrolling interests was $X"); and an outlay ("$760 million
  of free cash flow after investing $1.3 billion"), which is no line the sentence names.
- A streak over several periods ("the seventh straight year of at least 13% growth").
- A trailing twelve months or a run rate ("revenue over the last 12 months"), a span no filing
  states; and a bank's pre-provision profit, a measure no filed line is.

Such a figure is unverifiable, with the reason ``scope_reason`` gives; never drifted against
the one line or the longer period its words also name.
"""

from __future__ import annotations

import re

from pipeline.verify.item_effects import EFFECT_REASON, effect_words

# "combined" that names one filed figure, not a sum: an insurer's combined ratio; the merged
# company a deal formed. Its adverbs too: "<non-flagship> revenues (<three parts>) collectively
# increased by 4.5%" (a recap of a device maker's quarter, drifted against the company's revenue
# growth), "jointly", "in aggregate"; not of customers, whose share a filer states for them
# together ("two customers collectively accounted for 76%")
_COMBINED = re.compile(r"\bcombined\b(?!\s+(?:ratios?|compan(?:y|ies)|entit(?:y|ies)|"
                       r"operations?)\b)|(?<!customers )(?<!clients )\b(?:collectively|jointly|"
                       r"in\s+(?:the\s+)?aggregate)\b", re.I)
# a line joined to another ahead of the figure: "cash, along with bitcoin holdings, rose";
# only when no figure stands before it in the sentence (", along with net income of $4.97
# billion" after "$19.90 billion in revenue" joins two figures, not two lines)
_JOINED = re.compile(r"\w[\s,]+(?:together\s+with|along\s+with|plus|coupled\s+with)\s+[A-Za-z]",
                     re.I)
# a product named with "Plus" ("CamCo Plus subscribers", "StreamCo Plus subscribers", a
# camera maker's and a media group's quarters): one name, no join of two lines; a headline's
# title case ("Cash Plus Investments Rose") still joins
_NAME_PLUS = re.compile(r"\b[A-Z][\w-]*\s+Plus\b(?!\s+[A-Z])")
_FIGURE = re.compile(r"\d")
# an aside spelling out what a total holds: "total cloud revenue (IaaS plus SaaS)", "total cloud
# service revenue, infrastructure plus applications grew" (a blog on a software maker's
# quarter): the figure is the total's, a line the filer names, never a sum of the lines the
# article adds up itself ("cash, plus investments," has its "plus" open the aside: a sum)
_WORD = r"[A-Za-z][\w-]*"
_TOTAL_ASIDE = re.compile(
    rf"\btotal\s+(?:{_WORD}\s+){{0,4}}{_WORD}\s*(?:\([^()]*?\bplus\b[^()]*\)|"
    rf",\s*{_WORD}(?:\s+{_WORD})?\s+plus\s+{_WORD}(?:\s+{_WORD})??"
    r"(?=\s*,|\s+(?:grew|rose|increased|climbed|jumped|fell|declined|decreased|dropped|was|"
    r"were|reached|totaled|totalled|came)\b))", re.I)

_MONTHS = (r"January|February|March|April|May|June|July|August|September|October|November|"
           r"December")
# after the figure, before any other figure: "1,072 BTC for the month", "$3 million a month"
_MONTH_AFTER = re.compile(
    rf"^[^.;\d]{{0,30}}?\b(?:(?:for|in|during|over)\s+the\s+month\b|per\s+month\b|"
    rf"a\s+month\b(?!\s+(?:ago|earlier|before|prior|later|after))|"
    rf"each\s+month\b|every\s+month\b|monthly\b|month[- ]to[- ]date\b|"
    rf"for\s+the\s+month\s+of\s+(?:{_MONTHS})|"
    # a change from the month before: "BTC production falling 21% from May" (a bitcoin miner's
    # June, beside its quarter), "month over month"; never "from the June quarter" or a
    # balance "from March 31", nor a span of months "from April to June" (a miner's quarter as a
    # crypto outlet writes it: the quarter in force, never one month)
    rf"(?:from|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+(?:previous|prior|preceding)\s+"
    rf"month\b|(?:{_MONTHS})\b(?!\s+(?:quarter|\d{{1,2}}\b)|\s*(?:to|through|thru|until|-|–)\s*"
    rf"(?:{_MONTHS})\b))|month[- ](?:over|on)[- ]month\b)",
    re.I)
# before it, in its own clause: "its monthly tally for December of $901.2 million", "August
# production of 1,072 BTC" (a month named as the figure's own, never "the June quarter")
_MONTH_BEFORE = re.compile(rf"\b(?:monthly|month[- ]to[- ]date|(?:for|in|during)\s+the\s+month\s+"
                           rf"of\s+(?:{_MONTHS})|(?:{_MONTHS})\s+(?:production|output|sales|"
                           rf"revenues?|deliveries|shipments|traffic|volumes?))\b[^.;\d]{{0,50}}$",
                           re.I)

# after the figure: "the margin dipped to 22%, the lowest in 2024" (a blog on a streamer's
# year): the extreme of a year is one of its quarters or months, never the year's own figure
_EXTREME_OF_YEAR = re.compile(
    r"^\W{0,3}\s*(?:(?:the|its|their)\s+)?(?:lowest|highest|weakest|strongest|smallest|"
    r"largest|best|worst)\s+(?:[a-z]+\s+){0,2}?(?:in|of|for|during)\s+(?:the\s+|its\s+)?"
    r"(?:(?:fiscal\s+)?(?:19|20)\d\d|(?:fiscal\s+)?year)\b", re.I)

# right after the figure: "a 2.5% foreign exchange headwind", "a 2% FX impact", "1 point of
# currency drag"
_FX_EFFECT = re.compile(
    r"^\s*(?:(?:percentage\s+)?points?\s+)?(?:of\s+)?(?:an?\s+)?(?:unfavou?rable\s+|favou?rable\s+|"
    r"negative\s+|positive\s+|adverse\s+)?(?:foreign[- ](?:currency|exchange)(?:[- ]rates?)?|"
    r"(?:currency|exchange[- ]rates?)|FX|F/X|forex)\s+(?:headwinds?|tailwinds?|impacts?|effects?|"
    r"drags?|hits?|benefits?|translation)\b", re.I)

# A portion of a line no row names: the income of noncontrolling interests or of discontinued
# operations ("Net income attributable to noncontrolling interests was $X", "$Y from
# discontinued operations"). Read by its noun, it was the company's net income. ("including
# noncontrolling interests" names a line of its own: net_income_including_noncontrolling)
_HOLDERS = (r"(?:attributable\s+to|from|of|in|related\s+to)\s+(?:the\s+)?(?:non-?controlling|"
            r"minority|discontinued)\s+(?:interests?|operations?|shareholders|owners)\b")
_PORTION_BEFORE = re.compile(
    rf"\b(?:(?:income|profits?|earnings|loss(?:es)?)\s+(?:\(loss\)\s+)?{_HOLDERS}|"
    r"(?:discontinued\s+operations|non-?controlling\s+interests?|minority\s+interests?)['’]?\s+"
    r"(?:income|profits?|earnings|loss(?:es)?|share))[^.;\d]{0,40}$", re.I)
_PORTION_AFTER = re.compile(rf"^\s*(?:(?:of\s+)?(?:net\s+)?(?:income|profit|earnings|loss)\s+)?"
                            rf"(?:(?:was|were|is|are)\s+)?{_HOLDERS}", re.I)
# An outlay the words before the figure name: "$760 million of free cash flow after investing
# $1.3 billion into the business" (an airline's release): the investment, never the line before
_OUTLAY_BEFORE = re.compile(r"\b(?:after|before|while|by)\s+(?:investing|spending|deploying|"
                            r"plowing|pouring|ploughing)\s+(?:about\s+|roughly\s+|nearly\s+|"
                            r"some\s+|more\s+than\s+|over\s+)?$", re.I)

# A trailing twelve months, or a rate a period is annualized to ("Trailing twelve-month revenue
# reached $X", "net income over the past four quarters", "a revenue run rate of $Y"): a span no
# quarterly or annual filing states as such; read as the quarter's, it drifted against it.
# (hyphenated too: "for the trailing-twelve-month period", a gaming site's copy of a publisher's
# release highlights, whose TTM share of digital sales was borne out by the quarter's)
_LATEST = r"(?:trailing|last|past|latest|previous|prior|preceding)[\s-]+"
_TRAILING = (rf"{_LATEST}(?:12|twelve)[- ]months?|{_LATEST}(?:four|4)[\s-]+quarters|"
             r"TTM|LTM|(?:annuali[sz]ed\s+)?(?:revenue\s+)?run[- ]rate")
_TRAILING_BEFORE = re.compile(rf"\b(?:{_TRAILING})\b[^.;$%\d]{{0,60}}$", re.I)
_TRAILING_AFTER = re.compile(rf"^[^.;\d]{{0,30}}?\b(?:{_TRAILING})\b", re.I)
# A period's amount put on a year's basis by the writer, "annualized" right before the figure or
# right after it ("quarterly revenue works out to an annualized $X", "$Y on an annualized
# basis"): a quarter's revenue times four, which no filing states; read as the quarter's, it
# drifted against it. Amounts and counts only (a bank's ratios are stated annualized), and
# never annualized recurring revenue nor an annualized dividend (rows of their own).
_ANNUALIZED_BEFORE = re.compile(r"\bannuali[sz]ed(?:\s+(?:rate|pace|basis|terms))?(?:\s+of)?\s+"
                                r"(?:(?:about|around|roughly|nearly|some|almost|approximately)"
                                r"\s+)?$", re.I)
_ANNUALIZED_AFTER = re.compile(r"^\s*,?\s*(?:on\s+an\s+annuali[sz]ed\s+basis|annuali[sz]ed\b"
                               r"(?!\s+(?:recurring|dividends?|yield)\b))", re.I)
TRAILING_REASON = ("a figure for a trailing twelve months or a run rate (\u201c{words}\u201d): "
                   "the filings state quarters and years, so it is compared with none of them")
# A profit measure no row holds, named anywhere in the figure's clause (the level a change of it
# reached included): banks' pre-tax, pre-provision profit ("PPNR"), read by its noun as net
# income, or as adjusted net income by an adjusting word. A newcomer adds its words here.
_OTHER_MEASURE = re.compile(r"\b(?:pre-?provision|PPNR)\b(?![^;]*\b(?:while|whereas|but)\b)",
                            re.I)
MEASURE_REASON = ("a measure no filed line is (\u201c{words}\u201d): the filings' lines are "
                  "not it, so it is compared with none of them")
PORTION_REASON = ("a portion of a line (\u201c{words}\u201d): the income of noncontrolling "
                  "interests or of discontinued operations, which no compared line is")
OUTLAY_REASON = ("an outlay (\u201c{words}\u201d): money spent or invested, not the line the "
                 "sentence names before it, so it is compared with none")
FX_REASON = ("an exchange-rate effect (\u201c{words}\u201d): the part of a change that currencies "
             "made, which is no filed line's level or growth, so it is compared with none")
COMBINED_REASON = ("a figure for a combination of lines (\u201c{words}\u201d): the filings state "
                   "each line, not their sum, so it is compared with none of them")
EXTREME_REASON = ("the extreme of a year's parts (\u201c{words}\u201d): one of its quarters or "
                  "months, the article does not say which, so it is compared with none")
# an aside giving the figure's level today, after the period's: "grew its hash rate to 17.7 EH
# (now ~19 EH)" (a machine summary of a miner's earnings call): the day of writing, which no
# filing of the period states
_NOW_ASIDE = re.compile(r"\(\s*(?:now|currently|today)\s+(?:(?:at|about|around|roughly|"
                        r"approximately|nearly|over|some)\s+)?~?\s*$", re.I)
NOW_REASON = ("a figure of the day the article was written (\u201c{words}\u201d), after the "
              "period the filings cover, so it is compared with none of them")
MONTH_REASON = ("a figure for one month (\u201c{words}\u201d): the filings state quarters and "
                "years, never a month, so it is compared with none of them")


# the level a change reached, after its base: "... rose from $201.5 million the previous year
# to " (the level is of what the base is of)
_FROM_BASE = re.compile(r"\bfrom\s+(?P<base>(?:US)?\$?\d[\d,.]*)(?:\s*(?:[mb]illion|thousand|"
                        r"trillion|bn|mn|%))?(?:[^\d$;.%]|(?:19|20)\d\d){0,40}?\bto\s+"
                        r"(?:about\s+|roughly\s+|nearly\s+)?(?:US)?\$?$", re.I)


# a streak over several periods: "our seventh straight year of at least 13% growth" (a food
# trade paper quoting a restaurant group's chief, read as the year's EPS growth and supported):
# a claim of every year of the streak, which no one period's filed figure bears out
_STREAK_BEFORE = re.compile(r"\b(?:straight|consecutive|successive|running)\s+(?:fiscal\s+)?"
                            r"(?:years?|quarters?)\s+(?:of|with)\s+(?:(?:at\s+least|more\s+"
                            r"than|over|above|better\s+than)\s+)?$", re.I)
STREAK_REASON = ("a streak over several periods (\u201c{words}\u201d): a claim of each of them, "
                 "which no one period's filed figure bears out")


def scope_reason(sentence: str, span: tuple[int, int]) -> str | None:
    """Why the figure at ``span`` of ``sentence`` is compared with no filed line: its words
    make it a combination of lines or one month's figure, or it is the level a change of such
    a figure reached; None when they do not."""
    behind, ahead = sentence[:span[0]], sentence[span[1]:]
    base = _FROM_BASE.search(behind)
    if base is not None and (why := _own_scope(sentence[:base.start("base")], "")):
        return why
    return _own_scope(behind, ahead, sentence[span[0]:span[1]])


# a rate's figure: "increased its revenue by 228%" is the line's growth, which its readers read
_RATE = re.compile(r"%|\b(?:percent|per\s*cent|points?|bps)\b", re.I)


def _own_scope(behind: str, ahead: str, figure: str = "") -> str | None:
    clause = behind[behind.rfind(";") + 1:]
    if (streak := _STREAK_BEFORE.search(clause)) is not None:
        return STREAK_REASON.format(words=streak.group(0).strip())
    fx = _FX_EFFECT.match(ahead)
    if fx is not None:
        return FX_REASON.format(words=fx.group(0).strip())
    if not _RATE.search(figure) and (effect := effect_words(clause, ahead, figure)) is not None:
        return EFFECT_REASON.format(words=effect)
    extreme = _EXTREME_OF_YEAR.match(ahead)
    if extreme is not None:
        return EXTREME_REASON.format(words=extreme.group(0).strip(" ,\u2014-"))
    if (now := _NOW_ASIDE.search(behind)) is not None:
        return NOW_REASON.format(words=now.group(0).strip(" (~"))
    month = _MONTH_AFTER.search(ahead) or _MONTH_BEFORE.search(clause)
    if month is not None:
        return MONTH_REASON.format(words=month.group(0).strip(" ,"))
    last = list(_FIGURE.finditer(clause))
    since = clause[last[-1].end():] if last else clause
    portion = _PORTION_BEFORE.search(since) or _PORTION_AFTER.match(ahead)
    if portion is not None:
        return PORTION_REASON.format(words=portion.group(0).strip(" ,")[:60])
    if (trailing := _TRAILING_BEFORE.search(clause) or _TRAILING_AFTER.match(ahead) or (
            None if _RATE.search(figure) else _ANNUALIZED_BEFORE.search(behind)
            or _ANNUALIZED_AFTER.match(ahead))) is not None:
        return TRAILING_REASON.format(words=trailing.group(0).strip(" ,")[:50])
    reached = re.fullmatch(r"\s*,?\s*to\s+(?:about\s+|roughly\s+|nearly\s+)?", since)
    if (measure := _OTHER_MEASURE.search(clause if reached else since)) is not None:
        return MEASURE_REASON.format(words=measure.group(0))
    if (outlay := _OUTLAY_BEFORE.search(since)) is not None:
        return OUTLAY_REASON.format(words=outlay.group(0).strip())
    combined = _COMBINED.search(since)
    if combined is None and not last:
        combined = _JOINED.search(_NAME_PLUS.sub("name", _TOTAL_ASIDE.sub(" ", clause)))
    if combined is not None:
        return COMBINED_REASON.format(words=combined.group(0).strip(" ,")[:40])
    return None
