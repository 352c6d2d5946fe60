"""Round 46e (issue 13): the legal forms in one lookup (kg/lookups/legal_forms.yml), and the forms real rosters
print that no list had. A roster row naming a firm that ends in one of them ('Marlow Pty.', 'Tan Kah Sdn. Bhd.',
'Fjord Larsen AS') is the firm's, never a person's; a person whose surname looks like a form's letters in other
case ('Anna Sas') is still read."""
from __future__ import annotations

import re

import pytest

import kg
from kg.errors import DataError
from kg.lookups import legal_forms as lf
from kg.records import to_dict

PREAMBLE = """SCHEDULE A
DIRECTORS AND EXECUTIVE OFFICERS OF HALVARD MERIDIAN HOLDINGS, INC.

The following table sets forth the name, business address and present principal occupation of each director and
executive officer of Halvard Meridian Holdings, Inc. Each such person is a citizen of the United States.

Name                          Present Principal Occupation
"""


def _people(tmp_path, middle: str, gap: str = "\n\n") -> dict:
    rows = [("Oscar L. Penhallow", "Director and Chief Executive Officer"), (middle, "Director"),
            ("Irene T. Vasko", "Director")]
    path = tmp_path / "roster.txt"
    path.write_text(PREAMBLE + gap.join(f"{name:<30}{title}" for name, title in rows) + "\n", encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


# firms main (6af8a9f) read as persons: a legal form no list had
NEW_FORMS = ["Marlow Pty.", "Zhang Wei Pte.", "Silva Moreira Ltda.", "Tan Kah Sdn. Bhd.", "Tan Kah Berhad",
             "Mori Shoji K.K.", "Lopez Garcia S.L.", "Moreau Freres S.C.A.", "Bergmann Weiss SARL",
             "Dupont Lefevre SAS", "Kessler Weiss KG", "Fjord Larsen AS", "Van Dijk BV", "Keller Hart PLLC"]


@pytest.mark.parametrize("firm", NEW_FORMS)
def test_firm_with_a_new_legal_form_is_no_person(tmp_path, firm):
    people = _people(tmp_path, firm)
    assert not [name for name in people if firm.split()[0] in name], people
    assert people["Oscar L. Penhallow"]["positions"] and people["Irene T. Vasko"]["positions"]


@pytest.mark.parametrize("firm", NEW_FORMS)
def test_firm_with_a_new_legal_form_is_no_person_rows_without_blank_lines(tmp_path, firm):
    """The rows one under the other: the firm's row is no person and no part of the person above."""
    people = _people(tmp_path, firm, "\n")
    assert not [name for name in people if firm.split()[0] in name], people
    assert set(people) == {"Oscar L. Penhallow", "Irene T. Vasko"}


# forms the lists had already: still no person
@pytest.mark.parametrize("firm", ["Rossi Bianchi S.p.A.", "Van Dijk Beheer B.V.", "Kessler Weiss KGaA",
                                  "Valtanen Oyj", "Lindqvist Berg AB", "Nordvik Berg ASA", "Aurel Marchetti SE"])
def test_firm_with_a_known_legal_form_is_no_person(tmp_path, firm):
    assert not [name for name in _people(tmp_path, firm) if firm.split()[0] in name]


@pytest.mark.parametrize("person", ["Anna Sas", "Ole As", "Kari Berg"])
def test_guard_surname_in_other_case_is_still_a_person(tmp_path, person):
    """The capitals-only forms (SAS, AS) are matched as printed: 'Anna Sas', 'Ole As' are persons."""
    assert person in _people(tmp_path, person)


def test_every_selection_is_made_of_known_forms():
    forms = {lf._key(form) for form in lf.load_yaml("legal_forms.yml")["forms"]}
    for name in lf.load_yaml("legal_forms.yml")["selections"]:
        assert lf.legal_spellings(name)
        if name != "nlp_suffixes":
            re.compile(lf.legal_forms(name))
    assert {"pty", "ltda", "bhd", "kk", "sl", "as", "kg"} <= forms


def test_the_readers_patterns_come_from_the_lookup():
    from kg.forms import roster_name_guard, roster_own, roster_types, roster_wrap
    assert roster_own.LEGAL.pattern == r",?\s+" + lf.legal_forms("own_ends") + r"\.?$"
    assert roster_wrap.LEGAL_FORM.fullmatch("Limited") and not roster_wrap.LEGAL_FORM.fullmatch("Co.")
    assert roster_name_guard._LEGAL_FORM.search("Acme Holdings Pty.")
    assert roster_types._ORG_SUFFIX.search("Fjord Larsen AS") and not roster_types._ORG_SUFFIX.search("Kristin As")


def test_a_selection_naming_an_unknown_form_is_refused():
    with pytest.raises(DataError):
        lf._selection("broken", {"style": "exact", "forms": ["Inc", "Gesellschaft"]}, {"inc"})
    with pytest.raises(DataError):
        lf._selection("broken", {"style": "dots_optional", "forms": ["Inc.?"]}, {"inc"})
    with pytest.raises(DataError):
        lf._selection("broken", {"style": "loose", "forms": ["Inc"]}, {"inc"})
