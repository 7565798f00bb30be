"""Modality carried by the article's structure, not by the figure's own sentence: figures under a
guidance heading ("Outlook", "Financial Targets") or after a lead-in that opens a list of targets
("The company expects:", "The table below sets out the updated full-year targets:") are
guidance, as are the figures a company will have once a pending deal closes (pro forma).

An earnings release copied into an article often prints its outlook as one cell a line: a row
label, then "$X billion to $Y billion". No word of those lines says they are targets; only
the heading or lead-in above them does (a software maker's release, as a blog copied it). So the
heading's modality is carried down:
- a guidance heading governs until the next heading that is not about the outlook, or the first
  sentence that plainly reports a result ("revenue was", "posted", "rose");
- a lead-in ending in a colon governs the list after it, and stops at the first prose sentence.

The words are data: ``HEADING_WORDS`` and ``HEADING_MODIFIERS`` (a heading about the outlook
alone, in a release's words: a news headline or "Results and Outlook" names more),
``LEAD_IN_WORDS``, ``NOT_OUTLOOK`` (a lead-in comparing results with analysts' numbers, "Here's
how the quarter compared with expectations:", opens reported figures), ``REPORTS`` (what ends
an outlook), ``DEAL_STATES``/``FUTURE_STATE`` (a pending deal's combined company). Only a figure
that no word of its own sentence has already read (an estimate, a market price) is marked here;
a comparison's base ("compared with $X a year ago") stays a reported figure. Two cue-binding
rules the figure's own sentence uses live here too: a 'target' that names no forecast (a target
bonus, a target bank) and a cue inside an aside ("the deal, which is expected to close in May,
priced ...").
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.metrics import find_metric
from core.verdicts import Claim
from pipeline.verify.claims_change_words import COMPARED_WITH
from pipeline.verify.claims_units import find_figures

# The head noun of a heading that announces an outlook ("Business Outlook", "Fiscal 2024
# Guidance", "Financial Targets", "Outlook for the Third Quarter").
HEADING_WORDS = ("outlook", "guidance", "targets", "target", "forecast", "forecasts",
                 "expectations", "projections", "looking ahead", "looking forward")
# Words of a lead-in's last clause that make the list after its colon an outlook.
# ("the company is targeting:", "the plan calls for:": the progressive and the noun phrase a
# release or a recap opens its targets with)
LEAD_IN_WORDS = ("expects", "expect", "anticipates", "anticipate", "projects", "forecasts",
                 "guides", "targets", "outlook", "guidance", "forecast", "expectations",
                 "projections", "sees", "plans", "aims", "targeting", "expecting",
                 "anticipating", "projecting", "forecasting", "guiding", "aiming", "planning",
                 "goals", "goal", "calls for", "call for")
# A heading or lead-in with one of these compares results with someone's numbers, or reports
# that an outlook changed: what follows is not (only) the outlook.
NOT_OUTLOOK = ("analyst", "analysts", "street", "consensus", "estimate", "estimates",
               "compared", "versus", "vs", "against", "beat", "beats", "missed", "misses",
               "topped", "surpassed", "exceeded", "did", "performed", "results", "highlights",
               "raises", "raised", "lifts", "lifted", "cuts", "cut", "lowers", "lowered",
               "reaffirms", "reaffirmed", "updates", "boosts", "trims", "withdraws")
# The other words a release's outlook heading holds ("Updated Full-Year 2025 Financial
# Guidance", "Business Outlook", "Long-Term Targets").
HEADING_MODIFIERS = ("business", "financial", "company", "corporate", "updated", "revised",
                     "current", "initial", "preliminary", "long-term", "medium-term",
                     "near-term", "operating", "management", "management's", "our", "summary",
                     "capital", "revenue", "earnings", "eps", "guidance", "outlook")
# Words a heading made only of a period may hold: "Third Quarter Fiscal 2024" under an
# "Outlook" heading is the outlook's sub-heading, not a new section.
PERIOD_WORDS = ("first", "second", "third", "fourth", "quarter", "fiscal", "year", "full",
                "full-year", "annual", "half", "of", "the", "for", "and", "fy", "q1", "q2",
                "q3", "q4", "h1", "h2", "calendar")
# A sentence that plainly reports a result or a present balance ends an outlook ("the company
# has $5 billion in cash" under an outlook heading is a balance, not a target).
_GUIDED = (r"(?:expected|projected|forecast|anticipated|estimated|guided|targeted|set|raised|"
           r"lifted|lowered|cut|reaffirmed|updated)\b")
REPORTS = re.compile(
    r"\b(?:reported|posted|recorded|earned|generated|delivered|achieved|totaled|totalled|"
    r"came\s+in|rose|grew|fell|declined|jumped|dropped|climbed|slipped|authorized|declared|"
    rf"repurchased|paid|ended|stands|totals|holds|"
    rf"(?:was|were|had|has|have)(?!\s+(?:now\s+|been\s+)?{_GUIDED}))\b", re.I)
# "compared with $4.4 billion a year ago": a reported base beside a target. ("from $X" is
# left out: "raised its target to $Y from $X" names the old target.)
BASE_BEFORE = re.compile(r"\b(?:" + COMPARED_WITH + r"|against)\s+(?:\w+\s+){0,3}$",
                         re.I)
BASE_AFTER = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:a\s+year\s+(?:ago|earlier)|last\s+year|"
                        r"in\s+the\s+(?:prior|previous|year-ago|year-earlier)\b)", re.I)

# The company as it will stand once a pending deal closes: a sentence names the deal's
# completion or the combined company, and a future 'will have' governs the figures after it.
DEAL_STATES = re.compile(
    r"\bcombined\s+(?:company|bank|entity|organization|institution|firm|group|business)\b|"
    r"\bpro[\s-]forma\b|"
    r"\b(?:upon|after|following|once|when)\s+(?:the\s+)?(?:completion|closing|close|"
    r"consummation)\s+of\b|"
    r"\b(?:after|once|when)\s+the\s+(?:deal|merger|transaction|acquisition|combination)\s+"
    r"(?:closes|is\s+(?:completed?|closed|finalized))\b|"
    r"\b(?:deal|merger|transaction|acquisition|combination)\s+(?:will|would)\s+"
    r"(?:create|form)\b", re.I)
FUTURE_STATE = re.compile(
    r"\b(?:will|would|is\s+expected\s+to|are\s+expected\s+to)\s+(?:then\s+)?(?:have|hold|"
    r"operate|boast|serve|employ|create|form|become|count)\b", re.I)
_CLAUSE_BREAK = re.compile(r";|\.\s|,\s*(?:while|but|whereas|although)\b", re.I)

# 'target' that names no forecast: a compensation plan's 'target bonus' is a term the filed
# plan sets (a variable pay plan's 8-K); a deal's 'target bank' is the company bought.
NOT_A_TARGET = re.compile(
    r"^\s*(?:(?:cash|annual|short-term|long-term|incentive|equity|variable|total)\s+){0,2}"
    r"(?:bonus|bonuses|award|awards|opportunity|payout|pay|compensation|incentive|"
    r"bank|company|companies|firm|business|entity|institution|lender|insurer)\b", re.I)
# "The deal, which is expected to close in the third quarter, priced ... at 139%": a cue in a
# relative clause set off by commas (or in brackets) governs only that clause.
_ASIDE_OPEN = re.compile(r"(?:,\s*(?:which|who|that)(?:\s+\w+){0,2}|\(\s*(?:\w+\s+){0,3})\s*$",
                         re.I)

GUIDANCE_REASON = "guidance, an outlook or a forecast, not a figure a filing reports"
DEAL_REASON = ("a figure of the company as it will stand once a pending deal closes (pro "
               "forma), not one a filing reports")

_TERMINAL = re.compile(r"[.!?\"\u201d]\s*$")
_BULLET = re.compile(r"^\s*(?:[-\u2022*\u2013\u2014]|\d{1,2}[.)])\s")
_WORD = re.compile(r"[A-Za-z][\w'\u2019&-]*")


# "revenue came in below forecasts, falling 0.3%": the cue is the noun a result is measured
# against, governing no figure of a later clause.
_MEASURED_AGAINST = re.compile(
    r"\b(?:below|above|ahead\s+of|short\s+of|beat(?:ing|s)?|miss(?:ed|ing|es)?|"
    r"top(?:ped|ping|s)?|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|in\s+line\s+with|met|"
    r"meeting)\s+(?:\w+'?\s+){0,2}$", re.I)
# "..., versus a $0.08 analyst estimate, compared with $0.05 in Q1 and $1.94 a year earlier":
# the figures a comparison lists after the cue are its reported bases.
_COMPARISON = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.)\s", re.I)
_LISTED = re.compile(r"^\s*(?:F(?:\s+(?:in|for|during|a|the|year-earlier|year-ago|prior|"
                     r"previous|last|quarter|year|period|fiscal|q[1-4]|\d{4}|ago|earlier)"
                     r"\b)*\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$", re.I)


# "The company expects that revenue, which was $10 billion last year, will grow 5%": a figure
# in a relative clause whose verb reports is a result, whatever the sentence around it foresees.
_REPORTED_ASIDE = re.compile(
    r"(?:,\s*|\(\s*)(?:which|that)\s+(?:had\s+|has\s+|have\s+)?(?:was|were|totaled|totalled|"
    r"reached|came\s+in\s+at|stood\s+at|amounted\s+to|rose\s+to|fell\s+to|grew\s+to|"
    r"declined\s+to)\s+(?!(?:now\s+|been\s+)?(?:expected|forecast|projected|anticipated|"
    r"estimated|seen|set|guided|targeted|predicted)\b)[^,;()]*$", re.I)


def unbound(place: str, lead: str, cue: str, gap: str) -> bool:
    """Whether a modality cue found before a figure does NOT govern it: the cue sits in an
    aside that closes first, names no forecast ('target bonus'), is the noun a result is
    measured against, or a comparison lists the figure as a base after it. ``lead``: the
    words before the cue; ``gap``: those between the cue and the figure."""
    if closes_aside(lead, gap) or names_no_forecast(cue, gap) or _REPORTED_ASIDE.search(gap):
        return True
    if place != "ahead":
        return False
    # (bound within its own clause: "beat the consensus of $1.37 by 7.3%" is the estimate and
    # the distance from it)
    return bool(_MEASURED_AGAINST.search(lead)) and "," in gap or _listed_base(gap)


def _listed_base(gap: str) -> bool:
    markers = list(_COMPARISON.finditer(gap))
    if not markers:
        return False
    tail = gap[markers[-1].end():]
    for figure in reversed(find_figures(tail)):
        tail = tail[:figure.span[0]] + "F" + tail[figure.span[1]:]
    return bool(_LISTED.match(tail))


def names_no_forecast(cue: str, gap: str) -> bool:
    """Whether a 'target' cue names a plan's term or a deal's party ('target cash bonus of $X',
    'the target bank has 31 offices'), not a forecast."""
    return cue.strip().lower() == "target" and bool(NOT_A_TARGET.match(gap))


def closes_aside(lead: str, gap: str) -> bool:
    """Whether a cue sits in a comma- or bracket-set aside that closes before the figure."""
    found = _ASIDE_OPEN.search(lead)
    if not found:
        return False
    return ")" in gap if found.group(0).lstrip().startswith("(") else "," in gap


def outlook_cues(sentences: list) -> dict[int, str]:
    """For each sentence an outlook governs, by index, the heading or lead-in that does. (A
    results table's estimate column is read where its rows are: claims_spaced.estimate_cell,
    claims_tables.estimate_column.)"""
    return _heading_cues(sentences)


def _heading_cues(sentences: list) -> dict[int, str]:
    cues: dict[int, str] = {}
    heading: str | None = None  # a guidance heading in force
    lead_in: str | None = None  # a lead-in whose list is in force
    for i, sentence in enumerate(sentences):
        text = sentence.text.strip()
        following = sentences[i + 1].text if i + 1 < len(sentences) else ""
        if _is_heading_line(text) and _outlook_heading(text):
            heading, lead_in = text, None  # ("Q2 Outlook" may stand over "Revenue: $X")
            continue
        if text.endswith(":") and _outlook_lead_in(text):
            # ("The company has issued this guidance:" reports nothing; "Second-quarter
            # targets:", a title-like lead-in, opens a list, never another section)
            lead_in = text
            continue
        if _is_title(text) and not _starts_with_figure(following):
            # a heading of another section ends the outlook; a row label (its value on the
            # next line) or a period's sub-heading ("Third Quarter Fiscal 2025") does not
            lead_in = None
            heading = heading if _period_heading(text) else None
            continue
        if REPORTS.search(text):
            heading = lead_in = None
            continue
        if lead_in is not None and not _list_item(text):
            lead_in = None
        if heading or lead_in:
            cues[i] = lead_in or heading
    return cues


def as_outlook(claims: list[Claim], sentence, cue: str | None) -> list[Claim]:
    """The sentence's claims, those an outlook governs made not_checkable: under ``cue`` (a
    heading or lead-in), and those a pending deal's future state governs."""
    return [_outlook_claim(c, sentence, cue) for c in claims]


def _outlook_claim(claim: Claim, sentence, cue: str | None) -> Claim:
    if claim.not_checkable_reason or claim.value is None:
        return claim
    row = find_metric(claim.metric)
    if row is not None and row.is_stated_forecast:
        return claim  # a prospectus's expected net proceeds: a filed figure
    start = claim.span[0] - sentence.start
    end = claim.span[1] - sentence.start
    if not 0 <= start <= end <= len(sentence.text):
        return claim
    before, after = sentence.text[:start], sentence.text[end:]
    if _is_base(before, after):
        return claim
    if _after_deal(before, sentence.text):
        return replace(claim, not_checkable_reason=DEAL_REASON)
    cue = cue or _inline_lead_in(before)
    if cue is not None:
        return replace(claim, not_checkable_reason=(
            f"{GUIDANCE_REASON} (under \u201c{_short(cue)}\u201d)"))
    return claim


# a colon inside a sentence, never a clock's ("2:00 p.m.")
_COLON = re.compile(r":(?=\s)")


def _inline_lead_in(before: str) -> str | None:
    """The lead-in of a list run into one sentence ("Its second-quarter targets: <part>
    revenue of $X to $Y; EPS of $A to $B."): the words before the sentence's last colon
    ahead of the figure, when they name an outlook and nothing after the colon reports."""
    colons = list(_COLON.finditer(before))
    if not colons:
        return None
    lead = before[:colons[-1].end()]
    if not _outlook_lead_in(lead) or REPORTS.search(before[colons[-1].end():]):
        return None
    return lead


def _is_base(before: str, after: str) -> bool:
    return bool(BASE_BEFORE.search(before) or BASE_AFTER.match(after))


def _after_deal(before: str, text: str) -> bool:
    """Whether a 'will have' after a pending deal governs the figure ``before`` ends at."""
    if not DEAL_STATES.search(text):
        return False
    return any(not _CLAUSE_BREAK.search(before[found.end():])
               for found in FUTURE_STATE.finditer(before))


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _heading_words(text: str) -> list[str]:
    """A heading's words with a compound's parts apart: "second-quarter", "fiscal-year"."""
    return [part for w in _words(text) for part in w.split("-") if part]


def _has_word(text: str, table: tuple[str, ...]) -> bool:
    low = " ".join(_words(text))
    return any(re.search(rf"\b{re.escape(w)}\b", low) for w in table)


# "📝 Final Take" (a blog's recap of a streamer's quarter): a pictograph before a heading's words
# marks it, it is no word of it
_MARK = re.compile(r"^[^\w\s$€£(\-\u2022*\u2013\u2014]+\s*")


# a heading may open with its year: "2019 Revenue Guidance" over a blog's list of the outlook's
# figures (an investor blog on a software maker's quarter)
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d\s+[A-Z]")


def _is_title(text: str) -> bool:
    """A short title line of its own: no figure, no closing stop, most words capitalised."""
    text = _MARK.sub("", text)
    words = _WORD.findall(text)
    if not words or len(words) > 10 or _TERMINAL.search(text) or _BULLET.match(text):
        return False
    if not (text[0].isupper() or _YEAR_FIRST.match(text)) or _has_figure(text):
        return False
    long_words = [w for w in words if len(w) > 3] or words
    return sum(w[0].isupper() for w in long_words) * 2 >= len(long_words)


def _is_heading_line(text: str) -> bool:
    """A title line, or a line in sentence case made only of an outlook's and a period's
    words ("Outlook for the second quarter", "Second-quarter targets"): a recap's subheads
    capitalise only their first word, and those words alone make it no sentence."""
    if _is_title(text):
        return True
    text = _MARK.sub("", text)
    words = _WORD.findall(text)
    return (bool(words) and len(words) <= 8 and text[:1].isupper()
            and not _TERMINAL.search(text) and not _BULLET.match(text)
            and not _has_figure(text))


def _has_figure(text: str) -> bool:
    return any(f.unit is not None for f in find_figures(text))


def _starts_with_figure(text: str) -> bool:
    figures = find_figures(text)
    return bool(figures) and len(_words(text[:figures[0].span[0]])) <= 2


def _outlook_heading(text: str) -> bool:
    """A heading about the outlook alone, in the words a release's section heading uses
    ("Fiscal 2025 Business Outlook", "Outlook for the Third Quarter"): a news headline ("Shares
    Slide on Weak Guidance") or a mixed heading ("Results and Outlook") names more."""
    words = _heading_words(text)
    low = " ".join(words)
    if not any(re.search(rf"\b{re.escape(w)}\b", low) for w in HEADING_WORDS):
        return False
    return all(w in HEADING_MODIFIERS or w in PERIOD_WORDS or _is_period_token(w)
               or w in " ".join(HEADING_WORDS).split() for w in words)


def _period_heading(text: str) -> bool:
    words = _words(text)
    return bool(words) and all(w in PERIOD_WORDS or _is_period_token(w) for w in words)


def _is_period_token(word: str) -> bool:
    """'2025', 'fy25', 'q3', '3q': a year or quarter written as one token."""
    return bool(re.fullmatch(r"(?:fy|q[1-4]|[1-4]q)?\d{0,4}", word)) and any(
        ch.isdigit() for ch in word)


def _outlook_lead_in(text: str) -> bool:
    """A sentence ending in a colon whose last clause names an outlook ('the company expects:',
    'summarizes the updated full-year targets:'), not a comparison with analysts' numbers."""
    clause = re.split(r"[,;]", text.rstrip(":"))[-1]
    return _has_word(clause, LEAD_IN_WORDS) and not _has_word(text, NOT_OUTLOOK)


def _list_item(text: str) -> bool:
    """A list's line: a bullet, a cell, or a short line with no closing stop."""
    return bool(_BULLET.match(text)) or not _TERMINAL.search(text) or len(_words(text)) <= 8


def _short(cue: str) -> str:
    cue = cue.strip()
    return cue if len(cue) <= 80 else cue[:77] + "..."
