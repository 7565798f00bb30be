"""The token tables of amounts in currencies other than the US dollar: their marks, the hedges a
conversion may open with, the scales written after them. Kept apart from ``currency_asides``
(which reads conversions and makes claims of foreign amounts) so that the figure reader
(``claims_units``) can use them below it: the two import each other's layers otherwise."""

from __future__ import annotations

# Marks of a currency other than the US dollar, before the amount.
FOREIGN_MARKS = ("£", "€", "¥", "₹", "₩", "C$", "A$", "CA$", "AU$", "NZ$", "HK$", "S$", "NT$",
                 "R$", "MX$", "Rs", "Rs.", "GBP", "EUR", "INR", "CAD", "AUD", "JPY", "CHF",
                 # (a Chinese tech site's English edition converts each amount into yuan:
                 # "revenue reaching $46.7 billion (approximately RMB 334.245 billion)")
                 "RMB", "CNY", "HKD", "SGD", "KRW", "TWD", "BRL", "MXN", "ZAR", "SEK", "NOK",
                 "DKK", "PLN", "TRY", "NGN", "PKR")
# Words a conversion may open with.
HEDGES = ("about", "around", "roughly", "approximately", "approx.", "some", "nearly", "almost",
          "c.", "or")
# Scales and small units written after a converted amount.
SCALES = ("p", "pence", "m", "mn", "bn", "b", "k", "million", "billion", "thousand",
          "trillion", "crore", "lakh")
