"""Round 54a (issue 13): Motorola's appendix laid out anew (gather118's motorola_appendix_two_sections_column_23_prose_
overrides: 'DIRECTORS OF <ORG>' and 'EXECUTIVE OFFICERS OF <ORG>' sections, the name at the margin, the occupation
at column 23 running on in sentences, two spaces after each full stop). Three causes, texts of our own making:

- an occupation cell whose only wide gaps are the two spaces a typist sets after a sentence's full stop ('Research
  Corporation.  His business address is:') was taken for a JUSTIFIED cell (kg/forms/roster_justified.py), each line
  short of the edge an item: 'Chairman and Chief Executive Officer of Lam' / 'Research Corporation' came back a title
  in the listed organisation and an occupation elsewhere;
- 'Assistant Secretary, Deutsche Acquisition Corp..' (the name's stop and the sentence's) ended no first sentence of
  titles in the listed organisation (kg/forms/roster_own_sentence.py), the two sentences read as one occupation;
- 'Office of the Secretary, Deutsche Bank Group-Americas' after the titles' sentence was left out (no title opens
  it; main's justified misreading gave it, cut): an office of a title is a role held elsewhere;
- a name longer than its column ('Louis A. Palladino, Jr.  Vice President, ...', two spaces on, its wrapped lines
  under column 23) fills the gutter every other row leaves: no column was found and the whole section was left
  unread (kg/forms/roster_overflow_gutter.py reads the gutter from the other rows where the text shows the overflow).

Each test marked "fails on main" fails on main e61d9da3 and passes here; the guards pass on both."""
from __future__ import annotations

import pytest

import kg
from kg.errors import StructureError
from kg.forms.roster_own_sentence import own_sentence, own_sentence_apart

WRAPPED_SENTENCES = 'APPENDIX II\n\nINFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF HARROW INSTRUMENTS, INC.\n\nThe following table sets forth the name, business address, and\nprincipal occupation or employment at the present time for each\ndirector and executive officer of Harrow Instruments, Inc.. Unless\notherwise noted, each such person is a citizen of the United States.\n\n\nDIRECTORS OF HARROW INSTRUMENTS, INC.\n\nWalter P. Linden       Chairman and Chief Executive Officer, Harrow\n                       Instruments, Inc..  His business address is:\n                       40 Mill Road, Dayton, OH 45402.\n\nCarla M. Ostrander     Chairman and Chief Executive Officer of Brill\n                       Optical Corporation.  Her business address is:\n                       11 Orchard Lane, Fremont, CA 94538.\n\nPeter J. Ramsey        Retired, former Senior Vice President of Kell\n                       Paper Company.  His business address is: 9\n                       Birch Street, Boise, ID 83705.\n'

OVERFLOWING_NAME = "APPENDIX II\n\nINFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF ORMOND CAPITAL, INC.\n\nThe following table sets forth the name, business address, and\nprincipal occupation or employment at the present time for each\ndirector and executive officer of Ormond Capital, Inc.. Unless\notherwise noted, each such person is a citizen of the United States.\nIn addition, unless otherwise noted, each such person's business\naddress is 1585 Broadway, New York, New York 10036.\n\n\nEXECUTIVE OFFICERS OF ORMOND CAPITAL, INC.\n\nRuth A. Keller         President, Ormond Capital, Inc..  officer of\n                       Ormond Securities LLC.\n\nDana P. Ivers          Vice President, Ormond Capital, Inc..  officer\n                       of Ormond Securities LLC.\n\nFrank T. Lyle          Treasurer, Ormond Capital, Inc..  officer of\n                       Ormond Securities LLC.\n\nGordon B. Wexley-Hartt, Jr.  Secretary, Ormond Capital, Inc..  officer of\n                       Ormond Securities LLC.\n\nMarta S. Quill         Controller, Ormond Capital, Inc..  officer of\n                       Ormond Securities LLC.\n"

RUN_ON_NAME = "APPENDIX II\n\nINFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF ORMOND CAPITAL, INC.\n\nThe following table sets forth the name, business address, and\nprincipal occupation or employment at the present time for each\ndirector and executive officer of Ormond Capital, Inc.. Unless\notherwise noted, each such person is a citizen of the United States.\nIn addition, unless otherwise noted, each such person's business\naddress is 1585 Broadway, New York, New York 10036.\n\n\nEXECUTIVE OFFICERS OF ORMOND CAPITAL, INC.\n\nRuth A. Keller         President, Ormond Capital, Inc..  officer of\n                       Ormond Securities LLC.\n\nDana P. Ivers          Vice President, Ormond Capital, Inc..  officer\n                       of Ormond Securities LLC.\n\nFrank T. Lyle          Treasurer, Ormond Capital, Inc..  officer of\n                       Ormond Securities LLC.\n\nGordon B. Wexley-Hartt, Jr.  Secretary, Ormond Capital, Inc..  officer of\n                       Ormond Securities LLC.\n\nMarta Susan Quillinger Controller, Ormond Capital, Inc..  officer of\n                       Ormond Securities LLC.\n"


def _read(tmp_path, text: str):
    path = tmp_path / "appendix.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_sentence_gap_is_no_justified_cell(tmp_path):
    """Fails on main: 'Chairman and Chief Executive Officer of Brill' / 'Optical Corporation.  Her business address is:'
    gave a title 'Chairman and Chief Executive Officer of Brill' and an occupation 'Optical Corporation'."""
    ostrander = _read(tmp_path, WRAPPED_SENTENCES)["Carla M. Ostrander"]
    assert ostrander.other_positions == ["Chairman and Chief Executive Officer of Brill Optical Corporation"]
    assert ostrander.positions == ["Director"]
    assert ostrander.bodies == ["board of directors"]
    assert ostrander.address == "11 Orchard Lane, Fremont, CA 94538"


def test_wrapped_sentences_keep_each_person_own_values(tmp_path):
    """Guard (passes on main too): the other entries of the same text keep their own occupations and addresses."""
    people = _read(tmp_path, WRAPPED_SENTENCES)
    assert people["Peter J. Ramsey"].other_positions == ["Retired, former Senior Vice President of Kell Paper Company"]
    assert people["Peter J. Ramsey"].address == "9 Birch Street, Boise, ID 83705"
    assert people["Walter P. Linden"].address == "40 Mill Road, Dayton, OH 45402"


def test_a_doubled_stop_after_the_organisation_ends_the_titles_sentence():
    """Fails on main: 'Corp..' (the legal form's stop, then the sentence's) ended no sentence (None)."""
    assert own_sentence("Assistant Secretary, Kestrel Acquisition Corp.. Head of Trading, Kestrel Bank Group.",
                        ["Kestrel Acquisition Corp."]) == (
        "Assistant Secretary, Kestrel Acquisition Corp..", ["Head of Trading, Kestrel Bank Group"])


def test_one_stop_after_the_organisation_still_ends_it():
    """Guard (passes on main too)."""
    assert own_sentence("Assistant Secretary, Kestrel Acquisition Corp. Head of Trading, Kestrel Bank Group.",
                        ["Kestrel Acquisition Corp."]) == (
        "Assistant Secretary, Kestrel Acquisition Corp.", ["Head of Trading, Kestrel Bank Group"])


def test_a_name_overflowing_its_column_leaves_the_section_readable(tmp_path):
    """Fails on main: 'Gordon B. Wexley-Hartt, Jr.  Secretary, ...' filled the gutter at column 23: no roster found."""
    people = _read(tmp_path, OVERFLOWING_NAME)
    assert sorted(people) == ["Dana P. Ivers", "Frank T. Lyle", "Gordon B. Wexley-Hartt, Jr.", "Marta S. Quill",
                              "Ruth A. Keller"]
    wexley = people["Gordon B. Wexley-Hartt, Jr."]
    assert wexley.positions == ["Secretary"]
    assert wexley.other_positions == ["officer of Ormond Securities LLC"]
    assert people["Marta S. Quill"].positions == ["Controller"]
    assert all(p.bodies == ["executive officers"] for p in people.values())


def test_a_name_running_on_with_one_space_is_refused(tmp_path):
    """Guard: beside the overflowing name, a row whose name runs on into the column with one space ('Marta Susan
    Quillinger Controller, ...': where the name ends is not shown) leaves the gutter unread: no person is stated."""
    with pytest.raises(StructureError):
        _read(tmp_path, RUN_ON_NAME)


def test_an_office_of_a_title_after_the_titles_sentence_is_a_role_elsewhere():
    """Fails on main: 'Office of the Secretary, Kestrel Bank Group' was left out (no title opens it)."""
    fields, left = {"occupation": "Assistant Secretary, Kestrel Acquisition Corp. Office of the Secretary, Kestrel "
                                  "Bank Group."}, []
    own_sentence_apart(fields, ["Kestrel Acquisition Corp."], left)
    assert fields == {"title": "Assistant Secretary, Kestrel Acquisition Corp.",
                      "other_positions": "Office of the Secretary, Kestrel Bank Group"}
    assert left == []


def test_a_sentence_about_an_office_that_is_no_role_stays_out():
    """Guard (passes on main too): 'Office space is leased from X.' names no office of a title: left out."""
    fields, left = {"occupation": "Assistant Secretary, Kestrel Acquisition Corp. Office space is leased from Kestrel "
                                  "Bank Group."}, []
    own_sentence_apart(fields, ["Kestrel Acquisition Corp."], left)
    assert fields == {"title": "Assistant Secretary, Kestrel Acquisition Corp."}
    assert left == ["Office space is leased from Kestrel Bank Group"]
