"""The linker's terms and lookup tables, read from the ontology (ontology/kg.ttl).

The linker's terms are reached through LINK, each checked to be declared (DataError
otherwise); the lookup tables (judgement decisions, legal forms) are SKOS schemes there.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rdflib import RDF, SKOS, Graph, URIRef

from kg.errors import DataError
from kg.graph import ontology
from kg.graph.mapping_base import LINKS_GRAPH  # noqa: E402,F401 (minted with the filing graphs)
from kg.graph.vocab import KG

_TERMS = ("CanonicalEntity", "mentionCount", "entityKind", "Judgement", "judgedMention", "decision", "score",
          "matchProbability", "reason", "decidedBy", "JudgementDecisions", "LegalForms")


def linking_ontology() -> Graph:
    return ontology.ontology()


class _Terms:
    """Attribute access to the linker's declared terms: LINK.Judgement, LINK.score ..."""

    def __init__(self) -> None:
        self._cache: dict[str, URIRef] = {}

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("_"):
            raise AttributeError(name)
        if name not in self._cache:
            term = URIRef(KG.NS + name)
            if name not in _TERMS or term not in ontology.declared_terms(linking_ontology()):
                raise DataError("kg.ttl", f"term kg:{name} is not declared")
            self._cache[name] = term
        return self._cache[name]


LINK = _Terms()


@lru_cache(maxsize=1)
def decisions() -> dict[str, URIRef]:
    """same / different / unsure -> concept."""
    graph = linking_ontology()
    table = {str(graph.value(c, SKOS.notation)): c for c in graph.subjects(SKOS.inScheme, LINK.JudgementDecisions)}
    if set(table) != {"same", "different", "unsure"}:
        raise DataError("kg.ttl", f"kg:JudgementDecisions must be same/different/unsure, not {sorted(table)}")
    return table


def form_key(printed: str) -> str:
    """How legal-form words are compared: lower case, no dots, commas or spaces."""
    return re.sub(r"[.,\s]", "", printed.casefold())


@lru_cache(maxsize=1)
def legal_forms() -> dict[str, str]:
    """Printed legal-form word(s), as form_key -> canonical notation ('n.v.' -> 'nv')."""
    graph = linking_ontology()
    table: dict[str, str] = {}
    for concept in graph.subjects(SKOS.inScheme, LINK.LegalForms):
        if (concept, RDF.type, SKOS.Concept) not in graph:
            raise DataError("kg.ttl", f"{concept} in kg:LegalForms is not a skos:Concept")
        notation = str(graph.value(concept, SKOS.notation))
        for label in [notation, *graph.objects(concept, SKOS.altLabel)]:
            key = form_key(str(label))
            if table.setdefault(key, notation) != notation:
                raise DataError("kg.ttl", f"legal form {label!s} is listed under two forms")
    if not table:
        raise DataError("kg.ttl", "kg:LegalForms has no forms")
    return table
