"""`kg extract`: filings in, their records out as JSON or tables (registered in kg.cli.main)."""
from __future__ import annotations

import json
import sys

import click
from rich.console import Console

from kg.cli.main import fail
from kg.errors import KgError


@click.command(name="extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "table"]), default="json",
              show_default=True, help="json: one object per filing; jsonl: one line per filing.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extract files in N parallel processes.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, writable=True),
              help="Also write one JSON line per failed file here.")
@click.option("--model", default=None, help="An installed spaCy pipeline to assist name finding.")
def extract_command(inputs: tuple[str, ...], fmt: str, jobs: int, errors_path: str | None, model: str | None) -> None:
    """Read filings (files, folders or globs) and print what was extracted."""
    from kg.batch import expand_inputs, run_batch
    from kg.cli.output import filing_json, print_table

    if model:
        from kg.forms.nlp import use_model
        try:
            use_model(model)
        except KgError as exc:
            fail(exc.source, exc.problem)
            sys.exit(2)
    console = Console(width=None if sys.stdout.isatty() else 160)
    errors_file = open(errors_path, "w", encoding="utf-8") if errors_path else None
    files = expand_inputs(list(inputs))
    several = len(files) > 1

    def on_result(filing) -> None:
        if fmt == "jsonl":
            click.echo(filing_json(filing, indent=None))
        elif fmt == "json":
            click.echo(filing_json(filing))
        else:
            print_table(filing, console)

    def on_error(source: str, reason: str) -> None:
        fail(source, reason)
        if errors_file:
            errors_file.write(json.dumps({"file": source, "reason": reason}) + "\n")

    try:
        summary = run_batch(files, jobs=jobs, on_result=on_result, on_error=on_error,
                            progress=several and fmt != "table")
    except KgError as exc:
        fail(exc.source, exc.problem)
        sys.exit(1)
    finally:
        if errors_file:
            errors_file.close()
    if summary.failed:
        if several:
            click.echo(f"{summary.failed} of {summary.total} files failed", err=True)
        sys.exit(1)


COMMANDS = [extract_command]
