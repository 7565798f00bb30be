"""A paragraph about a part goes on about it: "The Client segment revenues declined 53.6% year
over year to $998 million ... A weak PC market hurt the segment's revenues. However, revenues
increased 35% sequentially" (a stock-note site on a chipmaker's quarter): the last sentence's
bare "revenues" are the segment's, and read as the company's the sequential rate drifted against
the company's 0.1%. A figure of a line a part may have (``Metric.entity == "segment"``), with no
part of its own, in a sentence that opens on a contrast ("However,", "Sequentially,") right
after a sentence of the same or the previous paragraph whose figures are a part's, or that
points at "the segment", is that part's ("Also," as often turns to another subject); words of
the whole ("total", "overall", "company-wide", "consolidated") keep it the company's.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from core.metrics import find_metric
from core.verdicts import Claim
from pipeline.verify import claims_context as ctx

# (a contrast goes on about the subject; "Also," or "In addition," as often turns to another)
_GOES_ON = re.compile(r"^\W*(?:however|but|still|yet|on\s+a\s+sequential\s+basis|"
                      r"sequentially)\b", re.I)
_WHOLE = re.compile(r"\b(?:total|overall|company|company-wide|consolidated|group|firm['’]s|"
                    r"its|their)\b", re.I)
_POINTS_AT_PART = re.compile(r"\bthe\s+(?:segment|division|unit|business)['’]?s?\b", re.I)
_SENTENCES_BACK = 2  # how far back the part's sentence may stand
# "Acme's consumer chips raked in $998 million ... Like its rival, Acme also says ... its revenue
# increased 35% over the prior quarter" (a forum's copy of a tech site on a chipmaker's
# quarter): after a sentence whose subject is a product line the company owns, "its revenue"
# may be that line's as well as the company's; read as the company's the sequential rate
# drifted. It is given the line as its part, which no filed part matches unless the filer
# names it so: unverifiable, never drifted.
_ITS_LINE = re.compile(r"\bits\s+(?:net\s+)?(?:revenues?|sales)\s+(?:\w+\s+){0,2}$", re.I)
_OWNED_SUBJECT = re.compile(
    r"^\W*[A-Z][\w.&-]*['’]s\s+(?P<part>(?!(?:revenues?|sales|net|total|quarterly|"
    r"annual|second|first|third|fourth|results?|profits?|earnings|income|shares?|stock|"
    r"board|ceo|chief)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:raked|brought|generated|"
    r"posted|delivered|pulled|contributed|earned|made|grew|rose|fell|declined|jumped|"
    r"dropped|climbed|slipped|increased|decreased|revenue|sales)\b")


# a unit the sentence names by its words and its noun ("Acme's gaming division", "the cloud
# business"), for "the segment" of the next sentence (claims_part_units names it unnamed)
_UNNAMED = "(unnamed)"
_NAMED_UNIT = re.compile(r"(?:\b[A-Z][\w.&-]*['’]s|\b(?:its|the))\s+(?P<part>(?!(?:same|other|"
                         r"new|whole|entire|core|main|largest|biggest|smallest)\b)[A-Za-z][\w&-]*"
                         r"(?:\s+[a-z][\w&-]*)?)\s+(?:division|segment|unit|business)\b")


def carry_parts(claims: list[Claim], sentences: list[ctx.Sentence]) -> list[Claim]:
    """The claims, a part's paragraph's bare figures given its part."""
    # each claim's sentence, found once by bisection (a scan of every sentence and every claim
    # for each figure would make a long article quadratic)
    starts = [s.start for s in sentences]
    at_of = [bisect.bisect_right(starts, c.span[0]) - 1 for c in claims]
    by_sentence: dict[int, list[Claim]] = {}
    for claim, at in zip(claims, at_of, strict=True):
        if at >= 0 and claim.span[0] < sentences[at].end:
            by_sentence.setdefault(at, []).append(claim)
    out = list(claims)
    for k, (claim, at) in enumerate(zip(claims, at_of, strict=True)):
        if (claim.entity or "").endswith(_UNNAMED) and at > 0 and (
                named := _NAMED_UNIT.search(sentences[at - 1].text)) and (
                sentences[at - 1].paragraph == sentences[at].paragraph):
            # "Acme's gaming division achieved remarkable results. The segment generated $4.3
            # billion" (a tech site on a chipmaker's quarter): the unit the sentence before names
            out[k] = replace(claim, entity=named.group("part").title())
            continue
        row = find_metric(claim.metric)
        if (claim.entity is not None or row is None or row.entity != "segment" or at < 0
                or claim.span[0] >= sentences[at].end):
            continue
        before = sentences[at].text[:claim.span[0] - sentences[at].start]
        if _ITS_LINE.search(before) and at and sentences[at - 1].paragraph == sentences[
                at].paragraph and (named := _OWNED_SUBJECT.match(sentences[at - 1].text)):
            out[k] = replace(claim, entity=named.group("part"))  # "its revenue": the part's?
            continue
        if not _GOES_ON.match(sentences[at].text):
            continue
        if _WHOLE.search(before):
            continue
        part = _part_before(by_sentence, sentences, at)
        if part is not None:
            out[k] = replace(claim, entity=part)
    return out


def _part_before(by_sentence: dict[int, list[Claim]], sentences: list[ctx.Sentence],
                 at: int) -> str | None:
    """The part the sentences right before ``at`` are about: the last of their figures with a
    part, when every figure between is a part's or the sentence between points at "the
    segment"; None when a figure of the whole stands between."""
    for back in range(at - 1, max(at - 1 - _SENTENCES_BACK, -1), -1):
        sentence = sentences[back]
        if len({s.paragraph for s in sentences[back:at + 1]}) > 2:
            return None  # (the paragraph before at most)
        found = [c for c in by_sentence.get(back, ()) if c.unit is not None]
        if not found:
            if _POINTS_AT_PART.search(sentence.text):
                continue  # "A weak PC market hurt the segment's revenues."
            return None
        parts = {c.entity for c in found}
        return parts.pop() if len(parts) == 1 and None not in parts else None
    return None
