"""SHACL: the engine kg runs (pyshacl-turbo, kg.graph.shacl) against pySHACL, the reference,
on every property shape of ontology/shapes.ttl broken in every way it can be (values
dropped, extra literals and IRIs, values replaced by a negative number, a bad string), on
graphs of the bundled real filings; and batches validate each filing as if alone."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef

from kg.graph.mapping import map_filing
from kg.graph.ontology import shapes
from kg.graph.shacl import validate_batch, validate_graph

SH = Namespace("http://www.w3.org/ns/shacl#")
DATA = Path(__file__).parent / "data"
FILES = [DATA / "xml" / "form4_snow_scarpelli.xml", DATA / "rosters" / "preamble_address_ariel.txt",
         DATA / "xml" / "sc13d_aadi_bml.xml", DATA / "filings" / "13g_text_trinity_blackrock.txt",
         DATA / "rosters" / "fixed_width_aig.txt"]


@pytest.fixture(scope="module")
def graphs():
    from kg.extract import extract_document
    from kg.read.documents import load
    out = []
    for path in FILES:
        doc = load(path)
        out.append(map_filing(extract_document(doc), doc.text))
    return out


def reference(graph: Graph) -> set[tuple]:
    from pyshacl import validate
    conforms, report, _ = validate(graph, shacl_graph=shapes(), inference="none", advanced=True,
                                   allow_warnings=True)
    return {(str(report.value(r, SH.focusNode)), str(report.value(r, SH.resultPath)),
             str(report.value(r, SH.resultMessage))) for r in report.subjects(SH.resultSeverity, SH.Violation)}


def ours(graph: Graph) -> set[tuple]:
    return {(v.focus, str(v.path), v.message) for v in validate_graph(graph)}


def property_shapes():
    """(target classes, path) of every property shape."""
    found = []
    for node_shape in shapes().subjects(RDF.type, SH.NodeShape):
        classes = list(shapes().objects(node_shape, SH.targetClass))
        for prop in shapes().objects(node_shape, SH.property):
            found.append((classes, shapes().value(prop, SH.path)))
    return found


MUTATIONS = {
    "dropped": lambda g, s, p: g.remove((s, p, None)),
    "extra text": lambda g, s, p: g.add((s, p, Literal("x"))),
    "extra IRI": lambda g, s, p: g.add((s, p, URIRef("urn:kg-test:untyped"))),
    "negative number": lambda g, s, p: (g.remove((s, p, None)), g.add((s, p, Literal(-1, datatype=XSD.integer)))),
    "bad string": lambda g, s, p: (g.remove((s, p, None)), g.add((s, p, Literal("!! not a value")))),
}


def test_the_filings_conform_for_both_engines(graphs):
    for mapped in graphs:
        assert ours(mapped.graph) == reference(mapped.graph) == set()


def test_every_shape_broken_every_way_is_reported_as_pyshacl_reports_it(graphs):
    rdflib_graphs = [mapped.graph for mapped in graphs]
    checked = 0
    for classes, path in property_shapes():
        home = next(((g, s) for g in rdflib_graphs for c in classes for s in sorted(g.subjects(RDF.type, c))), None)
        if home is None:
            continue
        graph, focus = home
        for name, mutate in MUTATIONS.items():
            broken = Graph()
            for triple in graph:
                broken.add(triple)
            mutate(broken, focus, path)
            assert ours(broken) == reference(broken), (name, focus, path)
            checked += 1
    assert checked >= 5 * 40  # most property shapes have a focus node in these filings


def test_a_batch_validates_each_filing_as_if_alone(graphs):
    from kg.extract import extract_document
    from kg.read.documents import load
    doc = load(FILES[0])
    broken = map_filing(extract_document(doc), doc.text)  # a Form 4: it has a form type already
    graphs = [*graphs[1:], broken]
    filing = broken.filing_iri
    broken.triples.add((filing, URIRef("https://w3id.org/kg-sec/ontology#formType"), Literal("X")))
    found = validate_batch(graphs)
    assert set(found) == {str(m.graph_iri) for m in graphs}
    assert all(found[str(m.graph_iri)] == [] for m in graphs if m is not broken)
    alone = validate_graph(broken.triples, str(broken.graph_iri))
    assert found[str(broken.graph_iri)] == alone and alone
    assert alone[0].focus == str(filing) and alone[0].message == "a filing has at most one form type, as text"


def test_a_batch_leaves_out_the_checked_evidence_and_finds_the_same_violations(graphs):
    """validate_batch sends the engine a filing without its evidence annotations (checked as they
    were made); the filings conform either way, and whatever breaks an annotation afterwards
    (a checked triple removed, another triple said of an evidence node, the filing untyped)
    sends the whole filing again, so the violations are those of the whole graph."""
    from kg.graph.shacl import _relevant_lines, _to_validate
    from kg.graph.vocab import KG, OA

    for mapped in graphs:
        sent, every = _to_validate(mapped), _relevant_lines(mapped.triples.lines())
        assert len(sent) < len(every) and set(sent) < set(every)
        assert validate_batch([mapped]) == {str(mapped.graph_iri): []}

    def broken(change):
        from kg.extract import extract_document
        from kg.read.documents import load
        doc = load(FILES[0])
        mapped = map_filing(extract_document(doc), doc.text)
        first = next(line for line in mapped.triples.lines() if "/position> " in line)  # an annotation with a span
        change(mapped.triples, mapped.filing_iri, URIRef(first[1:first.index("/position> ")]))
        found = validate_batch([mapped])[str(mapped.graph_iri)]
        assert found and sorted(map(str, found)) == sorted(map(str, validate_graph(mapped.triples, str(mapped.graph_iri))))
        return found

    position = lambda ann: URIRef(f"{ann}/position")  # noqa: E731
    found = broken(lambda triples, filing, ann: triples.remove((position(ann), OA.start, None)))
    assert found[0].message == "a text position has one start offset, not after its end"
    found = broken(lambda triples, filing, ann: triples.add((ann, OA.hasTarget, URIRef(f"{ann}/elsewhere"))))
    assert {v.message for v in found} == {"evidence points at most at one span of text"}
    found = broken(lambda triples, filing, ann: triples.add((position(ann), OA.end, Literal(-1, datatype=XSD.integer))))
    assert {v.message for v in found} >= {"a text position has one end offset"}
    assert all(v.focus.endswith("/position") for v in found)
    found = broken(lambda triples, filing, ann: triples.remove((filing, RDF.type, KG.Filing)))
    assert "a span of text belongs to exactly one filing" in {v.message for v in found}
