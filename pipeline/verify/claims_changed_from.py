"""The words that make two figures a change's base and the level it reached, never a range:
"dropped from $5.9 billion to $5.3 billion", "decreased by 0.8% to 18.5%". Split out of
``claims_units`` (which reads the figures and pairs ranges) to keep it small."""

from __future__ import annotations

import re

# "Gross profit percentage decreased by 0.8% to 18.5%" (a copy of Ford's fiscal 2016 release):
# a change that happened, then the level it reached, never a range (an outlook's "to grow by
# 5% to 7%" is one: its verb is not past)
CHANGED_BY = re.compile(r"\b(?:increased|decreased|rose|fell|declined|grew|dropped|climbed|"
                        r"improved|jumped|slipped|gained|expanded|contracted|narrowed|widened|"
                        r"shrank|was\s+(?:up|down))\s+by\s+(?:about\s+|roughly\s+|nearly\s+)?"
                        r"(?:US\$|\$)?$", re.I)
# "annual sales dropped from $5.9 billion to $5.3 billion": a change that happened, from the
# period before's figure to the period's own, never a range (an outlook's "revenue of $5 to $6
# billion", "ranging from $5 to $6" has no verb of change before its "from"); up to two words
# may stand between ("the segment's margin declined sharply from 32% to 11%")
_CHANGED_FROM = re.compile(r"\b(?:(?:increased|decreased|rose|risen|fell|fallen|declined|grew|"
                           r"grown|dropped|dipped|climbed|improved|jumped|slipped|gained|"
                           r"expanded|contracted|narrowed|widened|shrank|slid|sank|soared|"
                           r"surged|plunged|tumbled|went|moved|swung|shifted|slumped|sagged|"
                           r"plummeted|rebounded|recovered|eased|softened|advanced|retreated|"
                           r"spiked|ballooned|edged|dove|dived|skidded|slowed|accelerated|"
                           # "a steady improvement, rising from 67.74% in 2020 to a peak of
                           # 80.62% in 2023" (a ratio site's machine prose): the participles
                           r"rising|falling|declining|growing|increasing|decreasing|dropping|"
                           r"climbing|improving|jumping|sliding|expanding|contracting|narrowing|"
                           r"widening|shrinking|soaring|surging|plunging|moving|swinging|"
                           r"recovering|easing|advancing)"
                           r"(?:\s+[a-z]+){0,2}?|"
                           r"(?:an?\s+(?:\w+\s+)?(?:increase|decrease|decline|drop|rise|jump|"
                           r"fall|improvement|reduction|upswing|downturn))|"
                           # "grew our hash rate 54% from 11.5 to 17.7": a rate, then the base
                           r"\d+(?:\.\d+)?(?:%|\s+percent))\s+from\s+"
                           r"(?:about\s+|roughly\s+|nearly\s+)?(?:US\$|\$)?$", re.I)


# between a change's base and its level: "to", after the base's period ("the previous year to",
# "in 2022 to"), or "to a peak of"; no other figure
_BASE_TO_LEVEL = re.compile(r"^\s*(?:(?:[^\d$;.%]|(?:19|20)\d\d){0,40}?\s)?to"
                            r"(?:\s+an?\s+(?:\w+\s+)?(?:peak|high|low|record)\s+of)?\s*$", re.I)


# a sentence that opens on the base: "From $33.7 billion in 2023 to $39 billion in 2024." after
# "Revenue rose 15.6% year on year." (a blog's bullets), never a range
_OPENS_FROM = re.compile(r"^\W*from\s+(?:about\s+|roughly\s+|nearly\s+)?(?:US\$|\$)?$", re.I)


def changed_from_to(text: str, low: tuple[int, int], high: tuple[int, int], *,
                    dated: bool = False) -> bool:
    """Whether the figures at ``low`` and ``high`` are a change's base and the level it reached
    ("dropped from $5.9 billion to $5.3 billion"; ``dated``: the base's period may stand
    between them, "from $201 million the previous year to $445 million")."""
    gap = text[low[1]:high[0]]
    opened = bool(_CHANGED_FROM.search(text[max(0, low[0] - 50):low[0]])
                  or _OPENS_FROM.match(text[:low[0]]))
    return opened and (
        gap.strip().lower() == "to" or dated and bool(_BASE_TO_LEVEL.match(gap)))
