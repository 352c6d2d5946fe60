"""Records -> RDF: hand-built Filing records against expected graphs (by isomorphism, with a
readable diff), every emitted term declared, shapes satisfied; then SPARQL over the seed."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.compare import graph_diff, to_isomorphic

from kg.graph.mapping import map_filing
from kg.graph.ontology import declared_terms
from kg.graph.shacl import validate_graph
from kg.graph.vocab import KG
from kg.records import (
    AmendedFiling,
    Filing,
    Issuer,
    Person,
    ReportingPerson,
    Transaction,
    Warning,
)

TEXT = "Filed by ACME Holdings LLC. Jane Q. Doe, Director, Dutch."
F = "https://w3id.org/kg-sec/id/filing/0000000001-24-000001"
SEED = Path(__file__).parent / "data" / "seed" / "000_1f89013551cd3d2c.txt"

PREFIXES = f"""
@prefix kg: <https://w3id.org/kg-sec/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix schema: <http://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix country: <http://publications.europa.eu/resource/authority/country/> .
@prefix id: <https://w3id.org/kg-sec/id/> .
@prefix f: <{F}/> .
"""

EXPECTED_SMALL = PREFIXES + """
<https://w3id.org/kg-sec/id/filing/0000000001-24-000001> a kg:Filing, prov:Entity ;
    kg:accessionNumber "0000000001-24-000001" ; kg:formType "SC 13D/A" ; kg:amendmentNumber 1 ;
    kg:eventDate "2024-01-02"^^xsd:date ; kg:sourceFile "small.txt" ;
    kg:amends <https://w3id.org/kg-sec/id/filing/0000000001-23-000009> ;
    kg:issuer id:cik\\/0000012345 ; kg:subjectSecurity id:cusip\\/123456789 ;
    kg:reportingPerson f:org\\/acme-holdings-llc .
f:graph a prov:Bundle, prov:Entity ; prov:wasDerivedFrom <https://w3id.org/kg-sec/id/filing/0000000001-24-000001> ;
    prov:wasGeneratedBy f:run ; kg:tripleCount 134 .
f:run a prov:Activity ; prov:used <https://w3id.org/kg-sec/id/filing/0000000001-24-000001> ;
    prov:wasAssociatedWith id:software\\/kg\\/test .
id:software\\/kg\\/test a prov:SoftwareAgent, prov:Agent ; schema:name "kg" ; kg:nameKey "kg" ; schema:softwareVersion "test" .

id:cik\\/0000012345 a schema:Organization, org:FormalOrganization, prov:Agent ;
    prov:wasDerivedFrom <https://w3id.org/kg-sec/id/filing/0000000001-24-000001> ;
    schema:name "Widget Corp" ; kg:nameKey "cor", "corp", "wid", "widg", "widget" ; kg:cik "0000012345" .
id:cusip\\/123456789 a kg:SecurityClass ; prov:wasDerivedFrom <https://w3id.org/kg-sec/id/filing/0000000001-24-000001> ;
    schema:name "Common Stock" ; kg:nameKey "com", "comm", "common", "sto", "stoc" ; kg:cusip "123456789" ; kg:issuedBy id:cik\\/0000012345 .

f:org\\/acme-holdings-llc a schema:Organization, org:FormalOrganization, prov:Agent ;
    prov:wasDerivedFrom <https://w3id.org/kg-sec/id/filing/0000000001-24-000001> ;
    schema:name "ACME Holdings LLC" ; kg:nameKey "acm", "acme", "hol", "hold", "holdin", "llc" ; kg:citizenshipAsPrinted "The Netherlands" ;
    kg:jurisdiction country:NLD ; kg:reportingPersonType "CO" .
f:ownership\\/1 a kg:BeneficialOwnership ; prov:wasDerivedFrom <https://w3id.org/kg-sec/id/filing/0000000001-24-000001> ;
    kg:owner f:org\\/acme-holdings-llc ; kg:issuer id:cik\\/0000012345 ; kg:security id:cusip\\/123456789 ;
    kg:shares 1000 ; kg:percentOfClass 5.5 ; kg:soleVotingPower 1000 ; kg:asOf "2024-01-02"^^xsd:date .
f:transaction\\/1 a kg:Transaction ; prov:wasDerivedFrom <https://w3id.org/kg-sec/id/filing/0000000001-24-000001> ;
    kg:party f:org\\/acme-holdings-llc ; kg:issuer id:cik\\/0000012345 ; kg:security id:cusip\\/123456789 ;
    kg:transactionDate "2024-01-02"^^xsd:date ; kg:shares 100 ; kg:price 1.5 ; kg:transactionKind kg:Sale ;
    kg:derivative false .

f:person\\/jane-q-doe a schema:Person, prov:Agent ; prov:wasDerivedFrom <https://w3id.org/kg-sec/id/filing/0000000001-24-000001> ;
    schema:name "Jane Q. Doe" ; kg:nameKey "doe", "jan", "jane", "q" ; kg:citizenshipAsPrinted "Dutch" ; schema:nationality country:NLD ;
    org:holds f:person\\/jane-q-doe\\/post\\/director ; schema:address f:person\\/jane-q-doe\\/address .
f:org\\/acme-holdings-llc\\/unit\\/board-of-directors a org:OrganizationalUnit ;
    prov:wasDerivedFrom <https://w3id.org/kg-sec/id/filing/0000000001-24-000001> ;
    schema:name "Board of Directors" ; kg:nameKey "boa", "boar", "dir", "dire", "direct", "directors", "of" ; org:unitOf f:org\\/acme-holdings-llc .
f:person\\/jane-q-doe\\/membership\\/board-of-directors a org:Membership ;
    prov:wasDerivedFrom <https://w3id.org/kg-sec/id/filing/0000000001-24-000001> ;
    org:member f:person\\/jane-q-doe ; org:organization f:org\\/acme-holdings-llc\\/unit\\/board-of-directors ;
    org:role kg:Director .
f:person\\/jane-q-doe\\/post\\/director a org:Post ; prov:wasDerivedFrom <https://w3id.org/kg-sec/id/filing/0000000001-24-000001> ;
    rdfs:label "Director" ; org:postIn f:org\\/acme-holdings-llc .
f:person\\/jane-q-doe\\/address a schema:PostalAddress ;
    prov:wasDerivedFrom <https://w3id.org/kg-sec/id/filing/0000000001-24-000001> ;
    kg:printedValue "1 Main St, Amsterdam" ; schema:addressLocality "Amsterdam" ; schema:addressCountry "NL" .

f:evidence\\/1 a oa:Annotation ; oa:hasBody f:person\\/jane-q-doe ; kg:aboutProperty schema:name ;
    kg:printedValue "Jane Q. Doe" ; oa:hasTarget f:evidence\\/1\\/target .
f:evidence\\/1\\/target a oa:SpecificResource ; oa:hasSource <https://w3id.org/kg-sec/id/filing/0000000001-24-000001> ;
    oa:hasSelector f:evidence\\/1\\/position, f:evidence\\/1\\/quote .
f:evidence\\/1\\/position a oa:TextPositionSelector ; oa:start 28 ; oa:end 39 .
f:evidence\\/1\\/quote a oa:TextQuoteSelector ; oa:exact "Jane Q. Doe" .

f:finding\\/1 a kg:DataQualityFinding ; prov:wasDerivedFrom <https://w3id.org/kg-sec/id/filing/0000000001-24-000001> ;
    kg:findingCode "cusip-mismatch" ; kg:message "two CUSIPs" ;
    kg:concerns <https://w3id.org/kg-sec/id/filing/0000000001-24-000001> .
"""


def small_filing(**changes) -> Filing:
    person = Person(name="Jane Q. Doe", organization="ACME Holdings LLC", bodies=["board of directors"],
                    positions=["Director"], citizenship="Dutch", country="NL", address="1 Main St, Amsterdam",
                    address_city="Amsterdam", address_country="NL")
    person.trace("name", "Jane Q. Doe", (28, 39))
    values = {
        "source": "small.txt", "accession_number": "0000000001-24-000001", "form_type": "SC 13D/A",
        "amendment_number": 1, "event_date": "2024-01-02",
        "issuer": Issuer(name="Widget Corp", cik="12345", cusips=["123456789"]),
        "security_class": "Common Stock",
        "reporting_persons": [ReportingPerson(name="ACME Holdings LLC", type=["CO"], country="NL",
                                              citizenship_or_organization="The Netherlands", aggregate_amount=1000,
                                              percent_of_class=5.5, sole_voting_power=1000)],
        "transactions": [Transaction(date="2024-01-02", shares=100, price=1.5, kind="sale")],
        "people": [person], "amends": [AmendedFiling(accession_number="0000000001-23-000009")],
        "warnings": [Warning(code="cusip-mismatch", message="two CUSIPs")]}
    values.update(changes)
    return Filing(**values)


def assert_isomorphic(actual: Graph, expected: Graph) -> None:
    iso_actual, iso_expected = to_isomorphic(actual), to_isomorphic(expected)
    if iso_actual == iso_expected:
        return
    _, only_actual, only_expected = graph_diff(iso_actual, iso_expected)
    lines = ["graphs differ;", "only in the mapping:"]
    lines += sorted(f"  + {s.n3()} {p.n3()} {o.n3()}" for s, p, o in only_actual)
    lines += ["only in the expected graph:"]
    lines += sorted(f"  - {s.n3()} {p.n3()} {o.n3()}" for s, p, o in only_expected)
    pytest.fail("\n".join(lines))


def test_small_filing_maps_to_the_expected_graph():
    mapped = map_filing(small_filing(), TEXT, tool_version="test")
    assert str(mapped.graph_iri) == F + "/graph"
    assert_isomorphic(mapped.graph, Graph().parse(data=EXPECTED_SMALL, format="turtle"))


def test_small_filing_graph_conforms_to_the_shapes():
    assert validate_graph(map_filing(small_filing(), TEXT).graph) == []


def test_every_emitted_term_is_declared():
    graph = map_filing(small_filing(), TEXT).graph
    used = set(graph.predicates()) | set(graph.objects(None, RDF.type))
    used |= {o for o in graph.objects() if isinstance(o, URIRef) and str(o).startswith(KG.NS)}
    builtins = {term for term in used if str(term).startswith((str(RDF), str(RDFS)))}
    assert sorted(used - builtins - declared_terms()) == []


def test_filing_without_accession_is_named_by_its_text_hash():
    mapped = map_filing(small_filing(accession_number=None, text_sha256="ab" * 32), TEXT)
    assert str(mapped.graph_iri) == f"https://w3id.org/kg-sec/id/filing/sha256/{'ab' * 32}/graph"


def test_unknown_categorical_values_become_findings_not_defaults():
    filing = small_filing(transactions=[Transaction(date="2024-13-40", shares=5, kind="swap")],
                          warnings=[])
    graph = map_filing(filing, TEXT).graph
    codes = sorted(str(code) for code in graph.objects(None, KG.findingCode))
    assert codes == ["bad-value", "unknown-code"]
    tx = URIRef(F + "/transaction/1")
    assert graph.value(tx, KG.transactionKind) is None
    assert str(graph.value(tx, KG.kindAsPrinted)) == "swap"
    assert graph.value(tx, KG.transactionDate) is None


def test_span_outside_the_text_is_a_structural_error():
    from kg.errors import StructureError
    filing = small_filing()
    filing.people[0].spans["name"] = (50, 500)
    with pytest.raises(StructureError, match="outside the document text"):
        map_filing(filing, TEXT)


# ---- the seed filing, through the extractor, queried with SPARQL ----------------------
@pytest.fixture(scope="module")
def seed_store():
    if not SEED.exists():
        pytest.skip("tests/data/seed/000_1f89013551cd3d2c.txt is not in place yet")
    from kg.extract import extract_document
    from kg.read.documents import load
    doc = load(SEED)
    filing = extract_document(doc)
    mapped = map_filing(filing, doc.text)
    store = pyoxigraph.Store()
    store.load(mapped.graph.serialize(format="nt", encoding="utf-8"), pyoxigraph.RdfFormat.N_TRIPLES,
               to_graph=pyoxigraph.NamedNode(str(mapped.graph_iri)))
    return store, doc.text


Q = """PREFIX kg: <https://w3id.org/kg-sec/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <http://schema.org/> PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX prov: <http://www.w3.org/ns/prov#>
"""


def rows(store, query):
    return [tuple(None if v is None else v.value for v in row) for row in store.query(Q + query)]


def test_seed_people_with_bodies_positions_citizenships_addresses(seed_store):
    store, _ = seed_store
    members = rows(store, """SELECT ?name ?unitName WHERE { GRAPH ?g {
        ?m a org:Membership ; org:member ?p ; org:role ?role ; org:organization ?unit .
        ?unit schema:name ?unitName ; org:unitOf ?org . ?org schema:name "STMicroelectronics N.V." .
        ?p schema:name ?name } }""")
    units: dict[str, set] = {}
    for name, unit in members:
        units.setdefault(name, set()).add(unit)
    assert len(units) == 26  # Annex A lists 26 people
    assert units["Tom de Waard"] == {"Supervisory Board"}
    assert {unit for names in units.values() for unit in names} >= {"Supervisory Board", "Executive Officers"}
    details = {row[0]: row[1:] for row in rows(store, """SELECT ?name (SAMPLE(?label) AS ?post)
        (SAMPLE(?nat) AS ?nationality) (SAMPLE(?addr) AS ?address) WHERE { GRAPH ?g {
        ?p a schema:Person ; schema:name ?name ; org:holds/rdfs:label ?label ; schema:nationality ?nat ;
           schema:address/kg:printedValue ?addr } } GROUP BY ?name""")}
    assert set(units) <= set(details), "every listed person has a position, a citizenship and an address"
    assert details["Tom de Waard"][1].endswith("/country/NLD")  # printed "Dutch"
    assert details["Bruno Steve"][1].endswith("/country/ITA")  # printed "Italian"
    assert details["Bruno Steve"][0].startswith("Chairman of the Supervisory Board")
    assert "Schipol Boulevard 265" in details["Tom de Waard"][2]


def test_seed_holding_before_and_after_the_51_sales(seed_store):
    store, _ = seed_store
    (count, total, first, last), = rows(store, """SELECT (COUNT(?t) AS ?n) (SUM(?shares) AS ?sum)
        (MIN(?date) AS ?first) (MAX(?date) AS ?last)
        WHERE { GRAPH ?g { ?t a kg:Transaction ; kg:transactionKind kg:Sale ; kg:shares ?shares ;
                kg:transactionDate ?date ; kg:party/schema:name "STMicroelectronics N.V." } }""")
    assert (int(count), int(total)) == (51, 1487600)  # "sold an aggregate of 1,487,600 shares"
    assert (first, last) == ("2003-12-29", "2004-01-16")
    after = rows(store, """SELECT DISTINCT ?shares ?percent WHERE { GRAPH ?g {
        ?o a kg:BeneficialOwnership ; kg:owner/schema:name "STMicroelectronics N.V." ;
           kg:issuer/schema:name "8x8, Inc." ; kg:shares ?shares ; kg:percentOfClass ?percent } }""")
    assert {(int(s), float(p)) for s, p in after} == {(714400, 2.08)}
    assert int(after[0][0]) + int(total) == 2202000  # holding before the sales


def test_seed_data_quality_findings(seed_store):
    store, _ = seed_store
    codes = {row[0] for row in rows(store, """SELECT ?code WHERE { GRAPH ?g {
        ?f a kg:DataQualityFinding ; kg:findingCode ?code ; kg:concerns ?filing . ?filing a kg:Filing } }""")}
    assert {"cusip-mismatch", "signature-date-before-event"} <= codes


def test_seed_provenance_span_of_tom_de_waards_membership(seed_store):
    store, text = seed_store
    spans = rows(store, """SELECT ?start ?end ?exact WHERE { GRAPH ?g {
        ?m a org:Membership ; org:member/schema:name "Tom de Waard" ; org:role kg:SupervisoryBoardMember .
        ?a oa:hasBody ?m ; oa:hasTarget/oa:hasSelector ?pos, ?quote .
        ?pos oa:start ?start ; oa:end ?end . ?quote oa:exact ?exact } }""")
    assert len(spans) == 1
    start, end, exact = int(spans[0][0]), int(spans[0][1]), spans[0][2]
    assert text[start:end] == exact
    assert exact.startswith("Tom de Waard") and "Clifford Chance" in exact


def test_seed_graph_uses_only_declared_terms_and_conforms(seed_store):
    store, _ = seed_store
    used = {row[0] for row in rows(store, "SELECT DISTINCT ?t WHERE { GRAPH ?g { { ?s ?t ?o } UNION "
                                          "{ ?s a ?t } UNION { ?s ?p ?t FILTER(STRSTARTS(STR(?t), STR(kg:))) } } }")}
    declared = {str(term) for term in declared_terms()}
    builtins = {t for t in used if t.startswith(("http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                                                 "http://www.w3.org/2000/01/rdf-schema#"))}
    assert sorted(used - builtins - declared) == []


def test_ontology_with_a_filing_graph_reasons_without_inconsistency():
    import owlrl
    from rdflib import Namespace

    from kg.graph.ontology import ontology
    graph = map_filing(small_filing(), TEXT).graph
    for triple in ontology():
        graph.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    err = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")
    assert list(graph.subjects(RDF.type, err.ErrorMessage)) == []
    person = URIRef(F + "/person/jane-q-doe")
    assert (person, RDF.type, URIRef("http://www.w3.org/ns/prov#Agent")) in graph
