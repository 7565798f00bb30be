"""The watchlist file: companies and tracked articles, with errors that name the problem."""

from __future__ import annotations

import pytest

from core.errors import NotFoundError, ParsingError, ValidationError
from pipeline.forms import check_form
from pipeline.watchlist import load_watchlist
from tests.conftest import ROOT


def test_project_watchlist_tracks_cerebras_article():
    entries = load_watchlist(ROOT / "watchlist.toml")
    cerebras = next(e for e in entries if e.ticker == "CBRS")
    assert cerebras.cik == 2021728
    assert cerebras.articles and all(a.endswith(".md") for a in cerebras.articles)
    assert all((ROOT / "fixtures" / "articles").as_posix() in a for a in cerebras.articles)


def test_article_paths_resolve_relative_to_the_file(tmp_path):
    (tmp_path / "w.toml").write_text(
        '[[company]]\nticker = "aapl"\narticles = ["a.md", "https://news.test/x"]\n'
    )
    [entry] = load_watchlist(tmp_path / "w.toml")
    assert entry.ticker == "AAPL"
    assert entry.articles == (str(tmp_path / "a.md"), "https://news.test/x")


@pytest.mark.parametrize(
    "text, error, words",
    [
        ("[[company]]\nname = 'x'\n", ValidationError, "company #1: give a ticker or a cik"),
        ("[[company]]\ncik = -3\n", ValidationError, "cik must be a positive"),
        ("[[company]\n", ParsingError, "not valid TOML"),
        ("title = 'x'\n", ValidationError, "no [[company]] entries"),
    ],
)
def test_bad_watchlists_name_the_problem(tmp_path, text, error, words):
    path = tmp_path / "w.toml"
    path.write_text(text)
    with pytest.raises(error, match=words.replace("[", r"\[").replace("]", r"\]")):
        load_watchlist(path)


def test_missing_watchlist(tmp_path):
    with pytest.raises(NotFoundError, match="does not exist"):
        load_watchlist(tmp_path / "nope.toml")


def test_unknown_form_is_refused_with_the_known_list():
    assert check_form("s-1/a") == "S-1/A"
    with pytest.raises(ValidationError, match="unknown form 'S-99'.*10-Q"):
        check_form("S-99")
