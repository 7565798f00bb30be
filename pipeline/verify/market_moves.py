"""A sentence about the stock's price moving: its figures are not statements about the filings.

"Shares are up N%", "the stock price dipped N% in pre-market trading", "shares ... are gaining
N% to trade at $P": a figure read from such a sentence with a metric of its own (or none) could
be compared with a filed growth rate or amount and come out a false drifted. A price move is
read from two cues, each a token table:
- a trading session or a quote ("in pre-market trading", "after-hours", "to trade at $P",
  "changed hands at", "to finish at"): the sentence speaks of the market;
- a price subject ("shares", "the stock", "its share price") followed, with only a name, an
  auxiliary or an adverb between, by a word of moving ("shares of <name> fell", "shares are
  up", "shares were marked N% lower"). A count of shares ("diluted shares fell 2% to 400
  million", "repurchased 5 million shares") is not a price: the word before the subject and a
  comma between subject and move rule those out.
"""

from __future__ import annotations

import re

from pipeline.verify.word_tables import phrase_alternatives

# Words that only a market session or a quote uses.
SESSION_WORDS = ("pre-market", "premarket", "pre market", "after-hours", "after hours",
                 "extended trading", "extended-hours", "opening minutes of trading",
                 "to trade at", "change hands", "changed hands", "changing hands",
                 "to finish at", "to close at", "closing bell",
                 # ("trades above $1,200 a share": a machine-written note on a streamer)
                 "trades above", "trades below", "traded above", "traded below",
                 "trading above", "trading below")

# The nouns of a price.
PRICE_SUBJECTS = ("shares", "stock", "stock price", "share price", "stock prices",
                  "share prices")

# Words of a price moving, right after the subject (an auxiliary may come between).
MOVE_WORDS = ("up", "down", "higher", "lower", "rose", "rise", "rising", "fell", "fall",
              "falling", "gained", "gaining", "gains", "dipped", "dipping", "dropped", "dropping",
              "slid", "sliding", "slipped", "slipping", "climbed", "climbing", "jumped",
              "jumping", "surged", "surging", "soared", "soaring", "tumbled", "tumbling", "sank",
              "sinking", "plunged", "plunging", "plummeted", "edged", "closed", "opened",
              "marked", "traded", "trading", "rallied", "rallying", "advanced", "retreated")
_AUXILIARIES = ("are", "were", "was", "is", "have", "had", "has", "been", "also", "nearly",
                "about", "around", "roughly", "almost", "just", "briefly", "initially", "then")

# A word before the subject that makes it a count of shares, not a price.
COUNT_WORDS = frozenset({"diluted", "outstanding", "weighted", "average", "basic", "million",
                         "billion", "thousand", "repurchased", "issued", "treasury", "new",
                         "additional", "of", "number", "common", "preferred", "restricted",
                         "employee", "class"})


_SESSION = re.compile(rf"\b(?:{phrase_alternatives(SESSION_WORDS)})\b", re.I)
# the subject, an optional "of <name>" (a name may hold commas and a ticker in brackets,
# never a verb of its own), the auxiliaries, then the move
_MOVE = re.compile(
    rf"(?P<before>[\w'’.-]+\s+)?\b(?:{phrase_alternatives(PRICE_SUBJECTS)})\b"
    rf"(?:\s+of\s+(?:[\w'’.&()-]+,?\s+){{1,9}}?)?"
    rf"(?:\s*(?:{phrase_alternatives(_AUXILIARIES)})\b)*"
    rf"\s*(?:{phrase_alternatives(MOVE_WORDS)})\b", re.I)


# Where a price move's clause ends: another clause with a subject of its own may follow
# ("shares surged N% over the year, pushing this line item M% higher"): its figures are not
# the price's.
_CLAUSE_END = re.compile(r";|,?\s+(?:pushing|sending|lifting|driving|while|whereas|but|and|"
                         r"even\s+as|as|after|although|though)\b", re.I)


def in_session(sentence: str) -> bool:
    """Whether ``sentence`` speaks of a trading session or a quote: all its figures are the
    market's."""
    return bool(_SESSION.search(sentence))


def moves_price(sentence: str, figure_start: int) -> bool:
    """Whether the figure at ``figure_start`` of ``sentence`` is in the clause of a price
    subject and its move ("Shares of <name> fell N%")."""
    for match in _MOVE.finditer(sentence):
        before = (match.group("before") or "").strip().lower()
        if before in COUNT_WORDS or any(ch.isdigit() for ch in before):
            continue
        end = _CLAUSE_END.search(sentence, match.end())
        if match.start() < figure_start < (end.start() if end else len(sentence)):
            return True
    return False


