"""Figures about a part of the company from dimensional XBRL facts: a segment, a product or
service, a region (the registry rows whose entity kind is "segment": revenue, operating income).

A part's figure is a fact on exactly one of ``core.metrics.SEGMENT_AXES``. Filers often add a
second axis whose member is the whole company: Netflix tags each region's revenue with the
product member "Streaming", its only product; Union Pacific tags each commodity group's revenue
with its single "Reportable Segment". Such a member is dropped from the fact only where the
filing itself shows it is the whole: for that concept and period, the member alone is tagged
with the company's total, or its facts across the other axis add up to exactly that total.
Anything else with two axes is a cross-cut (one product in one region) and is not read.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from decimal import Decimal
from itertools import permutations

from core.metrics import SEGMENT_AXES
from extractors.concepts import CONNECTIVES, local_name, member_name

# The consolidation axis says which column of a segment reconciliation a figure stands in: a
# segment's own figure is tagged "operating segments" there beside its member (a utility's 10-Q:
# its gas segment x OperatingSegments). That member qualifies the part; it is no second part. On
# its own (the segments' sum) or with any other member (eliminations, corporate) it is no
# part's figure, and stays a cross-cut.
_CONSOLIDATION_AXIS = "ConsolidationItemsAxis"
_OWN_FIGURE = "OperatingSegmentsMember"


def segment_own_figures(readings) -> list:
    """The readings with the 'operating segments' member taken out beside a part's member."""
    out = []
    for r in readings:
        dims = r.context.dims
        if r.rule.entity == "segment" and len(dims) > 1:
            own = [a for a, m in dims.items() if local_name(a) == _CONSOLIDATION_AXIS
                   and local_name(m) == _OWN_FIGURE]
            if own and any(local_name(a) in SEGMENT_AXES for a in dims):
                r = r._replace(context=replace(r.context, dims={
                    a: m for a, m in dims.items() if a not in own}))
        out.append(r)
    return out


def whole_company_members(readings) -> list:
    """The readings with every proven whole-company member taken out of their dimensions; a
    reading left with no dimension restated the total and is dropped."""
    whole = _whole_members(readings)
    if not whole:
        return readings
    out = []
    for r in readings:
        dims = r.context.dims
        if r.rule.entity != "segment" or not dims:
            out.append(r)
            continue
        key = _key(r)
        kept = {a: m for a, m in dims.items() if (key, local_name(a), m) not in whole}
        if not kept:
            continue  # the whole company again: the undimensioned fact already says it
        if len(kept) < len(dims):
            r = r._replace(context=replace(r.context, dims=kept))
        out.append(r)
    return out


def _key(r) -> tuple:
    return (local_name(r.concept), r.context.start, r.context.end)


def _whole_members(readings) -> set[tuple]:
    stated: dict[tuple, set[Decimal]] = defaultdict(set)
    for r in readings:
        if r.rule.entity == "segment" and not r.context.dims:
            stated[_key(r)].add(r.value)
    # a total the document states two ways proves nothing
    totals = {key: next(iter(values)) for key, values in stated.items() if len(values) == 1}
    whole: set[tuple] = set()
    across: dict[tuple, dict[str, set[Decimal]]] = defaultdict(lambda: defaultdict(set))
    for r in readings:
        key = _key(r)
        if r.rule.entity != "segment" or not r.context.dims or key not in totals:
            continue
        axes = {local_name(a): m for a, m in r.context.dims.items()}
        if set(axes) - set(SEGMENT_AXES):
            continue
        if len(axes) == 1 and r.value == totals[key]:
            whole.add((key, *next(iter(axes.items()))))
        elif len(axes) == 2:
            for (axis, member), (other_axis, other) in permutations(axes.items()):
                across[key, axis, member, other_axis][other].add(r.value)
    for (key, axis, member, _), parts in across.items():
        # every part stated once and without contradiction, and they add up to the total
        if len(parts) >= 2 and all(len(v) == 1 for v in parts.values()) and sum(
                next(iter(v)) for v in parts.values()) == totals[key]:
            whole.add((key, axis, member))
    return whole


# --- the part the row names ----------------------------------------------------------------
# A chipmaker's 10-Q prints one figure beside "Data Center" and tags it with its Client member,
# another beside "Client" with Gaming, a third beside "Gaming" with Data Center: the tags' members
# turn round three of the four rows its statement, its release and the press all name. A tag
# printed in a row that names ANOTHER member of its own axis is that member's figure: the page
# the filer signs is read as printed, and the tag's member is noted in the fact's source.


def printed_row(element) -> str | None:
    """The label of the table row an inline tag is printed in (its first cell with words), or
    None when the tag stands outside a table or its row has no label of its own."""
    row = next(element.iterancestors("tr"), None)
    if row is None:
        return None
    for cell in row.iterchildren("td", "th"):
        words = " ".join("".join(cell.itertext()).split())
        if words:
            if any(True for _ in cell.iter("ix:nonfraction")) or re.fullmatch(r"[$\d.,()%\-—–]+",
                                                                             words):
                return None  # the first cell with words holds a figure: no label
            return re.sub(r"\s*\(\d\)$", "", words)  # a footnote mark: "All Other(1)"
    return None


def printed_members(readings) -> list:
    """The readings with a segment member contradicted by its own row renamed to the member the
    row names (its ``row`` keeps the printed label as the proof), less those printed in a row
    of a share of the part's figure (its external customers'); every other reading as is."""
    names: dict[str, dict[str, str]] = defaultdict(dict)  # axis -> folded name -> member
    for r in readings:
        for axis, member in r.context.dims.items():
            if local_name(axis) in SEGMENT_AXES:
                names[axis][folded_name(member_name(member))] = member
    return [_renamed(r, names) if r.row else r for r in readings
            if not (r.row and _NOT_THE_WHOLE.search(r.row))]


# A row that prints a share of a part's figure, not the whole of it: a utility's segment note tags
# Midstream's "Revenues from external customers" (5.0) with the revenue concept, beside its
# intersegment revenues (9.9) and its "Total Operating Revenues" (14.9).
_NOT_THE_WHOLE = re.compile(r"\b(?:external|intersegment|inter-segment|intercompany|affiliat\w*|"
                            r"third[- ]part(?:y|ies))\b", re.I)


def _renamed(r, names: dict[str, dict[str, str]]):
    printed = folded_name(r.row)
    dims = dict(r.context.dims)
    for axis, member in r.context.dims.items():
        other = names.get(axis, {}).get(printed)
        if other is not None and other != member and folded_name(member_name(member)) != printed:
            dims[axis] = other
    if dims == r.context.dims:
        return r._replace(row=None)
    return r._replace(context=replace(r.context, dims=dims),
                      row=f"{r.row} (tagged {', '.join(r.context.dims.values())})")


# A member named more fully than the filer prints it: a home improvement retailer's 10-Q tags its
# "Hardlines" row with "MajorProductLineHardlinesMember" and its "Décor" row with
# "MajorProductLineDcorMember" (the accent lost); a video game retailer's "Hardware and
# accessories" row with "VideogamehardwareaccessoriesMember". Articles write the printed names.
# The part is named as printed when every tag of the member stands in rows of that one label
# and the label ends the member's own name (letters only, "and" aside); a label that is only a
# line's name ("Net sales – in the U.S.") ends no member's name, and a member printed in rows
# of several labels (a region in "Net sales" and "Operating income" rows) keeps its own.


def printed_names(readings) -> dict[str, str]:
    """{a part's name as its member spells it: the row label every tag of it is printed in}."""
    labels: dict[str, set[str | None]] = defaultdict(set)
    for r in readings:
        for axis, member in r.context.dims.items():
            if local_name(axis) in SEGMENT_AXES and len(r.context.dims) == 1:
                labels[member_name(member)].add(r.row)
    out = {}
    for name, rows in labels.items():
        (label, *others) = rows
        if others or label is None:
            continue
        printed, own = _letters(label), _letters(name)
        if 2 < len(printed) < len(own) and own.endswith(printed):
            out[name] = label
    return out


def _letters(name: str) -> str:
    return re.sub(r"and|[^a-z]", "", name.encode("ascii", "ignore").decode().lower())


def named_as_printed(facts, names: dict[str, str]) -> list:
    """The facts with each part named as ``printed_names`` found it printed."""
    if not names:
        return facts
    return [replace(f, entity=names[f.entity]) if f.basis in _BASES and f.entity in names else f
            for f in facts]


def folded_name(name: str | None) -> str:
    """A name as the tags and a table may both spell it: 'I Phone' / 'iPhone', 'Americas
    Segment' / 'Americas', 'Product' / 'Products'."""
    words = re.sub(r"[^a-z0-9]+", " ", (name or "").lower().replace("&", "and")).split()
    while len(words) > 1 and words[-1] in ("segment", "member"):
        words.pop()
    return "".join(words).removesuffix("s")


# --- the filer's own spelling ------------------------------------------------------------------

_GLUED = re.compile(r"\b([A-Z][a-z]{2,}?)(and|of|for) ([A-Za-z]+)")
_ABBREVIATION = re.compile(r"[A-Z]{2,6}")


def filer_names(facts, text: str) -> list:
    """Name each part as the document spells it, with the abbreviation the document defines:
    'Asia-Pacific (APAC)' for srt:AsiaPacificMember, 'Europe, Middle East, and Africa (EMEA)'
    for us-gaap:EMEAMember (a streamer's 10-Q defines both in its regional table)."""
    parts = [f for f in facts if f.basis in _BASES and f.entity]
    if not parts:
        return facts
    names = {name: _spelled(name, text) for name in {f.entity for f in parts}}
    return [replace(f, entity=names[f.entity]) if f.basis in _BASES and f.entity else f
            for f in facts]


_BASES = frozenset(SEGMENT_AXES.values())


def _spelled(name: str, text: str) -> str:
    if _ABBREVIATION.fullmatch(name):
        return _defined_by(name, text) or name
    name = _unglued(name, text)
    found = _first_spelling(name, text)
    if found is None:
        return name
    spelled = " ".join(text[found.start():found.end()].split())
    alias = _ALIAS_AFTER.match(text, found.end())
    return f"{spelled} ({alias.group(1)})" if alias else spelled


def _first_spelling(name: str, text: str) -> re.Match | None:
    """The first place the document writes the name with its capitals ('Industrial' in a table,
    not 'industrial' in prose). Each word's capital is looked up with str.find and the phrase is
    matched only around it: a regex over a 10-K's whole text per name cost more than the tags'
    reading (a CRM maker's 10-K: tens of ms for its ten products and regions)."""
    words = name.split()
    anchor = max((w for w in words if w.lower() not in CONNECTIVES), key=len)
    offset = sum(len(w) + 1 for w in words[:words.index(anchor)])
    pattern = _phrase(name)
    at = text.find(anchor)
    while at >= 0:
        low = max(0, at - 3 * offset - 8)
        found = pattern.search(text, low, at + len(anchor) + 4 * len(name) + 8)
        if found:
            return found
        at = text.find(anchor, at + 1)
    return None


def _unglued(name: str, text: str) -> str:
    """'Marketingand Commerce Cloud' -> 'Marketing and Commerce Cloud' when the document writes
    the two words joined by 'and' (one filer's members glue it; 'Ireland' stays whole)."""
    def split(found: re.Match) -> str:
        stem, word, after = found.group(1), found.group(2), found.group(3)
        # literal look-ups by str.find: a lowered copy of a 10-K, or every 'other' in it, costs
        # more than the whole tag reading
        for head in {stem, stem.lower()}:
            for joint in (f"{head} {word} ", f"{head}s {word} ", f"{head} & ", f"{head}s & "):
                at = text.find(joint)
                while at >= 0:
                    end = at + len(joint)
                    if text[end:end + len(after)].lower() == after.lower():
                        return f"{stem} {word} {after}"
                    at = text.find(joint, end)
        return found.group(0)
    return _GLUED.sub(split, name)


def _phrase(name: str) -> re.Pattern:
    # Words in order, apart by spaces, a hyphen or a comma; "and" may be written "&". Each
    # word's first letter as the name has it, the rest in any case. A lone capital before a
    # word may be the lower-case prefix glued to it (a device maker's "<x>PadMember" humanised
    # "X Pad", which it prints "xPad": an article's "xPads" then found no such part).
    words = [r"(?:and|&)" if w.lower() == "and" else re.escape(w) if w.lower() in CONNECTIVES
             else re.escape(w[0]) + "(?i:" + re.escape(w[1:]) + ")" for w in name.split()]
    pattern = ""
    for i, (word, said) in enumerate(zip(words, name.split(), strict=True)):
        if i + 1 == len(words):
            pattern += word
        elif said.isupper() and len(said) == 1:
            pattern += f"(?:{said}[\\s,\\-]+|{said.lower()})"
        else:
            pattern += word + r"[\s,\-]+"
    return re.compile(r"\b" + pattern + r"\b")


_ALIAS_AFTER = re.compile(r"\s*\(([A-Z]{2,6})\)")


def _defined_by(abbreviation: str, text: str) -> str | None:
    """'Europe, Middle East, and Africa (EMEA)': the words before '(EMEA)' whose starts spell it."""
    at = text.find(f"({abbreviation})")
    while at >= 0:
        head_start = max(0, at - 80)
        words = list(re.finditer(r"[A-Za-z]+|&", text[head_start:at]))
        for n in range(1, min(len(words), 8) + 1):
            first = words[-n].group(0)
            if first[0].isupper() and spells(abbreviation, [w.group(0) for w in words[-n:]]):
                spelled = " ".join(text[head_start + words[-n].start():at].split())
                return f"{spelled} ({abbreviation})"
        at = text.find(f"({abbreviation})", at + 1)
    return None


def spells(abbreviation: str, words: list[str]) -> bool:
    """Whether the abbreviation is a start of each word in turn ('APAC' = A-sia PAC-ific, 'EMEA'
    = E-urope M-iddle E-ast A-frica); connectives may be skipped, no other word may."""
    abbreviation = abbreviation.lower()
    words = [w.lower() for w in words if w.lower() not in CONNECTIVES and w != "&"]
    return bool(words) and _spell(abbreviation, words)


def _spell(rest: str, words: list[str]) -> bool:
    if not words:
        return not rest
    word = words[0]
    return any(rest[:n] == word[:n] and _spell(rest[n:], words[1:])
               for n in range(1, min(len(word), len(rest)) + 1))
