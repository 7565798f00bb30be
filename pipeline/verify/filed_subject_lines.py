"""A part the filings name as the subject of a verb that brings in money, the line named after
the amount: "<Segment> generated $15.4 billion in second-quarter sales" (a recap of a
home-improvement retailer's quarter, its product line's sales read as the company's net sales
and drifted; "... generated $42.9 billion in sales" was supported by the total).

``filed_subjects`` reads such a subject only where no metric is named in the sentence; here the
line is named, after the amount, so the figure is that part's line: its revenue, compared with
the part's filed revenue (supported or drifted), or another line of it, compared with that
part's line where the filings state one and left unread (unverifiable) where they do not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from core.verdicts import Claim
from pipeline.verify.claims_earning import EARNING_VERBS
from pipeline.verify.entities import LIST_JOIN, same_segment
from pipeline.verify.word_tables import phrase_alternatives
from warehouse.records import StoredFact

_REVENUE = "revenue"
# the verbs of a subject that brings an amount in, beside the earning verbs: a company's
# reporting verbs, whose line the words after the amount name
_VERBS = EARNING_VERBS + ("recorded", "reported", "delivered", "logged", "booked", "had",
                          "accounted for", "contributed", "added")
# a hedge between the verb and the amount ("generated about $X"; ``filed_subjects``' too)
HEDGE = r"(?:\s+(?:about|roughly|nearly|some|almost|over|around|approximately|more\s+than))?"
VERB_BEFORE = re.compile(rf"(?:{phrase_alternatives(_VERBS)}){HEDGE}\s*(?:US)?\$?\s*$", re.I)
# the line right after the amount: "in second-quarter sales", "of net revenue", "in sales"
_REVENUE_AFTER = re.compile(r"^\s+(?:in|of)\s+(?:(?:its|the|their)\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:net\s+)?(?:revenues?|sales)\b", re.I)
# any line named right after the amount ("in operating income", "of gross profit")
_LINE_AFTER = re.compile(r"^\s+(?:in|of)\s+(?:(?:its|the|their)\s+)?(?:[\w-]+\s+){0,3}?"
                         r"(?:income|profits?|earnings|margins?|loss(?:es)?|EBITDA|"
                         r"revenues?|sales)\b", re.I)
# a list of subjects before the verb: "<Segment A>, <Segment B> and <Segment C> generated $X"
# (their sum, or any of them: no one part's figure)
_JOINS = re.compile(r"\b(?:and|&)\s", re.I)


def _listed(before: str, name: str) -> bool:
    """Whether the subject before the verb joins several names ("A, B and C generated"): the
    words since the clause's last comma join names where the filed part's own name does not."""
    head = before[:VERB_BEFORE.search(before).start()]
    return bool(_JOINS.search(head.rpartition(",")[2])) and not _JOINS.search(name + " ")


_LEAD = re.compile(r"^(?:.*[.;:]\s+)?(?:(?:the|its|their|our)\s+)?", re.I)


def _all_parts(before: str, names: set[str]) -> bool:
    """Whether the subject before the verb lists two or more names, each a part the filings
    state revenue for (``names``: "Building Materials and Décor generated")."""
    verb = VERB_BEFORE.search(before)
    if verb is None:
        return False  # no verb that brings money in stands right before the figure
    items = [i for i in LIST_JOIN.split(_LEAD.sub("", before[:verb.start()].strip(), count=1))
             if i]
    return len(items) > 1 and all(any(same_segment(i, n) for n in names) for i in items)


LISTED = ("a figure whose subject names several parts the filings state one by one: no one "
          "part's figure, and not the company's")
REASON = ("a figure of a part the filings name (\u201c{}\u201d) as its subject, of a line the "
          "filings do not state for that part: not compared with the company's")


def subject_line(claim: Claim, facts: list[StoredFact], names: set[str],
                 subject: Callable[[str, re.Pattern], str | None]) -> Claim | None:
    """The claim read as its subject's line, when a part the filings name brings the amount
    in and the words after the amount name the line; None otherwise. ``names``: the parts the
    filings state revenue for (``filed_subjects``' own set); ``subject``: the filed part named
    as the subject of a verb right before the figure (``filed_subjects._subject``)."""
    at = claim.sentence_at
    if (claim.entity is not None or claim.metric is None or claim.unit != "USD"
            or claim.value is None or at < 0 or claim.not_checkable_reason):
        return None
    ahead = claim.sentence[at + len(claim.text):]
    if not _LINE_AFTER.match(ahead):
        return None
    before = claim.sentence[:at]
    name = subject(before, VERB_BEFORE)
    if name is None:
        # "<Part A> and <Part B> generated $X in sales": no one part is the subject, and the
        # company is not either (read as the company's, the two parts' true sum drifted
        # against the total)
        return replace(claim, metric=None, unread_why=LISTED) if _all_parts(
            before, names) else None
    if _listed(before, name):
        return replace(claim, metric=None, unread_why=LISTED)
    if claim.metric == _REVENUE and _REVENUE_AFTER.match(ahead):
        return replace(claim, entity=name)
    if any(sf.fact.metric == claim.metric and sf.fact.entity and same_segment(
            sf.fact.entity, name) for sf in facts):
        return replace(claim, entity=name)
    return replace(claim, metric=None, unread_why=REASON.format(name))
