"""An article's growth rate measured on a basis the filer states in words: "revenue grew 13% in
constant currency", "up 4% on an organic basis".

Read as the GAAP growth, such a rate was compared with the reported revenue line (and called
drifted); read as no figure at all, a true quote of the filer's own sentence was left
unverifiable. The filer's release or 10-Q states these rates in words
(``extractors.stated_rates``), so the rate is the filer's stated figure of that basis
(``core.rows_comparable``): compared with it like any stored figure (supported or drifted), and
unverifiable when no filing states one for the period and part.
"""

from __future__ import annotations

import re

# "excluding the effect of exchange rate changes", "excluding the effects of currency
# fluctuations", "excluding currency effects": the constant-currency basis spelled out (a tech
# site's translation of a software maker's release), never another item left out
CURRENCY_EXCLUDED = (r"excluding\s+(?:the\s+)?(?:(?:impacts?|effects?)\s+of\s+(?:changes\s+in\s+)?"
                     r"(?:foreign\s+)?(?:currency|exchange)(?:\s+(?:exchange|currency))?"
                     r"(?:\s+rates?)?(?:\s+(?:changes|fluctuations|movements))?|(?:foreign\s+)?"
                     r"(?:currency|exchange[- ]rate|FX)\s+(?:impacts?|effects?|changes|"
                     r"fluctuations|movements))\b")
_CURRENCY_EXCLUDED = re.compile(CURRENCY_EXCLUDED, re.I)

# (the words of a basis, the growth metric they qualify, the stated metric they name)
BASIS_TWINS = (
    (re.compile(rf"\b(?:{CURRENCY_EXCLUDED}|constant[- ](?:currenc(?:y|ies)|exchange\s+rates)|"
                r"(?:currency|exchange|FX|F/X)(?:\s*\([\w/.-]{1,8}\))?[- ]neutral|"
                r"neutral[- ]currency)\b", re.I),
     "revenue_growth", "revenue_growth_constant_currency"),
    (re.compile(r"\borganic(?:ally)?\b", re.I), "revenue_growth", "organic_revenue_growth"),
)
# other adjusting words, which make the rate another measure still ("adjusted organic")
_OTHER = re.compile(r"\b(?:non-GAAP|adjusted|excluding|ex-[a-z]+|core|underlying|comparable|"
                    r"same[- ]store|pro[\s-]?forma)\b", re.I)


def basis_twin(metric: str | None, marks: list[str]) -> str | None:
    """The stated growth metric every adjusting mark of a growth rate names, or None."""
    if not marks or any(_OTHER.search(_CURRENCY_EXCLUDED.sub("", mark)) for mark in marks):
        return None
    for words, growth, stated in BASIS_TWINS:
        if metric == growth and all(words.search(mark) for mark in marks):
            return stated
    return None


# A bank's own presentations, which make a figure another than the reported line: "on a
# managed basis", "managed revenue", "on a fully taxable-equivalent (FTE) basis"
BANK_BASIS = (r"managed(?=\s+(?:basis|(?:total\s+)?(?:net\s+)?revenues?|net\s+interest)\b)|"
              r"(?:fully[- ])?(?:taxable|tax)[- ]equivalent|FTE")
# a bank states its net interest income and margin on the taxable-equivalent basis as such
# (registry rows of their own, or the only margin it prints): those words are theirs, no
# adjustment (NII "on a tax-equivalent basis" that fell by a rate, a margin "on an FTE basis"
# that moved by basis points: recaps of regional banks' quarters)
_FTE_WORDS = re.compile(r"\b(?:(?:fully[- ])?(?:taxable|tax)[- ]equivalent|FTE)\b", re.I)
_NET_INTEREST = re.compile(r"\b(?:net\s+interest|NII|NIM)\b", re.I)
NEAR = 60  # characters either side of the mark where net interest is named


def of_net_interest(mark: str, near: str) -> bool:
    """Whether a taxable-equivalent mark qualifies net interest named near it (``near``)."""
    return bool(_FTE_WORDS.search(mark) and _NET_INTEREST.search(near))


# The GAAP line named in the figure's own clause before it: "On a GAAP basis, EPS totaled $X,
# excluding $Y per share of ...", "GAAP EPS came to $X, excluding ..." (a wire recap of a
# retailer's quarter). The "excluding ..." after it then says what that figure left out, not
# that the figure is an adjusted one; only for the sentence's first figure, in its first clause
# ("On a GAAP basis, EPS was $X, or $Y excluding items", "earned $X a share under GAAP and $Y
# excluding items": $Y is the adjusted one).
_GAAP = re.compile(r"(?<![-\w])(?<!non\s)GAAP\b", re.I)
_FIGURE_OR_STOP = re.compile(r"[$\u20ac\u00a3]|\d\s*%|\bpercent\b|;|\b(?:but|while|whereas)\b",
                             re.I)


def gaap_stated(before: str) -> bool:
    """Whether the words before a sentence's first figure name its GAAP line."""
    return _GAAP.search(before) is not None and _FIGURE_OR_STOP.search(before) is None


# A rate's own words that say it is the reported one: "Sales rose 17% at constant exchange
# rates and 16% as reported" (a wire recap of a streamer's quarter): the second rate took the
# first one's stated basis and drifted against it, though it is the reported growth
_REPORTED_AFTER = re.compile(r"^\s*,?\s*(?:as[- ]reported\b|on\s+an?\s+(?:as[- ])?reported\s+"
                             r"basis\b|in\s+reported\s+terms\b|reported\b(?!\s+by\b))", re.I)


def reported_growth(metric: str | None, after: str) -> str | None:
    """The reported growth a rate is whose own words right after it say "as reported", when it
    was read as that growth or as its twin on a stated basis; else None."""
    if not _REPORTED_AFTER.match(after):
        return None
    return next((growth for _words, growth, stated in BASIS_TWINS
                 if metric in (growth, stated)), None)
