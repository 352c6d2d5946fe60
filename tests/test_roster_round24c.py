"""Twenty-fourth round (c), issue 13: a roster table wider than the page, hard-wrapped at column 80 (each line broken
at the last space at or before column 80, the rest carried to column 0 of the next line), read with its lines put
back (kg/forms/roster_unwrap.py); where the lines cannot be put back for certain, the table is not read and a
finding says so. Texts of our own making: a table laid out here and wrapped the way the brief describes."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

import kg
from kg.errors import StructureError

WIDTHS = (24, 22, 34, 30, 14)
HEADER = [("", "Position with", "Present Principal", "", ""),
          ("Name", "the Company", "Occupation", "Business Address", "Citizenship")]
INTRO = """                                  SCHEDULE I

            DIRECTORS AND EXECUTIVE OFFICERS OF NORDVIK HOLDINGS A/S

The following table sets forth the name, present position with Nordvik Holdings
A/S (the "Company"), present principal occupation, business address and
citizenship of each director and executive officer of the Company.

"""


def _line(cells) -> str:
    return "  ".join(cell.ljust(width) for cell, width in zip(cells, WIDTHS)).rstrip()


def _table(rows: list[list[tuple[str, ...]]], rule_between: bool = False) -> str:
    lines = [_line(cells) for cells in HEADER] + [_line(tuple("-" * width for width in WIDTHS)), ""]
    for row in rows:
        lines += [_line(cells) for cells in row]
        lines.append("-" * sum(WIDTHS, 2 * (len(WIDTHS) - 1)) if rule_between else "")
    return "\n".join(lines) + "\n"


def hard_wrap(text: str, page: int = 80) -> str:
    """Each line longer than the page broken at the last space at or before column `page`, the rest (its leading
    spaces dropped) on the next line at column 0, itself wrapped the same way."""
    out = []
    for line in text.split("\n"):
        line = line.rstrip()
        while len(line) > page:
            cut = line.rfind(" ", 0, page + 1)
            head, line = (line[:cut].rstrip(), line[cut + 1:].lstrip()) if cut > 0 else (line[:page], line[page:])
            out.append(head)
        out.append(line)
    return "\n".join(out)


ADDRESS = ("Strandvejen 70", "2900 Hellerup", "Denmark")
ROWS = [
    [("Lars Green", "Chair of the Board", "Professional Board Director", ADDRESS[0], "Denmark"),
     ("", "", "", ADDRESS[1], ""), ("", "", "", ADDRESS[2], "")],
    [("Nirmal Prabhakar", "Board Director", "CEO of Harvard Management Company", ADDRESS[0], "USA"),
     ("Narvekar", "", "", ADDRESS[1], ""), ("", "", "", ADDRESS[2], "")],
    [("Francis Michael Cyprian", "Board Director", "Biopharmaceutical Consultant", ADDRESS[0], "USA, United"),
     ("Cuss", "", "", ADDRESS[1], "Kingdom"), ("", "", "", ADDRESS[2], "")],
    [("Kasim Kutay", "Chief Executive", "", ADDRESS[0], "United Kingdom"),
     ("", "Officer", "", ADDRESS[1], ""), ("", "", "", ADDRESS[2], "")],
]
NAMES = ["Lars Green", "Nirmal Prabhakar Narvekar", "Francis Michael Cyprian Cuss", "Kasim Kutay"]


def _extract(tmp_path, text: str, name: str = "wrapped.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def test_a_name_cut_at_the_wrap_is_put_back_whole(tmp_path):
    """Fails on main (345896e): 'Nirmal Prabhakar' and 'Francis Michael Cyprian' listed, their last names left
    out ('Narvekar' comes after the rest of the first line)."""
    text = hard_wrap(INTRO + _table(ROWS))
    assert "\nNarvekar\n" in text and "\nCompany   Strandvejen 70" in text  # (the wrap the brief describes)
    filing = _extract(tmp_path, text)
    assert sorted(p.name for p in filing.people) == sorted(NAMES)
    by_name = {p.name: p for p in filing.people}
    assert by_name["Nirmal Prabhakar Narvekar"].citizenship == "USA"
    assert by_name["Francis Michael Cyprian Cuss"].citizenship == "USA, United Kingdom"
    assert by_name["Kasim Kutay"].positions == ["Chief Executive Officer"]


def test_the_lines_past_the_page_are_the_address_not_names(tmp_path):
    """Fails on main (345896e): the address lines carried to column 0 after an empty line are not read as the
    address (each person's address is cut to its first line, or left out)."""
    filing = _extract(tmp_path, hard_wrap(INTRO + _table(ROWS)))
    for person in filing.people:
        assert person.address == "Strandvejen 70, 2900 Hellerup, Denmark", person.name
        assert person.address_city == "Hellerup"
        assert not any("Hellerup" in value for value in person.positions + person.other_positions)


def test_rules_between_rows_wrapped_too(tmp_path):
    """Fails on main (345896e) as the first test: here a rule of dashes between rows, itself wrapped."""
    filing = _extract(tmp_path, hard_wrap(INTRO + _table(ROWS, rule_between=True)))
    assert sorted(p.name for p in filing.people) == sorted(NAMES)


def test_a_wrap_that_reads_two_ways_is_refused_with_a_finding(tmp_path):
    """Guard (new behaviour; main lists 'Francis Michael Cyprian'): a full name cell whose row's first line goes on
    past the page with one cell only: the line under it is the name's next line or the rest of the line above;
    nothing decides, so the table is not read and a finding says so."""
    rows = [[("Francis Michael Cyprian", "Board Director", "Biopharmaceutical Consultant", ADDRESS[0], ""),
             ("Cuss", "", "", "", "")], ROWS[0]]
    from kg.forms.roster_unwrap import unwrap_plan, unwrap_view  # (new in this round)
    text = hard_wrap(INTRO + _table(rows))
    rest_at, refused = unwrap_plan(text.split("\n"))
    assert not rest_at and refused  # (the table's lines, from its header on, not displayed)
    with pytest.raises(StructureError):  # (no roster read: refused whole, with a typed error)
        _extract(tmp_path, text)
    view = unwrap_view(SimpleNamespace(raw=text, text=text, cell_breaks=(), cell_columns=()))
    assert "Francis" not in view.raw and "Lars Green" not in view.raw
    assert [why for why, _span in view.refusals] == [
        "a table wider than the page, hard-wrapped at the page's width, whose lines cannot be put back for certain"]


def test_a_table_that_fits_the_page_is_read_as_it_is(tmp_path):
    """Guard (passes on main too): two rules one under the other in a table that fits the page are no wrap."""
    text = INTRO + """Name                      Position                Citizenship
------------------------  ----------------------  ------------------------------
--------------------
Lars Green                Chair of the Board      Denmark
Viviane Monges            Board Director          France
"""
    filing = _extract(tmp_path, text)
    assert sorted(p.name for p in filing.people) == ["Lars Green", "Viviane Monges"]
    assert {p.name: p.citizenship for p in filing.people} == {"Lars Green": "Denmark", "Viviane Monges": "France"}
    assert not any("hard-wrapped" in w.message for w in filing.warnings)


def test_a_row_that_fits_no_reading_is_left_out_from_there_on(tmp_path):
    """Guard (new behaviour; main lists 'Nirmal Prabhakar' and 'Francis Michael Cyprian'): a mark after a name
    moves the rest of its line off the columns; the rows above are read, that row and the ones below are not
    (the table goes on under it, so it did not end there), with a finding."""
    text = hard_wrap(INTRO + _table(ROWS)).replace("Francis Michael Cyprian ", "Francis Michael Cyprian* ", 1)
    filing = _extract(tmp_path, text)
    assert sorted(p.name for p in filing.people) == ["Lars Green", "Nirmal Prabhakar Narvekar"]
    assert any(w.code == "unparsed-section" and "hard-wrapped" in w.message for w in filing.warnings)
