"""The words that tell a part of the company from its total: words that name a part before
"revenue"/"sales" ("online", "cloud"), the ordinary words that may stand before a total ("net",
"quarterly", "its"), and the capitalised words that name a period, not a place or a part."""

from __future__ import annotations

import re

# A part of revenue ("data center revenue", "online sales", "Collectibles sales"): filed, if at
# all, as a segment; it must never be compared with the company's total. The word before
# "revenue"/"sales" decides: a known segment word, or any lowercase word that is not one of the
# ordinary words that can precede a total ("net", "total", "quarterly", "reported", "its", ...).
SEGMENT_WORDS = {
    "online", "center", "centre", "gaming", "automotive", "visualization", "product", "products",
    "service", "services", "subscription", "subscriptions", "license", "licenses", "licence",
    "licensing", "hardware", "software", "cloud", "international", "domestic", "segment", "store",
    "comparable", "same-store", "e-commerce", "ecommerce", "digital", "commercial", "government",
    "advertising", "recurring", "interest", "grant", "royalty", "royalties", "merchandise",
    "networking", "compute", "iphone", "mac", "ipad", "wearables", "collectibles", "accessories",
    "apparel", "footwear", "retail", "wholesale", "enterprise", "consumer", "healthcare",
    "energy", "storage", "memory", "client", "embedded", "mobile", "platform", "support",
    "maintenance", "transaction", "payments", "membership", "vehicle", "leasing", "aws",
    "china", "europe", "americas", "asia", "japan", "emea", "apac", "u.s.", "us", "segment's",
    "inference", "training", "collaboration", "system", "systems", "dtc", "direct", "channel",
    "homebuilding", "server", "servers", "on-premise", "on-premises",
    # a division is a part whatever its name: "the Business Division's operating margin"
    "division", "division's",
    # a bank's or a broker's lines of business, named in title case ("Commercial Banking",
    # "Asset & Wealth Management", "Global Markets", "Specialty Lending"): read as the firm's
    # total, a part's revenue drifted from the consolidated figure
    "banking", "markets", "management", "lending", "brokerage", "underwriting", "advisory"}
# The whole company in one word: "companywide revenue", "firmwide net revenues" (a news site
# on a bank's quarter: "companywide" was searched as a part, then read as a part of revenue)
WHOLE_COMPANY_WORDS = frozenset({
    "companywide", "company-wide", "firmwide", "firm-wide", "groupwide", "group-wide",
    "enterprise-wide", "corporate-wide"})
TOTAL_WORDS = frozenset({
    "net", "total", "annual", "quarterly", "record", "reported", "consolidated", "gaap", "its",
    "their", "our", "the", "a", "an", "of", "in", "and", "with", "that", "which", "fiscal",
    "full-year", "full", "year", "years", "quarter", "second-quarter", "first-quarter",
    "third-quarter", "fourth-quarter", "first-half", "half-year", "overall", "combined",
    "trailing", "whose", "for", "to", "on", "at", "by", "from", "as", "where", "when", "while",
    "but", "so", "posted", "generated", "had", "booked", "recorded", "delivered", "brought",
    "saw", "said", "says", "shows", "showed", "puts", "put", "was", "were", "is", "are", "be",
    "been", "this", "these", "last", "prior", "previous", "same", "higher", "lower", "strong",
    "weak", "growing", "rising", "falling", "company", "group", "top-line", "yearly", "ttm",
    "twelve-month", "lifted", "grew", "nearly", "doubled", "tripled", "gross", "average",
    # "Railway operating revenues" (a railroad), utilities' "operating revenues": the total
    "operating",
    # a comparison's or a clause's words: "tripled its year-on-year revenue", "although
    # year-to-date online sales" (coverage of a miner's and a retailer's quarters)
    "year-on-year", "year-over-year", "yoy", "year-to-date", "ytd", "quarter-on-quarter",
    "quarter-over-quarter", "sequential", "although", "though", "whereas", "yet", "still",
    # a span of the year so far: "Nine-month revenue rose 3%" is the total's, over nine months
    "fiscal-year-to-date", "three-month", "six-month", "nine-month", "six-months",
    "nine-months", "second-half",
    # a change's size, never a part: "a material operating-margin improvement" (a machine-
    # written note on a streamer's year read "material" as a part's name)
    "material", "significant", "substantial", "sharp", "solid", "robust", "modest", "slight",
    "healthy", "impressive", "notable", "marked", "meaningful", "dramatic", "remarkable",
    "massive", "huge", "big", "steady", "further",
    # how real the figure is, never a part: "its actual revenue for the tablet" (a tech site
    # on a software maker's year read "actual" as a part's name)
    "actual",
    # how it ranks in the company's history: "an all-time high revenue of $X" (a blog's recap
    # of a device maker's quarter read "all-time high" as a part's name)
    "all-time", "high", "record-high", "record-breaking", "record-setting", "highest",
    "best-ever", "peak", "historic"}
    | WHOLE_COMPANY_WORDS)

# A role "revenue" only qualifies: "the primary revenue driver", "its largest revenue source"
# (a recap of a chipmaker's quarter read "primary" as a part's name, and the rates of the
# data center business named before it as that part's): the words before it name no part
REVENUE_ROLE_AFTER = r"(?!\s+(?:drivers?|sources?|generators?|engines?|contributors?|streams?)\b)"

# Capitalised words after "in" that name a period, not a place
# a figure's own words before its noun, never a part's name: "a 16 percent revenue increase" (a
# telecom site on a streamer's year, whose revenue became a part named "percent"); nor is one
# letter ("o Operating income surged", a trade site's bullet): claims_segments
FIGURE_WORDS = frozenset({"percent", "cent", "pct", "million", "billion", "thousand",
                          "trillion", "points", "point", "bps"})
# (the fiscal year glued to its year too: "revenue in FY2024", a market-data site's recap of a
# streamer's year, was a part named "FY2024")
PERIOD_NAME = re.compile(r"(?:Q[1-4]|[1-4]Q|H[12]|FY(?:'?\d\d|\d{4})?|Fiscal|First|Second|"
                          r"Third|Fourth|January|"
                          r"February|March|April|May|June|July|August|September|October|"
                          r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
                          r"\b|(?:19|20)\d\d\b")

# The words that only say which period's figure it is, between a part's name and its noun:
# "Global Services second-quarter revenue" is the part's (claims_segments, claims_growth)
PERIOD_WORD = re.compile(r"^(?:quarterly|annual|yearly|full-year|fiscal|(?:first|second|third|"
                         r"fourth)-quarter|[1-4]q|q[1-4]|fy'?\d*|h[12]|(?:19|20)\d\d|(?:first|"
                         r"second)-half|half-year|year-to-date|(?:three|six|nine|twelve)-months?|"
                         # "tripled its year-on-year revenue to $81 million" (a crypto blog on
                         # a miner's quarter): the comparison's words, not a part's
                         r"year-(?:on|over)-year|quarter-(?:on|over)-quarter|yoy|y/y)$",
                         re.I)


def drop_dating(words: list[str]) -> bool:
    """Pop the words at the end of a name that only qualify or date its figure ("net",
    "second-quarter"); whether one dated it."""
    dated = False
    while len(words) > 1 and (words[-1].lower() == "net" or PERIOD_WORD.match(words[-1])):
        dated = words.pop().lower() != "net" or dated
    return dated


# British spellings of the words a filer's part names use ("Data Centre" for a chipmaker's
# "Data Center" segment): an article's part is the filer's whatever its spelling. A newcomer
# adds a row; words ending "-isation" are spelled "-ization" (``us_spelling``).
BRITISH_SPELLINGS = {
    "centre": "center", "centres": "centers", "programme": "program", "programmes": "programs",
    "defence": "defense", "licence": "license", "licences": "licenses", "licencing": "licensing",
    "aluminium": "aluminum", "jewellery": "jewelry", "tyre": "tire", "tyres": "tires",
    "catalogue": "catalog", "colour": "color", "labour": "labor", "harbour": "harbor",
    "theatre": "theater", "theatres": "theaters", "fibre": "fiber", "fibres": "fibers",
    "storey": "story", "cheque": "check", "cheques": "checks", "paediatric": "pediatric",
    "anaesthesia": "anesthesia", "orthopaedic": "orthopedic", "orthopaedics": "orthopedics",
    "haematology": "hematology", "behaviour": "behavior",
    "behavioural": "behavioral", "neighbourhood": "neighborhood", "travellers": "travelers",
    "traveller": "traveler", "modelling": "modeling", "jewelery": "jewelry"}


def us_spelling(word: str) -> str:
    """A lower-case word as an American filer spells it ("centre" -> "center")."""
    if word in BRITISH_SPELLINGS:
        return BRITISH_SPELLINGS[word]
    if word.endswith(("isation", "isations")):
        return word.replace("isation", "ization")
    return word

# A word ending "-ing" before "revenue" names a part when it is a line of business ("trading
# revenue", "licensing revenue": SEGMENT_WORDS or any other lower-case noun), never when it is the
# verb that reports the figure: "the company is announcing revenue of $X billion" (a tech
# site on a software maker's year: "announcing" was searched as a part). Those verbs, and any
# "-ing" word after an auxiliary ("is", "was") or a comma (", reporting revenue of"), are verbs.
REPORTING_VERBS = frozenset({
    "announcing", "reporting", "posting", "generating", "delivering", "recording", "booking",
    "seeing", "producing", "achieving", "showing", "logging", "notching", "earning", "making",
    "bringing", "raising", "cutting", "lowering", "boosting", "driving", "forecasting",
    "projecting", "expecting", "guiding", "predicting", "estimating", "citing", "including",
    "excluding", "topping", "beating", "missing", "exceeding", "surpassing", "hitting",
    "reaching", "totaling", "totalling", "growing", "increasing", "decreasing", "declining",
    "falling", "rising", "dropping", "improving", "lifting", "pulling", "taking", "racking",
    "having", "getting", "registering", "clocking", "revealing", "disclosing", "touting",
    "claiming", "expanding", "doubling", "tripling", "adding", "losing", "reaping"})
AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "it's",
                         "it’s", "also", "now", "still"})


def is_verb_form(word: str, before: str | None) -> bool:
    """Whether a word before a metric is the verb that reports it, not a part's name."""
    lower = word.lower()
    if not lower.endswith("ing") or lower in SEGMENT_WORDS:
        return False
    return lower in REPORTING_VERBS or (before is not None and (
        before.lower() in AUXILIARIES or before.endswith(",")))


def singular(word: str) -> str:
    """A lower-case word with its plural "s" folded ("closings" -> "closing"; "loss" and short
    words such as "gas" stay): how an item's and a part's words are compared."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


# A word in -ing right before the line's noun in a rate's object ("a 55% increase in investment
# banking revenue", "an 11% fall in equities trading revenue"; a bank's and a game maker's
# recaps) names a business, as "gaming" or "advertising" do: such a rate was read as the
# company's total revenue growth. Not the participles that say how the whole grew or which of
# its figures ("a 5% increase in existing-customer ...", "in underlying revenue", "in recurring
# revenue"), nor a verb of reporting; words after a rate only (before it, "posting revenue
# growth of 5%" is a verb).
_NOT_A_BUSINESS = re.compile(
    r"(?:exist|underly|remain|outstand|recurr|continu|grow|ris|declin|fall|increas|decreas|"
    r"surg|boom|soar|slow|lagg|lead|trail|operat|report|account|match|correspond|compar|"
    r"follow|adjust|includ|exclud|ongo|pend|post|generat|record|book|driv|boost|lift|help|"
    r"push|deliver|bring|show|see|mak|earn|sell|improv|strengthen|weaken|disappoint|"
    r"accelerat|decelerat|stagnat|shrink|expand|climb|jump|dropp|slid|tumbl|plung)ing",
    re.I)


def is_business_gerund(word: str) -> bool:
    """'banking', 'trading', 'advertising', 'publishing': an -ing word naming a line of
    business, not a participle saying how or which."""
    return (len(word) > 5 and word.lower().endswith("ing")
            and _NOT_A_BUSINESS.fullmatch(word) is None)
