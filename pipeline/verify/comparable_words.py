"""Comparable sales in articles: their spelled-out definition, the stated measure ("comparable
sales growth") that comparable words name (``stated_twin``), and sales named anew after them:
"the retailer's comps rose 3.7% in 2012, and net sales grew 4.8%" (the class of a retail trade
site's recap of a department store's year). The second rate is the total's growth, not
comparable sales', though the comparable words stand in its clause; "on a comparable store
basis, sales were up 1.9%" is the other way round: the comparable words qualify the sales they
precede."""

from __future__ import annotations

import re

from pipeline.verify.cue_search import metric_cues
from pipeline.verify.subject_rates import named_rate

# comparable sales' own noun right after the comparable words
_OWN_SALES = re.compile(r"^(?:[- ]?store|[- ]restaurant)?s?\s+(?:net\s+)?(?:sales|revenues?)\b",
                        re.I)
_SALES = re.compile(r"\b(?:sales|revenues?)\b", re.I)


def sales_again(last: re.Match, before: str) -> bool:
    """Whether sales are named anew after the comparable words ``last`` (a match in
    ``before``, the sentence before the figure): after "comps", or the comparable words' own
    noun; never after "a comparable basis", which qualifies the sales named next."""
    rest = before[last.end():]
    own = _OWN_SALES.match(rest)
    if own is None and last.group(0).lower() != "comps":
        return False
    return bool(_SALES.search(rest[own.end() if own else 0:]))


# comparable sales spelled out by their definition: "sales at stores open at least one year
# rose 3%", and wire stories' "revenue" for the sales (a department store's year): read as the
# store count's growth, or the company's sales, it would be compared with a line it is not
SPELLED_COMPARABLE = (r"(?:sales|revenues?)\s+(?:at|in)\s+(?:(?:its|the|their|our)\s+)?"
                      r"(?:stores|restaurants|locations|outlets|shops|clubs|warehouses)\s+"
                      r"(?:that\s+(?:have\s+been|were|had\s+been)\s+)?open(?:ed)?\s+(?:for\s+)?"
                      r"(?:at\s+least\s+|more\s+than\s+|over\s+|longer\s+than\s+)?(?:a|one|12|twelve|13|thirteen)\s+"
                      r"(?:full\s+)?(?:years?|months?)\b")


# A measure an adjusting word names that the filer states as such: comparable (same-store)
# sales growth (core.rows_comparable), a retailer's key figure. (words, the GAAP metric the
# words would otherwise name, the stated metric)
_COMPARABLE = re.compile(r"\b(?:comps?|comparable|same)\b|" + SPELLED_COMPARABLE, re.I)
STATED_TWINS = ((_COMPARABLE, "revenue_growth", "comparable_sales_growth"),)
# what makes a comparable sales figure a part's or another measure's: "U.S. comparable sales",
# "comparable sales at the Widgets brand", "owned plus licensed", "systemwide", "excluding fuel"
_PART_WORDS = re.compile(r"\b(?:owned|licensed|digital|online|internet|e-?commerce|segments?|"
                         r"divisions?|brands?|banners?|regions?|international|domestic|"
                         r"system-?wide|franchised?|company[- ]operated|including|excluding|"
                         r"fuel|gas(?:oline)?|two-year|stacked)\b", re.I)
_NAMED_PART = re.compile(r"\b(?:at|in|for|from|of)\s+(?:the\s+|its\s+|our\s+)?"
                         r"(?!(?:Q[1-4]|FY|H[12]|First|Second|Third|Fourth|Fiscal|Full)\b)[A-Z]")
# what may stand right before "comparable": the sentence's or clause's opening, an article, an
# owner ("Acme's"), a word for the whole company, a verb that grows them ("help increase")
_OPENS_COMPARABLE = re.compile(r"(?:^|[,:;(]|\b(?:the|its|their|our|total|consolidated|overall|"
                               r"company-?wide|in|of|an?|and|with|that|which|while|as|on|"
                               r"increase|raise|lift|boost|grow)|['’]s?)\s*$", re.I)


# "comparable EPS grew 11%" (a summary-card site on a beverage maker's quarter): a release's
# comparable earnings measure, never comparable sales (read so, an EPS rate was a sales one)
_COMPARABLE_EARNINGS = re.compile(r"\bcomp(?:arable)?\s+(?:(?:operating|gross|pre-?tax|net|"
                                  r"diluted|currency[- ]neutral)\s+)*(?:EPS|earnings|income|"
                                  r"profits?|margins?)\b", re.I)


def stated_twin(metric: str | None, marks: list[str], before: str, after: str) -> str | None:
    """The stated measure every adjusting word of the figure names, when the words name the
    company's own (no part, no further qualifier); None else."""
    if _COMPARABLE_EARNINGS.search(before):
        return None
    for words, gaap, twin in STATED_TWINS:
        if metric != gaap or not all(words.search(m) for m in marks):
            continue
        first = _COMPARABLE.search(before)
        clause = before + " " + (after.split(";")[0])[:60]
        if first is not None and not _OPENS_COMPARABLE.search(before[:first.start()]):
            return None
        if _PART_WORDS.search(clause) or _NAMED_PART.search(clause):
            return None
        if first is not None and _names_another_line(before[first.end():]):
            return None  # "same-store sales fell 1.2%, resulting in operating profits dropping 3%"
        if (other := named_rate(before, after, twin)) is not None:
            return other  # "as comparable transactions fell 3%": that stated rate, not the sales
        if first is not None and sales_again(list(_COMPARABLE.finditer(before))[-1], before):
            return None  # "comps rose 3.7%, and net sales grew 4.8%": the total's, not comparable
        return twin
    return None


def _names_another_line(words: str) -> bool:
    """Whether the words name a money line other than sales: the rate after them is that
    line's growth, whatever "comparable" or "same-store" said of the sales before."""
    return any("USD" in units and name != "revenue" and re.search(pattern, words, re.I)
               for pattern, name, units in metric_cues())
