"""Printing Filing records: JSON (the contract), JSON Lines, and a table for people."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING

from kg.records import Filing, to_dict

if TYPE_CHECKING:
    from rich.console import Console


def filing_json(filing: Filing, indent: int | None = 2) -> str:
    return json.dumps(to_dict(filing), indent=indent, ensure_ascii=False)


def print_table(filing: Filing, console: Console) -> None:
    from rich.table import Table  # rich loads when a table is printed, not with `kg --help`

    head = Table(title=f"{filing.source}", show_header=False, box=None)
    for label, value in (("form", filing.form_type), ("amendment", filing.amendment_number),
                         ("event date", filing.event_date), ("filed", filing.filed_date),
                         ("issuer", filing.issuer.name), ("CUSIPs", ", ".join(filing.issuer.cusips)),
                         ("class", filing.security_class),
                         ("outstanding", filing.shares_outstanding and filing.shares_outstanding.count)):
        head.add_row(label, "" if value is None else str(value))
    console.print(head)
    if filing.reporting_persons:
        table = Table(title="Reporting persons")
        for column in ("name", "cik", "country", "sole vote", "shared vote", "sole disp.",
                       "shared disp.", "aggregate", "%", "type"):
            table.add_column(column)
        for p in filing.reporting_persons:
            table.add_row(*[_cell(v) for v in (p.name, p.cik, p.country, p.sole_voting_power,
                            p.shared_voting_power, p.sole_dispositive_power, p.shared_dispositive_power,
                            p.aggregate_amount, p.percent_of_class, ",".join(p.type))])
        console.print(table)
    if filing.people:
        table = Table(title=f"People listed ({len(filing.people)})")
        for column in ("name", "bodies", "positions", "citizenship", "city"):
            table.add_column(column)
        for p in filing.people:
            table.add_row(*[_cell(v) for v in (p.name, "; ".join(p.bodies), "; ".join(p.positions),
                            p.citizenship, p.address_city)])
        console.print(table)
    if filing.derivative_transactions or filing.derivative_holdings:
        console.print(f"derivative transactions: {len(filing.derivative_transactions)}  "
                      f"derivative holdings: {len(filing.derivative_holdings)}")
    console.print(f"transactions: {len(filing.transactions)}  signatures: "
                  + ", ".join(f"{s.name} ({s.date})" for s in filing.signatures))
    for warning in filing.warnings:
        console.print(f"[yellow]warning[/] {warning.code}: {warning.message}")


def _cell(value) -> str:
    return "" if value is None else f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)


# ---- conventions shared by the commands ---------------------------------------------
def message(text: str) -> None:
    """A status line: stderr, so that stdout holds only data."""
    import click
    click.echo(text, err=True)


def print_json(value) -> None:
    import click

    from kg.sparql.formats import json_default
    click.echo(json.dumps(value, indent=2, ensure_ascii=False, default=json_default))


def to_stdout(path: str | None) -> bool:
    """No -o, or `-o -`: write to stdout."""
    return path is None or path == "-"


def write_bytes(data: bytes, path: str | None) -> None:
    """Bytes to the file, or to stdout for None or '-'."""
    import sys
    if to_stdout(path):
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        with open(path, "wb") as handle:
            handle.write(data)
