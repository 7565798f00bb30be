"""Claims made from a span of an article's text rather than one figure: a range's two ends merged
into one claim, full dates and shares written in words kept as not_checkable; and the
deterministic id of a claim's span.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from decimal import Decimal

from core.metrics import find_metric
from core.verdicts import Article, Claim
from pipeline.verify import claims_context as ctx
from pipeline.verify import claims_metric_form as form
from pipeline.verify.claims_figure import Figure


def merge_ranges(article: Article, sentence: ctx.Sentence, figures: list[Figure],
                 claims: list[Claim]) -> list[Claim]:
    """'$40–50 billion', '$40 billion to $50 billion', 'between 20% and 25%' are ONE claim with
    low and high ends. A per-share price range stays two claims: the filings state its ends as
    two figures (price_range_low/high), each with its own successor (the offering price)."""
    out: list[Claim] = []
    i = 0
    while i < len(claims):
        low, high = claims[i], claims[i + 1] if i + 1 < len(claims) else None
        if high is not None and figures[i].range_role == "low" and low.metric is None and (
                whole := form.range_of_part().get(high.metric or "")):
            # "between 13,000 and 18,000 part-time associates": the words after the range name
            # both its ends
            low = replace(low, metric=find_metric(whole).range_parts[0])
        if (high is None or figures[i].range_role != "low" or figures[i + 1].range_role != "high"
                or _is_split_range(low) and not _both_unchecked(low, high)):
            out.append(low)
            i += 1
            continue
        start, end = low.span[0], high.span[1]
        out.append(_range_unchecked(article.text, replace(
            low, claim_id=claim_id(article, (start, end)),
            text=article.text[start:end], span=(start, end),
            # (ends by value: "-2% to -5%" is written by size, the range is -5..-2)
            tolerance=max(low.tolerance, high.tolerance), **_ends(low.value, high.value),
            metric=low.metric or high.metric, period_label=low.period_label or high.period_label,
            period_start=low.period_start or high.period_start,
            period_end=low.period_end or high.period_end,
            not_checkable_reason=low.not_checkable_reason or high.not_checkable_reason)))
        i += 2
    return out


def _ends(first, second) -> dict:
    if first is not None and second is not None and first > second:
        first, second = second, first
    return {"low": first, "high": second}


RANGE_REASON = ("a range of amounts or rates (an outlook, a target, an authorization or an "
                "estimate), not a figure a filing reports: filings state one value")

# the join of a range an article sets, never a change's base and level: "$4.0–$4.5 billion",
# "between 5% and 7%"; "$1.9 billion to $2.55 billion" may be a change ("rose from ... to"),
# judged as it is
_SET_RANGE_JOIN = re.compile(r"^\s*(?:–|—|-|and)\s*$")

# a verb of result right before the range: the article reports the figure, within the range
_RESULT_BEFORE = re.compile(r"\b(?:was|were|totall?ed|reached|came\s+in\s+at|stood\s+at|"
                            r"amounted\s+to|reported|posted)\s+(?:about\s+|roughly\s+|"
                            r"approximately\s+|between\s+)?$", re.I)
# units whose ranges no filing reports as a result; a filing may state a count as a range
# ("between 13,000 and 18,000 part-time associates")
_UNRANGED_UNITS = ("USD", "USD/share", "percent")


def _range_unchecked(text: str, claim: Claim) -> Claim:
    """A range of money, per-share amounts or rates written with a dash or "between": not
    checkable, whatever metric it names. A filed result is one value; a range that misses it is
    no drift (Union Pacific's 2024 10-K and "$4.0–$4.5 billion in share repurchases", a plan)."""
    if claim.not_checkable_reason or claim.unit not in _UNRANGED_UNITS:
        return claim
    at = claim.sentence_at
    if at >= 0 and _RESULT_BEFORE.search(claim.sentence[:at]):
        return claim  # "Revenue was $500–520 million in 2025": a result, judged by its ends
    gap = text[claim.span[0]:claim.span[1]]
    joins = re.findall(r"\s*(?:–|—|-|\band\b|\bto\b|\bthrough\b)\s*", gap)
    set_join = any(_SET_RANGE_JOIN.match(j) for j in joins) and not any(
        j.strip() in ("to", "through") for j in joins)
    if not (set_join or at >= 0 and _set_by_words(claim.sentence[:at])):
        return claim
    return replace(claim, not_checkable_reason=RANGE_REASON)


# "<part> revenue of $1.2 billion to $1.3 billion": a noun's range after "of" (or "at"), which
# no verb of change ("raised ... of $X to $Y") or of result stands before in its clause, is
# a range the article sets, never a change's base and level (a recap's list of a next
# quarter's targets, each range judged against the quarter just reported, drifted)
_OF_BEFORE = re.compile(r"\b(?:of|at)\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|"
                        r"~\s*)?$", re.I)
_CHANGED_BEFORE = re.compile(
    r"\b(?:rais|lift|increas|boost|hik|cut|lower|reduc|trimm|chang|mov|adjust|revis|narrow|"
    r"widen|updat|rose|grew|fell|declin|drop|climb|jump|slipp|went|swung|shift|gain|expan|"
    r"contract|improv|soar|surg|plung|tumbl|slid|sank|slump|rebound|recover|advanc)\w*\b"
    r"[^,;:]*$",
    re.I)


def _set_by_words(before: str) -> bool:
    return bool(_OF_BEFORE.search(before)) and not _CHANGED_BEFORE.search(before)


def _both_unchecked(low: Claim, high: Claim) -> bool:
    """A range neither end of which is compared (a per-share outlook, "an EPS expectation of
    $4.25-$4.45"): one claim, as the article states it; its ends have no price to meet."""
    return bool(low.not_checkable_reason and high.not_checkable_reason)


def _is_split_range(claim: Claim) -> bool:
    """A range the filings state as two figures: a range's end, or a figure in the unit of such
    a range (a per-share price range, whatever its words)."""
    return claim.metric in form.range_of_part() or claim.unit in form.range_by_unit()


def date_claims(article: Article, sentence: ctx.Sentence, figures: list[Figure]) -> list[Claim]:
    """Full dates ("May 4, 2026") are kept as not_checkable: they name filings or periods."""
    claims = []
    for match in ctx.DATE_RE.finditer(sentence.text):
        if any(f.span[0] < match.end() and match.start() < f.span[1] for f in figures):
            continue
        start = sentence.start + match.start()
        span = (start, start + len(match.group(0)))
        claims.append(Claim(
            claim_id=claim_id(article, span), text=match.group(0), sentence=sentence.text,
            span=span, value=None, unit=None, tolerance=Decimal(0),
            not_checkable_reason="a date: it names a filing or a period, it is not a figure"))
    return claims


_WORD_FIGURE = re.compile(r"\b(?:(?:a|one)[- ](?:third|half|quarter|fifth|tenth)|two[- ]thirds|"
                          r"three[- ]quarters|half)\s+of\b", re.I)


def word_claims(article: Article, sentence: ctx.Sentence) -> list[Claim]:
    """'a third of revenue': a share written in words is kept, as not_checkable, so the reader
    sees it was read and why it is not compared (no stated precision to hold the filings to)."""
    claims = []
    for match in _WORD_FIGURE.finditer(sentence.text):
        start = sentence.start + match.start()
        span = (start, start + len(match.group(0)) - 3)
        claims.append(Claim(
            claim_id=claim_id(article, span), text=article.text[span[0]:span[1]],
            sentence=sentence.text, span=span, value=None, unit=None, tolerance=Decimal(0),
            not_checkable_reason=("a share written in words, with no stated precision to compare "
                                  "with the filings' figures")))
    return claims


def claim_id(article: Article, span: tuple[int, int]) -> str:
    """Deterministic: the same article text gives the same ids on every run."""
    digest = hashlib.sha256(f"{article.sha256}:{span[0]}:{span[1]}".encode()).hexdigest()
    return digest[:16]
