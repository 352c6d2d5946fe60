"""Thirty-eighth round (e), issue 13: titles printed joined in one position ('Chairman of the Board and Chief
Executive Officer', 'Vice President, General Counsel & Corporate Secretary') are read as single titles, as the
golds list them, only where every part is a known title of its own (kg/patterns/roster_joined_titles.yml); a
department ('Head of Mergers and Acquisitions'), an 'of ...' organisation ('Secretary and Treasurer of the Fund')
or a dash legend with a department ('Vice President - Marketing & Transportation') keeps the position whole.
Texts of our own making. Each test marked "fails on main" fails on main (21bf6ff) and passes here; the guards pass
on both and protect precision."""
from __future__ import annotations

import kg
from kg.errors import StructureError


def _read(tmp_path, text: str):
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    try:
        return {p.name: p for p in kg.extract(path).people}
    except StructureError:
        return {}


def _roster(rows: list[tuple[str, str]]) -> str:
    lines = ["                                   SCHEDULE I", "",
             "             DIRECTORS AND EXECUTIVE OFFICERS OF HARBOR MILLS, INC.", "",
             "The business address of each person listed below is 100 Mill Road, Dayton, OH 45402. Each person",
             "is a citizen of the United States.", ""]
    for name, title in rows:
        lines += [f"Name:       {name}", f"Position:   {title}", ""]
    return "\n".join(lines) + "\n"


ROWS = [("Alma T. Reeve", "Chairman of the Board and Chief Executive Officer"),
        ("Bruno K. Lind", "Senior Vice President, General Counsel & Corporate Secretary"),
        ("Cora M. Pike", "Head of Mergers and Acquisitions"),
        ("Dale O. Frey", "Vice President, Finance and Administration"),
        ("Edna V. Moss", "Vice President - Marketing & Transportation"),
        ("Frank L. Dorn", "Executive Vice President - Finance and Treasurer")]


def test_titles_printed_joined_are_single_titles(tmp_path):
    """Fails on main: 'Chairman of the Board and Chief Executive Officer' was kept as one position where the golds
    list two; so were three titles joined by a comma and '&', and a dash legend with a title after it."""
    people = _read(tmp_path, _roster(ROWS))
    assert people["Alma T. Reeve"].positions == ["Chairman of the Board", "Chief Executive Officer"]
    assert people["Bruno K. Lind"].positions == ["Senior Vice President", "General Counsel", "Corporate Secretary"]
    assert people["Frank L. Dorn"].positions == ["Executive Vice President - Finance", "Treasurer"]
    assert people["Alma T. Reeve"].printed["positions:Chief Executive Officer"] == (
        "Chairman of the Board and Chief Executive Officer")


def test_a_department_or_an_organisation_keeps_the_position_whole(tmp_path):
    """Guard (passes on both): a part that is no title of its own keeps the whole position as printed."""
    people = _read(tmp_path, _roster(ROWS))
    assert people["Cora M. Pike"].positions == ["Head of Mergers and Acquisitions"]
    assert people["Dale O. Frey"].positions == ["Vice President, Finance and Administration"]
    assert people["Edna V. Moss"].positions == ["Vice President - Marketing & Transportation"]


def test_the_lookup_takes_whole_titles_only():
    """Fails on main (no such module): the parts of a joined position are titles as a whole, qualifiers and a
    body of the organisation allowed; a department or another organisation is not."""
    from kg.forms.roster_joined_titles import is_one_title, single_titles
    assert single_titles("Chairman, President and CEO") == ["Chairman", "President", "CEO"]
    assert single_titles("President and Co-Chief Executive Officer") == ["President", "Co-Chief Executive Officer"]
    assert single_titles("Non-Executive Chairman and Director") == ["Non-Executive Chairman", "Director"]
    assert single_titles("Vice-President and Secretary") == ["Vice-President", "Secretary"]
    assert single_titles("President and Chief Executive Officer of Acme Corp") is None
    assert single_titles("Vice President, Transmission Operations and Engineering") is None
    assert single_titles("Executive Vice President, Operations Control and Development") is None
    assert single_titles("Secretary and Treasurer of the Fund") is None
    assert not is_one_title("Mergers") and not is_one_title("Treasurer of the Fund")
    assert is_one_title("Chairman of the Executive Committee") and is_one_title("Senior Executive Vice President")


def _acronym_roster(separator: str) -> str:
    """gather40's acronym legend under the table (people of tests/data/relayout/people_dev.json), the legend's
    acronym and title apart by a dash or a colon instead of a column gap, one title with a dash department."""
    import re
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    import relayout
    roster = relayout.load_rosters(Path(__file__).parent / "data" / "relayout" / "people_dev.json")[2]
    _suffix, text, _people = relayout.DEV_FAMILIES["acronym_titles_legend_below"](roster, relayout.Options())
    text = re.sub(r"(?m)^(     [A-Z]+)\s+(?=[A-Z][a-z])", lambda m: m.group(1) + separator, text)
    return text.replace("Vice-President", "Executive Vice President - Finance")


def test_an_acronym_legend_with_a_dash_or_a_colon(tmp_path):
    """Fails on main: 'PCEO - President and Co-Chief Executive Officer' under 'Abbreviations used in the column
    "Title":' was no legend line (a column gap only), so 'D, PCEO' was kept as Andre Desmarais's title and the
    others got none. The title after the dash is the acronym's, 'Executive Vice President - Finance' one title."""
    for separator in (" - ", ": "):
        people = _read(tmp_path, _acronym_roster(separator))
        assert people["Andre Desmarais"].positions == ["Director", "President", "Co-Chief Executive Officer"]
        assert people["Daniel Friedberg"].positions == ["Executive Vice President - Finance"]
        assert people["Laurent Dassault"].positions == ["Director"]
