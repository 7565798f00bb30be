"""When a sentence leaves a charge's owner, its being taken at all, its period or its taxes in
doubt (pure: text in, yes or no). ``extractors.charges`` stores nothing then: a charge another
party took, one a filer only expects, one dated by another period, or one stated after tax (the
stored charge is the pre-tax amount) is worse than no fact.

Found by an audit of stored facts by hand (2026-12): a homebuilder's unconsolidated venture's
impairment, "recorded by our ... joint venture", was stored as the filer's; a chip maker's
"three and six months ended ..." sentence over two amounts dated its six months' gain as the
quarter's; a merged company's loss was dated by the period after "compared to income during".
A second audit (2026-12) found a materials maker's selected-data footnote, "include an after tax
goodwill impairment charge of $X million", stored as the charge: the after-tax figure of a
charge whose pre-tax amount was larger.
"""

from __future__ import annotations

import re

from core.period_phrases import find_periods

# the verbs of a charge taken
_TAKEN = r"(?:recorded|recognized|incurred|took|taken|reported|booked)"
# parties whose own charges a filer's prose reports but never took (knowledge as data: an
# unconsolidated venture, an investee, a trading partner)
OTHER_PARTIES = ("joint venture", "joint ventures", "venture", "ventures", "investee",
                 "investees", "affiliate", "affiliates", "partner", "partners", "customer",
                 "customers", "supplier", "suppliers", "franchisee", "franchisees", "lessee",
                 "lessees", "counterparty", "counterparties")
_PARTY = r"(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+")
                          for p in sorted(OTHER_PARTIES, key=len, reverse=True)) + r")"
# "... of $300 million recorded by our joint venture": by anyone but the filer
_BY_ANOTHER_AFTER = re.compile(r"\s*,?\s*(?:which\s+was\s+|that\s+was\s+)?" + _TAKEN
                               + r"\s+by\s+(?!(?:us|we|the\s+company|the\s+registrant)\b)", re.I)
# "the joint venture recorded an impairment charge of $40 million", "our customer took a $9
# million charge": another party the subject of the taking, before the charge
_ANOTHER_TOOK_BEFORE = re.compile(r"\b" + _PARTY + r"\s+(?:(?:has|had|have|also)\s+)?" + _TAKEN
                                  + r"\b", re.I)
# "our share of the joint venture's impairment charge of $5 million": whose figure is it?
_ANOTHERS_OWN_BEFORE = re.compile(r"\b" + _PARTY + r"(?:'s|’s|s'|s’)\s+(?:[\w-]+\s+){0,4}$",
                                  re.I)
_OWNER_WINDOW = 120
# a charge a filer expects, plans or would take is no charge taken: "we expect to incur a
# charge of approximately $25 million in 2026" (a restructuring plan's 8-K)
_NOT_TAKEN_BEFORE = re.compile(r"\b(?:expects?|expected|expecting|anticipates?|anticipated|"
                               r"estimates?\s+(?:that|to)|plans?\s+to|intends?\s+to|will|would|"
                               r"could|may|might|should)\b", re.I)
# a comparison's own words before its period: "compared to income during the nine months
# ended ..." (three words at most, none an amount)
_BASE_WORDS_BEFORE = re.compile(r"\bcompared\s+(?:to|with)\s+(?:[a-z][\w-]*\s+){1,3}?"
                                r"(?:during|for|in|of)\s+(?:(?:the|a|its|our)\s+)?"
                                r"(?:(?:same|prior|previous|corresponding)\s+)?$", re.I)
_BASE_WINDOW = 70
# a charge's own words saying it is stated after tax: before its noun ("an after tax goodwill
# impairment charge of", "an after-tax charge of", "aftertax"), or right after its amount ("a
# charge of $50 million, net of tax,", "..., net of income taxes of $12 million", "..., after
# tax"); never an after-tax figure of its own beside it ("$50 million ($31 million after tax)")
_AFTER_TAX = r"(?:after[\s-]?tax(?:es)?|net[\s-]+of[\s-]+(?:(?:related|income)\s+)*tax(?:es)?)\b"
_AFTER_TAX_BEFORE = re.compile(r"\b" + _AFTER_TAX + r"[\s-]+(?:(?!(?:and|or|but|while|whereas|"
                               r"compared|versus)\b)[\w-]+\s+){0,4}$", re.I)
_AFTER_TAX_AFTER = re.compile(r"\s*,?\s*" + _AFTER_TAX, re.I)
_TAX_WINDOW = 60
_SCALED_AMOUNT = re.compile(r"\$\s?\d[\d,]*(?:\.\d+)?\s+(?:billion|million|thousand)\b", re.I)


def anothers_charge(text: str, start: int, end: int) -> bool:
    """Whether the charge read at ``text[start:end]`` is another party's: taken "by" someone
    else after it, or another party took it or owns it just before it."""
    before = text[max(0, start - _OWNER_WINDOW):start]
    return bool(_BY_ANOTHER_AFTER.match(text, end) or _ANOTHER_TOOK_BEFORE.search(before)
                or _ANOTHERS_OWN_BEFORE.search(before))


def after_tax(text: str, span: tuple[int, int], noun_start: int, amount_end: int) -> bool:
    """Whether the charge read at ``text[span[0]:span[1]]`` (its noun at ``noun_start``, its
    amount ending at ``amount_end``) is stated after tax by its own words: before its noun, or
    right after its amount or the reading ("a $50 million charge, net of tax benefits of ..."):
    not the pre-tax charge ``stated_charge`` holds."""
    before = text[max(0, min(span[0], noun_start) - _TAX_WINDOW):noun_start]
    return bool(_AFTER_TAX_BEFORE.search(before) or _AFTER_TAX_AFTER.match(text, amount_end)
                or _AFTER_TAX_AFTER.match(text, span[1]))


def not_taken(text: str, start: int) -> bool:
    """Whether the sentence speaks of the charge before ``start`` as expected, planned or
    conditional rather than taken ("we expect to record", "would have been")."""
    return bool(_NOT_TAKEN_BEFORE.search(text, 0, start))


def base_words_before(text: str, at: int) -> bool:
    """Whether the period phrase at ``at`` follows "compared to <a few words> during": the
    period the comparison is drawn against, not the charge's."""
    return bool(_BASE_WORDS_BEFORE.search(text[max(0, at - _BASE_WINDOW):at]))


def joint_with_amounts(text: str) -> bool:
    """Whether one phrase names two periods ("the three and six months ended July 1, 2023")
    while the sentence states several amounts: "we recognized $8 million and $18 million of
    licensing gain" pairs them in order, "$6 million of ... and $89 million of ..." pairs them
    without saying so; which amount is whose is not surely told, so none is dated. One amount
    is the same figure of both periods ("a loss of $1 million during the three and nine months
    ended ...") and stays dated by the first."""
    return (len(_SCALED_AMOUNT.findall(text)) > 1
            and any(len(p.periods) > 1 for p in find_periods(text)))
