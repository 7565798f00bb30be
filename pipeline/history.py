"""An article's history: tracked by where it lives, compared claim by claim across edits.

A claim's id is the article text's sha256 and the figure's character span, so any edit (one
character fixed in the lead) gives every claim a new id. History therefore follows the article's
source (its absolute path or URL), and a claim of the previous verification is matched to the
current one by id first, then by what it says (figure as written, metric, period, entity) in
reading order. What `verify` and the report compare with is the same for both
(``select_baseline``): the last verification that preceded the latest ingest of the company's
filings, so the changes the new filings made still show after `make verify` has run.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from core.verdicts import Verification


def article_source(source: str | Path) -> str:
    """The key an article's history is kept under: a URL as given, a file by its absolute path."""
    text = str(source)
    if "://" in text:
        return text
    if text in ("-", "<stdin>"):
        return "<stdin>"  # no place to track it by: its history is that of the last piped text
    return str(Path(text).expanduser().resolve())


def select_baseline(conn, source: str | Path, article_sha256: str, cik: int,
                    before_run_id: str | None = None) -> list[dict]:
    """The previous verdicts to compare a verification of this article with (empty: none)."""
    from warehouse.queries import select_baseline_verifications

    return select_baseline_verifications(conn, article_source(source), article_sha256, cik,
                                         before_run_id=before_run_id)


def text_first_seen(conn, source: str | Path, article_sha256: str,
                    before_run_id: str | None = None):
    """When this text of the article was first verified (None: never before this run)."""
    from warehouse.queries import select_text_first_verified

    return select_text_first_verified(conn, article_source(source), article_sha256,
                                      before_run_id=before_run_id)


def match_claims(previous: Sequence[Mapping[str, Any]], current: Sequence[Verification]
                 ) -> list[tuple[Mapping[str, Any] | None, Verification | None]]:
    """Pair each current verification with its claim of the previous run, in the current
    reading order; previous claims left over (no longer in the article) come last."""
    left = list(previous)
    by_id = {row.get("claim_id"): row for row in left}
    pairs: list[list] = []
    unmatched: list[int] = []
    for v in current:
        row = by_id.pop(v.claim.claim_id, None)
        pairs.append([row, v])
        if row is None:
            unmatched.append(len(pairs) - 1)
    taken = {id(pair[0]) for pair in pairs if pair[0] is not None}
    by_words: dict[tuple, list] = defaultdict(list)
    for row in sorted((r for r in left if id(r) not in taken), key=_span_of):
        by_words[_row_key(row)].append(row)
    for index in unmatched:
        same = by_words.get(_claim_key(pairs[index][1]))
        if same:
            pairs[index][0] = same.pop(0)
    gone = [row for rows in by_words.values() for row in rows]
    return [tuple(pair) for pair in pairs] + [(row, None) for row in sorted(gone, key=_span_of)]


def _claim_key(v: Verification) -> tuple:
    c = v.claim
    return (c.text, c.metric, c.period_label, c.entity)


def _row_key(row: Mapping[str, Any]) -> tuple:
    return (row.get("text") or row.get("claim_text"), row.get("metric"), row.get("period_label"),
            row.get("entity"))


def _span_of(row: Mapping[str, Any]) -> int:
    return row.get("span_start") or 0


def text_changed(previous: Sequence[Mapping[str, Any]], article_sha256: str) -> bool:
    """True when the previous verification read another text of the article."""
    shas = {row.get("article_sha256") for row in previous} - {None}
    return bool(shas) and article_sha256 not in shas
