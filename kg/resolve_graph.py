"""The links graph: canonical entities, owl:sameAs to their per-filing mentions, and the
judgements behind them, in one named graph (kg.resolve_vocab.LINKS_GRAPH). Filing graphs
are not touched; writing the links again replaces the whole links graph.

`update_links(store)` is what `kg build` calls after writing filings to keep links current.
"""
from __future__ import annotations

import hashlib

import pyoxigraph as ox
from rdflib import OWL, RDF, XSD

from kg.errors import StoreError
from kg.resolve import Resolution
from kg.resolve_mentions import PERSON
from kg.resolve_vocab import LINK, LINKS_GRAPH, decisions
from kg.vocab import INSTANCE_BASE, PROV, SCHEMA


def _n(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _lit(value, datatype=None) -> ox.Literal:
    return ox.Literal(str(value), datatype=_n(datatype)) if datatype else ox.Literal(str(value))


def link_quads(result: Resolution) -> list[ox.Quad]:
    graph = _n(LINKS_GRAPH)
    quads: list[ox.Quad] = []

    def add(s, p, o):
        quads.append(ox.Quad(s, _n(p), o, graph))

    for entity in result.entities:
        node = _n(entity.iri)
        add(node, RDF.type, _n(LINK.CanonicalEntity))
        add(node, RDF.type, _n(SCHEMA.Person if entity.kind == PERSON else SCHEMA.Organization))
        add(node, LINK.entityKind, _lit(entity.kind))
        add(node, LINK.mentionCount, _lit(len(entity.members), XSD.integer))
        for name in entity.names:
            add(node, SCHEMA.name, _lit(name))
        for iri in dict.fromkeys(result.mentions[i].iri for i in entity.members):
            if iri != entity.iri:
                add(node, OWL.sameAs, _n(iri))
    concepts = decisions()
    for j in result.judgements:
        a, b = result.mentions[j.a], result.mentions[j.b]
        key = " ".join(sorted([f"{a.graph} {a.iri}", f"{b.graph} {b.iri}"]) + [j.decided_by])
        node = _n(f"{INSTANCE_BASE}judgement/{hashlib.sha1(key.encode()).hexdigest()[:20]}")
        add(node, RDF.type, _n(LINK.Judgement))
        add(node, LINK.judgedMention, _n(a.iri))
        add(node, LINK.judgedMention, _n(b.iri))
        add(node, LINK.decision, _n(concepts[j.decision]))
        add(node, LINK.decidedBy, _lit(j.decided_by))
        if j.score is not None:
            add(node, LINK.score, _lit(f"{j.score:.3f}", XSD.decimal))
            add(node, LINK.matchProbability, _lit(f"{j.probability:.6f}", XSD.decimal))
        for reason in j.reasons:
            add(node, LINK.reason, _lit(reason))
        for mention in (a, b):
            add(node, PROV.wasDerivedFrom, _n(mention.graph))
    return quads


def write_links(store, result: Resolution) -> int:
    """Replace the links graph of a writable store; returns the triples written."""
    if not store.writable:
        raise StoreError(store.location, "store opened read-only")
    quads = link_quads(result)
    store.oxigraph.update(f"DROP SILENT GRAPH <{LINKS_GRAPH}>")
    store.oxigraph.extend(quads)
    if store.folder is not None:
        store.oxigraph.flush()
    return len(quads)


def update_links(store, judgements_path: str | None = None) -> Resolution:
    """Resolve every mention of the store again and replace the links graph (after `kg build`)."""
    from kg.resolve import resolve
    from kg.resolve_cluster import load_judgements
    from kg.resolve_mentions import mentions_from_store

    overrides = load_judgements(judgements_path) if judgements_path else []
    result = resolve(mentions_from_store(store), overrides)
    write_links(store, result)
    return result
