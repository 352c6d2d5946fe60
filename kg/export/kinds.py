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


# ---- labels: every node is named as people print names ------------------------------
def display_name(names: list[str], printed: list[str]) -> str | None:
    """The name to show: a name in mixed case and given-name-first is preferred to EDGAR's
    "SURNAME GIVEN" form (the printed one, when a cleaned form exists too)."""
    if not names:
        return None
    printed_keys = {" ".join(p.split()).casefold() for p in printed}

    def rank(item):
        index, name = item
        key = " ".join(name.split()).casefold()
        reversed_elsewhere = any(_reverse(key) == " ".join(n.split()).casefold() for n in names if n != name)
        return (name.isupper(), reversed_elsewhere and key in printed_keys, index)
    return min(enumerate(names), key=rank)[1]


def _reverse(key: str) -> str:
    parts = key.split()
    return " ".join(parts[1:] + parts[:1])


def filing_label(info: dict) -> str:
    """A filing as a reader names it: form, issuer and date (never an accession number or hash)."""
    form = info.get("form") or "filing"
    issuer = info.get("issuer")
    date = info.get("event") or info.get("filed")
    return f"{form}{' on ' + issuer if issuer else ''}{f' ({date})' if date else ''}"
