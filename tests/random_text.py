"""Random texts made of chosen pieces, for the tests that check a fast scan against the plain
pattern it stands in for: the pieces name what could trip the scan up (other cases, wide and
case-folding characters, separators); seeded, so a failure repeats."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence


def random_texts(pieces: Sequence[str], *, seed: int, count: int = 3000,
                 longest: int = 30) -> Iterator[str]:
    """``count`` texts, each up to ``longest - 1`` pieces drawn at random."""
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(pieces) for _ in range(rng.randrange(longest)))
