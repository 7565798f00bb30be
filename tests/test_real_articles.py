"""The real-articles score as a floor that cannot regress: the 18 third-party articles of
../shared/articles/real, read in place and verified against the development corpus by
``bench.score_articles`` (the same scoring ``python -m bench.score_articles -v`` prints).

Trust first: a false ``supported`` lets an error be published, a false ``drifted`` teaches users
to ignore the tool; their counts may only go down."""

from __future__ import annotations

import pytest

from bench.score_articles import score_all, total

pytestmark = pytest.mark.corpus

# The state reached by the real-articles work; raise these as the verifier improves.
RIGHT_AT_LEAST = 285
FALSE_SUPPORTED_AT_MOST = 0
FALSE_DRIFTED_AT_MOST = 0


def test_real_articles_score_does_not_regress(shared_dir):
    if not (shared_dir / "articles" / "real" / "cases.json").is_file():
        pytest.skip(f"no real articles at {shared_dir}/articles/real: nothing to score")
    everything = total(score_all(shared_dir))
    print(everything.summary())
    for miss in everything.misses:
        if set(miss.got) & {"supported", "drifted"} - set(miss.expected):
            print(f"trust error: {miss.article} {miss.key!r} expected {miss.expected}, "
                  f"got {miss.got}")
    assert everything.false("supported") <= FALSE_SUPPORTED_AT_MOST
    assert everything.false("drifted") <= FALSE_DRIFTED_AT_MOST
    assert everything.right >= RIGHT_AT_LEAST, everything.summary()
