"""A machine-written summary's labelled bullets: a bold label names a line, and the bullets
under it state that line's changes and earlier values without naming it again.

    - **Total Revenue**: $9.1 billion
    - Up **4%** from Q3 FY24
    - **Gross Margin**: **41.2%**
    - Increased from **39.8%** in Q3 FY24
    - **Diluted EPS**:
    - GAAP: **$0.52** (up **9%** Q/Q)

(a results-summary site's markdown recap of a chip maker's quarter: every bullet under a label
was read alone, named no metric and came out unverifiable.) A bullet under a label is read again
as one sentence with its label before it ("Total Revenue: Up 4% from Q3 FY24"), by the same
sentence reader, so the label's adjusting words ("Non-GAAP Gross Margin") and the bullet's own
comparison words count as they would in prose. Only figures the sentence reader left unnamed
are read here, and only the readings of what the figure is: its period stays the one the article
read in place (the re-read sentence has none of the article's context). A label that names no
line ("Key Financial Metrics", "Outlook") names nothing, and a bullet with a bold label of its
own starts another group.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.verdicts import Article, Claim
from pipeline.verify import claims_context as ctx

# a bullet's mark: a dash of any length, a dot, a star or a plus, or a number with its stop
_MARK = BULLET_MARK = r"[ \t]*(?:[-\u2013\u2014\u2022*+]|\d{1,2}[.)])[ \t]+"
# "- **Operating Income**: $2.1 billion", "**Net Income:** $1.4 billion", "**Diluted EPS**":
# a bold label opening its line, then a colon or the line's end; its words hold no digit (a
# figure or a period in the label would be read as the bullet's own)
_LABEL = re.compile(
    rf"^(?:{_MARK})?\*\*(?P<label>[A-Za-z][A-Za-z&/()',\- ]{{1,60}}?)\s*(?::\s*\*\*|\*\*\s*:|"
    r"\*\*\s*$)")
# a markdown heading ("### Revenue"): it closes a group like a label does
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]")
_BULLET = re.compile(rf"^{_MARK}(?=\S)")
_MAX_BULLETS = 6  # bullets a label governs
# A bullet's own label before its figure ("- Capital plan: $3.4 billion", "- Fuel: $580 million"
# under a line's label, a machine summary's list of what else the quarter held): it names its
# own item, not the bold label's line, unless every word of it only dates or qualifies that
# line ("- Prior year:", "- Q2 2025:", "- GAAP:", "- Six months:"). Lent the line, such items
# were compared with the line's figure and drifted.
_SUB_LABEL = re.compile(r"^(?P<words>[^:$%\d]*?(?:\d[^:$%]*?)?)\s*:\s*(?:US)?[$€£]?\s*$")
LINE_WORDS = _LINE_WORDS = frozenset((
    # dating the line
    "q1 q2 q3 q4 h1 h2 1h 2h 6m 9m ytd fy quarter quarterly year years yearly annual half first "
    "second third fourth three six nine twelve month months week weeks fiscal full prior "
    "previous last ago earlier same period current this the a to date latest reported "
    "comparable figure tally result number mark "
    # qualifying it, as in prose
    "gaap non adjusted basic diluted total consolidated organic core underlying "
    # its change against a base
    "change growth yoy y/y qoq q/q vs versus sequential sequentially").split())


def read_bullets(article: Article, raw: str, claims: list[Claim], reader) -> list[Claim]:
    """The claims, each unnamed figure of a labelled bullet named by re-reading the bullet
    with its label. ``raw``: the article's text before its bold marks were blanked (the same
    length: the offsets agree); ``reader``: the sentence reader (``claims.claims_in_sentence``,
    passed in: it imports this module's caller)."""
    if "**" not in raw:
        return claims
    governed = _governed_lines(raw)
    if not governed:
        return claims
    out = []
    for claim in claims:
        line = _line_of(governed, claim) if _unnamed(claim) else None
        out.append(claim if line is None else _reread(article, claim, line, reader))
    return out


def _unnamed(claim: Claim) -> bool:
    return (claim.metric is None and claim.value is not None and claim.unit is not None
            and claim.not_checkable_reason is None and claim.unread_why is None)


def _governed_lines(raw: str) -> dict[tuple[int, int], str]:
    """(start, end) of each bullet line under a label -> the label's words."""
    governed: dict[tuple[int, int], str] = {}
    label: str | None = None
    count = 0
    offset = 0
    for line in raw.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if not line.strip():
            continue
        head = _LABEL.match(line)
        if head is not None:
            label, count = head.group("label").strip(), 0
            continue
        bullet = _BULLET.match(line)
        if label is None or bullet is None or _HEADING.match(line) or count >= _MAX_BULLETS:
            label = None  # (prose, a heading or a long list: the label's group is over)
            continue
        count += 1
        governed[(start + bullet.end(), start + len(line))] = label
    return governed


def _line_of(governed: dict[tuple[int, int], str], claim: Claim) -> tuple[int, int, str] | None:
    for (start, end), label in governed.items():
        if start <= claim.span[0] < end:
            return start, end, label
    return None


def _reread(article: Article, claim: Claim, line: tuple[int, int, str], reader) -> Claim:
    """``claim`` named as its bullet read with its label before it reads it; as it was when
    that reading names no metric either."""
    start, end, label = line
    if _names_own_item(article.text[start:claim.span[0]]):
        return claim
    prefix = f"{label}: "
    text = prefix + article.text[start:end].strip()
    shift = start - len(prefix) + (len(article.text[start:end]) -
                                   len(article.text[start:end].lstrip()))
    alone = Article(name=article.name, text=text, sha256=article.sha256)
    found, _ = reader(alone, ctx.Sentence(0, len(text), text, 0), None)
    wanted = (claim.span[0] - shift, claim.span[1] - shift)
    match = next((c for c in found if c.span == wanted), None)
    if match is None or match.metric is None:
        return claim
    # (its value too: a change's sign may follow from the line the label names, as "Improved
    # by 1.0 point" under a cost ratio's label is a fall; kept as read alone, it drifted)
    return replace(claim, sentence=text, metric=match.metric, unit=match.unit, value=match.value,
                   basis=match.basis, entity=match.entity or claim.entity,
                   readings=match.readings, reading_pinned=match.reading_pinned,
                   not_checkable_reason=match.not_checkable_reason)


def _names_own_item(before: str) -> bool:
    """Whether the bullet's words before its figure are a label of their own naming something
    other than the bold label's line (``_SUB_LABEL``)."""
    own = _SUB_LABEL.match(before.replace("*", " "))
    if own is None:
        return False
    words = re.findall(r"[a-z0-9/']+", own.group("words").lower())
    return any(w not in _LINE_WORDS and not re.fullmatch(r"(?:fy|q[1-4])?'?\d{2,4}", w)
               for w in words)
