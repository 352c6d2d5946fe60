"""Thirty-fourth round (c), issue 13. (1) A roster table drawn as a box grid ('+------+' rules, a '|' at every column
boundary on every line, continuation lines too) is shown without its frame as the fixed-width table it is and read
so (kg/forms/roster_boxgrid.py, from kg/forms/roster_tabs.py; over the displayed text where tabs typed it). (2) Name and title lines closed by the everyone's-
address sentence (kg/forms/roster_title_lines.py): 'G. Andrea Botta' keeps its initial where the list is not
lettered; the organisation the preamble names after 'of' heads the list whatever its shape; a title at a department
('Vice President of Business Development') or a body of the organisation ('Member, Conseil d'Administration') names
no company; a line after the first naming a person by their work ('Self Employed Businessman', 'Portfolio Manager')
is an occupation, not a title held. Texts of our own making. Each test marked "fails on main" failed on main 020537d
and passes here; the guards pass on both."""
from __future__ import annotations

import kg
from kg.errors import StructureError

_BOX_HEAD = """\
                                  SCHEDULE I

              DIRECTORS AND EXECUTIVE OFFICERS OF NORTHWIND HOLDINGS, INC.

The name, present position with Northwind Holdings, Inc. (the "Company"), present
principal occupation or employment, business address and citizenship of each
of the directors and executive officers of the Company are set forth below.

+----------------------+----------------------+--------------------------+----------------+
|                      | Position with        |                          |                |
| Name                 | the Company          | Business Address         | Citizenship    |
+======================+======================+==========================+================+
"""

_BOX_ROWS = [
    """\
| Harold P. Mercer     | Chairman of the      | 12 Water Street          | U.S.           |
|                      | Board                | New York, NY 10004       |                |
""",
    """\
| Louise M. Tremblay   | Director             | 500 Rue Sherbrooke Ouest | Canada         |
|                      |                      | Montreal, Quebec H3A 3C6 |                |
""",
    """\
| Anders K. Holm       | Chief Financial      | Strandvejen 100          | Denmark        |
|                      | Officer              | 2900 Hellerup            |                |
|                      |                      | Denmark                  |                |
""",
]
_RULE = "+----------------------+----------------------+--------------------------+----------------+\n"
_FRAMED_BLANK = "|                      |                      |                          |                |\n"


def _read(tmp_path, text: str, name: str = "exhibit.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def _people(tmp_path, text: str):
    return {p.name: p for p in _read(tmp_path, text).people}


def test_a_box_grid_ruled_between_rows_is_read_as_its_table(tmp_path):
    """Fails on main: nothing was read (every line a '|' line, no column the fixed-width readers could see)."""
    filing = _read(tmp_path, _BOX_HEAD + _RULE.join(_BOX_ROWS) + _RULE)
    people = {p.name: p for p in filing.people}
    assert sorted(people) == ["Anders K. Holm", "Harold P. Mercer", "Louise M. Tremblay"]
    assert people["Harold P. Mercer"].positions == ["Chairman of the Board"]
    assert people["Anders K. Holm"].positions == ["Chief Financial Officer"]
    assert people["Louise M. Tremblay"].address == "500 Rue Sherbrooke Ouest, Montreal, Quebec H3A 3C6"
    assert people["Anders K. Holm"].citizenship == "Denmark"
    assert people["Louise M. Tremblay"].citizenship == "Canada"
    text = (tmp_path / "exhibit.txt").read_text(encoding="utf-8")
    for name, person in people.items():  # (spans point into the file as it is, bars and rules in it)
        start, end = person.spans["name"]
        assert text[start:end] == name


def test_a_box_grid_with_framed_blank_lines_between_rows_is_read(tmp_path):
    """Fails on main: nothing was read. Entries apart by a framed empty line, not a rule."""
    people = _people(tmp_path, _BOX_HEAD + _FRAMED_BLANK.join(_BOX_ROWS) + _RULE)
    assert sorted(people) == ["Anders K. Holm", "Harold P. Mercer", "Louise M. Tremblay"]
    assert people["Harold P. Mercer"].address == "12 Water Street, New York, NY 10004"
    assert people["Anders K. Holm"].address == "Strandvejen 100, 2900 Hellerup, Denmark"


def test_a_grid_whose_bars_do_not_line_up_is_not_taken_for_a_box_grid(tmp_path):
    """Guard (passes on main too): a row whose bars stand off the rule's joints leaves the grid unframed; no value of
    one row lands on another person."""
    shifted = _BOX_ROWS[1].replace("| Director             |", "| Director               |", 1)
    try:
        people = _people(tmp_path, _BOX_HEAD + _RULE.join([_BOX_ROWS[0], shifted, _BOX_ROWS[2]]) + _RULE)
    except StructureError:
        return  # (no roster found: refused whole, allowed)
    for name, person in people.items():
        assert name in ("Anders K. Holm", "Harold P. Mercer", "Louise M. Tremblay")
        if person.citizenship:
            assert person.citizenship == {"Harold P. Mercer": "U.S.", "Louise M. Tremblay": "Canada",
                                          "Anders K. Holm": "Denmark"}[name]


_TITLE_LINES = """\
                                                     EXHIBIT A


Names, positions, principal occupations, citizenship and business addresses of
the directors and executive officers of {org}:

Each of the persons listed below is a citizen of the United States unless
another country is shown in parentheses after the person's title.

{org}

{blocks}

Unless another business address is shown above, the business address of each of
the above listed persons is:

   333 South 520 West, Suite 300
   Lindon, Utah 84042
"""

_BLOCKS = """\
{a}Ralph J. Yarro
President
Director

{b}G. Andrea Botta
Director (Italy)

{c}Thomas H. Field
Director
Self Employed Businessman

{d}Daniel Mignon
Director (Belgium)
Portfolio Manager

{e}Jan Newman
Vice President of Business Development"""


def _title_lines(tmp_path, org: str = "Canopy", lettered: bool = False):
    marks = {k: f"{k.upper()}.  " if lettered else "" for k in "abcde"}
    return _people(tmp_path, _TITLE_LINES.format(org=org, blocks=_BLOCKS.format(**marks)))


def test_an_initial_before_a_name_is_no_row_letter_in_a_list_not_lettered(tmp_path):
    """Fails on main: 'G. Andrea Botta' was read as 'Andrea Botta' (the 'G.' taken for a row letter)."""
    people = _title_lines(tmp_path)
    assert "G. Andrea Botta" in people and "Andrea Botta" not in people
    assert people["G. Andrea Botta"].citizenship == "Italy"


def test_a_lettered_list_loses_its_letters(tmp_path):
    """Guard (passes on main too): 'A.', 'B.', ... in order before the names are the list's letters."""
    people = _title_lines(tmp_path, lettered=True)
    assert sorted(people) == ["Daniel Mignon", "G. Andrea Botta", "Jan Newman", "Ralph J. Yarro", "Thomas H. Field"]


def test_the_organisation_the_preamble_names_heads_the_list(tmp_path):
    """Fails on main: 'Canopy' alone on its line (no organisation's shape) was not taken for the organisation."""
    people = _title_lines(tmp_path)
    assert {p.organization for p in people.values()} == {"Canopy"}


def test_a_title_at_a_department_is_held_in_the_organisation(tmp_path):
    """Fails on main: 'Vice President of Business Development' was taken for a title at another company (and, as
    the person's first line, left out)."""
    people = _title_lines(tmp_path)
    assert people["Jan Newman"].positions == ["Vice President of Business Development"]
    assert people["Jan Newman"].other_positions == []


def test_a_line_naming_a_person_by_their_work_is_an_occupation(tmp_path):
    """Fails on main: 'Portfolio Manager' was read as a title held in the organisation, 'Self Employed Businessman'
    was left out."""
    people = _title_lines(tmp_path)
    assert people["Daniel Mignon"].positions == ["Director"]
    assert people["Daniel Mignon"].other_positions == ["Portfolio Manager"]
    assert people["Thomas H. Field"].positions == ["Director"]
    assert people["Thomas H. Field"].other_positions == ["Self Employed Businessman"]
    assert people["Ralph J. Yarro"].positions == ["President", "Director"]


def _with_tabs(text: str) -> str:
    """Runs of spaces ending at a tab stop (every 8 columns) typed as tabs."""
    out = []
    for line in text.split("\n"):
        chunks = [line[i:i + 8] for i in range(0, len(line), 8)]
        out.append("".join(c.rstrip(" ") + "\t" if len(c) == 8 and c.endswith("  ") and i < len(chunks) - 1 else c
                           for i, c in enumerate(chunks)))
    return "\n".join(out)


def test_a_box_grid_typed_with_tabs_is_read_as_displayed(tmp_path):
    """Fails on main: nothing was read. The grid's blanks typed as tabs: its bars line up only as displayed."""
    text = _with_tabs(_BOX_HEAD + _RULE.join(_BOX_ROWS) + _RULE)
    assert "\t" in text
    people = _people(tmp_path, text)
    assert sorted(people) == ["Anders K. Holm", "Harold P. Mercer", "Louise M. Tremblay"]
    assert people["Anders K. Holm"].positions == ["Chief Financial Officer"]
    assert people["Louise M. Tremblay"].address == "500 Rue Sherbrooke Ouest, Montreal, Quebec H3A 3C6"
