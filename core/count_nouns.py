"""The one table of what a bare number may count or measure in an article: the nouns after
it ("838 warehouses", "9,000 suppliers") and the units it is stated in ("65.5 exabytes",
"1.1 million metric tons"). A figure naming one is a factual statement (a count, or a quantity
the filings may state): unverifiable unless a registry row holds it (core.rows_counts,
core.rows_kpi, core.rows_operating), never a bare number (not_checkable). Read by
pipeline.verify.claims_counted; a newcomer extends these tables, nowhere else.
"""

from __future__ import annotations

# Things a filing may count, whose figure becomes a claim of unit ``count`` ("838 warehouses",
# "301.6 million paid members", "1.095 million camera units"); a count the registry has no
# row for is unverifiable.
# A count written in words ("opened five new warehouses", "sold six million units":
# pipeline.verify.claims_word_figures) names one of these things; never a duration or a
# distance, whose words are prose ("within two hours", "five miles away").
COUNTED_THINGS = (
    r"members(?:hips)?|subscri(?:bers|ptions)|users|customers|clients|accounts|warehouses|"
    r"stores|locations|restaurants|branches|employees|associates|workers|staff|deliveries|"
    r"vehicles|"
    r"units|views|deals|carloads|shipments|households|patients|properties|"
    r"homes|orders|bitcoins?|BTC|rigs|miners|cardholders")
COUNTED_WORDS = COUNTED_THINGS + r"|hours|miles"

# What else a number may count that a company states of itself (a maker's "about 200
# products", a phone maker's "more than 9,000 suppliers", a chip maker's "over 175 games",
# a bank's "29 of the 30 largest markets"): a factual figure, never a bare number.
_OTHER_COUNTS = (r"backlog|communities|racks|machines|servers|"
                 # a workforce's change: "slashed nearly 60,000 jobs", "will affect more
                 # than 150 people" (no headcount line, yet a fact, never a bare number)
                 r"jobs|people|positions|workforce|headcount|"
                 r"states|countries|markets|cities|tokens|coins|"
                 r"acres|beds|rooms|aircraft|ships|vessels|wells|sites|plants|facilities|"
                 r"centers|suppliers|vendors|partners|dealers|franchisees|products|brands|"
                 r"games|apps|titles|investors|shareholders|blocks|"
                 r"drives|devices|cars|trains|routes|flights|passengers|"
                 r"patents|trials|programs|projects|"
                 # engagement: "2 billion streams", "40 million downloads" (a statistic of a
                 # company's release, never a bare number)
                 r"sessions|streams|downloads|installs|plays|visits|impressions|clicks|"
                 # time spent, only as a rate: "155 minutes per day" of play (a games site on
                 # a publisher's quarter); never "about 30 minutes after the results", a time
                 r"(?:seconds|minutes|hours)\s+(?:(?:per|a|each|every)\s+(?:day|week|month|"
                 r"user|player|member|subscriber|visit|session)|daily|weekly|monthly)")

# Physical units a quantity is written in, spelled out ("65.5 exabytes", "600,000 metric
# tons", "250 megawatts"): a storage maker's shipped capacity, a metals maker's market
# deficit, a miner's power. (Their abbreviations glued to the figure are core.scales'
# PHYSICAL_UNIT and MEASURE_MARK.)
PHYSICAL_WORDS = (r"(?:exa|peta|tera|giga|mega)bytes|exahash(?:es)?|petahash(?:es)?|"
                  r"(?:mega|giga|kilo)watt(?:[-\s]?hours)?|barrels|(?:metric\s+)?(?:tons|tonnes)|"
                  r"ounces|pounds|gallons|grams|kilograms|liters|litres|"
                  r"(?:square|cubic)\s+(?:feet|meters|metres)")

# All a bare number may measure: counts, other counts and physical units.
MEASURED_NOUNS = rf"(?:{_OTHER_COUNTS}|{PHYSICAL_WORDS}|{COUNTED_WORDS})"

# The spelled-out units a quantity is written in whole, right after its number ("600 tons",
# "350 grams", "65.5 Exabytes"): part of the figure as written, as a glued "68.2EB" is
# (pipeline.verify.claims_units). Never a hash rate's or a power's words (the registry's
# operating rows read those after the figure), never "pounds" (sterling).
SPACED_UNITS = (r"(?:metric\s+)?(?:tons|tonnes)|(?:kilo)?grams|barrels|gallons|ounces|"
                r"(?:exa|peta|tera|giga)bytes")
