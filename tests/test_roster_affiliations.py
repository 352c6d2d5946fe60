"""Organisations parsed out of other positions: the seed's sentences and the readings that must be refused."""
from __future__ import annotations

import pytest

from kg.forms.roster_affiliations import affiliations, is_organization_name


@pytest.mark.parametrize("text, expected", [
    ("France Telecom Executive Manager for the Western and Southwestern areas of France",
     [("France Telecom", "Executive Manager for the Western and Southwestern areas of France")]),
    ("Member of the boards of directors of FT1CI, Plastic Omnium and the Consortium de Realisation (CDR)",
     [("FT1CI", "Member of the boards of directors"), ("Plastic Omnium", "Member of the boards of directors"),
      ("Consortium de Realisation (CDR)", "Member of the boards of directors")]),
    ("University Professor and Director of the Data Storage Systems Center at Carnegie Mellon University",
     [("Carnegie Mellon University", "University Professor and Director of the Data Storage Systems Center")]),
    ("President of the board of statutory auditors of Alitalia S.p.A., Atitech S.p.A. and Alitalia Airport S.p.A.",
     [(org, "President of the board of statutory auditors")
      for org in ("Alitalia S.p.A.", "Atitech S.p.A.", "Alitalia Airport S.p.A.")]),
    ("member of the boards of directors of Read-Rite, Inc. and Silicon Graphics, Inc.",
     [("Read-Rite, Inc.", "member of the boards of directors"),
      ("Silicon Graphics, Inc.", "member of the boards of directors")]),
])
def test_seed_sentences(text, expected):
    assert [(a.organization, a.role) for a in affiliations(text)] == expected


@pytest.mark.parametrize("text", [
    "Executive Manager for the Western and Southwestern areas of France",  # a region, not an organisation
    "Retired",
    "Private investor",
    "Consultant to several companies in the energy sector",
])
def test_no_organisation_is_invented(text):
    assert affiliations(text) == []


@pytest.mark.parametrize("phrase, expected", [
    ("Consortium de Realisation (CDR)", True), ("ARM plc", True), ("MEDEA+", True), ("Bank of America", True),
    ("Western and Southwestern areas of France", False), ("the board", False), ("Director", False),
])
def test_organization_name_shape(phrase, expected):
    assert is_organization_name(phrase) is expected
