"""The floor every package stands on: the error tree, the fact and verdict records, dates and
periods, and the metric registry.

``core`` imports only the standard library. ``extractors``, ``warehouse`` and ``pipeline`` all
import from it; it imports none of them (``tests/test_layers.py`` fails on any upward import).
"""
