"""Round 56d (issue 13): organisations read as persons, a heading's short term as the organisation, and a pipe
cell cut at its own dash.

- st_paul_pipes_without_share_columns (gather145; St. Paul Travelers' pipe cells one a line, no share columns): in
  the roster whose layout no reader knows (kg/forms/roster_last_resort.py), the line 'Forstmann Little' of the cell
  'General partner of partnerships affiliated with' / 'Forstmann Little' / '& Co.' was read as a person (4 persons who
  are none on main 11b6e7c7). Now kg/forms/roster_name_guard.py leaves out a name whose printed text goes on with a
  firm's legal form (kg/patterns/roster_firm_head.yml), whatever the reader.
- forstmann_centred_names_two_a_line_group_preamble (gather142): each group heading's short term ('AIG', 'SE') was
  given as the organisation. Now the front's paragraph defining the term ('American International Group, Inc.
  ("AIG")'), under a first centred line printing that name, gives the full name (kg/forms/roster_group_paragraphs.py);
  and a company cell that is the listed organisation's own short term names the listed organisation
  (kg/forms/roster_entry.py to_person).
- pipe_cells_section_headings_citizenship_default_preamble_address_last_column (gather146): in the same last-resort
  reader, 'Vice President - Marketing & Transportation' between bars was cut at its ' - ' into 'Vice President' (another
  person's title: 1 value on the wrong person on main), and 'Co Vice Chair of the Board' (an organisation's word too)
  let the occupation cell after it be taken as the title. Now a row whose first cell a bar closes is split at bars
  alone, and a title-like cell that is no certain title claims the title column (no later cell is the title).

Tests marked "fails on main" fail on main 11b6e7c7; the guards pass on both."""
from __future__ import annotations

from roster_people import read_people

FIRM_LINES = 'EXHIBIT 1\nDIRECTORS AND EXECUTIVE OFFICERS OF\nHALVORSEN PARTNERS XII, L.P.\nThe names and present principal occupations of the directors and executive officers of Halvorsen Partners XII, L.P. are set forth below. During the last five years, none of the individuals has been convicted in any criminal proceeding (excluding traffic violations and similar misdemeanors). All of the individuals listed below are citizens of United States.\nHalvorsen Partners XII, L.P.\n|\nName\n|\n|\nPosition\n|\n|\nPresent\n|\n|\nBusiness Address\n|\n|\nLUND, Theodore B.\n|\n|\nGeneral Partner\n|\n|\nGeneral partner\nof partnerships\naffiliated with\nGarrison Whitfield\n& Co.\n|\n|\n400 Lakeview Drive\nDuluth, MN 55802\n|\n|----------\n|\nKASTNER, Ruth A.\n|\n|\nGeneral Partner\n|\n|\nGeneral partner\nof partnerships\naffiliated with\nGarrison Whitfield\n& Co.\n|\n|\n400 Lakeview Drive\nDuluth, MN 55802\n|\n|----------\n|\nSOLBERG, Ingrid M.\n|\n|\nGeneral Partner\n|\n|\nGeneral partner\nof partnerships\naffiliated with\nGarrison Whitfield\n& Co.\n|\n|\n400 Lakeview Drive\nDuluth, MN 55802\n|\n|----------\n|\nPELLHAM, Dwight R.\n|\n|\nGeneral Partner\n|\n|\nGeneral partner\nof partnerships\naffiliated with\nGarrison Whitfield\n& Co.\n|\n|\n400 Lakeview Drive\nDuluth, MN 55802\n|\n|----------\n'

PIPES = '                                  SCHEDULE A\n\n       DIRECTORS AND EXECUTIVE OFFICERS OF HALVORSEN INDUSTRIAL CORP.\n\n     The following table sets forth the name, position with Halvorsen\nIndustrial Corp., principal occupation and business address of each director\nand executive officer of Halvorsen Industrial Corp. Each of the persons listed\nbelow is a citizen of the United States of America.\n\n\n                                  DIRECTORS\n\n| Name | Position with Halvorsen Industrial Corp. | Principal Occupation | Business Address |\n| Ingrid M. Solberg | Director | -- | 400 Lakeview Drive, Duluth, Minnesota 55802 |\n| Dwight R. Pellham | Director | -- | 400 Lakeview Drive, Duluth, Minnesota 55802 |\n| Ruth A. Kastner | Co Vice Chair of the Board | Professional Board Director | 400 Lakeview Drive, Duluth, Minnesota 55802 |\n\n                              EXECUTIVE OFFICERS\n\n| Name | Position with Halvorsen Industrial Corp. | Principal Occupation | Business Address |\n| Theodore B. Lund | Senior Vice President - Administration | -- | 400 Lakeview Drive, Duluth, Minnesota 55802 |\n| Agnes P. Whitcombe | Vice President; General Counsel; Secretary | -- | 400 Lakeview Drive, Duluth, Minnesota 55802 |\n| Jonas K. Ferrand | Vice President - Marketing & Transportation | -- | 400 Lakeview Drive, Duluth, Minnesota 55802 |\n'

GROUP = 'Schedule I\n                           Halvorsen Industrial Corp.:\n                              Reporting Person of\n                               this Schedule 13D\n\n      Halvorsen Industrial Corp. ("HIC") is the reporting person.\n\n                                  Director of\n                                      HIC\n\n     Each of the following is Director of HIC. Each is a citizen of the\nUnited States, except as set forth below. The present principal occupation of\nIngrid M. Solberg is Professor of Law, University of Oslo. Ingrid M. Solberg\nis a citizen of Norway.\n\n              Ruth A. Kastner                    Ingrid M. Solberg\n             Dwight R. Pellham\n\n                          President and Director of\n                                      HIC\n\n     Each of the following is President and Director of HIC. Each is a citizen\nof the United States.\n\n              Theodore B. Lund\n'


def test_a_firm_name_wrapped_before_its_legal_form_is_no_person(tmp_path):
    """Fails on main: 'Garrison Whitfield' / '& Co.' read as a person under every entry."""
    people = read_people(tmp_path, FIRM_LINES)
    assert "Garrison Whitfield" not in people
    assert set(people) == {"Theodore B. Lund", "Ruth A. Kastner", "Ingrid M. Solberg", "Dwight R. Pellham"}


def test_a_name_followed_by_its_own_cells_stays_a_person(tmp_path):
    """Guard (passes on main too): the persons' own name lines, a bar under each, are kept."""
    text = FIRM_LINES.replace("Garrison Whitfield\n& Co.", "Garrison Whitfield Partners")
    people = read_people(tmp_path, text)
    assert {"Theodore B. Lund", "Ruth A. Kastner", "Ingrid M. Solberg", "Dwight R. Pellham"} <= set(people)


def test_a_title_between_bars_is_not_cut_at_its_dash(tmp_path):
    """Fails on main: 'Vice President' (Agnes P. Whitcombe's title) given to Jonas K. Ferrand, 'Senior Vice
    President' for 'Senior Vice President - Administration'."""
    people = read_people(tmp_path, PIPES)
    assert people["Theodore B. Lund"]["positions"] == ["Senior Vice President - Administration"]
    assert "Vice President" not in people["Jonas K. Ferrand"]["positions"]
    assert people["Agnes P. Whitcombe"]["positions"] == ["Vice President", "General Counsel", "Secretary"]


def test_an_occupation_after_an_uncertain_title_is_no_title(tmp_path):
    """Fails on main: Ruth A. Kastner's occupation 'Professional Board Director' read as her position."""
    people = read_people(tmp_path, PIPES)
    assert "Professional Board Director" not in people["Ruth A. Kastner"]["positions"]
    assert people["Ingrid M. Solberg"]["positions"] == ["Director"]


def test_a_group_heading_term_names_the_organisation_the_front_defines(tmp_path):
    """Fails on main: every person's organisation was 'HIC'."""
    people = read_people(tmp_path, GROUP)
    assert {p["organization"] for p in people.values()} == {"Halvorsen Industrial Corp."}
    assert people["Ingrid M. Solberg"]["citizenship"] == "Norway"
    assert people["Theodore B. Lund"]["positions"] == ["Director", "President"]


def test_a_heading_term_no_front_defines_stays_as_printed(tmp_path):
    """Guard (passes on main too): with no front defining 'HIC', the heading's term is all the text names."""
    text = GROUP[GROUP.index("                                  Director of"):]
    people = read_people(tmp_path, text)
    assert set(people) == {"Ruth A. Kastner", "Ingrid M. Solberg", "Dwight R. Pellham", "Theodore B. Lund"}
    assert {p["organization"] for p in people.values()} == {"HIC"}
