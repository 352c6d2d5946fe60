"""FollowTheMoney entities from an export graph (JSON objects: id, schema, properties).

People become `Person`, organisations `Company` (when they issue securities or have a
CIK) or `Organization`, agents of unknown kind `LegalEntity`; printed addresses
`Address`. Edges, by the ontology term they come from: a membership of a board whose role
the ontology aligns with ftm:Directorship -> `Directorship` (with the board's
organisation); another membership -> `Membership`; a post -> `Employment`; a beneficial
ownership -> `Ownership`; a signature -> `Representation`; a class of securities ->
`Security`. Transactions have no FtM schema and are left out.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator

import networkx as nx
import pycountry
from rdflib import SKOS, URIRef

from kg.graph.ontology import ontology
from kg.graph.vocab import KG, ORG

FTM_DIRECTORSHIP = URIRef("https://w3id.org/ftm#Directorship")
ISSUING = {str(KG.issuedBy), str(KG.BeneficialOwnership), str(KG.Transaction)}


def entity_id(*parts: str) -> str:
    return "kg-" + hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def alpha2(code) -> str | None:
    """An ISO 3166-1 alpha-3 code (the last segment of kg's country IRIs) as alpha-2, lower case."""
    country = pycountry.countries.get(alpha_3=str(code).upper()) if code else None
    return country.alpha_2.lower() if country else None


def values(data: dict, key: str) -> list:
    value = data.get(key)
    return [] if value is None else [str(v) for v in (value if isinstance(value, list) else [value])]


def role_concepts() -> dict[str, URIRef]:
    """Label -> concept for the ontology's concepts (edge attributes hold labels)."""
    onto = ontology()
    return {str(label): concept for concept, label in onto.subject_objects(SKOS.prefLabel)}


def is_directorship(role_label) -> bool:
    concept = role_concepts().get(str(role_label))
    return concept is not None and (concept, SKOS.closeMatch, FTM_DIRECTORSHIP) in ontology()


def unit_parent(graph: nx.MultiDiGraph, unit: str) -> str | None:
    """The organisation a unit (board) belongs to: the target of its org:unitOf edge."""
    for _, target, data in graph.out_edges(unit, data=True):
        if data.get("relation") == str(ORG.unitOf):
            return target
    return None


def edges_of(graph: nx.MultiDiGraph, relation) -> Iterator[tuple[str, str, dict]]:
    for source, target, data in graph.edges(data=True):
        if data.get("relation") == str(relation):
            yield source, target, data


def node_schema(graph: nx.MultiDiGraph, node: str, data: dict) -> str | None:
    kind = data.get("kind")
    if kind == "person":
        return "Person"
    if kind == "organization":
        issues = any(edge.get("relation") in ISSUING for _, _, edge in graph.in_edges(node, data=True))
        return "Company" if issues or data.get("cik") else "Organization"
    if data.get("type") == "agent":
        return "LegalEntity"
    return None


def ftm_entities(graph: nx.MultiDiGraph) -> Iterator[dict]:
    """FtM entities (dicts) for the graph's agents and their relationships."""
    ids = {}
    for node, data in graph.nodes(data=True):
        schema = node_schema(graph, node, data)
        if schema is None:
            continue
        ids[node] = entity_id(node)
        props = {"name": [data["label"]], "sourceUrl": [node], "publisher": ["kg (SEC ownership filings)"]}
        countries = [c for c in map(alpha2, values(data, "nationality") + values(data, "jurisdiction")) if c]
        if countries:
            props["nationality" if schema == "Person" else "jurisdiction"] = countries
        if schema == "Company" and data.get("cik"):
            props["cikCode"] = values(data, "cik")
        for address in values(data, "address"):
            address_id = entity_id(node, "address", address)
            yield {"id": address_id, "schema": "Address", "properties": {"full": [address]}}
            props.setdefault("addressEntity", []).append(address_id)
        yield {"id": ids[node], "schema": schema, "properties": props}
    yield from _relationships(graph, ids)


def _interval(schema: str, ends: dict, data: dict, **props) -> dict:
    properties = {key: [ids] for key, ids in ends.items()}
    properties.update({key: value if isinstance(value, list) else [str(value)]
                       for key, value in props.items() if value not in (None, [])})
    if data.get("last_date"):
        properties["date"] = [data["last_date"]]
    properties["publisher"] = ["kg (SEC ownership filings)"]
    return {"id": entity_id(schema, *ends.values(), str(data.get("role") or data.get("label"))),
            "schema": schema, "properties": properties}


def _relationships(graph: nx.MultiDiGraph, ids: dict) -> Iterator[dict]:
    for source, target, data in edges_of(graph, KG.BeneficialOwnership):
        if data.get("shares") == 0 or data.get("percentOfClass") == 0:
            continue  # owning nothing is no Ownership (the projection already drops such holdings)
        if source in ids and target in ids:
            yield _interval("Ownership", {"owner": ids[source], "asset": ids[target]}, data,
                            percentage=data.get("percentOfClass"), sharesCount=data.get("shares"),
                            role="beneficial owner")
    for source, target, data in edges_of(graph, ORG.Membership):
        parent = unit_parent(graph, target)
        if source in ids and parent in ids and is_directorship(data.get("role")):
            yield _interval("Directorship", {"director": ids[source], "organization": ids[parent]}, data,
                            role=data.get("role"))
        elif source in ids and (target in ids or parent in ids):
            yield _interval("Membership", {"member": ids[source], "organization": ids.get(target) or ids[parent]},
                            data, role=data.get("role") or data.get("roleAsPrinted"))
    for person, post, _ in edges_of(graph, ORG.holds):
        for _, organisation, data in graph.out_edges(post, data=True):
            if data.get("relation") == str(ORG.postIn) and person in ids and organisation in ids:
                yield _interval("Employment", {"employee": ids[person], "employer": ids[organisation]}, data,
                                role=graph.nodes[post].get("label"))
    for person, organisation, data in edges_of(graph, ORG.Post):  # when the ontology makes posts edges
        if person in ids and organisation in ids:
            yield _interval("Employment", {"employee": ids[person], "employer": ids[organisation]}, data,
                            role=data.get("statement_label"))
    for source, target, data in edges_of(graph, KG.Signature):
        if source in ids and target in ids:
            yield _interval("Representation", {"agent": ids[source], "client": ids[target]}, data,
                            role=data.get("signerTitle") or "signed for")
    for security, issuer, _ in edges_of(graph, KG.issuedBy):
        if issuer in ids:
            node = graph.nodes[security]
            props = {"name": [node["label"]], "issuer": [ids[issuer]]}
            if node.get("cusip"):
                props["registrationNumber"] = values(node, "cusip")
            yield {"id": entity_id(security), "schema": "Security", "properties": props}
