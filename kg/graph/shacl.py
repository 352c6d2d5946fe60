"""SHACL validation (pyshacl) of filing graphs against ontology/shapes.ttl, in plain words."""
from __future__ import annotations

from dataclasses import dataclass

from pyshacl import validate as pyshacl_validate
from rdflib import Graph, Namespace, URIRef

from kg.graph.ontology import shapes

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    graph: str  # the filing graph's IRI (or "" for a graph validated alone)
    focus: str  # the node that breaks the rule
    path: str | None  # the property concerned
    message: str  # the rule, in plain words
    value: str | None = None  # the offending value, when there is one

    def __str__(self) -> str:
        where = f"{self.focus}" + (f" {_short(self.path)}" if self.path else "")
        value = f" (found {self.value})" if self.value is not None else ""
        prefix = f"{self.graph}: " if self.graph else ""
        return f"{prefix}{where}: {self.message}{value}"


def validate_graph(graph: Graph, graph_name: str = "") -> list[Violation]:
    """The SHACL violations of one filing graph; [] when it is well-formed."""
    conforms, report, _ = pyshacl_validate(graph, shacl_graph=shapes(), inference="none",
                                           advanced=True, allow_warnings=True)
    if conforms:
        return []
    violations = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        message = report.value(result, SH.resultMessage)
        path = report.value(result, SH.resultPath)
        value = report.value(result, SH.value)
        violations.append(Violation(graph=graph_name, focus=str(report.value(result, SH.focusNode)),
                                    path=str(path) if isinstance(path, URIRef) else None,
                                    message=str(message) if message else "breaks a shape of ontology/shapes.ttl",
                                    value=None if value is None else str(value)))
    return sorted(violations, key=lambda v: (v.focus, v.path or "", v.message))


def _short(iri: str) -> str:
    for sep in ("#", "/"):
        if sep in iri:
            return iri.rsplit(sep, 1)[1]
    return iri
