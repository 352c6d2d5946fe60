"""The graph store as a networkx graph: what the ontology declares as edges, nothing else.

    graph = project(store)                                   # the whole store
    graph = project(store, filing="0001104659-25-002604")    # one filing's graph
    graph = neighbourhood(graph, organization="8x8, Inc.", depth=2)

Edges come from the ontology (`kg.graph.ontology.edge_classes`, `edge_properties`): each instance
of a class with kg:edgeSource/kg:edgeTarget (memberships, holdings, transactions,
signatures...) and each statement of a property marked kg:exportEdge (a unit of an
organisation, a post held...). Statements with the same source, target and label are
aggregated into one edge (count, filings, dates, the values of the latest statement).
Nodes are the ends of those edges, with their literal attributes, the filings they come
from and, on request, the quoted evidence. Mentions linked by owl:sameAs (kg resolve) are
collapsed into their canonical entity.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx
import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, SKOS, BNode, URIRef

from kg.errors import InputError
from kg.export.kinds import agent_kind, display_name, filing_label, local_name, type_label
from kg.export.sources import _value, canonical_map, filings, resolve_filing  # noqa: F401 (public here too)
from kg.graph.ontology import edge_classes, edge_properties, ontology
from kg.graph.vocab import KG, OA, PROV, SCHEMA

TYPE = ox.NamedNode(str(RDF.type))
SAME_AS = ox.NamedNode(str(OWL.sameAs))
NAME_PROPS = [str(SCHEMA.name), str(RDFS.label), str(KG.printedValue), str(SKOS.prefLabel)]
SKIPPED = {str(RDF.type), str(PROV.wasDerivedFrom), str(OWL.sameAs)}
EVIDENCE_PER_ITEM = 25
QUOTE_CHARS = 400  # longer quotes (a whole record's span) are cut, with an ellipsis
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"


@dataclass(frozen=True)
class EdgeSpec:
    """One kind of export edge: a reified class (source/target paths) or a property."""

    label: str
    cls: str | None
    source: tuple[str, bool] | None = None  # (property, inverse)
    target: tuple[str, bool] | None = None
    prop: str | None = None


def _path(term) -> tuple[str, bool]:
    """A kg:edgeSource/kg:edgeTarget value: a property, or `[ owl:inverseOf p ]`."""
    if isinstance(term, BNode):
        inverse = ontology().value(term, OWL.inverseOf)
        if inverse is None:
            raise InputError("kg.ttl", f"edge path {term} is neither a property nor [ owl:inverseOf p ]")
        return str(inverse), True
    return str(term), False


def edge_specs() -> list[EdgeSpec]:
    """The export edges the ontology declares."""
    specs = [EdgeSpec(label, str(cls), _path(src), _path(tgt)) for cls, (src, tgt, label) in edge_classes().items()]
    specs += [EdgeSpec(label, None, prop=str(prop)) for prop, label in edge_properties().items()]
    return sorted(specs, key=lambda spec: (spec.label, spec.cls or spec.prop))


@dataclass
class _Reader:
    """Index lookups on the Oxigraph store, restricted to some graphs (None: all)."""

    store: ox.Store
    graphs: list | None
    labels: dict = field(default_factory=dict)

    def quads(self, s=None, p=None, o=None):
        if self.graphs is None:
            yield from (q for q in self.store.quads_for_pattern(s, p, o, None) if isinstance(q.graph_name, ox.NamedNode))
        else:
            for graph in self.graphs:
                yield from self.store.quads_for_pattern(s, p, o, graph)

    def objects(self, s, p, graph=None):
        return [q.object for q in self.store.quads_for_pattern(s, ox.NamedNode(p), None, graph)]

    def label(self, node) -> str:
        """A readable label of an IRI: its name in the store, else in the ontology, else its last segment."""
        if not isinstance(node, ox.NamedNode):
            return str(_value(node))
        if node.value not in self.labels:
            found = next((q.object.value for prop in NAME_PROPS
                          for q in self.store.quads_for_pattern(node, ox.NamedNode(prop), None, None)), None)
            if found is None:
                onto = ontology()
                term = URIRef(node.value)
                found = onto.value(term, SKOS.prefLabel) or onto.value(term, RDFS.label) or local_name(node.value)
            self.labels[node.value] = str(found)
        return self.labels[node.value]


# ---- the projection ------------------------------------------------------------
def project(store: ox.Store, *, filing: str | None = None, evidence: bool = False) -> nx.MultiDiGraph:
    """The export graph of the store (or of one filing's named graph)."""
    graphs = [resolve_filing(store, filing)] if filing else None
    builder = _Builder(_Reader(store, graphs), canonical_map(store), filings(store, graphs), evidence)
    specs = edge_specs()
    builder.edge_props = {spec.prop for spec in specs if spec.prop}
    for spec in specs:
        builder.add(spec)
    return builder.finish()


class _Builder:
    def __init__(self, reader: _Reader, canon: dict[str, str], filing_table: dict[str, dict], evidence: bool):
        self.reader, self.canon, self.filings, self.with_evidence = reader, canon, filing_table, evidence
        self.edge_props: set[str] = set()
        self.statements: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
        self.mentions: dict[str, set] = defaultdict(set)

    # ---- edges -----------------------------------------------------------------
    def add(self, spec: EdgeSpec) -> None:
        store = self.reader.store
        if spec.prop:
            for quad in self.reader.quads(None, ox.NamedNode(spec.prop), None):
                if isinstance(quad.object, ox.NamedNode):
                    self._statement(spec, quad.subject, quad.object, quad.graph_name, None, {})
            return
        for quad in self.reader.quads(None, TYPE, ox.NamedNode(spec.cls)):
            node, graph = quad.subject, quad.graph_name
            ends = [self._ends(store, node, path, graph) for path in (spec.source, spec.target)]
            attrs = self.attributes(node, graph, skip={spec.source[0], spec.target[0]})
            if spec.cls == str(KG.BeneficialOwnership) and owns_nothing(attrs):
                continue  # a holding of 0 shares (an exit) is no "owns" edge
            for source in ends[0]:
                for target in ends[1]:
                    self._statement(spec, source, target, graph, node, attrs)

    @staticmethod
    def _ends(store, node, path, graph) -> list:
        prop, inverse = path
        quads = (store.quads_for_pattern(None, ox.NamedNode(prop), node, graph) if inverse
                 else store.quads_for_pattern(node, ox.NamedNode(prop), None, graph))
        ends = [quad.subject if inverse else quad.object for quad in quads]
        return [end for end in ends if isinstance(end, ox.NamedNode)]

    def _statement(self, spec: EdgeSpec, source, target, graph, node, attrs) -> None:
        ends = []
        for end in (source, target):
            canonical = self.canon.get(end.value, end.value)
            self.mentions[canonical].add(end)
            ends.append(canonical)
        item = {"filing": self.filings.get(graph.value, {}).get("id"), "attrs": attrs, "graph": graph,
                "relation": spec.cls or spec.prop}
        if node is not None and self.with_evidence:
            item["evidence"] = self.evidence([node], [graph])
        self.statements[(ends[0], ends[1], spec.label)].append(item)

    def attributes(self, node, graph, skip=frozenset()) -> dict:
        """Literal values (and labels of IRI values) of a node, keyed by property local name."""
        values: dict[str, list] = defaultdict(list)
        for quad in self.reader.store.quads_for_pattern(node, None, None, graph):
            prop = quad.predicate.value
            if prop in SKIPPED or prop in skip or prop in self.edge_props or isinstance(quad.object, ox.BlankNode):
                continue
            value = self.reader.label(quad.object) if isinstance(quad.object, ox.NamedNode) else _value(quad.object)
            if value not in values[local_name(prop)]:
                values[local_name(prop)].append(value)
        return {key: found[0] if len(found) == 1 else found for key, found in values.items()}

    # ---- evidence ----------------------------------------------------------------
    def evidence(self, nodes, graphs) -> list[dict]:
        """Quoted spans of the filing text whose annotations have one of `nodes` as body."""
        store, items = self.reader.store, []
        for node in nodes:
            for graph in graphs:
                for quad in store.quads_for_pattern(None, ox.NamedNode(str(OA.hasBody)), node, graph):
                    item = self._annotation(quad.subject, graph)
                    if item and item not in items:
                        items.append(item)
                    if len(items) >= EVIDENCE_PER_ITEM:
                        return items
        return items

    def _annotation(self, ann, graph) -> dict | None:
        objects = self.reader.objects
        quote = start = None
        for target in objects(ann, str(OA.hasTarget), graph):
            for selector in objects(target, str(OA.hasSelector), graph):
                quote = next((o.value for o in objects(selector, str(OA.exact), graph)), quote)
                start = next((int(o.value) for o in objects(selector, str(OA.start), graph)), start)
        about = [self.reader.label(o) for o in objects(ann, str(KG.aboutProperty), graph)]
        printed = [o.value for o in objects(ann, str(KG.printedValue), graph)]
        if quote is None and not printed:
            return None
        quote = quote if quote is not None else printed[0]
        if len(quote) > QUOTE_CHARS:
            quote = quote[:QUOTE_CHARS].rstrip() + " …"
        return {"filing": self.filings.get(graph.value, {}).get("id"), "about": about[0] if about else None,
                "quote": quote, "start": start}

    # ---- nodes and aggregation -----------------------------------------------------
    def finish(self) -> nx.MultiDiGraph:
        graph = nx.MultiDiGraph(filings={info["id"]: {k: v for k, v in info.items() if v is not None}
                                         for info in self.filings.values()})
        for node, mentions in self.mentions.items():
            graph.add_node(node, **self.node(node, mentions))
        for (source, target, label), items in self.statements.items():
            graph.add_edge(source, target, key=label, **aggregate(label, items))
        for node, data in graph.nodes(data=True):
            if not data["label"]:  # known only as the end of an edge, e.g. the filing an amendment amends
                data["label"] = unnamed_label(graph, node)
        return graph

    def node(self, node: str, mentions: set) -> dict:
        store, classes, attrs, graphs = self.reader.store, set(), defaultdict(list), set()
        sources = [(mention, None) for mention in sorted(mentions, key=lambda m: m.value)]
        if node not in {m.value for m in mentions}:
            sources.insert(0, (ox.NamedNode(node), "all"))
        for mention, scope in sources:
            quads = store.quads_for_pattern(mention, None, None, None) if scope else self.reader.quads(mention)
            for quad in quads:
                if quad.graph_name.value in self.filings:
                    graphs.add(quad.graph_name)
                if quad.predicate == TYPE:
                    classes.add(quad.object.value)
            for graph in {q.graph_name for q in self.reader.quads(mention)} | ({None} if scope else set()):
                for key, value in self.attributes(mention, graph).items():
                    for one in value if isinstance(value, list) else [value]:
                        if one not in attrs[key]:
                            attrs[key].append(one)
        data = {key: values[0] if len(values) == 1 else values for key, values in attrs.items()}
        label = display_name([str(n) for n in attrs.get("name") or attrs.get("label") or attrs.get("printedValue") or []],
                             [str(n) for n in attrs.get("nameAsPrinted", [])])
        info = next((f for f in self.filings.values() if f["iri"] == node), None)
        if info is not None:
            label = filing_label(info)
        data.update(label=label or "", type=type_label(classes), iri=node,
                    filings=sorted(self.filings[g.value]["id"] for g in graphs))
        kind = agent_kind(classes)
        if kind:
            data["kind"] = kind
        if len(mentions) > 1 or node not in {m.value for m in mentions}:
            data["mentions"] = sorted(m.value for m in mentions)
        if self.with_evidence:
            data["evidence"] = self.evidence(sorted(mentions, key=lambda m: m.value), sorted(graphs, key=str))
        return data


def owns_nothing(attrs: dict) -> bool:
    """A beneficial ownership of no shares (0 shares, or 0 percent and no share count)."""
    shares, percent = attrs.get("shares"), attrs.get("percentOfClass")
    return shares == 0 or (shares is None and percent == 0)


def unnamed_label(graph: nx.MultiDiGraph, node: str) -> str:
    """A node with no name of its own, named by an edge and the ontology's range of its
    property: "filing that SC 13D/A on Icahn Enterprises L.P. (2026-06-25) amends"."""
    for source, _, label, data in graph.in_edges(node, keys=True, data=True):
        onto = ontology()
        kind = onto.value(URIRef(data.get("relation", "")), RDFS.range)
        what = str(onto.value(kind, RDFS.label) or local_name(str(kind))) if kind is not None else "what"
        return f"{what} that {graph.nodes[source]['label']} {label}"
    return graph.nodes[node].get("type", "thing")


def aggregate(label: str, items: list[dict]) -> dict:
    """One edge for statements with the same ends and label: count, filings, dates, latest values."""
    def dates(item):
        return sorted(str(v) for v in _flat(item["attrs"].values()) if _is_date(v))
    items = sorted(items, key=lambda item: (dates(item) or [""])[0])
    all_dates = sorted(d for item in items for d in dates(item))
    data = {"label": label, "relation": items[0]["relation"], "count": len(items),
            "filings": sorted({item["filing"] for item in items if item["filing"]})}
    if all_dates:
        data.update(first_date=all_dates[0], last_date=all_dates[-1])
    for key, value in items[-1]["attrs"].items():
        data.setdefault(key if key not in data else f"statement_{key}", value)  # a post's own label
    data["statements"] = [{"filing": item["filing"], **item["attrs"]} for item in items]
    evidence = [e for item in items for e in item.get("evidence", [])]
    if evidence:
        data["evidence"] = evidence[:EVIDENCE_PER_ITEM]
    return data


def _flat(values):
    for value in values:
        yield from value if isinstance(value, list) else [value]


def _is_date(value) -> bool:
    text = str(value)
    return len(text) == 10 and text[4] == "-" and text[7] == "-" and text.replace("-", "").isdigit()
