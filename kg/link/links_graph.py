"""The links graph, in one named graph (kg.link.vocab.LINKS_GRAPH), proportional to the
entities: canonical entities with owl:sameAs to their per-filing mentions; the user's
judgements (the judgements file); and the undecided pairs that need review (one per pair
of entities, kg.link.review), with their score. Decisions between mentions that merely
share a blocking key are not stored: `kg explain` computes their reasons again from the
saved comparison levels. Filing graphs are not touched. Writing replaces the links graph,
or (given the digests of what is there) only its nodes whose triples changed.
"""
from __future__ import annotations

import hashlib

import pyoxigraph as ox
from rdflib import OWL, RDF, XSD

from kg.errors import StoreError
from kg.graph.search import name_keys
from kg.graph.vocab import INSTANCE_BASE, KG, PROV, SCHEMA
from kg.link.mentions import PERSON
from kg.link.resolve import Resolution
from kg.link.vocab import LINK, LINKS_GRAPH, decisions

Triple = tuple[str, tuple]   # (predicate IRI, ("iri", value) or ("literal", text, datatype IRI or ""))


def _iri(value) -> tuple:
    return ("iri", str(value))


def _lit(value, datatype=None) -> tuple:
    return ("literal", str(value), str(datatype) if datatype else "")


def _term(obj: tuple, cache: dict) -> ox.NamedNode | ox.Literal:
    if obj[0] == "iri":
        return ox.NamedNode(obj[1])
    if not obj[2]:
        return ox.Literal(obj[1])
    datatype = cache.get(obj[2]) or cache.setdefault(obj[2], ox.NamedNode(obj[2]))
    return ox.Literal(obj[1], datatype=datatype)


def _quads(node: str, triples: list[Triple], cache: dict) -> list[ox.Quad]:
    graph = cache.get("") or cache.setdefault("", ox.NamedNode(str(LINKS_GRAPH)))
    subject = ox.NamedNode(node)
    return [ox.Quad(subject, cache.get(p) or cache.setdefault(p, ox.NamedNode(p)), _term(o, cache), graph)
            for p, o in triples]


def mention_key(mention) -> str:
    return f"{mention.graph} {mention.iri}"


def link_nodes(result: Resolution, overrides=()) -> dict[str, tuple[str, list[Triple]]]:
    """The links graph, node by node: each canonical entity, each of the user's judgements
    and each pair to review, with the mentions it belongs with (mention_key, "\n"-joined)
    and its triples (plain tuples; quads are made only when written)."""
    from kg.link.review import review_items

    nodes: dict[str, tuple[str, list[Triple]]] = {}

    def adder(iri: str, *anchors):
        _, triples = nodes.setdefault(iri, ("\n".join(mention_key(m) for m in anchors), []))
        return lambda p, o: triples.append((str(p), o))

    for entity in result.entities:
        add = adder(entity.iri, result.mentions[entity.members[0]])
        add(RDF.type, _iri(LINK.CanonicalEntity))
        add(RDF.type, _iri(SCHEMA.Person if entity.kind == PERSON else SCHEMA.Organization))
        add(LINK.entityKind, _lit(entity.kind))
        add(LINK.mentionCount, _lit(len(entity.members), XSD.integer))
        for name in entity.names:
            add(SCHEMA.name, _lit(name))
        for key in sorted({key for name in entity.names for key in name_keys(name)}):
            add(KG.nameKey, _lit(key))  # searched by curated queries (kg.graph.search)
        for iri in dict.fromkeys(result.mentions[i].iri for i in entity.members):
            if iri != entity.iri:
                add(OWL.sameAs, _iri(iri))
    concepts = decisions()
    users = [j for j in result.extra if j.decided_by == "user"]
    reviews = [(result.judgement(item.row), item.joins) for item in review_items(result)]
    for j, joins in [(j, None) for j in users] + reviews:
        a, b = result.mentions[j.a], result.mentions[j.b]
        first, second = sorted([a, b], key=mention_key)
        key = f"{mention_key(first)} {mention_key(second)} {j.decided_by}"
        add = adder(f"{INSTANCE_BASE}judgement/{hashlib.sha1(key.encode()).hexdigest()[:20]}", first, second)
        add(RDF.type, _iri(LINK.Judgement))
        add(LINK.judgedMention, _iri(a.iri))
        add(LINK.judgedMention, _iri(b.iri))
        if j.decision in concepts:
            add(LINK.decision, _iri(concepts[j.decision]))
        add(LINK.decidedBy, _lit(j.decided_by))
        if j.score is not None:
            add(LINK.score, _lit(f"{j.score / 10:.1f}", XSD.decimal))
            add(LINK.matchProbability, _lit(f"{j.probability:.6f}", XSD.decimal))
        if j.decided_by == "user":
            for note in j.notes:
                add(LINK.reason, _lit(note))
        else:
            add(LINK.reason, _lit(f"undecided: a decision would join {joins} mentions (kg review; kg explain "
                                  "gives the reasons)"))
        for mention in (a, b):
            add(PROV.wasDerivedFrom, _iri(mention.graph))
    return nodes


def _digest(triples: list[Triple]) -> int:
    text = "\n".join(sorted({f"{p} {o}" for p, o in triples}))
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big", signed=True)


BULK = 20_000   # quads: more are written with Oxigraph's bulk loader (a transaction of many quads is slow)
Written = dict[str, tuple[int, str]]   # links-graph node -> (digest of its triples, its mention keys, "\n"-joined)


def write_links(store, result: Resolution, overrides=(), previous: Written | None = None,
                scope: set[str] | None = None) -> Written:
    """Write the links graph of a writable store; returns what it holds. Without `previous`
    (what the links graph holds) the graph is replaced whole. With it, `result` resolves
    the mentions whose keys are in `scope` (every mention when None): nodes of theirs
    that are gone or changed are removed, changed and new ones added, the rest left alone."""
    if not store.writable:
        raise StoreError(store.location, "store opened read-only")
    nodes = link_nodes(result, overrides)
    written = {node: (_digest(triples), anchor) for node, (anchor, triples) in nodes.items()}
    graph = ox.NamedNode(str(LINKS_GRAPH))
    if previous is None:
        store.oxigraph.update(f"DROP SILENT GRAPH <{LINKS_GRAPH}>")
        changed = list(nodes)
        previous = {}
    else:
        stale = [node for node, (digest, anchor) in previous.items()
                 if (written[node][0] != digest if node in written else _within(anchor, scope))]
        for node in stale:
            for quad in list(store.oxigraph.quads_for_pattern(ox.NamedNode(node), None, None, graph)):
                store.oxigraph.remove(quad)
        changed = [node for node, entry in written.items() if previous.get(node, (None,))[0] != entry[0]]
        previous = {node: entry for node, entry in previous.items() if not _within(entry[1], scope) or node in written}
    cache: dict = {}
    quads = (quad for node in changed for quad in _quads(node, nodes[node][1], cache))
    if store.folder is not None and sum(len(nodes[node][1]) for node in changed) > BULK:
        store.oxigraph.bulk_extend(quads)  # not one transaction: the caller keeps no state until it ends
    else:
        store.oxigraph.extend(quads)
    if store.folder is not None:
        store.oxigraph.flush()
    return {**previous, **written}


def _within(anchor: str, scope: set[str] | None) -> bool:
    """Whether a node belongs to the mentions resolved again (any of its mentions does)."""
    return scope is None or any(key in scope for key in anchor.split("\n"))
