"""Figures an analyst or the market sets, read per figure: a price target, a dividend yield, a
dividend annualized by the writer. No filing reports them, so they are never compared.

Automated stock notes close on such figures ("They set a neutral rating and a $58.00 price
objective on the stock", "This represents a $1.56 dividend on an annualized basis and a dividend
yield of 2.93%"): read with no metric of their own, they came out unverifiable, and a nearby
cue could give them one (a dividend, a per-share figure). Each reading is a token table:
- the nouns a figure is the object of ("a price target of $X", "a dividend yield of N%");
- the nouns a figure modifies, with at most two modifiers between ("a $58.00 price objective",
  "a $5.00 annualized dividend");
- a dividend put on a year's basis after the figure ("a $1.56 dividend on an annualized basis").
A dividend declared ("a dividend of $0.39 per share") names none of them and stays the filer's.
"""

from __future__ import annotations

import re

from pipeline.verify.word_tables import phrase_alternatives

# The nouns of a figure someone other than the filer sets, or the writer computes.
# ("an enterprise value of $33 billion, fifteen times sales": a French site on a data-analytics
# maker's year; the market's value of the shares plus net debt, priced by the market as a
# market capitalisation is)
MARKET_NOUNS = ("price target", "price objective", "target price", "price goal",
                "dividend yield", "annualized dividend", "annualised dividend",
                "annualized dividend yield", "annualised dividend yield", "enterprise value")
# A dividend the writer puts on a year's basis, after the figure's noun.
ANNUALIZED_TAILS = ("on an annualized basis", "on an annualised basis", "annualized",
                    "annualised")

REASON = ("a price target, a dividend yield, an annualized dividend or an enterprise value: an "
          "analyst's, the market's or the writer's figure, not one a filing reports")

_NOUNS = phrase_alternatives(MARKET_NOUNS)
# "a price target of $X", "dividend yield of 2.4%", "price objective on the stock to $X"
_OBJECT = re.compile(rf"\b(?:{_NOUNS})\s+(?:of|at|to|on\s+\w+\s+(?:\w+\s+)?to|from\s+\S+\s+to)"
                     r"\s+(?:about|around|roughly|approximately|an?\s+)?$", re.I)
# "a $58.00 price objective", "a $5.00 annualized dividend", "a $50 12-month price target"
_HEAD = re.compile(rf"^\s*(?:per\s+share\s+|a\s+share\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_NOUNS})\b",
                   re.I)
# "a $1.56 dividend on an annualized basis", "$1.56 per share annualized"
_TAIL = re.compile(rf"^\s*(?:per\s+share\s+|a\s+share\s+)?(?:(?:annual|yearly|cash|"
                   rf"quarterly)\s+)?dividends?\s*(?:per\s+share\s+)?,?\s*"
                   rf"(?:{phrase_alternatives(ANNUALIZED_TAILS)})\b", re.I)


# "This represents a $1.84 annualized dividend and a yield of 3.19%" (a stock-note template on
# a bank's payout): a bare "yield" after the sentence's dividend is the dividend's yield
_DIVIDEND_YIELD = re.compile(r"\bdividends?\b(?:[^.;%]|\.(?=\d)){0,60}?\b(?:a|an|its|the)\s+"
                            r"(?:annual(?:ized|ised)?\s+)?yield\s+of\s+(?:about\s+|around\s+|"
                            r"roughly\s+|approximately\s+)?$", re.I)


def market_figure(sentence: str, span: tuple[int, int]) -> str | None:
    """Why the figure at ``span`` of ``sentence`` is an analyst's or the market's, or None."""
    before, after = sentence[:span[0]], sentence[span[1]:]
    if (_OBJECT.search(before) or _HEAD.match(after) or _TAIL.match(after)
            or _DIVIDEND_YIELD.search(before)):
        return REASON
    return None
