"""Find the figures an article writes and read each one's value, unit and stated precision.

A figure is a number as a reader sees it: "$510.0 million", "$(75.7) million", "62.0%",
"212,965,381 shares", "50 times", "50x", "$115 to $125 per share". This module knows only the
figure's own characters and the few words glued to it; what the figure is *about* (metric,
period, entity) is read from the sentence by ``claims_context``. The unit and scale words
right after a number are read by ``figure_suffix``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from core.count_nouns import SPACED_UNITS
from core.scales import MEASURE_MARK, PHYSICAL_UNIT
from core.year_parts import PART_LABEL
from pipeline.verify.claims_changed_from import CHANGED_BY, changed_from_to
from pipeline.verify.claims_figure import CENTS_AFTER, Figure, read_qualifier
from pipeline.verify.claims_word_figures import word_cents, word_counts, word_percents
from pipeline.verify.currency_words import FOREIGN_MARKS, SCALES
from pipeline.verify.figure_suffix import _read_suffix
from pipeline.verify.word_tables import phrase_alternatives

# A number not glued to a word on its left ("B200", "CS-3", "S-1/A", "FY2025" are names).
# (after "USD" glued on too: "around USD1.78 billion", a Middle East wire's style)
# (never a numeric date's month or day: "10/22/2008", a dateline; claims_context.DATE_RE)
_NUMBER = re.compile(r"(?:(?<![A-Za-z0-9_.,/'’])|(?<=USD))\d[\d,]*(?:\.\d+)?"
                     r"(?!\d*/\d{1,2}/(?:19|20)\d\d)")
_VALID_NUMBER = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
# "Group 42", "Class 3", "Series 2": a bare number after a capitalised word is part of a name.
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b(?P<word>[A-Z][A-Za-z]+)\s$")
_NOT_NAME_WORDS = {"In", "The", "About", "Over", "Under", "Of", "At", "To", "By", "On", "For",
                   "Some", "Nearly", "Almost", "Roughly", "Around", "And", "Or", "From", "With",
                   "Was", "Were", "Is", "Are", "Only", "Just", "Page", "Pages", "Note", "Item"}
# (a page whose math markup ate its dollar signs prints "\(1.9 billion ... \)3.15": the pair
# "$...$" became "\(...\)", each half still before its amount)
_CURRENCY_BEFORE = re.compile(r"(?:US\$|\$|USD\s?)\s?\(?$|\\[()]$")
# Another country's dollar ("AU$981m", "C$20.7 billion", "HK$3 billion": a conversion aside
# or a foreign outlet's copy) is no US dollar: read as USD it was compared with the filing's
# figures, a drift waiting to happen. Only these prefixes: a table's cell glued to its figure
# ("Lifestyle$2.1 billion") is still a US amount
_FOREIGN_DOLLAR = ("A", "AU", "AUD", "C", "CA", "CAD", "NZ", "NZD", "HK", "HKD", "S", "SG", "SGD",
                   "NT", "R", "MX", "Z", "J", "TT")
_FOREIGN_BEFORE = re.compile(rf"(?<![A-Za-z])(?:{'|'.join(_FOREIGN_DOLLAR)})\$\s?\(?$")
_MINUS_BEFORE = re.compile(r"(?:^|[\s(:])[-−](?:US\$|\$)?\s?\(?$")
# A plus sign or a tilde written against a percentage, after a space, a bracket or a colon.
_SIGN_BEFORE = re.compile(r"(?:^|(?<=[\s(:]))[+~]$")
# "4,000+ customers", "$1B+ in bookings": a plus glued after a figure says "more than" it (never
# a sign: "$580M+20.1%" in a table glues the next figure's sign on)
_PLUS_AFTER = re.compile(r"\+(?![\d+/-])")
_RANGE_JOIN = re.compile(r"^\s*(?:to|–|—|-|through)\s*$", re.I)
_BETWEEN_JOIN = re.compile(r"^\s*and\s*$", re.I)
def find_figures(text: str) -> list[Figure]:
    """Every figure in ``text`` in order, ranges split into a low and a high figure."""
    figures = []
    for match in _NUMBER.finditer(text):
        figure = read_figure(text, match)
        if figure is not None:
            figures.append(figure)
    figures.extend(word_cents(text))
    figures.extend(word_percents(text))
    figures.extend(word_counts(text))
    return points_as_percent(text, pair_ranges(text, sorted(figures, key=lambda f: f.span)))


# "... decreased by 0.8% to 18.5% ... from 19.3%": the level moved from 19.3 to 18.5, so the 0.8
# is in points though written "%" (a copy of a fiscal 2016 release on its gross profit
# percentage; read as a relative change of gross profit it drifted)
_FROM_JOIN = re.compile(r"^[^.;%$]{0,40}\bfrom\s+(?:about\s+|roughly\s+|nearly\s+)?$", re.I)


def points_as_percent(text: str, figures: list[Figure]) -> list[Figure]:
    """A rate's change "by X% to Y% from Z%" is in points when the article's own levels say so
    (Z - Y = X at the stated precision): the figure is then marked ``is_points``."""
    out = list(figures)
    for i in range(len(out) - 2):
        change, level, base = out[i], out[i + 1], out[i + 2]
        if (any(f.unit != "percent" or f.is_points for f in (change, level, base))
                or not CHANGED_BY.search(text[max(0, change.span[0] - 40):change.span[0]])
                or text[change.span[1]:level.span[0]].strip().lower() != "to"
                or not _FROM_JOIN.match(text[level.span[1]:base.span[0]])):
            continue
        slack = change.tolerance + level.tolerance + base.tolerance
        if abs(abs(level.value - base.value) - change.value) <= slack:
            out[i] = replace(change, is_points=True)
    return out


# (and "a 16% growth ($6.4 billion)", "an 11% increase ($27 billion)": a machine-style recap
# of a device maker's quarter, the part's level in brackets after its change's noun)
_ASIDE_BEFORE = re.compile(r"(?:\d%|\d\s?percent|\d\s?points?)(?:\s+(?:growth|increase|rise|"
                           r"gain|jump|climb|surge|decline|decrease|drop|fall|dip))?\s*"
                           r"\((?:US\$|\$)\s?$", re.I)
# "net income of $85.1 million ($1.52 per share)": the per-share amount of the amount before it,
# an aside (a utility's release: read as a loss per share, its sign was doubted)
_AMOUNT_ASIDE_BEFORE = re.compile(r"\d\s?(?:million|billion|thousand|trillion|bn|mn|[mb])\s*"
                                  r"\((?:US\$|\$)\s?$", re.I)
# "revenue of £34.1bn ($42.9bn)", "₹3.3 lakh crore ($39 billion)" (a UK or Indian rewrite of a
# results story gives the dollar amount in brackets after its own currency's): the conversion of
# the amount before it, never a loss in accounting brackets (read so, it drifted negative)
_CONVERTED_BEFORE = re.compile(
    rf"(?:{phrase_alternatives(FOREIGN_MARKS)})\s?\d[\d.,]*(?:\s?(?:{phrase_alternatives(SCALES)})"
    r"\b){0,2}\s*\((?:US\$|\$)\s?$", re.I)


def read_figure(text: str, match: re.Match) -> Figure | None:
    """Read the figure around one number, or None when the number is part of a name."""
    raw = match.group(0).rstrip(",")
    if not _VALID_NUMBER.match(raw):
        return None
    start, end = match.start(), match.start() + len(raw)
    after = text[end:end + 40]
    before = text[max(0, start - 12):start]
    currency = bool(_CURRENCY_BEFORE.search(before)) and not _FOREIGN_BEFORE.search(before)
    # (glued, or after a slash; after a currency only a price per unit: "$3t" is a trillion)
    if (physical := _PHYSICAL_AFTER.match(after)) and (physical.group(0)[:1] == "/" or (
            not currency and not physical.group(0)[:1].isspace())):
        return _physical(text, start, end + physical.end(), raw, currency)
    if not currency and (spelled := _PHYSICAL_WORD_AFTER.match(after)):  # "600 tons"
        return _physical(text, start, end + spelled.end(), raw, currency)
    if _is_glued_to_name(text, start, after) and not (
            not currency and _MARK_AFTER.match(after)):
        return None
    # "(24.6)", and "($24.6) million" in a release's highlights: the accounting parenthesis
    # hugs the number, and the scale follows it
    converted = currency and bool(_CONVERTED_BEFORE.search(text, max(0, start - 40), start))
    paren = after.startswith(")") and not converted and (before.endswith("(") or (
        currency and bool(re.search(r"\((?:US\$|\$)\s?$", before))))
    if paren:
        end, after = end + 1, after[1:]
    unit, end, scale, is_points = _read_suffix(text, end, currency)
    mark = None if unit or currency or scale else _MARK_AFTER.match(text, end)
    end = mark.end() if mark else end  # "17.7 EH/s": the unit is written as part of the figure
    if unit == "percent" and not paren and _is_negative_rate(text, start, end):
        paren, end = True, end + 1
    # "($27.1 million)": a table's loss, the parenthesis around the currency and the scale;
    # not an aside after another figure ("growth of 7% ($7.95 billion)", on Apple's Q2 FY2025)
    # nor a per-share aside after a total ("net income of $85.1 million ($1.52 per share)", a
    # utility's release: its sign is the total's words', never the bracket's)
    if (currency and not paren and not converted and re.search(r"\((?:US\$|\$)\s?$", before)
            and text[end:end + 1] == ")" and not _ASIDE_BEFORE.search(text, 0, start)
            and not (unit == "USD/share" and _AMOUNT_ASIDE_BEFORE.search(text, 0, start))):
        paren, end = True, end + 1
    # (a name's number has no scale: "Added 19 million net paid subscribers" opens a bullet)
    if unit is None and (_is_footnote(text, start, end) or _is_name_part(text, start) and not scale
                         or re.match(r"[- ](?:weeks?|months?)\b", text[end:end + 8])):
        return None
    span_start = _extend_left(text, start, currency)
    if paren and currency and text[span_start - 1:span_start] == "(":
        span_start -= 1  # "($24.6) million": the figure is written from its parenthesis
    negative = paren or bool(_MINUS_BEFORE.search(text[max(0, span_start - 3):start])) or (
        _signed_in_words(text, span_start, end, unit, is_points))
    written_from = span_start  # the qualifier ("about", "~") is read before this
    if unit == "percent" and _SIGN_BEFORE.search(text, 0, span_start):
        span_start -= 1  # "UP +28% YoY", "~8.5%": the figure as the article writes it
    if unit is None and _is_date_part(text, start, raw):
        return None
    if overlong(raw, scale):
        return None
    plus = _PLUS_AFTER.match(text, end)
    end = plus.end() if plus else end
    number = Decimal(raw.replace(",", ""))
    value = _plain(number.scaleb(scale)) if scale else number
    value = -value if negative else value
    return Figure(
        text=text[span_start:end], span=(span_start, end), value=value, unit=unit,
        tolerance=stated_tolerance(raw, scale, unit), negative=negative,
        qualifier=read_qualifier(text[max(0, written_from - 30):written_from])
        or ("more than" if plus else None),
        digits=raw, scale=scale, is_points=is_points,
    )


# "operating margin was 5% in 2023, versus negative 8% in 2022", "a negative 20% net margin",
# "free cash flow was minus $12 million" (a recap of a software maker's year): the sign
# written as a word, which left the rate positive and drifted against the filed -8.46%; never
# an effect's size ("a negative $39 million currency impact": the impact is its own line)
# ("minus" only where a verb or a comparison takes the figure as its value: "revenue minus $5
# million of returns" subtracts an amount of another line)
_SIGN_WORD_BEFORE = re.compile(r"(?:\bnegative|(?:^|\b(?:was|were|is|are|at|of|to|from|versus|"
                               r"vs\.?|a|an)\s+|[,:(]\s*)minus)\s+$", re.I)
_EFFECT_AFTER = re.compile(r"^\s*(?:[a-z-]+\s+){0,2}?(?:impacts?|effects?|contributions?|"
                           r"swings?|adjustments?|influences?|drags?|hits?)\b", re.I)


def _signed_in_words(text: str, span_start: int, end: int, unit: str | None,
                     is_points: bool) -> bool:
    """Whether the word right before a rate or an amount signs it negative."""
    return (unit in ("percent", "USD", "USD/share") and not is_points
            and bool(_SIGN_WORD_BEFORE.search(text[max(0, span_start - 12):span_start]))
            and not _EFFECT_AFTER.match(text[end:end + 60]))


def _physical(text: str, start: int, end: int, raw: str, currency: bool) -> Figure:
    """A quantity in a physical unit, or a price per one: no unit a filing metric is in."""
    span_start = _extend_left(text, start, currency) if currency else start
    number = Decimal(raw.replace(",", ""))
    return Figure(text=text[span_start:end], span=(span_start, end), value=number, unit=None,
                  tolerance=stated_tolerance(raw, 0, None), negative=False, qualifier=None,
                  digits=raw, scale=0, is_points=False)


# "GAAP operating margin was (3.2%), compared to (3.8%)": a parenthesised rate that a verb or
# a comparison takes as its value is negative, as a statement prints it; after a noun or
# another figure it is an aside ("revenue of $5 billion (3.2%)") and keeps its sign
_TAKES_VALUE = re.compile(r"\b(?:was|were|is|are|of|to|from|at|versus|vs\.?)\s*\($", re.I)


def _is_negative_rate(text: str, start: int, end: int) -> bool:
    return text[end:end + 1] == ")" and bool(_TAKES_VALUE.search(text[max(0, start - 12):start]))


def _is_footnote(text: str, start: int, end: int) -> bool:
    """'[1]' or '(2)' right after a word: a footnote marker."""
    return (text[start - 1:start] == "[" and text[end:end + 1] == "]") or bool(
        re.match(r"\w\($", text[max(0, start - 2):start]) and text[end:end + 1] == ")")


def _is_name_part(text: str, start: int) -> bool:
    found = _NAME_BEFORE.search(text[max(0, start - 30):start])
    return bool(found) and found.group("word") not in _NOT_NAME_WORDS and not re.match(
        r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", found.group("word"))


# a release's footnote mark glued to an amount's scale letter: "Adjusted EBITDA increased 93% to
# $2,431K1" (a small filer's release; read as a name, the amount was no claim)
_FOOTNOTED_SCALE = re.compile(r"^(?:mn|bn|[kmb])\d(?![\w.,])", re.I)


# A physical quantity or a price per physical unit written glued to its figure: "127.88Mt",
# "140.96Mst", "3.23Mm³", "US$11.51/t", "US$120.58/m³" (a cement trade journal on a
# building-materials maker's year). No registry line is stated in tonnes: the figure is a
# factual one no filing is searched for (unverifiable), never dropped as a name's number.
_PHYSICAL_AFTER = re.compile(rf"^(?:\s?{PHYSICAL_UNIT}|/{PHYSICAL_UNIT})(?![A-Za-z0-9])")

_PHYSICAL_WORD_AFTER = re.compile(rf"^\s(?:{SPACED_UNITS})(?![A-Za-z])", re.I)

# a rate's or power's abbreviation after the number, spaced or glued: "17.7 EH/s", "250MW"
_MARK_AFTER = re.compile(rf"\s?{MEASURE_MARK}")


_HYPHENED_SCALE = re.compile(r"^-(?:thousand|million|billion|trillion)(?![A-Za-z])", re.I)


# "$1.58B-4.5%": a card's cells run together, a change's minus glued to the amount's scale
# letter before it (a briefing's segment card), never a name's hyphen
_SIGNED_AFTER_AMOUNT = re.compile(r"\d[KMBT]-$")
# "1.1M-1.5M metric tons", "600K-1M": a range whose ends each glue their scale letter on (a
# research site's note on a metals maker's outlook), never a name's hyphen
_SCALED_LOW = re.compile(r"\d(?:mn|bn|[kmb])-$", re.I)
_SCALED_HIGH = re.compile(r"(?:mn|bn|[kmb])(?![A-Za-z])", re.I)


def _is_glued_to_name(text: str, start: int, after: str) -> bool:
    """'10-Q', '424B4', '3D', 'CS-3' (left hyphen after a letter): names, not figures."""
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha() and not (
            re.search(r"\bper\s?cent-$", text[max(0, start - 9):start], re.I)) and not (
            _SIGNED_AFTER_AMOUNT.search(text, max(0, start - 6), start) and after[:1] == "%") \
            and not (_SCALED_LOW.search(text, max(0, start - 4), start)
                     and _SCALED_HIGH.match(after)):
        return True  # (never a range's dash after its low end: "12 per cent-14 per cent")
    if re.match(r"^-(?:pages?|percent|per cent|(?:percentage[- ]|basis[- ])?points?)\b", after,
                re.I):
        return False
    if _HYPHENED_SCALE.match(after) and _CURRENCY_BEFORE.search(text, 0, start):
        return False  # "a $6.19-billion charge" (figure_suffix reads the scale)
    if re.match(r"^-[A-Za-z]", after) or re.match(r"^[A-Za-z]\d", after) and not (
            _FOOTNOTED_SCALE.match(after) and _CURRENCY_BEFORE.search(text, 0, start)):
        return True
    glued = re.match(r"^[A-Za-z]+", after)
    # (a change in points glued on too: "down 2.7pp YoY", "up 40bps", an analyst's newsletter)
    if glued and glued.group(0).lower() not in ("x", "m", "mn", "mm", "bn", "b", "k", "tn", "t",
                                                "pp", "ppt", "ppts", "bp", "bps", "pts") and not (
            glued.group(0) == "c" and CENTS_AFTER.match(after)):  # "44c per share"
        return True
    # a letter of another script glued on: an emoji bullet decoded in a Thai code page reads
    # "\u0e50\u0e19" (a Thai zero, made ASCII '0' by article.normalise, and a Thai letter)
    return after[:1].isalpha() and not after[:1].isascii()


def _extend_left(text: str, start: int, currency: bool) -> int:
    """Include '$', 'US$', '(' and a minus sign in the figure's span."""
    left = start
    if currency:
        hit = re.search(r"(?:(?:^|(?<=[\s(:]))[-−]\s?)?(?:US\$|\$|USD\s?)\s?\(?$",
                        text[max(0, start - 8):start])
        if hit:
            left = start - (len(text[max(0, start - 8):start]) - hit.start())
    elif start > 0 and text[start - 1] == "(" or _MINUS_BEFORE.search(text[:start]):
        left = start - 1
    return left


def stated_tolerance(digits: str, scale: int, unit: str | None) -> Decimal:
    """Half a unit of the last stated digit, in base units ($510.0 million -> 50,000).

    A share count written out in full (212,965,381) is exact: shares are whole numbers.
    """
    if unit == "shares" and scale == 0 and "." not in digits:
        return Decimal(0)
    exponent = -len(digits.split(".")[1]) if "." in digits else 0
    return _plain(Decimal(5).scaleb(exponent - 1 + scale))


def pair_ranges(text: str, figures: list[Figure]) -> list[Figure]:
    """'$115 to $125 per share', '$40–50 billion', 'between $5.00 and $6.00': share the unit."""
    out = list(figures)
    for i in range(len(out) - 1):
        low, high = out[i], out[i + 1]
        gap = text[low.span[1]:high.span[0]]
        between = re.search(r"between\s*$", text[max(0, low.span[0] - 10):low.span[0]], re.I)
        if not (_RANGE_JOIN.match(gap) or (between and _BETWEEN_JOIN.match(gap))):
            continue
        if low.range_role or not _compatible(low.unit, high.unit):
            continue
        if _MARK_AFTER.search(low.text):
            continue  # "from 11.5 EH/s to 17.7 EH/s": a range writes its unit once ("20-25 EH/s")
        if low.unit and high.unit and low.is_points != high.is_points:
            continue  # "slipped 40 basis points to 40.6%": the change, then the rate it reached
        if low.unit == "percent" and high.unit is None:
            continue  # "grew 31% to 64,286 accounts": a rate, then the level it reached
        if CHANGED_BY.search(text[max(0, low.span[0] - 40):low.span[0]]) and (
                gap.strip().lower() == "to"):
            continue  # "decreased by 0.8% to 18.5%": the change, then the level
        if changed_from_to(text, low.span, high.span):
            continue  # "dropped from $5.9 billion to $5.3 billion": the base, then the level
        if overlong(low.digits, high.scale) or overlong(high.digits, low.scale):
            continue  # ends that cannot share a scale: no range
        paired = _share_unit(low, high)
        if paired[0].value is not None and paired[1].value is not None and (
                paired[0].value > paired[1].value) and not _by_magnitude(low, high):
            # "sales slumped from $5.927 billion to $5.273 billion" (a wire story on a game
            # retailer's year): a range is written low to high; falling, it is a base and
            # the level it fell to
            continue
        out[i], out[i + 1] = paired
    return out


def _by_magnitude(low: Figure, high: Figure) -> bool:
    """A range of two declines written with their minus signs, smaller first ("comparable
    sales of -2% to -5%", a retailer's outlook on a stock-news site): its ends run by size, not
    value, and it is still one range (a base and the level it fell to is never written so)."""
    return low.negative and high.negative and low.unit == high.unit == "percent"


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or {a, b} == {"USD", "USD/share"}


def _is_date_part(text: str, start: int, raw: str) -> bool:
    """A year, the day of 'May 4, 2026', a part of a year's label ('6M 2025',
    ``core.year_parts.PART_LABEL``) or a heading's '1.': not figures."""
    if re.fullmatch(r"(?:19|20)\d\d", raw) or PART_LABEL.match(text, start):
        return True
    if re.search(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s$",
                 text[max(0, start - 11):start]):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    heading_number = re.match(r"\.(?:\s|$)", text[start + len(raw):])
    return not text[line_start:start].strip() and bool(heading_number)


def _share_unit(low: Figure, high: Figure) -> tuple[Figure, Figure]:
    unit = high.unit or low.unit
    scale = high.scale if low.scale == 0 else low.scale
    if low.unit is None or low.scale != scale:
        low = _rescale(low, scale, unit)
    if high.unit is None or high.scale != scale:
        high = _rescale(high, scale, unit)
    if low.unit == "USD" and unit == "USD/share":
        low = replace(low, unit=unit)
    return (replace(low, unit=unit, range_role="low"),
            replace(high, unit=unit, range_role="high", qualifier=low.qualifier))


def _rescale(figure: Figure, scale: int, unit: str | None) -> Figure:
    number = Decimal(figure.digits.replace(",", "")).scaleb(scale)
    return replace(figure, value=_plain(-number if figure.negative else number), scale=scale,
                   unit=unit, tolerance=stated_tolerance(figure.digits, scale, unit))


# no filing states a figure of 10^20 or more (in any currency): a longer run of digits is an
# identifier, and scaling it would overflow the 28 digits of decimal arithmetic (a 30-digit run
# before "trillion" raised InvalidOperation inside claim extraction)
_LONGEST = 20


def overlong(digits: str, scale: int) -> bool:
    """Whether ``digits`` (commas allowed) at ``scale`` is too long to be any filed figure."""
    return Decimal(digits.replace(",", "")).adjusted() + scale >= _LONGEST


def _plain(value: Decimal) -> Decimal:
    """Write 2.903E+8 as 290300000 so values print and compare as people read them."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize() if value.as_tuple().exponent < -12 else value
