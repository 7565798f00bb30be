"""What qualifies an article's figure beyond its metric: an adjusted (non-GAAP) figure, a
concentration that names no customer, a count of something a filing counts, and, for a figure
that got no metric, the reason its words give (a change in points, a change of a count, a
difference, an adjusted figure)."""

from __future__ import annotations

import re

from core.metrics import all_metrics, find_metric
from core.verdicts import Claim
from pipeline.verify import claims_changes as changes
from pipeline.verify import count_scope, drivers
from pipeline.verify.amount_changes import REASON as NOUN_CHANGE_REASON
from pipeline.verify.amount_changes import is_noun_change
from pipeline.verify.claims_change_words import differs_after
from pipeline.verify.claims_changes import is_sequential, points_reason
from pipeline.verify.claims_counted import counted, measured
from pipeline.verify.comparable_words import SPELLED_COMPARABLE, STATED_TWINS, stated_twin
from pipeline.verify.cue_search import metric_cues, names_adjusted_measure
from pipeline.verify.figure_scope import scope_reason
from pipeline.verify.other_company import another_company_reason
from pipeline.verify.part_subject import part_reason
from pipeline.verify.stated_bases import (
    BANK_BASIS,
    CURRENCY_EXCLUDED,
    NEAR,
    basis_twin,
    gaap_stated,
    of_net_interest,
)
from pipeline.verify.subject_rates import object_is_stated_rate
from pipeline.verify.total_items import _ITEM_AFTER

# Words that make a figure an adjusted (non-GAAP) one: "On a non-GAAP basis, ...", "Adjusted
# EBITDA", "excluding special items", "on a comparable store basis", "currency-neutral",
# banks' "underlying EPS" (a bank's quarter), "core earnings", "normalized".
_ADJUSTED = re.compile(SPELLED_COMPARABLE + r"|\b(?:non-GAAP|adjusted|" + CURRENCY_EXCLUDED
                       + r"|excluding|ex-[a-z]+|"
                       r"pro[\s-]?forma|underlying|"
                       # "Ignoring the effects of exchange rates ..., a 15% increase in
                       # operating profit" (a UK broker on a drinks maker's quarter)
                       r"(?:ignoring|disregarding|leaving\s+aside)(?=\s+(?:the\s+)?(?:effects?|"
                       r"impacts?|items?|one-?offs?|charges?|gains?|costs?)\b)|"
                       # a summary's "Adj. Operating Margin", "Adj EPS" (its "Adj." keeps the
                       # line whole: claims_context)
                       r"adj(?=\.?\s+[A-Za-z])|"
                       r"core|normali[sz]ed|"
                       # "Cash earnings were $210 million", "Net economic earnings* (NEE)":
                       # measures a release defines (a building-materials maker's, a gas
                       # utility's releases), never the GAAP net income they were compared with
                       r"cash(?=\s+(?:earnings|EPS)\b)|economic(?=\s+(?:earnings|net\s+income)\b)|"
                       # "gross profit per ton increased 5 percent": a measure per unit sold,
                       # not the line's growth (the same release)
                       r"per\s+(?:ton|tonne|unit|barrel|boe|gallon|pound|ounce|carload|"
                       r"square\s+foot|room|store|member|subscriber|user|customer|employee)|"
                       r"comparable(?:[- ]store)?\s+(?:basis|sales)|comp(?:arable)?[- ]store|"
                       # "where comps slid N%" (a recap of a burger chain's quarter: read as
                       # the revenue growth of the sentence's "Sales")
                       r"comps|comp[- ]sales|"
                       # "comparable operating margin", "comparable EPS": a release's measure
                       # that leaves out the items affecting comparability (a drinks
                       # maker's, whose prior-year comparable margin was compared with the GAAP)
                       r"comparable(?=\s+(?:(?:operating|gross|pre-?tax|net)\s+)?(?:margins?|"
                       r"EPS|earnings|income|profit)\b)|"
                       r"same[- ](?:store|restaurant)s?|"
                       # "on a foreign exchange (F/X) neutral basis", "FX-neutral": an
                       # abbreviation in parentheses between the words (a streamer's letter)
                       r"(?:constant|neutral)[- ]currency|(?:currency|exchange|FX|F/X)"
                       r"(?:\s*\([\w/.-]{1,8}\))?[- ]neutral|"
                       r"organic(?:ally)?|"
                       + BANK_BASIS + r"|"  # a bank's managed or FTE basis: stated_bases
                       # other words for "excluding": "Not counting one-off items, EPS came
                       # to $X" (a tech site on a network maker's quarter put it so: read as
                       # the GAAP EPS); "before"/"without" only of items
                       # ("Not including one-time items such as the expenses of retiring
                       # debt, it earned $2.05 per share": a wire story on a retailer's year)
                       r"not\s+(?:counting|including)|leaving\s+out|stripping\s+out|"
                       r"setting\s+aside|"
                       r"(?:before|without|absent|minus)\s+(?:the\s+)?(?:certain\s+|some\s+)?"
                       r"(?:one[- ]time|special|unusual|non-?recurring|extraordinary)"
                       r"(?=\s+(?:items?|charges?|costs?|gains?|expenses?)))\b", re.I)
# (a summary's citation mark ends its statement: "... was 9% [30] Profitability - Net income
# ... rose 49.8%", a machine-written recap whose items run on without a full stop)
_CLAUSE_STOP = re.compile(r";|,\s*(?:while|but|whereas)\b|\s(?:while|whereas)\s|\[\d{1,3}\]",
                          re.I)


# "Customer A accounted for 13%", "its largest client represented", "Walmart's share of sales":
# a concentration is about a customer the sentence names (not "these models comprised 60%")
_CUSTOMER_WORDS = re.compile(r"\b(?:customers?|clients?|distributors?|retailers?|resellers?|"
                             r"partners?|buyers?|purchasers?|largest|biggest|top|single|one)\b|"
                             r"\b[A-Z][\w&.-]+(?:'s|’s)?\s+(?:accounted|represented|"
                             r"made|comprised|contributed)")


def about_someone(metric: str | None, sentence_before: str) -> str | None:
    """A customer-concentration figure whose sentence names no customer is about nothing a
    filing states as such."""
    row = find_metric(metric)
    if row is None or row.entity != "customer" or _CUSTOMER_WORDS.search(sentence_before):
        return metric
    return None


# Words right after a figure that make it an adjusted one: "sales rose 3.7% on a comparable
# store basis", "revenue grew 6% in constant currency", "EPS was $1.20, excluding a charge"
# (read as the GAAP growth, such a rate was compared with the reported line).
_ADJUSTED_AFTER = re.compile(
    # a change amount may stand between the rate and its basis: "rose 5%, or $200 million, in
    # constant currency" (read as the GAAP growth, it would be compared with the reported line)
    r"^(?:\s*,?\s*or\s+(?:US)?\$?\d[\d.,]*\s*(?:billion|million|thousand|bn|mn|[bmk]|cents?|"
    r"(?:percentage\s+|basis\s+)?points?|bps)?(?:\s+(?:a|per)\s+(?:diluted\s+)?share)?\s*,)?"
    # or its rate in parentheses: "a decrease of $281 million (6%) under non-GAAP accounting"
    r"(?:\s*\(\s*-?\d[\d.,]*\s*(?:%|percent)[^()$]{0,20}\))?"
    r"[^;$%,]{0,40}?,?\s*\b(?:on\s+(?:an?\s+)?(?P<basis>(?:[\w/-]+\s+|\([\w/.-]{1,8}\)\s+){0,4}?)"
    r"basis|(?:in|at)\s+"
    r"constant[- ](?:currenc(?:y|ies)|exchange\s+rates)|" + CURRENCY_EXCLUDED
    + r"|excluding|ex-[a-z]+|organically|"
    # "a decrease of $281 million (6%) under non-GAAP accounting" (a trade paper on a software
    # maker's quarter: compared with the reported line and drifted)
    r"(?:under|in|by|using)\s+(?:the\s+|its\s+)?(?:non-GAAP|adjusted)\s+(?:accounting|"
    r"measures?|reporting|terms|figures|metrics|numbers)|"
    r"not\s+counting|leaving\s+out|stripping\s+out)\b|"
    # the rate's object, adjusted: "a 15% increase in underlying operating profit" (a UK
    # broker on a drinks maker's quarter, recomputed from the GAAP operating income)
    r"(?P<object>^\s*(?:[a-z-]+\s+){0,2}?(?:in|of)\s+(?:the\s+|its\s+|their\s+)?(?:underlying|"
    r"adjusted|non-GAAP|core|organic|comparable|normali[sz]ed)\b)|"
    # the mark opening the line's words right after the figure: "a robust 75.5% non-GAAP
    # gross margin" (a data vendor's blog on a chip maker's quarter: compared with the GAAP
    # margin and drifted), "$1.05 adjusted EPS"
    r"^\s*(?:non-GAAP|adjusted|adj\.?)\s+(?=(?:(?:gross|operating|net|pre-?tax)\s+)?(?:margins?|"
    r"income|profits?|earnings|EPS|EBITDA|loss|net\s+income)\b)|"
    # the mark bare after the figure, before its comparison or the clause's end: "EPS: $2.97
    # adjusted vs. $3.07 expected", "$2.97 per share, adjusted," (a results brief's shorthand;
    # never "adjusted for the split", nor the next item's "$X, adjusted EBITDA of $Y")
    r"^\s*(?:(?:per|a)\s+share\s*)?,?\s*(?:adjusted|non-GAAP|adj\.)"
    r"(?=\s*(?:[,.;)]|$|vs\b|versus\b|compared\b|against\b|and\s+\$))",
    re.I)


def adjusted(metric: str | None, before: str, after: str = "") -> str | None:
    """The metric of an adjusted figure: the filer's stated measure the words name (comparable
    sales growth for "comparable store sales rose 3.7%"), the row that adjusts ``metric``
    (non-GAAP net income), or None when the registry has none (adjusted EPS is not GAAP EPS).
    ``after``: the sentence after the figure."""
    row = find_metric(metric)
    if row is None or row.non_gaap_of is not None:
        return metric
    marks = _adjusting_marks(before, after)
    if not marks or object_is_stated_rate(after):
        return metric  # (a rate of a stated rate its noun names: read_growth reads it)
    # "on top of increases of 5.3% in 2011 and 4.6% in 2010" after "Comparable sales rose":
    # a rate that took the stated measure from the rate before it is read as that one was
    gaap = next((g for _words, g, t in STATED_TWINS if t == metric), metric)
    twin = stated_twin(gaap, marks, before, after) or basis_twin(metric, marks)
    if twin is not None:
        return twin
    names = [r.name for r in all_metrics() if r.non_gaap_of == metric]
    return names[0] if names else None


# A list item that ends with its figure and leaves the next item to name its own measure:
# "non-GAAP diluted EPS of $X, Digital Media revenue of $Y billion" (a software
# maker's call). The word "non-GAAP" there adjusts EPS only; a basis phrase ("On a non-GAAP basis,")
# or "excluding ..." still qualifies the whole clause.
_ITEM_END = re.compile(r"\d(?:\s*(?:%|percent|billion|million|thousand|[bmk]n?|per\s+share|"
                       r"a\s+share|shares))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)|"
                       # the wires' "earned an adjusted $X a share on sales of $Y": the sales
                       # are their own item, never adjusted by the per-share figure's word
                       r"\d\s*(?:per|a)\s+share\s+on\s+|"
                       # ... and "reported adjusted EPS of $1.19 on revenue of $12.45 billion"
                       # (a tech site on a software maker's quarter): a figure written bare
                       # or scaled, then the sales it was made on, named after "on"
                       r"\d(?:\s*(?:billion|million|thousand|[bm]n?))?\s+on\s+"
                       r"(?=(?:(?:total|net|its|the)\s+){0,2}(?:revenues?|sales)\b)",
                       re.I)
# the words of a comparison's base right after the figure it is the base of
_BASE_ITEM = re.compile(r"^\s*(?:(?:up|down|higher|lower|rising|falling|increas\w*|decreas\w*|"
                        r"compared|an?\s+(?:increase|decrease|rise|decline))\s+)?(?:from|with|"
                        r"to|versus|vs\.?|against)\s+(?:the\s+)?$", re.I)
_ATTRIBUTIVE = re.compile(r"^(?:non-GAAP|adjusted|adj|core|underlying|normali[sz]ed)$", re.I)


def _attributive_scope(before: str, marks: list, named: bool = True) -> list:
    """The marks that still qualify the figure: an attributive "non-GAAP"/"adjusted" ends with
    the list item it opens, when the figure's own item names a measure of its own (``named``;
    else whatever it names, for the reason of a figure no metric was read for)."""
    cut = next(reversed(list(_ITEM_END.finditer(before))), None)  # the figure's own item
    if cut is None:
        return marks
    own_item = before[cut.end():]
    if _BASE_ITEM.match(own_item):
        return marks  # "was 31.6%, up from 30.7%": the base of the item's figure, its measure
    if named and not any(re.search(pattern, own_item, re.I) for pattern, _, _ in metric_cues()):
        return marks
    return [m for m in marks if m.start() >= cut.end() or not _ATTRIBUTIVE.match(m.group(0))
            or re.match(r"\s+basis\b", before[m.end():], re.I)
            or _per_share_of_its_income(before[m.end():cut.start()], own_item)]


# "Adjusted net income of $X and EPS of $Y", a release's headline: the EPS item is the
# adjusted net income per share, and the mark qualifies both (read as GAAP, the adjusted EPS
# of a bank's headline was compared with its GAAP EPS)
_INCOME_ITEM = re.compile(r"^\s+net\s+(?:income|earnings|profit)\s+(?:of|was|were)\s+[^,;]*$",
                          re.I)
_EPS_ITEM = re.compile(r"^(?:diluted\s+)?(?:EPS|earnings\s+per\s+(?:diluted\s+)?share)\s+"
                       r"(?:of|was|were)\s+$", re.I)


def _per_share_of_its_income(item: str, own_item: str) -> bool:
    return bool(_INCOME_ITEM.match(item) and _EPS_ITEM.match(own_item))


# A release's footnote star right after a measure's name ("Adjusted EBITDA*", "Net economic
# earnings* (NEE) of $X million"): the mark releases put on their non-GAAP measures
_STARRED = re.compile(r"(?<=[A-Za-z])\*(?=[\s(,:])")


# "revenues were up 13% in USD and up 12% in constant currency to $X billion" (a software
# maker's quarterly release): the mark right after a rate qualifies that rate, and the level the
# rate rose "to" is the reported one
_RATE_BEFORE = re.compile(r"\d\s*(?:%|percent)\s*(?:,\s*)?(?:in|at|on\s+an?)?\s*$", re.I)
# ("revenue grew 11% on an organic basis, reaching $12.0bn", a UK broker on a drinks maker)
_TO_AFTER = re.compile(r"^\s*(?:basis\s*)?,?\s*(?:to|reaching|to\s+reach|hitting|totall?ing)\s+$",
                       re.I)


def _qualifies_rate(before: str, mark: re.Match) -> bool:
    """Whether an adjusting mark qualifies the rate before it, not the level after "to"."""
    return bool(_TO_AFTER.match(before[mark.end():])
                and _RATE_BEFORE.search(before[:mark.start()]))


# "grew 9%, or 13% in constant currency, and Creative rose 13%", "grew 9% (13% in constant
# currency), and <Segment> revenue rose 14%" (recaps of a software maker's quarter): a mark
# right after an alternative rate ("or N%", "(N%") is that rate's own basis; a later clause's
# figure is on the reported basis (read as the part's constant-currency rate, a reported 13%
# was supported by the filer's 13% in constant currency while the part grew 8%)
_ALTERNATIVE_RATE = re.compile(r"(?:\bor\s+|\(\s*)(?:about\s+|roughly\s+|nearly\s+)?-?\d[\d.,]*"
                               r"\s*(?:%|percent|per\s+cent)\s*(?:in|at|on\s+an?)?\s*$", re.I)
_NEW_CLAUSE = re.compile(r";|\b(?:and|while|whereas|but|with)\b", re.I)


def _bound_to_alternative(before: str, mark: re.Match) -> bool:
    """Whether a mark before the figure qualifies an earlier alternative rate only: it follows
    that rate, and a new clause opens between it and the figure."""
    return bool(_ALTERNATIVE_RATE.search(before[:mark.start()])
                and _NEW_CLAUSE.search(before[mark.end():]))


# The adjusting words right after a figure that lead on to another figure, the one they give:
# "a rise of 6%, excluding currency movements for 10% growth over the year" (a tech site on a
# software maker's quarter: the 6% is the reported rate, read as adjusted it was not checked).
# Only "for", "giving", "to give", "yielding": "excluding currency effects of 2%" names the
# size of the item left out, and the figure before stays adjusted.
_FOR_NEXT_FIGURE = re.compile(r"[^;.%$\d]{0,80}?\b(?:for|giving|to\s+give|yielding)\s+"
                              r"(?:an?\s+|about\s+|roughly\s+|nearly\s+)*[-+]?\d[\d.,]*\s*"
                              r"(?:%|percent|per\s+cent)", re.I)


def _adjusting_marks(before: str, after: str) -> list[str]:
    """The adjusting words of the figure's clause: before it, and right after it."""
    marks = _attributive_scope(before, sorted(
        [m for m in [*_marks(before), *_STARRED.finditer(before)]
         if not _bound_to_alternative(before, m)], key=lambda m: m.start()))
    found = [m.group(0) for m in marks] if marks and not _CLAUSE_STOP.search(
        before[marks[-1].end():]) and not _qualifies_rate(before, marks[-1]) else []
    ahead = _ADJUSTED_AFTER.match(after)
    if ahead and ahead.group("object") and names_adjusted_measure(after[:80]):
        ahead = None  # "a 17 percent increase in Adjusted EBITDA": a measure the filer states
    if ahead and _FOR_NEXT_FIGURE.match(after, ahead.end()):
        ahead = None  # "an increase of 9%, excluding ... for 13% growth": the 13%'s words
    if ahead and (ahead.group("basis") is None or _ADJUSTED.search(ahead.group(0))) and not (
            of_net_interest(ahead.group(0), before[-NEAR:] + ahead.group(0))) and (
            found or not gaap_stated(before)):  # "On a GAAP basis, EPS was $X, excluding ..."
        found.append(ahead.group(0))
    return found


def _marks(before: str) -> list[re.Match]:
    """The adjusting words before a figure, less the FTE basis of a bank's net interest."""
    return [m for m in _ADJUSTED.finditer(before) if not of_net_interest(
        m.group(0), before[max(0, m.start() - NEAR):m.end() + NEAR])]


def adjusted_words(before: str, after: str = "") -> str | None:
    """The adjusting words of a figure (before it, else right after it), for the reason an
    adjusted figure is not compared."""
    marks = _attributive_scope(before, _marks(before), named=False)
    if marks and not _CLAUSE_STOP.search(before[marks[-1].end():]):
        return marks[-1].group(0)
    ahead = _adjusting_marks("", after)
    return ahead[0].strip(" ,") if ahead else None


def unread_reason(claim: Claim) -> str | None:
    """Why a figure has no metric, when its words say (``unread``'s reason)."""
    found = unread(claim)
    return found[0] if found else None


def unread(claim: Claim) -> tuple[str, str | None] | None:
    """Why a figure has no metric, when its words say (a change in points, a count, an adjusted
    figure, a difference), and its gap (``core.verdicts.GAPS``) when no registry line holds it."""
    start = claim.sentence_at
    before = claim.sentence[:max(start, 0)]
    after = claim.sentence[start + len(claim.text):] if start >= 0 else ""
    if claim.unread_why:
        return claim.unread_why, None
    if start >= 0 and (other := another_company_reason(before, after) or part_reason(before)):
        return other, None
    if start >= 0 and (scope := scope_reason(claim.sentence, (start, start + len(claim.text)))):
        return scope, None  # a combination of lines, or one month's figure
    if claim.unit == "percent" and _POINTS_TEXT.search(claim.text):
        words = adjusted_words(before)
        if words:
            return (f"a change in points of an adjusted rate (\u201c{words}\u201d): the filings' "
                    "facts hold the GAAP figures only"), None
        return points_reason(claim), None
    if claim.unit == "count" and start >= 0 and (scope := count_scope.scope_reason(
            claim.sentence, (start, start + len(claim.text)))):
        # (a part's count may still be the filer's own sentence: ``prose_echo``)
        return scope, ("part" if count_scope.part_word(
            claim.sentence, (start, start + len(claim.text))) else None)
    if claim.unit in (None, "count") and start >= 0 and counted(claim.sentence, (
            start, start + len(claim.text))):
        if claim.unit is None:
            return ("a change of a count (added, gained, lost): the filings state the count at "
                    "each period's end, not the change"), None
        return ("a count the filings may state, but no metric of the registry covers it, so "
                "no filed fact was searched"), None
    if claim.unit is None and start >= 0 and (noun := measured(claim.sentence, (
            start, start + len(claim.text)))):
        return (f"a figure of what the filings may state (\u201c{noun}\u201d), but no metric "
                "of the registry covers it, so no filed fact was searched"), "no_metric"
    if claim.unit in ("USD", "USD/share") and start >= 0 and is_noun_change(
            claim.sentence, (start, start + len(claim.text))):
        return NOUN_CHANGE_REASON, "change"  # "a $1.2 billion drop", metric or base unnamed
    if claim.unit in ("USD", "USD/share") and (change := changes.amount_change_reason(before)):
        return change, "change"
    if claim.unit == "percent" and is_sequential(before, after) and not changes.is_base(before):
        return ("a change against the previous quarter, and its words name no filed metric it "
                "is the change of: a sequential change is recomputed only from a metric the "
                "filings state for both quarters (or for the quarter and the half year it "
                "ends); searched nothing"), None
    if claim.unit == "USD" and _ITEM_AFTER.match(after):
        return ("a charge or gain that a total included, not the total, and its words name no line "
                "the filings state (an item is compared only with the line it names)"), "charge"
    if claim.unit == "percent" and drivers.is_driver_change(after, before):
        return drivers.REASON, None
    if differs_after(after):
        return ("a difference between two figures, and the sentence quotes no filed figure "
                "before it that it is the difference of (only a difference of two quoted "
                "figures of one metric is recomputed)"), None
    words = adjusted_words(before, after)
    if words:
        return (f"an adjusted figure (\u201c{words}\u201d): the filings' facts hold the GAAP "
                "figures only"), None
    return None


_POINTS_TEXT = re.compile(r"points?|pts?\b|pp\b|bps?\b", re.I)


# "operating income rose A% to $X ..., or B% measured against last year's adjusted operating
# income of $Y" (a railroad's release on its first quarter put it so): a change
# against an adjusted base is no change of the GAAP line, which it was compared with
_AGAINST_ADJUSTED = re.compile(
    r"^[^;$%]{0,30}?\b(?:compared\s+(?:to|with)|versus|vs\.?|from|over|against)\s+(?:the\s+|an?\s+|"
    r"its\s+|last\s+year['’]s\s+)?(?:(?:prior|previous)[- ]year(?:['’]s)?\s+|year[- ](?:earlier|"
    r"ago)\s+)?(?:adjusted|non-GAAP|underlying|comparable|pro[\s-]?forma)\b", re.I)


def against_adjusted(after: str) -> str | None:
    """Why a change whose words right after compare it with an adjusted base is not the GAAP
    line's change, or None."""
    found = _AGAINST_ADJUSTED.match(after)
    if found is None:
        return None
    return (f"a change against an adjusted base (\u201c{found.group(0).strip()}\u201d): no "
            "change of a filed line")
