"""Accession numbers, CIKs and file names from EDGAR cannot steer a path outside its root."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.errors import ValidationError
from pipeline.safepath import (
    accession_folder,
    cik10,
    resolve_within,
    validate_accession,
    validate_cik,
    validate_filename,
    validate_submissions_page,
)


def test_good_identifiers_pass():
    assert validate_accession("0001628280-26-029503") == "0001628280-26-029503"
    assert accession_folder("0001628280-26-029503") == "000162828026029503"
    assert validate_cik("0000320193") == 320193
    assert validate_cik(320193) == 320193
    assert cik10(320193) == "CIK0000320193"
    assert validate_filename("adbeex991q123.htm") == "adbeex991q123.htm"
    assert validate_filename("0000796343-23-000044-index.html")
    assert validate_submissions_page("CIK0001045810-submissions-001.json")


@pytest.mark.parametrize("bad", ["../../0001628280-26", "0001628280-26-02950", "1628280-26-029503",
                                 "0001628280-26-029503/../x", "local-abc", "", None,
                                 "0001628280-26-029503\n"])
def test_bad_accessions_are_refused(bad):
    with pytest.raises(ValidationError):
        validate_accession(bad)


@pytest.mark.parametrize("bad", [0, -5, "12345678901", "12a", "../1", "", None, True, 1.5])
def test_bad_ciks_are_refused(bad):
    with pytest.raises(ValidationError):
        validate_cik(bad)


@pytest.mark.parametrize("bad", ["../a.htm", "..", ".", "/etc/passwd", "a/b", "a\\b", "x\x00y",
                                 "C:evil", ".hidden", "~root", "", "a" * 256, "tab\there"])
def test_bad_filenames_are_refused(bad):
    with pytest.raises(ValidationError):
        validate_filename(bad)


@pytest.mark.parametrize("bad", ["../CIK0000000001-submissions-001.json", "CIK1-submissions-1.json",
                                 "CIK0001045810.json"])
def test_bad_submission_pages_are_refused(bad):
    with pytest.raises(ValidationError):
        validate_submissions_page(bad)


def test_resolve_within_refuses_traversal_and_absolute_parts(tmp_path):
    assert resolve_within(tmp_path, "a", "b.htm") == tmp_path.resolve() / "a" / "b.htm"
    with pytest.raises(ValidationError, match="outside"):
        resolve_within(tmp_path, "a", "..", "..", "x")
    with pytest.raises(ValidationError, match="outside"):
        resolve_within(tmp_path, "/etc/passwd")


@given(st.text(max_size=40))
def test_any_accepted_filename_stays_a_direct_child_of_the_root(name):
    root = Path("/srv/filingcheck-data")
    try:
        validate_filename(name)
    except ValidationError:
        return
    assert (root / name).parent == root
    assert resolve_within(root, name).parent == root.resolve()
