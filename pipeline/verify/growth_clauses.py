"""A growth rate's own clause: whether the words right before a rate open a clause whose
subject is something other than the level before it (a shipments count after "as"), or only
point back at that level ("and rose 3%", "but that represents a massive 56% increase"); and
whether a change's noun names an object after the rate that no growth cue reads ("a rise of 3%
in costs")."""

from __future__ import annotations

import re

from core.metric_words import (
    CHANGE_DOWN_NOUNS,
    CHANGE_DOWN_WORDS,
    CHANGE_UP_NOUNS,
    CHANGE_UP_WORDS,
)
from pipeline.verify.scope_cues import is_period_object

# "Turnover ... to US$1729.4m as aggregates shipments declined by a further 1.4 per cent" (a
# trade journal on a building-materials maker's year): a clause of its own, opened by a
# conjunction, whose subject names no metric: the rate is that subject's (shipments), never
# the level's before it. Its words less the verb and fillers must be empty ("and rose 3%",
# "as it grew 3%": the level's own change).
_CLAUSE = re.compile(r"\b(?:as|while|whereas|but|and|although|though)\s+(?P<words>[^,;:()]+)$",
                     re.I)
INTENSIFIERS = (r"massive|whopping|robust|solid|strong|healthy|modest|impressive|significant|"
                r"substantial|sharp|steep|hefty|remarkable|staggering|huge|stunning")
NO_SUBJECT = re.compile(rf"\b(?:{CHANGE_UP_WORDS}|{CHANGE_DOWN_WORDS}|eas\w+|edg\w+|slip\w*|"
                         r"slid|climb\w*|surg\w+|soar\w*|jump\w*|plung\w+|tumbl\w+|by|a|an|"
                         r"further|another|some|about|roughly|nearly|it|they|also|again|was|"
                         r"were|had|has|have|been|sharply|slightly|just|only|year[- ]over[- ]"
                         r"year|y/y|yoy|sequentially|a\s+year\s+(?:earlier|ago)|"
                         # "but that represents a massive 56% increase" (a tech blog on a
                         # chipmaker's quarter): a pronoun and a linking verb point back at
                         # the level before, and an intensifier names nothing
                         r"that|this|represent\w*|mark\w*|" + INTENSIFIERS + r"|"
                         # "... and reflecting an increase of 9%": a participle of the same
                         # kind, whose object is the line's change
                         r"reflect\w*|"
                         # "marking a QoQ decline from $X but a modest YoY increase of 0.45%"
                         # (a results site's recap of a phone maker's quarter): a change's
                         # noun and its "of" are no subject either
                         rf"{CHANGE_UP_NOUNS}|{CHANGE_DOWN_NOUNS}|of|q/q|qoq|"
                         r"quarter[- ]over[- ]quarter)\b", re.I)


# "Asphalt turnover declined by 5.2 per cent to US$378.1m with asphalt shipments falling by
# seven per cent" (the same trade journal, another year): "with" and a subject before a
# participle or "up"/"down" is a clause of its own too; "with an increase of 7%" (no participle)
# and "with a 7% rise" stay the level's own change
_WITH_CLAUSE = re.compile(r"\bwith\s+(?P<words>[^,;:()]+?)\s+(?:\w+ing|up|down)"
                          r"(?:\s+(?:by|some|about|roughly|nearly|almost|a\s+further|another))*"
                          r"\s*$", re.I)
_DETERMINERS = re.compile(r"\b(?:the|its|their|our|his|her)\b", re.I)


def own_subject(behind: str) -> bool:
    """Whether the rate's clause has a subject of its own, which names no metric."""
    clause = _CLAUSE.search(behind) or _WITH_CLAUSE.search(behind)
    words = _DETERMINERS.sub("", clause.group("words")) if clause else ""
    return clause is not None and bool(NO_SUBJECT.sub("", words).strip())


# "Revenue rose to $X, but a rise of 3% in costs weighed" (the pattern of a results recap): a
# change's noun and "of" before the rate, and "in" a noun after it, name what changed; when no
# growth cue reads that noun, the rate is of something no filing states, never the level's
# before it. "in" a period ("in the quarter", "in fiscal 2023"), a currency or a basis ("in
# constant currency", "in reported terms") or a capitalised part ("in Europe") names no object.
_NOUN_OF_BEFORE = re.compile(rf"\b(?:{CHANGE_UP_NOUNS}|{CHANGE_DOWN_NOUNS}|growth|gain)s?\s+of"
                             r"(?:\s+(?:about|roughly|nearly|almost|some|around))?\s*$", re.I)
_IN_OBJECT = re.compile(r"^\s*in\s+(?P<object>[a-z][^.;,$\d]{0,40})")
_NO_OBJECT = re.compile(r"(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+)?(?:currenc\w*|terms|basis|dollars?|"
                        r"line\s+with)\b", re.I)


def names_other_object(behind: str, ahead: str) -> bool:
    """Whether the words name an object of the change after the rate ("a rise of 3% in
    costs"): the caller has found no growth cue in it."""
    found = _IN_OBJECT.match(ahead) if _NOUN_OF_BEFORE.search(behind) else None
    return found is not None and not is_period_object(found.group("object")) and not (
        _NO_OBJECT.match(found.group("object")))


# "The retailer's average ticket was positive year over year, while comp transactions decreased
# by 2%" (trade press on a home-improvement retailer's quarter, read as the ticket's growth and
# drifted): a contrast's clause with a subject of its own is about that subject; the metric
# named before "while" is the other clause's, never the rate's
_CONTRAST = re.compile(r"\b(?:while|whereas)\s+(?P<words>[^,;:()]+)$", re.I)


# "... after three big lenders reported earnings, ... as Globex fell and Initech dropped more
# than 6%" (a syndicated column on a bank's quarter: the earnings named clauses before were read
# as what dropped): a clause opened by a conjunction whose subject is a name and nothing else
# before its verb is that name's; a lower-case phrase ("revenues from shipments to and from
# Mexico increased") opens no clause
_NAME = re.compile(r"(?-i:[A-Z][\w.&'’-]*)(?:\s+(?-i:[A-Z][\w.&'’-]*)){0,3}")
_BOUND_WORDS = re.compile(r"\b(?:more|less|than|over|under|almost|just|around|close\s+to)\b", re.I)


_LAST_CLAUSE = re.compile(r".*" + _CLAUSE.pattern, re.I | re.S)  # (the nearest conjunction)


# "Revenues from <place> and <place> rose A% and B%, respectively": an "and" inside a list of
# names that a preposition opens after a line's words joins the list's items, never clauses:
# the names are the places the line's figures come from, in turn (claims_entity)
_LISTED_BEFORE = re.compile(r"\b(?:from|in|at|across|of)\s+(?:the\s+)?" + _NAME.pattern
                            + r"(?:,\s+(?:the\s+)?" + _NAME.pattern + r")*,?\s*$")
_CONJUNCTION_END = re.compile(r"\w+\s*$")


def _named_clause(behind: str) -> str | None:
    clause = _LAST_CLAUSE.match(behind)
    if clause is None or _LISTED_BEFORE.search(_CONJUNCTION_END.sub(
            "", behind[:clause.start("words")])):
        return None
    rest = _BOUND_WORDS.sub("", NO_SUBJECT.sub("", _DETERMINERS.sub("", clause["words"])))
    return clause["words"] if _NAME.fullmatch(" ".join(rest.split())) else None


def own_clause(behind: str) -> str:
    """The words of the rate's own contrast clause ("while <subject> fell"), when it has a
    subject of its own; else all of ``behind``."""
    clause = _CONTRAST.search(behind)
    if clause is None:
        return _named_clause(behind) or behind
    words = _DETERMINERS.sub("", clause.group("words"))
    return clause.group("words") if NO_SUBJECT.sub("", words).strip() else behind
