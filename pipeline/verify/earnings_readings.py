"""Bare "earnings": the growth of a company's "earnings" whose own clause says neither "net"
nor "per share" nor "GAAP"/"adjusted" may be the growth of net income or of diluted EPS, GAAP
or adjusted, and the four often differ (a software maker's quarter: GAAP net income -1.5%, GAAP
diluted EPS +1.9%, non-GAAP EPS +12.8%; a recap's "earnings rose 13%", after its "an adjusted
$3.80 a share", was compared with net income and called drifted). A bare "profit" is net
income's, GAAP or adjusted (a profit per share says so).

Two steps, one on each side of the verifier:
- ``read_bare`` (claims): the earnings figure the rate reached ("to $3.94 billion"), else the
  one quoted last before it in its paragraph or the sentence before, else the same rate the
  next sentence restates by words that name its line, points at the line meant
  (``Claim.reading_pinned``: it becomes the basis and the first of ``Claim.readings``); every
  other reading the words leave open follows: the GAAP ones, and the adjusted ones only where
  the article quotes an adjusted earnings figure.
- ``judge`` (derive.verify_growth): each reading the filings state is recomputed; the rate
  is supported when every one bears it out or the pinned one does, drifted only when every
  one misses it, and unverifiable otherwise, naming each reading and its arithmetic.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from core.metrics import find_metric
from core.verdicts import Claim, Verification
from pipeline.verify.claims_per_share import bottom_line_metrics
from pipeline.verify.claims_qualifiers import adjusted_words

# The words of a bare earnings subject, and the words that make it one line's: "net", a
# per-share amount, a basis (GAAP, adjusted and the measures releases define), another level
# of the income statement. Knowledge as data: add a word to teach a new qualifier.
# ("the net result increased by 21%" after "underlying earnings per share of $1.26": a machine
# paraphrase of a note on a bank's quarter, its word for "the figure"; its "net" is the
# phrase's own, no qualifier)
_BARE_WORDS = re.compile(r"\b(?:earnings|profits?|net\s+results?)\b", re.I)
# each bare word, and whether it may mean a per-share amount: "earnings" is said of EPS as
# often as of net income ("earnings of $3.80 a share", "earnings beat"); "profit" of net
# income (a profit per share says so); "net result" of whichever bottom line was just quoted
_BARE_SUBJECTS = ((re.compile(r"earnings", re.I), True),
                  (re.compile(r"profits?", re.I), False),
                  (re.compile(r"net\s+results?", re.I), True))
_QUALIFYING = re.compile(
    r"\b(?:net|per|a\s+share|EPS|diluted|basic|GAAP|non-GAAP|adjusted|adj|reported|core|"
    r"underlying|comparable|normali[sz]ed|cash|economic|excluding|ex-[a-z]+|operating|"
    r"pre-?tax|before|gross|segment|attributable|continuing|bottom[- ]line)\b", re.I)
# where the figure's own clause starts: after the last figure or clause break before it
_CLAUSE_BREAK = re.compile(r"[;:]|\d[\d,.]*\s*(?:%|percent|billion|million|thousand|bn\b|"
                           r"a\s+share|per\s+(?:diluted\s+)?share)?", re.I)
# the words right after a rate that name its subject: "a 13% rise in quarterly earnings",
# "a 13% earnings gain" (through a per-share amount they may go on to name)
_SUBJECT_AFTER = re.compile(
    r"^\s*(?:(?:[\w-]+\s+){0,2}?(?:in|of)\s+)?(?:(?:the|its|their|[\w-]+['’]s?)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:earnings|profits?|net\s+results?)\b(?:\s+(?:per|a)\s+"
    r"(?:diluted\s+)?share)?",
    re.I)
_GROWTH_OF = "net_income"  # the line a bare subject's rate is read as (claims_growth)


def read_bare(claims: list[Claim], sentences: list) -> list[Claim]:
    """Each growth rate of a bare earnings subject pinned by the earnings figure quoted just
    before it, else given every reading its words leave open; other claims as they are."""
    starts = [s.start for s in sentences]
    paragraphs = [s.paragraph for s in sentences]
    adjusted = _quotes_adjusted(claims)
    out: list[Claim] = []
    for i, claim in enumerate(claims):
        per_share = _bare_subject(claim)
        if per_share is not None:
            after = claims[i + 1] if i + 1 < len(claims) else None
            pinned = _reached(claim, after) or _pinned_by(claim, out, starts, paragraphs) or (
                _restated(claim, claims[i + 1:], starts, adjusted))
            readings = _open_readings(adjusted or _is_adjusted(pinned), per_share)
            if pinned:  # the pinned line first; the others only keep a drift from standing
                readings = (pinned, *(r for r in readings if r != pinned))
            elif len(readings) < 2:
                out.append(claim)  # one reading: net income's, as read
                continue
            claim = replace(claim, basis=readings[0], readings=readings,
                            reading_pinned=pinned is not None)
        out.append(claim)
    return out


def _bare_subject(claim: Claim) -> bool | None:
    """Whether the growth rate's bare subject may be a per-share amount (its word's entry in
    ``_BARE_SUBJECTS``); None when the rate's subject is no bare earnings word."""
    row = find_metric(claim.metric)
    if (row is None or row.derivation is None or row.derivation.kind != "growth"
            or claim.basis != _GROWTH_OF or claim.entity or claim.not_checkable_reason):
        return None
    start = claim.sentence_at
    if start < 0:
        return None
    before = claim.sentence[:start]
    cut = list(_CLAUSE_BREAK.finditer(before))
    clause = before[cut[-1].end():] if cut else before
    after = claim.sentence[start + len(claim.text):]
    if adjusted_words("", after):  # "earnings rose 13% on an adjusted basis"
        return None
    named = _SUBJECT_AFTER.match(after)
    words = clause if _BARE_WORDS.search(clause) else (named.group(0) if named else "")
    # ("net income rose 13%, while profit ...": a qualifier anywhere in the clause names it)
    if not _BARE_WORDS.search(words) or _QUALIFYING.search(
            _BARE_WORDS.sub(" ", clause + " " + words)):
        return None
    word = list(_BARE_WORDS.finditer(words))[-1].group(0)
    return next(per_share for pattern, per_share in _BARE_SUBJECTS if pattern.fullmatch(word))


# "earnings slipped 13% to $3.94 billion": the level the rate reached, right after it, is the
# line it is the growth of
_TO_LEVEL = re.compile(r"^\s*,?\s*(?:to|at)\s+(?:(?:about|roughly|nearly|some)\s+)?$", re.I)


def _reached(claim: Claim, level: Claim | None) -> str | None:
    """The earnings line of the figure right after the rate, when it is the level reached."""
    if level is None or level.sentence != claim.sentence:
        return None
    start = claim.sentence_at + len(claim.text)
    gap = claim.sentence[start:claim.sentence.find(level.text, start)]
    line = _earnings_line(level)
    return line if line is not None and _TO_LEVEL.match(gap) else None


def _earnings_line(claim: Claim) -> str | None:
    """The earnings line a figure quotes (net income or its per-share amount, GAAP or not):
    its metric, or what its growth rate is of; None for any other figure or an estimate."""
    if claim.not_checkable_reason or claim.value is None or (
            claim.readings and not claim.reading_pinned):
        return None
    family = bottom_line_metrics()
    if claim.metric in family:
        return claim.metric
    row = find_metric(claim.metric)
    if row is not None and row.derivation is not None and row.derivation.kind == "growth":
        return claim.basis if claim.basis in family else None
    return _unread_adjusted_share(claim)


# "adjusted profit of $3.80 per share": an adjusted per-share amount of earnings whose metric
# went unread is still the adjusted EPS the article quotes
_EARNINGS_BEFORE = re.compile(r"\b(?:earn\w*|profits?|EPS|income)\b", re.I)


def _unread_adjusted_share(claim: Claim) -> str | None:
    start = claim.sentence_at
    if claim.metric is not None or claim.unit != "USD/share" or start < 0:
        return None
    before = claim.sentence[:start]
    after = claim.sentence[start + len(claim.text):]
    if adjusted_words(before, after) is None or not _EARNINGS_BEFORE.search(before[-60:]):
        return None
    return next((m for m in sorted(bottom_line_metrics()) if find_metric(m).unit == "USD/share"
                 and find_metric(m).non_gaap_of is not None), None)


def _pinned_by(claim: Claim, before: list[Claim], starts: list[int],
               paragraphs: list[int]) -> str | None:
    """The line of the earnings figure quoted last before ``claim``, in its paragraph or the
    sentence before it; None when there is none."""
    at = _sentence_index(starts, claim.span[0])
    for other in reversed(before):
        there = _sentence_index(starts, other.span[0])
        if paragraphs[there] != paragraphs[at] and there < at - 1:
            return None
        line = _earnings_line(other)
        if line is not None:
            return line
    return None


def _restated(claim: Claim, after: list[Claim], starts: list[int],
              adjusted: bool) -> str | None:
    """The line of the same rate restated in the next sentence by words that name one ("Acme
    earnings fall 14%" as a headline, then "Acme said fourth-quarter profit fell 14%": a wire
    story on a bank's quarter, whose headline was left unread): the same value over the same
    period (or a headline's undated one), a growth of one earnings line; None when the next
    sentence restates none."""
    at = _sentence_index(starts, claim.span[0])
    for other in after:
        there = _sentence_index(starts, other.span[0])
        if there > at + 1:
            return None
        line = _earnings_line(other) if there == at + 1 else None
        bare = _bare_subject(other)  # (restated as bare as it was: no line named)
        if bare is not None and len(_open_readings(adjusted, bare)) > 1:
            continue
        if line is not None and other.metric == claim.metric and other.value == claim.value and (
                other.unit == claim.unit and other.entity is None) and (
                claim.period_end is None  # (a headline's yearless quarter, the lead's dated)
                or (other.period_start, other.period_end) == (claim.period_start,
                                                              claim.period_end)):
            return line
    return None


def _quotes_adjusted(claims: list[Claim]) -> bool:
    """Whether the article quotes an adjusted earnings figure of the company's."""
    return any(_is_adjusted(line) for line in map(_earnings_line, claims))


def _is_adjusted(line: str | None) -> bool:
    return line is not None and find_metric(line).non_gaap_of is not None


def _open_readings(adjusted: bool, per_share: bool) -> tuple[str, ...]:
    """The lines a bare subject's rate may be of: net income first (the reading so far), its
    per-share amount when the word may mean one, and their adjusted twins when the article
    quotes an adjusted earnings figure."""
    family = [m for m in bottom_line_metrics()
              if per_share or find_metric(m).unit != "USD/share"]
    gaap = sorted((m for m in family if find_metric(m).non_gaap_of is None),
                  key=lambda m: (m != _GROWTH_OF, m))
    twins = sorted(m for m in family if find_metric(m).non_gaap_of is not None)
    return tuple(gaap) + (tuple(twins) if adjusted else ())


def _sentence_index(starts: list[int], at: int) -> int:
    return max(0, bisect.bisect_right(starts, at) - 1)


def judge(claim: Claim, verdicts: list[tuple[str, Verification]]) -> Verification:
    """The verdict of a rate under every reading the filings state (``verdicts``: reading,
    its verdict, the claim's first reading first when stated; the unstated ones left out):
    supported when every one bears it out, or the one the article pinned does; drifted only
    when every one misses it; else unverifiable, naming each reading and its value."""
    kinds = {v.verdict for _, v in verdicts}
    first_name, first = verdicts[0]
    pinned = claim.reading_pinned and first_name == claim.readings[0]
    if len(verdicts) == 1 or (pinned and first.verdict in ("supported", "stale")):
        return replace(first, claim=claim)
    if len(kinds) == 1 and kinds <= {"supported", "stale"}:
        return replace(first, claim=claim, gap=None, reason=(
            f"every reading of its words bears it out: {_shown(verdicts)}"))
    evidence = tuple(e for _, v in verdicts for e in v.evidence)
    # (a bare "earnings", or a change said of an amount and its per-share restatement)
    which = (f"the article's context points at {first_name}, but its words may also mean "
             f"{_names(verdicts[1:])}" if pinned else
             f"its words may mean {_names(verdicts)}, and nothing before it in the article "
             f"pins one")
    if kinds == {"drifted"}:
        return replace(first, claim=claim, evidence=evidence, gap=None, reason=(
            f"{which}; none bears out {claim.text}: {_shown(verdicts)}"))
    return Verification(claim, "unverifiable", evidence=evidence, reason=(
        f"{which}; the readings disagree on {claim.text}: {_shown(verdicts)}"))


def _names(verdicts: list[tuple[str, Verification]]) -> str:
    return ", ".join(name for name, _ in verdicts)


def _shown(verdicts: list[tuple[str, Verification]]) -> str:
    return "; ".join(f"{name} {v.verdict} ({v.arithmetic or v.reason or v.filed_value})"
                     for name, v in verdicts)
