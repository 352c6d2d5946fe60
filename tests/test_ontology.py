"""The ontology and shapes: they parse, reason without inconsistency, document every term,
and kg/vocab.py is exactly what the ontology generates."""
from __future__ import annotations

import re
from pathlib import Path

import owlrl
import pyoxigraph
import pytest
from rdflib import OWL, RDF, RDFS, SKOS, BNode, Graph, Namespace, URIRef

from kg.graph import ontology
from kg.graph.vocab import KG, ORG, SCHEMA

ERR = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")
KG_DIR = Path(ontology.__file__).parents[1]


@pytest.mark.parametrize("name", ["kg.ttl", "shapes.ttl"])
def test_files_parse_in_rdflib_and_oxigraph(name):
    path = ontology.path(name)
    graph = Graph().parse(path, format="turtle")
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(graph) > 100
    assert len(store) == len(graph)


def test_packaged_files_are_found_through_the_package():
    # kg/ontology is what setuptools ships as package data (kg = ["ontology/*"]).
    assert (KG_DIR / "ontology" / "kg.ttl").is_file()
    assert ontology.path("kg.ttl").samefile(KG_DIR.parent / "ontology" / "kg.ttl")


def test_owl_rl_closure_is_consistent():
    graph = Graph()
    for triple in ontology.ontology():
        graph.add(triple)
    before = len(graph)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    errors = [str(graph.value(node, ERR.error)) for node in graph.subjects(RDF.type, ERR.ErrorMessage)]
    assert errors == []
    assert len(graph) > before  # the closure did reason (e.g. subclass entailments)
    assert (KG.Filing, RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Entity")) in graph


def test_every_own_term_has_a_label_and_classes_and_properties_a_comment():
    graph = ontology.ontology()
    own = [term for term in ontology.declared_terms() if str(term).startswith(KG.NS)]
    assert len(own) > 80
    unlabelled = [t for t in own if graph.value(t, RDFS.label) is None and graph.value(t, SKOS.prefLabel) is None]
    assert unlabelled == []
    documented_types = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}
    uncommented = [t for t in own if set(graph.objects(t, RDF.type)) & documented_types
                   and graph.value(t, RDFS.comment) is None]
    assert uncommented == []


def test_vocab_is_generated_from_the_ontology():
    current = (KG_DIR / "graph" / "vocab.py").read_text(encoding="utf-8")
    assert current == ontology.generate_vocab(), "kg/vocab.py drifted: run python -m kg.graph.ontology --write-vocab"


def test_no_ontology_term_spelled_by_hand_in_code():
    namespaces = [KG.NS, ORG.NS, SCHEMA.NS, "http://www.w3.org/ns/prov#", "http://www.w3.org/ns/oa#"]
    generated = {"vocab.py", "ontology.py"}  # the generated constants and their generator
    offenders = []
    for path in sorted(KG_DIR.rglob("*.py")):
        if path.name in generated:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "PREFIX " in line.upper():  # SPARQL prefix declarations in query text are fine
                continue
            offenders += [f"{path.name}:{number}: {ns}" for ns in namespaces if ns in line]
    assert offenders == []


def test_reified_classes_declare_their_export_edges():
    edges = ontology.edge_classes()
    assert edges[ORG.Membership] == (ORG.member, ORG.organization, "member of")
    assert edges[KG.BeneficialOwnership][:2] == (KG.owner, KG.issuer)
    for source, target, _ in edges.values():
        if isinstance(source, BNode):  # [ owl:inverseOf p ]: the edge runs against p
            source = ontology.ontology().value(source, OWL.inverseOf)
        assert source in ontology.declared_terms() and target in ontology.declared_terms()
    assert ORG.unitOf in ontology.edge_properties()


def test_concept_schemes_are_lookup_tables():
    kinds = ontology.concepts(KG.TransactionKinds)
    assert kinds["sale"] == KG.Sale and kinds["tax-withholding"] == KG.TaxWithholding
    roles = ontology.concepts(KG.BodyRoles)
    assert roles["supervisory board"] == KG.SupervisoryBoardMember
    types = ontology.concepts(KG.ReportingPersonTypes)
    assert ontology.annotation(types["IN"], KG.agentClass) == SCHEMA.Person
    assert ontology.property_notations() == {"notices": KG.noticesContact, "copy-to": KG.copyToContact}


def test_shapes_speak_plain_words():
    shapes = ontology.shapes()
    sh = Namespace("http://www.w3.org/ns/shacl#")
    properties = list(shapes.objects(None, sh.property))
    assert properties
    assert all(shapes.value(p, sh.message) is not None for p in properties)
    assert not any(re.search(r"\bsh:|https?://", str(m)) for m in shapes.objects(None, sh.message))


def test_every_transaction_kind_of_the_lookups_is_a_concept():
    from kg.lookups import TRANSACTION_CODES, TRANSACTION_WORDS
    kinds = set(ontology.concepts(KG.TransactionKinds))
    assert set(TRANSACTION_CODES.values()) | set(TRANSACTION_WORDS.values()) <= kinds


def test_every_cover_type_code_is_a_concept():
    from kg.lookups import cover_codes
    assert set(cover_codes()["type_of_reporting_person"]) <= set(ontology.concepts(KG.ReportingPersonTypes))


def test_the_shapes_allow_exactly_the_transaction_kinds_of_the_ontology():
    from rdflib.collection import Collection
    from rdflib.namespace import SH
    shapes = ontology.shapes()
    (listed,) = [Collection(shapes, node) for prop in shapes.subjects(SH.path, KG.transactionKind)
                 for node in shapes.objects(prop, SH["in"])]
    assert set(listed) == set(ontology.concepts(KG.TransactionKinds).values())
