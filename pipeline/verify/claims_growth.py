"""What a growth rate of an article is the growth of: the metric the words before or after it
name, the figure a pointing noun refers back to ("this line item"), the level before it in the
sentence; and the word that makes a revenue figure a part of revenue ("freight revenues").
"""

from __future__ import annotations

import re

from core.metric_words import (
    CHANGE_DOWN_NOUNS,
    CHANGE_DOWN_WORDS,
    CHANGE_UP_NOUNS,
    CHANGE_UP_WORDS,
)
from core.metrics import all_metrics, find_metric, names_where, projection
from core.verdicts import Claim
from pipeline.verify import claims_changes as changes
from pipeline.verify.carried_rates import carried_line
from pipeline.verify.claims_per_share import bottom_line_metrics
from pipeline.verify.cue_search import nearest_cue
from pipeline.verify.discipline import set_against_analysts
from pipeline.verify.growth_clauses import NO_SUBJECT, names_other_object, own_clause, own_subject
from pipeline.verify.part_words import PERIOD_NAME, is_business_gerund
from pipeline.verify.scope_cues import rate_base_line, rate_object
from pipeline.verify.subject_rates import nearest_rate

# ("a 10% increase in sales", "up 9% in revenue"; never "63% of the bitcoin produced", a share
# of it, which a growth word earlier in the sentence does not make its growth)
SUBJECT_AFTER = re.compile(r"^\s*(?:(?:\w+\s+){1,2}?(?:in|of)|in)\s+[^.;,$\d]{0,40}", re.I)
# "a 20% Y/Y gain in sales", "a 9% year-over-year increase in revenue": the base a rate is
# measured against may stand between it and its noun; the noun still names what grew, and
# wins over an earlier word of the sentence ("a profit beat and a 20% Y/Y gain in sales"; a
# news brief on an aluminum maker's quarter)
_BASE_WORD = re.compile(r"^\s*(?:y/y|yoy|y-o-y|year[- ](?:over|on)[- ]year|annual|sequential|"
                        r"q/q|qoq|quarter[- ](?:over|on)[- ]quarter)(?=\s)", re.I)


# "added 41 million subscribers, resulting in a 16 percent revenue increase" (a trade site on a
# streamer's year, whose rate was recomputed from the subscriber count before it and drifted):
# the noun between a rate and its change noun names what grew, before any word of the sentence
# (only after an article: "increased by 5% reflecting top-line growth" names no noun of it)
# (or a possessive or a verb reporting the rate: "attributed its approximately 16% revenue
# growth to ...", "announcing 6% net revenue growth", machine recaps' rates that read none)
_ARTICLE_END = re.compile(r"\b(?:a|an|its|their|the|[\w&.-]+['’]s?|posted|posting|reported|"
                          r"reporting|announced|announcing|delivered|delivering|recorded|"
                          r"recording|saw|seeing|achieved|achieving|logged|notched|with)"
                          r"(?:\s+(?:approximately|about|around|roughly|nearly|almost|some|"
                          r"over|more\s+than|just\s+(?:over|under)))?\s*$", re.I)
_ATTRIBUTIVE = re.compile(rf"^\s*(?P<words>(?:[A-Za-z][\w&'\u2019-]*\s+){{1,3}}?)"
                          rf"(?:{CHANGE_UP_NOUNS}|{CHANGE_DOWN_NOUNS}|growth|gain)s?\b", re.I)


def growth_subject(behind: str, ahead: str, previous: Claim | None) -> tuple[bool, str | None]:
    """(whether the article names what grew, its metric): ``subject_of_growth`` without the part."""
    named, metric, _ = subject_of_growth(behind, ahead, previous)
    return named, metric


def subject_of_growth(behind: str, ahead: str, previous: Claim | None,
                      rates: bool = False) -> tuple[bool, str | None, str | None]:
    """What grew, as (whether the article names it, the metric when the filings state it): the
    figure named in the words before the rate ('net income rose 20%', 'EPS rose 12%'), else
    right after it ('a 10% increase in sales'), else the level just before it in the sentence
    ('Net income: $1,876 million, increased by 12%'). Unnamed ('the workforce grew 31%',
    'pay costs were up 31%'), a growth rate says nothing a filing states. The third item is
    the part the words name right before the metric's ("a 30% rise in grain volumes",
    "bulk shipments rose 11%"): the growth is that part's, never the company's. With
    ``rates``, a stated rate may be what is named ("comp transactions fell 2%": subject_rates)."""
    after = (SUBJECT_AFTER.match(ahead) or re.match("", ahead)).group(0)
    named_object = rate_object(_BASE_WORD.sub("", ahead, count=1))
    if named_object is not None:  # "a 3.8% reduction in the number of transactions"
        found = _subject_cue(changes.blank_counted(named_object), from_end=False, rates=rates)
        return (True, found[0], _part_before(named_object, found[1], from_end=False)) if (
            found is not None) else (False, None, None)
    if (line := rate_base_line(ahead)) is not None and (
            found := _subject_cue(line, from_end=True)) is not None and line.endswith(
            found[1]) and _part_before(line, found[1], from_end=True) is None:
        return True, found[0], None  # "a 5% decrease on the net sales of $X": the base's line
    attributive = _ATTRIBUTIVE.match(_BASE_WORD.sub("", ahead, count=1)) if (
        _ARTICLE_END.search(behind)) else None
    if attributive is not None:  # "a 16 percent revenue increase"
        words = attributive.group("words")
        found = _subject_cue(words, from_end=False, rates=rates)
        if found is not None:
            return True, found[0], _part_before(words, found[1], from_end=False)
        if _names_metric(words):
            return True, None, None  # "a 12% gross margin improvement": a rate's, not grown
    for window, from_end in ((own_clause(_past_previous_object(behind)), True), (after, False)):
        found = _subject_cue(changes.blank_counted(window), from_end=from_end, rates=rates)
        if found is not None:
            return True, found[0], _part_before(window, found[1], from_end=from_end)
    if names_other_object(behind, ahead):
        return False, None, None  # "but a rise of 3% in costs": what no cue reads rose
    if (carried := carried_line(behind, previous)) is not None:
        return True, carried, None  # "up 10%, and for the full year up 16.2%": the same line
    if changes.listed_after(behind, previous, ahead):  # "a 6% rise from ... and a 56% leap"
        row = find_metric(previous.metric)
        return True, previous.basis or row.derivation.inputs[0][0], None
    if own_subject(behind):
        return False, None, None  # "$1,729.4m as aggregates shipments declined 1.4 per cent"
    if (beaten := _beaten_subject(behind, previous)) is not None:
        return True, beaten, None  # "revenue beat the consensus by 0.7% but fell 18%"
    if changes.listed_after(behind, previous):  # "APAC revenue up 24%, followed by EMEA (+18%)"
        row = find_metric(previous.metric)
        return True, previous.basis or row.derivation.inputs[0][0], None
    if previous is not None and previous.metric in growth_subjects():
        return True, previous.metric, None
    if (previous is not None and previous.metric in (None, changes.DIFFERENCE)
            and previous.basis in growth_subjects()
            and re.fullmatch(r"\s*(?:\(|,?\s*or\b)?\s*", behind)):
        # "$447 million (0.1 percent) higher", "grew by $5 billion, or 2%": what changed
        return True, previous.basis, None
    return False, None, None


# "Revenues of $5.36 billion beat the consensus estimate by 0.67% but decreased 18.2% year over
# year" (an investment site's recap of a chipmaker's quarter): the margin an estimate was beaten
# by names what beat it; the clause after it with no subject of its own ("but decreased",
# "and rose") goes on about that same line
_JOINS = re.compile(r"[,]|\b(?:but|and|yet|while|though|although|whereas)\b", re.I)
_ESTIMATE_REASON = "an analysts' estimate"


def _beaten_subject(behind: str, previous: Claim | None) -> str | None:
    """What an estimate's beating margin is of, when the rate's clause names no subject."""
    if previous is None or not (previous.not_checkable_reason or "").startswith(
            _ESTIMATE_REASON) or previous.unit != "percent":
        return None
    row = find_metric(previous.metric)
    if row is None or row.derivation is None or row.derivation.kind != "growth":
        return None
    if not re.search(rf"\b(?:{CHANGE_UP_WORDS}|{CHANGE_DOWN_WORDS})\b", behind, re.I) or (
            NO_SUBJECT.sub("", _JOINS.sub("", behind)).strip()):
        return None
    grew = previous.basis or row.derivation.inputs[0][0]
    # (a per-share figure beaten against the consensus is most often the adjusted one:
    # discipline.set_against_analysts; its GAAP growth is no reading of the rate)
    return grew if grew in growth_subjects() and find_metric(grew).unit != "USD/share" else None


def _past_previous_object(behind: str) -> str:
    """The words before a rate less the previous rate's own object, through its metric's
    words: in "a 314% increase in bitcoin production more than offset 14% lower prices" the
    production is what rose 314%, never what fell 14%."""
    named = rate_object(behind)
    found = _subject_cue(changes.blank_counted(named), from_end=False) if named else None
    if found is None:
        return behind
    at = behind.find(named)
    cut = at + named.find(found[1]) + len(found[1]) if at >= 0 and found[1] in named else 0
    return behind[cut:]


# the name of a part: up to three words before the metric's words ("grain products volumes")
_PART_NAME = re.compile(r"(?:(?<=\s)|^)(?P<name>(?:[A-Za-z][\w&'’-]*\s+){1,3})$")


def _part_before(window: str, words: str, *, from_end: bool) -> str | None:
    """The part's name right before the metric's words in the window ("coal" in "coal
    volumes"), its words that only say whose or which period's dropped ("total", "its",
    "quarterly"); None when no word names a part."""
    at = window.rfind(words) if from_end else window.find(words)
    found = _PART_NAME.search(window[:at]) if at > 0 else None
    if found is None:
        return None
    name = found.group("name").split()
    # ("a 55% increase in investment banking revenue": the word before the line's, a business)
    business = not from_end and is_business_gerund(name[-1])
    while len(name) > business and (WHOLE_WORDS.match(name[0]) or name[0][:1].isdigit()):
        name.pop(0)
    if not name or any(WHOLE_WORDS.match(w) for w in name[:len(name) - business]) or (
            _names_metric(" ".join(name))):
        return None  # "revenue carloads": the line's own words, not a part's
    return " ".join(name)


# "revenue rose 24% in Asia-Pacific", "sales were up 9% in Latin America": a capitalised name
# right after the rate, after "in", is the part that grew (a region, a segment), never the
# company's total; not a period ("in June", "in Q2"), nor a currency or a market ("in U.S.
# dollars", "in New York trading")
_PART_AFTER = re.compile(r"^\s*(?:year[- ]over[- ]year\s+|y/y\s+|yoy\s+)?in\s+(?:the\s+)?"
                         r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:and\s+|&\s+|the\s+)?"
                         r"[A-Z][\w&.'’-]*){0,4})(?P<after>\s+[a-z]+)?")
_NOT_A_PART_AFTER = re.compile(r"\s+(?:dollars?|currenc\w*|terms|trading|markets?|shares|"
                               r"stock|premarket|exchange)$", re.I)


# "up 9% in USD", "16% in constant currency": a currency is how the rate is measured
_CURRENCY = re.compile(r"^(?:USD|EUR|GBP|JPY|CNY|RMB|CAD|AUD|CHF|INR|KRW|BRL|MXN|US\$|"
                       r"(?:U\.?S\.?\s+)?Dollars?|Euros?|Yen|Constant\s+Currency)\b", re.I)


def part_after(ahead: str) -> str | None:
    """The part a growth rate's words name right after it ("up 24% in Asia-Pacific"), if any."""
    found = _PART_AFTER.match(ahead)
    if found is None:
        return None
    name = found.group("name").rstrip(".,")
    if (PERIOD_NAME.match(name) or _NOT_A_PART_AFTER.match(found.group("after") or "")
            or _CURRENCY.match(name) or _names_metric(name)):
        return None
    return name


def is_own_line(words: str, metric: str | None) -> bool:
    """Whether a part's name read for a growth rate is only the words of the line that grew
    ("Inventory fell 2%": the balance, never a part named "Inventory")."""
    row = find_metric(metric)
    found = nearest_cue(words, row.unit, from_end=True) if row is not None else None
    return found is not None and found[0] == metric and (
        found[1].strip().lower() == words.strip().lower())


def _names_metric(words: str) -> bool:
    return any(nearest_cue(words, unit, from_end=True) is not None
               for unit in ("USD", "USD/share", "count", "percent"))


# "pushing this line item 135% higher" (the Motley Fool on Twilio's stock-based compensation,
# named in the sentence before): a growth rate whose subject is a noun that points back at the
# figure just quoted. The nouns are data; the pointing word and up to two words (a verb) may
# stand between it and the rate ("this figure rose ").
_ANAPHOR_NOUNS = ("line item", "item", "figure", "number", "amount", "expense", "charge",
                  "cost")
# ("The figure improved 12.8% on a year-over-year basis" after a recap's "non-GAAP earnings of
# $3.80 per share": "the" points back only when it opens the sentence)
_ANAPHOR = re.compile(r"(?:\b(?:this|that)|^\s*the)\s+(?:" + "|".join(n.replace(" ", r"\s+")
                                                        for n in _ANAPHOR_NOUNS)
                      + r")\b(?:\s+[a-z]+){0,2}\s*$|"
                      # a key-metrics recap's item: "$1.9 billion compared to the $1.83 billion
                      # average estimate. The reported number represents a change of +10.5%
                      # year over year" (a railroad's quarter): the item's reported figure
                      r"^\W*the\s+reported\s+(?:number|figure|amount)\s+represents\s+an?\s+"
                      r"(?:[a-z-]+\s+){0,2}?change\s+of\s*$|"
                      # a bare "This" or "That" opening the sentence as the rate's subject:
                      # "... revenue for the second quarter of $5.4 billion. This was down by
                      # 18% YoY." (an investing site's recap of a chipmaker's quarter); only a
                      # verb of being or moving between, never a noun ("This segment grew 18%")
                      r"^\W*(?:this|that)\s+(?:(?:was|is|has\s+been|represents|represented|"
                      r"marks|marked)\s+)?(?:(?:up|down|higher|lower|rose|fell|grew|increased|"
                      r"decreased|declined|dropped|climbed|jumped|slipped|an?\s+(?:increase|"
                      r"decrease|rise|drop|decline|fall|gain)\s+of)\s+)(?:by\s+)?(?:about\s+|"
                      r"nearly\s+|roughly\s+|some\s+|around\s+)?$", re.I)


def anaphoric_subject(behind: str, previous: Claim | None,
                      antecedent: Claim | None) -> Claim | None:
    """The figure a growth rate's subject points back at ("this line item 135% higher"): the
    last figure quoted before it with a metric (the sentence's previous one, else
    ``antecedent``, the sentence before's), when the words right before the rate point back
    and that figure's metric is one a growth rate may be about; None else."""
    if previous is not None and previous.metric is not None and not (
            previous.not_checkable_reason):  # (the estimate it beat is not what it points at)
        antecedent = previous
    if antecedent is None:
        return None
    if _BOTTOM_LINE.search(behind) is not None:
        # (never a per-share figure set against the consensus: most often the adjusted one,
        # whose growth the GAAP figures would call drifted; a utility's "net economic earnings")
        return antecedent if antecedent.metric in bottom_line_metrics() and not (
            set_against_analysts(antecedent)) else None
    if _ANAPHOR.search(behind) is None:
        return None
    return antecedent if antecedent.metric in growth_subjects() else None


# "Also, the bottom line rose 21%" after a recap's "earnings per share of $1.26": the earnings
# figure just quoted (net income or its per-share amount, GAAP or not), never another line
# ("However, the company's bottom line declined 5.2%", "its bottom line": whose it is said)
_BOTTOM_LINE = re.compile(r"\b(?:the|its|their|(?:the\s+)?(?:company|firm|group|bank|retailer|"
                          r"chipmaker|utility|[A-Z][\w&.-]*)['’]s?)\s+bottom[- ]line\b"
                          r"(?:\s+[a-z]+){0,2}\s*$", re.I)


def named_growth_subject(words: str) -> str | None:
    """The metric of what grew that ``words`` name nearest their end ("net income")."""
    found = _subject_cue(words, from_end=True)
    return found[0] if found else None


def _subject_cue(window: str, *, from_end: bool, rates: bool = False) -> tuple[str, str] | None:
    """(metric, its words) of the growth subject the window names nearest its end (start)."""
    best = nearest_rate(window, from_end=from_end) if rates else None
    for unit in ("USD", "USD/share", "count"):  # "active customer accounts grew 31%"
        found = nearest_cue(window, unit, from_end=from_end, ranked=True)
        if unit == "count" and found is not None and _count_qualifies(window, found[2]):
            continue  # "sales to government customers rose 12%": the sales grew, not the count
        if found is not None and found[1] in growth_subjects() and (
                unit != "USD/share" or re.search(r"per\s+share|EPS", found[2], re.I)):
            best = min(best, found) if best else found
    return (best[1], best[2]) if best else None


# "Sales at stores open a year rose 3%", "sales to government customers rose 12%", "revenue
# per store": a count's noun after a preposition that follows another noun names whose or
# where that noun's figure is (comparable sales, a part's revenue), never a count that grew;
# "the number of customers grew" ("of") and "customers grew" are the count's own words
_QUALIFYING_PREPOSITION = re.compile(
    r"\b[A-Za-z][\w&'\u2019-]*\s+(?:at|to|from|among|across|with|by|for|per|through|via)\s+"
    r"(?:[\w&'\u2019-]+\s+){0,3}$", re.I)


# "Sales at new stores rose 12%", "sales to government customers rose 9%": the counted noun
# the preposition after the line's words brings names the part whose line grew (not a part
# when the stores are those open a year: comparable sales, claims_qualifiers)
_COUNTED_AFTER = re.compile(r"^\s+(?:at|to|from|among|across|through|via)\s+(?:the\s+|its\s+|"
                            r"their\s+|our\s+)?(?P<name>(?:[\w&'\u2019-]+\s+){0,3})")
_OPEN_SINCE = re.compile(r"^\s+(?:that\s+\w+\s+(?:been\s+)?)?open", re.I)


def counted_part(behind: str) -> str | None:
    """The part a counted noun after the words of what grew names ("Sales at new stores rose
    12%": "new stores"), if any."""
    found = _subject_cue(behind, from_end=True)
    return _counted_part_after(behind, found[1]) if found is not None else None


def _counted_part_after(window: str, words: str) -> str | None:
    at = window.rfind(words)
    found = _COUNTED_AFTER.match(window[at + len(words):]) if at >= 0 else None
    if found is None:
        return None
    name = found.group("name").split()
    for size in range(len(name), 1, -1):  # the longest run ending on a counted noun
        head = " ".join(name[:size])
        if (_counted_noun(name[size - 1]) and not _names_metric(name[0])
                and not _OPEN_SINCE.match(window[at + len(words) + found.start("name")
                                                 + len(head):])):
            return head  # (a modifier first: "sales to customers" are the company's sales)
    return None


def _counted_noun(word: str) -> bool:
    """Whether ``word`` is a noun of something counted (stores, customers, homes)."""
    return word.lower().rstrip(".,") in _COUNTED_NOUNS


# the nouns of who or where a line's figure is from ("at new stores", "to government customers")
_COUNTED_NOUNS = frozenset(("stores", "restaurants", "locations", "outlets", "shops", "clubs",
                            "warehouses", "branches", "customers", "clients", "accounts",
                            "members", "subscribers", "users", "markets", "channels"))


# "customers increased their spending 12%", "members raised their purchases by 8%": what the
# counted subject's verb, right after it, takes as its object grew, not the count (never a
# preposition's object: "increased bitcoin production from its mining operations by 314%")
_VERB_OBJECT = re.compile(r"^\s+(?!(?:from|of|in|at|by|for|with|to|on|across|through|via|among|"
                          r"under|over|into)\b)[a-z]+\s+(?:their|its|his|her)\s+[a-z]", re.I)


def _count_qualifies(window: str, words: str) -> bool:
    """Whether a count's words in ``window`` qualify another noun after a preposition, or are
    the subject of a verb whose own object is what grew."""
    at = window.rfind(words)
    return at >= 0 and (at > 0 and _QUALIFYING_PREPOSITION.search(window[:at]) is not None
                        or _VERB_OBJECT.match(window[at + len(words):]) is not None)


@projection
def growth_subjects() -> frozenset[str]:
    """What a growth rate may be about: the rows flagged as growth bases, and the per-share
    rows of the income statement ('EPS rose 12%')."""
    return frozenset(names_where("growth_base")) | frozenset(
        row.name for row in all_metrics() if row.unit == "USD/share" and row.statement == "income")


# words that say whose revenue, which period's, or that join it to a verb: not a part's name
WHOLE_WORDS = re.compile(r"^(?:total|net|operating|consolidated|gaap|reported|actual|"
                    r"quarterly|annual|"
                    r"yearly|full-year|year|quarter|fiscal|[1-4]q|q[1-4]|first|second|third|"
                    r"fourth|(?:first|second|third|fourth)-quarter|record|its|their|our|the|a|"
                    r"an|company|group|overall|combined|top-line|of|in|and|or|but|with|on|as|"
                    r"while|whereas|when|where|since|though|although|because|so|yet|if|also|"
                    r"still|then|at|by|for|to|from|that|this|these|those|which|was|were|is|are|be|been|"
                    r"had|has|have|more|less|higher|lower|strong|robust|solid|weak|\w+ed|"
                    r"shows?|puts?|reports?|posts?|records?|books?|brings?|generates?|sees?|"
                    r"saw|delivers?|lifts?|drives?|drove|grows?|grew|gives?|gave|lists?|says|said|"
                    r"fy'?\d*|h[12]|[1-4]q\d*|q[1-4]\d*|"
                    # a span of the year ("Year-to-date net sales", "nine-month sales": a
                    # recap of a retailer's third quarter): which period, not which part
                    r"(?:fiscal-)?year-to-date|ytd|(?:three|six|nine|twelve)-months?|"
                    r"(?:first|second)-half|half-year|"
                    # a comparison with a forecast ("better-than-expected revenue of $X", a
                    # wire story on a bank's quarter), an earnings card's "Actual Revenue":
                    # how the figure came in, not which part
                    r"\w+-than-\w+|actual|"
                    # how it ranks in the company's history ("an all-time high revenue of $X")
                    r"(?:all-time|record)-?high|high|highest|peak|best-ever|historic|"
                    r"\w+ing|\w+ly|\w+['’]s)$", re.I)
