"""Forty-third round (h), issue 13: four layout features no family had, read before a blind set meets them
(tests/relayout_dev43h.py, the lead's development families written by this round):

- name_age_cell_table_html: a 'Name (Age)' column, each name closing with the age in parentheses ('Harriet K.
  Olsen (58)'): on main no cell with a digit was a name, so no one was read at all;
- br_lines_paragraph_html: each person one <p>, its lines apart by <br>, the titles held in the organisation
  ('Director, X') and the occupations elsewhere as unlabelled lines under the name: on main every such line was a
  title in the listed organisation, a lower-case or non-title line was run on to the line above ('..., Inc.
  officer of Y'), and a surname-first name shape amid a title line ('Senior Vice President - Administration,
  Bayview Energy Company') was taken for a person;
- titles_since_year_table: each title with its tenure, 'Director (since 1998)': on main the tenure was part of the
  title, and two titles of one cell were run together;
- bullet_separated_address_blocks: the business address on one line, its parts apart by ' • ': on main the
  bullets stayed in the address.

Texts of our own making. Each test marked "fails on main" failed on main 449ab2a and passes here; the guards pass
on both."""
from __future__ import annotations

import kg

_ORG = "Harbour Mutual Holdings, Inc."


def _preamble(org: str) -> str:
    return (f"Set forth below are the name, present position with {org}, present principal occupation or "
            f"employment, business address and citizenship of each director and executive officer of {org}")


_PREAMBLE = _preamble(_ORG)


def _people(tmp_path, text: str, suffix: str):
    path = tmp_path / f"annex{suffix}"
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    return {p.name: p for p in filing.people}


def _age_table(names: list[str], caption: str = "Name (Age)") -> str:
    rows = "".join(f"<tr><td>{name}</td><td>Director</td><td>Partner, Fenwick Partners</td>"
                   f"<td>12 Bay Street<br>Toronto, Ontario M5J 2N8</td><td>Canada</td></tr>" for name in names)
    return (f"<html><body><p align=center><b>SCHEDULE I</b></p><p align=center><b>DIRECTORS AND EXECUTIVE OFFICERS"
            f" OF {_ORG.upper()}</b></p><p>{_PREAMBLE}.</p><table><tr><td><b>{caption}</b></td><td><b>Position with "
            f"{_ORG}</b></td><td><b>Present Principal Occupation</b></td><td><b>Business Address</b></td><td><b>"
            f"Citizenship</b></td></tr>{rows}</table></body></html>")


def test_an_age_closing_a_name_cell_is_no_part_of_the_name(tmp_path):
    """Fails on main: no one was read ('Harriet K. Olsen (58)' has a digit: no name)."""
    people = _people(tmp_path, _age_table(["Harriet K. Olsen (58)", "Tobias R. Lindqvist (63)"]), ".htm")
    assert set(people) == {"Harriet K. Olsen", "Tobias R. Lindqvist"}
    assert people["Harriet K. Olsen"].positions == ["Director"]
    assert people["Harriet K. Olsen"].address == "12 Bay Street, Toronto, Ontario M5J 2N8"


def test_guard_a_name_cell_without_an_age_reads_as_before(tmp_path):
    people = _people(tmp_path, _age_table(["Harriet K. Olsen", "Tobias R. Lindqvist"], "Name"), ".htm")
    assert set(people) == {"Harriet K. Olsen", "Tobias R. Lindqvist"}


def _paragraphs(entries: list[list[str]], org: str = _ORG) -> str:
    body = "".join("<p><b>" + "<br>\n".join(lines) + "</p>" for lines in entries)
    return (f"<html><body><p align=center><b>SCHEDULE A</b></p><p align=center><b>DIRECTORS AND EXECUTIVE "
            f"OFFICERS OF {org.upper()}</b></p><p>{_preamble(org)}.</p>{body}</body></html>")


_ADDRESS = ["Business Address: 12 Bay Street, Toronto, Ontario M5J 2N8", "Citizenship: Canada"]


def test_unlabelled_lines_under_a_name_tell_titles_here_from_occupations_elsewhere(tmp_path):
    """Fails on main: 'Retired, former Senior Vice President of Simcoe Farms Company' was run on to the line above,
    'officer of Northgate Securities Corporation' too, and both were read as titles in the listed organisation."""
    people = _people(tmp_path, _paragraphs([
        ["Harriet K. Olsen</b>", f"Director, {_ORG}", "Retired, former Senior Vice President of Simcoe Farms Company",
         *_ADDRESS],
        ["Tobias R. Lindqvist</b>", f"Director, {_ORG}", f"President, {_ORG}",
         "officer of Northgate Securities Corporation", *_ADDRESS]]), ".htm")
    assert people["Harriet K. Olsen"].positions == ["Director"]
    assert people["Harriet K. Olsen"].other_positions == ["Retired, former Senior Vice President of Simcoe Farms Company"]
    assert people["Tobias R. Lindqvist"].positions == ["Director", "President"]
    assert people["Tobias R. Lindqvist"].other_positions == ["officer of Northgate Securities Corporation"]


def test_a_name_shape_amid_a_title_line_is_no_person(tmp_path):
    """Fails on main: 'Administration, Bayview' in 'Senior Vice President - Administration, Bayview Energy Company'
    was read as a person ('Bayview Administration') and 'Marta J. Quill' was lost."""
    org = "Bayview Energy Company"
    people = _people(tmp_path, _paragraphs([
        ["Harriet K. Olsen</b>", f"Director, {org}", *_ADDRESS],
        ["Marta J. Quill</b>", f"Senior Vice President - Administration, {org}", *_ADDRESS],
        ["Tobias R. Lindqvist</b>", f"President, {org}", *_ADDRESS]], org), ".htm")
    assert set(people) == {"Harriet K. Olsen", "Marta J. Quill", "Tobias R. Lindqvist"}
    assert people["Marta J. Quill"].positions == ["Senior Vice President - Administration"]


def test_guard_a_labelled_position_keeps_its_lines_as_before(tmp_path):
    people = _people(tmp_path, _paragraphs([
        ["Harriet K. Olsen</b>", "Position: Director", "Principal Occupation: Partner, Fenwick Partners", *_ADDRESS],
        ["Tobias R. Lindqvist</b>", "Position: President", "Principal Occupation: Partner, Fenwick Partners",
         *_ADDRESS]]), ".htm")
    assert people["Harriet K. Olsen"].positions == ["Director"]
    assert people["Harriet K. Olsen"].other_positions == ["Partner, Fenwick Partners"]


def _tenure_table(rows: list[tuple[str, list[str], str]]) -> str:
    lines = ["SCHEDULE I", "", f"DIRECTORS AND EXECUTIVE OFFICERS OF {_ORG.upper()}", "", _PREAMBLE + ".", "",
             f"{'Name':<26}{'Position with the Company':<30}{'Present Principal Occupation':<34}{'Business Address':<30}"
             "Citizenship",
             f"{'-' * 24:<26}{'-' * 28:<30}{'-' * 32:<34}{'-' * 28:<30}{'-' * 11}"]
    for name, titles, citizenship in rows:
        left = [name] + [""] * (len(titles) - 1)
        occupation = ["Partner, Fenwick Partners"] + [""] * (len(titles) - 1)
        address = ["12 Bay Street", "Toronto, Ontario M5J 2N8"]
        for index in range(max(len(titles), 2)):
            cells = [left[index] if index < len(left) else "", titles[index] if index < len(titles) else "",
                     occupation[index] if index < len(occupation) else "", address[index],
                     citizenship if index == 0 else ""]
            lines.append(f"{cells[0]:<26}{cells[1]:<30}{cells[2]:<34}{cells[3]:<30}{cells[4]}".rstrip())
        lines.append("")
    return "\n".join(lines) + "\n"


def test_a_title_s_tenure_in_parentheses_is_no_part_of_it(tmp_path):
    """Fails on main: 'Director (since 1998)' was the title as printed."""
    people = _people(tmp_path, _tenure_table([("Harriet K. Olsen", ["Director (since 1998)"], "Canada"),
                                              ("Tobias R. Lindqvist", ["Director (since 2003)",
                                                                       "President (since March 2006)"], "Canada")]),
                     ".txt")
    assert people["Harriet K. Olsen"].positions == ["Director"]
    assert people["Tobias R. Lindqvist"].positions == ["Director", "President"]


def test_guard_a_parenthesis_that_is_no_tenure_stays(tmp_path):
    people = _people(tmp_path, _tenure_table([("Harriet K. Olsen", ["Director"], "Canada"),
                                              ("Tobias R. Lindqvist", ["Vice President (Finance)"], "Canada")]), ".txt")
    assert people["Tobias R. Lindqvist"].positions == ["Vice President (Finance)"]


def _blocks(addresses: list[str]) -> str:
    lines = ["SCHEDULE I", "", f"DIRECTORS AND EXECUTIVE OFFICERS OF {_ORG.upper()}", "", _PREAMBLE + ".", ""]
    for name, address in zip(["Harriet K. Olsen", "Tobias R. Lindqvist"], addresses):
        lines += [name, f"    Position with {_ORG}: Director", "    Principal Occupation: Partner, Fenwick Partners",
                  f"    Business Address: {address}", "    Citizenship: Canada", ""]
    return "\n".join(lines)


def test_bullets_between_the_parts_of_a_one_line_address_are_its_line_breaks(tmp_path):
    """Fails on main: the address kept its bullets ('12 Bay Street • Toronto, Ontario M5J 2N8')."""
    people = _people(tmp_path, _blocks(["Fenwick Partners • 12 Bay Street • Toronto, Ontario M5J 2N8",
                                        "40 King Street West • Toronto, Ontario M5H 3C2"]), ".txt")
    assert people["Harriet K. Olsen"].address == "Fenwick Partners, 12 Bay Street, Toronto, Ontario M5J 2N8"
    assert people["Tobias R. Lindqvist"].address == "40 King Street West, Toronto, Ontario M5H 3C2"
    assert people["Tobias R. Lindqvist"].address_city == "Toronto"


def test_guard_a_comma_separated_address_reads_as_before(tmp_path):
    people = _people(tmp_path, _blocks(["Fenwick Partners, 12 Bay Street, Toronto, Ontario M5J 2N8",
                                        "40 King Street West, Toronto, Ontario M5H 3C2"]), ".txt")
    assert people["Harriet K. Olsen"].address == "Fenwick Partners, 12 Bay Street, Toronto, Ontario M5J 2N8"
