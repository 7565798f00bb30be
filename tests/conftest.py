"""Shared fixtures: where the real corpus is, an in-memory warehouse, the EDGAR test server,
the offline Cerebras fixtures ingested into a data dir."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
EDGAR_FIXTURES = FIXTURES / "edgar"
pytest_plugins = ["tests.edgar_server"]  # the edgar_server fixture (fake EDGAR on 127.0.0.1)


def _shared_dir() -> Path:
    return Path(os.environ.get("FILINGCHECK_SHARED", ROOT.parent / "shared"))


def _corpus_dir() -> Path:
    return Path(os.environ.get("FILINGCHECK_CORPUS", _shared_dir() / "corpus"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the project root; tests that need it skip with a reason when absent."""
    path = _shared_dir()
    if not path.is_dir():
        pytest.skip(f"../shared is absent ({path}); these tests read it in place")
    return path


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The real EDGAR corpus (../shared/corpus or $FILINGCHECK_CORPUS)."""
    path = _corpus_dir()
    if not path.is_dir():
        pytest.skip(f"the real EDGAR corpus is absent ({path}); it is present in CI")
    return path


@pytest.fixture(scope="session")
def corpus_filings(corpus_dir) -> list[tuple[Path, bytes]]:
    """Every filing document of the corpus (HTML, not an index page nor a rendered R page),
    with its bytes, in path order."""
    paths = sorted(p for p in corpus_dir.rglob("*") if p.suffix in (".htm", ".html")
                   and not p.name.startswith("R") and "-index" not in p.name)
    return [(path, path.read_bytes()) for path in paths]


@pytest.fixture(scope="session")
def corpus_texts(corpus_filings) -> list[tuple[Path, str]]:
    """The visible text of every corpus filing document, parsed once for the session."""
    from extractors.document import parse_document

    return [(path, parse_document(content, name=path.name).text)
            for path, content in corpus_filings]


def corpus_file(relative: str) -> Path:
    """A file of the corpus, or skip with the reason it is missing."""
    path = _corpus_dir() / relative
    if not path.is_file():
        pytest.skip(f"corpus file {relative} is absent ({path})")
    return path


@pytest.fixture(scope="session")
def _cerebras_template(tmp_path_factory) -> Path:
    """The offline Cerebras mirror (fixtures/edgar) ingested once a session; only ever copied."""
    from pipeline.config import Settings
    from pipeline.ingest import ingest_company

    data = tmp_path_factory.mktemp("cerebras-template") / "data"
    summary = ingest_company(Settings(data_dir=data, mirror=EDGAR_FIXTURES), ticker="CBRS")
    assert summary.failures == [] and summary.filings_new > 0
    return data


@pytest.fixture(scope="module")
def cerebras_data(_cerebras_template, tmp_path_factory) -> Path:
    """``<tmp>/data``: this module's own copy of a data dir holding the ingested Cerebras
    fixtures (a copy, so runs and verifications a module saves stay in that module)."""
    data = tmp_path_factory.mktemp("cerebras") / "data"
    shutil.copytree(_cerebras_template, data)
    return data


@pytest.fixture()
def db():
    """A fresh in-memory warehouse with the schema applied."""
    from warehouse import connect

    with connect(":memory:") as conn:
        yield conn


def stored_corpus_facts(relative: str, accession: str, form: str, filed, cik: int = 1) -> list:
    """Every fact ``extract_document`` reads from a corpus file, as the verifier receives them
    from the warehouse (or skip with the reason the file is missing): the one loader the
    verifier's tests on real documents share."""
    from extractors.dispatch import extract_document
    from warehouse.records import StoredFact

    path = corpus_file(relative)
    facts = extract_document(path.read_bytes(), document=path.name, form=form)
    return [StoredFact(f"f{i}", fact, cik, accession, form, filed, path.name,
                       f"https://www.sec.gov/Archives/{path.name}")
            for i, fact in enumerate(facts)]


_CORPUS_FACTS: dict[tuple, list] = {}


def corpus_verdicts(relative: str, filed, text: str, form: str = "8-K") -> dict:
    """{figure as written: (verdict, metric)} for ``text`` verified against one corpus file's
    facts, read once per file and filing date for the whole session (the tests of a release's
    sentences ask it many times)."""
    key = (relative, filed, form)
    if key not in _CORPUS_FACTS:
        _CORPUS_FACTS[key] = stored_corpus_facts(relative, "0000000000-00-000001", form, filed)
    return {v.claim.text: (v.verdict, v.claim.metric)
            for v in verify_text(text, _CORPUS_FACTS[key]).values()}


def claims_in(text: str) -> list:
    """The claims ``extract_claims`` reads from an article of ``text``."""
    import hashlib

    from core.verdicts import Article
    from pipeline.verify.claims import extract_claims

    return extract_claims(Article("t", text, hashlib.sha256(text.encode()).hexdigest()))


def verify_text(text: str, facts: list) -> dict:
    """Each claim of ``text`` verified against ``facts``, by the figure as written."""
    from pipeline.verify.api import verify_claims

    return {v.claim.text: v for v in verify_claims(claims_in(text), facts)}


def ingested_settings(data_dir: Path, filing: tuple):
    """Settings of a fresh warehouse in ``data_dir`` with one corpus filing loaded as
    ``ingest --file`` loads it; ``filing`` is (relative path, cik, form, accession, filed)."""
    from pipeline.config import load_settings
    from pipeline.ingest import ingest_file

    settings = load_settings(env={}, data_dir=data_dir)
    relative, cik, form, accession, filed = filing
    ingest_file(settings, corpus_file(relative), cik=cik, form=form, accession=accession,
                filed_date=filed)
    return settings


def article_verdicts(settings, tmp_path: Path, text: str, cik: int) -> dict[str, str]:
    """Each figure of ``text``, verified as an article file against the warehouse, by its text."""
    from pipeline.verify.api import verify_article_source

    path = tmp_path / "article.md"
    path.write_text(text, encoding="utf-8")
    outcome = verify_article_source(settings, str(path), cik=cik)
    return {v.claim.text: v.verdict for v in outcome.results[0].verifications}


def release_revenue(value: str, period: tuple, entity: str | None = None):
    """A stored revenue fact of a synthetic 8-K release's "Net sales" row (in thousands), as
    the warehouse hands it to the verifier: the one builder the tests on a 52/53-week
    retailer's periods share."""
    import hashlib
    from datetime import date
    from decimal import Decimal

    from core.facts import Fact, Source
    from warehouse.records import StoredFact

    fact = Fact("revenue", Decimal(value), "USD", period[0], period[1], entity=entity,
                decimals=-3, sources=(Source("ex99.htm", "tables", "1.0", table=1,
                                             row="Net sales", text=value),))
    fact_id = hashlib.sha256(f"{value}{period}{entity}".encode()).hexdigest()[:12]
    return StoredFact(fact_id, fact, 1, "0000000001-24-000001", "8-K", date(2024, 11, 22),
                      "ex99.htm", "https://x/ex99.htm")
