"""Every verdict of ../shared/articles/real right: the 18 third-party articles there, read in
place and verified against the development corpus by ``bench.score_articles`` (the same scoring
``python -m bench.score_articles -v`` prints). Each miss is listed when it fails.

Trust first: a false ``supported`` lets an error be published, a false ``drifted`` teaches users
to ignore the tool; their counts may only go down."""

from __future__ import annotations

import pytest

from bench.score_articles import score_all, total

pytestmark = pytest.mark.corpus


def test_every_real_article_verdict_is_right(shared_dir):
    """Issue 12's acceptance: every key of cases.json gets its hand verdict (291 of 291), so in
    particular none is falsely supported or falsely drifted."""
    if not (shared_dir / "articles" / "real" / "cases.json").is_file():
        pytest.skip(f"no real articles at {shared_dir}/articles/real: nothing to score")
    everything = total(score_all(shared_dir))
    print(everything.summary())
    for miss in everything.misses:
        if set(miss.got) & {"supported", "drifted"} - set(miss.expected):
            print(f"trust error: {miss.article} {miss.key!r} expected {miss.expected}, "
                  f"got {miss.got}")
    assert everything.false("supported") == 0, everything.summary()
    assert everything.false("drifted") == 0, everything.summary()
    for miss in everything.misses:
        print(f"miss: {miss.article} {miss.key!r} expected {miss.expected}, got {miss.got}")
    assert not everything.misses, everything.summary()
