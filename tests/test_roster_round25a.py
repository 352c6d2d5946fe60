"""Twenty-fifth round (a), issue 13: a table hard-wrapped at the page's width (kg/forms/roster_unwrap.py) as EDGAR
conversions perturb it: typed with tabs or with invisible characters (put back in the tab view), a last page
printed with a wider margin (put back at that margin), its blank lines removed or a row moved off its columns (not
read, with a finding; never a name joined with what the wrap carried over); with no rule under its header
(kg/forms/roster_unwrap_head.py); rows with no blank line between them. Two values printed on two lines of one cell
(kg/forms/roster_place.py, kg/forms/roster_wrap.py). Texts of our own making: the table of
tests/test_roster_round24c.py, wrapped the way that round's brief describes, then perturbed here; real people of
the development rosters re-laid out by tests/relayout.py."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import relayout
from test_roster_round24c import ADDRESS, INTRO, NAMES, ROWS, _table, hard_wrap

import kg
from kg.errors import StructureError

WRAPPED = hard_wrap(INTRO + _table(ROWS))
UNWRAP_FINDING = "hard-wrapped at the page's width, whose lines cannot be put back for certain"


def _extract(tmp_path, text: str):
    path = tmp_path / "wrapped.txt"
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def _typed_with_tabs(text: str) -> str:
    """Runs of two spaces or more ending at a tab stop (every 8 columns) written as a tab, as typists did."""
    out = []
    for line in text.split("\n"):
        chunks = [line[i:i + 8] for i in range(0, len(line), 8)]
        out.append("".join(c.rstrip(" ") + "\t" if len(c) == 8 and c.endswith("  ") and i < len(chunks) - 1 else c
                           for i, c in enumerate(chunks)))
    return "\n".join(out)


def _assert_read_whole(filing) -> None:
    assert sorted(p.name for p in filing.people) == sorted(NAMES)
    for person in filing.people:
        assert person.address == ", ".join(ADDRESS), person.name


def test_a_wrapped_table_typed_with_tabs_is_put_back(tmp_path):
    """Fails on main (38b7262): the wrap is looked for in the text with its tabs, not as displayed; read as
    printed, 'Nirmal Prabhakar' is listed and the address lines carried over are cut off."""
    text = _typed_with_tabs(WRAPPED)
    assert "\t" in text and "\nNarvekar" in text
    filing = _extract(tmp_path, text)
    _assert_read_whole(filing)
    assert {p.name: p.citizenship for p in filing.people}["Nirmal Prabhakar Narvekar"] == "USA"
    spans = {p.name: p.evidence for p in filing.people}
    start, end = spans["Nirmal Prabhakar Narvekar"]
    assert text[start:end].startswith("Nirmal Prabhakar")  # (spans point into the file as it is)


def test_a_wrapped_table_with_invisible_characters_is_put_back(tmp_path):
    """Fails on main (38b7262): a zero-width space inside words makes lines longer than they show, so the
    page's width and the columns are not seen; the table is read as printed."""
    text = re.sub(r"(?<=Strand)(?=vejen)|(?<=Hell)(?=erup)|(?<=Prab)(?=hakar)", "\u200b", WRAPPED)
    filing = _extract(tmp_path, text)
    assert sorted(p.name.replace("\u200b", "") for p in filing.people) == sorted(NAMES)
    assert all(p.address.replace("\u200b", "") == ", ".join(ADDRESS) for p in filing.people)


def test_a_last_page_with_a_wider_margin_is_put_back(tmp_path):
    """Fails on main (38b7262): from a line inside the table on, every line is shifted right (a new page
    printed with other margins); the rests are no longer at column 0 and the rows below are read as printed
    ('Francis Michael Cyprian' listed without 'Cuss')."""
    lines = WRAPPED.split("\n")
    first = next(n for n, line in enumerate(lines) if line.startswith("Narvekar")) + 1
    text = "\n".join(line if n < first or not line.strip() else "     " + line for n, line in enumerate(lines))
    filing = _extract(tmp_path, text)
    _assert_read_whole(filing)


def test_a_wrapped_table_without_its_blank_lines_is_not_guessed(tmp_path):
    """Fails on main (38b7262): with every blank line removed, the rest of an empty line ('Arps', the address's
    second line) reads as the next line of the full name cell above: main lists 'Francis Michael Cyprian Arps
    Skadden Slate'. Nothing shows the empty line now, so the table is refused whole, with a typed error."""
    rows = [[("Francis Michael Cyprian", "Board Director", "Biopharmaceutical Consultant", "Skadden", "USA"),
             ("", "", "", "Arps", ""), ("", "", "", "Slate", "")],
            [("Lars Green", "Chair of the Board", "Professional Board Director", "Strandvejen 70", "Denmark")]]
    text = "\n".join(line for line in hard_wrap(INTRO + _table(rows)).split("\n") if line.strip())
    assert "\nSkadden                         USA\nArps\nSlate\n" in text
    with pytest.raises(StructureError):
        _extract(tmp_path, text)
    from kg.forms.roster_unwrap import unwrap_plan
    rest_at, refused = unwrap_plan(text.split("\n"))
    assert not rest_at and refused


def test_a_last_row_off_its_columns_is_refused_with_its_rests(tmp_path):
    """Fails on main (38b7262): a mark after the last row's name moves the rest of its line off the columns; the
    table ends there, and the row was read as printed ('Kasim Kutay Strandvejen'-like joined names, the address
    lines carried over as names). Now that row and the address lines carried over from it are not read, with a
    finding; the rows above are read."""
    text = WRAPPED.replace("Kasim Kutay ", "Kasim Kutay* ", 1)
    filing = _extract(tmp_path, text)
    assert sorted(p.name for p in filing.people) == sorted(NAMES[:3])
    assert any(UNWRAP_FINDING in w.message for w in filing.warnings)


def test_a_plain_table_after_a_page_with_a_wider_margin_is_read_as_it_is(tmp_path):
    """Guard (passes on main too): a document whose last lines are indented, with no wrapped table, is not
    changed by the last page's margin."""
    text = INTRO + """Name                      Position                Citizenship
------------------------  ----------------------  --------------
Lars Green                Chair of the Board      Denmark

     Viviane Monges            Board Director          France
"""
    filing = _extract(tmp_path, text)
    assert {p.name: p.citizenship for p in filing.people} == {"Lars Green": "Denmark", "Viviane Monges": "France"}
    assert not any(UNWRAP_FINDING in w.message for w in filing.warnings)


# ---- two values printed on two lines of one cell (real people of the development rosters, re-laid out) ----------
ROOT = Path(relayout.__file__).resolve().parents[1]  # (the project: its benchmarks list the rosters)


def _rendered(tmp_path, family: str, person: str, options: relayout.Options):
    """The development roster that lists `person`, rendered by `family`, read: {name: person read}, gold people."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_rosters import DATA, real_rosters
    rosters = relayout.load_rosters(DATA / "relayout" / "people_dev.json") + real_rosters()
    roster = next(r for r in rosters if any(p["name"] == person for p in r.people))
    suffix, text, people = relayout.DEV_FAMILIES[family](roster, options)
    path = tmp_path / f"roster{suffix}"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}, {p["name"]: p for p in people}


def test_two_outside_roles_on_two_lines_of_a_cell_are_two_values(tmp_path):
    """Fails on main (38b7262): 'Professor of Economics, Harvard University' / 'President and CEO, National Bureau
    of Economic Research' in a 26-column cell (the next line's first word would not have fitted) read as one
    occupation. The line above ends a whole role (a title, then its organisation named in full), the line opens
    a title: two values, as the gold lists them."""
    read, gold = _rendered(tmp_path, "hard_wrapped_80_columns", "Martin S. Feldstein",
                           relayout.Options(numbered=True, markers=False, width=28))
    assert read["Martin S. Feldstein"].other_positions == gold["Martin S. Feldstein"]["other_positions"] == [
        "Professor of Economics, Harvard University", "President and CEO, National Bureau of Economic Research"]


def test_two_titles_on_two_lines_of_a_cell_are_two_positions(tmp_path):
    """Fails on main (38b7262): 'Senior Vice President' / 'Corporate Controller' and 'Executive Officer' / 'First
    Vice President' (each a whole title, the next line's first word too long for the line above) read as one
    title each."""
    read, gold = _rendered(tmp_path, "hard_wrapped_80_columns", "Jay D. Bolding", relayout.Options())
    assert read["Jay D. Bolding"].positions == gold["Jay D. Bolding"]["positions"] == [
        "Senior Vice President", "Corporate Controller"]
    read, gold = _rendered(tmp_path, "hard_wrapped_80_columns", "Donna Marley", relayout.Options())
    assert read["Donna Marley"].positions == ["Director", "Executive Officer", "First Vice President"]


def test_an_occupation_wrapped_in_its_organisation_stays_one_value(tmp_path):
    """Guard (passes on main too): 'Co Vice Chair of the Board, Novo Holdings A/S; Professional Board' /
    'Director' and '...; Corporate' / 'Secretary of ConAgra Foods, Inc.' are one value wrapped, not two."""
    read, gold = _rendered(tmp_path, "wrapped_citizenship_first", "Steen Riisgaard", relayout.Options())
    assert read["Steen Riisgaard"].other_positions == gold["Steen Riisgaard"]["other_positions"]
    read, gold = _rendered(tmp_path, "two_column", "James P. O'Donnell",
                           relayout.Options(numbered=True, markers=False, width=28))
    assert read["James P. O'Donnell"].positions == gold["James P. O'Donnell"]["positions"]
    assert not read["James P. O'Donnell"].other_positions


# ---- a hard-wrapped table with no rule under its header ----------------------------------------------------------
def _unruled(rows) -> str:
    """The table of tests/test_roster_round24c.py with no rule under its header, hard-wrapped at column 80."""
    from test_roster_round24c import HEADER, _line
    lines = [_line(cells) for cells in HEADER] + [""]
    for row in rows:
        lines += [_line(cells) for cells in row] + [""]
    return hard_wrap(INTRO + "\n".join(lines) + "\n")


def test_a_wrapped_table_with_no_header_rule_is_put_back(tmp_path):
    """Fails on main (38b7262): with no rule under the header the wrap is not seen; read as printed, 'Francis
    Michael Cyprian Strandvejen' is listed and the address lines carried over land in other fields. The header's
    rest gives the columns past the page; every place it could start at reads the rows the same way."""
    text = _unruled(ROWS)
    assert "---" not in text and "\nBusiness Address                Citizenship\n" in text
    filing = _extract(tmp_path, text)
    _assert_read_whole(filing)
    by_name = {p.name: p for p in filing.people}
    assert by_name["Francis Michael Cyprian Cuss"].citizenship == "USA, United Kingdom"
    assert by_name["Nirmal Prabhakar Narvekar"].other_positions == ["CEO of Harvard Management Company"]


def test_a_row_of_a_name_alone_with_no_blank_line_above_is_a_row(tmp_path):
    """Fails on main (38b7262): rows with no blank line between them, one whose first line is its name alone
    ('Viviane Monges', its cells on the next line): the name is not the next line of the name above (it would have
    fitted there), no rest (blank lines are printed: an empty line's rest shows), and the next line goes on with
    the row; main refuses the table as uncertain."""
    from test_roster_round24c import HEADER, WIDTHS, _line

    from kg.forms.roster_unwrap import unwrap_plan
    rows = [[("Lars Green", "Chair of the Board", "Professional Board Director", "Strandvejen 70", "Denmark"),
             ("", "", "", "2900 Hellerup", "")],
            [("Viviane Monges", "", "", "", ""), ("", "Board Director", "Consultant", "Rue de Rivoli 1", "France")],
            [("Kasim Kutay", "Chief Executive", "", "Strandvejen 70", "United Kingdom"), ("", "Officer", "", "", "")]]
    lines = [_line(cells) for cells in HEADER] + [_line(tuple("-" * width for width in WIDTHS))]
    lines += [_line(cells) for row in rows for cells in row]
    text = hard_wrap(INTRO + "\n".join(lines) + "\n")
    assert "\n2900 Hellerup\nViviane Monges\n" in text
    rest_at, refused = unwrap_plan(text.split("\n"))
    assert not refused and rest_at
    number = text.split("\n").index("Viviane Monges")
    assert number not in rest_at and number + 1 not in rest_at  # (a line of its own; its row's next line too)


def test_a_second_header_line_with_columns_of_its_own_is_read_as_printed(tmp_path):
    """Guard (passes on main too): a table whose header's second line and rows' second lines have columns of their
    own, not wrapped (its rows read two ways as a wrap), is read as printed."""
    text = INTRO + """Name                      Position with the Company and Present Principal Occupation
Business Address                Citizenship

Lars Green                Chair of the Board; Professional Board Director
Strandvejen 70                  Denmark

Viviane Monges            Board Director; Chief Executive Officer of Monges Conseil
Rue de Rivoli 1                 France
"""
    filing = _extract(tmp_path, text)
    assert {p.name: (p.address, p.citizenship) for p in filing.people} == {
        "Lars Green": ("Strandvejen 70", "Denmark"), "Viviane Monges": ("Rue de Rivoli 1", "France")}
    assert not any(UNWRAP_FINDING in w.message for w in filing.warnings)
