"""Dump every fact and claim the project reads from the corpus, the fixtures and the articles,
one JSON line each, so a refactor can be checked as "unchanged, or each change explained".

    .venv/bin/python -m bench.dump_facts OUT_DIR      # then: diff -r BEFORE_DIR AFTER_DIR

Writes OUT_DIR/facts.jsonl (every document under ../shared/corpus and fixtures/edgar, every
extractor, with sources) and OUT_DIR/claims.jsonl (every article under fixtures/articles and
../shared/articles/real, as extract_claims reads it). Lines are sorted, so order changes alone
do not show as differences. Absent shared folders are skipped with a note on stderr.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

from core.errors import FilingcheckError
from pipeline.config import load_settings
from pipeline.facts_io import extract_content, fact_to_json
from pipeline.verify.article import read_article
from pipeline.verify.claims import extract_claims

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DOCUMENT_SUFFIXES = (".htm", ".html", ".txt")


def documents() -> list[Path]:
    found = [p for p in sorted((ROOT / "fixtures" / "edgar").rglob("*"))
             if p.suffix.lower() in DOCUMENT_SUFFIXES and "-index" not in p.name]
    corpus = SHARED / "corpus"
    if corpus.is_dir():
        found += [p for p in sorted(corpus.rglob("*")) if p.suffix.lower() in DOCUMENT_SUFFIXES
                  and "-index" not in p.name and not p.name.startswith(("R", "README"))]
    else:
        print(f"no corpus at {corpus}: fixtures only", file=sys.stderr)
    return found


def articles() -> list[Path]:
    found = sorted((ROOT / "fixtures" / "articles").rglob("*.md"))
    real = SHARED / "articles" / "real"
    if real.is_dir():
        found += sorted(real.glob("*.txt"))
    return found


def _name(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT.parent))
    except ValueError:
        return str(path)


def dump_facts(out: Path) -> int:
    lines = []
    for path in documents():
        try:
            facts = extract_content(path.read_bytes(), _name(path), form=None, use_xbrl=True)
        except FilingcheckError as exc:
            lines.append(json.dumps({"document": _name(path), "error": str(exc)}))
            continue
        lines += [json.dumps(fact_to_json(f, _name(path)), sort_keys=True) for f in facts]
    (out / "facts.jsonl").write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
    return len(lines)


def dump_claims(out: Path) -> int:
    settings = load_settings(env={})
    lines = []
    for path in articles():
        article = read_article(str(path), settings)
        for claim in extract_claims(article):
            record = {k: (str(v) if v is not None and not isinstance(v, (str, int, list))
                          else v) for k, v in asdict(claim).items()}
            record["article"] = _name(path)
            lines.append(json.dumps(record, sort_keys=True, default=str))
    (out / "claims.jsonl").write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
    return len(lines)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m bench.dump_facts OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    print(f"{dump_facts(out)} facts, {dump_claims(out)} claims -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
