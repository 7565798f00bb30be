"""A part of the company named after "sales"/"revenue" by a part noun, in lowercase words.

"Sales of routing equipment grew N%", "sales of data center products rose N%", "sales in the
company's switching business rose N%": the figure is that product line's or business's, never
the company's total. The capitalised names and the known part words are read elsewhere
(claims_segments); these name a part only by the noun at their end, a token table. Read as a
part, the figure is compared with that part's filed lines, if any: never with the total.
"""

from __future__ import annotations

import re

# Nouns that end the name of a part of the company.
PART_NOUNS = ("business", "businesses", "products", "product", "equipment", "unit", "units",
              "division", "divisions", "segment", "segments", "line", "lines", "devices",
              "brands", "brand", "franchise", "portfolio", "category", "categories",
              # the markets sold into: "revenue generated from the Oil and Gas sector grew 84%"
              # (a proppant maker's year, recomputed from its total revenue)
              "sector", "sectors", "market", "markets", "industry", "industries", "vertical",
              "verticals",
              # products sold, plural (a story on a product's sales: "sales of its gaming chips
              # fell by $X", a chipmaker's, read as the company's change and drifted)
              "chips", "parts", "components", "phones", "smartphones", "computers", "vehicles",
              "cars", "trucks", "drugs", "medicines", "games", "consoles")
# Words that point back at a part named before ("this segment", "each business"): the part
# is read from where it was named, not from these words.
POINTING_WORDS = frozenset({"this", "that", "these", "those", "each", "every", "same", "such",
                            "both", "all", "either"})
# Owners that may stand between the preposition and the name ("in the company's ... business").
_OWNER = r"(?:(?:the|its|their|our)\s+)?(?:[\w.&-]+['’]s\s+)?"
_NOUNS = "|".join(sorted(PART_NOUNS, key=len, reverse=True))
_OBJECT = re.compile(
    r"\b(?:[Rr]evenues?|[Ss]ales)\s+(?:(?:generated|derived|earned|coming)\s+)?"
    r"(?:of|in|at|from|for|to)\s+" + _OWNER
    + rf"(?P<name>(?:[a-z][\w-]*\s+|[A-Z][\w&-]*\s+(?:and\s+|&\s+)?){{0,3}}?(?:{_NOUNS}))\b"
    r"(?P<rest>[^$%\d]*)$")
# a later metric word or a clause of its own between the part and the figure: not its figure
_BREAK = re.compile(r"\b(?:revenues?|sales|income|profit|earnings|margin|loss|EPS|cash)\b|;|"
                    r",\s*(?:and|but|while|whereas)\b", re.I)


def object_part(before: str) -> str | None:
    """The part that "sales of"/"sales in" names with a part noun in the words before a figure
    ("routing equipment", "switching business"), if any."""
    found = _OBJECT.search(before)
    if found is None or _BREAK.search(found.group("rest")):
        return None
    if found.group("name").split()[0].lower() in POINTING_WORDS:
        return None  # "revenues from this segment": the part named before (a heading's)
    return found.group("name")
