"""Score the verifier on real articles whose verdicts were decided by hand.

Run: ``python -m bench.score_articles`` (or ``make articles``). Reads
``../shared/articles/real/cases.json`` in place (see its README): for each case, a fresh
warehouse, each filing loaded as ``ingest --file`` loads it, then the article verified. Every
claim whose figure text contains an expected key (whitespace removed, en dash as hyphen, lower
case) must carry an acceptable verdict; a key that matches no claim counts as wrong. False
``supported`` and false ``drifted`` are counted apart: they are the errors that break a reader's
trust.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipeline.config import load_settings
from pipeline.ingest import ingest_file
from pipeline.verify.api import verify_article_source

ROOT = Path(__file__).resolve().parent.parent
TRUST_ERRORS = ("supported", "drifted")


def shared_dir() -> Path:
    return Path(os.environ.get("FILINGCHECK_SHARED", ROOT.parent / "shared"))


@dataclass
class Miss:
    article: str
    key: str
    expected: tuple[str, ...]
    got: tuple[str, ...]  # the verdicts of the claims the key matched; empty when none
    reasons: tuple[str, ...] = ()


@dataclass
class Score:
    right: int = 0
    total: int = 0
    misses: list[Miss] = field(default_factory=list)

    def false(self, verdict: str) -> int:
        """Keys answered ``verdict`` where the hand-decided verdict is another."""
        return sum(1 for m in self.misses if verdict in m.got and verdict not in m.expected)

    def summary(self) -> str:
        return (f"{self.right} of {self.total} verdicts right ({self.right / self.total:.0%}); "
                f"false supported {self.false('supported')}, "
                f"false drifted {self.false('drifted')}")


def normalise(text: str) -> str:
    return "".join(text.split()).replace("\u2013", "-").lower()


def score_case(case: dict, shared: Path, data_dir: Path) -> Score:
    settings = load_settings(env={}, data_dir=data_dir)
    cik = int(case["cik"])
    for entry in case["files"]:
        filed = date.fromisoformat(entry["filed"]) if entry.get("filed") else None
        ingest_file(settings, shared / entry["path"], cik=cik, form=entry["form"],
                    accession=entry.get("accession"), filed_date=filed)
    outcome = verify_article_source(settings, str(shared / case["article"]), cik=cik)
    verifications = outcome.results[0].verifications
    score = Score()
    for key, expected in case["expect"].items():
        accepted = (expected,) if isinstance(expected, str) else tuple(expected)
        hits = [v for v in verifications if normalise(key) in normalise(v.claim.text)]
        got = tuple(v.verdict for v in hits)
        score.total += 1
        if hits and all(v in accepted for v in got):
            score.right += 1
        else:
            score.misses.append(Miss(case["article"], key, accepted, got,
                                     tuple(v.reason or "" for v in hits)))
    return score


def score_all(shared: Path) -> dict[str, Score]:
    cases = json.loads((shared / "articles" / "real" / "cases.json").read_text())["cases"]
    scores = {}
    with tempfile.TemporaryDirectory(prefix="filingcheck-articles-") as tmp:
        for number, case in enumerate(cases):
            scores[case["article"]] = score_case(case, shared, Path(tmp) / str(number))
    return scores


def total(scores: dict[str, Score]) -> Score:
    out = Score()
    for score in scores.values():
        out.right += score.right
        out.total += score.total
        out.misses += score.misses
    return out


def main(argv: list[str]) -> int:
    shared = shared_dir()
    if not (shared / "articles" / "real" / "cases.json").is_file():
        print(f"no real articles at {shared}/articles/real: nothing to score")
        return 0
    scores = score_all(shared)
    for article, score in scores.items():
        print(f"{Path(article).name:40} {score.right:3}/{score.total:<3}")
    everything = total(scores)
    if "-v" in argv:
        for miss in everything.misses:
            print(f"MISS {Path(miss.article).name} {miss.key!r}: expected "
                  f"{'/'.join(miss.expected)}, got {', '.join(miss.got) or 'no claim'}"
                  f"{' — ' + miss.reasons[0][:160] if miss.reasons and miss.reasons[0] else ''}")
    print(everything.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
