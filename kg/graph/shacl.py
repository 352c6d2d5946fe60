"""SHACL validation of filing graphs against ontology/shapes.ttl, in plain words.

    validate_graph(graph)              # one graph (rdflib Graph, kg.graph.ntriples.Triples or N-Triples text)
    validate_batch(mapped_filings)     # {graph IRI: violations} for many filings, in one engine call

The engine is pyshacl-turbo (Rust, pySHACL's API and report): the shapes are compiled once
per process. A batch is validated as one data graph in which each filing's instance IRIs
carry a tag of their own (`<id/~3/...>`), so that no node is shared between two filings:
each filing is validated as if alone (its shapes see only its own triples), and a
violation's focus node names its filing. Only the triples a shape can read are sent:
rdf:type and the predicates of the shapes' paths (no shape is closed, so the others
cannot change a result). tests/test_shacl.py holds the engine to pySHACL's results on
every shape, broken in every way it can be.

A mapped filing's evidence annotations (three quarters of its triples) are made by one
function that checks them as it makes them (kg.graph.mapping_base: `Triples.add_checked_lines`);
`validate_batch` leaves them out of the engine's run when that holds for the whole filing:
no checked triple removed since, nothing else said of an evidence node, the filing typed
kg:Filing (their source's class), and no shape of another class naming an evidence class.
Otherwise every triple is sent, as `validate_graph` and `kg validate` always do.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.graph.vocab import INSTANCE_BASE, KG, OA

SH = "http://www.w3.org/ns/shacl#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_BASE = f"<{INSTANCE_BASE}"


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


@lru_cache(maxsize=1)
def _engine():
    import pyshacl_turbo

    from kg.graph.ontology import shapes
    return pyshacl_turbo.compile_shapes(shapes(), advanced=True)


@lru_cache(maxsize=1)
def shape_predicates() -> frozenset[str] | None:
    """The predicates (N-Triples text) a shape can read: rdf:type and every sh:path; None when
    a path is not a plain property (then every triple is sent)."""
    from rdflib import URIRef

    from kg.graph.ontology import shapes
    paths = set(shapes().objects(None, URIRef(SH + "path")))
    if any(not isinstance(path, URIRef) for path in paths):
        return None
    return frozenset({RDF_TYPE, *(f"<{path}>" for path in paths)})


def _relevant(lines) -> str:
    """N-Triples text of the lines (`s p o`, no final dot) whose predicate a shape reads."""
    keep = shape_predicates()
    if keep is None:
        return "".join(f"{line} .\n" for line in lines)
    return "".join(f"{line} .\n" for line in lines if line.split(" ", 2)[1] in keep)


def _run(ntriples: str) -> list[tuple[str, str | None, str, str | None]]:
    """(focus, path, message, value) of each violation of the N-Triples text."""
    from pyshacl_turbo.rdf import Input
    from rdflib import Namespace, URIRef

    sh = Namespace(SH)
    conforms, report, _ = _engine().validate(Input(ntriples, "nt", None, {}), allow_warnings=True)
    if conforms:
        return []
    found = []
    for result in report.subjects(sh.resultSeverity, sh.Violation):
        message = report.value(result, sh.resultMessage)
        path = report.value(result, sh.resultPath)
        value = report.value(result, sh.value)
        found.append((str(report.value(result, sh.focusNode)), str(path) if isinstance(path, URIRef) else None,
                      str(message) if message else "breaks a shape of ontology/shapes.ttl",
                      None if value is None else str(value)))
    return found


def validate_graph(graph, graph_name: str = "") -> list[Violation]:
    """The SHACL violations of one filing graph; [] when it is well-formed."""
    from kg.graph.ntriples import Triples
    if isinstance(graph, Triples):
        text = _relevant(graph.lines())
    elif isinstance(graph, str):
        text = graph
    else:
        text = graph.serialize(format="nt")
    return sorted((Violation(graph_name, *found) for found in _run(text)),
                  key=lambda v: (v.focus, v.path or "", v.message))


def validate_batch(batch) -> dict[str, list[Violation]]:
    """The violations of each mapped filing (kg.graph.mapping.MappedFiling) of a batch, by graph
    IRI ([] for a filing that conforms), from one run of the engine (the checked evidence
    left out, see above)."""
    return validate_graphs([(str(mapped.graph_iri), _to_validate(mapped)) for mapped in batch], relevant=True)


_EVIDENCE_CLASSES = (OA.Annotation, OA.SpecificResource, OA.TextPositionSelector, OA.TextQuoteSelector)


def _to_validate(mapped) -> list[str]:
    """The relevant lines of a mapped filing the engine must see: without its checked evidence
    when that is sound (module docstring), else all of them."""
    triples = mapped.triples
    if triples.checked_intact and evidence_apart():
        filing = f"<{mapped.filing_iri}>"
        typed = f"{filing} {RDF_TYPE} <{KG.Filing}>"
        lines = _relevant_lines(triples.unchecked_lines())
        evidence = f"<{mapped.filing_iri}/evidence/"
        if typed in triples._lines and not any(line.startswith(evidence) for line in lines):
            return lines
    return _relevant_lines(triples.lines())


@lru_cache(maxsize=1)
def evidence_apart() -> bool:
    """True when no shape but the evidence classes' own names an evidence class (sh:class):
    then leaving the evidence nodes out cannot change another node's result."""
    from rdflib import URIRef

    from kg.graph.ontology import shapes
    graph = shapes()
    sh_class, target = URIRef(SH + "class"), URIRef(SH + "targetClass")
    evidence = set(_EVIDENCE_CLASSES)
    for shape in set(graph.subjects(target, None)):
        if set(graph.objects(shape, target)) & evidence:
            continue
        named = {cls for prop in graph.objects(shape, URIRef(SH + "property")) for cls in graph.objects(prop, sh_class)}
        if named & evidence or set(graph.objects(shape, sh_class)) & evidence:
            return False
    return True


def _relevant_lines(lines) -> list[str]:
    keep = shape_predicates()
    if keep is None:
        return list(lines)
    return [line for line in lines if line.split(" ", 2)[1] in keep]


def validate_graphs(graphs, relevant: bool = False) -> dict[str, list[Violation]]:
    """{graph IRI: violations} for (graph IRI, triples as `s p o` lines) pairs, in one engine run
    (`relevant`: the lines are already those a shape reads)."""
    graphs = list(graphs)
    parts = [("".join(f"{line} .\n" for line in lines) if relevant else _relevant(lines))
             .replace(_BASE, f"{_BASE}~{index}/") for index, (_, lines) in enumerate(graphs)]
    found: dict[str, list[Violation]] = {name: [] for name, _ in graphs}
    tagged = f"{INSTANCE_BASE}~"
    for focus, path, message, value in _run("".join(parts)):
        if not focus.startswith(tagged):
            raise RuntimeError(f"SHACL reported a node of no filing: {focus}")
        index, rest = focus[len(tagged):].split("/", 1)
        name = graphs[int(index)][0]
        if value is not None:
            value = value.replace(f"{tagged}{index}/", INSTANCE_BASE)
        found[name].append(Violation(name, INSTANCE_BASE + rest, path, message, value))
    for violations in found.values():
        violations.sort(key=lambda v: (v.focus, v.path or "", v.message))
    return found


def _short(iri: str) -> str:
    for sep in ("#", "/"):
        if sep in iri:
            return iri.rsplit(sep, 1)[1]
    return iri
