"""An article's growth of a part, compared with the growth the filer's own sentence states for
the part in the same words (``extractors.growth_prose``: "growth in <part> (N percent)").

A release's words for a part need not be a table row's: USB's Q4 2021 release says "other
retail loans (20.3 percent)" of the row labelled only "Other" under its "Total other retail"
heading (+7.2%). Recomputing the article's copy of those words from the "Total other retail"
row would drift a true figure; picking the "Other" row because its value fits would support
by value alone. The filer's own statement settles it: a growth claim of a part whose words
equal (after ``_words``) the filer's words for exactly one stated growth of the claim's period
is supported when the figure fits it and states no finer digit than the filer's. Anything
short of that, and any figure that does not fit, is left to the recomputation
(``derive.verify_growth``): this module never drifts.
"""

from __future__ import annotations

import re

from core.verdicts import Claim, Verification
from pipeline.verify import discipline, match, period_fit
from pipeline.verify.claims_changes import is_sequential
from pipeline.verify.part_words import singular
from pipeline.verify.tolerance import claim_tolerance, fact_tolerance, fits, tolerance_for
from warehouse.records import StoredFact

METRIC = "stated_part_growth"
# A part's last word that only says what kind of figure grew ("other retail loans" is the
# filer's "other retail"), dropped before words are compared
_KIND_WORDS = ("loans", "loan", "balances", "balance")


def stated_growth(claim: Claim, facts: list[StoredFact]) -> Verification | None:
    """Supported by the filer's stated growth of the part the claim names in the filer's
    words, or None when no single stated growth of that part and period fits the figure."""
    if not claim.entity or claim.period_end is None or claim.unit != "percent":
        return None
    if _names_base(claim):
        return None  # the stated growth is over a year earlier; the article names its base
    words = _words(claim.entity)
    wanted = match.Wanted(METRIC, "percent", claim.period_label, claim.period_start,
                          claim.period_end)
    calendar = match.calendar_for(facts)
    found = [sf for sf in discipline.standing(facts) if sf.fact.metric == METRIC
             and sf.fact.basis is None and sf.fact.entity and _words(sf.fact.entity) == words
             and period_fit.period_matches(wanted, sf, calendar)]
    if len({sf.fact.value for sf in found}) != 1:
        return None  # none stated, or the filer states two figures for these words
    return _supported(claim, found, "growth")


def _supported(claim: Claim, found: list[StoredFact], what: str) -> Verification | None:
    # a figure finer than the filer's ("9.2%" against its "9 percent") is not borne out by it:
    # the rounded statement holds for 8.5% as well
    fits_it = [sf for sf in found if claim_tolerance(claim) >= fact_tolerance(sf)
               and fits(claim, sf.fact.value, tolerance_for(claim, sf))]
    if not fits_it:
        return None
    relied = match.latest_filing(fits_it)[-1]
    return Verification(claim, "supported", filed_value=relied.fact.value,
                        delta=claim.value - relied.fact.value,
                        evidence=(match.evidence_of(relied),),
                        arithmetic=f"the filer states the {what} of {relied.fact.entity} as "
                                   f"{relied.fact.value}%")


# A part's last word that only says what kind of thing the name is ("our <Name> architecture")
_NAME_KINDS = ("architecture", "platform", "platforms", "products", "product", "family",
               "business")


def sequential_growth(claim: Claim, facts: list[StoredFact]) -> Verification | None:
    """A rate against the previous quarter whose words name no filed line ("the <Name> Data
    Center platform grew 17% sequentially", a trade site on a chip maker's 10-Q), supported
    by the filer's own sentence for the part its name words name ("our <Name> architecture,
    which grew 17% sequentially": ``extractors.stated_rates``), when exactly one such stated
    figure of the period is named in the clause and fits; None else (never drifted: the
    article's words may name something else that grew)."""
    if claim.unit != "percent" or claim.period_end is None or claim.value is None:
        return None
    at = claim.sentence_at
    before, after = claim.sentence[:max(at, 0)], claim.sentence[max(at, 0) + len(claim.text):]
    if at < 0 or not is_sequential(before, after):
        return None
    clause = re.split(r"[;:]", before)[-1]
    wanted = match.Wanted(METRIC, "percent", claim.period_label, claim.period_start,
                          claim.period_end)
    calendar = match.calendar_for(facts)
    found = [sf for sf in discipline.standing(facts) if sf.fact.metric == METRIC
             and sf.fact.basis == "sequential" and _named_in(sf.fact.entity or "", clause)
             and period_fit.period_matches(wanted, sf, calendar)]
    if len({sf.fact.value for sf in found}) != 1:
        return None
    return _supported(claim, found, "sequential growth")


def part_sequential(claim: Claim, own: Verification, facts: list[StoredFact]) -> Verification:
    """A part's sequential rate that no filed line of the part recomputes ("<Name> Data Center
    revenue grew 17% sequentially", a machine-written summary's bullet on a chip maker's
    quarter: the part read as "<Name> Data Center", of which no revenue is filed), supported
    by the filer's own sentence for it as ``sequential_growth`` reads it; ``own`` (the
    recomputation's verdict) else, and always where it found the part's figures."""
    if own.verdict != "unverifiable" or not claim.entity:
        return own
    return sequential_growth(claim, facts) or own


def _named_in(entity: str, clause: str) -> bool:
    """Whether every name word of a part (its kind word dropped) stands in the clause as the
    capitalised word it is."""
    words = [w for w in entity.split() if w.lower() not in _NAME_KINDS]
    return bool(words) and all(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", clause)
                               for w in words)


def _names_base(claim: Claim) -> bool:
    from pipeline.verify.derive_changes import growth_base

    stated, refused = growth_base(claim, match.Wanted.of(claim))
    if refused:
        return True
    if stated is None:
        return False
    return not (stated.period_end and claim.period_end
                and (claim.period_end - stated.period_end).days in range(364, 368))


def _words(entity: str) -> tuple[str, ...]:
    """A part's words, lower case, its kind word dropped and its last word singular."""
    words = [w for w in entity.lower().replace("-", " ").split() if w != "the"]
    if len(words) > 1 and words[-1] in _KIND_WORDS:
        words = words[:-1]
    if words:
        words[-1] = singular(words[-1])
    return tuple(words)
