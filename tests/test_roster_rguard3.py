"""Issue 13: a name glued to its title by one space ('Cornelius J. Vantreight Executive Vice President') in a
fixed-width roster is a row of its own: cut in two where the cut is certain, else refused with a finding;
never read into the person above. The rosters are texts of our own making, one per layout."""
from __future__ import annotations

import pytest

import kg

HEAD = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARROW & PELL INDUSTRIES, INC.

"""
RULED = """Name                           Position                         Citizenship
----------------------------   ------------------------------   -------------
"""
ABOVE = """Oswin T. Marlowe               Director                         United States
Beatrix L. Ashdown             Chief Financial Officer          United Kingdom
"""
LAYOUTS = {
    "ruled": RULED + ABOVE + "Cornelius J. Vantreight Executive Vice President                Canada\n",
    "no_rule": RULED.splitlines()[0] + "\n\n" + ABOVE
    + "Cornelius J. Vantreight Executive Vice President                Canada\n",
    "numbered": RULED + """1. Oswin T. Marlowe            Director                         United States
2. Beatrix L. Ashdown          Chief Financial Officer          United Kingdom
3. Cornelius J. Vantreight Executive Vice President             Canada
""",
    "numbered_unnumbered_glue": RULED + """1. Oswin T. Marlowe            Director                         United States
2. Beatrix L. Ashdown          Chief Financial Officer          United Kingdom
   Cornelius J. Vantreight Executive Vice President             Canada
""",
    "numbered_wrapped": RULED + """1. Oswin T. Marlowe            Director                         United States
2. Beatrix L. Ashdown          Chief Financial Officer          United Kingdom
3. Cornelius J. Vantreight Executive Vice President and Chief         Canada
                               Operating Officer
""",
    "wrapped": RULED + """Oswin T. Marlowe               Director and Chairman of the     United States
                               Board
Beatrix L. Ashdown             Chief Financial Officer          United Kingdom
Cornelius J. Vantreight Executive Vice President and Chief      Canada
                               Operating Officer
""",
    "four_columns": """Name                       Position                     Business Address                 Citizenship
-------------------------  ---------------------------  -------------------------------  --------------
Oswin T. Marlowe           Director                     100 Harbor Road, Boston, MA      United States
Beatrix L. Ashdown         Chief Financial Officer      100 Harbor Road, Boston, MA      United Kingdom
Cornelius J. Vantreight President                       100 Harbor Road, Boston, MA      Canada
""",
}
TITLES = {"wrapped": ["Executive Vice President and Chief Operating Officer"], "four_columns": ["President"],
          "numbered_wrapped": ["Executive Vice President and Chief Operating Officer"]}


def _extract(tmp_path, body: str, name: str = "roster.txt"):
    path = tmp_path / name
    path.write_text(HEAD + body)
    return kg.extract(path)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_name_glued_to_its_title_is_a_row_of_its_own(tmp_path, layout):
    people = {p.name: p for p in _extract(tmp_path, LAYOUTS[layout]).people}
    assert sorted(people) == ["Beatrix L. Ashdown", "Cornelius J. Vantreight", "Oswin T. Marlowe"]
    assert people["Beatrix L. Ashdown"].positions == ["Chief Financial Officer"]
    assert people["Beatrix L. Ashdown"].citizenship == "United Kingdom"
    assert people["Cornelius J. Vantreight"].positions == TITLES.get(layout, ["Executive Vice President"])
    assert people["Cornelius J. Vantreight"].citizenship == "Canada"


def test_a_glued_cell_cut_nowhere_for_certain_is_refused_not_merged(tmp_path):
    body = RULED + ABOVE + "Cornelius J. Vantreight Managing Partner, Halden Group       Canada\n"
    filing = _extract(tmp_path, body)
    people = {p.name: p for p in filing.people}
    assert sorted(people) == ["Beatrix L. Ashdown", "Oswin T. Marlowe"]
    assert people["Beatrix L. Ashdown"].positions == ["Chief Financial Officer"]
    assert people["Beatrix L. Ashdown"].citizenship == "United Kingdom"
    assert [w.values["name"] for w in filing.warnings if w.code == "unassigned-name"] == [
        "Cornelius J. Vantreight Managing Partner, Halden Group"]


def test_html_a_name_and_title_in_one_cell_is_never_read_into_the_row_above(tmp_path):
    # (already safe on main: a guard that the glue stays refused in HTML tables)
    rows = [("Oswin T. Marlowe", "Director", "United States"), ("Beatrix L. Ashdown", "Chief Financial Officer",
            "United Kingdom"), ("Cornelius J. Vantreight Executive Vice President", "", "Canada")]
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    path = tmp_path / "roster.htm"
    path.write_text("<html><body><p>SCHEDULE I</p><p>DIRECTORS AND EXECUTIVE OFFICERS OF HARROW &amp; PELL "
                    "INDUSTRIES, INC.</p><table><tr><td>Name</td><td>Position</td><td>Citizenship</td></tr>"
                    f"{cells}</table></body></html>")
    people = {p.name: p for p in kg.extract(path).people}
    assert people["Beatrix L. Ashdown"].positions == ["Chief Financial Officer"]
    assert people["Beatrix L. Ashdown"].citizenship == "United Kingdom"
    assert all("Vantreight" not in " ".join(p.positions) for p in people.values())


def test_in_capitals_a_name_glued_to_its_title_is_a_row_of_its_own(tmp_path):
    body = "\n".join(line.upper() for line in LAYOUTS["ruled"].splitlines()) + "\n"
    people = {p.name: p for p in _extract(tmp_path, body).people}
    assert sorted(people) == ["Beatrix L. Ashdown", "Cornelius J. Vantreight", "Oswin T. Marlowe"]
    assert people["Beatrix L. Ashdown"].positions == ["CHIEF FINANCIAL OFFICER"]
    assert people["Beatrix L. Ashdown"].citizenship == "UNITED KINGDOM"
    assert people["Cornelius J. Vantreight"].positions == ["EXECUTIVE VICE PRESIDENT"]
    assert people["Cornelius J. Vantreight"].citizenship == "CANADA"
