"""Each filing's link mentions, kept beside an on-disk store (kg.graph.sidecar), so that a full
`kg link` reads no filing graph back.

    build(store, files, derive=derive)       # kg build: each worker makes its filings' lines
    kept_mentions(store, graphs)             # every mention of the store, or None: scan it

`derive` reads a filing's mentions from the filing's own triples by the very scans `kg link`
runs over a store (kg.link.scan), on a store in memory that holds those of its triples whose
property the scans read (scan.READ; `rdf:type` only for the classes they read, scan.TYPES;
every scan and join there names its property, so the other triples change nothing): the
mentions of the scans, field by field, list orders included (tested against a store's scans).
A filing's mentions are one JSON line, `[graph IRI, [[field, ...] of each mention]]`.

`kept_mentions` uses them only when they describe the store as it is: the manifest's token and
files hold (kg.graph.sidecar) and the graphs they describe are exactly the store's filing
graphs; else it says why (an info line) and `kg link` reads the store by the scans, then keeps
what it read (`keep_scanned`) so that the next full link need not.
"""
from __future__ import annotations

import json
import logging
from collections import defaultdict
from dataclasses import fields

from rdflib import RDF

from kg.link.mentions import Mention, compact

log = logging.getLogger("kg")
FIELDS = tuple(f.name for f in fields(Mention))
_SETS = frozenset(f.name for f in fields(Mention) if "set" in str(f.type))


def derive(mapped: list) -> list[bytes]:
    """The line of each mapped filing (kg.graph.mapping.MappedFiling), in order."""
    lines: list[bytes] = []
    chunk: list = []
    for item in mapped:
        if any(str(other.graph_iri) == str(item.graph_iri) for other in chunk):
            lines += _chunk_lines(chunk)  # the same filing twice: each read alone
            chunk = []
        chunk.append(item)
    return lines + _chunk_lines(chunk)


def _chunk_lines(chunk: list) -> list[bytes]:
    import pyoxigraph as ox

    from kg.graph.store import GraphStore
    from kg.link.scan import mentions_by_scan

    if not chunk:
        return []
    store = GraphStore("memory", ox.Store(), writable=True)
    store.oxigraph.load("".join(_read_quads(item) for item in chunk).encode(), ox.RdfFormat.N_QUADS)
    by_graph: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions_by_scan(store):
        by_graph[mention.graph].append(mention)
    return [encode(str(item.graph_iri), by_graph.pop(str(item.graph_iri), []) + by_graph.pop(_summary(item), []))
            for item in chunk]


def _summary(item) -> str:
    from kg.graph.summary import summary_graph
    return str(summary_graph(item.graph_iri))


def _read_quads(item) -> str:
    """The filing's N-Quads (its graph's and its summary graph's) that the scans read."""
    from kg.graph.ntriples import iri_text
    from kg.link.scan import READ, TYPES

    properties = {f"<{p}>" for p in READ}
    classes = {f"<{c}>" for c in TYPES}
    kind = f"<{RDF.type}>"
    parts = []
    for triples, graph in ((item.triples, str(item.graph_iri)), (item.summary, _summary(item))):
        tail = f" {iri_text(graph)} .\n"
        for line in () if triples is None else triples.lines():
            _, prop, obj = line.split(" ", 2)
            if prop in properties or (prop == kind and obj in classes):
                parts.append(line + tail)
    return "".join(parts)


def encode(graph: str, mentions: list[Mention]) -> bytes:
    """One graph's line: its IRI and each mention's fields (a set sorted; the graph None when it is the line's)."""
    rows = [[None if name == "graph" and m.graph == graph else
             sorted(getattr(m, name)) if name in _SETS else getattr(m, name) for name in FIELDS] for m in mentions]
    return json.dumps([graph, rows]).encode() + b"\n"


def _mention(row: list, graph: str) -> Mention:
    values = dict(zip(FIELDS, row, strict=True))
    values["graph"] = values["graph"] or graph
    return Mention(**values)  # the sets as lists: compact() freezes them


def kept_mentions(store, graphs: set[str] | None = None) -> list[Mention] | None:
    """Every mention of the store from the records kept beside it (the store's filing graphs:
    `graphs`, read when not given), or None when they do not describe the store as it is."""
    from kg.graph.sidecar import Unusable, read

    if store.folder is None or not store.writable:
        return None  # a reader reads a snapshot the records may not describe: the scans
    if store.kept is None:
        return _refuse(store, "they were not kept by every write of the store's filing graphs")
    graphs = set(store.filing_graphs()) if graphs is None else graphs
    mentions: list[Mention] = []
    described: set[str] = set()
    try:
        for graph, rows in read(store.folder, store.kept):
            described.add(graph)
            mentions += [_mention(row, graph) for row in rows]
    except (Unusable, ValueError, TypeError, IndexError) as exc:
        return _refuse(store, str(exc) or type(exc).__name__)
    if described != graphs:
        return _refuse(store, f"they describe {len(described - graphs)} graph(s) the store does not hold and miss "
                              f"{len(graphs - described)} it holds")
    return compact(sorted(mentions, key=lambda m: (m.graph, m.iri)))


def _refuse(store, why: str) -> None:
    """Say why the records are not used; a writer drops them (the scans' mentions are kept in their place)."""
    from kg.graph import sidecar

    log.info("%s: the mentions kept beside the store do not describe it (%s); reading every filing graph",
             store.location, why)
    store.kept = None
    sidecar.stale(store.folder)
    return None


def keep_scanned(store, mentions: list[Mention], graphs: set[str]) -> None:
    """After the scans of a writer: keep what they read, for every filing graph (`graphs`)."""
    from kg.graph import sidecar, snapshots

    if store.folder is None or not store.writable or store.kept is not None:
        return
    by_graph: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_graph[mention.graph].append(mention)
    if not set(by_graph) <= graphs:
        return  # a mention outside every filing graph: not kept (the scans will read it again)
    order = sorted(graphs)
    store.kept = sidecar.keep_all(store.folder, snapshots.current(store.folder),
                                  (encode(graph, by_graph.get(graph, [])) for graph in order), order)
