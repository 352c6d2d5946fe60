"""`kg build`, `kg validate`, `kg export-rdf`: click commands over kg.graph.store (registered in kg.cli.main)."""
from __future__ import annotations

import sys

import click

from kg.cli.output import message, print_json, to_stdout
from kg.errors import KgError
from kg.graph.settings import DEFAULT_LOCATION, EXPORT_FORMAT_NAMES

STORE_HELP = f"Store folder (embedded Oxigraph) or 'memory'. Default: {DEFAULT_LOCATION}."
FORMAT = click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
                      help="table: readable lines; json: one object.")


def _fail(source: str | None, problem: str) -> None:
    click.echo(f"Error: {source}: {problem}" if source else f"Error: {problem}", err=True)


@click.command("build")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--store", "location", default=DEFAULT_LOCATION, show_default=True, help=STORE_HELP)
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation of each filing graph before commit.")
@click.option("--link/--no-link", default=True, show_default=True,
              help="Link the new filings' people and organisations with the store's (incrementally).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extract, map and validate in N parallel processes (this one writes).")
@click.option("--judgements", metavar="FILE",
              help="A judgements file (JSON Lines) forcing same/different decisions when linking. "
                   "Default: the file the store's links were last made with; '' for none.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, writable=True),
              help="Also write one JSON line per failed file here ({\"file\", \"reason\"}).")
@FORMAT
def build_command(inputs: tuple[str, ...], location: str, no_validate: bool, link: bool,
                  jobs: int, judgements: str | None, errors_path: str | None, fmt: str) -> None:
    """Extract filings (files, folders or globs) into the graph store, one named graph each.

    Building a filing again replaces its graph; the links across filings (`kg link`) are
    then brought up to date: only the new filings' mentions are compared. A file that fails is reported and the others go on; the exit
    status is 1 when any failed."""
    from kg.batch import expand_inputs

    try:
        files = expand_inputs(list(inputs))
    except KgError as exc:
        _fail(exc.source, exc.problem)
        sys.exit(1)
    errors = open(errors_path, "w", encoding="utf-8") if errors_path else None  # noqa: SIM115 - closed below
    try:
        code = run_build(files, location, validate=not no_validate, link=link, judgements=judgements, fmt=fmt,
                         jobs=jobs, errors=errors)
    finally:
        if errors:
            errors.close()
    sys.exit(code)


def run_build(files: list[str], location: str, *, validate: bool = True, link: bool = True,
              judgements: str | None = None, fmt: str = "table", jobs: int = 1, errors=None) -> int:
    """Build `files` into the store at `location`, printing as `kg build` does; the exit status.
    `errors`: an open file that gets a JSON line per failed file."""
    import json

    from kg.batch import error_record
    from kg.graph.store import build, open_store
    from kg.link.kept import derive

    def failed(source: str, problem: str) -> None:
        _fail(source, problem)
        if errors:
            errors.write(json.dumps(error_record(source, problem)) + "\n")

    try:
        with open_store(location, write=True) as store:
            if store.recovered:
                click.echo(f"An interrupted build left {len(store.recovered)} filing(s) out; build them again: "
                           + " ".join(store.recovered), err=True)
            report = build(store, files, validate=validate, on_error=failed, jobs=jobs, derive=derive)
            update = None
            if link and report.filings:
                from kg.link.update import update_links
                update = update_links(store, judgements, changed=report.graphs)
            total = len(store)
    except KgError as exc:
        _fail(exc.source, exc.problem)
        return 1
    if fmt == "json":
        print_json({"store": location, "filings": report.filings, "triples_written": report.triples,
                    "store_triples": total, "graphs": report.graphs,
                    "failed": [{"file": source, "reason": problem} for source, problem in report.failed],
                    "linked": None if update is None else {
                        "entities": dict(sorted(update.entities.items())), "mentions": update.mentions,
                        "compared": update.compared, "incremental": update.incremental}})
    else:
        if update is not None:
            message(f"linked: {_entity_counts(update)}")
        message(f"{report.filings} filing(s), {report.triples} triples written; store {location} holds {total} triples")
    if report.failed:
        click.echo(f"{len(report.failed)} of {len(files)} file(s) failed", err=True)
        return 1
    return 0


def _entity_counts(update) -> str:
    counts = ", ".join(f"{count} {kind} entities" for kind, count in sorted(update.entities.items()))
    how = (f"{update.compared} person mentions compared, all {update.mentions} mentions resolved again"
           if update.incremental else f"all {update.mentions} mentions compared and resolved")
    return f"{counts} ({how})"


@click.command("validate")
@click.option("--store", "location", default=DEFAULT_LOCATION, show_default=True, help=STORE_HELP)
@FORMAT
def validate_command(location: str, fmt: str) -> None:
    """Check every filing graph in the store against the SHACL shapes; list violations in plain words."""
    from kg.graph.checks import finding_counts, validate
    from kg.graph.store import open_store

    try:
        with open_store(location) as store:
            graphs = len(store.filing_graphs())
            problems = validate(store)
            findings = finding_counts(store)
    except KgError as exc:
        _fail(exc.source, exc.problem)
        sys.exit(1)
    if fmt == "json":
        print_json({"graphs": graphs, "conforms": not problems, "findings": dict(findings),
                    "violations": [{"graph": p.graph, "focus": p.focus, "path": p.path, "message": p.message,
                                    "value": p.value, "text": str(p)} for p in problems]})
    else:
        for problem in problems:
            click.echo(str(problem))
    if problems:
        message(f"{len(problems)} violation(s) in {graphs} filing graph(s)")
        sys.exit(1)
    message(f"{graphs} filing graph(s) conform to the shapes")
    if findings:  # conforming is not the same as correct: what the extractor doubted is said too
        listed = ", ".join(f"{code} {count}" for code, count in findings.items())
        message(f"data-quality findings: {listed} (kg query data-quality-findings lists them)")


@click.command("export-rdf")
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORT_FORMAT_NAMES)), default="nquads", show_default=True,
              help="nquads, trig, jsonld keep one named graph per filing; turtle holds their union.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, allow_dash=True),
              help="File to write (default, or '-': stdout).")
@click.option("--store", "location", default=DEFAULT_LOCATION, show_default=True, help=STORE_HELP)
def export_rdf_command(fmt: str, output: str | None, location: str) -> None:
    """Write the whole store as RDF."""
    from kg.graph.store import open_store

    try:
        with open_store(location) as store:
            data = store.export(fmt, None if to_stdout(output) else output)
    except KgError as exc:
        _fail(exc.source, exc.problem)
        sys.exit(1)
    if to_stdout(output) and data is not None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()


COMMANDS = [build_command, validate_command, export_rdf_command]
