"""The `kg` command line: a thin layer over the library."""
from __future__ import annotations

import logging
import os

import click

from kg import __version__


def fail(source: str | None, problem: str) -> None:
    click.echo(f"Error: {source}: {problem}" if source else f"Error: {problem}", err=True)


class Commands(click.Group):
    """Whatever a command meets, the user reads one line `Error: <file>: <problem>` and the
    exit status is non-zero (1; 2 for an internal error, with the traceback when KG_DEBUG
    is set): a typed kg error, a file or folder the system refuses, or a bug."""

    def invoke(self, ctx: click.Context):
        from kg.errors import KgError
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except KgError as exc:
            fail(exc.source, exc.problem)
            ctx.exit(1)
        except OSError as exc:
            fail(exc.filename, exc.strerror or str(exc))
            ctx.exit(1)
        except Exception as exc:
            if os.environ.get("KG_DEBUG"):
                raise
            fail(None, f"internal error ({type(exc).__name__}: {exc}); run with KG_DEBUG=1 for the traceback")
            ctx.exit(2)


class _Warnings(logging.Handler):
    """The library's warnings (logger `kg`) as `Warning: ...` lines on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"Warning: {record.getMessage()}", err=True)


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version=__version__, prog_name="kg (distribution kg-sec)")
def main() -> None:
    """kg: SEC ownership filings (Schedules 13D/13G, Forms 3/4/5) to a knowledge graph.

    Data goes to stdout, messages to stderr; `-o -` is stdout wherever -o exists."""
    logger = logging.getLogger("kg")
    if not any(isinstance(handler, _Warnings) for handler in logger.handlers):
        handler = _Warnings(logging.WARNING)
        logger.addHandler(handler)


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
