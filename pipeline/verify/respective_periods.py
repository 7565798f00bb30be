"""Figures listed against periods listed, "respectively": the i-th figure is of the i-th period.

"The operating margin ... in 2020 and 2021, starting at -107.41% and improving to -26.66%,
respectively" (a ratio site's machine-written prose on a software maker's margins): both rates
were read as 2021's, the last year named, and the first drifted against 2021's margin. So was
"revenue was $5.1 billion and $4.2 billion in 2021 and 2020, respectively", the commonest way a
filing and its summaries give two years, and "for the three and six months ended June 30, 2023,
respectively" (the six months' figure read as the quarter's). A list of years moves the period
each figure was read with to its year ("the three months ended June 30, 2023 and 2022": the
same three months, a year back; "the third quarters of 2021 and 2020": parts of years, not
paired); a phrase that lists periods gives each figure its own. When the lists cannot be paired
("the second quarter and first half", "the quarter and year", lists of other lengths), a
figure's period is no longer trusted (``Claim.period_assumed``: supported only when the filed
figure agrees, never drifted).
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.period_phrases import PeriodPhrase
from core.verdicts import Claim
from pipeline.verify import claims_context as ctx
from pipeline.verify.claims_respective import LISTED_UNITS, RESPECTIVELY
from pipeline.verify.period_math import dated, fiscal_year, shifted

_YEAR = r"(?:19|20)\d\d"
_CLAUSE_BREAK = re.compile(r";|,\s*(?:while|but|whereas|although|though)\b", re.I)
# "for the third quarters of 2021 and 2020": a part of each year, which a year's figure is not
_PART_OF_YEAR = re.compile(r"\b(?:quarters?|months?|weeks?|half|halves|periods?|ended|"
                           r"ending|Q[1-4]|[1-4]Q|H[12])\b", re.I)
# "2021 and 2020", "2023, 2022 and 2021", "fiscal 2024 and 2023"
_YEARS = re.compile(rf"(?<![\d$.,])(?:FY\s?|fiscal\s+)?{_YEAR}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                    rf"(?:FY\s?|fiscal\s+)?{_YEAR})+(?![\d%])", re.I)


# A quarter and its year named as one pair before the figures, with no "respectively": "the
# Q4 and full-year 2022 numbers, ... a first GAAP profit, $31 million" (a release copy on a
# software maker's year: the quarter's profit was read as the year's and drifted against its
# loss). Either period may be meant.
_QUARTER_AND_YEAR = re.compile(r"\b(?:(?:first|second|third|fourth)[- ]quarter|Q[1-4])\s+and\s+"
                               r"(?:full[- ]year|fiscal[- ]year|annual|year[- ]end)\b", re.I)


def date_respectively(sentence: ctx.Sentence, claims: list[Claim]) -> list[Claim]:
    """The sentence's claims, each of a "respectively" list dated in the year listed with it;
    after a quarter and its year named as one pair, no figure's period is trusted."""
    found = RESPECTIVELY.search(sentence.text)
    if found is None:
        return _after_a_pair(sentence, claims)
    clause = _clause_start(sentence.text, found.start())
    listing = _listing_phrase(sentence.text, clause)
    if listing is not None:
        return _date_by_listing(sentence, claims, clause, found.start(), listing)
    lists = [m for m in _YEARS.finditer(sentence.text) if m.start() >= clause]
    if len(lists) != 1:
        return _assume_if_listed(sentence, claims, clause, found.start())
    years = [int(y) for y in re.findall(_YEAR, lists[0].group(0))]
    listed = range(sentence.start + lists[0].start(), sentence.start + lists[0].end())
    run = [k for k in _run(sentence, claims, clause, found.start())
           if claims[k].span[0] not in listed]
    if len(run) < 2:
        return claims
    base = _period_of(claims[run[0]])
    out = list(claims)
    if (len(years) != len(run) or base is None or len({claims[k].unit for k in run}) > 1
            or base.kind == "year" and _PART_OF_YEAR.search(sentence.text[clause:found.start()])):
        for k in run:  # which figure is of which year, the words do not say for sure
            out[k] = replace(out[k], period_assumed=True)
        return out
    named = {p.span[0]: p for p in ctx.find_periods(sentence.text) if p.kind == "year"}
    for k, (year, at) in zip(run, _year_starts(lists[0]), strict=True):
        period = named.get(at) if base.kind == "year" else None
        out[k] = dated(out[k], period or shifted(base, years=year - fiscal_year(base)))
    return out


def _run(sentence: ctx.Sentence, claims: list[Claim], clause: int, end: int) -> list[int]:
    """The figures of the clause before "respectively" (at ``end``)."""
    return [k for k, c in enumerate(claims)
            if c.unit in LISTED_UNITS and sentence.start + clause <= c.span[0]
            and c.span[1] <= sentence.start + end]


def _listing_phrase(text: str, clause: int) -> PeriodPhrase | None:
    """A period phrase of the clause that lists several periods ("the three and six months
    ended June 30, 2023")."""
    return next((p for p in ctx.find_periods(text) if p.span[0] >= clause and len(p.periods) > 1),
                None)


def _date_by_listing(sentence: ctx.Sentence, claims: list[Claim], clause: int, end: int,
                     listing: PeriodPhrase) -> list[Claim]:
    """"$5.1 billion and $9.8 billion for the three and six months ended June 30, 2023,
    respectively": the i-th figure is of the i-th period the phrase lists (read as the phrase's
    first, the six months' figure drifted against the quarter's)."""
    run = _run(sentence, claims, clause, end)
    out = list(claims)
    if len(run) != len(listing.periods) or len({claims[k].unit for k in run}) > 1:
        for k in run:
            out[k] = replace(out[k], period_assumed=True)
        return out
    for k, (start, stop) in zip(run, listing.periods, strict=True):
        months = (stop.year - start.year) * 12 + stop.month - start.month + 1
        kind = "quarter" if months == 3 else "year" if months == 12 else "months"
        label = f"{months} months ended {stop.isoformat()}"
        out[k] = dated(out[k], PeriodPhrase(label, start, stop, (0, 0), kind))
    return out


# "for the second quarter and first half of 2023", "the quarter and the year": nouns of
# periods listed against figures, which no rule here pairs: the periods are assumed
_PERIOD_NOUN = (r"(?:(?:first|second|third|fourth)\s+)?quarter|(?:full|fiscal|whole|calendar)"
                r"[- ]year|year|(?:first|second)\s+half|"
                r"(?:first\s+)?(?:three|six|nine|twelve)[- ]months?|"
                r"year[- ]to[- ]date|nine[- ]month\s+period")
_NOUN_LIST = re.compile(rf"\b(?:{_PERIOD_NOUN})\s*(?:,\s*|\s+and\s+|\s*&\s*)(?:the\s+)?"
                        rf"(?:{_PERIOD_NOUN})\b", re.I)


def _assume_if_listed(sentence: ctx.Sentence, claims: list[Claim], clause: int,
                      end: int) -> list[Claim]:
    if not _NOUN_LIST.search(sentence.text, clause, end + len("respectively")):
        return claims
    run = _run(sentence, claims, clause, end)
    if len(run) < 2:
        return claims
    out = list(claims)
    for k in run:
        out[k] = replace(out[k], period_assumed=True)
    return out


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding ``end`` starts ("; while margins were ...")."""
    return max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, end)), default=0)


def _year_starts(found: re.Match) -> list[tuple[int, int]]:
    """(year, where its digits start in the sentence) for each year of a list."""
    return [(int(m.group(0)), found.start() + m.start())
            for m in re.finditer(_YEAR, found.group(0))]


def _period_of(claim: Claim) -> PeriodPhrase | None:
    """The period a claim was read with, as a phrase (None when it has none)."""
    if claim.period_end is None or claim.period_label is None:
        return None
    label = claim.period_label
    kind = ("instant" if claim.period_start is None else "year" if label.startswith("FY")
            else "quarter" if re.match(r"(?:fiscal )?Q[1-4]", label) else "months")
    return PeriodPhrase(label, claim.period_start, claim.period_end, (0, 0), kind)


# a period named again between the pair and the figure pins it: "the quarter's and the year's
# results, with fourth-quarter sales at $X" is the quarter's
# (never "its first profitable quarter", which dates nothing)
_OWN_PERIOD = re.compile(r"\b(?:(?:first|second|third|fourth|full|fiscal)[- ](?:quarter|year|half)|"
                         r"Q[1-4]|FY|annual|(?:three|six|nine|twelve)[- ]months?|"
                         r"for\s+the\s+(?:quarter|year))\b", re.I)


def _after_a_pair(sentence: ctx.Sentence, claims: list[Claim]) -> list[Claim]:
    pair = _QUARTER_AND_YEAR.search(sentence.text)
    if pair is None:
        return claims
    return [replace(c, period_assumed=True) if c.span[0] - sentence.start > pair.end()
            and c.unit in LISTED_UNITS and not _OWN_PERIOD.search(
                sentence.text[pair.end():c.span[0] - sentence.start]) else c for c in claims]
