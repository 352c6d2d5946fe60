"""Forms 3/4/5 in the graph (issue 13, thirty-eighth round (g)): a reporting owner whose name says it is an
organisation (kg/lookups/entity_words.yml, the rule that keeps it out of people[] since round 36h) is typed the
ontology's organisation in the RDF mapping, never a person; an owner of uncertain kind gets no person type (an agent
only). A Forms 3/4/5 owner has no cover type code; the mapping typed every one a bare prov:Agent
(kg/graph/mapping.py _owner_kind).

Each test marked "fails on main" failed on main 21bf6ff and passes here; the guards pass on both."""
from __future__ import annotations

import re
from pathlib import Path

from rdflib import RDF

from kg.extract import extract
from kg.graph.mapping import map_filing
from kg.graph.mapping_base import AGENT_CLASSES
from kg.graph.vocab import KG, SCHEMA

DATA = Path(__file__).parent / "data"
FORMS = DATA / "forms345"
TEMPLATE = DATA / "xml" / "form3_snow_garrett.xml"
ORGANIZATION_CLASSES = set(AGENT_CLASSES["org"])  # the classes the mapping gives an organisation (ontology/kg.ttl)
PERSON_CLASS = AGENT_CLASSES["person"][0]


def _owner_types(path: Path) -> dict[str, set]:
    """Each reporting owner's printed name: its rdf:types in the filing's graph."""
    filing = extract(path)
    mapped = map_filing(filing)
    graph = mapped.graph
    owners = {}
    for iri in graph.objects(mapped.filing_iri, KG.reportingPerson):
        names = [str(n) for n in graph.objects(iri, SCHEMA.name)] or [str(iri)]
        owners[names[0]] = set(graph.objects(iri, RDF.type))
    return owners


def _form3(tmp_path: Path, name: str, *, director: str = "1", officer: str = "0", title: str = "") -> Path:
    """The bundled Snowflake Form 3 with its one owner renamed and its relationship set."""
    text = TEMPLATE.read_text(encoding="utf-8")
    text = text.replace("<rptOwnerName>GARRETT MARK</rptOwnerName>", f"<rptOwnerName>{name}</rptOwnerName>")
    text = re.sub(r"<isDirector>\d</isDirector>", f"<isDirector>{director}</isDirector>", text)
    text = re.sub(r"<isOfficer>\d</isOfficer>", f"<isOfficer>{officer}</isOfficer>", text)
    text = text.replace("<officerTitle></officerTitle>", f"<officerTitle>{title}</officerTitle>")
    path = tmp_path / "form3.xml"
    path.write_text(text, encoding="utf-8")
    return path


def test_softbank_companies_are_organisations_in_the_graph():
    """Fails on main: SoftBank Group Corp. and its seven companies (a joint Form 4) were each a bare prov:Agent."""
    owners = _owner_types(FORMS / "form4_betr_softbank_joint.txt")
    assert len(owners) == 8
    for name, types in owners.items():
        assert ORGANIZATION_CLASSES <= types, name
        assert PERSON_CLASS not in types, name


def test_the_hoffman_trust_is_an_organisation_and_reid_hoffman_a_person():
    """Fails on main: the 'Reid Hoffman & Michelle Yee Living Trust' was a bare prov:Agent."""
    owners = _owner_types(FORMS / "form3_lnkd_hoffman_joint.xml")
    trust = next(types for name, types in owners.items() if "Trust" in name)
    assert ORGANIZATION_CLASSES <= trust and PERSON_CLASS not in trust
    hoffman = next(types for name, types in owners.items() if name == "Reid Hoffman")
    assert PERSON_CLASS in hoffman and not ORGANIZATION_CLASSES <= hoffman


def test_a_director_named_as_an_entity_is_an_organisation(tmp_path):
    """Fails on main: 'ACME HOLDINGS, INC.' (a director) was a bare prov:Agent."""
    [types] = _owner_types(_form3(tmp_path, "ACME HOLDINGS, INC.")).values()
    assert ORGANIZATION_CLASSES <= types and PERSON_CLASS not in types


def test_guard_an_owner_of_uncertain_kind_is_no_person(tmp_path):
    """Guard (passes on both): 'BANK DAVID', a director ('Bank' a surname and a company word), is of uncertain kind:
    neither a person nor an organisation in the graph."""
    [types] = _owner_types(_form3(tmp_path, "BANK DAVID")).values()
    assert PERSON_CLASS not in types and not ORGANIZATION_CLASSES & types - {AGENT_CLASSES["agent"][0]}


def test_guard_an_officer_named_as_an_entity_is_no_person(tmp_path):
    """Guard (passes on both): an officer whose name carries a legal form is uncertain: no person type."""
    [types] = _owner_types(_form3(tmp_path, "ACME HOLDINGS, INC.", officer="1", title="CEO")).values()
    assert PERSON_CLASS not in types


def test_guard_an_individual_owner_stays_a_person():
    """Guard (passes on both): Elon Musk, director, officer and ten-percent owner, is a person, no organisation."""
    [types] = _owner_types(FORMS / "form4_tsla_musk_award_only_table2.xml").values()
    assert PERSON_CLASS in types and not ORGANIZATION_CLASSES <= types
