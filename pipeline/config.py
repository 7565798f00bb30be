"""One frozen settings object, built from flags, the environment and the config file.

Flags win over the environment, the environment over the config file
(``$XDG_CONFIG_HOME/filingcheck/config.toml``, by default ``~/.config/filingcheck/config.toml``),
the config file over defaults. The EDGAR identity is checked
only when a real network request is about to be made (``require_identity``), so the offline
demo and the mirror need no configuration.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from core.errors import ValidationError
from pipeline.forms import DEFAULT_FORMS

SEC_RULE = (
    "The SEC requires automated access to EDGAR to declare who is making it: "
    '"Sample Company Name AdminContact@<sample company domain>.com" in the User-Agent header '
    "(https://www.sec.gov/os/accessing-edgar-data). Set SEC_USER_AGENT to your name and email, "
    "e.g. SEC_USER_AGENT=\"Jane Doe jane.doe@newsroom.org\"."
)
MAX_RATE_PER_S = 10.0
DEFAULT_RATE_PER_S = 8.0
_PLACEHOLDER_DOMAINS = ("example.com", "example.org", "example.net", "test.com", "domain.com",
                        "email.com", "sample.com", "company.com")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}")


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know; never mutated (use ``with_``)."""

    data_dir: Path = Path("data")
    user_agent: str = ""
    rate_per_s: float = DEFAULT_RATE_PER_S
    base_url: str = "https://www.sec.gov"
    data_url: str = "https://data.sec.gov"
    mirror: Path | None = None
    offline: bool = False
    timeout_s: float = 30.0
    max_retries: int = 5
    backoff_s: float = 1.0
    forms: tuple[str, ...] = DEFAULT_FORMS
    # Limits on what comes in (issue 14): a gzip bomb, an endless or a trickled body, a chain
    # of redirects. The largest EDGAR bodies (a full-text .txt submission, a big filer's
    # companyfacts JSON) are tens of MB; a response that takes minutes is not EDGAR being slow.
    max_body_bytes: int = 256 * 2**20  # after decompression (FILINGCHECK_MAX_BODY_MB)
    response_deadline_s: float = 180.0  # the whole response, not one read
    max_redirects: int = 5
    max_article_bytes: int = 20 * 2**20
    # Article URLs on private or loopback addresses (an intranet, this machine) are refused
    # unless this is set (tests serve articles from 127.0.0.1).
    allow_private_urls: bool = False
    # --warehouse: another DuckDB file than <data_dir>/filingcheck.duckdb, e.g. a bulk lake's
    # catalog <lake>/lake.duckdb (pipeline/bulk/catalog.py)
    warehouse: Path | None = None
    # Limits on the work one input may cause (issue 14, pipeline.limits): a real filing
    # document is at most tens of MB and its largest table some thousands of cells; a real
    # article is tens of KB with some hundreds of figures.
    max_document_bytes: int = 128 * 2**20  # FILINGCHECK_MAX_DOCUMENT_MB
    max_table_cells: int = 100_000  # FILINGCHECK_MAX_TABLE_CELLS
    max_facts_per_document: int = 50_000  # FILINGCHECK_MAX_FACTS
    max_article_chars: int = 1_000_000  # the article's text (FILINGCHECK_MAX_ARTICLE_CHARS)
    max_article_claims: int = 1_000  # figures in one article (FILINGCHECK_MAX_CLAIMS)

    def __post_init__(self) -> None:
        if not 0 < self.rate_per_s <= MAX_RATE_PER_S:
            raise ValidationError(
                f"request rate {self.rate_per_s}/s is not allowed: the SEC's fair-access policy "
                f"caps automated access at {MAX_RATE_PER_S:g} requests per second; "
                "set FILINGCHECK_RATE to a value in (0, 10]"
            )

    @property
    def raw_dir(self) -> Path:
        """Content-addressed store of every body fetched."""
        return self.data_dir / "raw"

    @property
    def db_path(self) -> Path:
        """The DuckDB warehouse file."""
        return self.warehouse or self.data_dir / "filingcheck.duckdb"

    def with_(self, **changes) -> Settings:
        return replace(self, **changes)

    def require_identity(self) -> str:
        """Return the User-Agent, or raise ValidationError quoting the SEC rule."""
        check_identity(self.user_agent)
        return self.user_agent


def check_identity(user_agent: str) -> None:
    """Refuse an empty, malformed or placeholder EDGAR identity."""
    ua = (user_agent or "").strip()
    if not ua:
        raise ValidationError(f"No EDGAR identity is set. {SEC_RULE}")
    match = _EMAIL.search(ua)
    if match is None or not ua[: match.start()].strip():
        raise ValidationError(
            f"SEC_USER_AGENT={ua!r} must give a name and an email address. {SEC_RULE}"
        )
    domain = match.group(0).rsplit("@", 1)[1].lower()
    if any(domain == d or domain.endswith("." + d) for d in _PLACEHOLDER_DOMAINS):
        raise ValidationError(
            f"SEC_USER_AGENT={ua!r} uses a placeholder address ({domain}); "
            f"give a real contact. {SEC_RULE}"
        )


# The limits of pipeline.limits: environment variable -> (setting, multiplier to its unit).
_LIMIT_VARIABLES = {
    "FILINGCHECK_MAX_DOCUMENT_MB": ("max_document_bytes", 2**20),
    "FILINGCHECK_MAX_TABLE_CELLS": ("max_table_cells", 1),
    "FILINGCHECK_MAX_FACTS": ("max_facts_per_document", 1),
    "FILINGCHECK_MAX_ARTICLE_CHARS": ("max_article_chars", 1),
    "FILINGCHECK_MAX_CLAIMS": ("max_article_claims", 1),
}


def _limits_from_env(env) -> dict:
    values = {}
    for variable, (name, unit) in _LIMIT_VARIABLES.items():
        text = env.get(variable, "").strip()
        if not text:
            continue
        if not text.isdigit() or int(text) == 0:
            raise ValidationError(f"{variable}={text!r} is not a positive whole number")
        values[name] = int(text) * unit
    return values


# What the config file may set, and the Settings field each key fills.
CONFIG_KEYS = {"user_agent": "user_agent", "data_dir": "data_dir"}


def config_path(env: dict[str, str] | None = None) -> Path | None:
    """Where the config file is looked for (XDG base directories); None without a home."""
    env = os.environ if env is None else env
    base = env.get("XDG_CONFIG_HOME") or (f"{env['HOME']}/.config" if env.get("HOME") else "")
    return Path(base) / "filingcheck" / "config.toml" if base else None


def read_config(path: Path | None) -> dict:
    """The config file's settings (an absent file sets nothing); a bad file is a clear error,
    never silently ignored: a mistyped key would otherwise leave the identity unset."""
    if path is None or not path.is_file():
        return {}
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ValidationError(f"config file {path} is not valid TOML: {exc}") from exc
    unknown = sorted(set(table) - set(CONFIG_KEYS))
    if unknown:
        raise ValidationError(f"config file {path}: unknown key(s) {', '.join(unknown)}; "
                              f"known: {', '.join(CONFIG_KEYS)}")
    values: dict = {}
    for key, field_name in CONFIG_KEYS.items():
        if key not in table:
            continue
        if not isinstance(table[key], str) or not table[key].strip():
            raise ValidationError(f"config file {path}: {key} must be a non-empty string")
        values[field_name] = table[key].strip()
    if "data_dir" in values:
        values["data_dir"] = Path(values["data_dir"]).expanduser()
    return values


def load_settings(env: dict[str, str] | None = None, **flags) -> Settings:
    """Build Settings from the config file, then the environment, then flags (None flags are
    ignored)."""
    env = os.environ if env is None else env
    values: dict = read_config(config_path(env))
    if env.get("FILINGCHECK_DATA_DIR"):
        values["data_dir"] = Path(env["FILINGCHECK_DATA_DIR"])
    if env.get("SEC_USER_AGENT"):
        values["user_agent"] = env["SEC_USER_AGENT"]
    if env.get("FILINGCHECK_RATE"):
        try:
            values["rate_per_s"] = float(env["FILINGCHECK_RATE"])
        except ValueError as exc:
            raise ValidationError(
                f"FILINGCHECK_RATE={env['FILINGCHECK_RATE']!r} is not a number"
            ) from exc
    if env.get("EDGAR_BASE_URL"):
        values["base_url"] = env["EDGAR_BASE_URL"].rstrip("/")
    if env.get("EDGAR_DATA_URL"):
        values["data_url"] = env["EDGAR_DATA_URL"].rstrip("/")
    if env.get("FILINGCHECK_MAX_BODY_MB"):
        try:
            values["max_body_bytes"] = int(env["FILINGCHECK_MAX_BODY_MB"]) * 2**20
        except ValueError as exc:
            raise ValidationError(
                f"FILINGCHECK_MAX_BODY_MB={env['FILINGCHECK_MAX_BODY_MB']!r} is not a whole "
                "number of MiB"
            ) from exc
    values.update(_limits_from_env(env))
    if env.get("FILINGCHECK_ALLOW_PRIVATE_URLS", "").strip().lower() in ("1", "true", "yes"):
        values["allow_private_urls"] = True
    if env.get("EDGAR_MIRROR"):
        values["mirror"] = Path(env["EDGAR_MIRROR"])
    for name, value in flags.items():
        if value is None:
            continue
        if name in ("data_dir", "mirror", "warehouse"):
            value = Path(value)
        values[name] = value
    return Settings(**values)
