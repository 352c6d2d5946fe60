"""GEXF for Gephi with time spans, so its timeline can play the graph through the filings.

Each edge spans the dates its statements carry (first_date .. last_date: transaction,
holding and membership dates), else the dates of the filings it comes from (event date,
else filing date); each node spans the dates of its filings and of its edges. Dates are
ISO `YYYY-MM-DD` (GEXF timeformat "date"). Everything else is as in GraphML.
"""
from __future__ import annotations

from typing import IO

import networkx as nx


def filing_dates(graph: nx.MultiDiGraph, ids) -> list[str]:
    """The event (else filed) dates of the filings named by id."""
    table = graph.graph.get("filings", {})
    found = [table.get(i, {}).get("event") or table.get(i, {}).get("filed") for i in ids or []]
    return sorted(str(date) for date in found if date)


def spans(graph: nx.MultiDiGraph) -> tuple[dict, dict]:
    """({node: (start, end)}, {(source, target, key): (start, end)}) from statement and filing dates."""
    edges, nodes = {}, {}
    for source, target, key, data in graph.edges(keys=True, data=True):
        dates = [d for d in (data.get("first_date"), data.get("last_date")) if d] or \
            filing_dates(graph, data.get("filings"))
        if dates:
            edges[(source, target, key)] = (min(dates), max(dates))
    for node, data in graph.nodes(data=True):
        dates = filing_dates(graph, data.get("filings"))
        for (source, target, _), (start, end) in edges.items():
            if node in (source, target):
                dates += [start, end]
        if dates:
            nodes[node] = (min(dates), max(dates))
    return nodes, edges


def write_dynamic_gexf(graph: nx.MultiDiGraph, flat: nx.MultiDiGraph, out: IO[bytes]) -> None:
    """Write `flat` (the scalar copy of `graph`) as GEXF with the spans of `graph`."""
    node_spans, edge_spans = spans(graph)
    for node, (start, end) in node_spans.items():
        flat.nodes[node].update(start=start, end=end)
    for index, (source, target, key, data) in enumerate(flat.edges(keys=True, data=True)):
        data["id"] = str(index)  # GEXF edge ids must be unique; the key (the label) is not
        if (source, target, key) in edge_spans:
            data["start"], data["end"] = edge_spans[(source, target, key)]
    nx.write_gexf(flat, out)
