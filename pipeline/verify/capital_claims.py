"""Buyback and dividend figures read by what the sentence says was done with them: an amount
the board authorized (or a program announced as one act, "launched a $25 billion share
buyback") is the authorization, not money spent in a period; money spent to date under a
program is no period's buyback; a dividend still to be paid is the rate just declared. The
verbs are data (core.rows_capital); read by ``claims_metric.read_metric``."""

from __future__ import annotations

import re

from core.rows_capital import (
    ANNOUNCED_AFTER,
    ANNOUNCED_BEFORE,
    AUTHORIZED_AFTER,
    AUTHORIZED_AS,
    AUTHORIZED_BEFORE,
    CUMULATIVE_AFTER,
    DECLARED_AS,
    DECLARED_BEFORE,
)

_AUTHORIZED_BEFORE = re.compile(AUTHORIZED_BEFORE, re.I)
_AUTHORIZED_AFTER = re.compile(AUTHORIZED_AFTER, re.I)
_CUMULATIVE_AFTER = re.compile(CUMULATIVE_AFTER, re.I)
_ANNOUNCED_BEFORE = re.compile(ANNOUNCED_BEFORE, re.I)
_ANNOUNCED_AFTER = re.compile(ANNOUNCED_AFTER, re.I)
_DECLARED_BEFORE = re.compile(DECLARED_BEFORE, re.I)


def authorized_reading(found: tuple[str, str], behind: str, ahead: str = "") -> tuple:
    """A buyback figure the board authorized, or its program's, or one announced as a buyback,
    is the authorization, not money spent; money spent to date under a program is no period's
    buyback. A dividend still to be paid is the rate just declared."""
    if (declared := DECLARED_AS.get(found[0])) and _DECLARED_BEFORE.search(behind):
        return declared, found[1]
    metric = AUTHORIZED_AS.get(found[0])
    if metric and _CUMULATIVE_AFTER.match(ahead):
        return None, None
    authorized = _AUTHORIZED_BEFORE.search(behind) or _AUTHORIZED_AFTER.match(ahead) or (
        _ANNOUNCED_BEFORE.search(behind) and _ANNOUNCED_AFTER.match(ahead))
    return (metric, found[1]) if metric and authorized else found
