"""`kg export`: the graph as GraphML, GEXF, Cytoscape.js JSON, an HTML viewer, FtM, BODS or Cypher/CSV."""
from __future__ import annotations

import sys

import click

from kg.errors import KgError
from kg.export.formats import FORMATS
from kg.graph.settings import DEFAULT_LOCATION


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="graphml, gexf (with time spans), cytoscape (Cytoscape.js JSON), html (self-contained viewer), "
                   "ftm (FollowTheMoney JSON lines), bods (BODS 0.4 JSON), cypher (a folder: CSV for "
                   "neo4j-admin import, LOAD CSV and Kùzu scripts).")
@click.option("--filter", "filter_", metavar="KIND=VALUE",
              help="organization=NAME or person=NAME (with --depth), or filing=ACCESSION|FILE NAME.")
@click.option("--depth", type=click.IntRange(0, 20), default=2, show_default=True,
              help="Steps from the filtered organisation or person (a board sits between a person and its company).")
@click.option("--store", "location", default=DEFAULT_LOCATION, show_default=True,
              help="Store folder (embedded Oxigraph) written by `kg build`.")
@click.option("-o", "--output", type=click.Path(writable=True, allow_dash=True), default=None,
              help="File to write (default, or '-': stdout); a folder for cypher.")
def export_command(fmt: str, filter_: str | None, depth: int, location: str, output: str | None) -> None:
    """Export the graph: people, organisations and boards as nodes; memberships, posts,
    holdings, transactions and signatures as edges (as the ontology declares them)."""
    from kg.export.exporter import export, parse_filter
    from kg.graph.store import open_store

    try:
        selection = parse_filter(filter_)
        with open_store(location) as store:
            graph = export(store.oxigraph, fmt, output, depth=depth, **selection)
    except KgError as exc:
        click.echo(f"Error: {exc.source}: {exc.problem}" if exc.source else f"Error: {exc.problem}", err=True)
        sys.exit(1)
    where = "stdout" if output in (None, "-") else output
    click.echo(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges written to {where} ({fmt})", err=True)


COMMANDS = [export_command]
