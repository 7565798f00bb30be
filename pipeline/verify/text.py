"""`filingcheck verify`'s text output: problems first, units kept, dates in a footnote.

Drifted figures come first with what the article should say, then stale ones, then the rest in
article order. Dates, page counts and bare numbers (not figures a filing reports) are named in
one footnote line instead of crowding the list. Colour only when asked (a terminal without
NO_COLOR; pipeline.cli decides).
"""

from __future__ import annotations

import os
from datetime import date

from core.verdicts import Verification
from pipeline.report.formatting import (
    filed_on,
    format_delta,
    format_value,
    is_footnote,
    problems_first,
    should_say,
)

# ANSI SGR codes per verdict: red, yellow, green, plain, dim
_COLOURS = {"drifted": "31;1", "stale": "33;1", "supported": "32", "unverifiable": "0",
            "not_checkable": "2"}
_ORDER = ("drifted", "stale", "unverifiable", "supported", "not_checkable")


def use_colour(stream, env=None) -> bool:
    """Colour on a terminal only, and never when NO_COLOR is set (https://no-color.org) or the
    terminal is dumb."""
    env = os.environ if env is None else env
    if env.get("NO_COLOR") or env.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _paint(text: str, verdict: str, colour: bool) -> str:
    code = _COLOURS.get(verdict)
    return f"\033[{code}m{text}\033[0m" if colour and code else text


def format_result(result, *, colour: bool = False, only_problems: bool = False,
                  verbose: bool = False) -> str:
    counts = result.counts()
    summary = ", ".join(f"{counts[v]} {v.replace('_', ' ')}" for v in _ORDER if v in counts)
    who = f"CIK {result.cik}"
    if result.model and result.model["company"].get("ticker"):
        who = f"{result.model['company']['ticker']}, {who}"
    lines = [f"{result.article.name} ({who}): {summary or 'no figures found'}"]
    shown = problems_first(result.verifications, lambda v: v.verdict, lambda v: v.claim.span)
    footnoted = [v for v in shown if is_footnote(v.verdict, v.claim.unit)]
    if not verbose:
        shown = [v for v in shown if not is_footnote(v.verdict, v.claim.unit)]
    if only_problems:
        shown = [v for v in shown if v.verdict in ("drifted", "stale")]
        if not shown:
            lines.append("  no figure drifted or went stale")
    lines += ["  " + format_verification(v, colour=colour) for v in shown]
    if footnoted and not verbose and not only_problems:
        names = "; ".join(v.claim.text for v in footnoted)
        lines.append(f"  (not figures a filing reports, not checked: {names})")
    lines += _changes_lines(result)
    return "\n".join(lines)


def _changes_lines(result) -> list[str]:
    if not result.previously_verified:
        return ["  changes: first verification of this article"]
    when = f"{str(result.baseline_at)[:19]} UTC" if result.baseline_at else "?"
    edited = ""
    if result.text_changed:
        seen = (f"; this text was first verified {str(result.text_seen_at)[:19]} UTC"
                if result.text_seen_at else "")
        edited = f" (the article's text has been edited since{seen})"
    return ([f"  changes since the verification of {when}{edited}: "
             + ("none" if not result.changes else "")]
            + [f"    {c}" for c in result.changes])


def format_verification(v: Verification, colour: bool = False) -> str:
    claim = v.claim
    unit = claim.unit or (v.evidence[0].unit if v.evidence else None)
    about = " ".join(x for x in (claim.metric or "", claim.entity or "",
                                 claim.period_label or "") if x)
    line = _paint(f"{v.verdict:<13}", v.verdict, colour) + f" {claim.text}"
    line += f"  [{about}]" if about else ""
    if v.verdict in ("supported", "drifted", "stale") and v.evidence:
        first = v.evidence[0]
        line += (f"  filed {format_value(v.filed_value, unit)} in {first.form} "
                 f"{filed_on(first.filed_date)}")
    if v.verdict == "drifted":
        if v.delta is not None:
            line += f" (off by {format_delta(v.delta, unit)})"
        said = should_say(claim.text, claim.value, v.filed_value, unit) if claim.low is None \
            else None
        if said:
            line += "; should say " + _paint(said, "supported", colour)
    if v.verdict == "stale":
        last = max(v.newer_evidence, key=lambda e: e.filed_date or date.min, default=None)
        newer_unit = claim.unit or (last.unit if last else None)
        where = f" in {last.form} {filed_on(last.filed_date)}" if last else ""
        line += f"; now {format_value(v.newer_value, newer_unit)}{where}"
    if v.arithmetic:
        line += f"\n                {v.arithmetic}"
    if v.verdict in ("unverifiable", "not_checkable") and v.reason:
        line += f": {v.reason}"
    return line
