"""The income statement's per-share lines as its rows print them (core/rows_income): basic
EPS in diluted EPS's wordings with "basic", and the sections a bare "Basic" or "Diluted" names
EPS under. Basic EPS is read from these rows but is no cue that a table is a statement
(``Metric.is_statement_line``); a row for both bases ("..., basic and diluted") is read as
diluted EPS and states basic EPS too (``Metric.read_with``)."""

from __future__ import annotations

from core.metric_model import SectionLabel
from core.metric_words import OWNER, PER_SHARE, PER_SHARE_ROWS

# "Basic EPS", "Net income per share - basic", "Net income per common share, basic", "Basic
# earnings per share", "Net income per basic share" (never "basic and diluted")
BASIC_LABEL = (rf"basic eps|(?:total )?(?:net )?{PER_SHARE_ROWS}{OWNER} {PER_SHARE} ?"
               rf"(?:,|:|-)? ?basic|basic (?:net )?{PER_SHARE_ROWS} {PER_SHARE}|"
               rf"(?:total )?(?:net )?{PER_SHARE_ROWS}{OWNER} per basic (?:common |ordinary )?"
               r"share")
BOTH_BASES = r"\bbasic and diluted\b"

# "Diluted" or "Basic" under an "Earnings per share:" header, never under a share count's
# ("Shares used ...", "Weighted average ...") nor a part of EPS's ("Income from continuing
# operations per share:" heads a part of EPS, a media company's selected data: $1.56 of $2.00)
_EPS_SECTION = r".*(?:per share|per common share|\beps\b).*"
_NOT_EPS_SECTION = r"shares used|weighted|number of shares|shares outstanding|continuing operations"
# "Per share" under a "Diluted" (or "Diluted earnings:") header, or a "Basic" one
_PER_SHARE_LINES = ("per share", "per common share", "net income per share",
                    "net earnings per share", "earnings per share",
                    "net income (loss) per share", "net loss per share")
_OF_INCOME = r"(?: (?:net )?(?:income|earnings|loss))?"

# "Total diluted earnings" under "Earnings Per Common Share" (a bank's quarterly supplement,
# below its continuing and discontinued parts): the whole per-share figure, which went unread
BASIC_SECTIONS = (SectionLabel(("basic", "total basic earnings"), _EPS_SECTION,
                               _NOT_EPS_SECTION),
                  SectionLabel(_PER_SHARE_LINES, rf"basic{_OF_INCOME}"))
DILUTED_SECTIONS = (SectionLabel(("diluted", "basic and diluted", "total diluted earnings"),
                                 _EPS_SECTION, _NOT_EPS_SECTION),
                    SectionLabel(_PER_SHARE_LINES, rf"(?:basic and )?diluted{_OF_INCOME}"))
