"""A level whose words point back at the figure the sentence before quoted, and name no metric
of their own: "The bank earned $1.07 a share. Results compare with the prior-year quarter's
figure of 95 cents" (a recap of a bank's quarter), "... net income of $1.1 billion. That's a
drop from $1.8 billion in the first quarter" (a local paper on a bank's quarter). Such a figure
is of the metric of the sentence before's last figure of its unit, the company's own, and is
read only as the first figure of its sentence (a later one has a figure nearer it)."""

from __future__ import annotations

import re
from dataclasses import replace

from core.metrics import find_metric
from core.verdicts import Claim
from pipeline.verify.claims_change_words import COMPARED_WITH, change_metrics
from pipeline.verify.claims_modality import GUIDANCE, REASONS

# the nouns that stand for a figure already quoted ("the prior-year figure of", "a tally of")
_FIGURE_NOUNS = r"figure|tally|number|result|mark"
_NOUN_OF = re.compile(rf"\b(?:{_FIGURE_NOUNS})\s+of\s+(?:about\s+|roughly\s+|nearly\s+)?$", re.I)
# a sentence that opens on the change from the figure: "That's a drop from", "This is up from"
_OPENS_ON_CHANGE = re.compile(
    r"^\W*(?:that|this|it)(?:['’]s|\s+is|\s+was|\s+marks|\s+represents)\s+(?:an?\s+)?"
    r"(?:\w+\s+)?(?:drop|decline|decrease|fall|dip|slide|rise|increase|gain|jump|improvement|"
    r"up|down)\s+(?:from|" + COMPARED_WITH + r")\s+(?:about\s+|roughly\s+|nearly\s+)?$",
    re.I)


# "... reporting $95.4 billion in revenue during the three-month period. That compares to
# $90.75 billion during the same quarter a year ago." (a repost of a wire story on a phone
# maker's quarter): a sentence that opens on the comparison gives the figure before's base
_OPENS_ON_COMPARES = re.compile(r"^\W*(?:that|this|it|the\s+figure|the\s+result)\s+"
                                r"(?:compares|compared)\s+(?:to|with)\s+(?:about\s+|roughly\s+|"
                                r"nearly\s+|an?\s+|the\s+)?$", re.I)


# "Revenue rose 15.6% year on year. From $33.7 billion in 2023 to $39 billion in 2024." (a
# blog's bullets on a streamer's year): a sentence that opens on "From" gives the two levels of
# the growth the sentence before quoted
_OPENS_ON_FROM = re.compile(r"^\W*from\s+(?:about\s+|roughly\s+|nearly\s+)?$", re.I)


# "The company posted a loss of $1 million. On the bright side, that's far better than the $45
# million loss it suffered at this time last year" (a games site on a publisher's quarter): a
# sentence that sets the figure before against its base by a comparative
_OPENS_ON_COMPARED = re.compile(
    r"^\W*(?:(?:on\s+the\s+)?[a-z]+(?:\s+[a-z]+){0,3},\s+)?(?:that|this|it)(?:['’]s|\s+is|"
    r"\s+was)\s+(?:(?:far|much|a\s+lot|significantly|well|slightly|still|an?)\s+)*"
    r"(?:better|worse|smaller|narrower|lower|higher|less|more)(?:\s+\w+)?\s+than\s+"
    r"(?:the|an?)\s+$", re.I)


# "The chain sees comparable sales up 2% next year. That comes on top of a rise of 4.1% this
# year" (the shape of a wire story on a department store's year): a sentence that adds the figure
# before to a change of the same measure in another period
_OPENS_ON_TOP = re.compile(
    r"^\W*(?:that|this|it)(?:['’]s|\s+is|\s+was|\s+comes?|\s+came)\s+on\s+top\s+of\s+"
    r"(?:the|an?|its)\s+(?:\w+\s+)?(?:increase|rise|gain|growth|jump|improvement|decline|"
    r"decrease|drop|fall)\s+of\s+(?:about\s+|roughly\s+|nearly\s+)?$", re.I)


# "... than the $45 million loss on the sale of equipment": an item of its own after the figure
_ITEM_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:loss(?:es)?|gains?|charges?|impairments?|"
                         r"write-?(?:downs?|offs?))\s+(?:on|from|related|for|in\s+connection)\b",
                         re.I)


def points_back(head: str, tail: str = "") -> bool:
    """Whether the words before a sentence's first figure point back at an earlier figure
    (``tail``: the words after the figure, which may name an item of its own instead)."""
    return (_NOUN_OF.search(head) is not None or _OPENS_ON_CHANGE.match(head) is not None
            or _OPENS_ON_FROM.match(head) is not None
            or _OPENS_ON_COMPARES.match(head) is not None or _OPENS_ON_TOP.match(head) is not None
            or _OPENS_ON_COMPARED.match(head) is not None and not _ITEM_AFTER.match(tail))


def pointed_at(earlier: tuple[Claim, ...], unit: str | None) -> Claim | None:
    """The sentence before's last figure of ``unit`` with a metric of the company's own: a
    level (never a change, a rate of change or an estimate), of no part."""
    if earlier and (grown := _grown(earlier[-1], unit)) is not None:
        return grown
    for claim in reversed(earlier):
        if claim.unit != unit or claim.metric is None:
            continue
        row = find_metric(claim.metric)
        if (row is None or row.derivation is not None or claim.entity is not None
                or claim.not_checkable_reason and not _forecast(claim)):
            return None
        return claim
    return None


def _grown(claim: Claim, unit: str | None) -> Claim | None:
    """The level a growth rate of the company's own is the change of, as a claim of that
    metric ("Revenue rose 15.6%" -> revenue), when that metric is of ``unit``; else None. The
    rate's basis names what grew; none, the growth row's own input (the registry's)."""
    growth = find_metric(claim.metric)
    if (growth is None or growth.name not in change_metrics() or claim.entity is not None
            or claim.not_checkable_reason):
        return None
    row = find_metric(claim.basis or growth.derivation.inputs[0][0])
    if row is None or row.unit != unit or not row.is_stored:
        return None
    return replace(claim, metric=row.name, unit=unit, basis=None)


def _forecast(claim: Claim) -> bool:
    """A figure the filer forecasts: its measure is a filed one, for a period to come (the
    figure pointing back at it is that measure's, and its own words say whether it is
    forecast too)."""
    return (claim.not_checkable_reason or "").startswith(REASONS[GUIDANCE])


def beneath_forecast(claim: Claim, earlier: tuple[Claim, ...], head: str) -> bool:
    """Whether a sentence's first figure is the change a forecast of the sentence before builds
    on ("sees comparable sales up 2% next year. That comes on top of a rise of 4.1% this
    year"): that forecast's base, whose period is no new period of the article."""
    pointed = pointed_at(earlier, claim.unit)
    return (pointed is not None and _forecast(pointed) and claim.metric == pointed.metric
            and _OPENS_ON_TOP.match(head) is not None)
