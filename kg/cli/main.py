"""The `kg` command line: a thin layer over the library."""
from __future__ import annotations

import click

from kg import __version__


def fail(source: str | None, problem: str) -> None:
    click.echo(f"Error: {source}: {problem}" if source else f"Error: {problem}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version=__version__, prog_name="kg (distribution kg-sec)")
def main() -> None:
    """kg: SEC ownership filings (Schedules 13D/13G, Forms 3/4/5) to a knowledge graph.

    Data goes to stdout, messages to stderr; `-o -` is stdout wherever -o exists."""


COMMAND_MODULES = ("kg.cli.fetch", "kg.cli.extract", "kg.cli.graph", "kg.cli.query", "kg.cli.link", "kg.cli.export",
                   "kg.cli.evaluate")


def _register() -> None:
    """Commands live beside the library part they drive: each module lists its COMMANDS."""
    import importlib
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        commands = getattr(module, "COMMANDS", None) or [
            value for value in vars(module).values() if isinstance(value, click.Command)]
        for command in commands:
            main.add_command(command)


_register()

if __name__ == "__main__":
    main()
