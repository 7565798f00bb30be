"""The content-addressed raw store and its fetch log."""

from __future__ import annotations

import hashlib
import json
import os
import threading

import pytest

from core.errors import NotFoundError, ParsingError, ValidationError
from pipeline.rawstore import RawStore

URL = "https://www.sec.gov/Archives/edgar/data/1/000000000126000001/a.htm"


def stored_files(store: RawStore) -> list:
    return sorted(p for p in (store.root / "sha256").rglob("*") if p.is_file())


def test_put_then_get_by_sha256(tmp_path):
    store = RawStore(tmp_path / "raw")
    sha = store.put(URL, 200, b"<html>body</html>")
    assert sha == hashlib.sha256(b"<html>body</html>").hexdigest()
    assert store.path_for(sha) == tmp_path / "raw" / "sha256" / sha[:2] / sha
    assert store.get(sha) == b"<html>body</html>"
    assert store.lookup(URL) == sha


def test_same_body_twice_is_one_file_and_two_log_lines(tmp_path):
    store = RawStore(tmp_path)
    first = store.put(URL, 200, b"same")
    second = store.put(URL + "?again", 200, b"same")
    assert first == second
    assert stored_files(store) == [store.path_for(first)]
    entries = store.iter_log()
    assert [e["url"] for e in entries] == [URL, URL + "?again"]
    assert set(entries[0]) == {"url", "status", "sha256", "bytes", "fetched_at"}
    assert entries[0]["bytes"] == 4 and entries[0]["status"] == 200


def test_lookup_gives_the_latest_successful_fetch(tmp_path):
    store = RawStore(tmp_path)
    old = store.put(URL, 200, b"v1")
    new = store.put(URL, 200, b"v2")
    store.put(URL, 500, b"error page")
    assert store.lookup(URL) == new != old
    assert store.lookup("https://www.sec.gov/nothing") is None
    # A fresh store object reads the same answer back from the log.
    assert RawStore(tmp_path).lookup(URL) == new


def test_lookup_ignores_an_entry_whose_body_was_deleted(tmp_path):
    store = RawStore(tmp_path)
    sha = store.put(URL, 200, b"gone soon")
    store.path_for(sha).unlink()
    assert store.lookup(URL) is None


def test_missing_body_is_not_found(tmp_path):
    with pytest.raises(NotFoundError, match="not in the raw store"):
        RawStore(tmp_path).get("0" * 64)


@pytest.mark.parametrize("bad", ["../../etc/passwd", "abc", "A" * 64, "g" * 64, ""])
def test_addresses_are_only_sha256_hex(tmp_path, bad):
    with pytest.raises(ValidationError):
        RawStore(tmp_path).path_for(bad)


def test_a_failed_write_leaves_neither_body_nor_temp_file(tmp_path, monkeypatch):
    store = RawStore(tmp_path)

    def crash(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        store.put(URL, 200, b"never kept")
    assert stored_files(store) == []
    assert store.iter_log() == []
    assert store.lookup(URL) is None


def test_write_goes_through_a_temp_file_in_the_same_directory(tmp_path, monkeypatch):
    store = RawStore(tmp_path)
    seen = []
    real_replace = os.replace

    def spy(src, dst):
        seen.append((os.path.dirname(src), os.path.dirname(dst), os.path.basename(src)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    store.put(URL, 200, b"atomic")
    [(src_dir, dst_dir, name)] = seen
    assert src_dir == dst_dir and name.startswith(".tmp-")


def test_corrupted_body_is_reported(tmp_path):
    store = RawStore(tmp_path)
    sha = store.put(URL, 200, b"original")
    store.path_for(sha).write_bytes(b"tampered")
    with pytest.raises(ParsingError, match="does not match its sha256"):
        store.get(sha)


def test_half_written_last_log_line_is_ignored_but_a_bad_middle_line_is_reported(tmp_path):
    store = RawStore(tmp_path)
    sha = store.put(URL, 200, b"kept")
    with store.log_path.open("a") as handle:
        handle.write('{"url": "https://www.sec.gov/x", "sta')
    assert RawStore(tmp_path).lookup(URL) == sha
    store.log_path.write_text("not json\n" + json.dumps({"url": URL, "sha256": sha}) + "\n")
    with pytest.raises(ParsingError, match="line 1"):
        RawStore(tmp_path).lookup(URL)


def test_concurrent_puts_keep_every_log_line(tmp_path):
    store = RawStore(tmp_path)

    def put_many(n):
        for i in range(20):
            store.put(f"{URL}?{n}-{i}", 200, f"{n}-{i}".encode())

    threads = [threading.Thread(target=put_many, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(store.iter_log()) == 80
    assert len(stored_files(store)) == 80


def test_bodies_must_be_bytes(tmp_path):
    with pytest.raises(ValidationError):
        RawStore(tmp_path).put(URL, 200, "text")


def test_a_rejected_body_is_looked_up_no_more_until_fetched_again(tmp_path):
    from pipeline.rawstore import RawStore

    store = RawStore(tmp_path / "raw")
    url = "https://www.sec.gov/Archives/edgar/data/1/000000000000000001/a.htm"
    bad = store.put(url, 200, b"   ")
    store.reject(url, bad, "empty document")
    assert store.lookup(url) is None
    assert RawStore(tmp_path / "raw").lookup(url) is None  # the log remembers the rejection
    good = store.put(url, 200, b"<html>fine</html>")
    assert RawStore(tmp_path / "raw").lookup(url) == good


def test_a_torn_last_log_line_is_dropped_before_the_next_append(tmp_path):
    """Disk full mid-append left half a line; the next put must not weld onto it."""
    store = RawStore(tmp_path / "raw")
    first = store.put("https://www.sec.gov/a", 200, b"first body")
    with store.log_path.open("a", encoding="utf-8") as handle:
        handle.write('{"url": "https://www.sec.gov/b", "sta')  # the crash
    again = RawStore(tmp_path / "raw")
    second = again.put("https://www.sec.gov/c", 200, b"second body")
    reread = RawStore(tmp_path / "raw")
    assert [e["url"] for e in reread.iter_log()] == ["https://www.sec.gov/a",
                                                      "https://www.sec.gov/c"]
    assert reread.lookup("https://www.sec.gov/a") == first
    assert reread.lookup("https://www.sec.gov/c") == second
