"""`kg link`, `kg explain`, `kg review`: click commands over kg.link (registered in kg.cli.main)."""
from __future__ import annotations

import json
import sys

import click

from kg.errors import KgError
from kg.graph.settings import DEFAULT_LOCATION

STORE_HELP = f"Store folder (embedded Oxigraph) built by `kg build`. Default: {DEFAULT_LOCATION}."
JUDGEMENTS_DEFAULT = "Default: the file the store's links were last made with; '' for none."
ENGINE_HELP = ("Where Splink compares the candidate pairs: duckdb (one machine) or spark (pyspark, a cluster or "
               "local[*]; install pyspark and Java). Same model, same results.")


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
              help="JSON Lines file of forced judgements: {\"a\", \"b\", \"decision\": same|different|skip, "
                   "\"note\"}. " + JUDGEMENTS_DEFAULT)
@click.option("--engine", type=click.Choice(["duckdb", "spark"]), default="duckdb", show_default=True,
              help=ENGINE_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table: readable; json: one object per entity.")
def link_command(location: str, judgements_path: str | None, engine: str, fmt: str) -> None:
    """Link people and organisations across the store's filings; write the links graph
    (canonical entities, owl:sameAs, the user's judgements, pairs to review) and list the entities."""
    from kg.graph.store import open_store
    from kg.link.update import update_links

    try:
        open_store(location).close()  # refuses a folder that holds no store (nothing to link)
        with open_store(location, write=True) as store:
            result = update_links(store, judgements_path, engine=engine).result
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
    """Why the mentions NAME means were or were not merged: each judgement about them, its
    decision, score and reasons with their weights (which add up to the score). NAME is a
    name or part of one ("Icahn", "carl icahn"), a mention or entity IRI, or a CIK. Pairs
    not listed were never compared (no shared blocking key: family and given name or a
    variant of it, family name with an initial, CIK, given name with the family name's
    ends or sound, names swapped; a name on more than 256 mentions pairs only through a
    CIK or an organisation's first mention)."""
    from kg.graph.store import open_store
    from kg.link.resolve import explain
    from kg.link.review import find_mentions
    from kg.link.update import current_resolution

    try:
        with open_store(location) as store:
            result = current_resolution(store, judgements_path)
    except KgError as exc:
        _fail(exc.source, exc.problem)
    found = find_mentions(result, name)
    if not found:
        _fail(None, f"no mention is named, identified or numbered {name!r}")
    rows = explain(result, found)
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


@click.command("review")
@click.option("--store", "location", default=DEFAULT_LOCATION, show_default=True, help=STORE_HELP)
@click.option("--judgements", "judgements_path", metavar="FILE",
              help="The judgements file the answers are written to (and read from). " + JUDGEMENTS_DEFAULT)
@click.option("--decide", "decisions", multiple=True, metavar="KEY=same|different|skip",
              help="Answer the pair KEY (as listed) without asking; repeatable.")
@click.option("--list", "list_only", is_flag=True, help="List the pairs and ask nothing.")
@click.option("--limit", type=int, default=20, show_default=True, help="Pairs listed or asked.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table: readable lines; json: the pairs as an array of objects.")
def review_command(location: str, judgements_path: str | None, decisions: tuple[str, ...], list_only: bool,
                   limit: int, fmt: str) -> None:
    """The pairs the linker was unsure about, most consequential first (by how many
    mentions a decision would join), with both mentions' evidence and quotes. Each answer
    (same / different / skip) is appended to the judgements file and applied by the next
    `kg link` or `kg build`."""
    from kg.cli.review import run_review

    run_review(location, judgements_path, decisions, list_only, limit, fmt)


COMMANDS = [link_command, explain_command, review_command]
