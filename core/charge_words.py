"""The words of a charge, a gain or a loss a filing states in prose, and an article quotes.

Knowledge as data, shared by the filing side (``extractors.charges``: "a $6.2 billion charge for
the impairment of goodwill", "$15.3 million of asset impairment charges and deposit
write-offs", "a $30.0 million loss on early extinguishment of debt") and the article side
(``pipeline.verify.charge_claims``: "took a $900 million charge for inventory adjustments",
"posted $X million in expenses related to the early retirement of debt").

A charge is matched by the words that describe it, never by its value: ``DISTINCT_WORDS``
folds those words, leaving out what every charge says (``GENERIC``: charge, one-time, pre-tax,
related, ...), so that "goodwill impairment" pins a goodwill impairment and nothing else.
"""

from __future__ import annotations

import re

# The nouns that make an amount a charge, a gain or a loss the filer took, in the filings' and
# the articles' words. "loss"/"gain" alone is a net loss or a line: only "loss on ...".
NOUNS = (r"charges?|impairments?|write-?(?:offs?|downs?)|(?:loss(?:es)?|gains?)\s+(?:on|from)\b")
# the article's words for a charge besides the filings' ("a $900 million hit on ...")
ARTICLE_NOUNS = NOUNS + r"|hits?\s+(?:on|from|for)\b|expenses?\s+(?:related|tied)\s+to\b"
# the words that join a charge to what it is for: "a charge for ...", "related to ..."
# (a cause is what it is for too: "a $900 million write-off due to its slow-selling tablet", a
# trade site on a software maker's quarter)
JOINERS = (r"for|related\s+to|relating\s+to|associated\s+with|tied\s+to|in\s+connection\s+with|"
           r"due\s+to|because\s+of|owing\s+to|stemming\s+from|"
           r"to\s+write\s+(?:off|down)|on|from|of")
# what a charge is for, after its noun: a joiner ("a charge for ..."), or right after a noun
# that ends with its own ("a loss on ...", "expenses related to ...")
def described(limit: int = 120) -> str:
    """The pattern of a charge's description after its noun (group ``desc``), up to
    ``limit`` characters, never past a figure or a parenthesis."""
    return (r"(?P<desc>(?:(?<=\bon)|(?<=\bfrom)|(?<=\bfor)|(?<=\bto)|\s+(?:" + JOINERS
            + r"))\s+(?:(?!" + _ANOTHER + r")[^$;:()]){0," + str(limit) + r"}?)?")


# a description never runs into the next clause ("losses on securities and recorded an
# impairment charge of $X": the amount is the impairment's)
_ANOTHER = r"\b(?:and|but)\s+(?:we\s+|it\s+)?(?:recorded|recognized|incurred|took|records)\b"


# a second noun the same amount names: "$15.3 million of asset impairment charges and deposit
# write-offs"
ALSO = r"(?P<also>\s+and\s+(?:[\w-]+\s+){0,2}(?:" + NOUNS + r"))?"
# How many words may describe a charge between its figure and its noun ("a $55 million crew
# staffing agreement ratification charge", a railroad's quarter): one count for both readers
# of such a charge (pipeline.verify.charge_claims and total_items), so a figure one reads as a
# charge the other never reads as the total that included it.
DESCRIBING_WORDS = 4
# a word that may never stand inside the words that qualify a charge ("$30.0 million decrease
# in loss on ...": a change of the loss, not the loss; "revenue was $5 billion and gains ...";
# not "change": "management change charges" is a charge's name, and "a change in" stops at "in")
STOP_WORDS = frozenset(
    "and or but while whereas with in of from to as on for at by after before than which that "
    "increase increases increased decrease decreases decreased higher lower reduction "
    "compared versus was were is are be been had has have included includes include "
    "including total totaling totalling".split())
DETERMINERS = frozenset("a an the its our their this these such any".split())
# a charge's amount that is a balance, not the charge: "the allowance for losses on loans"
BALANCE_WORDS = re.compile(r"\b(?:allowance|reserves?|accru(?:al|ed)|liabilit(?:y|ies)|"
                           r"balances?|carrying|cumulative|accumulated)\b[^$]{0,40}$", re.I)
# what every charge says: no word of these pins one charge among others
GENERIC = frozenset(
    "charge charges cost costs expense expenses item items amount amounts one time onetime "
    "non noncash cash pre pretax tax after special nonrecurring recurring certain other "
    "related relating associated connection tied recorded recognized incurred took taken "
    "take taking posted hit hits write off down writeoff writedown approximately about nearly "
    "roughly some around the a an its our their this that these those his her company "
    "million billion thousand quarter year fiscal period which was were and or of to in on "
    "for from with by at as total net result results due because owing stemming".split())
# a gain is never a charge or a loss of the same words
GAIN = re.compile(r"\bgains?\b", re.I)


def distinct_words(text: str) -> frozenset[str]:
    """The words of ``text`` that describe one charge apart from others, plurals folded:
    "goodwill impairment charges" -> {goodwill, impairment}."""
    found = set()
    for word in re.findall(r"[a-z][a-z0-9]*", text.lower()):
        stem = word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(
            "ss") else word
        if word in GENERIC or stem in GENERIC or len(stem) < 2 or stem.isdigit():
            continue
        found.add(stem)
    return frozenset(found)


def is_gain(text: str) -> bool:
    """Does the charge's description name a gain (never matched with a charge or loss)?"""
    return GAIN.search(text) is not None
