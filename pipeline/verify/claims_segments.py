"""Parts of revenue an article may quote (segments, channels, regions), told apart from the
company's total so that they are never compared with it."""

from __future__ import annotations

import re

# A part of revenue ("data center revenue", "online sales", "Collectibles sales"): filed, if at
# all, as a segment; it must never be compared with the company's total. The word before
# "revenue"/"sales" decides: a known segment word, or any lowercase word that is not one of the
# ordinary words that can precede a total ("net", "total", "quarterly", "reported", "its", ...).
_REVENUE_WORD = re.compile(r"(?P<word>[A-Za-z][\w.&'’-]*)\s+(?:net\s+)?(?:revenues?|sales)\b(?!.*"
                           r"\b(?:revenues?|sales)\b)", re.I | re.S)
_SEGMENT_WORDS = {
    "online", "center", "centre", "gaming", "automotive", "visualization", "product", "products",
    "service", "services", "subscription", "subscriptions", "license", "licenses", "licence",
    "licensing", "hardware", "software", "cloud", "international", "domestic", "segment", "store",
    "comparable", "same-store", "e-commerce", "ecommerce", "digital", "commercial", "government",
    "advertising", "recurring", "interest", "grant", "royalty", "royalties", "merchandise",
    "networking", "compute", "iphone", "mac", "ipad", "wearables", "collectibles", "accessories",
    "apparel", "footwear", "retail", "wholesale", "enterprise", "consumer", "healthcare",
    "energy", "storage", "memory", "client", "embedded", "mobile", "platform", "support",
    "maintenance", "transaction", "payments", "membership", "vehicle", "leasing", "aws",
    "china", "europe", "americas", "asia", "japan", "emea", "apac", "u.s.", "us", "segment's",
    "inference", "training", "collaboration", "system", "systems", "dtc", "direct", "channel"}
_TOTAL_WORDS = {
    "net", "total", "annual", "quarterly", "record", "reported", "consolidated", "gaap", "its",
    "their", "our", "the", "a", "an", "of", "in", "and", "with", "that", "which", "fiscal",
    "full-year", "full", "year", "years", "quarter", "second-quarter", "first-quarter",
    "third-quarter", "fourth-quarter", "first-half", "half-year", "overall", "combined",
    "trailing", "whose", "for", "to", "on", "at", "by", "from", "as", "where", "when", "while",
    "but", "so", "posted", "generated", "had", "booked", "recorded", "delivered", "brought",
    "saw", "said", "says", "shows", "showed", "puts", "put", "was", "were", "is", "are", "be",
    "been", "this", "these", "last", "prior", "previous", "same", "higher", "lower", "strong",
    "weak", "growing", "rising", "falling", "company", "group", "top-line", "yearly", "ttm",
    "twelve-month", "lifted", "grew", "nearly", "doubled", "tripled", "gross", "average"}

def revenue_segment(before: str) -> str | None:
    """The part of revenue a figure is about, when the words before it name one."""
    found = _REVENUE_WORD.search(before)
    if found is None:
        return None
    word = found.group("word")
    lower = word.lower()
    if lower in _SEGMENT_WORDS or (word.islower() and lower not in _TOTAL_WORDS
                                   and not lower.isdigit()):
        return found.group(0).split()[0].lower() + " " + found.group(0).split()[-1].lower()
    return None
