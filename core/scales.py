"""The one table of scale words: how filings and articles write a power of ten after a figure
("in thousands", "$1.2 million", "$4.4bn", "(000)"). Every reader looks its captured word up
here, lower-cased; what each reader's own pattern accepts stays in that reader."""

from __future__ import annotations

SCALE_WORDS: dict[str, int] = {
    "thousand": 3, "thousands": 3, "k": 3, "000": 3,
    "million": 6, "millions": 6, "mn": 6, "m": 6, "mm": 6, "mln": 6,
    "billion": 9, "billions": 9, "bn": 9, "b": 9, "bln": 9,
    "trillion": 12, "trillions": 12, "tn": 12, "t": 12, "trln": 12,
}


# Physical units a figure may be written glued to ("127.88Mt", "3.23Mm³", "US$11.51/t", a
# storage maker's "68.2EB" shipped and "1.8TB" per drive): a quantity or a price per unit,
# which no registry metric is stated in (pipeline.verify's claims_units and claims_counted
# read them; a newcomer extends the table)
PHYSICAL_UNIT = (r"(?:[Mk]?(?:t|st|m³|m3|tonnes?|tons?|bbl|boe|oz|Wh)|[MGT]Wh|Mboe|Moz|Mlb|"
                 r"lbs?|[KMGTPE]B)")


# The abbreviations of a rate or a power an article writes after a number, spaced or glued
# ("from 11.5 EH/s to 17.7 EH/s", "17.7 EH", "a 250 MW facility": recaps of a bitcoin miner's
# quarter): part of the figure as written, as "%" is. Case-sensitive (never "eh" or "mw" in a
# word); a hash rate in them is read by the registry's operating rows, another such figure is a
# factual one no filing is searched for. A newcomer extends the table.
MEASURE_MARK = r"(?-i:[EPT]H/s|EH|[kMG]W)(?![A-Za-z/])"
