"""Node types in exports, from the ontology: person and organization (schema.org classes
and their subclasses), else the label of the node's most specific class."""
from __future__ import annotations

from rdflib import RDFS, URIRef

from kg.graph.ontology import ontology
from kg.graph.vocab import SCHEMA


def local_name(iri: str) -> str:
    return iri.rstrip("/#").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _superclasses(cls: str) -> set[str]:
    return {str(c) for c in ontology().transitive_objects(URIRef(cls), RDFS.subClassOf)}


def agent_kind(classes: set[str]) -> str | None:
    """person / organization when a class of the node is (a subclass of) schema:Person / schema:Organization."""
    closure = set().union(*(_superclasses(c) for c in classes)) if classes else set()
    for kind, cls in (("person", SCHEMA.Person), ("organization", SCHEMA.Organization)):
        if str(cls) in closure:
            return kind
    return None


def type_label(classes: set[str]) -> str:
    """The ontology label of the node's type: person, organization, or its most specific class."""
    onto = ontology()
    kind = agent_kind(classes)
    if kind:
        return str(onto.value(SCHEMA.Person if kind == "person" else SCHEMA.Organization, RDFS.label))
    specific = [c for c in classes if not any(c != other and c in _superclasses(other) for other in classes)]
    labels = sorted(str(onto.value(URIRef(c), RDFS.label) or local_name(c)) for c in specific)
    return labels[0] if labels else "thing"
