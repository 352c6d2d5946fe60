"""`kg link` and `kg explain`: click commands over kg.link.resolve (registered in kg.cli.main)."""
from __future__ import annotations

import json
import sys

import click

from kg.errors import KgError
from kg.graph.settings import DEFAULT_LOCATION

STORE_HELP = f"Store folder (embedded Oxigraph) built by `kg build`. Default: {DEFAULT_LOCATION}."
JUDGEMENTS_DEFAULT = "Default: the file the store's links were last made with; '' for none."


def _fail(source: str | None, problem: str) -> None:
    click.echo(f"Error: {source}: {problem}" if source else f"Error: {problem}", err=True)
    sys.exit(1)


def entity_json(result) -> list[dict]:
    """One object per entity: iri, kind, names as printed, filings, number of mentions."""
    return [{"iri": e.iri, "kind": e.kind, "names": e.names, "filings": e.filings, "mentions": len(e.members)}
            for e in result.entities]


@click.command("link")
@click.option("--store", "location", default=DEFAULT_LOCATION, show_default=True, help=STORE_HELP)
@click.option("--judgements", "judgements_path", metavar="FILE",
              help="JSON Lines file of forced judgements: {\"a\", \"b\", \"decision\": same|different, \"note\"}. "
                   + JUDGEMENTS_DEFAULT)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table: readable; json: one object per entity.")
def link_command(location: str, judgements_path: str | None, fmt: str) -> None:
    """Link people and organisations across the store's filings; write the links graph
    (canonical entities, owl:sameAs, judgements) and list the entities."""
    from kg.graph.store import open_store
    from kg.link.update import update_links

    try:
        open_store(location).close()  # refuses a folder that holds no store (nothing to link)
        with open_store(location, write=True) as store:
            result = update_links(store, judgements_path).result
    except KgError as exc:
        _fail(exc.source, exc.problem)
    if fmt == "json":
        click.echo(json.dumps(entity_json(result), indent=2, ensure_ascii=False))
        return
    _print_table(result)


def _print_table(result) -> None:
    from rdflib import URIRef

    from kg.sparql.formats import text_table

    rows = [[e.kind, "; ".join(e.names), str(len(e.members)), str(len(e.filings)), URIRef(e.iri)]
            for e in sorted(result.entities, key=lambda e: (-len(e.members), e.names[:1]))]
    click.echo(text_table(["kind", "names", "mentions", "filings", "entity"], rows), nl=False)
    merged = sum(1 for e in result.entities if len(e.members) > 1)
    click.echo(f"{len(result.mentions)} mentions -> {len(result.entities)} entities ({merged} gather several)",
               err=True)


@click.command("explain")
@click.argument("name")
@click.option("--store", "location", default=DEFAULT_LOCATION, show_default=True, help=STORE_HELP)
@click.option("--judgements", "judgements_path", metavar="FILE",
              help="A judgements file to apply. " + JUDGEMENTS_DEFAULT)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table: readable lines; json: the judgements as an array of objects.")
def explain_command(name: str, location: str, judgements_path: str | None, fmt: str) -> None:
    """Why the mentions printed as NAME were or were not merged: each judgement about them,
    its decision, score and reasons. Pairs not listed were never compared (no shared
    blocking key: family and given name, family name with an initial or nickname, CIK,
    given name with the family name's first and last letters; a name on more than 256
    mentions pairs only through a CIK or an organisation's first mention), or were judged
    different with names that do not even agree."""
    from kg.graph.store import open_store
    from kg.link.cluster import matching
    from kg.link.resolve import explain
    from kg.link.update import current_resolution

    try:
        with open_store(location) as store:
            result = current_resolution(store, judgements_path, name)
    except KgError as exc:
        _fail(exc.source, exc.problem)
    found = matching(name, result.mentions)
    if not found:
        _fail(None, f"no mention is printed as {name!r}")
    rows = explain(result, name)
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for index in found:
        m = result.mentions[index]
        click.echo(f"{m.name} in {m.filing} ({m.iri}) -> {result.entities[result.entity_of[index]].iri}")
    for row in rows:
        merged = "" if row["merged"] is None else (" (merged)" if row["merged"] else " (not merged)")
        click.echo(f"\n{row['decision'].upper()}{merged} by {row['decided_by']}"
                   + (f", score {row['score']:+.1f}" if row["score"] is not None else "")
                   + f": {row['a']['name']} [{row['a']['filing']}] ~ {row['b']['name']} [{row['b']['filing']}]")
        for reason in row["reasons"]:
            click.echo(f"    {reason}")
    if not rows:
        click.echo("No judgement concerns these mentions: they share no blocking key with any other mention.")


COMMANDS = [link_command, explain_command]
