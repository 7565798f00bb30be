"""Settings: identity rule, rate cap, precedence of flags over environment over defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ValidationError
from pipeline.config import DEFAULT_RATE_PER_S, Settings, check_identity, load_settings
from pipeline.ratelimit import RateLimiter, shared_limiter


@pytest.mark.parametrize("identity", ["", "  ", "Jane Doe", "jane@newsroom.org",
                                      "Jane jane@example.com", "Jane jane@mail.example.org",
                                      "Jane jane@test.com"])
def test_empty_malformed_or_placeholder_identity_is_refused_quoting_the_rule(identity):
    with pytest.raises(ValidationError, match="SEC_USER_AGENT") as info:
        check_identity(identity)
    assert "accessing-edgar-data" in str(info.value)


def test_a_real_identity_is_accepted():
    check_identity("Jane Doe jane.doe@newsroom.org")
    assert Settings(user_agent="Jane Doe jane.doe@newsroom.org").require_identity()


def test_identity_is_only_required_when_asked():
    settings = Settings()  # no identity: fine for the mirror and offline
    with pytest.raises(ValidationError):
        settings.require_identity()


@pytest.mark.parametrize("rate", [0, -1, 10.5, 100])
def test_rate_outside_zero_to_ten_is_refused(rate):
    with pytest.raises(ValidationError, match="10"):
        Settings(rate_per_s=rate)
    with pytest.raises(ValidationError):
        RateLimiter(rate)


def test_defaults():
    settings = Settings()
    assert settings.rate_per_s == DEFAULT_RATE_PER_S == 8.0
    assert settings.base_url == "https://www.sec.gov"
    assert settings.data_url == "https://data.sec.gov"
    assert settings.raw_dir == Path("data") / "raw"
    assert settings.db_path == Path("data") / "filingcheck.duckdb"


def test_flags_win_over_environment_over_defaults():
    env = {"FILINGCHECK_DATA_DIR": "/env/data", "SEC_USER_AGENT": "Env User env@newsroom.org",
           "FILINGCHECK_RATE": "5", "EDGAR_BASE_URL": "http://127.0.0.1:9/",
           "EDGAR_MIRROR": "/env/mirror"}
    settings = load_settings(env, data_dir="/flag/data", mirror=None, offline=True)
    assert settings.data_dir == Path("/flag/data")
    assert settings.mirror == Path("/env/mirror")
    assert settings.rate_per_s == 5.0
    assert settings.base_url == "http://127.0.0.1:9"
    assert settings.data_url == "https://data.sec.gov"
    assert settings.offline is True


def test_bad_rate_in_environment_is_explained():
    with pytest.raises(ValidationError, match="FILINGCHECK_RATE"):
        load_settings({"FILINGCHECK_RATE": "fast"})
    with pytest.raises(ValidationError, match="FILINGCHECK_RATE"):
        load_settings({"FILINGCHECK_RATE": "11"})


def test_limiter_spaces_slots_so_no_second_holds_more_than_the_rate():
    now = [100.0]
    limiter = RateLimiter(4, clock=lambda: now[0], sleep=lambda s: now.__setitem__(0, now[0] + s))
    slots = [limiter.acquire() for _ in range(20)]
    assert all(b > a for a, b in zip(slots, slots[1:], strict=False))
    assert all(slots[i + 4] - slots[i] >= 1.0 for i in range(len(slots) - 4))
    assert slots[-1] - slots[0] < 19 / 4 * 1.11  # and costs at most ~10% of the rate


def test_limiter_lets_an_idle_caller_go_at_once():
    now = [0.0]
    slept = []
    limiter = RateLimiter(2, clock=lambda: now[0], sleep=slept.append)
    limiter.acquire()
    now[0] = 10.0
    assert limiter.acquire() == 10.0
    assert slept == []


def test_one_shared_limiter_per_rate():
    assert shared_limiter(7.0) is shared_limiter(7.0)


def test_limits_come_from_the_environment_and_refuse_nonsense():
    settings = load_settings({"FILINGCHECK_MAX_BODY_MB": "64",
                              "FILINGCHECK_ALLOW_PRIVATE_URLS": "1"})
    assert settings.max_body_bytes == 64 * 2**20 and settings.allow_private_urls
    assert not load_settings({}).allow_private_urls
    with pytest.raises(ValidationError, match="FILINGCHECK_MAX_BODY_MB"):
        load_settings({"FILINGCHECK_MAX_BODY_MB": "lots"})
