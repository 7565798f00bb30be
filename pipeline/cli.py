"""The ``filingcheck`` command: a thin layer over the Python API.

Each command parses its flags, builds Settings, calls one API function and prints. Any
``FilingcheckError`` becomes a one-line message on stderr and exit status 2.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from core.errors import FilingcheckError, ValidationError
from pipeline.cli_common import (
    CONTEXT_SETTINGS,
    CommandGroup,
    common_options,
    company_options,
    option_value,
    parse_flag_date,
    say,
    settings_from,
)
from pipeline.forms import DEFAULT_FORMS, check_form


@click.group(cls=CommandGroup, context_settings=CONTEXT_SETTINGS, params=common_options())
@click.version_option(package_name="filingcheck", prog_name="filingcheck")
@click.pass_context
def main(ctx):
    """Check the figures in an article against a company's SEC EDGAR filings.

    Settings come from flags, then the environment, then the config file
    ($XDG_CONFIG_HOME/filingcheck/config.toml, else ~/.config/filingcheck/config.toml: user_agent
    and data_dir). Shell completion: eval "$(_FILINGCHECK_COMPLETE=bash_source filingcheck)".
    """
    ctx.ensure_object(dict)


@click.command()
@company_options
@click.option("--forms", help=f"Comma-separated form types (default {','.join(DEFAULT_FORMS)}).")
@click.option("--since", help="Only filings filed on or after this date (YYYY-MM-DD).")
@click.option("--mirror", type=click.Path(file_okay=False, path_type=Path),
              help="Read EDGAR's URL layout from this directory instead of the network "
                   "(env EDGAR_MIRROR).")
@click.option("--offline", is_flag=True, help="Use only what the raw store already holds.")
@click.option("--reextract", is_flag=True,
              help="Run the extractors again over every stored filing (after an upgrade): reads "
                   "only the raw store, makes no request, and says which figures changed.")
@click.option("--file", "file_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Load a document you already have (with --cik and --form; --ticker is "
                   "stored with it).")
@click.option("--form", help="The form of --file (10-Q, S-1/A, 8-K ...).")
@click.option("--accession", help="The accession number of --file, if known.")
@click.option("--filed", help="The filing date of --file (YYYY-MM-DD), if known.")
@click.option("--watchlist", type=click.Path(dir_okay=False, path_type=Path),
              help="Ingest every company listed in this watchlist file.")
@click.option("--refetch", multiple=True, metavar="ACCESSION",
              help="Fetch this filing afresh (its stored bodies are not reused) and load it "
                   "again; repeatable. The company is the stored filing's unless given.")
@click.pass_context
def ingest(ctx, ticker, cik, forms, since, mirror, offline, reextract, file_path, form, accession,
           filed, watchlist, refetch):
    """Fetch a company's new filings, extract their figures and load them into DuckDB.

    Exit status: 0 when every filing loaded, 1 when some filing could not be read (the others
    are loaded; run again to retry it), 2 on an error. With --watchlist every company is tried
    and reported; the status is 2 when one of them failed.
    """
    from pipeline import ingest_runs

    # --reextract reads only the raw store: no request, so no SEC_USER_AGENT either
    settings = settings_from(ctx, mirror=mirror, offline=(offline or reextract) or None)
    existed = ingest_runs.existing_paths(settings)
    try:
        results = _run_ingest(settings, ticker=ticker, cik=cik, forms=forms, since=since,
                              reextract=reextract, file_path=file_path, form=form,
                              accession=accession, filed=filed, watchlist=watchlist,
                              show_progress=_progress_wanted(ctx),
                              echo=lambda line: say(ctx, line), refetch=refetch)
    except FilingcheckError:
        ingest_runs.tidy_after_failure(settings, existed)
        raise
    failed = [r.label for r in results if r.error is not None]
    if failed:
        ingest_runs.tidy_after_failure(settings, existed)
        click.echo(f"error: {len(failed)} of {len(results)} companies not ingested "
                   f"({', '.join(failed)}); the others ran", err=True)
        ctx.exit(2)
    ctx.exit(1 if any(r.partial for r in results) else 0)


def _progress_wanted(ctx) -> bool:
    """Progress bars on a terminal (or with --verbose), never with --quiet."""
    if option_value(ctx, "quiet"):
        return False
    return bool(option_value(ctx, "verbose")) or sys.stderr.isatty()


def _run_ingest(settings, *, ticker, cik, forms, since, reextract, file_path, form, accession,
                filed, watchlist, refetch=(), show_progress=False, echo=click.echo) -> list:
    """Run the ingest the flags ask for, printing each company's outcome as it completes."""
    from pipeline import ingest as api
    from pipeline import ingest_runs
    from pipeline.watchlist import load_watchlist

    if file_path is not None:
        if cik is None or not form:
            raise ValidationError("ingest --file needs --cik N and --form F (and --ticker T to "
                                  "find it by ticker later)")
        summary = api.ingest_file(settings, file_path, cik=cik, form=form, accession=accession,
                                  filed_date=parse_flag_date(filed, "--filed"), ticker=ticker)
        filed_date = parse_flag_date(filed, "--filed")
        echo(f"{file_path}: {check_form(form)}, "
             + (f"filed {filed_date}" if filed_date else "filed date unknown (give --filed)")
             + (f", stored for {ticker.upper()}" if ticker else ""))
        outcomes = iter([ingest_runs.EntryResult(str(cik), summary)])
    elif refetch:
        form_list = tuple(check_form(f) for f in forms.split(",")) if forms else None
        summary = api.refetch_filings(settings, tuple(refetch), ticker=ticker, cik=cik,
                                      forms=form_list)
        outcomes = iter([ingest_runs.EntryResult(ticker or str(summary.cik), summary)])
    elif watchlist is not None:
        outcomes = ingest_runs.ingest_each(settings, load_watchlist(watchlist),
                                           reextract=reextract, show_progress=show_progress)
    elif ticker is None and cik is None:
        raise ValidationError("say which company: --ticker T or --cik N (or --watchlist FILE)")
    else:
        form_list = tuple(check_form(f) for f in forms.split(",")) if forms else None
        outcomes = iter([ingest_runs.ingest_one(
            settings, ticker=ticker, cik=cik, forms=form_list,
            since=parse_flag_date(since, "--since"), reextract=reextract,
            show_progress=show_progress)])
    results = []
    for result in outcomes:
        # an entry that failed is a result, never informational: --quiet still prints it
        (click.echo if result.error is not None or result.partial else echo)(result.format())
        results.append(result)
    return results


@click.command()
@click.pass_context
def check(ctx):
    """Check the data directory like `git fsck`: every stored body against its sha256, every
    fetch-log line, the log against the warehouse's documents (a lost log is rebuilt), leftovers
    of killed writes, runs left running by a crash. Prints what it found and fixed.

    Exit status: 0 when everything is in order or was repaired, 2 when something could not
    be repaired here (the line says which command repairs it).
    """
    from pipeline.check import check_data

    report = check_data(settings_from(ctx))
    click.echo(report.format())
    if report.unrepaired:
        click.echo(f"error: {report.summary()}", err=True)
        ctx.exit(2)


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--form", help="The form type of the files, if known (else guessed from the cover).")
@click.option("--no-xbrl", is_flag=True,
              help="Ignore inline XBRL tags: read only what a person sees.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines, one fact a line.")
def extract(files, form, no_xbrl, as_json):
    """Print the facts extracted from local filing documents."""
    from pipeline.facts_io import extract_files, fact_to_json, format_fact

    for name, fact in extract_files(files, form=form, use_xbrl=not no_xbrl):
        if as_json:
            click.echo(json.dumps(fact_to_json(fact, document=name)))
        else:
            click.echo(format_fact(fact, document=name))


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the comparison as JSON.")
def crosscheck(files, as_json):
    """Compare what the HTML tables say with the filer's own inline XBRL, per metric."""
    from pipeline.crosscheck import crosscheck_files, format_crosscheck

    results = crosscheck_files(files)
    if as_json:
        click.echo(json.dumps([r.to_json() for r in results], indent=2))
    else:
        click.echo(format_crosscheck(results))


@click.command()
@click.argument("article", required=False)
@company_options
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True,
              help="json: the report schema (pipeline/report/report.schema.json).")
@click.option("--only-problems", is_flag=True,
              help="List only the figures that drifted or went stale.")
@click.option("--watchlist", type=click.Path(dir_okay=False, path_type=Path),
              help="Re-verify every tracked article of this watchlist and say what changed.")
@click.pass_context
def verify(ctx, article, ticker, cik, fmt, only_problems, watchlist):
    """Check every figure an ARTICLE (file, URL, or - for stdin) quotes against the company's
    filings. Drifted and stale figures are listed first.

    Exit status: 0 when nothing drifted or went stale, 1 when something did, 2 on an error
    (with --watchlist: when a tracked article could not be verified, after all the others ran).
    """
    from pipeline.verify import api
    from pipeline.verify.text import use_colour

    settings = settings_from(ctx)
    if watchlist is not None:
        outcome = api.verify_watchlist(settings, watchlist)
    else:
        if article is None or (ticker is None and cik is None):
            raise ValidationError("verify needs ARTICLE and --ticker T or --cik N")
        outcome = api.verify_article_source(settings, article, ticker=ticker, cik=cik)
    if fmt == "json":
        click.echo(outcome.to_json(only_problems=only_problems))
    elif option_value(ctx, "quiet"):
        click.echo(_quiet_summary(outcome))
    else:
        colour = use_colour(sys.stdout)
        click.echo(outcome.format_text(colour=colour, only_problems=only_problems,
                                       verbose=bool(option_value(ctx, "verbose"))), color=colour)
    if outcome.failures:
        total = len(outcome.failures) + len(outcome.results)
        click.echo(f"error: {len(outcome.failures)} of {total} tracked articles not verified; "
                   "the others ran", err=True)
    ctx.exit(outcome.exit_status())


def _quiet_summary(outcome) -> str:
    """--quiet: one line per article, naming only the figures that drifted or went stale."""
    lines = []
    for r in outcome.results:
        bad = [v.claim.text for v in r.verifications if v.verdict in ("drifted", "stale")]
        lines.append(f"{r.article.name}: " + (f"{len(bad)} drifted or stale: {'; '.join(bad)}"
                                              if bad else "nothing drifted or went stale"))
    lines += [f"{what}: not verified: {why}" for what, why in outcome.failures]
    return "\n".join(lines)


@click.command()
@click.argument("metric")
@company_options
@click.option("--quarterly", is_flag=True, help="Only quarters (about 3-month periods).")
@click.option("--format", "fmt", type=click.Choice(["text", "csv", "json", "parquet"]),
              default="text", show_default=True,
              help="csv, json and parquet keep the exact decimal value and the period label.")
@click.option("--out", "out_path", type=click.Path(dir_okay=False, allow_dash=True),
              default="-", help="Where to write (default -: stdout; parquet needs a file or a "
                                "pipe).")
@click.pass_context
def series(ctx, metric, ticker, cik, quarterly, fmt, out_path):
    """Print a company's time series of METRIC (latest-filed value of each period), labelled
    as the company names its periods (Q2 FY2026, FY2025), quarters, year-to-date periods and
    years apart.

    METRIC is a registry name (`filingcheck metrics` lists them), e.g. revenue.
    """
    from pipeline.series import render, series_rows
    from warehouse import connect
    from warehouse.queries import resolve_company

    _check_metric(metric)
    settings = settings_from(ctx)
    if fmt == "parquet" and out_path == "-" and sys.stdout.isatty():
        raise ValidationError("parquet is binary: give --out FILE.parquet (or pipe it)")
    with connect(settings.db_path, read_only=True) as conn:
        company_cik = resolve_company(conn, ticker=ticker, cik=cik)
        rows = series_rows(conn, company_cik, metric, quarterly=quarterly)
    if not rows and fmt == "text":
        click.echo(f"no {metric} facts stored for CIK {company_cik}; "
                   "run `filingcheck ingest` first")
        return
    output = render(rows, fmt)
    if out_path != "-":
        data = output if isinstance(output, bytes) else output.encode("utf-8")
        Path(out_path).write_bytes(data)
        say(ctx, f"{len(rows)} rows written to {Path(out_path).resolve()}")
    elif isinstance(output, bytes):
        click.get_binary_stream("stdout").write(output)
    else:
        click.echo(output, nl=not output.endswith("\n"))


def _check_metric(name: str) -> None:
    """An unknown metric is an error (exit 2) naming the likely one and listing the known ones,
    never an empty series: `series revenues` must not read as "no revenue filed"."""
    import difflib

    from core.metrics import all_metrics, get_metric

    try:
        get_metric(name)
    except ValidationError as exc:
        names = sorted(row.name for row in all_metrics())
        typed = name.strip().lower()
        likely = difflib.get_close_matches(typed, names, n=3, cutoff=0.75)
        likely += [n for n in names if typed and typed in n.split("_") and n not in likely]
        hint = f" (did you mean {' or '.join(likely[:3])}?)" if likely else ""
        raise ValidationError(f"unknown metric {name!r}{hint}; known metrics: {', '.join(names)}"
                              " (`filingcheck metrics` says what each one means)") from exc


@click.command()
def metrics():
    """List every metric filingcheck knows: name, unit, meaning, and where it is read from
    (filing tables, XBRL concepts, article words, or recomputed from other metrics)."""
    from core.metrics import all_metrics

    for row in all_metrics():
        click.echo(f"{row.name} ({row.unit}): {row.meaning}")
        click.echo(f"    read from: {'; '.join(_sources(row)) or 'nowhere yet'}")


# What each statement kind of core.metrics means to a reader of `filingcheck metrics`.
_STATEMENT_WORDS = {"income": "income statement tables", "cover": "the cover page",
                    "offering": "the prospectus's offering terms (sentences and summary)",
                    "notes": "the notes' sentences and tables"}


def _sources(row) -> list[str]:
    found = []
    if row.statement:
        found.append(f"filings ({_STATEMENT_WORDS.get(row.statement, row.statement)})")
    if row.concepts:
        found.append(f"XBRL ({', '.join(row.concepts)})")
    if row.cues:
        found.append("articles")
    if row.derivation:
        found.append(f"derived ({row.derivation.formula})")
    return found


@click.command()
@click.argument("article")
@company_options
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="Where to write: .html, .md or .json (chosen by the suffix), or - for stdout.")
@click.option("--format", "fmt", type=click.Choice(["html", "md", "json"]),
              help="The form, when --out's suffix does not say it (needed with --out -).")
@click.pass_context
def report(ctx, article, ticker, cik, out_path, fmt):
    """Write a verification report for ARTICLE (file, URL, or - for stdin): HTML, Markdown or
    JSON by --out's suffix or --format."""
    from pipeline.report import render, report_for, write_report_for

    settings = settings_from(ctx)
    if out_path == "-":
        if fmt is None:
            raise ValidationError("report --out - needs --format html, md or json")
        click.echo(render(report_for(settings, article, ticker=ticker, cik=cik), "." + fmt),
                   nl=False)
        return
    path = Path(out_path)
    if fmt is not None and path.suffix.lower().lstrip(".") not in (fmt, "htm" if fmt == "html"
                                                                   else fmt):
        raise ValidationError(f"--out {out_path} and --format {fmt} disagree; name the file "
                              f"*.{fmt}")
    written = write_report_for(settings, article, ticker=ticker, cik=cik, out_path=path)
    say(ctx, f"report written to {Path(written).resolve()}")


# Bulk mode (pipeline/bulk/): its commands live with its code.
from pipeline.bulk.cli import bulk, lake  # noqa: E402

# Every subcommand, in one table: a new one is one more entry here.
# main.add_command gives each the common options (--data-dir, --warehouse, --quiet, --verbose, -h).
COMMANDS: tuple[click.Command, ...] = (ingest, extract, crosscheck, verify, series, metrics,
                                       report, check, bulk, lake)
for _command in COMMANDS:
    main.add_command(_command)

if __name__ == "__main__":  # pragma: no cover
    main()
