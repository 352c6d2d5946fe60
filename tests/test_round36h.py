"""Round 36h: Forms 3/4/5 owners that are organisations are no people[] entries; addresses
joined from form fields have no doubled commas.

Each test says whether it fails on main a6bf534 (the fix) or passes on both (a guard)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.extract import extract
from kg.read.edgar_header import Address

DATA = Path(__file__).parent / "data"
FORMS = DATA / "forms345"
TEMPLATE = DATA / "xml" / "form3_snow_garrett.xml"


def _form3(tmp_path: Path, name: str, *, director: str = "1", officer: str = "0", ten: str = "0",
           title: str = "", city: str = "SAN MATEO") -> Path:
    """The bundled Snowflake Form 3 with its one owner renamed and its relationship set."""
    text = TEMPLATE.read_text(encoding="utf-8")
    text = text.replace("<rptOwnerName>GARRETT MARK</rptOwnerName>", f"<rptOwnerName>{name}</rptOwnerName>")
    text = text.replace("<rptOwnerCity>SAN MATEO</rptOwnerCity>", f"<rptOwnerCity>{city}</rptOwnerCity>")
    text = re.sub(r"<isDirector>\d</isDirector>", f"<isDirector>{director}</isDirector>", text)
    text = re.sub(r"<isOfficer>\d</isOfficer>", f"<isOfficer>{officer}</isOfficer>", text)
    text = re.sub(r"<isTenPercentOwner>\d</isTenPercentOwner>", f"<isTenPercentOwner>{ten}</isTenPercentOwner>", text)
    text = text.replace("<officerTitle></officerTitle>", f"<officerTitle>{title}</officerTitle>")
    path = tmp_path / "form3.xml"
    path.write_text(text, encoding="utf-8")
    return path


def _codes(filing) -> list[str]:
    return [w.code for w in filing.warnings]


def test_real_joint_form3_lists_the_trust_as_no_person():
    """Fails on main: 'Reid Hoffman & Michelle Yee Living Trust' (a ten-percent owner) was a person."""
    filing = extract(FORMS / "form3_lnkd_hoffman_joint.xml")
    assert [p.name for p in filing.people] == ["Reid Hoffman"]
    assert [rp.name for rp in filing.reporting_persons] == ["Reid Hoffman", "Reid Hoffman & Michelle Yee Living Trust"]
    assert filing.reporting_persons[1].is_ten_percent_owner is True  # the relationship stays on the owner


def test_real_joint_form4_of_eight_companies_lists_no_person():
    """Fails on main: SoftBank Group Corp., SVF II ... L.P., ... LLC, ... Ltd were eight people."""
    filing = extract(FORMS / "form4_betr_softbank_joint.txt")
    assert len(filing.reporting_persons) == 8 and filing.people == []
    assert "owner-kind-uncertain" not in _codes(filing)  # each name carries a legal form: certain


@pytest.mark.parametrize("name", ["XYZ Capital Partners LP", "The Smith Family Trust", "ACME HOLDINGS, INC.",
                                  "Blue Fund II, L.P."])
def test_director_or_ten_percent_owner_named_as_an_entity_is_no_person(tmp_path, name):
    """Fails on main (each was a people[] entry of the issuer)."""
    filing = extract(_form3(tmp_path, name, director="1", ten="1"))
    assert filing.people == [] and "owner-kind-uncertain" not in _codes(filing)
    assert filing.reporting_persons[0].name == name  # an organisation keeps its printed order


def test_usual_organisation_word_without_an_officer_is_refused(tmp_path):
    """Fails on main: 'BANK DAVID' (a director; 'Bank' is a surname and a company word) was a person
    named 'BANK DAVID'; now uncertain: left out with a finding."""
    filing = extract(_form3(tmp_path, "BANK DAVID"))
    assert filing.people == [] and "owner-kind-uncertain" in _codes(filing)


def test_officer_with_a_usual_organisation_word_is_a_person_given_name_first(tmp_path):
    """Fails on main (named 'BANK DAVID'): an officer is a person, so the name reads given name first."""
    filing = extract(_form3(tmp_path, "BANK DAVID", officer="1", title="Chief Financial Officer"))
    [person] = filing.people
    assert (person.name, person.name_as_printed, person.positions) == (
        "David Bank", "BANK DAVID", ["Chief Financial Officer"])
    assert person.bodies == ["board of directors", "executive officers"]


def test_officer_named_as_an_entity_is_refused(tmp_path):
    """Fails on main: an officer whose name carries a legal form is neither called an
    organisation nor listed as a person; a finding says why."""
    filing = extract(_form3(tmp_path, "SMITH HOLDINGS LLC", officer="1", title="CEO"))
    assert filing.people == [] and "owner-kind-uncertain" in _codes(filing)


def test_person_director_stays_a_person(tmp_path):
    """Guard (passes on both): a plain person's name is a person of the issuer, given name first."""
    filing = extract(_form3(tmp_path, "GARRETT MARK"))
    assert [(p.name, p.bodies) for p in filing.people] == [("Mark Garrett", ["board of directors"])]
    assert "owner-kind-uncertain" not in _codes(filing)


def test_owner_address_has_no_doubled_comma_and_keeps_the_printed_join(tmp_path):
    """Fails on main ('SAN MATEO,, CA'): a city printed 'SAN MATEO,' ends with a comma the join adds again."""
    filing = extract(_form3(tmp_path, "GARRETT MARK", city="SAN MATEO,"))
    owner = filing.reporting_persons[0]
    assert owner.address == "C/O SNOWFLAKE INC., 450 CONCAR DRIVE, SAN MATEO, CA, 94402"
    assert owner.printed["address"] == "C/O SNOWFLAKE INC., 450 CONCAR DRIVE, SAN MATEO,, CA, 94402"
    assert filing.people[0].address == owner.address and filing.people[0].address_city == "SAN MATEO"


def test_real_forms_print_no_doubled_comma_in_any_address():
    """Fails on main: SoftBank's owners ('LONDON,', 'ST. HELIER,') and Icahn's EDGAR header
    ('16690 COLLINS AVE,') gave ',,' in the joined addresses."""
    for path in (FORMS / "form4_betr_softbank_joint.txt", DATA / "filings" / "13d_submission_cvr_icahn.txt"):
        filing = extract(path)
        addresses = [r.address for r in (*filing.reporting_persons, *filing.people, *filing.contacts) if r.address]
        assert addresses and not [a for a in addresses if re.search(r",\s*,", a)], path


def test_header_address_joins_fields_once():
    """Fails on main: an EDGAR header street printed with its comma."""
    address = Address(street1="16690 COLLINS AVE,", street2="PH", city="SUNNY ISLES", state="FL", zip="33160")
    assert address.text() == "16690 COLLINS AVE, PH, SUNNY ISLES, FL 33160"
    assert address.printed() == "16690 COLLINS AVE,, PH, SUNNY ISLES, FL 33160"


def test_an_owner_without_a_printed_name_is_no_person_of_the_issuer():
    """A flagged owner whose name the form leaves empty: nothing says it is a person, so it is
    not listed as one (owner_kind None: left out with owner-kind-uncertain). Before: a person."""
    from kg.forms.ownership_owners import ORGANIZATION, PERSON, owner_kind
    from kg.records import ReportingPerson
    assert owner_kind(ReportingPerson(name=None, is_director=True)) is None
    assert owner_kind(ReportingPerson(name="Reid Hoffman", is_director=True)) == PERSON
    assert owner_kind(ReportingPerson(name="Hoffman Family Trust", is_director=True)) == ORGANIZATION
