"""Round 56j (issue 13): pipe rows opened by a bar, and pipe cells one a line with '|----------' rules between rows.

- pipe_cells_section_headings_citizenship_default_preamble_address_last_column (gather146): each row one line,
  opened and closed by a bar, '| Name | Position with X | Principal Occupation | Business Address |', under centred
  'DIRECTORS' / 'EXECUTIVE OFFICERS' headings. The ' | '-joined table reader (kg/forms/roster_table.py) took a row
  closed by a bar but not one opened by it ('| Name' was the first cell), so no reader knew the table and the last-resort
  reader kept a title or a citizenship beside each name (R 0.453 on main feaf79f8). Now the opening bar is the row's
  border, as the closing one is.
- st_paul_pipes_without_share_columns (gather145): St. Paul Travelers' cells one a line between '|' lines, the
  upper-case variant with a rule '|----------' between rows: the rule, opened by the table's own bar, was no border
  (kg/patterns/roster.yml pipe_border), so the cell reader (kg/forms/roster_pipecells.py) refused the table and no
  person was read (R 0.670 on main). Now such a rule is a border between rows.

Tests marked "fails on main" fail on main feaf79f8; the guards pass on both."""
from __future__ import annotations

from roster_people import read_people

ORG = "Halvorsen Industrial Corp."
CAPTION = f"| Name | Position with {ORG} | Principal Occupation | Business Address |"
PIPE_ROWS = "\n".join([
    "                                  SCHEDULE A", "",
    "       DIRECTORS AND EXECUTIVE OFFICERS OF HALVORSEN INDUSTRIAL CORP.", "",
    "     The following table sets forth the name, position with Halvorsen",
    "Industrial Corp., principal occupation and business address of each director",
    "and executive officer of Halvorsen Industrial Corp. Each of the persons listed",
    "below is a citizen of the United States, except Ingrid M. Solberg, who is a",
    "citizen of Norway.", "", "",
    "                                  DIRECTORS", "", CAPTION,
    "| Ingrid M. Solberg | Director | Professor of Law, University of Oslo | Karl Johans gate 47, 0162 Oslo, Norway |",
    "| Dwight R. Pellham | Director | Retired Chairman, Pellham Freight Lines | 12 Harbor Road, Duluth, Minnesota 55802 |",
    "", "                              EXECUTIVE OFFICERS", "", CAPTION,
    "| Theodore B. Lund | Senior Vice President; Chief Financial Officer | -- | 400 Lakeview Drive, Duluth, "
    "Minnesota 55802 |",
    "| Agnes P. Whitcombe | Vice President; General Counsel | -- | 400 Lakeview Drive, Duluth, Minnesota 55802 |",
    ""])


def _cells(rows: list[list[list[str]]], rule: str | None) -> str:
    lines = []
    for row in rows:
        for cell in row:
            lines += ["|"] + cell + ["|"]
        lines += [rule] if rule else []
    return "\n".join(lines)


HEAD = [["Name"], ["Position"], ["Present"], ["Business Address"]]
ROWS = [
    [["LUND, Theodore B."], ["Chairman and", "Chief Executive", "Officer"], ["Chairman and", "Chief Executive",
                                                                              "Officer"],
     ["400 Lakeview Drive", "Duluth, MN 55802"]],
    [["KASTNER, Ruth A."], ["Director"], ["Professor of", "Economics,", "Carleton College"],
     ["One North College Street", "Northfield, MN 55057"]],
    [["SOLBERG, Ingrid M."], ["Director"], ["Retired"], ["400 Lakeview Drive", "Duluth, MN 55802"]],
]
FRONT = ("EXHIBIT 1\nDIRECTORS AND EXECUTIVE OFFICERS OF\nHALVORSEN INDUSTRIAL CORP.\nThe names and present principal "
         "occupations of the directors and executive officers of Halvorsen Industrial Corp. are set forth below. "
         "During the last five years, none of the individuals has been convicted in any criminal proceeding "
         "(excluding traffic violations and similar misdemeanors). All of the individuals listed below are citizens "
         f"of the United States.\n{ORG}\n")
RULED_CELLS = FRONT + _cells([HEAD], None) + "\n" + _cells(ROWS, "|----------") + "\n"
PLAIN_CELLS = FRONT + _cells([HEAD], None) + "\n" + _cells(ROWS, None) + "\n"


def test_pipe_rows_opened_by_a_bar_are_read_as_a_table(tmp_path):
    """Fails on main: only a title or a citizenship kept beside each name (no occupation, no address)."""
    people = read_people(tmp_path, PIPE_ROWS)
    assert set(people) == {"Ingrid M. Solberg", "Dwight R. Pellham", "Theodore B. Lund", "Agnes P. Whitcombe"}
    assert people["Ingrid M. Solberg"]["other_positions"] == ["Professor of Law, University of Oslo"]
    assert people["Ingrid M. Solberg"]["address"] == "Karl Johans gate 47, 0162 Oslo, Norway"
    assert people["Ingrid M. Solberg"]["citizenship"] == "Norway"
    assert people["Dwight R. Pellham"]["citizenship"] == "United States"
    assert people["Theodore B. Lund"]["positions"] == ["Senior Vice President", "Chief Financial Officer"]
    assert people["Agnes P. Whitcombe"]["address"] == "400 Lakeview Drive, Duluth, Minnesota 55802"


def test_numbered_pipe_rows_opened_by_a_bar(tmp_path):
    """Fails on main: nothing read ('| 1. Ingrid M. Solberg |')."""
    text = PIPE_ROWS
    for number, name in enumerate(["Ingrid M. Solberg", "Dwight R. Pellham", "Theodore B. Lund", "Agnes P. Whitcombe"],
                                  1):
        text = text.replace(f"| {name} |", f"| {number}. {name} |")
    people = read_people(tmp_path, text)
    assert set(people) == {"Ingrid M. Solberg", "Dwight R. Pellham", "Theodore B. Lund", "Agnes P. Whitcombe"}
    assert people["Dwight R. Pellham"]["other_positions"] == ["Retired Chairman, Pellham Freight Lines"]
    assert people["Theodore B. Lund"]["address"] == "400 Lakeview Drive, Duluth, Minnesota 55802"


def test_pipe_cells_with_a_barred_rule_between_rows(tmp_path):
    """Fails on main: no person read (the '|----------' rule between rows no border)."""
    people = read_people(tmp_path, RULED_CELLS)
    assert set(people) == {"Theodore B. Lund", "Ruth A. Kastner", "Ingrid M. Solberg"}
    assert people["Ruth A. Kastner"]["positions"] == ["Director"]
    assert people["Ruth A. Kastner"]["address"] == "One North College Street, Northfield, MN 55057"
    assert people["Ingrid M. Solberg"]["address"] == "400 Lakeview Drive, Duluth, MN 55802"
    assert all(p["citizenship"] == "United States" for p in people.values())


def test_pipe_cells_without_rules_read_as_before(tmp_path):
    """Guard (passes on main too): the same cells with no rule between rows."""
    people = read_people(tmp_path, PLAIN_CELLS)
    assert set(people) == {"Theodore B. Lund", "Ruth A. Kastner", "Ingrid M. Solberg"}
    assert people["Ruth A. Kastner"]["address"] == "One North College Street, Northfield, MN 55057"


def test_a_markdown_table_reads_as_before(tmp_path):
    """Guard (passes on main too): the same rows under an alignment row (a Markdown table, kg.read.markdown)."""
    text = PIPE_ROWS.replace(CAPTION, CAPTION + "\n|---|---|---|---|")
    people = read_people(tmp_path, text)
    assert set(people) == {"Ingrid M. Solberg", "Dwight R. Pellham", "Theodore B. Lund", "Agnes P. Whitcombe"}
    assert people["Ingrid M. Solberg"]["address"] == "Karl Johans gate 47, 0162 Oslo, Norway"
