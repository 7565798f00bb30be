"""Verdict discipline: ``supported`` or ``drifted`` only when a claim resolves to exactly one
filed figure; otherwise ``unverifiable``, saying what was ambiguous.

The ways a claim fails to resolve to one figure:
- the filing's readings of the figure disagree and no better reading decides (``disputed``,
  see ``core.readings``): which one is the figure is not ours to guess;
- the article states no period, and the filing states the figure for several periods with
  values none of which bears the claim out: calling it drifted would compare it with a period
  the article may not mean (real articles set the period in the headline or a sentence before);
- the claim's sentence names no period, the one it has is carried from earlier in the article,
  and the filing states the very figure for another period (``carried_elsewhere``): a
  Zacks recap of Citizens' 4Q21 went from "In 2021, revenues were ..." back to the quarter's
  net interest margin without saying so; the margin is the quarter's, not the year's;
- the article names no period at all, and the figure fits only a period before the latest one
  of its kind the filings state (``earlier_only``): a hedged "nearly $3 billion" of cash in a
  stock note fitted the year-before balance, not the year's $0.8 billion;
- the filing prints the metric on two lines (Costco's "Net sales" and "Total revenue"), its tag
  chose one, and the claim disagrees with that one (``two_lines``): the article may quote the
  other line, so a difference is not a drift.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.metrics import all_metrics, find_metric
from core.verdicts import Claim, Verification
from pipeline.verify import yearless_days
from pipeline.verify.claims_periods import is_base
from pipeline.verify.period_math import undated_parts
from pipeline.verify.tolerance import BOUNDS, fits
from warehouse.records import StoredFact

_SHOWN_PERIODS = 6
CARRIED = "the sentence names no period"
ANOTHER = "the figure is filed as another"


def standing(candidates: list[StoredFact]) -> list[StoredFact]:
    """The readings a verdict may rest on: an overruled reading is never evidence."""
    return [sf for sf in candidates if sf.resolution != "overruled"]


def disputed(claim: Claim, fact: StoredFact,
             candidates: list[StoredFact]) -> Verification | None:
    """Unverifiable, naming both readings, when the figure chosen is disputed in its filing."""
    if fact.resolution != "disputed":
        return None
    rivals = [sf for sf in candidates if sf.accession == fact.accession
              and sf.resolution == "disputed" and sf.fact.key() == fact.fact.key()]
    readings = "; ".join(f"{_money(sf)} ({_where(sf)})" for sf in rivals)
    return Verification(claim, "unverifiable", reason=(
        f"the {fact.form} filed {fact.filed_date} reads {fact.fact.metric} two ways and no XBRL "
        f"tag decides: {readings}"))


def unpinned(claim: Claim, relied: list[StoredFact], matches,
             named_twice: bool = False) -> Verification | None:
    """Unverifiable when the claim names no period (or a fiscal year the filer's naming leaves
    ambiguous, ``named_twice``) and no single filed figure is meant.

    ``matches(sf)`` says whether a reading bears the claim out; one that does pins the claim
    (its period is the one the article means, as far as the filings can tell).
    """
    if (claim.period_end is not None and not named_twice) or any(matches(sf) for sf in relied):
        return None
    periods = sorted({(sf.fact.period_start, sf.fact.period_end) for sf in relied},
                     key=lambda p: (p[1] is None, p[1], p[0] is None, p[0]))
    # a quarter named without its year that no loaded filing reports ("up from $51.1M in Q1"
    # in a brief on a second quarter): the one year the filings state it for need not be the
    # article's, so a mismatch is no drift (report_period's promise)
    undated = undated_parts(claim.period_label)
    yearless = undated is not None or yearless_days.day_of(claim.period_label) is not None
    if len(periods) < 2 and not named_twice and not yearless:
        return None
    shown = []
    for start, end in periods[:_SHOWN_PERIODS]:
        values = sorted({sf.fact.value for sf in relied
                         if (sf.fact.period_start, sf.fact.period_end) == (start, end)})
        span = f"{start}..{end}" if start else f"as of {end}"
        shown.append(f"{span}: {', '.join(f'{v:,f}' for v in values)}")
    more = "..." if len(periods) > _SHOWN_PERIODS else ""
    return Verification(claim, "unverifiable", gap=None if named_twice or yearless else (
        "no_period"), reason=(
        f"{_unpinned_period(named_twice, yearless, undated is not None and not undated.quarter)}"
        f", and the {relied[0].form} filed {relied[0].filed_date} states "
        f"{relied[0].fact.metric} for {len(periods)} periods, none of them "
        f"{claim.text}: {'; '.join(shown)}{more}"))


def earlier_only(claim: Claim, candidates: list[StoredFact], matches) -> Verification | None:
    """Unverifiable when a claim that names no period at all bears out only a period before the
    latest one the filings state, whose own figure differs: "nearly $3 billion in excess cash"
    in a stock note on a data-analytics maker's year fitted only the year-before balance
    ($2.6 billion, the hedge admitting ±$1 billion), while the year's was $0.8 billion. An
    article most often means the period just reported; a match with an older one pins
    nothing."""
    # (a period named in part, "the fourth quarter" with no year, or vaguely, "late 2025", is
    # the article's own pointer: the value decides among the periods it may be)
    if claim.period_end is not None or claim.period_label is not None or _named_as_earlier(claim):
        return None
    fitting = [sf for sf in candidates if matches(sf)]
    if not fitting or not all(_later_of_its_kind(sf, candidates) for sf in fitting):
        return None
    latest = max((sf for sf in candidates if _kind(sf) == _kind(fitting[0])),
                 key=lambda sf: sf.fact.period_end)
    shown = sorted({sf.fact.period_end for sf in fitting})
    return Verification(claim, "unverifiable", gap="no_period", reason=(
        f"no period stated, and {claim.text} bears out only an earlier period's "
        f"{claim.metric} (ended {', '.join(map(str, shown))}), while the latest such period the "
        f"{latest.form} filed {latest.filed_date} states (ended {latest.fact.period_end}) reads "
        f"{latest.fact.value:,f}; the article may mean either"))


def _kind(sf: StoredFact) -> int | None:
    """A period's kind: None for a balance on a day, else its length in months."""
    start, end = sf.fact.period_start, sf.fact.period_end
    return None if start is None or end is None else round((end - start).days / 30.44)


def _later_of_its_kind(sf: StoredFact, candidates: list[StoredFact]) -> bool:
    """Whether the filings state a period of the same kind ending after this one's."""
    return sf.fact.period_end is not None and any(
        other.fact.period_end is not None and other.fact.period_end > sf.fact.period_end
        and _kind(other) == _kind(sf) for other in candidates)


# A comparison's base, said to be of an earlier period though no period is named: "above the
# $4.88 seen one year ago", "rising from $9.56 billion year-over-year" (an Australian site on a
# streamer's quarter that names no quarter): its match with an earlier period is what it says
# (an abbreviation's full stop, "the U.S.", ends no clause)
_EARLIER_AFTER = re.compile(r"^(?:[^.;]|\.(?=\S)|(?<=[A-Z])\.){0,45}?\b(?:(?:a|one)\s+year\s+"
                            r"(?:ago|earlier|before)|year[- ](?:over|on)[- ]year|last\s+year|"
                            r"(?:prior|previous)[- ]year|year[- ]ago|"
                            r"in\s+the\s+(?:prior|previous|same)\b)", re.I)


def _named_as_earlier(claim: Claim) -> bool:
    at = claim.sentence_at
    if at < 0:
        return False
    end = at + len(claim.text)
    return bool(_EARLIER_AFTER.match(claim.sentence[end:end + 60])
                or is_base(_HEDGE_END.sub("", claim.sentence[:at])))  # "from (about) $X"


_HEDGE_END = re.compile(r"(?:about|roughly|nearly|around|approximately)\s+$", re.I)


def unpinned_ratio(claim: Claim, pairs: list[tuple], matches) -> Verification | None:
    """Unverifiable when a rate recomputed from two lines names no period, the filings state
    those lines for more than one, and no period's rate bears it out (as ``unpinned`` for a
    filed figure: which period is meant is not said, so a mismatch is no drift); or when only
    an earlier period's rate does (``earlier_only_ratio``)."""
    periods = sorted({(a.fact.period_start, a.fact.period_end) for a, _ in pairs},
                     key=lambda p: (p[1] is None, p[1], p[0] is None, p[0]))
    if claim.period_end is not None or len(periods) < 2:
        return None
    if any(matches(p) for p in pairs):
        return earlier_only_ratio(claim, pairs, matches)
    shown = "; ".join(f"{start}..{end}" if start else f"as of {end}"
                      for start, end in periods[:_SHOWN_PERIODS])
    more = "..." if len(periods) > _SHOWN_PERIODS else ""
    return Verification(claim, "unverifiable", gap="no_period", reason=(
        f"no period stated, and the filings state the lines of {claim.metric} for "
        f"{len(periods)} periods, whose rates are none of them {claim.text}: {shown}{more}"))


def earlier_only_ratio(claim: Claim, pairs: list[tuple], matches) -> Verification | None:
    """``earlier_only`` for a rate recomputed from two lines: an undated "gross margin of 47
    percent" in a tech site's recap of a chip maker's quarter fitted only the year-before six
    months (47.0%), while the quarter's and the half's own rates were 46% and 45%. Which
    period is meant is not said, and a match with an older one pins nothing."""
    if claim.period_end is not None or claim.period_label is not None or _named_as_earlier(claim):
        return None
    fitting = [pair[0] for pair in pairs if matches(pair)]
    firsts = [pair[0] for pair in pairs]
    if not fitting or not all(_later_of_its_kind(a, firsts) for a in fitting):
        return None
    latest = max((a for a in firsts if _kind(a) == _kind(fitting[0])),
                 key=lambda sf: sf.fact.period_end)
    shown = ", ".join(sorted({f"{a.fact.period_start}..{a.fact.period_end}" for a in fitting}))
    return Verification(claim, "unverifiable", gap="no_period", reason=(
        f"no period stated, and {claim.text} bears out only an earlier period's "
        f"{claim.metric} ({shown}), while the latest such period the {latest.form} filed "
        f"{latest.filed_date} states (ended {latest.fact.period_end}) differs; the article may "
        "mean either"))


def _unpinned_period(named_twice: bool, yearless: bool, which_quarter: bool = False) -> str:
    if named_twice:
        return "the fiscal period named may be either of two"
    if which_quarter:  # "last quarter" outside a comparison: the one just reported, or before
        return ("which quarter is meant is not said (a quarter with no number, or \"last "
                "quarter\", which may be the one just reported or the one before)")
    return "the period is named without its year" if yearless else "no period stated"


def _money(sf: StoredFact) -> str:
    return f"{sf.fact.value:,f} {sf.fact.unit}"


def _where(sf: StoredFact) -> str:
    source = sf.fact.sources[0] if sf.fact.sources else None
    return f"{source.extractor}: {source.locator()}" if source else sf.filename


def two_lines(claim: Claim, fact: StoredFact, facts: list[StoredFact]) -> Verification | None:
    """Unverifiable, naming both lines, when the filing of ``fact`` also reads its metric from
    another line (an overruled reading of a different row label)."""
    row = _row(fact)
    others = sorted({_row(sf) for sf in facts if sf.accession == fact.accession
                     and sf.fact.metric == fact.fact.metric and sf.resolution == "overruled"
                     and _row(sf) and _row(sf) != row})
    if not others or not row:
        return None
    quoted = ", ".join(f"'{line}'" for line in [row, *others])
    return Verification(claim, "unverifiable", reason=(
        f"the {fact.form} filed {fact.filed_date} prints {fact.fact.metric} on more than one line "
        f"({quoted}); its tag chose '{row}' ({fact.fact.value:,f}), which does not bear out "
        f"{claim.text}, and the article may quote another line"))


def _row(sf: StoredFact) -> str:
    source = sf.fact.sources[0] if sf.fact.sources else None
    return (source.row or "").strip() if source else ""


def carried_elsewhere(claim: Claim, fact: StoredFact, facts: list[StoredFact], matches,
                      names_period) -> Verification | None:
    """Unverifiable, not drifted, when the claim's period is only carried from an earlier
    sentence (``names_period(sentence)`` is false) and a loaded filing states this very figure
    (``matches``) for another period of the same metric and entity."""
    if names_period(claim.sentence):
        return None
    others = [sf for sf in standing(facts) if sf.fact.metric == fact.fact.metric
              and sf.fact.entity == fact.fact.entity
              and (sf.fact.period_start, sf.fact.period_end)
              != (fact.fact.period_start, fact.fact.period_end) and matches(sf)]
    if not others:
        return None
    other = others[0]
    span = _span(other)
    return Verification(claim, "unverifiable", reason=(
        f"{CARRIED}: for {claim.period_label}, carried from earlier in the "
        f"article, the {fact.form} filed {fact.filed_date} states {_money(fact)}, but it states "
        f"{claim.text} for {span} ({_where(other)}); the article does not say which it means"))


def carried_with_its_sentence(results: list[Verification]) -> list[Verification]:
    """A drifted figure of a sentence whose other figure ``carried_elsewhere`` found filed for
    another period than the one carried ("The non-interest income increased 3% year over year
    to $594 million": $594 million is the quarter's, so the 3% is not the year's either):
    unverifiable, for the same reason."""
    return _doubt_drifted_beside(results, CARRIED, lambda v: (
        f"{CARRIED}, and another figure of it is the filing's figure for another period than "
        f"the one carried from earlier in the article ({v.claim.period_label}); this one is not "
        f"judged against the carried period either"))


def _doubt_drifted_beside(results: list[Verification], marker: str,
                          reason_of) -> list[Verification]:
    """Every drifted figure of a sentence in which another figure was made unverifiable for
    the reason that opens with ``marker`` becomes unverifiable too, with ``reason_of(v)``."""
    doubted = {v.claim.sentence for v in results
               if v.verdict == "unverifiable" and (v.reason or "").startswith(marker)}
    return [replace(v, verdict="unverifiable", gap=None, reason=reason_of(v))
            if v.verdict == "drifted" and v.claim.sentence in doubted else v for v in results]


def no_drift_when_disputed(verification: Verification, pairs: list[tuple]) -> Verification:
    """A rate recomputed from figures the filing prints two ways (Microsoft's FY2013 segment
    note and its MD&A's one-segment tables) is supported when one way's pair bears it out;
    when none does, which way the article means is unknown: unverifiable, never drifted."""
    disputed = [sf for pair in pairs for sf in pair if sf.resolution == "disputed"]
    if verification.verdict != "drifted" or not disputed:
        return verification
    first = disputed[0]
    return replace(verification, verdict="unverifiable", gap=None, reason=(
        f"the {first.form} filed {first.filed_date} prints {first.fact.metric} of "
        f"{first.fact.entity or 'the company'} in more than one table with different values, "
        f"and no table's figures bear out {verification.claim.text} "
        f"({verification.arithmetic or ''})"))


# "earnings of $1.47 per share, which surpassed the Zacks Consensus Estimate of $1.37" (a
# recap of Spire's fiscal Q1 2024): the per-share figure analysts forecast, and an article
# sets against their consensus, is most often the company's adjusted one (Spire's "net
# economic earnings", $1.47, where its GAAP diluted EPS was $1.52)
_AGAINST_ANALYSTS = re.compile(r"\b(?:consensus|estimates?|expectations?|analysts?)\b", re.I)


def set_against_analysts(claim: Claim) -> bool:
    """Whether a GAAP per-share figure is set against analysts' estimates (then most often
    the adjusted figure, whatever its words)."""
    row = find_metric(claim.metric)
    return row is not None and row.unit == "USD/share" and row.non_gaap_of is None and bool(
        _AGAINST_ANALYSTS.search(claim.sentence))


def measured_by_analysts(verification: Verification) -> Verification:
    """A ``drifted`` GAAP per-share figure whose sentence sets it against analysts' consensus
    or estimates becomes ``unverifiable``: the article may quote the adjusted figure, which
    differs from the GAAP one. Every other verdict is returned as it is."""
    claim = verification.claim
    if verification.verdict != "drifted" or not set_against_analysts(claim) or not any(
            other.non_gaap_of == claim.metric for other in all_metrics()):
        return verification
    return replace(verification, verdict="unverifiable", gap=None, reason=(
        f"a per-share figure the sentence sets against analysts' estimates, which most often "
        f"track the adjusted figure, not the GAAP one the filing's tag states "
        f"({verification.reason or ''})"))


def sign_unread(verification: Verification) -> Verification:
    """A ``drifted`` figure of a metric an article signs in words (a loss, a recapture of
    provisions) whose size is the filed figure's, the sign aside, becomes ``unverifiable``: the
    article may have said the sign in words the verifier does not read ("provision for credit
    losses was $254 million" of PNC's (254) recapture), so the difference proves nothing."""
    claim, filed = verification.claim, verification.filed_value
    row = find_metric(claim.metric)
    if (verification.verdict != "drifted" or row is None or not row.sign_words
            or filed is None or claim.value is None or filed * claim.value >= 0
            or not fits(replace(claim, value=-claim.value), filed)):
        return verification
    return replace(verification, verdict="unverifiable", gap=None, reason=(
        f"the filing states {filed:,} ({claim.metric}): the article's figure has its size but "
        "not its sign, which the article may state in words the verifier does not read"))


def filed_as_another(results: list[Verification],
                     facts: list[StoredFact]) -> list[Verification]:
    """A ``drifted`` figure of a sentence that quotes several figures, which a loaded filing
    states at the article's precision as another figure (another line, part, period or metric),
    becomes ``unverifiable``, naming that figure: the claim is not pinned to the one compared.
    Binding each figure of a list, a "from A to B" or a quarter beside its year to date to
    the right line and period is where a reading goes wrong (one segment's revenue read as
    another's in a list of segments, a year-to-date total read as the quarter's, last year's
    quarter after this year's), and the figure the article quotes is then a filed one. A
    figure alone in its sentence is judged on the reading: an article that gives a segment
    the company's total, or a quarter last year's figure, is wrong (drifted). Bounds and
    ranges ("more than $500 million") fit many figures and are judged as they are."""
    crowded = crowded_sentences(results)
    return [_another(v, facts) if v.claim.sentence in crowded else v for v in results]


def crowded_sentences(results: list[Verification]) -> set[str]:
    # a figure of no unit counts too ("$863 million revenue ... 1.7 million devices sold")
    count: dict[str, int] = {}
    for v in results:
        if v.claim.value is not None:
            count[v.claim.sentence] = count.get(v.claim.sentence, 0) + 1
    return {sentence for sentence, n in count.items() if n > 1}


def _another(verification: Verification, facts: list[StoredFact]) -> Verification:
    claim = verification.claim
    if (verification.verdict != "drifted" or claim.value is None or claim.unit is None
            or claim.qualifier in BOUNDS or claim.low is not None):
        return verification
    compared = {e.fact_id for e in verification.evidence}
    others = sorted((sf for sf in standing(facts) if sf.fact.unit == claim.unit
                     and sf.fact_id not in compared and sf.fact.value
                     and sf.fact.value != verification.filed_value
                     and fits(claim, sf.fact.value) and _may_be_meant(claim, sf)),
                    key=lambda sf: _nearness(claim, sf))
    if not others:
        return verification
    other = others[0]
    return replace(verification, verdict="unverifiable", gap=None, reason=(
        f"{ANOTHER}: the {other.form} filed {other.filed_date} states {claim.text} as "
        f"{other.fact.metric} of {other.fact.entity or 'the company'} for {_span(other)} "
        f"({_money(other)}; {_where(other)}); its sentence quotes several figures and the "
        f"article may mean that one, so its difference from the one compared proves nothing "
        f"({verification.reason or ''})"))


def _may_be_meant(claim: Claim, sf: StoredFact) -> bool:
    """Whether a misreading could bind the claim to ``sf``: the same line at another period
    or part, or another line of the same period. A part's line of another period and another
    metric is a coincidence of digits (a bank's release: "total revenues were $5.6 billion"
    against 5,684 equals a year-earlier average lease-financing balance, 5,558; such a match
    held back every drift of a release with a thousand figures)."""
    return (sf.fact.metric == claim.metric or claim.period_end is None
            or sf.fact.period_end == claim.period_end or not sf.fact.entity)


def _nearness(claim: Claim, sf: StoredFact) -> tuple:
    """The other figure most like the claim first: its metric, then its period."""
    return (sf.fact.metric != claim.metric, sf.fact.period_end != claim.period_end,
            sf.fact.entity or "", str(sf.fact.period_end), sf.fact_id)


def _span(sf: StoredFact) -> str:
    return (f"{sf.fact.period_start}..{sf.fact.period_end}" if sf.fact.period_start
            else f"as of {sf.fact.period_end}")


def with_its_unpinned_figure(results: list[Verification]) -> list[Verification]:
    """A drifted figure of a sentence whose other figure ``filed_as_another`` found filed as
    another line or period (a segment's level and its growth rate, both read as the company's
    total): the sentence's subject or period is in doubt, so this figure is not judged against
    the reading either: unverifiable."""
    return _doubt_drifted_beside(results, ANOTHER, lambda v: (
        f"another figure of its sentence is filed as another line or period than the one "
        f"read, so the sentence's subject or period is in doubt and this figure is not judged "
        f"against that reading either ({v.arithmetic or v.reason or ''})"))
