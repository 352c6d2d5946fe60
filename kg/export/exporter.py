"""Graph exports: GraphML, GEXF (with time spans), Cytoscape.js JSON, a self-contained HTML
viewer, FollowTheMoney entities, BODS 0.4 statements, and CSV + Cypher for Neo4j.

    from kg.export.exporter import export
    export(store.oxigraph, "graphml", "out.graphml", organization="8x8, Inc.", depth=2)

The graph itself (what becomes a node and an edge) is `kg.export.graph.project`, driven
by the ontology's export-edge annotations; this module selects and writes it.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO

import networkx as nx
import pyoxigraph as ox

from kg.errors import InputError
from kg.export.formats import FORMATS  # noqa: E402,F401 (named here too)
from kg.export.graph import project

FILTERS = ("organization", "filing", "person")
_RICH = {"statements", "evidence", "mentions"}  # lists of records: JSON formats only


def parse_filter(text: str | None) -> dict[str, str]:
    """`organization=NAME`, `filing=ID` or `person=NAME` -> {kind: value}."""
    if not text:
        return {}
    kind, sep, value = text.partition("=")
    kind, value = kind.strip().lower(), value.strip()
    if not sep or kind not in FILTERS or not value:
        raise InputError(text, f"a filter is KIND=VALUE with KIND one of {', '.join(FILTERS)}")
    return {kind: value}


def select(store: ox.Store, *, organization: str | None = None, person: str | None = None,
           filing: str | None = None, depth: int = 2, evidence: bool = False) -> nx.MultiDiGraph:
    """The export graph, narrowed to one filing, or to an organisation's or person's neighbourhood."""
    if sum(value is not None for value in (organization, person, filing)) > 1:
        raise InputError(None, "give one filter: organization, person or filing")
    if depth < 0:
        raise InputError(None, f"depth must be 0 or more, not {depth}")
    graph = project(store, filing=filing, evidence=evidence)
    if organization is not None or person is not None:
        graph = neighbourhood(graph, organization=organization, person=person, depth=depth)
    return graph


def export(store: ox.Store, fmt: str, output: str | Path | IO[bytes] | None, **selection) -> nx.MultiDiGraph:
    """Write the selected graph in `fmt` to `output` (a file, a binary stream, or None / "-" for
    stdout; cypher: a folder); returns the graph written."""
    if fmt not in FORMATS:
        raise InputError(fmt, f"unknown export format; choose one of {', '.join(FORMATS)}")
    graph = select(store, evidence=fmt in ("html", "cytoscape"), **selection)
    if fmt in FOLDER_WRITERS:
        if output is None or output == "-" or not isinstance(output, str | Path):
            raise InputError(fmt, "this format writes a folder of files: give -o FOLDER")
        FOLDER_WRITERS[fmt](graph, Path(output))
        return graph
    if output is None or output == "-":
        WRITERS[fmt](graph, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    elif isinstance(output, str | Path):
        with open(output, "wb") as handle:
            WRITERS[fmt](graph, handle)
    else:
        WRITERS[fmt](graph, output)
    return graph


def neighbourhood(graph: nx.MultiDiGraph, *, organization: str | None = None, person: str | None = None,
                  depth: int = 2) -> nx.MultiDiGraph:
    """The nodes within `depth` steps (either direction) of the named organisation or person."""
    kind, name = ("organization", organization) if organization else ("person", person)
    wanted = " ".join(str(name).split()).casefold()
    candidates = [(node, " ".join(str(data.get("label", "")).split()).casefold())
                  for node, data in graph.nodes(data=True) if data.get("kind") == kind]
    matches = [node for node, label in candidates if label == wanted] or \
              [node for node, label in candidates if wanted in label]
    if not matches:
        raise InputError(name, f"no {kind} of this name in the graph")
    undirected = graph.to_undirected(as_view=True)
    keep = set()
    for node in matches:
        keep |= set(nx.single_source_shortest_path_length(undirected, node, cutoff=depth))
    sub = graph.subgraph(keep).copy()
    sub.graph["focus"] = sorted(matches)
    return sub


# ---- writers --------------------------------------------------------------------
def scalar_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes GraphML and GEXF can hold: lists joined with '; ', records dropped."""
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **_scalars(data))
    for source, target, key, data in graph.edges(keys=True, data=True):
        flat.add_edge(source, target, key=key, **_scalars(data))
    return flat


def _scalars(data: dict) -> dict:
    out = {}
    for key, value in data.items():
        if key in _RICH or value is None:
            continue
        if isinstance(value, list):
            value = "; ".join(str(item) for item in value)
        out[key] = value
    return out


def write_graphml(graph: nx.MultiDiGraph, out: IO[bytes]) -> None:
    nx.write_graphml(scalar_graph(graph), out)


def write_gexf(graph: nx.MultiDiGraph, out: IO[bytes]) -> None:
    from kg.export.gexf import write_dynamic_gexf
    write_dynamic_gexf(graph, scalar_graph(graph), out)


def cytoscape_json(graph: nx.MultiDiGraph) -> dict:
    """Cytoscape.js elements JSON (as `cy.json()` and Cytoscape desktop read it)."""
    nodes = [{"data": {"id": node, "name": data.get("label", node), **data}} for node, data in graph.nodes(data=True)]
    edges = [{"data": {"id": f"e{index}", "source": source, "target": target, "interaction": key, **data}}
             for index, (source, target, key, data) in enumerate(graph.edges(keys=True, data=True))]
    return {"format_version": "1.0", "generated_by": "kg", "target_cytoscapejs_version": "~3",
            "data": {"filings": graph.graph.get("filings", {}), "focus": graph.graph.get("focus", [])},
            "elements": {"nodes": nodes, "edges": edges}}


def write_cytoscape(graph: nx.MultiDiGraph, out: IO[bytes]) -> None:
    out.write(json.dumps(cytoscape_json(graph), indent=1, ensure_ascii=False, default=str).encode("utf-8"))


def write_html(graph: nx.MultiDiGraph, out: IO[bytes]) -> None:
    from kg.export.html import html_page
    out.write(html_page(graph).encode("utf-8"))


def write_ftm(graph: nx.MultiDiGraph, out: IO[bytes]) -> None:
    from kg.export.ftm import ftm_entities
    for entity in ftm_entities(graph):
        out.write((json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))


def write_bods(graph: nx.MultiDiGraph, out: IO[bytes]) -> None:
    from kg.export.bods import bods_statements
    out.write(json.dumps(bods_statements(graph), indent=1, ensure_ascii=False).encode("utf-8"))


def write_cypher(graph: nx.MultiDiGraph, folder: Path) -> None:
    from kg.export.cypher import write_cypher_folder
    write_cypher_folder(graph, folder)


WRITERS = {"graphml": write_graphml, "gexf": write_gexf, "cytoscape": write_cytoscape, "html": write_html,
           "ftm": write_ftm, "bods": write_bods}
FOLDER_WRITERS = {"cypher": write_cypher}
