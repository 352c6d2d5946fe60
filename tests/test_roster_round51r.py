"""Round 51r (issue 13): gather94's supervisory_managing_tables_html (STMicroelectronics' annex as one HTML table per
body under a bold heading paragraph, the captions Name | Function | Principal Occupation | Nationality | Business
Address) and gather96's reports_to_column_table (an EDGAR <TABLE> with a REPORTS TO column after POSITION).

What was wrong: (1) the caption 'Function' named no role, so the column of titles ('Director of Power Corporation of
Canada') was read for no value: the titles were missed, and an occupation naming no organisation ('Chairman,
President and CEO') was taken for the person's titles ('Chairman' is another person's title there); (2) a REPORTS TO
cell wrapped over two lines ('Board of' / 'Directors' alone on the next line, set in under the cell) was read as a
heading of the roster naming the board as a listed body, so every person, the chief executive too, was given
'Director'; (3) the heading 'MANAGEMENT OF <ORG>' was taken whole for the organisation's name.

What changed: kg/patterns/roster.yml column_roles.position ('Function' alone: the titles' caption);
kg/forms/roster_cell_below.py (new: a line set in under a later cell of the table row right above it continues that
cell, no heading), used by kg/forms/roster_preamble.py in place of the comma check it extends;
kg/forms/roster_org.py ('MANAGEMENT' alone before the 'of' names who is listed, as 'DIRECTORS' does).

Texts of our own making. Tests marked "fails on main" fail on main 829b8b5; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

ORG = "Halvorsen Maritime Holdings Ltd."


def _people(tmp_path: Path, name: str, text: str) -> dict[str, dict]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def _row(cells: list[str]) -> str:
    return "<TR>" + "".join(f'<TD VALIGN="top">{c}</TD>' for c in cells) + "</TR>"


def _annex(caption: str) -> str:
    head = "<TR>" + "".join(f"<TH>{c}</TH>" for c in ["Name", caption, "Principal Occupation", "Nationality",
                                                      "Business Address"]) + "</TR>"
    return "\n".join([
        "<HTML><BODY>", '<P ALIGN="center"><B>SCHEDULE A</B></P>',
        f'<P ALIGN="center"><B>DIRECTORS AND EXECUTIVE OFFICERS OF {ORG.upper()}</B></P>',
        "<P>The following table sets forth the name and present principal occupation or employment of each director"
        f" and executive officer of {ORG}.</P>",
        "<P><B>Board of Directors</B></P>", "<TABLE>", head,
        _row(["Sigrid Aalvik", f"Director of {ORG}", "Chairman, President and CEO", "Norway",
              "Aalvik Shipping AS<BR>Strandkaien 4<BR>5013 Bergen<BR>Norway"]),
        _row(["Torvald Einarsen", f"Director of {ORG}; Chairman of {ORG}", "&#8212;", "Norway",
              f"{ORG}<BR>Bryggen 12<BR>5003 Bergen<BR>Norway"]),
        "</TABLE>", "<P><B>Executive Officers</B></P>", "<TABLE>", head,
        _row(["Ingrid Solheim", f"Vice-President of {ORG}", "&#8212;", "Norway",
              f"{ORG}<BR>Bryggen 12<BR>5003 Bergen<BR>Norway"]),
        "</TABLE>", "</BODY></HTML>", ""])


def test_function_caption_is_the_titles_column(tmp_path):
    """Fails on main: no title was read from the 'Function' column, and 'Chairman' (Einarsen's title) went onto
    Aalvik, whose occupation elsewhere it is part of."""
    people = _people(tmp_path, "annex.htm", _annex("Function"))
    assert set(people) == {"Sigrid Aalvik", "Torvald Einarsen", "Ingrid Solheim"}
    assert people["Sigrid Aalvik"]["positions"] == ["Director"]
    assert people["Sigrid Aalvik"]["other_positions"] == ["Chairman, President and CEO"]
    assert people["Torvald Einarsen"]["positions"] == ["Director", "Chairman"]
    assert people["Ingrid Solheim"]["positions"] == ["Vice-President"]


def test_position_caption_still_reads(tmp_path):
    """Guard: the same annex under 'Position' reads the same."""
    people = _people(tmp_path, "annex.htm", _annex("Position"))
    assert people["Sigrid Aalvik"]["positions"] == ["Director"]
    assert people["Torvald Einarsen"]["positions"] == ["Director", "Chairman"]


def _schedule(reports_to: list[str]) -> str:
    rows = [("Marta Lindqvist", "Director", "--", "Partner, Lindqvist & Co."),
            ("Oskar Brenner", "Chief Executive", reports_to[0], "--"),
            ("Paula Ferreira", "Director", "--", "Retired Chairman")]
    lines = [f"{'SCHEDULE I':>46}", "", f"{'MANAGEMENT OF ' + ORG.upper():>58}", "",
             f"The following table sets forth, for each director and executive officer of {ORG},",
             "his or her position, the officer or body to whom he or she reports, present principal",
             "occupation and citizenship.", "", "<TABLE>", "<CAPTION>",
             f"{'NAME':<25}{'POSITION':<24}{'REPORTS TO':<18}{'PRINCIPAL OCCUPATION':<36}CITIZENSHIP",
             f"{'-' * 23}  {'-' * 22}  {'-' * 16}  {'-' * 34}  {'-' * 13}",
             f"{'<S>':<25}{'<C>':<24}{'<C>':<18}{'<C>':<36}<C>"]
    for name, position, reports, occupation in rows:
        lines.append(f"{name:<25}{position:<24}{reports:<18}{occupation:<36}United States")
        if name == "Oskar Brenner":
            lines += [f"{'':<51}{line}" for line in reports_to[1:]]
        lines.append("")
    return "\n".join(lines + ["</TABLE>", ""])


def test_wrapped_reports_to_cell_is_no_heading(tmp_path):
    """Fails on main: 'Directors', the second line of Brenner's REPORTS TO cell 'Board of Directors', was read as a
    heading listing the board, and Brenner was given 'Director' (the other rows' title)."""
    people = _people(tmp_path, "schedule.txt", _schedule(["Board of", "Directors"]))
    assert set(people) == {"Marta Lindqvist", "Oskar Brenner", "Paula Ferreira"}
    assert people["Oskar Brenner"]["positions"] == ["Chief Executive"]
    assert people["Marta Lindqvist"]["positions"] == ["Director"]
    assert people["Paula Ferreira"]["positions"] == ["Director"]


def test_management_of_heading_names_the_organisation(tmp_path):
    """Fails on main: the heading 'MANAGEMENT OF X' was taken whole for the organisation's name."""
    people = _people(tmp_path, "schedule.txt", _schedule(["Board of Dirs."]))
    assert {p["organization"] for p in people.values()} == {ORG}


def test_unwrapped_reports_to_cell_reads(tmp_path):
    """Guard: the cell on one line ('Board of Dirs.') gives Brenner no seat either."""
    people = _people(tmp_path, "schedule.txt", _schedule(["Board of Dirs."]))
    assert people["Oskar Brenner"]["positions"] == ["Chief Executive"]
    assert people["Marta Lindqvist"]["positions"] == ["Director"]
