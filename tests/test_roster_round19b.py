"""Nineteenth round (b) (issue 13): wrapped roles and the mutation bench's precision. Texts of our own making (people
and organisations invented here).

- A fixed-width occupation cell holding two outside roles, each wrapped: a printed line that ends short of the column
  ('University') followed by a line opening with a title ('President and CEO, ...') whose first word would have
  fitted after it is two occupations; a line the next word would not have fitted on is one wrapped occupation.
- A roster title in title case ('Directors And Executive Officers Of X', as a heading's case is changed) names the
  organisation as its capitals do, and a preamble printed in capitals under it is no more of the title.
"""
from __future__ import annotations

import kg

OCCUPATIONS = """\
                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSTON MILLS, INC.

<TABLE>
                            Position with Halverston    Present Principal Occupation
Name                        Mills, Inc.                 (if different)
------------------------    ------------------------    --------------------------------
Odile P. Marchetti          Director                    Professor of Geology, Brackwater
                                                        College
                                                        President, Society of Applied
                                                        Sedimentology

Rupert K. Vallance          Director                    Retired Senior Vice President and
                                                        Treasurer, Ostrander Freight
                                                        Lines, Inc.

Wilma J. Trask              Chief Financial Officer

</TABLE>
"""


def _people(tmp_path, text: str, name: str = "schedule_i.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_line_ending_short_before_a_title_starts_an_occupation_of_its_own(tmp_path):
    """'College' ends short of the column and 'President' would have fitted after it: two occupations (before:
    'Professor of Geology, Brackwater College, President, Society of Applied Sedimentology', one)."""
    odile = _people(tmp_path, OCCUPATIONS)["Odile P. Marchetti"]
    assert odile.positions == ["Director"]
    assert odile.other_positions == ["Professor of Geology, Brackwater College",
                                     "President, Society of Applied Sedimentology"]


def test_a_line_the_next_word_would_not_have_fitted_on_is_wrapped(tmp_path):
    """'Retired Senior Vice President and' / 'Treasurer, ...': the first line ends in 'and' and is full; one
    occupation, never 'Treasurer, Ostrander Freight Lines, Inc.' apart."""
    rupert = _people(tmp_path, OCCUPATIONS)["Rupert K. Vallance"]
    assert rupert.other_positions == ["Retired Senior Vice President and Treasurer, Ostrander Freight Lines, Inc."]


def test_a_full_line_before_a_title_word_is_still_a_wrap(tmp_path):
    """The same cell with the first role's line full ('Professor of Geology, Brackwater Hill' and 'College' would
    not have fitted): 'College' then a title line is still split only where 'College' ends short."""
    text = OCCUPATIONS.replace("Professor of Geology, Brackwater\n", "Professor of Geology, Brackwater Hill\n")
    text = text.replace("President, Society of Applied\n", "Director, Society of Applied\n")
    odile = _people(tmp_path, text)["Odile P. Marchetti"]
    assert odile.other_positions == ["Professor of Geology, Brackwater Hill College",
                                     "Director, Society of Applied Sedimentology"]


TITLE_CASE = """\
                                   Schedule A

      Directors And Executive Officers Of Pellworth Biologics, Inc.
SET FORTH BELOW IS THE NAME, CITIZENSHIP, BUSINESS ADDRESS AND PRESENT
PRINCIPAL OCCUPATION OF EACH DIRECTOR AND EXECUTIVE OFFICER OF PELLWORTH
BIOLOGICS, INC.

     Agnes T. Rowbotham, a citizen of the United States, is Director of
Pellworth Biologics, Inc. Agnes T. Rowbotham is also Managing Partner,
Fenlow Ventures. The business address of Agnes T. Rowbotham is 9 Quarry
Lane, Tulsa, Oklahoma 74103.

     Desmond L. Okafor, a citizen of Nigeria, is Chief Executive Officer of
Pellworth Biologics, Inc. The business address of Desmond L. Okafor is
300 Harbor Road, Mobile, Alabama 36602.
"""


def test_a_title_in_title_case_names_the_organisation(tmp_path):
    """'... Officers Of Pellworth Biologics, Inc.' (before: no organisation, so 'Director of Pellworth Biologics,
    Inc.' was an occupation elsewhere); the preamble in capitals under it is not read into the title."""
    people = _people(tmp_path, TITLE_CASE)
    agnes, desmond = people["Agnes T. Rowbotham"], people["Desmond L. Okafor"]
    assert agnes.organization == "Pellworth Biologics, Inc." and desmond.organization == "Pellworth Biologics, Inc."
    assert agnes.positions == ["Director"] and agnes.other_positions == ["Managing Partner, Fenlow Ventures"]
    assert desmond.positions == ["Chief Executive Officer"] and desmond.other_positions == []


BIOGRAPHIES = """\
                                   SCHEDULE I
      DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSTON MILLS, INC.
Set forth below is the name, citizenship, business address and present
principal occupation of each director and executive officer of Halverston
Mills, Inc.
     Orla M. Vance, a citizen of the United States, is Director of Halverston
Mills, Inc. Orla M. Vance is also Managing Partner, Fenlow Ventures. The
business address of Orla M. Vance is 14 Tanner Row, Akron, Ohio 44308.
     Amos B. Kestrel, a citizen of Canada, is Director of Halverston Mills,
Inc. Amos B. Kestrel is also Counsel, Brierly & Shaw. The business address
of Amos B. Kestrel is 88 Quay Street, Halifax, Nova Scotia B3J 1A1.
     Petra S. Lundqvist, a citizen of Sweden, is Director of Halverston Mills,
Inc. The business address of Petra S. Lundqvist is Strandvagen 7, 114 56
Stockholm, Sweden.
"""


def test_a_roster_printed_without_blank_lines_is_read_by_its_indents(tmp_path):
    """Every blank line dropped: the title, the preamble and the paragraphs run together and the roster was refused
    whole ('no roster of directors or officers found'); read again with a blank line under the centred title and
    before each indented paragraph, each person gets their own title, address and citizenship, none another's."""
    people = _people(tmp_path, BIOGRAPHIES)
    assert sorted(people) == ["Amos B. Kestrel", "Orla M. Vance", "Petra S. Lundqvist"]
    assert people["Orla M. Vance"].citizenship == "United States"
    assert people["Amos B. Kestrel"].citizenship == "Canada" and people["Amos B. Kestrel"].other_positions == [
        "Counsel, Brierly & Shaw"]
    assert people["Petra S. Lundqvist"].address == "Strandvagen 7, 114 56 Stockholm, Sweden"
    assert people["Orla M. Vance"].positions == ["Director"] and people["Amos B. Kestrel"].positions == ["Director"]


def test_the_view_puts_blank_lines_back_only_where_the_layout_shows_them():
    """A first-line indent under prose, a block head at the margin over indented lines, the line under a
    centred title; never inside a table's row (its gutter) nor inside a paragraph; spans map back."""
    from kg.forms.roster_paragraphs import paragraph_view
    view = paragraph_view(BIOGRAPHIES)
    shown = view.raw.split("\n")
    assert shown[shown.index("     Amos B. Kestrel, a citizen of Canada, is Director of Halverston Mills,") - 1] == ""
    assert shown[shown.index("Set forth below is the name, citizenship, business address and present") - 1] == ""
    assert shown[shown.index("Mills, Inc. Orla M. Vance is also Managing Partner, Fenlow Ventures. The") - 1] != ""
    at = BIOGRAPHIES.index("Amos B. Kestrel, a")
    assert view.to_source((view.from_source(at), view.from_source(at) + 15)) == (at, at + 15)
    assert paragraph_view("Name                Title\n  Ann Lee           Director\nBo Ek     Chairman\n") is None
    outline = ("     1.  Ada Quill\n          (a) Business address: Quill Holdings, 9, Rond-Point des Champs\n"
               "              des Lilas, 75008 Paris, France, and more words to fill the line\n"
               "          (b) Position with Kestrel Holdings A/S: Director and more words to fill\n")
    assert paragraph_view(outline) is None  # (a wrapped line indented under its clause is no paragraph)
    assert paragraph_view(BIOGRAPHIES.replace("\n     Amos", "\n\n     Amos").replace("\n     Petra", "\n\n     Petra")) is None


def test_a_sentence_after_the_roster_is_no_title(tmp_path):
    """A collective sentence read into a person's title ('Each of the persons listed above is a citizen of ...
    Director', a layout misread) is left out with a finding, never kept as a title; a title is kept."""
    from kg.forms.roster_guard import _not_a_title
    assert _not_a_title("Each of the persons listed above is a citizen of the United States. Director", [])
    assert _not_a_title("The business address of each of the persons named above are set forth in the", [])
    assert _not_a_title("officer of Kestrel Bank The Reporting Persons have not, during the last five years, been "
                        "convicted in a criminal proceeding", [])
    assert _not_a_title("A, C", []) and _not_a_title("9", [])  # (a legend's letters not decoded; a page number)
    assert _not_a_title("Chairman, President and Chief Executive Officer", []) is None
    assert _not_a_title("Partner, Set Forth Capital Partners LLC", []) is None


def test_a_city_is_no_word_in_lower_case():
    """'40 King Street West, a citizen of' / 'Canada' (text run together): no city 'of'."""
    from kg.forms.roster_fields import parse_address
    assert parse_address("40 King Street West, a citizen of\nCanada")[1] is None
    assert parse_address("National Bureau, 1050 Massachusetts Avenue\nCambridge, Massachusetts 02138")[1] == "Cambridge"


UPPER_PREAMBLE = """\
                                  SCHEDULE A
DIRECTORS AND EXECUTIVE OFFICERS OF KESTREL HOLDINGS A/S
THE NAME AND PRESENT PRINCIPAL OCCUPATION OF EACH DIRECTOR AND EXECUTIVE OFFICER OF KESTREL HOLDINGS A/S ARE SET
FORTH BELOW.

<TABLE>
                            Position with Kestrel       Present Principal Occupation
Name                        Holdings A/S                (if different)
------------------------    ------------------------    --------------------------------
Mette V. Skovgaard          Chair of the Board          Partner, Fjordlys Advokater

Henrik O. Baastrup          Chief Executive Officer
</TABLE>
"""


def test_a_preamble_in_capitals_under_a_title_in_capitals_is_no_more_of_the_title(tmp_path):
    """'THE NAME ... ARE SET FORTH BELOW.' under the title is a sentence: the organisation is 'Kestrel Holdings
    A/S' (before: the title ran on through the sentence and named no organisation of the roster)."""
    people = _people(tmp_path, UPPER_PREAMBLE)
    mette = people["Mette V. Skovgaard"]
    assert mette.organization == "Kestrel Holdings A/S" and mette.positions == ["Chair of the Board"]
    assert mette.other_positions == ["Partner, Fjordlys Advokater"]


def test_a_title_in_title_case_takes_the_organisation_as_the_text_prints_it(tmp_path):
    """'... Officers Of Pellworth Biologics Of Canada' over a preamble in capitals: the organisation as the
    paragraphs print it in mixed case ('Pellworth Biologics of Canada'), not the title's 'Of'."""
    text = TITLE_CASE.replace("Pellworth Biologics, Inc.", "Pellworth Biologics of Canada").replace(
        "Officers Of Pellworth Biologics of Canada", "Officers Of Pellworth Biologics Of Canada").replace(
        "PELLWORTH\nBIOLOGICS, INC.", "PELLWORTH\nBIOLOGICS OF CANADA.").replace("Pellworth Biologics,\nInc.", "Pellworth Biologics of\nCanada")
    desmond = _people(tmp_path, text)["Desmond L. Okafor"]
    assert desmond.organization == "Pellworth Biologics of Canada" and desmond.positions == ["Chief Executive Officer"]
