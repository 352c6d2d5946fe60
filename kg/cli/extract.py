"""`kg extract`: filings in, their records out as JSON, tables or CSV/Parquet (registered in kg.cli.main)."""
from __future__ import annotations

import json
import sys

import click

from kg.cli.main import fail
from kg.errors import KgError

TABLES = ("filings", "reporting_persons", "people", "positions", "transactions", "holdings", "signatures",
          "warnings")


@click.command(name="extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "table", "csv", "tsv", "parquet"]),
              default=None, help="Filings: json (default; one object, or one array for several files), "
                                 "jsonl (one line per filing), table (readable). With --table: csv (default), "
                                 "tsv, parquet, json, jsonl, table.")
@click.option("--table", "table_name", type=click.Choice(TABLES),
              help="Write one flat table of all the filings' records (as kg.frames gives them).")
@click.option("-o", "--output", default=None, metavar="FILE", help="Write here instead of stdout ('-': stdout).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extract files in N parallel processes.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, writable=True),
              help="Also write one JSON line per failed file here.")
@click.option("--model", default=None, help="An installed spaCy pipeline to assist name finding.")
def extract_command(inputs: tuple[str, ...], fmt: str | None, table_name: str | None, output: str | None,
                    jobs: int, errors_path: str | None, model: str | None) -> None:
    """Read filings (files, folders or globs) and print what was extracted."""
    from kg.batch import error_record, expand_inputs, run_batch

    fmt = fmt or ("csv" if table_name else "json")
    if table_name is None and fmt in ("csv", "tsv", "parquet"):
        raise click.UsageError(f"--format {fmt} writes a table: name one with --table ({', '.join(TABLES)})")
    if model:
        from kg.forms.nlp import use_model
        try:
            use_model(model)
        except KgError as exc:
            fail(exc.source, exc.problem)
            sys.exit(2)
    errors_file = open(errors_path, "w", encoding="utf-8") if errors_path else None
    try:
        files = expand_inputs(list(inputs))
    except KgError as exc:
        fail(exc.source, exc.problem)
        sys.exit(1)
    sink = _Sink(fmt, table_name, output, several=len(files) > 1)

    def on_error(source: str, reason: str) -> None:
        fail(source, reason)
        if errors_file:
            errors_file.write(json.dumps(error_record(source, reason)) + "\n")

    try:
        summary = run_batch(files, jobs=jobs, on_result=sink.add, on_error=on_error,
                            progress=len(files) > 1 and fmt != "table", render=sink.render())
        sink.close()
    except KgError as exc:
        fail(exc.source, exc.problem)
        sys.exit(1)
    finally:
        if errors_file:
            errors_file.close()
    if summary.failed:
        if len(files) > 1:
            click.echo(f"{summary.failed} of {summary.total} files failed", err=True)
        sys.exit(1)


class _Sink:
    """Where extracted filings go: printed as they come, or gathered into one table."""

    def __init__(self, fmt: str, table_name: str | None, output: str | None, several: bool):
        from kg.cli.output import to_stdout
        self.fmt, self.table_name, self.output, self.several = fmt, table_name, output, several
        self.filings: list = []
        self.count = 0
        self.stream = None
        if table_name is None:
            self.stream = sys.stdout if to_stdout(output) else open(output, "w", encoding="utf-8")  # noqa: SIM115
            if fmt == "json" and several:
                self.stream.write("[")

    def render(self):
        """What turns a filing into its JSON text in the worker that read it (none for tables)."""
        from functools import partial

        from kg.cli.output import filing_json
        if self.table_name is None and self.fmt in ("json", "jsonl"):
            return partial(filing_json, indent=None if self.fmt == "jsonl" else 2)
        return None

    def add(self, filing) -> None:
        from kg.cli.output import print_table
        if self.table_name is not None:
            self.filings.append(filing)
            return
        if self.fmt == "jsonl":
            self.stream.write(filing.text + "\n")
        elif self.fmt == "json":
            self.stream.write(("," if self.count else "") + ("\n" if self.several else "") + filing.text
                              + ("" if self.several else "\n"))
        else:
            from rich.console import Console
            print_table(filing, Console(file=self.stream, width=None if self.stream.isatty() else 160))
        self.stream.flush()
        self.count += 1

    def close(self) -> None:
        if self.table_name is None:
            if self.fmt == "json" and self.several:
                self.stream.write("\n]\n")
            if self.stream is not sys.stdout:
                self.stream.close()
            return
        from kg.cli.output import write_bytes
        from kg.tables import arrow_tables, table_bytes
        table = arrow_tables(self.filings, [self.table_name])[self.table_name]
        if self.fmt == "table":
            from kg.sparql.formats import text_table
            from kg.tables import plain_value
            rows = [[None if v is None else str(plain_value(v)) for v in row.values()] for row in table.to_pylist()]
            write_bytes(text_table(table.column_names, rows).encode("utf-8"), self.output)
        else:
            write_bytes(table_bytes(table, self.fmt), self.output)


COMMANDS = [extract_command]
