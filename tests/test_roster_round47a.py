"""Round 47a (issue 13): a roster table with a column of registration numbers.

(1) An investment adviser's Schedule A prints each person's FINRA Central Registration Depository number in a narrow
column after the name ('CRD No.' over '1473896'). 'CRD No.' was read as a person's name, so the header line was not
taken: the columns' roles were guessed from the cells, and the numbers went into the addresses (refused), the
addresses and citizenships were lost, and an occupation line was read as a title of the listed organisation (a title
another person holds there: a value on the wrong person). The words of such a caption ('CRD No.', 'IARD Number',
'Registration No.', 'SEC File No.') are caption words now (kg/patterns/roster_id_columns.yml): never a name; the
column is read and never taken a value from.

(2) The sentence over the table names the listed organisation only in its list of columns ('... the name, CRD number,
title with X, present principal occupation, business address ...'): X is the roster's organisation where no heading
names one (kg/patterns/roster_held_with.yml); 'title with the Company' names none."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.forms import roster_types as rt
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


_CRD = """                                  SCHEDULE A

Set forth below are the name, Central Registration Depository ("CRD") number,
title with Harrowgate Capital Advisors, Inc., present principal occupation,
business address and citizenship of each executive officer and director.

<TABLE>
                                     Title and Present Principal
Name                      {caption:<11}Occupation or Employment              Business Address              Citizenship
------------------------  ---------  ------------------------------------  ----------------------------  -------------
<S>                       <C>        <C>                                   <C>                           <C>
Margaret T. Ellery        {one:<11}Chief Executive Officer               410 Park Avenue               United States
                                                                           New York, NY 10022

Desmond R. Quayle         {two:<11}Director                              1 Market Street               United Kingdom
                                     Chief Executive Officer, Quayle       San Francisco, CA 94105
                                       Partners LLP

Ingrid Solvang            {three:<11}Chief Compliance Officer              410 Park Avenue               Norway
                                                                           New York, NY 10022
</TABLE>
"""


def _crd(caption: str = "CRD No.", numbers: tuple[str, str, str] = ("2310133", "2414862", "2519591")) -> str:
    return _CRD.format(caption=caption, one=numbers[0], two=numbers[1], three=numbers[2])


def test_a_crd_number_column_is_no_value_and_its_caption_no_name(tmp_path):
    people = _people(tmp_path, _crd())
    assert set(people) == {"Margaret T. Ellery", "Desmond R. Quayle", "Ingrid Solvang"}
    assert people["Margaret T. Ellery"]["positions"] == ["Chief Executive Officer"]
    assert people["Margaret T. Ellery"]["address"] == "410 Park Avenue, New York, NY 10022"
    assert people["Desmond R. Quayle"]["positions"] == ["Director"]  # (his occupation elsewhere, never a title
    assert people["Desmond R. Quayle"]["other_positions"] == ["Chief Executive Officer, Quayle Partners LLP"]  # here)
    assert people["Desmond R. Quayle"]["address"] == "1 Market Street, San Francisco, CA 94105"
    assert people["Desmond R. Quayle"]["citizenship"] == "United Kingdom"
    assert people["Ingrid Solvang"]["positions"] in ([], ["Chief Compliance Officer"])  # (a title here, or refused:
    assert people["Ingrid Solvang"]["address"] == "410 Park Avenue, New York, NY 10022"  # an occupation elsewhere?)
    assert people["Ingrid Solvang"]["citizenship"] == "Norway"
    for person in people.values():  # (no registration number in any value)
        assert not any(number in str(person) for number in ("2310133", "2414862", "2519591"))


def test_other_registration_captions_and_dashed_numbers(tmp_path):
    for caption, numbers in (("IARD No.", ("801-12345", "801-23456", "801-34567")),
                             ("CRD #", ("1000001", "1000002", "1000003"))):
        people = _people(tmp_path, _crd(caption, numbers))
        assert people["Desmond R. Quayle"]["address"] == "1 Market Street, San Francisco, CA 94105", caption
        assert people["Ingrid Solvang"]["citizenship"] == "Norway", caption
        assert not any(n in str(people) for n in numbers), caption


def test_the_organisation_named_in_the_list_of_columns(tmp_path):
    people = _people(tmp_path, _crd())
    assert {p["organization"] for p in people.values()} == {"Harrowgate Capital Advisors, Inc."}


def test_title_with_the_company_names_no_organisation(tmp_path):
    people = _people(tmp_path, _crd().replace("title with Harrowgate Capital Advisors, Inc.,",
                                              "title with the Company,"))
    assert "Harrowgate Capital Advisors, Inc." not in {p["organization"] for p in people.values()}
    assert people["Ingrid Solvang"]["citizenship"] == "Norway"


def test_registration_caption_words():
    for caption in ("CRD No.", "CRD Number", "FINRA CRD No.", "IARD No.", "Registration No.", "SEC File No.", "CRD #"):
        assert rt.is_header(caption) and not rt.is_person_name(caption, False), caption
    for word in ("Registration", "File", "No."):  # (alone: no registration number's caption)
        assert not rt.is_header(word), word


_SINCE = """                                  EXHIBIT A

Set forth below are the name, position, business address and citizenship of each
director and executive officer of Harrowgate Capital Advisors, Inc.

<TABLE>
Name                      Director Since  Position                       Business Address              Citizenship
------------------------  --------------  -----------------------------  ----------------------------  -------------
<S>                       <C>             <C>                            <C>                           <C>
Margaret T. Ellery        1998            Director                       410 Park Avenue               United States
                                          President                      New York, NY 10022

Desmond R. Quayle         2004            Director                       1 Market Street               United Kingdom
                                                                         San Francisco, CA 94105
</TABLE>
"""


def test_guard_a_director_since_column_still_reads(tmp_path):
    people = _people(tmp_path, _SINCE)
    assert people["Margaret T. Ellery"]["positions"] == ["Director", "President"]
    assert people["Desmond R. Quayle"]["address"] == "1 Market Street, San Francisco, CA 94105"
    assert people["Desmond R. Quayle"]["citizenship"] == "United Kingdom"
    assert {p["organization"] for p in people.values()} == {"Harrowgate Capital Advisors, Inc."}
