"""The export graph for property-graph databases: CSV files plus Cypher scripts.

    kg export --format cypher -o neo4j/     # a folder

The folder holds one CSV file of nodes per label (`nodes_Person.csv`: `id:ID`, name, kind,
filings, then the nodes' attributes with Neo4j header types) and one CSV file of
relationships per type and pair of labels (`rels_OWNS_Person_Organization.csv`:
`:START_ID`, `:END_ID`, then the edge's attributes: count, filings, first/last date and the
latest statement's values), and three scripts that load them:

- `neo4j-admin-import.sh`: `neo4j-admin database import full` with every file (the fast bulk path);
- `import.cypher`: `LOAD CSV` statements for a running Neo4j (files in its import folder);
- `kuzu.cypher`: `CREATE NODE/REL TABLE` and `COPY` statements for the embedded Kùzu database.

Labels come from the node kinds (person -> Person, class of securities -> ClassOfSecurities),
relationship types from the edge labels (owns -> OWNS, signed for -> SIGNED_FOR). List values
are joined with "; "; node IDs are the IRIs.
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import networkx as nx

from kg.errors import InputError

_SKIP_NODE = {"label", "iri", "type", "kind", "filings", "evidence", "mentions", "statements", "name"}
_SKIP_EDGE = {"label", "evidence", "statements", "filings"}
NEO4J_TYPES = {"string": "string", "long": "long", "double": "double", "boolean": "boolean", "date": "date"}
KUZU_TYPES = {"string": "STRING", "long": "INT64", "double": "DOUBLE", "boolean": "BOOLEAN", "date": "DATE"}


def node_label(kind: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in re.findall(r"[A-Za-z0-9]+", kind)) or "Thing"


def rel_type(label: str) -> str:
    return "_".join(re.findall(r"[A-Za-z0-9]+", label)).upper() or "RELATED_TO"


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(" ".join(str(v).split()) for v in value)
    return " ".join(str(value).split())  # one line: CSV readers differ on line breaks in quotes


def _kind_of(values: list) -> str:
    present = [v for v in values if v is not None and v != ""]
    if not present:
        return "string"
    if all(isinstance(v, bool) for v in present):
        return "boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "long"
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "double"
    if all(isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) for v in present):
        return "date"
    return "string"


def _columns(records: list[dict], skip: set) -> list[tuple[str, str]]:
    """(name, type) of the attributes the records hold, in a stable order."""
    names = sorted({key for record in records for key in record if key not in skip
                    and re.fullmatch(r"[A-Za-z_]\w*", key)})
    return [(name, _kind_of([record.get(name) for record in records])) for name in names]


def tables(graph: nx.MultiDiGraph) -> tuple[dict, dict]:
    """({label: (columns, rows)}, {(type, from label, to label): (columns, rows)}) with typed columns."""
    by_label: dict[str, list] = defaultdict(list)
    for node, data in graph.nodes(data=True):
        by_label[node_label(data.get("type", "thing"))].append((node, data))
    nodes = {}
    for label, items in sorted(by_label.items()):
        columns = _columns([data for _, data in items], _SKIP_NODE)
        rows = [[node, data.get("label", ""), data.get("type", ""), _cell(data.get("filings"))]
                + [_cell(data.get(name)) for name, _ in columns] for node, data in items]
        nodes[label] = ([("id", "ID"), ("name", "string"), ("kind", "string"), ("filings", "string")] + columns, rows)
    labels = {node: node_label(data.get("type", "thing")) for node, data in graph.nodes(data=True)}
    by_type: dict[str, list] = defaultdict(list)
    for source, target, data in graph.edges(data=True):
        by_type[rel_type(data.get("label", ""))].append((source, target, data))
    rels = {}
    for kind, items in sorted(by_type.items()):
        columns = [("filings", "string")] + _columns([data for _, _, data in items], _SKIP_EDGE)
        for source, target, data in items:
            key = (kind, labels[source], labels[target])
            row = [source, target, _cell(data.get("filings"))] + [_cell(data.get(n)) for n, _ in columns[1:]]
            rels.setdefault(key, (columns, []))[1].append(row)
    return nodes, rels


def _write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def write_cypher_folder(graph: nx.MultiDiGraph, folder: Path) -> None:
    """Write the CSV files and the three scripts into `folder` (created if needed)."""
    if folder.exists() and not folder.is_dir():
        raise InputError(str(folder), "the cypher export writes a folder; this is a file")
    folder.mkdir(parents=True, exist_ok=True)
    nodes, rels = tables(graph)
    for label, (columns, rows) in nodes.items():
        header = ["id:ID"] + [f"{name}:{NEO4J_TYPES[kind]}" for name, kind in columns[1:]]
        _write_csv(folder / f"nodes_{label}.csv", header, rows)
    for (kind, start, end), (columns, rows) in rels.items():
        header = [":START_ID", ":END_ID"] + [f"{name}:{NEO4J_TYPES[t]}" for name, t in columns]
        _write_csv(folder / f"rels_{kind}_{start}_{end}.csv", header, rows)
    (folder / "neo4j-admin-import.sh").write_text(admin_script(nodes, rels), encoding="utf-8")
    (folder / "import.cypher").write_text(load_csv_script(nodes, rels), encoding="utf-8")
    (folder / "kuzu.cypher").write_text(kuzu_script(nodes, rels), encoding="utf-8")


def admin_script(nodes: dict, rels: dict) -> str:
    args = [f"  --nodes={label}=nodes_{label}.csv" for label in nodes]
    args += [f"  --relationships={kind}=rels_{kind}_{a}_{b}.csv" for kind, a, b in rels]
    return ("#!/bin/sh\n# Bulk import into a new Neo4j database (stop Neo4j first); run in this folder.\n"
            "neo4j-admin database import full --overwrite-destination --array-delimiter=';' \\\n"
            + " \\\n".join(args) + " \\\n  ${1:-neo4j}\n")


def _convert(name: str, kind: str) -> str:
    value = f"row.`{name}:{NEO4J_TYPES[kind]}`"
    return {"long": f"toInteger({value})", "double": f"toFloat({value})", "boolean": f"toBoolean({value})",
            "date": f"date({value})"}.get(kind, value)


def load_csv_script(nodes: dict, rels: dict) -> str:
    """LOAD CSV statements for Neo4j (copy the CSV files into its import folder first)."""
    lines = ["// Load kg's export into a running Neo4j: put the CSV files in its import folder, then run this."]
    for label in nodes:
        lines.append(f"CREATE CONSTRAINT IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE;")
    for label, (columns, _) in nodes.items():
        props = ", ".join(["id: row.`id:ID`"] + [f"`{n}`: {_convert(n, k)}" for n, k in columns[1:]])
        lines.append(f"LOAD CSV WITH HEADERS FROM 'file:///nodes_{label}.csv' AS row CREATE (:{label} {{{props}}});")
    for (kind, start, end), (columns, _) in rels.items():
        props = ", ".join(f"`{n}`: {_convert(n, k)}" for n, k in columns)
        lines.append(f"LOAD CSV WITH HEADERS FROM 'file:///rels_{kind}_{start}_{end}.csv' AS row "
                     f"MATCH (a:{start} {{id: row.`:START_ID`}}), (b:{end} {{id: row.`:END_ID`}}) "
                     f"CREATE (a)-[:{kind} {{{props}}}]->(b);")
    return "\n".join(lines) + "\n"


def kuzu_script(nodes: dict, rels: dict) -> str:
    """Schema and COPY statements for Kùzu (run in this folder: the paths are relative)."""
    lines = ["// Load kg's export into Kùzu: run these statements with this folder as the working directory."]
    for label, (columns, _) in nodes.items():
        cols = ", ".join(["id STRING PRIMARY KEY"] + [f"`{n}` {KUZU_TYPES[k]}" for n, k in columns[1:]])
        lines.append(f"CREATE NODE TABLE {label}({cols});")
    pairs: dict[str, list] = defaultdict(list)
    for kind, start, end in rels:
        pairs[kind].append((start, end))
    for kind, ends in pairs.items():
        columns = next(cols for (k, _, _), (cols, _) in rels.items() if k == kind)
        spec = ", ".join([f"FROM {a} TO {b}" for a, b in ends] + [f"`{n}` {KUZU_TYPES[k]}" for n, k in columns])
        lines.append(f"CREATE REL TABLE {kind}({spec});")
    for label in nodes:
        lines.append(f"COPY {label} FROM 'nodes_{label}.csv' (header=true);")
    for kind, start, end in rels:
        lines.append(f"COPY {kind} FROM 'rels_{kind}_{start}_{end}.csv' (header=true, from='{start}', to='{end}');")
    return "\n".join(lines) + "\n"
