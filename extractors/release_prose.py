"""The results an earnings release states only in its sentences.

Some releases print no statements: a utility's annual results (an exhibit to its 8-K) and a
small biotech's annual results (likewise) state every figure in prose: "reported full-year
<year> earnings of $X billion, or $Y a share", "Revenues for the full year were $X
billion, compared with $Z billion in <year>", "Net loss ... narrowed from $X million in
<year> to $Y million in <year>". A figure is read only when its clause ties it to

- one metric: the release words of ``_METRIC_WORDS`` ending right before it at a linking word
  ("earnings of", "revenues were", "reduced to"), or, for a figure a comparison opens
  ("compared with $13.56 billion", "up from"), the metric of the figure before it; a per-share
  figure after a money figure (", or $2.12 a share") is that figure's per share, and
  unqualified ("a share") it is ``eps_stated``, neither basic nor diluted said;
- one period: a phrase right after it ("in 2005", "in the fourth quarter of 2005", "in the
  same period a year earlier") or the one its clause names before it ("full-year 2006
  earnings", "Fourth quarter revenues"), dated by ``extractors.release_dates``.

Refused: a sentence that looks ahead (guidance, expectations), a figure that is adjusted,
excluding items or a part's (a segment's, a subsidiary's: a possessive that does not name the
reporting company), any figure of a period the document's tables already state (a release
whose tables are read is read from them), and a metric and period two sentences state
differently. Read from 8-K documents only, for they are releases.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from core.dates import MONTH_NAMES
from core.facts import Fact
from core.scales import SCALE_WORDS
from extractors.document import Document
from extractors.fiscal_calendar import stated_year_end
from extractors.release_dates import PHRASES, ReleaseCalendar, phrase_period, release_calendar
from extractors.sentences import Sentence, split_sentences

EXTRACTOR = "release_prose"
EXTRACTOR_VERSION = "1.0"

# The words a release writes before a figure of each metric it states in prose, as (metric,
# pattern); "loss" words make the figure negative. Per-share words come first.
_METRIC_WORDS: tuple[tuple[str, re.Pattern], ...] = tuple(
    (metric, re.compile(pattern, re.I)) for metric, pattern in (
        ("per_share", r"\b(?:(?:basic|diluted|basic\s+and\s+diluted)\s+)?(?:net\s+)?(?:earnings|"
                      r"income|loss|\(loss\)|earnings\s+\(loss\))\s+per\s+(?:diluted\s+|basic\s+)?"
                      r"(?:common\s+)?share\b|\bEPS\b"),
        ("earned", r"\bearned\b"),
        ("operating_expenses", r"\b(?:total\s+)?operating\s+expenses\b"),
        ("stock_based_compensation", r"\b(?:stock|share)[\s-]+based\s+compensation\b"),
        ("revenue", r"\b(?:total\s+|net\s+|operating\s+)?(?:revenues?|sales)\b"),
        ("net_income", r"\bnet\s+(?:income|earnings|loss|\(loss\)|income\s+\(loss\))\b|"
                       r"(?<!operating\s)(?<!per\s)\bearnings\b(?!\s+(?:per|before|release|"
                       r"call|guidance|driver))"),
    ))
# A sentence opening on what its figures leave out states adjusted figures: the non-GAAP lines
# of the metrics that have one
_EXCLUDING_LEAD = re.compile(r"\s*(?:excluding|before)\s+[^,;$]{3,80},", re.I)
_ADJUSTED = {"eps_stated": "eps_diluted_non_gaap", "eps_diluted": "eps_diluted_non_gaap",
             "net_income": "net_income_non_gaap"}
# The words that may stand right before a metric's own words and leave it the company's
_OWN_WORDS = frozenset(
    "total net operating consolidated reported gaap quarterly annual full-year year quarter "
    "fiscal its our the of and record solid strong higher lower with in company's company’s "
    "reports reported posted announced also".split())
_LOSS = re.compile(r"\bloss\b", re.I)
# A figure stands right after its metric's words and one of these
_LINK = re.compile(r"(?:\s+(?:attributable\s+to\s+[\w.,&\s]{1,60}?|for\s+the\s+(?:full\s+)?year|"
                   r"for\s+the\s+(?:first|second|third|fourth)\s+quarter|(?:in|for)\s+(?:fiscal\s+)?(?:19|20)\d\d|"
                   r"(?:were|was)\s+(?:reduced|increased|decreased|down|up)|narrowed|widened|"
                   r"grew|rose|fell|declined|increased|decreased|improved|totaled|totalled|"
                   r"amounted|of|were|was|to|from|at|reached))*\s+(?:(?:approximately|about)\s+)?$",
                   re.I)
# What opens a comparison figure: it is the metric of the figure before it
_COMPARED = re.compile(r"(?:compared\s+(?:with|to)|up\s+from|down\s+from|from|versus|vs\.?)"
                       r"(?:\s+(?:reported|the))?\s+$", re.I)
# A sentence that looks ahead, or states figures no stored metric is
_REFUSED = re.compile(r"\b(?:expect\w*|anticipat\w*|guidance|outlook|forecast\w*|estimat\w*|"
                      r"project\w*|target\w*|plan\w*|intend\w*|will|would|could|may|should|"
                      r"believe\w*|excluding|exclud\w*|adjusted|non-GAAP|pro\s+forma|"
                      r"segments?|divisions?|subsidiar\w*)\b", re.I)
_FIGURE = re.compile(r"(?P<open>\()?\$\s?(?P<open2>\()?(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|"
                     r"\d+(?:\.\d+)?)\)?(?:\s+(?P<scale>thousand|million|billion)\b)?|"
                     r"\b(?P<cents>\d{1,2})\s+cents\b", re.I)
_PER_SHARE_AFTER = re.compile(r"\s*(?:a|per)\s+(?:(?P<basis>diluted|basic(?:\s+and\s+"
                              r"diluted)?)\s+)?(?:common\s+)?share\b", re.I)
# "from $7.79 million in 2023 to $4.90 million in 2024": the second figure right after the first
_FROM_TO = re.compile(r"(?:\s+in\s+(?:fiscal\s+)?(?:19|20)\d\d)?\s+to\s+$", re.I)
_PERIOD_LEAD = re.compile(r",?\s+(?:(?P<word>in|for|during)\s+(?:the\s+)?)?", re.I)
_COMPANION = re.compile(r"^,?\s+or\s+$", re.I)  # "$1.57 billion, or $2.12 a share"
# Who a figure is of: a possessive ("Power's", "Works'") or the name a reporting verb follows
# ("Gulf Power reported earnings of"); either must name the reporting company
_POSSESSIVE = re.compile(r"(\w+)['’]s\b|(\w+s)['’](?!\w)|\b([A-Z][\w&-]+)\s+(?:also\s+)?"
                         r"(?:reported|posted|earned|recorded|had|generated|delivered)\b")
_REPORTER = re.compile(r"\btoday\s+(?:reported|announced)\b", re.I)
_REACH = 90  # characters before a figure its metric's words and link lie within
_DATE = re.compile(r"\b(?:" + MONTH_NAMES + r")\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b", re.I)
_CLAUSE = 60  # characters before a figure the period its clause names lies within


def extract_release_prose(doc: Document, facts: list[Fact]) -> list[Fact]:
    """The figures a release's sentences state with one metric and one period, for the
    metrics and periods ``facts`` (the document's other readings) leave unstated."""
    if not (doc.form or "").upper().startswith("8-K"):
        return []
    calendar = release_calendar(doc.text, stated_year_end(doc.text, doc.index))
    if calendar is None:
        return []
    sentences = split_sentences(doc.text)
    reporter = _reporter_words(sentences)
    found: list[Fact] = []
    for sentence in sentences:
        if "$" in sentence.text or "cents" in sentence.text:
            found += _sentence_facts(sentence, doc.name, calendar, reporter)
    return _unstated(found, facts)


def _reporter_words(sentences) -> set[str]:
    """The words naming the company that reports ("Acme Corp. today reported ..."): a
    possessive of one of them is the company's own, any other a part's or another's."""
    for sentence in sentences:
        found = _REPORTER.search(sentence.text)
        if found:
            return {w.lower() for w in re.findall(r"[A-Z][\w&-]+", sentence.text[:found.start()])}
    return set()


def _sentence_facts(sentence: Sentence, document: str, calendar: ReleaseCalendar,
                    reporter: set[str]) -> list[Fact]:
    text = sentence.text
    lead = _EXCLUDING_LEAD.match(text)  # "Excluding the impact of X, the company earned ..."
    if _REFUSED.search(text, lead.end() if lead else 0) or text.lstrip().startswith(("“", '"')):
        return []
    read: list[tuple[dict, re.Match]] = []  # the figures read: metric, sign, period, kind
    figures = list(_FIGURE.finditer(text))
    for at, figure in enumerate(figures):
        reading = _read_figure(text, figures, at, [r for r, _ in read], calendar, reporter)
        if reading is None:
            read = []  # a comparison after an unread figure is that figure's
            continue
        read.append((reading, figure))
    _date_compared(read, calendar)
    out = []
    for reading, figure in read:
        metric = _ADJUSTED.get(reading["metric"]) if lead else reading["metric"]
        if reading["period"] is not None and metric is not None:
            out.append(_fact(dict(reading, metric=metric), figure, sentence, document))
    return out


def _date_compared(read: list[tuple[dict, re.Match]], calendar: ReleaseCalendar) -> None:
    """A figure its sentence dates only by the year it is compared with ("earned $2.10 per
    share, up from $2.03 per share in 2005") is of the year after, when that is the year the
    release reports (its own quarter the fourth)."""
    if calendar.own is None or calendar.own[1] != 4:
        return
    own_year = calendar.year(calendar.own[0])
    year_before = calendar.year(calendar.own[0] - 1)
    for (reading, _), (base, _) in zip(read, read[1:], strict=False):
        if reading["period"] is None and base["compared"] \
                and base["metric"] == reading["metric"] and base["period"] == year_before:
            reading["period"] = own_year


def _read_figure(text: str, figures: list, at: int, read: list[dict],
                 calendar: ReleaseCalendar, reporter: set[str]) -> dict | None:
    figure = figures[at]
    start = figures[at - 1].end() if at else max(0, figure.start() - _REACH)
    before = text[max(start, figure.start() - _REACH):figure.start()]
    per_share = _PER_SHARE_AFTER.match(text, figure.end())
    # a companion is the per share of the figure before it; a comparison, of the last one of
    # its kind (", compared with $390.1 million, or $1.15 per share, in 2025")
    companion = read[-1] if read and _COMPANION.match(before) and per_share else None
    previous = companion or next((r for r in reversed(read)
                                  if r["per_share"] == (per_share is not None)), None)
    metric, negative = _metric_of(before, per_share, previous, companion is not None)
    if metric is None or _names_other(before, reporter) or _is_part(before, reporter):
        return None
    tail = per_share.end() if per_share else figure.end()
    # a per-share companion shares its figure's period (the phrase after both dates both)
    period = companion["period"] if companion is not None else None
    if period is None:
        period = _period_after(text, tail, figures, at, calendar, previous)
    if period is None:
        period = _period_before(before, calendar)
    if per_share is not None or metric.startswith("eps"):
        metric = _per_share_metric(metric, before, per_share)
    return {"metric": metric, "negative": negative, "period": period,
            "per_share": metric.startswith("eps"),
            "compared": companion is None and bool(_COMPARED.search(before))}


def _metric_of(before: str, per_share, previous: dict | None,
               is_companion: bool) -> tuple[str | None, bool]:
    """The metric the words before a figure name, and whether they say it is a loss;
    ``previous``: the figure a companion or a comparison is of."""
    if is_companion:
        return ("eps_stated", previous["negative"])
    if previous is not None and (_COMPARED.search(before) and not _named_metric(before)
                                 or _FROM_TO.fullmatch(before)):
        return (previous["metric"], previous["negative"])
    named = _named_metric(before)
    if named is None:
        return None, False
    metric, words_at = named
    link = _LINK.match(before, words_at)
    if link is None or re.search(r"\bcommon\b", link[0], re.I):
        return None, False  # no link, or the line attributable to common shareholders
    if metric == "earned":  # "earned $2.10 per share", "earned $1.2 billion"
        metric = "per_share" if per_share is not None else "net_income"
    if (metric == "per_share") != (per_share is not None) and metric != "per_share":
        return None, False
    return ("eps_stated" if metric == "per_share" else metric,
            bool(_LOSS.search(before[max(0, words_at - 40):words_at])))


def _named_metric(before: str) -> tuple[str, int] | None:
    """The one metric whose words stand last before the figure, and where they end."""
    last: tuple[int, str] | None = None
    for metric, pattern in _METRIC_WORDS:
        for match in pattern.finditer(before):
            if last is None or match.end() > last[0]:
                last = (match.end(), metric)
    return None if last is None else (last[1], last[0])


def _is_part(before: str, reporter: set[str]) -> bool:
    """Do the words right before the metric's name a part of it ("Creative revenue",
    "subscription revenue", "retail sales")? A lower-case word there must be one of
    ``_OWN_WORDS`` (or a year), a capitalised one the company's; metric words that open with a
    capital open their sentence (or follow a heading the sentence split kept)."""
    named = None
    for _, pattern in _METRIC_WORDS:
        for match in pattern.finditer(before):
            if named is None or match.end() > named.end():
                named = match
    if named is None or named[0][:1].isupper():
        return False
    word = re.search(r"([\w&’'-]+)\s*$", before[:named.start()])  # a comma opens a clause
    if word is None:
        return False
    word = word[1]
    if word[:1].isupper():
        return word.lower() not in reporter and word.lower() not in _OWN_WORDS
    return not (word.isdigit() or word.lower() in _OWN_WORDS)


def _names_other(before: str, reporter: set[str]) -> bool:
    """A possessive or a reporting verb's subject naming another than the reporting company
    ("Georgia Power's earnings", "Gulf Power reported earnings of")."""
    return any((match[1] or match[2] or match[3]).lower() not in reporter
               for match in _POSSESSIVE.finditer(before))


def _per_share_metric(metric: str, before: str, per_share) -> str:
    words = (per_share[0] if per_share else "") + " " + before[-60:]
    if re.search(r"\bdiluted\b", words, re.I):
        return "eps_diluted"
    if re.search(r"\bbasic\b", words, re.I):
        return "eps_basic"
    return "eps_stated"


def _period_after(text: str, at: int, figures: list, index: int, calendar: ReleaseCalendar,
                  previous: dict | None) -> tuple[date, date] | None:
    """The period a phrase right after a figure names ("in 2005"), past a per-share
    companion (", or 21 cents per share, in the fourth quarter of 2005")."""
    if index + 1 < len(figures) and _COMPANION.match(text[at:figures[index + 1].start()]):
        companion = figures[index + 1]
        share = _PER_SHARE_AFTER.match(text, companion.end())
        at = share.end() if share else companion.end()
    lead = _PERIOD_LEAD.match(text, at)
    if lead is None:
        return None
    for kind, pattern in PHRASES:
        match = pattern.match(text, lead.end())
        if match and (lead["word"] or kind == "year_before"):  # "$0.98 billion a year ago"
            return phrase_period(kind, match, calendar, previous and previous["period"])
    return None


def _period_before(before: str, calendar: ReleaseCalendar) -> tuple[date, date] | None:
    """The one period the clause names before its figure ("full-year 2006 earnings of")."""
    undated = _DATE.sub(lambda day: " " * len(day[0]), before)  # a dateline's year is no period
    clause = re.split(r"[;,]\s|\bcompared\b", undated[-_CLAUSE:])[-1]
    periods = set()
    at = 0
    while at < len(clause):
        for kind, pattern in PHRASES:
            match = pattern.match(clause, at)
            if match and (at == 0 or not clause[at - 1].isalnum()):
                periods.add(phrase_period(kind, match, calendar, None))
                at = match.end()
                break
        else:
            at += 1
    return periods.pop() if len(periods) == 1 else None


def _fact(reading: dict, figure: re.Match, sentence: Sentence, document: str) -> Fact:
    if figure["cents"]:
        value, decimals = Decimal(figure["cents"]) / 100, 2
    else:
        digits = figure["number"].replace(",", "")
        value = Decimal(digits)
        decimals = len(digits.partition(".")[2])
        if figure["scale"]:
            scale = SCALE_WORDS[figure["scale"].lower()]
            value, decimals = value * Decimal(10) ** scale, decimals - scale
    negative = reading["negative"] or bool(figure["open"] or figure["open2"])
    return Fact(
        metric=reading["metric"], value=-value if negative else value,
        unit="USD/share" if reading["per_share"] else "USD",
        period_start=reading["period"][0], period_end=reading["period"][1], decimals=decimals,
        sources=(sentence.source(document, EXTRACTOR, EXTRACTOR_VERSION),))


def _unstated(found: list[Fact], facts: list[Fact]) -> list[Fact]:
    """The prose readings of periods no other reading of the document states (a release whose
    tables are read is read from them: its headline's "net income" may be another line of
    them, a bank's the figure including noncontrolling interests), and that no other sentence
    states otherwise."""
    stated = {f.period_end for f in facts}
    out: dict[tuple, list[Fact]] = {}
    for fact in found:
        if fact.period_end not in stated:
            out.setdefault((fact.metric, fact.period_start, fact.period_end), []).append(fact)
    return [group[0] for group in out.values() if len({f.value for f in group}) == 1]
