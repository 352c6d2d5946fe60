"""`kg evaluate`: an extraction scored against hand-written gold (registered in kg.cli.main)."""
from __future__ import annotations

import json
import sys

import click

from kg.cli.main import fail
from kg.errors import KgError


@click.command("evaluate")
@click.argument("gold")
@click.argument("predicted", required=False)
@click.option("--verbose", "-v", is_flag=True, help="List the facts that differ.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def evaluate_command(gold: str, predicted: str | None, verbose: bool, fmt: str) -> None:
    """Score extractions against gold: GOLD.json with PRED.json or a FILING, or a folder of gold files with a
    folder of predictions or filings (default: the filing beside each gold file, same name).

    Prints, per area, gold / predicted / correct facts with precision, recall and F1; for a
    folder, each file's figures, the sums and the mean F1. The gold format is the extraction
    contract (see the README). Exit status 1 when a prediction could not be had."""
    from kg.evaluate_set import evaluate, find_pairs

    try:
        pairs = find_pairs(gold, predicted)
        result = evaluate(pairs)
    except KgError as exc:
        fail(exc.source, exc.problem)
        sys.exit(1)
    for report in result.files:
        if report.error:
            fail(report.predicted_source, report.error)
    single = len(result.files) == 1 and not _is_folder(gold)
    if fmt == "json":
        data = result.files[0].to_dict(verbose) if single else result.to_dict(verbose)
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    elif single:
        _print_report(result.files[0], verbose)
    else:
        _print_set(result, verbose)
    sys.exit(1 if any(report.error for report in result.files) else 0)


def _is_folder(path: str) -> bool:
    from pathlib import Path
    return Path(path).is_dir()


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _area_table(title: str, rows, mean=None):
    from rich.table import Table
    table = Table(title=title, title_justify="left")
    for column in ("area", "gold", "predicted", "correct", "precision", "recall", "F1") + (("mean F1",) if mean else ()):
        table.add_column(column, justify="left" if column == "area" else "right")
    for name, counts in rows:
        cells = [name, str(counts.gold), str(counts.predicted), str(counts.correct),
                 _figure(counts.precision), _figure(counts.recall), _figure(counts.f1)]
        table.add_row(*cells, *((_figure(mean(None if name == "all" else name)),) if mean else ()))
    return table


def _console():
    from rich.console import Console
    return Console(width=None if sys.stdout.isatty() else 160)


def _print_report(report, verbose: bool) -> None:
    console = _console()
    rows = list(report.areas.items()) + [("all", report.total)]
    console.print(_area_table(f"{report.gold_source} <- {report.predicted_source}", rows))
    if verbose:
        _print_differences(console, report)


def _print_set(result, verbose: bool) -> None:
    from pathlib import Path

    from rich.table import Table
    console = _console()
    files = Table(title=f"{len(result.files)} gold file(s)", title_justify="left")
    for column in ("gold", "prediction", "gold facts", "predicted", "correct", "precision", "recall", "F1"):
        files.add_column(column, justify="left" if column in ("gold", "prediction") else "right")
    for r in result.files:
        t = r.total
        files.add_row(r.gold_source, Path(r.predicted_source).name + (" (failed)" if r.error else ""), str(t.gold),
                      str(t.predicted), str(t.correct), _figure(t.precision), _figure(t.recall), _figure(t.f1))
    console.print(files)
    rows = list(result.areas.items()) + [("all", result.total)]
    console.print(_area_table("over the set (facts summed; mean F1 of the files)", rows, mean=result.mean_f1))
    if verbose:
        for report in result.files:
            _print_differences(console, report)


def _print_differences(console, report) -> None:
    if not report.differences:
        return
    console.print(f"[bold]{report.gold_source}[/]: {len(report.differences)} difference(s)")
    for d in report.differences:
        console.print(f"  {d.area}  {d.subject}  {d.field}: gold={d.gold!r} predicted={d.predicted!r}",
                      markup=False, highlight=False)


COMMANDS = [evaluate_command]
