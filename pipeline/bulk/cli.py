"""The `bulk plan | fetch | extract | commit | reextract` and `lake export | import` commands
(registered on the main group in pipeline/cli.py). Flags in, one API call, a summary out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from core.errors import ValidationError
from pipeline.bulk.days import BUCKET_OVER, BUCKETS, Split
from pipeline.bulk.engine import ENGINES
from pipeline.cli_common import parse_flag_date, settings_from
from pipeline.forms import DEFAULT_FORMS, check_form


def _lake_option(fn):
    return click.option("--lake", "lake_dir", type=click.Path(file_okay=False, path_type=Path),
                        help="The lake folder (default <data-dir>/lake).")(fn)


def _lake_dir(settings, lake_dir: Path | None) -> Path:
    return lake_dir if lake_dir is not None else settings.data_dir / "lake"


def _engine_options(fn):
    fn = click.option("--from", "start", required=True, help="First filing day (YYYY-MM-DD).")(fn)
    fn = click.option("--to", "end", required=True, help="Last filing day (YYYY-MM-DD).")(fn)
    fn = click.option("--workers", type=int, default=1, show_default=True,
                      help="Worker processes (a process pool, or a Dask LocalCluster).")(fn)
    fn = click.option("--engine", type=click.Choice(ENGINES), default="process",
                      show_default=True, help="process: a local process pool; dask: Dask "
                      "distributed (pip install 'filingcheck[bulk]').")(fn)
    fn = click.option("--scheduler", help="Join the Dask scheduler at this address "
                      "(tcp://host:8786) instead of starting workers here.")(fn)
    fn = click.option("--bucket-over", type=click.IntRange(min=1), default=BUCKET_OVER,
                      show_default=True, help="Split a day of more filings than this in hash "
                      "buckets (by accession), one task and one file per table each.")(fn)
    fn = click.option("--buckets", type=click.IntRange(2, 256), default=BUCKETS,
                      show_default=True, help="How many hash buckets a big day is split in.")(fn)
    return _lake_option(fn)


@click.group()
def bulk():
    """Bulk mode: every filing day of the raw store into a Parquet lake (see README)."""


def _bulk_range_options(fn):
    fn = click.option("--full-index", is_flag=True,
                      help="Read each quarter's full-index/form.idx, not the daily indexes.")(fn)
    fn = click.option("--forms", help=f"Comma-separated form types (default "
                                      f"{','.join(DEFAULT_FORMS)}).")(fn)
    fn = click.option("--to", "to_day", required=True, help="Last filing day (YYYY-MM-DD).")(fn)
    return click.option("--from", "from_day", required=True,
                        help="First filing day (YYYY-MM-DD).")(fn)


def _bulk_args(from_day, to_day, forms):
    start, end = parse_flag_date(from_day, "--from"), parse_flag_date(to_day, "--to")
    if end < start:
        raise ValidationError(f"--to {end} is before --from {start}")
    return start, end, tuple(check_form(f) for f in forms.split(",")) if forms else DEFAULT_FORMS


@bulk.command("plan")
@_bulk_range_options
@click.pass_context
def bulk_plan(ctx, from_day, to_day, forms, full_index):
    """Print the filing days in a range and how many filings of each form EDGAR lists."""
    from pipeline.bulk.fetch import format_discovery, run_plan

    start, end, form_list = _bulk_args(from_day, to_day, forms)
    found = run_plan(settings_from(ctx), start, end, form_list, full_index=full_index)
    click.echo(format_discovery(found))


@bulk.command("fetch")
@_bulk_range_options
@click.pass_context
def bulk_fetch(ctx, from_day, to_day, forms, full_index):
    """Fetch every body the range's filings need into the raw store, one plan file a day.

    Exit status: 0 when every day is planned, 1 when some filing could not be fetched (its day
    gets no plan; run again), 2 on an error (another fetcher holds the EDGAR lease).
    """
    from pipeline.bulk.fetch import run_fetch

    start, end, form_list = _bulk_args(from_day, to_day, forms)
    summary = run_fetch(settings_from(ctx), start, end, form_list, full_index=full_index)
    click.echo(summary.format())
    ctx.exit(0 if summary.complete else 1)


@bulk.command()
@_engine_options
@click.pass_context
def extract(ctx, start, end, workers, engine, scheduler, bucket_over, buckets, lake_dir):
    """Extract every planned filing day from --from to --to into the lake, with no request.

    A day already published from the same plan and extractor versions is skipped, so a run
    that was stopped is completed by running it again. Exit status 1 when a day failed."""
    _run(ctx, start, end, workers, engine, scheduler, lake_dir, Split(bucket_over, buckets),
         reextract=False)


@bulk.command()
@_engine_options
@click.pass_context
def reextract(ctx, start, end, workers, engine, scheduler, bucket_over, buckets, lake_dir):
    """Run the current extractors again over every planned day (raw store only, no request)
    and say how many rows each table gained and lost."""
    _run(ctx, start, end, workers, engine, scheduler, lake_dir, Split(bucket_over, buckets),
         reextract=True)


@bulk.command(name="commit")
@_lake_option
@click.pass_context
def commit_cmd(ctx, lake_dir):
    """Publish the whole days a stopped run left staged, and regenerate the catalog."""
    from pipeline.bulk import commit

    click.echo(commit.commit(_lake_dir(settings_from(ctx), lake_dir)).format())


@bulk.command(name="compact")
@click.option("--before", help="Compact the quarters that ended before this day (YYYY-MM-DD; "
                               "default today).")
@_lake_option
@click.pass_context
def compact_cmd(ctx, before, lake_dir):
    """Compact each finished quarter's day folders into one file per table (a rerun changes
    nothing); publishes what a stopped run left staged first."""
    from pipeline.bulk import commit

    until = parse_flag_date(before, "--before") if before else date.today()
    lake = _lake_dir(settings_from(ctx), lake_dir)
    click.echo(commit.commit(lake, compact_before=until).format())


def _run(ctx, start, end, workers, engine, scheduler, lake_dir, split, *,
         reextract: bool) -> None:
    from pipeline.bulk.run import run_extract

    settings = settings_from(ctx)
    summary = run_extract(settings, _lake_dir(settings, lake_dir),
                          parse_flag_date(start, "--from"), parse_flag_date(end, "--to"),
                          workers=workers, engine=engine, scheduler=scheduler, force=reextract,
                          diff=reextract, show_progress=True, split=split)
    click.echo(summary.format())
    ctx.exit(1 if summary.failed else 0)


@click.group()
def lake():
    """Move filings between the one-file warehouse and a lake (both ways idempotent)."""


@lake.command()
@_lake_option
@click.pass_context
def export(ctx, lake_dir):
    """Write every filing of the warehouse into the lake, one lake day per filed date."""
    from pipeline.bulk.transfer import export_to_lake

    settings = settings_from(ctx)
    summary = export_to_lake(settings.db_path, _lake_dir(settings, lake_dir))
    click.echo(summary.format("exported"))


@lake.command(name="import")
@click.option("--cik", type=int, required=True, help="The company whose filings to import.")
@_lake_option
@click.pass_context
def import_cmd(ctx, cik, lake_dir):
    """Copy one company's filings from the lake into the warehouse (replacing its copies)."""
    from pipeline.bulk.transfer import import_from_lake

    settings = settings_from(ctx)
    summary = import_from_lake(_lake_dir(settings, lake_dir), settings.db_path, cik)
    click.echo(summary.format("imported"))
