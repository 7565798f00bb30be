"""Drift after a new filing: ingest, verify, a later filing arrives, verify again, see what changed.

This is what `make ingest` then `make verify` do after each new filing. The 'before' state is
the fixtures mirror cut back to what EDGAR listed in mid-May 2026 (the S-1/A and the 424B4 but
no 10-Q); the 'after' state is the whole mirror.
"""

from __future__ import annotations

import json
import shutil

from pipeline.config import Settings
from pipeline.ingest_runs import ingest_each
from pipeline.verify.api import verify_watchlist
from pipeline.watchlist import load_watchlist
from tests.conftest import EDGAR_FIXTURES, FIXTURES

CUTOFF = "2026-05-20"


def mirror_as_of(root, cutoff: str):
    """A copy of the fixtures mirror whose submissions list only filings filed by ``cutoff``."""
    shutil.copytree(EDGAR_FIXTURES, root)
    path = root / "submissions" / "CIK0002021728.json"
    data = json.loads(path.read_text())
    recent = data["filings"]["recent"]
    keep = [i for i, filed in enumerate(recent["filingDate"]) if filed <= cutoff]
    data["filings"]["recent"] = {k: [v[i] for i in keep] for k, v in recent.items()}
    path.write_text(json.dumps(data))
    return root


def write_watchlist(folder):
    shutil.copy(FIXTURES / "articles" / "cerebras-ipo.md", folder / "article.md")
    path = folder / "watchlist.toml"
    path.write_text('[[company]]\nticker = "CBRS"\ncik = 2021728\narticles = ["article.md"]\n')
    return path


def verdict_of(outcome, metric):
    [result] = outcome.results
    return [v for v in result.verifications if v.claim.metric == metric]


def test_a_new_10q_turns_the_share_count_stale_and_says_so(tmp_path):
    watchlist = write_watchlist(tmp_path)
    data_dir = tmp_path / "data"
    before = Settings(data_dir=data_dir, mirror=mirror_as_of(tmp_path / "may", CUTOFF))
    [summary] = [r.summary for r in ingest_each(before, load_watchlist(watchlist))]
    # filed by the cutoff: S-1 (2024, on the extra page), S-1, S-1/A, 424B4, closing 8-K
    assert (summary.filings_new, summary.filings_skipped, summary.failures) == (5, 0, [])

    first = verify_watchlist(before, watchlist)
    [shares] = verdict_of(first, "shares_outstanding_after_offering")
    assert shares.verdict == "supported"
    assert "first verification" in first.format_text()

    after = Settings(data_dir=data_dir, mirror=EDGAR_FIXTURES)
    [summary] = [r.summary for r in ingest_each(after, load_watchlist(watchlist))]
    # filed since: two results 8-Ks and two 10-Qs; the five from May are already stored
    assert (summary.filings_new, summary.filings_skipped, summary.failures) == (4, 5, [])

    second = verify_watchlist(after, watchlist)
    [shares] = verdict_of(second, "shares_outstanding_after_offering")
    assert shares.verdict == "stale"
    assert shares.newer_value == 237564041
    text = second.format_text()
    assert "212,965,381 shares: supported, now stale after the 10-Q filed 2026-08-12" in text
    assert second.exit_status() == 1
