"""Round 55n (issue 13): gather142's forstmann_centred_names_two_a_line_group_preamble (Forstmann Little's Schedule
I: under each centred '<titles> of' / '<Term>' heading a paragraph 'Each of the following is <titles> of <Term>.'
giving the group's defaults and each person's own sentences by full name, then the names CENTRED TWO A LINE).

What was wrong (main 7117d98a, P 0.780 R 0.098, 70 values on the wrong person): kg/forms/roster_group_paragraphs.py
took neither the names two a line, nor the opening 'Each of the following is ...', nor a default sentence without
'except as set forth below', nor the front ('Schedule I' over centred lines, the paragraph defining ("<Term>")),
nor a heading wrapped to 'of' alone; another reader then read the names line by line, the right-hand name holding
the left one as its title and the default citizenship ('Nirmal Prabhakar Narvekar': positions ['Torsten Sløk'],
citizenship 'Denmark'). A roster whose only heading is 'Director of' / '<Term>' was not found at all.

What changed: kg/forms/roster_names_two_a_line.py (new): two centred columns of names; kg/forms/
roster_group_paragraphs.py reads them, the new opening (its titles the heading's words), the defaults without an
exception clause, the front and the wrapped heading; kg/forms/annex.py: each group's heading names its titles (no
body a heading lists is everyone's: 'Directors and Chairman of the Board of' gave every Vice President 'Director'),
and a text the group reader reads whole is a roster region though no heading names a roster body.

Tests marked "fails on main" fail on main 7117d98a; the guards pass on both."""
from __future__ import annotations

import re
from pathlib import Path

import kg
from kg.errors import StructureError

TEXT = """\
Schedule I
                           Halvorsen Industrial Corp.:
                              Reporting Person of
                               this Schedule 13D

      Halvorsen Industrial Corp. ("HIC") is the reporting person. The address
of the principal office of HIC is 400 Lakeview Drive, Duluth, Minnesota 55802.

                                  Director of
                                      HIC

     Each of the following is Director of HIC. The business address of each of
the following persons is 400 Lakeview Drive, Duluth, Minnesota 55802 and each is
a citizen of the United States, except as set forth below. The present principal
occupation of Ingrid M. Solberg is Professor of Law, University of Oslo. Ingrid
M. Solberg is a citizen of Norway. The present principal occupation of Dwight R.
Pellham is Partner, Pellham & Voss LLP. The business address of Dwight R.
Pellham is 12 Front Street West, Toronto, Ontario M5J 2N1. Dwight R. Pellham is
a citizen of Canada.

              Ruth A. Kastner                    Ingrid M. Solberg
             Dwight R. Pellham

           Director, Chairman of the Board and Chief Executive Officer
                                       of
                                      HIC

     Each of the following is Director, Chairman of the Board and Chief Executive
Officer of HIC. The business address of each of the following persons is 400
Lakeview Drive, Duluth, Minnesota 55802 and each is a citizen of the United
States.

              Theodore B. Lund
"""


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "schedule.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_names_two_a_line_each_get_their_own_sentences(tmp_path):
    """Fails on main: the right-hand name took the left one as its title, every one the default citizenship."""
    people = _people(tmp_path, TEXT)
    solberg, pellham, kastner = people["Ingrid M. Solberg"], people["Dwight R. Pellham"], people["Ruth A. Kastner"]
    assert solberg.positions == ["Director"] and solberg.citizenship == "Norway"
    assert solberg.other_positions == ["Professor of Law, University of Oslo"]
    assert solberg.address == "400 Lakeview Drive, Duluth, Minnesota 55802"
    assert pellham.positions == ["Director"] and pellham.citizenship == "Canada"
    assert pellham.address.startswith("12 Front Street West, Toronto")
    assert kastner.positions == ["Director"] and kastner.citizenship == "United States" and not kastner.other_positions


def test_heading_wrapped_to_of_alone_and_no_roster_body_heading(tmp_path):
    """Fails on main: a heading wrapped to 'of' alone was no heading, and a roster headed only 'Director of' / 'HIC'
    was not found."""
    lund = _people(tmp_path, TEXT)["Theodore B. Lund"]
    assert lund.positions[0] == "Director" and "Chief Executive Officer" in " ".join(lund.positions)
    assert lund.citizenship == "United States"


def test_an_unsure_sentence_refuses_the_group(tmp_path):
    """Guard (passes on main too): a sentence naming no member ('Ms. Solberg') is not guessed; nobody of that group
    gets a neighbour's value (or the roster is refused whole)."""
    try:
        people = _people(tmp_path, TEXT.replace("Ingrid\nM. Solberg is a citizen", "Ms.\nSolberg is a citizen"))
    except StructureError:
        return  # (refused whole: allowed)
    assert "Ingrid M. Solberg" not in people or people["Ingrid M. Solberg"].citizenship != "United States"
    for person in people.values():
        assert person.positions != ["Ruth A. Kastner"] and person.positions != ["Ingrid M. Solberg"]


def _block(text: str) -> re.Match:
    return re.compile(r"^[ \t]*\S[^\n]*(?:\n[ \t]*\S[^\n]*)*", re.M).search(text)


def test_two_columns_must_each_be_centred():
    """Unit of the new module (no module on main): a name and a title beside it, or a right column not centred, is no pair of
    names; two centred columns are read row by row, left then right."""
    from kg.forms.roster_names_two_a_line import names_two_a_line  # (new in this round)
    pairs = "      Ruth A. Kastner          Ingrid M. Solberg\n       Ann B. Lee             Dwight R. Pellham\n"
    assert [n for n, _s in names_two_a_line(pairs, _block(pairs))] == [
        "Ruth A. Kastner", "Ingrid M. Solberg", "Ann B. Lee", "Dwight R. Pellham"]
    skewed = "      Ruth A. Kastner          Ingrid M. Solberg\n       Ann B. Lee       Dwight R. Pellham\n"
    assert names_two_a_line(skewed, _block(skewed)) is None
    titled = "      Ruth A. Kastner          Director\n"
    assert names_two_a_line(titled, _block(titled)) is None


GUARD = """\
                                  Director of
                           Halvorsen Industrial Corp.

     The following persons hold the positions named above with Halvorsen
Industrial Corp. The business address of each of the following persons is 400
Lakeview Drive, Duluth, Minnesota 55802 and each is a citizen of the United
States, except as set forth below. Ingrid M. Solberg is a citizen of Norway.

                               Ingrid M. Solberg
                                Ruth A. Kastner
"""


def test_guard_group_paragraph_names_one_a_line(tmp_path):
    """Guard (passes on main too): the one-a-line layout with 'The following persons hold ...' reads as before."""
    people = _people(tmp_path, GUARD)
    assert people["Ingrid M. Solberg"].citizenship == "Norway"
    assert people["Ruth A. Kastner"].citizenship == "United States"
    assert people["Ruth A. Kastner"].positions == ["Director"]
