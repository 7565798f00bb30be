"""What every ``filingcheck`` command shares: the common options (--data-dir, --warehouse,
--quiet, --verbose), the group that turns our errors into one line and exit 2, Settings from
the flags, and flag parsing. The main commands (pipeline/cli.py) and bulk mode's
(pipeline/bulk/cli.py) both build on it, so neither imports the other.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from core.dates import parse_date
from core.errors import FilingcheckError, ValidationError
from pipeline.config import load_settings

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def remember_option(ctx, param, value):
    """Keep a common option in the root context's dict, wherever it was given: before the
    subcommand (`filingcheck --data-dir D verify`) or after it (`filingcheck verify --data-dir D`);
    the later one wins."""
    if value is not None and value is not False:
        root = ctx.find_root()
        root.ensure_object(dict)
        root.obj[param.name] = value
    return value


def common_options() -> list[click.Option]:
    """--data-dir, --warehouse, --quiet and --verbose, accepted by the group and by every
    subcommand."""
    return [
        click.Option(["--data-dir"], type=click.Path(file_okay=False, path_type=Path),
                     expose_value=False, callback=remember_option, is_eager=True,
                     help="Where the raw store and the DuckDB file live (env "
                          "FILINGCHECK_DATA_DIR, config file data_dir; default ./data)."),
        click.Option(["--warehouse"], type=click.Path(dir_okay=False, path_type=Path),
                     expose_value=False, callback=remember_option, is_eager=True,
                     help="The DuckDB file to use instead of <data-dir>/filingcheck.duckdb, e.g. "
                          "a bulk lake's catalog lake/lake.duckdb."),
        click.Option(["-q", "--quiet"], is_flag=True, default=None, expose_value=False,
                     callback=remember_option, help="Print only results and errors."),
        click.Option(["-v", "--verbose"], is_flag=True, default=None, expose_value=False,
                     callback=remember_option,
                     help="Print more: every claim, progress off a terminal."),
    ]


class CommandGroup(click.Group):
    """Turns our own errors into a clear message and exit status 2, and gives every command
    added to it (ours and any registered later, see COMMANDS) the common options."""

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        have = {opt for p in cmd.params for opt in getattr(p, "opts", [])}
        cmd.params.extend(o for o in common_options() if not set(o.opts) & have)
        cmd.context_settings = {**CONTEXT_SETTINGS, **(cmd.context_settings or {})}
        super().add_command(cmd, name)

    def invoke(self, ctx):
        from pipeline.failures import operational_errors

        try:
            with operational_errors():  # disk full, out of memory, a locked warehouse: exit 2
                return super().invoke(ctx)
        except FilingcheckError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(2)


def settings_from(ctx, **flags):
    return load_settings(data_dir=option_value(ctx, "data_dir"),
                         warehouse=option_value(ctx, "warehouse"), **flags)


def option_value(ctx, name: str):
    """A common option's value (see remember_option), or None."""
    return (ctx.find_root().obj or {}).get(name)


def say(ctx, message: str) -> None:
    """An informational line: --quiet leaves it out."""
    if not option_value(ctx, "quiet"):
        click.echo(message)


def company_options(fn):
    fn = click.option("--cik", type=int, help="The company's CIK number.")(fn)
    fn = click.option("--ticker", help="The company's ticker (looked up in company_tickers.json).")(
        fn
    )
    return fn


def parse_flag_date(value: str | None, flag: str) -> date | None:
    if value is None:
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise ValidationError(f"{flag} {value!r} is not a date; write it as YYYY-MM-DD")
    return parsed
