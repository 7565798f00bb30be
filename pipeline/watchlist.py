"""The watchlist: which companies `make ingest` refreshes and which articles `make verify` tracks.

TOML, one ``[[company]]`` table per company::

    [[company]]
    ticker = "CBRS"
    cik = 2021728
    name = "Cerebras Systems Inc."
    articles = ["fixtures/articles/cerebras-ipo.md"]

Article paths are relative to the watchlist file's folder; URLs are kept as they are.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from core.errors import NotFoundError, ParsingError, ValidationError


@dataclass(frozen=True)
class WatchlistEntry:
    ticker: str | None
    cik: int | None
    name: str | None
    articles: tuple[str, ...]


def load_watchlist(path: Path | str) -> list[WatchlistEntry]:
    """Read and validate a watchlist file; every problem names the entry and the field."""
    path = Path(path)
    if not path.is_file():
        raise NotFoundError(f"watchlist {path} does not exist; create it (see README, 'Watchlist')")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ParsingError(f"watchlist {path} is not valid TOML: {exc}") from exc
    companies = data.get("company")
    if not isinstance(companies, list) or not companies:
        raise ValidationError(f"watchlist {path} has no [[company]] entries")
    return [_read_entry(path, i, raw) for i, raw in enumerate(companies, start=1)]


def _read_entry(path: Path, number: int, raw: dict) -> WatchlistEntry:
    where = f"watchlist {path}, company #{number}"
    ticker = raw.get("ticker")
    cik = raw.get("cik")
    if ticker is None and cik is None:
        raise ValidationError(f"{where}: give a ticker or a cik")
    if cik is not None and (not isinstance(cik, int) or cik <= 0):
        raise ValidationError(f"{where}: cik must be a positive whole number, got {cik!r}")
    if ticker is not None and not isinstance(ticker, str):
        raise ValidationError(f"{where}: ticker must be text, got {ticker!r}")
    articles = raw.get("articles", [])
    if not isinstance(articles, list) or not all(isinstance(a, str) for a in articles):
        raise ValidationError(f"{where}: articles must be a list of paths or URLs")
    return WatchlistEntry(
        ticker=ticker.upper() if ticker else None,
        cik=cik,
        name=raw.get("name"),
        articles=tuple(_resolve_article(path.parent, a) for a in articles),
    )


def _resolve_article(folder: Path, article: str) -> str:
    if article.startswith(("http://", "https://")):
        return article
    return str((folder / article).resolve())
