"""The phrasings of a prospectus's offering terms, and the phrasings that make a figure something
else (a market price, an assumption, an earlier offering). Knowledge as data: ``offering`` reads
sentences with these patterns; a new phrasing is a new alternative here, with a test.
"""

from __future__ import annotations

import re

from extractors.anchored import AnchoredPattern

N = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)"
USD = (r"\$\s?(?P<usd>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)"
       r"(?:\s+(?P<scale>million|billion))?")
# between a label and its value: blanks, a colon, or a plain-text filing's dot leader
GAP = r"[\s:.…]*"
_CLASS = r"(?:(?P<cls>Class\s+[A-Z])\s+)?"
# what is sold: shares of (its|our) (Class A) common stock, ordinary shares, or units (a SPAC's
# or a small IPO's unit of a share and warrants: Unicycive's S-1/A sells "4,550,000 Units")
_WHAT = (rf"(?:shares\s+of\s+(?:our\s+|its\s+)?{_CLASS}common\s+stock|(?:ordinary\s+)?shares\b"
         r"|units\b)")
# "if the underwriters exercise their option in full", "if the option to purchase additional
# shares is exercised in full", "if the over-allotment option is exercised in full": with or
# without the underwriters (the 2000s filings and many small IPOs name only the option)
IF_OPTION = (r"if\s+(?:the\s+)?(?:underwriters?['’]?s?\b[^.;)]{0,40}?\s+(?:exercise|exercises)"
             r"|(?:underwriters?['’]?s?\s+)?(?:over-?allotment\s+)?option\b[^.;)]{0,80}?\s+"
             r"(?:is|are)\s+exercised)")

# Where a prospectus may state a term: only the sentences around these places are read. Every
# alternative starts with one of the anchor words ("offering price" and "offered by us" with
# "offer"), so every match starts at an anchor. An alternation without a common prefix made
# sre try every position of CAMP4's 1 MB prospectus; even "we" stands only ~2,000 times there.
PLACES = AnchoredPattern(
    anchors=(b"offer", b"we", b"outstanding", b"additional", b"net", b"price", b"between",
             b"sell"),
    patterns=(
        re.compile(
            r"offering\s+price|we\s+are\s+offering|offered\s+by\s+|outstanding\s+"
            r"(?:immediately\s+)?(?:after|following|upon)|additional\s+shares|net\s+proceeds"
            r"|price\s+to\s+(?:the\s+)?public|between\s+\$|offering\s+\d|selling\s+\d"
            r"|offered\s+\d|additional\s+\d|price\s+range|offering\s+of\s+\d",
            re.I,
        ),
    ),
)

RANGE_RE = re.compile(
    # "between $5.00 and $6.00", "a price range of $14.00 to $16.00 per share"
    r"(?:between\s+|range\s+of\s+)\$\s?(?P<lo>\d+(?:\.\d+)?)\s+(?:and|to)\s+\$\s?"
    r"(?P<hi>\d+(?:\.\d+)?)"
    r"(?:\s+per\s+(?:share|unit))?",
    re.I,
)
# The range is this offering's when "offering price" or "price range" names it shortly before
# "between": "the initial public offering price per Unit will be between $5.00 and $6.00"
RANGE_NAMED = re.compile(r"(?:offering\s+price[^$]{0,100}|price\s*)$", re.I)
# A range of the stock's trading prices is not the offering's (an S-1 of a company whose stock
# trades on a secondary market: "in recent secondary market transactions, the price of our
# common stock ranged between $A and $B per share", its own range still blank)
MARKET_PRICES = re.compile(
    r"\b(?:ranged|traded|trading|market\s+transactions|secondary\s+market|sale\s+prices?|"
    r"closing\s+(?:sale\s+)?prices?|high\s+and\s+low|bid\s+prices?)\b",
    re.I,
)

PRICE_RES = (
    # "(?:initial\s+)?public", spelled as two literal branches (the same matches, tried in the
    # same order) so that sre can skip ahead to an "i" or a "p"
    re.compile(
        r"(?:initial\s+public|public)\s+offering\s+price\s+(?:per\s+(?:share|unit)\s+)?"
        r"(?:is|was|of|will\s+be)\s+\$\s?(?P<p>\d+(?:\.\d+)?)(?:\s+per\s+(?:share|unit))?",
        re.I,
    ),
    re.compile(
        r"(?:(?:initial\s+)?public\s+offering\s+price|price\s+to\s+(?:the\s+)?public)"
        rf"(?:\s+per\s+(?:share|unit))?(?:\(\d\))?{GAP}\$\s?(?P<p>\d+(?:\.\d+)?)"
        r"(?!\s*(?:million|billion))",
        re.I,
    ),
    re.compile(
        r"\bat\s+(?:a|the|an)\s+(?:(?:initial\s+)?public\s+)?(?:offering\s+)?price\s+(?:to\s+the\s+"
        r"public\s+)?of\s+\$\s?(?P<p>\d+(?:\.\d+)?)\s+per\s+(?:share|unit)",
        re.I,
    ),
    # a unit offering's price: "The offering price is $10.00 per unit", "Each unit has an
    # offering price of $10.00" (a SPAC's units, priced at $10.00 by custom)
    re.compile(
        r"\b(?:unit\s+has\s+an|an|the)\s+offering\s+price\s+(?:per\s+(?:unit|share)\s+)?"
        r"(?:is|of|will\s+be)\s+\$\s?(?P<p>\d+(?:\.\d+)?)(?=\s+per\s+(?:unit|share)|\s+and\s+"
        r"consists)",
        re.I,
    ),
)
PRICE_RES += (
    # "20,000,000 units at $10.00 per unit" (a SPAC's initial public offering)
    re.compile(r"\bunits\s+at\s+(?:a\s+price\s+of\s+)?\$\s?(?P<p>\d+(?:\.\d+)?)\s+per\s+unit",
               re.I),
)
# Words before a price that make it an assumption: "assumed", "based on a public offering price
# of $X" (SONA's S-1/A computes its proceeds "based on an offering price of $7.30", the last
# sale price), "the estimated initial public offering price".
HYPOTHETICAL_BEFORE = re.compile(
    r"(?:assumed|assuming|hypothetical|if\s+the|were|based\s+on|estimated|would|increase|"
    r"decrease)\b[^$]{0,60}$",
    re.I,
)
# ... and words after it: the range's midpoint, or the stock's last sale price
HYPOTHETICAL_AFTER = re.compile(
    r"^[^.;]{0,80}?\b(?:midpoint|mid-point|low\s+end|high\s+end|lower\s+end|upper\s+end|"
    r"last\s+(?:reported\s+)?sale\s+price|closing\s+(?:sale\s+)?price|last\s+reported)\b",
    re.I,
)
# A sentence about another price that quotes the offering's: the warrants' "exercise price equal
# to the initial public offering price of $6.00" (Cempra's resale S-1/A, a year after its IPO),
# a conversion price; and a sentence about an offering already made ("completed its initial
# public offering", "Upon completion of the IPO, ... became exercisable")
OTHER_PRICE = re.compile(
    r"\b(?:exercise|conversion|strike)\s+price|\b(?:completed|closed|consummated)\s+(?:its|our|the"
    r"|an)\s+(?:initial\s+public\s+offering|IPO)\b|\b(?:upon|after|since|following)\s+"
    r"(?:the\s+)?(?:completion|closing)\s+of\s+(?:the|our|its)\s+(?:IPO|initial\s+public\s+"
    r"offering)\b|\bprivate\s+placement\s+(?:units|shares|warrants)\b",
    re.I,
)

OFFERED_RES = (
    # "We are offering 28,000,000 shares of our Class A common stock", "Acme Networks, Inc. is
    # offering 7,000,000 shares of its common stock", "We are selling 3,424,657 shares", "We are
    # offering 20,000,000 units"
    re.compile(rf"\b(?:we\s+are|is)\s+(?:offering|selling)\s+{N}\s+{_WHAT}", re.I),
    # "This is the initial public offering of 20,000,000 units of Beacon Acquisition Corp."
    re.compile(rf"\bThis\s+is\s+(?:an?|the|our)\s+(?:initial\s+)?(?:public\s+)?offering\s+of\s+"
               rf"{N}\s+{_WHAT}", re.I),
    # "Common stock offered by us 6,820,000 shares", "Common stock offered by Acme ... 7,000,000
    # shares" (a dot-leader line), "Units offered 20,000,000 units"
    re.compile(
        rf"\b(?:{_CLASS}common\s+stock|ordinary\s+shares|units)\s+offered"
        rf"(?:\s+by\s+(?:us|[A-Z][\w.,&'’ -]{{0,60}}?))?{GAP}{N}\s+(?:shares|units)\b",
        re.I,
    ),
)
# Who else may be the subject of "is offering": not the company's own shares
OFFERED_BY_OTHERS = re.compile(r"\bselling\s+(?:stock|share)holders?\b", re.I)

OPTION_RE = re.compile(
    # "up to 1,023,000 additional shares", "up to an additional 5,400,000 shares" (the match
    # must hold "additional": ``offering._option`` checks)
    rf"\b(?:up\s+to\s+)?(?:an\s+aggregate\s+of\s+)?(?:an?\s+additional\s+)?{N}\s+"
    r"(?:additional\s+)?(?:shares|units)",
    re.I,
)
AFTER_LABEL_RE = re.compile(
    rf"\b(?P<label>(?:Class\s+[A-Z]\s+(?:and\s+Class\s+[A-Z]\s+)?)?(?:common\s+stock|ordinary\s+"
    r"shares))\s+(?:to\s+be\s+)?"
    r"outstanding\s+(?:immediately\s+)?(?:after|following|upon\s+(?:the\s+)?(?:completion|closing)"
    r"\s+of)\s+(?:the\s+completion\s+of\s+)?this\s+offering"
    # "... after this offering and the concurrent private placement"
    r"(?:\s+and\s+(?:the\s+)?concurrent\s+[\w\s-]{0,40}?(?:placement|offering|sale)s?)?"
    rf"{GAP}{N}\s+shares",
    re.I,
)
AFTER_TOTAL_RE = re.compile(
    rf"\bwe\s+will\s+have\s+(?:a\s+total\s+of\s+)?{N}\s+shares\s+of\s+(?:our\s+)?{_CLASS}common\s+"
    r"stock\s+outstanding",
    re.I,
)
WITH_OPTION_SHARES = re.compile(
    rf"[\s(,]*(?:or\s+)?{N}\s+shares(?:\s+of\s+[\w\s]{{0,30}}?common\s+stock)?,?\s+{IF_OPTION}",
    re.I,
)
PROCEEDS_RE = re.compile(
    r"\bnet\s+proceeds(?:\s+to\s+us)?(?:\s+(?:from|of)\s+[^$;]{0,160}?)?\s+(?:will|would)\s+be\s+"
    rf"(?:approximately\s+)?{USD}",
    re.I,
)
# What proceeds are put to is not what they are: "the net proceeds allocated to working capital
# will be $1,000,000", "... will be used to provide $1,000,000 in working capital"
PROCEEDS_USE = re.compile(
    r"\b(?:us(?:e|ed|ing)|allocat\w*|appl(?:y|ied)|devot\w*|spen[dt]|invest\w*|fund)\b", re.I
)
PROCEEDS_USE_AFTER = re.compile(r"^\s*(?:in|for|to|as)\s+(?:working\s+capital|the\s+|fund)", re.I)
WITH_OPTION_USD = re.compile(
    rf"[\s(,]*(?:or\s+)?(?:approximately\s+)?{USD},?\s*(?:\(\s*)?{IF_OPTION}",
    re.I,
)
OPTION_FIRST = re.compile(
    rf"\b{IF_OPTION}|\bif\s+the\s+underwriters?\b[^.;]{{0,60}}?\bexercis", re.I
)
# Words saying a sentence's figure rests on an assumed price (net proceeds "at an assumed initial
# public offering price of $5.50 per Unit, the midpoint of the range")
ASSUMED_PRICE = re.compile(
    r"\b(?:assum(?:ed|ing|es)|midpoint|mid-point|hypothetical|based\s+on\s+(?:an?|the)\s+"
    r"(?:estimated\s+)?(?:(?:initial\s+)?public\s+)?offering\s+price|last\s+(?:reported\s+)?sale"
    r"\s+price|closing\s+price)\b",
    re.I,
)
PRICE_IN_SENTENCE = re.compile(r"\$\s?(?P<p>\d+\.\d{2})\s+per\s+(?:share|unit)|price\s+of\s+\$\s?"
                               r"(?P<q>\d+\.\d{2})", re.I)
