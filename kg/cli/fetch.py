"""`kg fetch`: ownership filings from EDGAR into a local cache (registered in kg.cli.main)."""
from __future__ import annotations

import json
import sys

import click

from kg.cli.main import fail
from kg.errors import KgError
from kg.graph.settings import DEFAULT_LOCATION

DEFAULT_DEST = ".kg/edgar"


@click.command("fetch")
@click.option("--cik", "ciks", multiple=True, metavar="CIK", help="A filer's or subject company's filings.")
@click.option("--ticker", "tickers", multiple=True, metavar="T", help="A company's filings, by its ticker.")
@click.option("--accession", "accessions", multiple=True, metavar="A",
              help="One filing, dashes optional; CIK/ACCESSION when the accession's prefix is a filing agent.")
@click.option("--form", "forms", multiple=True, metavar="F",
              help="A form type (with its amendments); default: SC 13D, SC 13G, SCHEDULE 13D, SCHEDULE 13G, "
                   "SC TO-T, 3, 4, 5 and their /A.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Filed on or after this date (YYYY-MM-DD).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Filed on or before this date (YYYY-MM-DD).")
@click.option("--index", "quarters", multiple=True, metavar="YEAR-QN",
              help="Every filing of the forms in a quarter of EDGAR's full index, e.g. 2024-Q1.")
@click.option("--dest", default=DEFAULT_DEST, show_default=True, help="The cache folder: DIR/<CIK>/<accession>.txt.")
@click.option("--user-agent", "agent", metavar='"NAME EMAIL"',
              help="Who is asking, as EDGAR requires (default: $KG_EDGAR_USER_AGENT).")
@click.option("--rate", type=click.FloatRange(0, 10, min_open=True), default=10, show_default=True,
              help="Requests per second, at most EDGAR's 10.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="json: one line per filing.")
@click.option("--build", "then_build", is_flag=True, help="Then build the selected filings into the store.")
@click.option("--store", "location", default=DEFAULT_LOCATION, show_default=True, help="The store for --build.")
def fetch_command(ciks, tickers, accessions, forms, since, until, quarters, dest, agent, rate, fmt,
                  then_build, location) -> None:
    """Download ownership filings (full submissions) from EDGAR into a cache that kg extract and kg build read.

    Selections add up; --form, --since and --until filter the filings of --cik, --ticker and
    --index, while an --accession is fetched as named. A filing already in the cache is not
    fetched again. The exit status is 1 when any filing failed."""
    from kg.fetch import Cache, EdgarClient, Forms, Selection, accession_arg, cik_number, fetch, plan, quarter
    from kg.fetch import user_agent as declared

    try:
        selection = Selection(ciks=[cik_number(c) for c in ciks], tickers=list(tickers),
                              accessions=[accession_arg(a) for a in accessions],
                              quarters=[quarter(q) for q in quarters], forms=Forms(forms),
                              since=since and since.date(), until=until and until.date())
        if not selection:
            raise click.UsageError("name what to fetch: --cik, --ticker, --accession or --index")
        with EdgarClient(declared(agent), rate) as client:
            listed = plan(client, selection, warn=lambda text: click.echo(f"warning: {text}", err=True))
            outcomes = _run(fetch(client, listed, Cache(dest)), len(listed), fmt)
    except KgError as exc:
        fail(exc.source, exc.problem)
        sys.exit(1)
    failed = [o for o in outcomes if o.status == "failed"]
    if fmt == "table":
        _table(outcomes, dest)
    status = 1 if failed else 0
    if then_build:
        from kg.cli.graph import run_build
        files = [str(o.path) for o in outcomes if o.path is not None]
        status = max(status, run_build(files, location) if files else 0)
    sys.exit(status)


def _run(outcomes, total: int, fmt: str) -> list:
    """Collect the outcomes, printing JSON lines as they come and a bar on a terminal."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    done = []
    progress = Progress(TextColumn("fetching"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        console=Console(stderr=True), transient=True, disable=not sys.stderr.isatty())
    with progress:
        task = progress.add_task("fetch", total=total)
        for outcome in outcomes:
            done.append(outcome)
            if fmt == "json":
                click.echo(json.dumps(outcome.to_dict(), ensure_ascii=False))
            elif outcome.status == "failed":
                fail(outcome.accession, outcome.reason)
            progress.advance(task)
    return done


def _table(outcomes: list, dest: str) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"EDGAR filings in {dest}")
    for column in ("accession", "CIK", "form", "filed", "status", "path or reason"):
        table.add_column(column)
    for o in outcomes:
        table.add_row(o.accession, str(o.cik), o.form or "", o.date or "", o.status,
                      str(o.path) if o.path else o.reason or "")
    console = Console(width=None if sys.stdout.isatty() else 160)
    if outcomes:
        console.print(table)
    counts = {status: sum(o.status == status for o in outcomes) for status in ("fetched", "cached", "failed")}
    console.print(", ".join(f"{n} {status}" for status, n in counts.items()))


COMMANDS = [fetch_command]
