"""The token tables of amounts in currencies other than the US dollar: their marks, the hedges a
conversion may open with, the scales written after them. Kept apart from ``currency_asides``
(which reads conversions and makes claims of foreign amounts) so that the figure reader
(``claims_units``) can use them below it: the two import each other's layers otherwise."""

from __future__ import annotations

# Marks of a currency other than the US dollar, before the amount.
FOREIGN_MARKS = ("£", "€", "¥", "₹", "C$", "A$", "CA$", "AU$", "NZ$", "HK$", "S$", "Rs", "Rs.",
                 "GBP", "EUR", "INR", "CAD", "AUD", "JPY", "CHF")
# Words a conversion may open with.
HEDGES = ("about", "around", "roughly", "approximately", "approx.", "some", "nearly", "almost",
          "c.", "or")
# Scales and small units written after a converted amount.
SCALES = ("p", "pence", "m", "mn", "bn", "b", "k", "million", "billion", "thousand",
          "trillion", "crore", "lakh")
