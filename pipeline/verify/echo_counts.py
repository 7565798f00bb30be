"""What a count counts, for the echo check (``prose_echo``): the words that name its noun on
either side, and the claims the echo may read as counts though the claim side left them bare.

- A bare number whose words name what it measures ("445 stores across 42 states", "29 of the 30
  largest markets": ``claims_counted.measured``) has no unit on the claim side, since no
  registry row counts states or markets; the filer's own sentence may state it all the same,
  so the echo compares it as a count, with the count's tests (its noun shared, ten or more).
- A count of a part ("active paying subscribers of the <Product> service", a camera maker's
  subscription tier) is never compared with the company's filed count (``count_scope``); the
  filer's sentence that counts the same part by the same word ("185,000 <Product>
  subscribers") states it, and the part's word is one of the words the two share.
- A count of a part of a whole ("29 of the 30 largest markets") counts what the whole's noun
  names, and only against the same whole: "of the top 30 largest markets" is the same whole,
  "of its 45 markets" another.
"""

from __future__ import annotations

import re

from pipeline.verify import count_scope
from pipeline.verify.claims_counted import counted, measured

_NOUN_WORDS = 3  # words after a count that name what it counts
# Words that end the noun phrase after a count: "445 retail stores across 42 states" counts
# stores, never "across"
_PHRASE_ENDS = frozenset("""in across at of for and or with to from on by as that which who
were was is are had have has over under into within throughout""".split())
_PHRASE = re.compile(r"\s*([A-Za-z][A-Za-z'\-]*)")
# the whole a count is a part of, right after it: "29 of the (top) 30 (largest markets)"
_OF_WHOLE = re.compile(r"\s+of\s+(?:the|its|our|their)\s+(?:top\s+)?(\d[\d,]*)(?=\s+[A-Za-z])",
                       re.I)
_WHOLE = "of "  # a noun token that names the whole: "of 30"


def count_noun(text: str, span: tuple[int, int], common: frozenset[str]) -> frozenset[str]:
    """The words after a count that name what it counts ("445 retail stores": retail, stores;
    "29 of the 30 largest markets": largest, markets and the whole, "of 30"); ``common``: words
    too plain to say what is counted."""
    at, whole = span[1], frozenset()
    of = _OF_WHOLE.match(text, at)
    if of:
        at, whole = of.end(), frozenset({_WHOLE + of.group(1).replace(",", "")})
    words = []
    while len(words) < _NOUN_WORDS and (m := _PHRASE.match(text, at)):
        if m.group(1).lower() in _PHRASE_ENDS:
            break
        words.append(m.group(1).lower())
        at = m.end()
    return whole | frozenset(w for w in words if len(w) >= 3 and w not in common)


def claim_noun(sentence: str, span: tuple[int, int], text: str,
               common: frozenset[str]) -> frozenset[str]:
    """What the article's count counts: the words after it, or the count noun its sentence
    names before it ("active paying subscribers climb 16% ... to 185,000": subscribers)."""
    named = counted(sentence, span)
    return (count_noun(sentence, span, common) | count_noun(text, (0, 0), common)
            | (frozenset({named.lower()}) if named and " " not in named else frozenset()))


def same_count(claim: frozenset[str], filed: frozenset[str]) -> bool:
    """Whether two counts count the same thing: a word of their nouns shared, and the same
    whole when either is a part of one."""
    wholes = {w for w in claim if w.startswith(_WHOLE)}, {w for w in filed if w.startswith(_WHOLE)}
    return wholes[0] == wholes[1] and bool((claim - wholes[0]) & (filed - wholes[1]))


def measured_count(verification) -> bool:
    """Whether a figure the claim side left bare for want of a registry row names what it
    counts ("42 states", "29 of the 30 largest markets"): a plain whole number with a counted
    noun after it."""
    claim = verification.claim
    span = (claim.sentence_at, claim.sentence_at + len(claim.text))
    return (claim.unit is None and verification.gap == "no_metric" and claim.sentence_at >= 0
            and re.fullmatch(r"\d{1,3}(?:,\d{3})*|\d+", claim.text.strip()) is not None
            and measured(claim.sentence, span) is not None
            and bool(count_noun(claim.sentence, span, frozenset())))


def part_word(verification) -> str | None:
    """The word that makes an article's count a part's (``count_scope.part_word``), when the
    claim side left it unread for that: the filer's sentence must name the part too."""
    claim = verification.claim
    if verification.gap != "part" or claim.sentence_at < 0:
        return None
    word = count_scope.part_word(claim.sentence, (claim.sentence_at,
                                                  claim.sentence_at + len(claim.text)))
    return word.lower() if word else None
