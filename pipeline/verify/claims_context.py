"""Read what a figure is about from its sentence: sentences, periods, citations, cues.

Everything here works on plain text and character offsets, so each reading can be shown to the
user next to the sentence it came from.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from core import period_phrases
from core.dates import ISO_DATE_RE, MONTH_RE, parse_date
from core.metrics import find_metric
from core.verdicts import Claim
from pipeline.verify.claims_units import find_figures
from pipeline.verify.market_figures import market_figure
from pipeline.verify.market_moves import in_session, moves_price
from pipeline.verify.word_tables import phrase_alternatives

# A written, ISO or numeric date; case-sensitive: an article capitalizes its month names (a
# numeric dateline, "10/22/2008" under a rail trade paper's headline, was read as a figure of 10
# and the year 2008)
DATE_RE = re.compile(rf"\b(?P<month>{MONTH_RE})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b"
                     rf"|\b(?P<iso>{ISO_DATE_RE})\b"
                     r"|(?<![\d/.$])(?P<numeric>\d{1,2}/\d{1,2}/(?:19|20)\d\d)(?![\d/])")
_ABBREVIATIONS = ("U.S.", "Inc.", "Corp.", "Co.", "Ltd.", "No.", "vs.", "e.g.", "i.e.", "Mr.",
                  "Ms.", "Dr.", "St.", "approx.", "U.K.", "S.A.", "N.V.", "L.P.")
# A results summary's "Est." (estimate) before its figure, a word of its own ("(Est. $2.61)");
# so are its "Adj." and "Prev." ("Adj. Operating Margin: 33.0%", "(Prev. 33%)": a recap of a
# software maker's year, whose adjusted margin, cut from its "Adj.", was compared as GAAP; "Op.")
_ESTIMATE_ABBR = re.compile(r"(?<![\w.])(?:[Ee]st|[Aa]dj|[Pp]rev|[Oo]p(?:er)?)\.$")
_MONTH_ABBR = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")
_FORMS = r"S-1/A|S-1|F-1/A|F-1|424B[1-8]|10-K/A|10-K|10-Q/A|10-Q|8-K/A|8-K|20-F|6-K"
_FORM_RE = re.compile(rf"(?<![\w-])(?P<form>{_FORMS})(?![\w/])"
                      r"|\b(?P<word>final prospectus|registration statement|"
                      r"annual report|quarterly report|earnings release)\b", re.I)
_FORM_WORDS = {"final prospectus": "424B4", "prospectus": "424B4",
               "registration statement": "S-1", "annual report": "10-K",
               "quarterly report": "10-Q", "earnings release": "8-K"}
_ANAPHORA = re.compile(r"\b(?:the|that|this|same)\s+(?:\w+\s+)?(?:filing|document|prospectus|"
                       r"amendment|registration statement)\b",
                       re.I)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


# A period the text names, with the characters that name it (label, start, end, span, kind).
Period = period_phrases.PeriodPhrase


@dataclass(frozen=True)
class Citation:
    form: str
    filed: date | None
    span: tuple[int, int]


# A plain-text release's bullet, an "o" glued to the item's first word ("  oCash earnings were
# $X million", a wire copy of a building-materials release): read as a bullet, one character for
# one so every offset stays the article's
# ... or set apart by a space ("o Operating income surged to $10.4 billion", a trade site's
# recap of a streamer's year: the bullet ran on from the line before and named a part "o")
# ... or after a list item's label and its colon, the line breaks lost ("1. Quarterly Revenue: o
# Revenue for Q4 increased 16 per cent", a trade site's recap of a streamer's quarter: read as a
# word, it hid the revenue the item names)
_LETTER_BULLET = re.compile(r"(?m)(^[ \t]*|:[ \t]+)o(?=[A-Z]|[ \t]+[A-Z])")


# Markdown's bold marks around a figure and its words ("delivered **+15.65% revenue growth**", an
# AI-written blog on a streamer's year): read as characters, they hid the rate's sign and its
# metric; blanked, one space for one character so every offset stays the article's
_EMPHASIS = re.compile(r"\*\*(?=\S)|(?<=\S)\*\*")


def blank_emphasis(text: str) -> str:
    """``text`` with markdown's bold marks made spaces."""
    return _EMPHASIS.sub("  ", text)


def mark_bullets(text: str) -> str:
    """``text`` with each letter bullet made a bullet mark, the same length."""
    return _LETTER_BULLET.sub(lambda m: m.group(1) + "\u2022", text)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets; a heading or bullet line is a sentence of its own."""
    sentences: list[Sentence] = []
    paragraph = 0
    for block_start, block in _blocks(text):
        paragraph += 1
        for start, end in _sentence_bounds(block):
            piece = block[start:end]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece.rstrip())
            if trail > lead:
                s, e = block_start + start + lead, block_start + start + trail
                sentences.append(Sentence(s, e, text[s:e], paragraph))
    return sentences


def _blocks(text: str):
    """Paragraphs: split at blank lines, headings and bullets. Text with no blank line at all
    (trafilatura's output) has one paragraph a line."""
    one_per_line = "\n\n" not in text.strip()
    start, offset = 0, 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        offset_end = offset + len(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if (one_per_line and not _runs_on(line, nxt)) or _ends_block(line, nxt):
            yield start, text[start:offset_end]
            start = offset_end + 1
        offset = offset_end + 1
    if start < len(text):
        yield start, text[start:]


# A line that stops mid-phrase ("... for the three months ended" / "March 29, 2025.") runs on
# into the next even in text with one paragraph a line: a hard-wrapped article has no blank
# lines either.
_RUNS_ON = re.compile(r"(?:,|\b(?:ended|ending|of|the|and|or|for|in|to|by|a|an|at|on|with|from|"
                      r"than|as|was|were|is|are|its|their|our))$", re.I)


def is_table_row(line: str) -> bool:
    """A table row: Markdown's '| a | b |', or a copy's 'a | b | c' (two or more pipes)."""
    stripped = line.strip()
    return stripped.startswith("|") or stripped.count("|") >= 2


# A hard-wrapped line that ends on a figure and a next line that opens on that figure's aside in
# brackets ("- Net income of $85.1 million" / "($1.52 per share) compared", a wire copy of a
# utility's release): one sentence, never a heading and its text. A footnote mark ("(1)") or a
# table's scale ("(in millions)") opens no aside.
_FIGURE_END = re.compile(r"(?:\d|%|\b(?:million|billion|trillion|thousand|mn|bn|[mbkMBK]))$")
_FIGURE_ASIDE = re.compile(r"^\((?:US\$|[$£€¥]|[-+]?\d[\d.,]*\s*(?:%|percent\b|cents?\b|"
                           r"per\b|a\s+share\b|million\b|billion\b))")


def _aside_follows(stripped: str, following: str) -> bool:
    return bool(_FIGURE_END.search(stripped) and _FIGURE_ASIDE.match(following))


def _runs_on(line: str, nxt: str) -> bool:
    stripped, following = line.strip(), nxt.strip()
    if not stripped or not following or following.startswith(("|", "#", "-", "*", "•")) or (
            is_table_row(stripped) or is_table_row(following)):
        return False
    return (bool(_RUNS_ON.search(stripped)) or following[:1].islower()
            or _aside_follows(stripped, following))


def _ends_block(line: str, nxt: str) -> bool:
    stripped, following = line.strip(), nxt.strip()
    if not stripped or not following or is_table_row(stripped) or is_table_row(following):
        return True  # a blank line ends a paragraph; a table row is a sentence of its own
    if re.match(r"^(?:[#>*•\-–]|\d+[.)]\s)", following) or stripped.startswith("#"):
        return True
    if _aside_follows(stripped, following):
        return False
    # a short line without a closing mark is a heading; a long one is a wrapped line
    return len(stripped) < 60 and stripped[-1] not in ".!?:,;\"”" and not following[:1].islower()


# A sentence's end: a full stop, or a summary's reference marker closing a list item that runs
# on into the next one in one block ("... in Q2 2022[9] - Gross profit for Q2 2023 ...", a
# machine summary of a retailer's 10-Q): each item names its own metric, which must not reach
# the figures of the item before it.
# (a sentence may open on a brand written in lower camel case: "xPad revenue was $X" ran on
# from the sentence before and named a part "billion. xPad")
# ... or a bullet inside a line, a list flattened onto one line ("Highlights Q3 2021 vs. Q3
# 2020 • Revenue increased 73% to $5,670K • Net income of $598K"): read as one sentence with its
# heading, the heading's "vs. Q3 2020" dated the items' levels a year back.
# ... or a full stop and then a dash, the items of such a summary flattened onto one line
# ("... of 5.78%[257]. - Total liabilities decreased to ...", a machine summary of a railroad's
# 10-K): read as one sentence, each item's growth was held against every other item's levels.
# ... or a wire's bullets flattened ("-Analysts Estimate: $3.12 -Revenue (Q2): $4.67 Bln": the
# estimate's word made the revenue an estimate), or a digest's "$X billion [5] - Acme added".
_SENTENCE_END = re.compile(r"(?:(?:[.!?](?:[\"”’)]*)|(?:(?<=\S)|(?<=\S[ \t])(?=\[\d{1,3}\]\s+[-–]))"
                           r"\[\d{1,3}\])(?P<item>\s+[-–•])?)\s+"
                           r"(?=[\"“(\[]?(?:[A-Z0-9$•]|[a-z][A-Z]))|(?<=\S)[ \t]+(?=•[ \t])|"
                           r"(?<=\S)[ \t]+(?=-[A-Z][A-Za-z&/ ]{1,30}"
                           r"(?:[ \t]\([^()]{1,12}\))?:[ \t])")


def _sentence_bounds(block: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for match in _SENTENCE_END.finditer(block):
        head = block[start:match.start() + 1]
        if any(head.endswith(a) for a in _ABBREVIATIONS) or re.search(r"\b[A-Z]\.$", head):
            continue
        if _ESTIMATE_ABBR.search(head):
            continue  # "Revenue: $4.0B (Est. $4.05B)": the estimate is the same sentence's
        if _MONTH_ABBR.search(head) and block[match.end():match.end() + 1].isdigit():
            continue  # "the quarter ended Dec. 27, Yum earned ...": a date, not an end
        bounds.append((start, match.start("item") if match.group("item") else match.end()))
        start = match.end()
    bounds.append((start, len(block)))
    return bounds


def find_citations(text: str) -> list[Citation]:
    """Filings the text names ("the May 4, 2026 S-1/A"), with the nearest date written by it."""
    dates = [(m.span(), parse_date(m.group(0))) for m in DATE_RE.finditer(text)]
    citations = []
    for match in _FORM_RE.finditer(text):
        form = match.group("form") or _FORM_WORDS[match.group("word").lower()]
        filed = _adjacent_date(dates, match.span())
        citations.append(Citation(form.upper(), filed, match.span()))
    return _fill_dates(citations)


def _adjacent_date(dates, span) -> date | None:
    """A date right before the form ("May 4, 2026 S-1/A") or just after ("filed May 4, 2026")."""
    for (start, end), value in dates:
        if 0 <= span[0] - end <= 3 or 0 <= start - span[1] <= 16:
            return value
    return None


def _fill_dates(citations: list[Citation]) -> list[Citation]:
    """'the S-1/A' later in the text means the dated S-1/A named earlier (or later)."""
    known = {c.form: c.filed for c in citations if c.filed is not None}
    return [c if c.filed else Citation(c.form, known.get(c.form), c.span) for c in citations]


def citation_for(sentence: Sentence, sentences_before: list[Sentence],
                 citations: list[Citation]) -> Citation | None:
    """The filing a sentence relies on: one it names, else one named earlier in its paragraph,
    else the last one named when the sentence refers back to it ("the filing says")."""
    inside = [c for c in citations if sentence.start <= c.span[0] < sentence.end]
    if inside:
        return inside[-1]
    earlier = [c for c in citations if c.span[0] < sentence.start]
    if not earlier:
        return None
    same_paragraph = [s for s in sentences_before if s.paragraph == sentence.paragraph]
    if any(s.start <= earlier[-1].span[0] < s.end for s in same_paragraph):
        return earlier[-1]
    if _ANAPHORA.search(sentence.text):
        return earlier[-1]
    return None


# A sentence that says which filing the whole piece works from ("This note works from the
# company's amended registration statement, the S-1/A filed on May 4, 2026").
_FRAMING = re.compile(
    r"\b(?:works?\s+from|combines?|draws?\s+(?:on|from)|(?:is|are)\s+based\s+on|based\s+on|"
    r"relies\s+on|rel(?:y|ies)\s+on|drawn\s+from|built\s+on|uses|using|taken\s+from|"
    r"comes?\s+from|sourced\s+from|unless\s+(?:otherwise\s+)?(?:noted|stated))\b", re.I)


def article_citation(sentences: list[Sentence], citations: list[Citation]) -> Citation | None:
    """The filing the article as a whole relies on: the first one named in a framing sentence
    ("This draft combines the company's May 4, 2026 S-1/A disclosure with ..."). Claims that
    name no filing themselves are compared with it first."""
    for sentence in sentences:
        inside = [c for c in citations if sentence.start <= c.span[0] < sentence.end]
        if inside and _FRAMING.search(sentence.text):
            dated = [c for c in inside if c.filed is not None]
            return (dated or inside)[0]
    return None


def find_periods(text: str) -> list[Period]:
    """Periods named in a sentence: 'the quarter ended June 30, 2026', 'Q2 2026', '2025' (the
    one reader of period phrases, with the articles' reading); 'the first six months of fiscal
    2023' is those months of that year, not the year (``claims_relative.named_to_date``)."""
    from pipeline.verify.claims_relative import named_to_date
    from pipeline.verify.vague_periods import with_vague

    found = period_phrases.find_periods(text, reading=period_phrases.ARTICLES)
    numeric = [m.span() for m in DATE_RE.finditer(text) if m.group("numeric")]
    return named_to_date(text, [p for p in with_vague(text, found)
                                if not _landmark_year(text, p) and not any(
                                    s <= p.span[0] < e for s, e in numeric)])


# Words before a year that make it a landmark the figure is measured against, not the period
# the figure is for: "revenue fell 7% to $X, the first decline since 2003", "its lowest level
# since 2019". Read as the figure's period, it compared the quarter with that year's filing.
LANDMARK_WORDS = ("since", "as far back as", "dating back to", "going back to")
_LANDMARK_ALTERNATIVES = phrase_alternatives(LANDMARK_WORDS)
_LANDMARK_BEFORE = re.compile(
    rf"\b(?:{_LANDMARK_ALTERNATIVES})\s+"
    r"(?:(?:the\s+)?(?:fiscal|calendar|year|early|late|mid-?)\s+)?$", re.I)


def _landmark_year(text: str, phrase) -> bool:
    # ("since late 2019": a landmark however vaguely it is placed)
    return phrase.kind in ("year", "vague") and bool(
        _LANDMARK_BEFORE.search(text, 0, phrase.span[0]))


# Cues that no figure of the sentence is a statement about the filings, each with why. Whether
# one figure is an estimate, guidance or a threshold is read per figure (claims_modality).
# (a price subject and its move are the figure's clause's only, ``market_moves.moves_price``:
# "shares fell sharply as the bank saw an 11 percent jump in fourth-quarter expenses", a wire
# story on a bank's quarter, made the expenses' growth a price move)
NOT_CHECKABLE_CUES = (
    (re.compile(r"\b(?:first[- ]day|opened at|closed at|traded at|trading at|intraday)\b",
                re.I),
     "a market price or trading move, which filings do not report"),
)
# Of those, the reasons that name a fact no filing covers (a share price moved, or did not):
# such a figure is unverifiable, not a matter of opinion or forecast (articles README)
UNFILED_FACTS = frozenset({NOT_CHECKABLE_CUES[0][1]})
_PAGE_AFTER = re.compile(r"^\s*-?\s*pages?\b", re.I)


def not_checkable_reason(sentence: str) -> str | None:
    for pattern, reason in NOT_CHECKABLE_CUES:
        if pattern.search(sentence):
            return reason
    # the cue above names a few fixed phrases; a trading session or a quote is read from a
    # token table ("dipped N% in pre-market trading", "to trade at $P"); a price subject and
    # its move, by figure (figure_not_checkable)
    if in_session(sentence):
        return NOT_CHECKABLE_CUES[0][1]
    return None


def figure_not_checkable(sentence: str, span: tuple[int, int]) -> str | None:
    """A reason the figure at ``span`` is not about the filings, read from its own clause: a
    price subject and its move ("Shares are up N%"), or a price target, a dividend yield or an
    annualized dividend (market_figures)."""
    if moves_price(sentence, span[0]):
        return NOT_CHECKABLE_CUES[0][1]
    return market_figure(sentence, span)


def is_page_count(text_after: str) -> bool:
    return bool(_PAGE_AFTER.match(text_after))


# "net income was $X million ... That compared with net income of $Y, or $Z per diluted
# share" (a trade site on a department store): an amount of money written with no scale, a
# thousand times or more smaller than the same metric's amount just before it, lost its scale
# in the writing.
_CARRY_SENTENCES = 2  # the amount with a scale stands in this sentence or the one before
_UNSCALED_BELOW = Decimal(1000)


def carry_scale(claims: list[Claim], sentences: list[Sentence]) -> list[Claim]:
    """Each amount of a money metric written with no scale ("$745") takes the scale of the
    same metric's amount just before it ("$730 million"), when that one has a scale; every
    other claim is returned as it is."""
    starts = [s.start for s in sentences]
    out: list[Claim] = []
    for claim in claims:
        source = _scaled_before(claim, out, starts) if _unscaled(claim) else None
        if source is not None:
            factor = Decimal(10) ** source
            claim = replace(claim, value=claim.value * factor,
                            tolerance=claim.tolerance * factor)
        out.append(claim)
    return out


def _unscaled(claim: Claim) -> bool:
    row = find_metric(claim.metric)
    if (row is None or row.unit != "USD" or claim.unit != "USD" or claim.value is None
            or claim.not_checkable_reason or abs(claim.value) >= _UNSCALED_BELOW):
        return False
    figures = find_figures(claim.text)
    return len(figures) == 1 and figures[0].scale == 0


def _scaled_before(claim: Claim, before: list[Claim], starts: list[int]) -> int | None:
    """The scale (a power of ten) of the same metric's last amount before the claim, in its
    sentence or the one before, when that amount states one."""
    at = _sentence_index(starts, claim.span[0])
    for other in reversed(before):
        if at - _sentence_index(starts, other.span[0]) >= _CARRY_SENTENCES:
            return None
        if other.unit == "USD/share" and _sentence_index(starts, other.span[0]) == at:
            # "net income of $3.1 billion, diluted EPS of $7.19, an increase from $4.88" (a
            # streaming company's quarter, recapped): past a per-share amount of its own
            # sentence, an amount with no scale more likely continues that one than the scaled
            # amount before it
            return None
        if other.metric == claim.metric and other.unit == "USD":
            figures = find_figures(other.text)
            scale = figures[0].scale if len(figures) == 1 else 0
            return scale if scale >= 3 else None
    return None


def _sentence_index(starts: list[int], at: int) -> int:
    return max(0, bisect.bisect_right(starts, at) - 1)
