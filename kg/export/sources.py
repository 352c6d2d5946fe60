"""What the export reads from the store besides edges: the filings (id, form, dates, issuer),
the canonical entity of each linked mention (owl:sameAs), and one filing's graph by key."""
from __future__ import annotations

from collections import defaultdict
from pathlib import PurePath

import pyoxigraph as ox
from rdflib import OWL, RDF

from kg.errors import InputError
from kg.graph.vocab import KG, SCHEMA

TYPE = ox.NamedNode(str(RDF.type))
SAME_AS = ox.NamedNode(str(OWL.sameAs))


def _value(term):
    """An RDF term as a plain Python value (numbers, booleans, ISO date strings, IRIs)."""
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value if term.datatype else ""
        if datatype.endswith(("#integer", "#int", "#long", "#nonNegativeInteger")):
            return int(term.value)
        if datatype.endswith(("#decimal", "#double", "#float")):
            return float(term.value)
        if datatype.endswith("#boolean"):
            return term.value == "true"
        return term.value
    return term.value


def canonical_map(store: ox.Store) -> dict[str, str]:
    """mention IRI -> canonical IRI, from owl:sameAs statements anywhere in the store.

    owl:sameAs is symmetric: each connected set of linked IRIs is one entity, named by the
    member described outside every filing graph (the canonical entity of the links graph),
    else by the most linked member, else the smallest IRI."""
    parent: dict[str, str] = {}

    def root(iri: str) -> str:
        while parent.setdefault(iri, iri) != iri:
            parent[iri] = parent[parent[iri]]
            iri = parent[iri]
        return iri

    degree: dict[str, int] = defaultdict(int)
    for quad in store.quads_for_pattern(None, SAME_AS, None, None):
        if isinstance(quad.subject, ox.NamedNode) and isinstance(quad.object, ox.NamedNode):
            a, b = quad.subject.value, quad.object.value
            degree[a] += 1
            degree[b] += 1
            parent[root(a)] = root(b)
    if not parent:
        return {}
    filing_graphs = {q.graph_name for q in store.quads_for_pattern(None, TYPE, ox.NamedNode(str(KG.Filing)), None)}
    groups: dict[str, list[str]] = defaultdict(list)
    for iri in list(parent):
        groups[root(iri)].append(iri)
    canon = {}
    for members in groups.values():
        def rank(iri: str):
            in_filing = any(q.graph_name in filing_graphs for q in store.quads_for_pattern(ox.NamedNode(iri), None, None, None))
            return (in_filing, -degree[iri], iri)
        chosen = min(members, key=rank)
        canon.update({member: chosen for member in members})
    return canon


def filings(store: ox.Store, graphs) -> dict[str, dict]:
    """graph IRI -> {id, form, source, iri}: id is the accession number, else the file name."""
    table = {}
    for quad in store.quads_for_pattern(None, TYPE, ox.NamedNode(str(KG.Filing)), None):
        graph = quad.graph_name
        if graphs is not None and graph not in graphs:
            continue
        one = {prop: _first(store, quad.subject, prop, graph)
               for prop in (KG.sourceFile, KG.accessionNumber, KG.formType, KG.filedDate, KG.eventDate)}
        source = one[KG.sourceFile]
        issuer = next((q.object for q in store.quads_for_pattern(quad.subject, ox.NamedNode(str(KG.issuer)), None,
                                                                 graph)), None)
        table[graph.value] = {"id": one[KG.accessionNumber] or (PurePath(source).name if source else quad.subject.value),
                              "iri": quad.subject.value, "form": one[KG.formType], "source": source,
                              "filed": one[KG.filedDate], "event": one[KG.eventDate],
                              "issuer": _first(store, issuer, SCHEMA.name, graph) if issuer else None}
    return table


def _first(store: ox.Store, subject, prop, graph):
    return next((_value(q.object) for q in store.quads_for_pattern(subject, ox.NamedNode(str(prop)), None, graph)), None)


def resolve_filing(store: ox.Store, key: str) -> ox.NamedNode:
    """The named graph of one filing: by accession number, file name or path, or graph/filing IRI."""
    matches = [graph for graph, info in filings(store, None).items()
               if key in (info["id"], info["source"], info["iri"], graph)
               or (info["source"] and PurePath(info["source"]).name == key)]
    if len(matches) != 1:
        raise InputError(key, "no filing with this accession number or file name in the store" if not matches
                         else f"{len(matches)} filings match; give the accession number or graph IRI")
    return ox.NamedNode(matches[0])
